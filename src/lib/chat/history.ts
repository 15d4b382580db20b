// What of a conversation the model and the search see. Pure.
import { processTerm, tokenize } from '../search/terms';
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
/** Words sent to the search: each one costs time in the worker (BM25 over every match). */
export const MAX_QUERY_WORDS = 24;

/**
 * The text to look similar dialogues up with: the latest user message, with the one before
 * it when the latest is a short follow-up ("and at night?") that says little on its own.
 * Only its distinctive words are kept: no stop words, no repeats, and for long messages the
 * longest words (usually the rarest, e.g. "amoxicillin" over "days"), in their order.
 */
export function retrievalQuery(messages: readonly Pick<ChatMessage, 'role' | 'content'>[]): string {
  const users = messages.filter((m) => m.role === 'user');
  const last = users.at(-1)?.content ?? '';
  const previous = users.at(-2)?.content;
  const short = last.split(/\s+/).filter(Boolean).length < SHORT_FOLLOW_UP_WORDS;
  const text = short && previous ? `${previous} ${last}` : last;

  const words: { word: string; term: string; at: number }[] = [];
  const seen = new Set<string>();
  for (const word of tokenize(text)) {
    const term = processTerm(word);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    words.push({ word, term, at: words.length });
  }
  const kept =
    words.length <= MAX_QUERY_WORDS
      ? words
      : [...words]
          .sort((a, b) => b.term.length - a.term.length || a.at - b.at)
          .slice(0, MAX_QUERY_WORDS)
          .sort((a, b) => a.at - b.at);
  return kept.map((w) => w.word).join(' ');
}
