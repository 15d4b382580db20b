// The list of conversations the Chat shows, changed immutably (a new array on every change, so
// that a $state.raw owner re-renders). Most recently updated first. Pure.
import { NEW_CONVERSATION_TITLE, titleFrom } from './conversations';
import type { ChatMessage, Conversation } from './types';

export function newConversation(id: string, now: number): Conversation {
  return { id, title: NEW_CONVERSATION_TITLE, createdAt: now, updatedAt: now, messages: [] };
}

/**
 * The list with a conversation's messages replaced, titled from its first question while it
 * has no title. `updatedAt` set: the conversation is touched and moves first; null keeps its
 * place. Null when the conversation is not in the list (deleted meanwhile).
 */
export function withMessages(
  list: readonly Conversation[],
  id: string,
  messages: ChatMessage[],
  updatedAt: number | null,
): Conversation[] | null {
  const current = list.find((c) => c.id === id);
  if (!current) return null;
  const firstUser = messages.find((m) => m.role === 'user');
  const changed: Conversation = {
    ...current,
    messages,
    title:
      current.title === NEW_CONVERSATION_TITLE && firstUser
        ? titleFrom(firstUser.content)
        : current.title,
    updatedAt: updatedAt ?? current.updatedAt,
  };
  return updatedAt === null
    ? list.map((c) => (c.id === id ? changed : c))
    : [changed, ...list.filter((c) => c.id !== id)];
}

export function withTitle(
  list: readonly Conversation[],
  id: string,
  title: string,
): Conversation[] {
  return list.map((c) => (c.id === id ? { ...c, title } : c));
}

export function withoutConversation(list: readonly Conversation[], id: string): Conversation[] {
  return list.filter((c) => c.id !== id);
}

/** The saved list, read at start-up, after the conversations begun before the read finished. */
export function withSaved(list: readonly Conversation[], saved: Conversation[]): Conversation[] {
  const known = new Set(saved.map((c) => c.id));
  return [...list.filter((c) => !known.has(c.id)), ...saved];
}

/** The saved list after an import, keeping the conversation being answered as it is on screen. */
export function withLive(saved: Conversation[], live: Conversation | undefined): Conversation[] {
  return live ? saved.map((c) => (c.id === live.id ? live : c)) : saved;
}
