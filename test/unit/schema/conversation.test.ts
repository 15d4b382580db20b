import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConversationSchema } from '@/lib/schema/conversation';
import { issueSentence } from '@/lib/schema/issues';
import { MAX_MESSAGES, MAX_TITLE_CHARS } from '@/lib/schema/limits';
import { conversation } from './fixtures';

/** The reason a conversation is refused, or 'ok'. */
function check(value: unknown): string {
  const result = v.safeParse(ConversationSchema, value, { abortEarly: true });
  return result.success ? 'ok' : issueSentence(result.issues[0], 'conversation 1');
}

function withMessage(patch: Record<string, unknown>, index = 1): unknown {
  const c = structuredClone(conversation()) as unknown as { messages: Record<string, unknown>[] };
  c.messages[index] = { ...c.messages[index], ...patch };
  return c;
}

describe('ConversationSchema', () => {
  it('accepts a full conversation unchanged', () => {
    const good = conversation();
    const result = v.parse(ConversationSchema, good);
    expect(result).toEqual(good);
    expect(result).not.toBe(good);
  });

  it('accepts only dates a JavaScript Date can hold', () => {
    for (const bad of [1e308, -1e20, 8640000000000001, -8640000000000001, NaN, Infinity, '1']) {
      expect(check(conversation({ updatedAt: bad as number }))).toBe(
        'conversation 1 has an invalid last-updated date',
      );
      expect(check(withMessage({ createdAt: bad }))).toBe(
        'conversation 1: message 2 has an invalid date',
      );
    }
    for (const edge of [8.64e15, -8.64e15, 0, 1.5]) {
      expect(check(conversation({ createdAt: edge, updatedAt: edge }))).toBe('ok');
    }
  });

  it('says which part of a message is malformed', () => {
    expect(check(withMessage({ triage: { level: 'urgent', flags: 'chest' } }, 0))).toBe(
      'conversation 1: message 1 has red flags that are not a list (found a string)',
    );
    expect(check(withMessage({ triage: { level: 'severe', flags: [] } }, 0))).toBe(
      'conversation 1: message 1 has a red-flag level other than emergency, urgent or routine',
    );
    expect(
      check(withMessage({ cases: [{ id: 'a', dataset: 'v1', segment: 's', description: 'd' }] })),
    ).toBe('conversation 1: message 2, case 1 has no "flags"');
    expect(check(withMessage({ role: 'system' }))).toBe(
      'conversation 1: message 2 has a role other than "user" or "assistant"',
    );
    expect(check(withMessage({ content: 42 }))).toBe(
      'conversation 1: message 2 has content that is not text',
    );
    expect(check(withMessage({ interrupted: 'yes' }))).toBe(
      'conversation 1: message 2 has an invalid "interrupted" mark (not true or false)',
    );
    expect(check(withMessage({ droppedTurns: -1 }))).toBe(
      'conversation 1: message 2 has an invalid count of left-out turns',
    );
    expect(check(withMessage({ stats: 'fast' }))).toBe(
      'conversation 1: message 2 has timing figures (stats) that are not an object',
    );
    expect(check({ ...conversation(), messages: {} })).toBe(
      'conversation 1 has messages that are not a list (found an object)',
    );
    expect(check(42)).toBe('conversation 1 is not an object (found a number)');
    expect(check([])).toBe('conversation 1 is not an object (found a list)');
    expect(check({ id: 'x', title: 't', createdAt: 1 })).toBe('conversation 1 has no "messages"');
  });

  it('refuses two messages, two cases or two red flags with the same id', () => {
    const c = conversation();
    expect(check({ ...c, messages: [c.messages[0], { ...c.messages[1], id: 'm1' }] })).toBe(
      'conversation 1 has two messages with the same id (messages 1 and 2)',
    );
    const caseRef = c.messages[1]!.cases![0]!;
    expect(check(withMessage({ cases: [caseRef, { ...caseRef }] }))).toBe(
      'conversation 1: message 2 has two cases with the same id (cases 1 and 2)',
    );
    const flag = c.messages[0]!.triage!.flags[0]!;
    expect(check(withMessage({ triage: { level: 'urgent', flags: [flag, flag] } }, 0))).toBe(
      'conversation 1: message 1 has two red flags with the same id (red flags 1 and 2)',
    );
    expect(check(withMessage({ cases: [{ ...caseRef, flags: ['duplicate', 'duplicate'] }] }))).toBe(
      'conversation 1: message 2, case 1 has the same quality flag twice',
    );
  });

  it('bounds sizes', () => {
    const c = conversation();
    const many = Array.from({ length: MAX_MESSAGES + 1 }, (_, i) => ({
      ...c.messages[0]!,
      id: `m${i}`,
    }));
    expect(check({ ...c, messages: many })).toBe('conversation 1 has more than 5,000 messages');
    expect(check(withMessage({ content: 'x'.repeat(200_001) }))).toBe(
      'conversation 1: message 2 has content longer than 200,000 characters',
    );
  });

  it('repairs a title instead of refusing the conversation', () => {
    const repaired = (title: string) => v.parse(ConversationSchema, conversation({ title })).title;
    expect(repaired('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
    expect(repaired('two\nlines\u0000')).toBe('two lines ');
    expect(repaired('x'.repeat(500))).toHaveLength(MAX_TITLE_CHARS);
    expect(repaired('  ')).toBe('Untitled conversation');
  });

  it('fills a missing last-updated date from the latest message', () => {
    const { updatedAt: _, ...old } = conversation();
    expect(v.parse(ConversationSchema, old).updatedAt).toBe(Date.UTC(2026, 10, 2));
    expect(v.parse(ConversationSchema, { ...old, messages: [] }).updatedAt).toBe(old.createdAt);
  });

  it('reads back timing figures that JSON wrote as null (NaN, Infinity)', () => {
    const c = conversation();
    c.messages[1]!.stats!.decodeTokensPerS = NaN;
    const parsed = v.parse(ConversationSchema, JSON.parse(JSON.stringify(c)));
    expect(parsed.messages[1]!.stats!.decodeTokensPerS).toBeNaN();
    expect(parsed).toEqual(c);
  });

  it('drops unknown keys, so nothing unexpected reaches a view', () => {
    const hostile = JSON.parse(
      '{"id":"x","title":"t","createdAt":1,"updatedAt":1,"messages":[],"__proto__":{"polluted":true},"onclick":"alert(1)"}',
    );
    const parsed = v.parse(ConversationSchema, hostile);
    expect(Object.keys(parsed).sort()).toEqual([
      'createdAt',
      'id',
      'messages',
      'title',
      'updatedAt',
    ]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
