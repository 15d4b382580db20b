import { announcementFor } from '../lib/chat/announce';
import {
  newConversation,
  withLive,
  withMessages,
  withoutConversation,
  withSaved,
  withTitle,
} from '../lib/chat/conversation-list';
import { cleanTitle, ConversationStore, newId as defaultNewId } from '../lib/chat/conversations';
import { fromJSON } from '../lib/chat/export';
import { askQuestion, ChatInputError, sendProblem } from '../lib/chat/pipeline/question';
import { runAnswer, type AnswerDeps, type AnswerSink } from '../lib/chat/pipeline/answer';
import type { AnswerTiming, ChatEngine, PendingAnswer, Retrieve } from '../lib/chat/pipeline/types';
import { recordPipeline } from '../lib/chat/timing';
import type { ChatMessage, Conversation } from '../lib/chat/types';
import { errorText } from '../lib/engine/errors';
import { loadedTriage, loadTriage, type TriageRules } from '../lib/chat/triage-on-demand';
import type { Triage } from '../lib/safety/triage';

import { defineContext } from './context';

export type ChatStore = Pick<
  ConversationStore,
  'list' | 'put' | 'saveMessages' | 'rename' | 'delete' | 'importMany'
>;

export interface ChatStateDeps extends Partial<Omit<AnswerDeps, 'engine' | 'retrieve'>> {
  /** The engine runtime in the app (EngineRuntime). */
  engine: ChatEngine;
  /** The one retrieval policy (createApp), shared with the Benchmark. */
  retrieve: Retrieve;
  /** Default: the IndexedDB store. */
  store?: ChatStore;
  /**
   * Shows a conversation's address without a new history entry, when this state changes the
   * conversation on screen itself (a first send, New, a deletion). Default: nothing.
   */
  navigate?: (conversationId: string | null) => void;
  triage?: (text: string) => Triage;
  /** Called once per answer when it is complete, stopped or failed. */
  onSettled?: (answer: ChatMessage) => void;
}

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
    this.#pipeline = {
      engine: deps.engine,
      retrieve: deps.retrieve,
      clock: deps.clock ?? (() => performance.now()),
      now: deps.now ?? Date.now,
      newId: deps.newId ?? defaultNewId,
      saveEveryMs: deps.saveEveryMs ?? 1000,
      onTimings: deps.onTimings ?? recordPipeline,
    };
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  /** Reads the saved conversations (once; later calls wait for the same read). */
  load(): Promise<void> {
    this.#loading ??= this.#store.list().then(
      (saved) => {
        this.conversations = withSaved(this.conversations, saved);
        this.loaded = true;
      },
      (error: unknown) => {
        this.loaded = true;
        this.notice = `Your saved conversations could not be read: ${errorText(error)}`;
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

  /** The person started writing: load what sending needs (the triage rules), if not yet. */
  prepare(): void {
    if (!this.#deps.triage) loadTriage().catch(() => {}); // send() tries again and says why
  }

  /** Why `text` cannot be sent now, or null. */
  problem(text: string): string | null {
    return sendProblem(text, {
      busy: this.pending !== null,
      contextWindow: this.#deps.engine.contextWindow(),
    });
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

  async rename(id: string, title: string): Promise<void> {
    const clean = cleanTitle(title);
    if (!clean) throw new ChatInputError('A conversation needs a title.');
    await this.#store.rename(id, clean);
    this.conversations = withTitle(this.conversations, id, clean);
  }

  /** Deletes a conversation from this device, stopping its answer first. */
  async remove(id: string): Promise<void> {
    if (this.pending?.conversationId === id) this.stop();
    this.#deleted.add(id);
    await this.#store.delete(id);
    this.conversations = withoutConversation(this.conversations, id);
    if (this.activeId === id) {
      this.activeId = null;
      this.#deps.navigate?.(null);
    }
  }

  /** Adds the conversations of an exported JSON file. Throws ImportError with the reason. */
  async importJSON(text: string): Promise<number> {
    const imported = fromJSON(text);
    const count = await this.#store.importMany(imported);
    const saved = await this.#store.list();
    const live = this.conversations.find((c) => c.id === this.pending?.conversationId);
    this.conversations = withLive(saved, live);
    return count;
  }

  // ---- One answer ---------------------------------------------------------------------------

  /**
   * The triage rules: at once when they have loaded (prepare() asked for them as the person
   * wrote), else a promise of them; a failed load is a ChatInputError, the text is kept.
   */
  #rules(): TriageRules | Promise<TriageRules> {
    return (
      this.#deps.triage ??
      loadedTriage() ??
      loadTriage().catch((error: unknown) => {
        throw new ChatInputError(
          `The safety check could not be loaded (${errorText(error)}). Reload the page and send again.`,
        );
      })
    );
  }

  /**
   * The checked, triaged question for `text`; throws ChatInputError. Synchronous when the
   * rules have loaded; a wait for them counts as triage time.
   */
  #question(
    text: string,
    kind: AnswerTiming['kind'],
  ): ReturnType<typeof askQuestion> | Promise<ReturnType<typeof askQuestion>> {
    const { clock, now } = this.#pipeline;
    const ask = (triage: TriageRules) =>
      askQuestion(text, kind, { problem: (t) => this.problem(t), triage, clock, now });
    const rules = this.#rules();
    if (typeof rules === 'function') return ask(rules);
    const start = clock();
    return rules.then((triage) => {
      const asked = ask(triage);
      const waited = asked.timing.start - start;
      return {
        ...asked,
        timing: { ...asked.timing, start, triageMs: asked.timing.triageMs + waited },
      };
    });
  }

  #create(): Conversation {
    const conversation = newConversation(this.#pipeline.newId(), this.#pipeline.now());
    this.conversations = [conversation, ...this.conversations];
    this.activeId = conversation.id;
    this.#store.put(conversation).catch((error: unknown) => this.#saveFailed(error));
    this.#deps.navigate?.(conversation.id);
    return conversation;
  }

  async #answer(conversationId: string, messages: ChatMessage[], timing: AnswerTiming) {
    const controller = new AbortController();
    this.#controller = controller;
    this.announcement = '';
    try {
      await runAnswer(
        this.#pipeline,
        { messages, signal: controller.signal, timing },
        this.#sink(conversationId, messages),
      );
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  /** How an answer reaches the screen and the store. */
  #sink(conversationId: string, messages: ChatMessage[]): AnswerSink {
    const show = (answer: ChatMessage, touch: boolean) => {
      const list = withMessages(
        this.conversations,
        conversationId,
        [...messages, answer],
        touch ? this.#pipeline.now() : null,
      );
      if (list) this.conversations = list; // else deleted meanwhile
    };
    return {
      started: (answer) => {
        this.pending = { conversationId, messageId: answer.id, phase: 'preparing' };
        show(answer, true);
      },
      changed: (answer) => show(answer, false),
      phase: (phase) => {
        if (this.pending && this.pending.phase !== phase) this.pending = { ...this.pending, phase };
      },
      settled: (answer) => {
        this.pending = null;
        show(answer, true);
        this.announcement = announcementFor(answer);
        this.#deps.onSettled?.(answer);
      },
      save: (list) => this.#save(conversationId, list),
    };
  }

  async #save(id: string, messages: ChatMessage[]): Promise<void> {
    if (this.#deleted.has(id)) return;
    try {
      await this.#store.saveMessages(id, messages, this.#pipeline.now());
    } catch (error) {
      if (!this.#deleted.has(id)) this.#saveFailed(error);
    }
  }

  #saveFailed(error: unknown): void {
    this.notice = `This conversation could not be saved on this device: ${errorText(error)}`;
  }
}

export const chatContext = defineContext<ChatState>('ChatState (the conversations)');
