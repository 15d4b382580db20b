import { getContext, setContext } from 'svelte';
import { announcementFor } from '../lib/chat/announce';
import { askPrompt } from '../lib/chat/ask';
import { ConversationStore } from '../lib/chat/conversations';
import { exportFile, type DownloadFile } from '../lib/chat/export';
import {
  ChatInputError,
  ChatSession,
  type ChatEngine,
  type ChatStore,
  type PendingAnswer,
} from '../lib/chat/session';
import { recordPipeline } from '../lib/chat/timing';
import type { Conversation, RetrievedCase } from '../lib/chat/types';
import type { Dialogue } from '../lib/data/normalize';
import { errorText } from '../lib/engine/errors';
import { href } from '../lib/router';

export interface ChatStateDeps {
  /** EngineState in the app. */
  engine: ChatEngine;
  /** DatasetState in the app. */
  dataset: {
    /** The Chat's similar cases for a message (its whole policy: src/lib/chat/retrieval.ts). */
    retrieve(text: string): Promise<RetrievedCase[]>;
    getDialogue(id: string): Promise<Dialogue | undefined>;
  };
  store?: ChatStore;
  /** Shows a conversation's address without a new history entry (default: location.replace). */
  navigate?: (conversationId: string | null) => void;
}

/** `#/chat?ask=<id>`: the dataset dialogue the draft is prefilled from. */
export interface AskState {
  id: string;
  status: 'loading' | 'ready' | 'failed';
  /** Why it failed. */
  message?: string;
}

function defaultNavigate(id: string | null): void {
  const target = href('chat', id ? { id } : {});
  if (location.hash !== target) location.replace(target);
}

/**
 * The Chat for the whole app (it outlives the view, so an answer keeps streaming while the
 * reader looks at the dataset): mirrors ChatSession's fields into runes, and holds what only
 * the screen needs (the draft, the ask prefill, the screen-reader announcement).
 */
export class ChatState {
  conversations: Conversation[] = $state.raw([]);
  activeId: string | null = $state(null);
  pending: PendingAnswer | null = $state.raw(null);
  notice: string | null = $state(null);
  loaded = $state(false);
  /** The composer's text. */
  draft = $state('');
  /** Why the draft could not be sent; shown under the composer, the draft is kept. */
  draftError: string | null = $state(null);
  asked: AskState | null = $state.raw(null);
  /** Polite screen-reader text, set once per settled answer. */
  announcement = $state('');

  active: Conversation | null = $derived(
    this.conversations.find((c) => c.id === this.activeId) ?? null,
  );

  readonly session: ChatSession;
  #dataset: ChatStateDeps['dataset'];
  #navigate: (id: string | null) => void;

  constructor(deps: ChatStateDeps) {
    this.#dataset = deps.dataset;
    this.#navigate = deps.navigate ?? defaultNavigate;
    this.session = new ChatSession({
      store: deps.store ?? new ConversationStore(),
      engine: deps.engine,
      retrieve: (text) => deps.dataset.retrieve(text),
      onChange: () => this.#sync(),
      onTimings: recordPipeline,
      onSettled: (answer) => (this.announcement = announcementFor(answer)),
    });
  }

  #sync(): void {
    const s = this.session;
    this.conversations = s.conversations;
    this.activeId = s.activeId;
    this.pending = s.pending;
    this.notice = s.notice;
    this.loaded = s.loaded;
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  init(): Promise<void> {
    return this.session.load();
  }

  /** Opens a conversation from the address (`#/chat/<id>`), or a new one. */
  async open(id: string | null): Promise<void> {
    if (id !== this.activeId) this.asked = null;
    await this.session.open(id);
  }

  /** Starts a new conversation (nothing is stored until the first message). */
  startNew(): void {
    this.asked = null;
    void this.session.open(null);
    this.#navigate(null);
  }

  /** `#/chat?ask=<id>`: a new conversation, its composer prefilled from that dialogue. */
  async ask(dialogueId: string): Promise<void> {
    if (this.asked?.id === dialogueId && this.activeId === null) return;
    await this.session.open(null);
    this.asked = { id: dialogueId, status: 'loading' };
    try {
      const dialogue = await this.#dataset.getDialogue(dialogueId);
      if (this.asked?.id !== dialogueId) return;
      if (!dialogue) {
        this.asked = {
          id: dialogueId,
          status: 'failed',
          message: `There is no dialogue ${dialogueId} in the dataset.`,
        };
        return;
      }
      this.draft = askPrompt(dialogue);
      this.draftError = null;
      this.asked = { id: dialogueId, status: 'ready' };
    } catch (error) {
      if (this.asked?.id === dialogueId) {
        this.asked = {
          id: dialogueId,
          status: 'failed',
          message: `The dialogue could not be opened: ${errorText(error)}`,
        };
      }
    }
  }

  /** Sends the draft. False, keeping the draft and saying why, when it cannot be sent. */
  async submit(): Promise<boolean> {
    const text = this.draft;
    const problem = this.session.problem(text);
    if (problem) {
      this.draftError = problem;
      return false;
    }
    const before = this.activeId;
    this.draft = '';
    this.draftError = null;
    this.asked = null;
    this.announcement = '';
    const sending = this.session.send(text);
    if (this.activeId !== before) this.#navigate(this.activeId);
    try {
      await sending;
      return true;
    } catch (error) {
      if (!(error instanceof ChatInputError)) throw error;
      this.draft = text;
      this.draftError = error.message;
      return false;
    }
  }

  stop(): void {
    this.session.stop();
  }

  regenerate(): Promise<void> {
    this.announcement = '';
    return this.session.regenerate();
  }

  /** Edits and resends the last question; returns why it could not, or null. */
  async editLast(text: string): Promise<string | null> {
    const problem = this.session.problem(text);
    if (problem) return problem;
    this.announcement = '';
    await this.session.editLast(text);
    return null;
  }

  rename(id: string, title: string): Promise<void> {
    return this.session.rename(id, title);
  }

  async remove(id: string): Promise<void> {
    const wasActive = id === this.activeId;
    await this.session.remove(id);
    if (wasActive) this.#navigate(null);
  }

  dismissNotice(): void {
    this.session.dismissNotice();
  }

  /** Imports an exported JSON file; resolves to a sentence saying what happened. */
  async importFile(file: Blob): Promise<string> {
    const count = await this.session.importJSON(await file.text());
    return `Imported ${count} conversation${count === 1 ? '' : 's'}.`;
  }

  /** Every conversation, as one JSON file. */
  exportAll(): DownloadFile {
    return exportFile(this.conversations, 'json');
  }

  exportOne(conversation: Conversation, format: 'md' | 'json'): DownloadFile {
    return exportFile([conversation], format);
  }
}

const KEY = Symbol('chat');
export const setChat = (chat: ChatState) => setContext(KEY, chat);
export const useChat = () => getContext<ChatState>(KEY);
