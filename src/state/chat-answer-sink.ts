import { announcementFor } from '../lib/chat/announce';
import * as lists from '../lib/chat/conversation-list';
import type { AnswerSink } from '../lib/chat/pipeline/answer';
import type { PendingAnswer } from '../lib/chat/pipeline/types';
import type { ChatMessage, Conversation } from '../lib/chat/types';

/** The parts of the Chat's state an answer writes: ChatState itself, passed as it is. */
export interface AnswerTarget {
  conversations: Conversation[];
  pending: PendingAnswer | null;
  announcement: string;
}

/**
 * How one answer reaches the screen and the store: the answer in progress is shown in its
 * conversation (unless that was deleted meanwhile), announced once when it settles, and each
 * saved list goes to `save`.
 */
export function answerSink(
  target: AnswerTarget,
  conversationId: string,
  messages: ChatMessage[],
  hooks: {
    now: () => number;
    save: (list: ChatMessage[]) => Promise<void>;
    onSettled?: (answer: ChatMessage) => void;
  },
): AnswerSink {
  const show = (answer: ChatMessage, touch: boolean) => {
    const changed = lists.withMessages(
      target.conversations,
      conversationId,
      [...messages, answer],
      touch ? hooks.now() : null,
    );
    if (changed) target.conversations = changed; // else deleted meanwhile
  };
  return {
    started: (answer) => {
      target.pending = { conversationId, messageId: answer.id, phase: 'preparing' };
      show(answer, true);
    },
    changed: (answer) => show(answer, false),
    phase: (phase) => {
      if (target.pending && target.pending.phase !== phase) {
        target.pending = { ...target.pending, phase };
      }
    },
    settled: (answer) => {
      target.pending = null;
      show(answer, true);
      target.announcement = announcementFor(answer);
      hooks.onSettled?.(answer);
    },
    save: hooks.save,
  };
}
