import { answerOutcome, withTriage } from '../lib/chat/follow-up';
import type { Conversation } from '../lib/chat/types';
import { loadedFollowUps, type FollowUpRules } from '../lib/chat/triage-on-demand';
import type { FollowUp } from '../lib/safety/triage';
import type { ChatState } from './chat.svelte';
import { defineContext } from './context';

/** The check under a conversation's latest question, with what has been answered so far. */
export interface FollowUpView {
  messageId: string;
  followUp: FollowUp;
  /** Question id → yes (true) or no (false); unanswered ids are missing. */
  answers: Readonly<Record<string, boolean>>;
  /** What the last answer changed, for a polite live region; '' before any answer. */
  outcome: string;
}

/**
 * The structured follow-up check of the Chat (issue 10): when the triage of the latest question
 * touched a domain with warning signs and found none of them, a few one-tap yes/no questions
 * show with the answer. An answer re-runs triage with it (triageWithAnswers) and the question's
 * triage is replaced and saved, so a "yes" raises the banner. Answers and skips last for the
 * session; skipping, or not answering, never blocks the chat.
 */
export class FollowUpState {
  #answers: Readonly<Record<string, Readonly<Record<string, boolean>>>> = $state.raw({});
  #outcomes: Readonly<Record<string, string>> = $state.raw({});
  #skipped: readonly string[] = $state.raw([]);
  readonly #chat: ChatState;
  /** followUpFor reads the whole concept layer: once per question text. Never rendered. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #asked = new Map<string, FollowUp | null>();

  /** Injected rules (tests); else those of the on-demand module, once they have loaded. */
  readonly #rules: () => FollowUpRules | null;

  constructor(chat: ChatState, rules: () => FollowUpRules | null = loadedFollowUps) {
    this.#chat = chat;
    this.#rules = rules;
  }

  /** The check to show for a conversation, or null (none applies, or it was skipped). */
  current(conversation: Conversation | null): FollowUpView | null {
    const question = conversation?.messages.findLast((m) => m.role === 'user');
    const rules = this.#rules();
    // No rules yet: nothing was sent since the page loaded (a send waits for them).
    if (!question || !rules || this.#skipped.includes(question.id)) return null;
    // From the text alone: a "yes" that raised an emergency keeps its questions on screen.
    let followUp = this.#asked.get(question.content);
    if (followUp === undefined) {
      followUp = rules.followUpFor(question.content);
      this.#asked.set(question.content, followUp);
    }
    if (!followUp) return null;
    return {
      messageId: question.id,
      followUp,
      answers: this.#answers[question.id] ?? {},
      outcome: this.#outcomes[question.id] ?? '',
    };
  }

  /** Records a yes or no, re-runs the question's triage with every answer, and saves it. */
  async answer(conversationId: string, messageId: string, id: string, value: boolean) {
    const conversation = this.#chat.conversations.find((c) => c.id === conversationId);
    const question = conversation?.messages.find((m) => m.id === messageId);
    const rules = this.#rules();
    if (!conversation || !question || !rules) return;
    const answers = { ...this.#answers[messageId], [id]: value };
    this.#answers = { ...this.#answers, [messageId]: answers };
    const after = rules.triageWithAnswers(question.content, answers);
    this.#outcomes = { ...this.#outcomes, [messageId]: answerOutcome(question.triage, after) };
    const messages = withTriage(conversation.messages, messageId, after);
    if (messages) await this.#chat.replaceMessages(conversationId, messages);
  }

  /** The person would rather not answer: the questions go, the chat carries on. */
  skip(messageId: string): void {
    if (!this.#skipped.includes(messageId)) this.#skipped = [...this.#skipped, messageId];
  }
}

export const followUpContext = defineContext<FollowUpState>('FollowUpState (the Chat checks)');
