// fast-check generators for the fuzz tests: valid conversations (small, with every optional
// field and hostile-looking but legal text), and ways to break them.
import fc from 'fast-check';
import type { CaseRef, ChatMessage, Conversation } from '@/lib/chat/types';
import type { GenerationStats } from '@/lib/engine/engine';
import type { TriageFlag } from '@/lib/safety/triage';
import { repairTitle } from '@/lib/schema/title';
import { MAX_TIME } from '@/lib/text/dates';

/** Any code points, lone surrogates and bidi controls included. */
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const nonEmpty = (maxLength: number) => fc.string({ unit: 'binary', minLength: 1, maxLength });
/** -0 is written as 0 by JSON; a real app never stores it. */
const noNegativeZero = (n: number) => n + 0;

export const validTime = fc.oneof(
  fc.double({ min: -MAX_TIME, max: MAX_TIME, noNaN: true }).map(noNegativeZero),
  fc.constantFrom(0, MAX_TIME, -MAX_TIME, Date.UTC(2026, 0, 1)),
);

/** A stats figure as JSON can carry it: finite, or NaN (written as null). */
const stat = fc.double({ noDefaultInfinity: true }).map(noNegativeZero);

const flag: fc.Arbitrary<TriageFlag> = fc.record({
  id: nonEmpty(6),
  label: text(8),
  advice: text(8),
});

const caseRef: fc.Arbitrary<CaseRef> = fc.record(
  {
    id: nonEmpty(6),
    dataset: text(4),
    segment: text(4),
    flags: fc.uniqueArray(text(6), { maxLength: 2 }),
    description: text(8),
    exchange: fc.nat(50),
    excerpt: text(8),
  },
  { requiredKeys: ['id', 'dataset', 'segment', 'flags', 'description'] },
);

const stats: fc.Arbitrary<GenerationStats> = fc.record({
  promptTokens: stat,
  completionTokens: stat,
  timeToFirstTokenS: stat,
  prefillTokensPerS: stat,
  decodeTokensPerS: stat,
  totalS: stat,
});

const message: fc.Arbitrary<ChatMessage> = fc.record(
  {
    id: nonEmpty(4),
    role: fc.constantFrom('user', 'assistant'),
    content: text(20),
    createdAt: validTime,
    triage: fc.record({
      level: fc.constantFrom('emergency', 'urgent', 'routine'),
      flags: fc.uniqueArray(flag, { selector: (f) => f.id, maxLength: 2 }),
    }),
    cases: fc.uniqueArray(caseRef, { selector: (c) => c.id, maxLength: 2 }),
    modelId: text(6),
    stats,
    interrupted: fc.boolean(),
    error: text(8),
    truncated: fc.boolean(),
    droppedTurns: fc.nat(10),
    casesUnavailable: text(8),
    trimNote: text(8),
    firstWordS: fc.nat(100_000).map((n) => n / 10),
    modelLoadS: fc.nat(100_000).map((n) => n / 10),
  },
  { requiredKeys: ['id', 'role', 'content', 'createdAt'] },
);

/** A valid conversation; its id is set by the test (unique within a file). */
export const validConversation: fc.Arbitrary<Omit<Conversation, 'id'>> = fc.record({
  // Titles are repaired on the way in; a valid one is one the repair leaves alone.
  title: text(12).map((t) => repairTitle(t).title),
  createdAt: validTime,
  updatedAt: validTime,
  messages: fc.uniqueArray(message, { selector: (m) => m.id, maxLength: 3 }),
});

/** Values that break a field: wrong types, dates out of range, oversized text, bidi. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    1e308,
    -1e20,
    8640000000000001,
    -8640000000000001,
    null,
    '',
    [],
    {},
    -1,
    1.5,
    true,
    'x'.repeat(201),
    '\u202Eexe.txt',
  ),
);

/**
 * A change to a JSON value at a random place: `path` picks, level by level, which key or item
 * to go into (modulo how many there are); the last step sets, deletes or duplicates there.
 */
const randomWalk = fc.record({
  kind: fc.constant('walk' as const),
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  action: fc.constantFrom('set', 'delete', 'duplicate'),
  value: hostileValue,
});

/**
 * A change aimed at what views rely on, too deep for a random walk to hit often: repeat a
 * message, a case, a red flag or a quality flag (a repeated key), or set one field of a
 * message, case or flag to a hostile value.
 */
const targeted = fc.record({
  kind: fc.constant('target' as const),
  target: fc.constantFrom('message', 'case', 'red flag', 'quality flag'),
  action: fc.constantFrom('duplicate', 'set'),
  field: fc.constantFrom(
    'id',
    'role',
    'content',
    'createdAt',
    'triage',
    'cases',
    'stats',
    'flags',
    'label',
    'exchange',
    'droppedTurns',
    'interrupted',
  ),
  value: hostileValue,
  pick: fc.nat(),
});

export const mutation = fc.oneof(randomWalk, targeted);

export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

type Json = Record<string, unknown>;

/** The lists a targeted mutation can aim at, each as [list, index]. */
function targets(c: Json, target: string): [unknown[], number][] {
  const messages = Array.isArray(c.messages) ? (c.messages as Json[]) : [];
  const lists: unknown[][] = [];
  for (const m of messages) {
    if (target === 'message') lists.push(messages);
    const cases = Array.isArray(m?.cases) ? (m.cases as Json[]) : [];
    if (target === 'case') lists.push(cases);
    if (target === 'quality flag')
      for (const x of cases) if (Array.isArray(x?.flags)) lists.push(x.flags as unknown[]);
    const flags = (m?.triage as Json | undefined)?.flags;
    if (target === 'red flag' && Array.isArray(flags)) lists.push(flags);
  }
  return lists.flatMap((list) => list.map((_, i) => [list, i] as [unknown[], number]));
}

/** Applies a mutation to a conversation-like value in place (the root is never replaced). */
export function mutate(root: unknown, m: Mutation): void {
  if (typeof root !== 'object' || root === null) return;
  // A copy of the value: hostileValue's `[]` and `{}` are one shared object each, and a later
  // mutation that walks into a value set earlier would write into it, for every run after it
  // and for the other tests too; once it held itself, JSON.stringify threw on the cycle (a
  // failure of the test, not of the import, seen once in about 5,000 runs).
  const value = structuredClone(m.value);
  if (m.kind === 'target') {
    const found = targets(root as Json, m.target);
    if (found.length === 0) return;
    const [list, i] = found[m.pick % found.length]!;
    if (m.action === 'duplicate') list.push(structuredClone(list[i]));
    else if (typeof list[i] === 'object' && list[i] !== null) (list[i] as Json)[m.field] = value;
    else list[i] = value;
    return;
  }
  let node: unknown = root;
  for (const [depth, step] of m.path.entries()) {
    if (typeof node !== 'object' || node === null) return;
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[step % keys.length]!;
    const child = (node as Json)[key];
    const last = depth === m.path.length - 1 || typeof child !== 'object' || child === null;
    if (!last) {
      node = child;
      continue;
    }
    if (m.action === 'delete') {
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete (node as Json)[key];
    } else if (m.action === 'duplicate' && Array.isArray(node)) {
      node.push(structuredClone(child));
    } else {
      (node as Json)[key] = value;
    }
    return;
  }
}
