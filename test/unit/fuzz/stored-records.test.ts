// @vitest-environment node
// Property-based tests (fast-check): random and hostile records in the conversation database
// (anything IndexedDB can hold: Maps, Sets, Dates, BigInts, typed arrays, broken
// conversations). Listing, opening, exporting and deleting must never throw because of one,
// and every valid conversation must come out unchanged.
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { CHAT_DB, ConversationStore } from '@/lib/chat/conversations';
import { exportDamaged } from '@/lib/chat/export';
import type { Conversation } from '@/lib/chat/types';
import { parseStoredConversation, parseStoredDialogue } from '@/lib/schema/stored';
import { mutate, mutation, validConversation } from './arbitraries';
import { assertSafe, same } from './oracle';

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

/** A broken conversation, or anything at all. */
const hostileRecord = fc.oneof(
  fc
    .tuple(validConversation, fc.array(mutation, { minLength: 1, maxLength: 2 }))
    .map(([c, mutations]) => {
      const record: Record<string, unknown> = structuredClone({ id: 'h', ...c });
      for (const m of mutations) mutate(record, m);
      return record as unknown;
    }),
  anything,
);

function exportsCleanly(record: unknown, reason: string): void {
  const out = exportDamaged({ key: 'k', id: 'k', reason, record });
  expect(JSON.parse(out.text).reason).toBe(reason);
}

describe('fuzz: stored records', () => {
  it('reads any record as a conversation or as damaged, never throwing (10,000 records)', () => {
    fc.assert(
      fc.property(fc.oneof(validConversation, hostileRecord), (record) => {
        const parsed = parseStoredConversation(record, 'k');
        if (parsed.ok) assertSafe(parsed.value);
        else exportsCleanly(record, parsed.damaged.reason);
        const dialogue = parseStoredDialogue(record, 'k');
        if (!dialogue.ok) expect(dialogue.damaged.reason).toMatch(/^the dialogue /);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('returns a valid stored conversation unchanged', () => {
    fc.assert(
      fc.property(validConversation, (c) => {
        const record = structuredClone({ id: 'v', ...c }); // as IndexedDB gives it back
        const parsed = parseStoredConversation(record, 'v');
        expect(parsed.ok).toBe(true);
        if (parsed.ok) same(parsed.value, record);
      }),
      { numRuns: 2_000 },
    );
  });

  it('lists, opens, exports and deletes through the store whatever the database holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(validConversation, { maxLength: 4 }),
        fc.array(hostileRecord, { maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        async (valid, hostile, pageSize) => {
          globalThis.indexedDB = new IDBFactory();
          const store = new ConversationStore();
          const good: Conversation[] = valid.map((c, i) => ({ id: `v-${i}`, ...c }));
          const db = await openDB(CHAT_DB, 1);
          for (const c of good) await db.put('conversations', c);
          for (const [i, h] of hostile.entries()) {
            const plain =
              typeof h === 'object' &&
              h !== null &&
              [Object.prototype, null].includes(Object.getPrototypeOf(h));
            const record = plain ? h : { value: h };
            // Keys must be valid IndexedDB keys; a number key is itself a damage.
            (record as { id: unknown }).id = i % 2 ? `h-${i}` : i;
            await db.put('conversations', record as never);
          }
          db.close();

          const { conversations, damaged } = await store.listAll({ pageSize });
          expect(conversations.length + damaged.length).toBe(good.length + hostile.length);
          conversations.forEach(assertSafe);
          for (const c of good) {
            same(
              conversations.find((x) => x.id === c.id),
              c,
            );
            same(await store.get(c.id), c);
          }
          for (const d of damaged) {
            exportsCleanly(d.record, d.reason);
            if (typeof d.key === 'string') expect(await store.get(d.key)).toBeUndefined();
            await store.deleteDamaged(d.key);
          }
          expect((await store.listAll()).damaged).toEqual([]);
          expect((await store.list()).length).toBe(conversations.length);
          await store.close();
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
