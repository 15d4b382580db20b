import * as lists from '../lib/chat/conversation-list';
import { cleanTitle, ConversationStore, type DamagedConversation } from '../lib/chat/conversations';
import { loadConversationFiles } from '../lib/chat/files-on-demand';
import type { FileImport, ReadOptions } from '../lib/chat/import-client';
import { retrievalQuery } from '../lib/chat/history';
import { loadAnswerCode, loadedAnswerCode } from '../lib/chat/answer-on-demand';
import { ChatInputError } from '../lib/chat/pipeline/input-error';
import type { AnswerDeps } from '../lib/chat/pipeline/answer';
import type { AnswerTiming, PendingAnswer } from '../lib/chat/pipeline/types';
import type { ChatMessage, Conversation } from '../lib/chat/types';
import { describeStorageError, type StorageAction } from '../lib/storage/errors';
import { answerSink } from './chat-answer-sink';
import { prefetchQuestion, triagedQuestion } from './chat-question';
import { answerDeps, type ChatStateDeps, type ChatStore } from './chat-deps';
import { defineContext } from './context';

export type { ChatStateDeps, ChatStore } from './chat-deps';

/**
 * The Chat's conversations, for the whole app (it outlives the view, so an answer keeps
 * streaming while the reader looks at the dataset): the list, the one on screen, the answer in
 * progress, and the send / regenerate / edit / stop cycle. The only owner of this state: each
 * answer runs the pipeline of src/lib/chat/pipeline/, which reports back through a sink.
 * Conversations are saved in IndexedDB as they change; nothing is sent anywhere.
 */
export class ChatState {
  /** Every conversation, most recently updated first. */
  conversations: Conversation[] = $state.raw([]);
  /** Stored records that are not valid conversations: kept as they are, listed apart. */
  damaged: DamagedConversation[] = $state.raw([]);
  /** The conversation on screen; null for a new one not yet sent (nothing stored yet). */
  activeId: string | null = $state(null);
  pending: PendingAnswer | null = $state.raw(null);
  /** A problem that belongs to no message, e.g. a failed save. */
  notice: string | null = $state(null);
  loaded = $state(false);
  /** Polite screen-reader text: emptied when an answer starts, set once when it settles. */
  announcement = $state('');

  active: Conversation | null = $derived(
    this.conversations.find((c) => c.id === this.activeId) ?? null,
  );

  readonly #deps: ChatStateDeps;
  readonly #store: ChatStore;
  /** What each answer's pipeline runs with; its clocks and ids serve the rest too. */
  readonly #pipeline: AnswerDeps;
  #controller: AbortController | null = null;
  #loading: Promise<void> | null = null;
  /** Deleted while answered: later saves of theirs are dropped. Never rendered, so not a rune. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #deleted = new Set<string>();

  constructor(deps: ChatStateDeps) {
    this.#deps = deps;
    this.#store = deps.store ?? new ConversationStore();
    this.#pipeline = answerDeps(deps);
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  /** Reads the saved conversations (once; later calls wait for the same read). */
  load(): Promise<void> {
    this.#loading ??= this.#store.listAll().then(
      (saved) => {
        this.conversations = lists.withSaved(this.conversations, saved.conversations);
        this.damaged = saved.damaged;
        this.loaded = true;
      },
      (error: unknown) => {
        this.loaded = true;
        this.#failed(error, 'read', 'Your saved conversations');
      },
    );
    return this.#loading;
  }

  /** Shows a conversation, or a new empty one (null). False when the id is unknown. */
  async open(id: string | null): Promise<boolean> {
    if (id === null) {
      this.activeId = null;
      return true;
    }
    await this.load();
    const found = this.conversations.some((c) => c.id === id);
    this.activeId = found ? id : null;
    if (!found) this.notice = 'That conversation is not on this device (deleted?).';
    return found;
  }

  /** Starts a new conversation (nothing is stored until the first message). */
  startNew(): void {
    this.activeId = null;
    this.#deps.navigate?.(null);
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /**
   * Why `text` cannot be sent now, or null. Until the answer code has loaded (nothing typed
   * yet) this says null, and the send checks the text once it has (askQuestion).
   */
  problem(text: string): string | null {
    const busy = this.pending !== null;
    const code = loadedAnswerCode();
    return (
      code && code.sendProblem(text, { busy, contextWindow: this.#deps.engine.contextWindow() })
    );
  }

  /**
   * The person is writing: loads the triage rules if not yet, and looks up the draft's similar
   * cases (nothing is shown or stored), so that Send finds both ready instead of waiting for
   * the worker's reply behind the page's rendering of the question.
   */
  prepare(text: string): void {
    prefetchQuestion(this.#deps.triage);
    const content = text.trim();
    if (!content || this.pending !== null) return;
    const messages = [...(this.active?.messages ?? []), { role: 'user' as const, content }];
    this.#deps.retrieve(retrievalQuery(messages)).catch(() => undefined);
  }

  /**
   * Sends a message in the conversation on screen (a new one is created, and its address
   * shown, when none is). Resolves to the conversation's id once the answer has settled.
   */
  async send(text: string): Promise<string> {
    const question = this.#question(text, 'send');
    const asked = question instanceof Promise ? await question : question;
    const conversation = this.active ?? this.#create();
    const user: ChatMessage = { ...asked.question, id: this.#pipeline.newId() };
    await this.#answer(conversation.id, [...conversation.messages, user], asked.timing);
    return conversation.id;
  }

  /** Answers the last user message again, replacing the answer after it (if any). */
  async regenerate(): Promise<void> {
    // Nothing typed since the page opened: the answer code loads now; a failure is a notice.
    const code = loadedAnswerCode() ?? (await loadAnswerCode().catch((e: Error) => e));
    if (code instanceof Error) return void (this.notice = code.message);
    const conversation = this.active;
    if (!conversation || this.pending) return;
    const { messages } = conversation;
    const base = messages.at(-1)?.role === 'assistant' ? messages.slice(0, -1) : messages;
    if (base.at(-1)?.role !== 'user') return;
    const timing: AnswerTiming = { kind: 'regenerate', start: this.#pipeline.clock(), triageMs: 0 };
    await this.#answer(conversation.id, base, timing);
  }

  /** Replaces the last user message with `text` and answers it anew; why it could not, or null. */
  async editLast(text: string): Promise<string | null> {
    const conversation = this.active;
    const messages = conversation?.messages ?? [];
    const index = messages.map((m) => m.role).lastIndexOf('user');
    if (!conversation || index < 0) return 'There is no message to edit.';
    const problem = this.problem(text);
    if (problem) return problem;
    const question = this.#question(text, 'edit');
    const asked = question instanceof Promise ? await question : question;
    const edited: ChatMessage = { ...messages[index]!, ...asked.question };
    await this.#answer(conversation.id, [...messages.slice(0, index), edited], asked.timing);
    return null;
  }

  /** Stops the answer in progress: the retrieval, the model download, or the generation. */
  stop(): void {
    const pending = this.pending;
    if (!pending) return;
    this.#controller?.abort();
    if (pending.phase !== 'generating') this.#deps.engine.cancelLoad();
  }

  /** Shows and saves messages changed outside an answer (a follow-up answer's triage). */
  async replaceMessages(id: string, messages: ChatMessage[]): Promise<void> {
    const changed = lists.withMessages(this.conversations, id, messages, null);
    if (!changed) return;
    this.conversations = changed;
    await this.#save(id, messages);
  }

  async rename(id: string, title: string): Promise<void> {
    const clean = cleanTitle(title);
    if (!clean) throw new ChatInputError('A conversation needs a title.');
    await this.#store.rename(id, clean);
    this.conversations = lists.withTitle(this.conversations, id, clean);
  }

  /**
   * Deletes a conversation from this device, stopping its answer first (without waiting for
   * the engine to wind down: a prefill can take seconds). False if it failed.
   */
  async remove(id: string): Promise<boolean> {
    this.#deleted.add(id);
    if (this.pending?.conversationId === id) this.stop();
    try {
      await this.#store.delete(id);
    } catch (error) {
      this.#deleted.delete(id);
      return this.#failed(error, 'delete', 'This conversation');
    }
    this.conversations = lists.withoutConversation(this.conversations, id);
    if (this.activeId === id) {
      this.activeId = null;
      this.#deps.navigate?.(null);
    }
    return true;
  }

  /** Deletes a damaged record (one of `damaged`) from this device. */
  async deleteDamaged(record: DamagedConversation): Promise<void> {
    try {
      await this.#store.deleteDamaged(record.key);
      this.damaged = this.damaged.filter((d) => d !== record);
    } catch (error) {
      this.#failed(error, 'delete', 'The damaged conversation');
    }
  }

  /**
   * Imports an export file (import-client.ts: size first, then checked in a worker) next to the
   * conversations here. Throws ImportError for an unusable file, StorageError if saving fails,
   * an Error saying so if the import code (loaded on first use) could not be loaded.
   */
  async importFile(file: Blob, options?: ReadOptions): Promise<FileImport> {
    const { importConversationFile } = await loadConversationFiles();
    const done = await importConversationFile(file, this.#store, options);
    if (done.saved.added > 0) {
      const saved = await this.#store.listAll();
      const live = this.conversations.find((c) => c.id === this.pending?.conversationId);
      this.conversations = lists.withLive(saved.conversations, live);
      this.damaged = saved.damaged;
    }
    return done;
  }

  // ---- One answer ---------------------------------------------------------------------------

  /** The checked, triaged question for `text` (see chat-question.ts); throws ChatInputError. */
  #question(text: string, kind: AnswerTiming['kind']) {
    const { clock, now } = this.#pipeline;
    const problem = (t: string) => this.problem(t);
    return triagedQuestion(text, kind, { triage: this.#deps.triage, problem, clock, now });
  }

  #create(): Conversation {
    const conversation = lists.newConversation(this.#pipeline.newId(), this.#pipeline.now());
    this.conversations = [conversation, ...this.conversations];
    this.activeId = conversation.id;
    this.#store
      .put(conversation)
      .catch((e: unknown) => this.#failed(e, 'save', 'This conversation'));
    this.#deps.navigate?.(conversation.id);
    return conversation;
  }

  async #answer(conversationId: string, messages: ChatMessage[], timing: AnswerTiming) {
    const controller = new AbortController();
    this.#controller = controller;
    this.announcement = '';
    try {
      // Loaded by the question (send, edit) or by regenerate before they call this.
      const { runAnswer } = loadedAnswerCode() ?? (await loadAnswerCode());
      await runAnswer(
        this.#pipeline,
        { messages, signal: controller.signal, timing },
        answerSink(this, conversationId, messages, {
          now: () => this.#pipeline.now(),
          save: (list) => this.#save(conversationId, list),
          onSettled: (answer) => this.#deps.onSettled?.(answer),
        }),
      );
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  async #save(id: string, messages: ChatMessage[]): Promise<void> {
    if (this.#deleted.has(id)) return;
    // What is on screen is written again if another tab deleted the database meanwhile.
    const onScreen = this.conversations.find((c) => c.id === id);
    try {
      await this.#store.saveMessages(id, messages, this.#pipeline.now(), onScreen);
    } catch (error) {
      if (!this.#deleted.has(id)) this.#failed(error, 'save', 'This conversation');
    }
  }

  /** Says what failed and what to do (a full disk, storage cleared by another tab…). */
  #failed(error: unknown, action: StorageAction, subject: string): false {
    this.notice = describeStorageError(error, action, subject).message;
    return false;
  }
}

export const chatContext = defineContext<ChatState>('ChatState (the conversations)');
