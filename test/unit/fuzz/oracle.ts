// What the fuzz tests hold every result to, written apart from the schema it checks.
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { Conversation } from '@/lib/chat/types';
import { hasBidiControls } from '@/lib/text/bidi';

const unique = (ids: unknown[]) => new Set(ids).size === ids.length;

/**
 * An oracle written apart from the schema: what the views assume of a conversation, checked
 * the way they use it (an unguarded `new Date(t).toISOString()` throws for a bad date, a
 * Svelte keyed {#each} throws for a repeated key).
 */
export function assertSafe(c: Conversation): void {
  const fail = (why: string) => {
    throw new Error(`${why} in ${JSON.stringify(c).slice(0, 300)}`);
  };
  if (typeof c.id !== 'string' || typeof c.title !== 'string') fail('id or title not text');
  if (hasBidiControls(c.title) || c.title.length > 200) fail('unsafe title');
  for (const t of [c.createdAt, c.updatedAt]) new Date(t).toISOString();
  if (!Array.isArray(c.messages) || !unique(c.messages.map((m) => m.id))) fail('messages');
  for (const m of c.messages) {
    new Date(m.createdAt).toISOString();
    if (m.role !== 'user' && m.role !== 'assistant') fail('role');
    if (typeof m.content !== 'string') fail('content');
    if (m.triage && (!Array.isArray(m.triage.flags) || !unique(m.triage.flags.map((f) => f.id))))
      fail('triage flags');
    if (m.cases && (!Array.isArray(m.cases) || !unique(m.cases.map((x) => x.id)))) fail('cases');
    for (const x of m.cases ?? [])
      if (!Array.isArray(x.flags) || !unique(x.flags) || typeof x.id !== 'string') fail('case');
  }
}

/** Deep equality (NaN equals NaN); vitest's toEqual only to explain a failure, as it is slow. */
export function same(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}
