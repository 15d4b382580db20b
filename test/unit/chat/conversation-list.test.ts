import { describe, expect, it } from 'vitest';
import {
  newConversation,
  withLive,
  withMessages,
  withSaved,
  withTitle,
  withoutConversation,
} from '@/lib/chat/conversation-list';
import type { ChatMessage } from '@/lib/chat/types';

const ask = (content: string): ChatMessage => ({
  id: content,
  role: 'user',
  content,
  createdAt: 1,
});

describe('conversation list', () => {
  it('titles a new conversation from its first question and moves a touched one first', () => {
    const list = [newConversation('b', 1), newConversation('a', 1)];
    const touched = withMessages(list, 'a', [ask('My knee hurts\nsince Monday')], 9)!;
    expect(touched.map((c) => c.id)).toEqual(['a', 'b']);
    expect(touched[0]).toMatchObject({ title: 'My knee hurts', updatedAt: 9 });
    // Streaming changes keep the order and the time; a given title stays.
    const renamed = withTitle(touched, 'b', 'Back pain');
    const streamed = withMessages(renamed, 'b', [ask('hello')], null)!;
    expect(streamed.map((c) => [c.id, c.title, c.updatedAt])).toEqual([
      ['a', 'My knee hurts', 9],
      ['b', 'Back pain', 1],
    ]);
    expect(list[1]!.messages).toEqual([]); // never changed in place
  });

  it('says when the conversation is gone, and merges reads without losing live ones', () => {
    const list = [newConversation('new', 5)];
    expect(withMessages(withoutConversation(list, 'new'), 'new', [], 6)).toBeNull();
    const saved = [newConversation('old', 1)];
    expect(withSaved(list, saved).map((c) => c.id)).toEqual(['new', 'old']);
    const live = { ...list[0]!, messages: [ask('streaming')] };
    expect(withLive([newConversation('new', 5), ...saved], live)[0]).toBe(live);
  });
});
