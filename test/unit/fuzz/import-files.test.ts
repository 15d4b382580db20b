// @vitest-environment node
// Property-based tests (fast-check): random and hostile conversation files thrown at the
// import and at what the views do with its result. Nothing may throw past the boundary but
// an ImportError for an unusable file, and every valid conversation must come out unchanged.
import { loadavg } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFile, ImportError, parseConversationFile, toJSON } from '@/lib/chat/export';
import type { Conversation } from '@/lib/chat/types';
import { repairTitle } from '@/lib/schema/title';
import { hasBidiControls } from '@/lib/text/bidi';
import { formatWhen, isoDay } from '@/lib/text/dates';
import { hostileValue, mutate, mutation, validConversation } from './arbitraries';
import { assertSafe, same } from './oracle';

/** FUZZ_RUNS=100000 npx vitest run test/unit/fuzz for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

function file(conversations: unknown[]): string {
  return JSON.stringify({ format: 'bedside-conversations', version: 1, conversations });
}

/**
 * What the views do with an imported conversation (list row, thread, Markdown export); none
 * of it may throw. (The JSON export is checked by the round trip below, the schema by it too.)
 */
function useInViews(c: Conversation): void {
  assertSafe(c);
  formatWhen(c.updatedAt);
  for (const m of c.messages) formatWhen(m.createdAt);
  exportFile([c], 'md');
}

describe('fuzz: conversation import files', () => {
  it(`keeps every valid conversation and refuses the rest without throwing (${RUNS.toLocaleString('en-US')} files)`, () => {
    const hostile = fc.oneof(
      // A valid conversation broken at one or two random places.
      fc.tuple(validConversation, fc.array(mutation, { minLength: 1, maxLength: 2 })),
      // Something else entirely where a conversation should be.
      fc.tuple(hostileValue, fc.constant([])),
    );
    const started = performance.now();
    const cpu = process.cpuUsage();
    fc.assert(
      fc.property(
        fc.array(validConversation, { maxLength: 4 }),
        fc.array(hostile, { maxLength: 3 }),
        fc.array(fc.boolean(), { maxLength: 7 }),
        (valid, broken, order) => {
          const good = valid.map((c, i) => ({ id: `v-${i}`, ...c }));
          const bad = broken.map(([base, mutations], i) => {
            if (typeof base !== 'object' || base === null || Array.isArray(base)) return base;
            const c: Record<string, unknown> = { id: `h-${i}`, ...structuredClone(base) };
            for (const m of mutations) mutate(c, m);
            // Keep the valid ones' ids theirs, so that "comes out unchanged" is well defined.
            if (typeof c.id === 'string' && c.id.startsWith('v-')) c.id = `h-${i}`;
            return c;
          });
          // Interleave the good and the bad in a random order.
          const all: unknown[] = [];
          const [g, b] = [[...good], [...bad]];
          for (const pickGood of order) {
            const next = (pickGood ? g : b).shift() ?? (pickGood ? b : g).shift();
            if (next !== undefined) all.push(next);
          }
          all.push(...g, ...b);

          const result = parseConversationFile(file(all));
          same(
            result.conversations.filter((c) => c.id.startsWith('v-')),
            good,
          );
          expect(
            result.conversations.length + result.refused.length + result.duplicates.length,
          ).toBe(all.length);
          expect(new Set(result.conversations.map((c) => c.id)).size).toBe(
            result.conversations.length,
          );
          for (const note of result.refused) expect(note.message).toMatch(/^conversation \d+/);
          result.conversations.forEach(useInViews);
          // What was imported exports and imports again unchanged.
          same(
            parseConversationFile(toJSON(result.conversations)).conversations,
            result.conversations,
          );
        },
      ),
      { numRuns: RUNS },
    );
    const seconds = (performance.now() - started) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    console.log(
      `fuzz: ${RUNS.toLocaleString('en-US')} import files in ${seconds.toFixed(1)} s (${((user + system) / 1e6).toFixed(1)} s of CPU; load average ${loadavg()[0]!.toFixed(1)})`,
    );
  }, 120_000);

  it('throws nothing but an ImportError for a file that is not an export', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.jsonValue({ maxDepth: 3 }).map((j) => JSON.stringify(j)),
      fc
        .record({
          format: fc.oneof(fc.constant('bedside-conversations'), hostileValue),
          version: fc.oneof(fc.constant(1), hostileValue),
          conversations: fc.oneof(fc.array(hostileValue, { maxLength: 3 }), hostileValue),
        })
        .map((envelope) => JSON.stringify(envelope)),
      // A real export cut short.
      fc.tuple(fc.array(validConversation, { maxLength: 2 }), fc.nat()).map(([cs, at]) => {
        const whole = file(cs.map((c, i) => ({ id: `v-${i}`, ...c })));
        return whole.slice(0, at % whole.length);
      }),
    );
    fc.assert(
      fc.property(text, (t) => {
        try {
          const result = parseConversationFile(t);
          result.conversations.forEach(useInViews);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('repairs every title into one the repair leaves alone, and never throws on a date', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.anything(), (title, time) => {
        const once = repairTitle(title).title;
        expect(repairTitle(once)).toEqual({ title: once, repairs: [] });
        expect(hasBidiControls(once)).toBe(false);
        expect(typeof formatWhen(time)).toBe('string');
        expect(typeof isoDay(time)).toBe('string');
      }),
      { numRuns: 5_000 },
    );
  });
});
