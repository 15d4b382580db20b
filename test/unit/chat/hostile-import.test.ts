// Issue 15, items 1 and 2: one hostile conversation in an import file must cost only itself.
import { describe, expect, it } from 'vitest';
import { fromJSON, ImportError } from '@/lib/chat/export';
import type { Conversation } from '@/lib/chat/types';
import { isValidTime } from '@/lib/text/dates';

const good: Conversation = {
  id: 'good',
  title: 'Headache',
  createdAt: 1,
  updatedAt: 2,
  messages: [{ id: 'm', role: 'user', content: 'hi', createdAt: 1 }],
};

function file(conversations: unknown[]): string {
  return JSON.stringify({ format: 'bedside-conversations', version: 1, conversations });
}

function withMessage(patch: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'x',
    title: 't',
    createdAt: 1,
    updatedAt: 2,
    messages: [{ id: 'm', role: 'assistant', content: 'hi', createdAt: 1, ...patch }],
  };
}

describe('item 1: an out-of-range date in an imported file', () => {
  it('is refused, naming the conversation and the field, instead of being imported', () => {
    for (const bad of [8640000000000001, 1e308, -1e20]) {
      const text = file([{ ...good, id: 'x', title: 't', updatedAt: bad }]);
      expect(() => fromJSON(text)).toThrow(ImportError);
      expect(() => fromJSON(text)).toThrow('conversation 1 ("t") has an invalid last-updated date');
    }
  });

  it('costs only its own conversation: the valid ones in the file are imported', () => {
    const text = file([
      good,
      { ...good, id: 'bad', messages: [{ ...good.messages[0], createdAt: 1e308 }] },
    ]);
    const imported = fromJSON(text);
    expect(imported).toEqual([good]);
    expect(imported.every((c) => isValidTime(c.updatedAt))).toBe(true);
  });
});

describe('item 2: malformed fields inside an imported message', () => {
  const caseRef = { id: 'v1-1', dataset: 'v1', segment: 's', flags: [], description: 'd' };
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'triage flags that are not a list',
      { role: 'user', triage: { level: 'urgent', flags: 'chest' } },
      'conversation 2 ("t"): message 1 has red flags that are not a list (found a string)',
    ],
    [
      'a case without flags',
      { cases: [{ id: 'v1-1', dataset: 'v1', segment: 's', description: 'd' }] },
      'conversation 2 ("t"): message 1, case 1 has no "flags"',
    ],
    [
      'two cases with the same id',
      { cases: [caseRef, caseRef] },
      'conversation 2 ("t"): message 1 has two cases with the same id (cases 1 and 2)',
    ],
  ];
  for (const [what, patch, reason] of cases) {
    it(`refuses ${what} with a reason, and keeps the rest of the file`, () => {
      expect(fromJSON(file([good, withMessage(patch)]))).toEqual([good]);
      expect(() => fromJSON(file([withMessage(patch), withMessage(patch)]))).toThrow(
        reason.replace('conversation 2', 'conversation 1'),
      );
    });
  }

  it('refuses two messages with the same id', () => {
    const twice = { ...good, id: 'x', title: 't', messages: [good.messages[0], good.messages[0]] };
    expect(fromJSON(file([good, twice]))).toEqual([good]);
    expect(() => fromJSON(file([twice]))).toThrow(
      'conversation 1 ("t") has two messages with the same id (messages 1 and 2)',
    );
  });
});
