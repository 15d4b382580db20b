// What of a conversation the model and the search see. Pure.
import type { HistoryTurn } from './prompt';
import type { ChatMessage } from './types';

/**
 * The turns to send to the model: failed and empty answers are left out (the model never
 * said them), a stopped answer is kept as far as it got (the reader saw it), and turns of the
 * same role that end up next to each other are joined, since chat templates expect the roles
 * to alternate.
 */
export function historyForPrompt(messages: readonly ChatMessage[]): HistoryTurn[] {
  const turns: HistoryTurn[] = [];
  for (const message of messages) {
    if (message.role === 'assistant' && (message.error || !message.content.trim())) continue;
    const previous = turns.at(-1);
    if (previous?.role === message.role) {
      previous.content = `${previous.content}\n\n${message.content}`;
    } else {
      turns.push({ role: message.role, content: message.content });
    }
  }
  return turns;
}

const SHORT_FOLLOW_UP_WORDS = 6;

/**
 * The text to look similar cases up with: the latest user message, with the one before it
 * when the latest is a short follow-up ("and at night?") that says little on its own. As
 * written: the retriever (src/lib/chat/retrieval.ts) picks the words that matter, and its
 * crisis rule must read "I want to kill myself" whole, not "want kill".
 */
export function retrievalQuery(messages: readonly Pick<ChatMessage, 'role' | 'content'>[]): string {
  const users = messages.filter((m) => m.role === 'user');
  const last = users.at(-1)?.content.trim() ?? '';
  const previous = users.at(-2)?.content.trim();
  const short = last.split(/\s+/).filter(Boolean).length < SHORT_FOLLOW_UP_WORDS;
  return short && previous ? `${previous}\n${last}` : last;
}
