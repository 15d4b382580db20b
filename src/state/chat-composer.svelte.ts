import { askPrompt } from '../lib/chat/ask';
import type { Dialogue } from '../lib/data/normalize';
import { errorText } from '../lib/engine/errors';
import { ChatInputError } from '../lib/chat/pipeline/input-error';
import { parseStoredDialogue } from '../lib/schema/stored';
import type { ChatState } from './chat.svelte';
import { defineContext } from './context';

/** `#/chat?ask=<id>`: the dataset dialogue the draft is prefilled from. */
export interface AskState {
  id: string;
  status: 'loading' | 'ready' | 'failed';
  /** Why it failed. */
  message?: string;
}

export interface ComposerStateDeps {
  chat: Pick<ChatState, 'activeId' | 'problem' | 'send' | 'open' | 'startNew'> &
    Partial<Pick<ChatState, 'prepare'>>;
  /** DatasetState.getDialogue in the app. */
  getDialogue(id: string): Promise<Dialogue | undefined>;
}

/**
 * The message being written: its text, why it could not be sent (the text is kept), the dataset
 * dialogue it was prefilled from; sending it. Kept for the whole app, like the Chat, so a draft
 * survives a visit to another view.
 */
export class ComposerState {
  text = $state('');
  /** Why the text could not be sent; shown under the composer. */
  error: string | null = $state(null);
  asked: AskState | null = $state.raw(null);

  readonly #chat: ComposerStateDeps['chat'];
  readonly #getDialogue: ComposerStateDeps['getDialogue'];

  constructor(deps: ComposerStateDeps) {
    this.#chat = deps.chat;
    this.#getDialogue = deps.getDialogue;
  }

  /** A changed draft is a new message: the error about the old one no longer applies. */
  setText(text: string): void {
    if (text !== this.text) this.error = null;
    this.text = text;
    // Typing (or picking an example) means a send is coming: the triage rules and the draft's
    // similar cases are fetched now.
    this.#chat.prepare?.(text);
  }

  /**
   * Opens a conversation from the address (`#/chat/<id>`), or a new one (null). The prefill
   * note belongs to the new conversation it was made for, so another one drops it.
   */
  async open(id: string | null): Promise<void> {
    if (id !== this.#chat.activeId) this.asked = null;
    await this.#chat.open(id);
  }

  /** New: a new conversation, without the prefill note. */
  startNew(): void {
    this.asked = null;
    this.#chat.startNew();
  }

  /** `#/chat?ask=<id>`: a new conversation, the text prefilled from that dialogue. */
  async ask(dialogueId: string): Promise<void> {
    if (this.asked?.id === dialogueId && this.#chat.activeId === null) return;
    await this.#chat.open(null);
    this.asked = { id: dialogueId, status: 'loading' };
    try {
      const dialogue = await this.#getDialogue(dialogueId);
      if (this.asked?.id !== dialogueId) return;
      if (!dialogue) {
        this.asked = {
          id: dialogueId,
          status: 'failed',
          message: `There is no dialogue ${dialogueId} in the dataset.`,
        };
        return;
      }
      const parsed = parseStoredDialogue(dialogue, dialogueId);
      if (!parsed.ok) {
        this.asked = {
          id: dialogueId,
          status: 'failed',
          message: `Dialogue ${dialogueId} is damaged on this device (${parsed.damaged.reason}). Import the dataset again to repair it (Dataset, “Delete from this device…”).`,
        };
        return;
      }
      this.text = askPrompt(parsed.value);
      this.#chat.prepare?.(this.text);
      this.error = null;
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

  /** Sends the text. False, keeping the text and saying why, when it cannot be sent. */
  async submit(): Promise<boolean> {
    const text = this.text;
    const problem = this.#chat.problem(text);
    if (problem) {
      this.error = problem;
      return false;
    }
    this.text = '';
    this.error = null;
    this.asked = null;
    try {
      await this.#chat.send(text);
      return true;
    } catch (error) {
      if (!(error instanceof ChatInputError)) throw error;
      this.text = text;
      this.error = error.message;
      return false;
    }
  }
}

export const composerContext = defineContext<ComposerState>('ComposerState (the message box)');
