// The Chat, without Svelte: the conversations, the one on screen, and the send / regenerate /
// edit / stop cycle. Each answer runs, in order: triage of the user's message (before
// anything else, so the banner shows at once), retrieval of similar dataset dialogues, the
// prompt, and only then the engine; the model starts loading in parallel on the first send.
// Conversations are saved in IndexedDB as they change; nothing is sent anywhere.
//
// State is plain fields replaced immutably (new arrays and objects on every change), and
// `onChange` fires after each change, so a Svelte class can mirror them into $state.raw.
import { CancelledError, type GenerateOptions, type GenerationResult } from '../engine/engine';
import { EngineError, errorText } from '../engine/errors';
import { triage as defaultTriage, type Triage } from '../safety/triage';
import { usedCases } from './cases';
import {
  cleanTitle,
  newId as defaultNewId,
  NEW_CONVERSATION_TITLE,
  titleFrom,
  type ConversationStore,
} from './conversations';
import { answerBudget, fitProblem } from './draft';
import { fromJSON } from './export';
import { historyForPrompt, retrievalQuery } from './history';
import { buildPrompt, type BuiltPrompt, type HistoryTurn, type PromptMessage } from './prompt';
import type { PipelineTimings } from './timing';
import type { ChatMessage, Conversation, RetrievedCase } from './types';

/** preparing: retrieval and prompt; loading: waiting for the model; generating: streaming. */
export type AnswerPhase = 'preparing' | 'loading' | 'generating';

export interface PendingAnswer {
  conversationId: string;
  messageId: string;
  phase: AnswerPhase;
}

/** The part of EngineRuntime the Chat uses. */
export interface ChatEngine {
  ensureLoaded(): Promise<{ id: string }>;
  generate(messages: PromptMessage[], options: GenerateOptions): Promise<GenerationResult>;
  cancelLoad(): void;
  /** Tokens the prompt may use; without an id, for the model the next send will load. */
  contextWindow(modelId?: string | null): number;
}

export type ChatStore = Pick<
  ConversationStore,
  'list' | 'put' | 'saveMessages' | 'rename' | 'delete' | 'importMany'
>;

export interface ChatSessionOptions {
  store: ChatStore;
  engine: ChatEngine;
  /** The similar cases for a text, best first: the retrieval policy decides how many. */
  retrieve: (text: string) => Promise<RetrievedCase[]>;
  triage?: (text: string) => Triage;
  /** Wall-clock time for createdAt/updatedAt. */
  now?: () => number;
  /** High-resolution time for the pipeline timings. */
  clock?: () => number;
  newId?: () => string;
  /** A streaming answer is saved at most this often, so a reload keeps most of it. */
  saveEveryMs?: number;
  onChange?: () => void;
  onTimings?: (timings: PipelineTimings) => void;
  /** Called once per answer when it is complete, stopped or failed. */
  onSettled?: (answer: ChatMessage) => void;
}

/** A message that cannot be sent as it is; nothing was stored. */
export class ChatInputError extends Error {
  override name = 'ChatInputError';
}

/** Thrown inside an answer when the reader pressed stop before the engine started. */
class Stopped extends Error {}

function isCancelled(error: unknown): boolean {
  return (
    error instanceof Stopped ||
    error instanceof CancelledError ||
    (error instanceof EngineError && error.failure.kind === 'cancelled')
  );
}

export class ChatSession {
  /** Every conversation, most recently updated first. */
  conversations: Conversation[] = [];
  /** The conversation on screen; null for a new one not yet sent (nothing stored yet). */
  activeId: string | null = null;
  pending: PendingAnswer | null = null;
  /** A problem that belongs to no message, e.g. a failed save. */
  notice: string | null = null;
  loaded = false;

  readonly #store: ChatStore;
  readonly #engine: ChatEngine;
  readonly #retrieve: ChatSessionOptions['retrieve'];
  readonly #triage: (text: string) => Triage;
  readonly #now: () => number;
  readonly #clock: () => number;
  readonly #newId: () => string;
  readonly #saveEveryMs: number;
  readonly #options: ChatSessionOptions;
  #controller: AbortController | null = null;
  #loading: Promise<void> | null = null;
  #deleted = new Set<string>();

  constructor(options: ChatSessionOptions) {
    this.#options = options;
    this.#store = options.store;
    this.#engine = options.engine;
    this.#retrieve = options.retrieve;
    this.#triage = options.triage ?? defaultTriage;
    this.#now = options.now ?? Date.now;
    this.#clock = options.clock ?? (() => performance.now());
    this.#newId = options.newId ?? defaultNewId;
    this.#saveEveryMs = options.saveEveryMs ?? 1000;
  }

  get active(): Conversation | null {
    return this.conversations.find((c) => c.id === this.activeId) ?? null;
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  #changed(): void {
    this.#options.onChange?.();
  }

  /** Reads the saved conversations (once; later calls wait for the same read). */
  load(): Promise<void> {
    this.#loading ??= this.#store.list().then(
      (saved) => {
        const known = new Set(saved.map((c) => c.id));
        // Keep conversations started before the read finished.
        this.conversations = [...this.conversations.filter((c) => !known.has(c.id)), ...saved];
        this.loaded = true;
        this.#changed();
      },
      (error: unknown) => {
        this.loaded = true;
        this.notice = `Your saved conversations could not be read: ${errorText(error)}`;
        this.#changed();
      },
    );
    return this.#loading;
  }

  /** Shows a conversation, or a new empty one (null). False when the id is unknown. */
  async open(id: string | null): Promise<boolean> {
    if (id === null) {
      this.activeId = null;
      this.#changed();
      return true;
    }
    await this.load();
    const found = this.conversations.some((c) => c.id === id);
    this.activeId = found ? id : null;
    if (!found) this.notice = 'That conversation is not on this device (deleted?).';
    this.#changed();
    return found;
  }

  dismissNotice(): void {
    this.notice = null;
    this.#changed();
  }

  /** Why `text` cannot be sent now, or null. */
  problem(text: string): string | null {
    if (!text.trim()) return 'Type a message first.';
    if (this.pending) return 'Bedside is still answering: stop it or wait.';
    return fitProblem(text.trim(), this.#engine.contextWindow());
  }

  /** Sends a message in the conversation on screen (a new one is created when none is). */
  async send(text: string): Promise<void> {
    const start = this.#clock();
    const problem = this.problem(text);
    if (problem) throw new ChatInputError(problem);
    const content = text.trim();
    const triage = this.#triage(content);
    const triageMs = this.#clock() - start;
    const conversation = this.active ?? this.#create();
    const user: ChatMessage = {
      id: this.#newId(),
      role: 'user',
      content,
      createdAt: this.#now(),
      triage,
    };
    await this.#answer(conversation.id, [...conversation.messages, user], {
      kind: 'send',
      start,
      triageMs,
    });
  }

  /** Answers the last user message again, replacing the answer after it (if any). */
  async regenerate(): Promise<void> {
    const conversation = this.active;
    if (!conversation || this.pending) return;
    const { messages } = conversation;
    const base = messages.at(-1)?.role === 'assistant' ? messages.slice(0, -1) : messages;
    if (base.at(-1)?.role !== 'user') return;
    await this.#answer(conversation.id, base, {
      kind: 'regenerate',
      start: this.#clock(),
      triageMs: 0,
    });
  }

  /** Replaces the last user message with `text` and answers it anew. */
  async editLast(text: string): Promise<void> {
    const start = this.#clock();
    const conversation = this.active;
    const messages = conversation?.messages ?? [];
    let index = messages.length - 1;
    while (index >= 0 && messages[index]!.role !== 'user') index -= 1;
    if (!conversation || index < 0) throw new ChatInputError('There is no message to edit.');
    const problem = this.problem(text);
    if (problem) throw new ChatInputError(problem);
    const content = text.trim();
    const triage = this.#triage(content);
    const triageMs = this.#clock() - start;
    const edited: ChatMessage = {
      ...messages[index]!,
      content,
      triage,
      createdAt: this.#now(),
    };
    await this.#answer(conversation.id, [...messages.slice(0, index), edited], {
      kind: 'edit',
      start,
      triageMs,
    });
  }

  /** Stops the answer in progress: the retrieval, the model download, or the generation. */
  stop(): void {
    const pending = this.pending;
    if (!pending) return;
    this.#controller?.abort();
    if (pending.phase !== 'generating') this.#engine.cancelLoad();
  }

  async rename(id: string, title: string): Promise<void> {
    const clean = cleanTitle(title);
    if (!clean) throw new ChatInputError('A conversation needs a title.');
    await this.#store.rename(id, clean);
    this.conversations = this.conversations.map((c) => (c.id === id ? { ...c, title: clean } : c));
    this.#changed();
  }

  async remove(id: string): Promise<void> {
    if (this.pending?.conversationId === id) this.stop();
    this.#deleted.add(id);
    await this.#store.delete(id);
    this.conversations = this.conversations.filter((c) => c.id !== id);
    if (this.activeId === id) this.activeId = null;
    this.#changed();
  }

  /** Adds the conversations of an exported JSON file. Throws ImportError with the reason. */
  async importJSON(text: string): Promise<number> {
    const imported = fromJSON(text);
    const count = await this.#store.importMany(imported);
    const saved = await this.#store.list();
    const pending = this.pending?.conversationId;
    const live = this.conversations.find((c) => c.id === pending);
    this.conversations = saved.map((c) => (live && c.id === live.id ? live : c));
    this.#changed();
    return count;
  }

  // ---- One answer ---------------------------------------------------------------------------

  #create(): Conversation {
    const now = this.#now();
    const conversation: Conversation = {
      id: this.#newId(),
      title: NEW_CONVERSATION_TITLE,
      createdAt: now,
      updatedAt: now,
      messages: [],
    };
    this.conversations = [conversation, ...this.conversations];
    this.activeId = conversation.id;
    this.#store.put(conversation).catch((error: unknown) => this.#saveFailed(error));
    return conversation;
  }

  #setMessages(id: string, messages: ChatMessage[], touch: boolean): void {
    let changed: Conversation | null = null;
    const rest = this.conversations.filter((c) => {
      if (c.id !== id) return true;
      const firstUser = messages.find((m) => m.role === 'user');
      changed = {
        ...c,
        messages,
        title:
          c.title === NEW_CONVERSATION_TITLE && firstUser ? titleFrom(firstUser.content) : c.title,
        updatedAt: touch ? this.#now() : c.updatedAt,
      };
      return false;
    });
    if (!changed) return; // deleted meanwhile
    if (touch) this.conversations = [changed, ...rest];
    else this.conversations = this.conversations.map((c) => (c.id === id ? changed! : c));
    this.#changed();
  }

  #phase(phase: AnswerPhase): void {
    if (this.pending && this.pending.phase !== phase) {
      this.pending = { ...this.pending, phase };
      this.#changed();
    }
  }

  async #save(id: string, messages: ChatMessage[]): Promise<void> {
    if (this.#deleted.has(id)) return;
    try {
      await this.#store.saveMessages(id, messages, this.#now());
    } catch (error) {
      if (!this.#deleted.has(id)) this.#saveFailed(error);
    }
  }

  #saveFailed(error: unknown): void {
    this.notice = `This conversation could not be saved on this device: ${errorText(error)}`;
    this.#changed();
  }

  #build(history: HistoryTurn[], cases: RetrievedCase[], contextWindow: number, triage?: Triage) {
    return buildPrompt(history, {
      contextWindow,
      maxAnswerTokens: answerBudget(contextWindow),
      cases,
      ...(triage ? { triage } : {}),
    });
  }

  async #answer(
    conversationId: string,
    base: ChatMessage[],
    timing: { kind: PipelineTimings['kind']; start: number; triageMs: number },
  ): Promise<void> {
    // The search starts first, so that the worker looks for similar cases while this thread
    // renders the question (and the model loads, when it must).
    const r0 = this.#clock();
    const retrieval = this.#retrieve(retrievalQuery(base)).then(
      (cases) => ({ cases, error: null as unknown }),
      (error: unknown) => ({ cases: [] as RetrievedCase[], error: error ?? 'unknown error' }),
    );
    const controller = new AbortController();
    this.#controller = controller;
    const stopped = () => {
      if (controller.signal.aborted) throw new Stopped();
    };
    let answer: ChatMessage = {
      id: this.#newId(),
      role: 'assistant',
      content: '',
      createdAt: this.#now(),
    };
    this.pending = { conversationId, messageId: answer.id, phase: 'preparing' };
    const show = (touch = false) => this.#setMessages(conversationId, [...base, answer], touch);
    show(true);
    // The question is saved right after the engine call starts, or before a model download.
    let saved = false;
    const saveQuestion = () => {
      if (!saved) void this.#save(conversationId, base);
      saved = true;
    };

    // The model loads while the dataset is searched.
    let loaded = false;
    const loading = this.#engine.ensureLoaded();
    loading.then(
      () => (loaded = true),
      () => {},
    );
    const user = base.at(-1)!;
    try {
      const { cases, error: searchError } = await retrieval;
      if (searchError) answer = { ...answer, casesUnavailable: errorText(searchError) };
      const retrievalMs = this.#clock() - r0;
      stopped();

      const p0 = this.#clock();
      const history = historyForPrompt(base);
      let contextWindow = this.#engine.contextWindow();
      let built: BuiltPrompt = this.#build(history, cases, contextWindow, user.triage);
      const promptMs = this.#clock() - p0;
      answer = {
        ...answer,
        cases: usedCases(cases, built.usedCases),
        ...(built.droppedTurns > 0 ? { droppedTurns: built.droppedTurns } : {}),
      };
      show();

      const waitFrom = this.#clock();
      this.#phase('loading');
      if (!loaded) saveQuestion(); // a download can take minutes
      const model = await loading;
      const waitedTo = this.#clock();
      stopped();
      if (this.#engine.contextWindow(model.id) !== contextWindow) {
        contextWindow = this.#engine.contextWindow(model.id);
        built = this.#build(history, cases, contextWindow, user.triage);
      }
      answer = { ...answer, modelId: model.id };
      this.#phase('generating');
      this.#options.onTimings?.({
        kind: timing.kind,
        start: timing.start,
        triageMs: timing.triageMs,
        retrievalMs,
        promptMs,
        totalMs: waitFrom - timing.start + (this.#clock() - waitedTo),
        modelWaitMs: waitedTo - waitFrom,
        cases: built.caseIds.length,
      });

      let savedAt = this.#clock();
      const generating = this.#engine.generate(built.messages, {
        signal: controller.signal,
        maxTokens: answerBudget(contextWindow),
        onToken: (_delta, text) => {
          answer = { ...answer, content: text };
          show();
          if (this.#clock() - savedAt >= this.#saveEveryMs) {
            savedAt = this.#clock();
            saved = true; // this save holds the question too
            // Marked stopped until it ends, so a reload mid-answer shows what it is.
            void this.#save(conversationId, [...base, { ...answer, interrupted: true }]);
          }
        },
      });
      saveQuestion();
      const result = await generating;
      answer = {
        ...answer,
        content: result.text,
        ...(result.stats ? { stats: result.stats } : {}),
        ...(result.finishReason === 'abort' ? { interrupted: true } : {}),
        ...(result.finishReason === 'length' ? { truncated: true } : {}),
      };
    } catch (error) {
      answer = isCancelled(error)
        ? { ...answer, interrupted: true }
        : { ...answer, error: error instanceof Error ? error.message : errorText(error) };
    } finally {
      if (this.#controller === controller) this.#controller = null;
      this.pending = null;
      show(true);
    }
    this.#options.onSettled?.(answer);
    await this.#save(conversationId, [...base, answer]);
  }
}
