// A deterministic 80/10/10 train/validation/test split by a stable hash of the content, so a
// row keeps its split across builds, machines and the order of the source files.
//
// For a single question and answer the key is the question: rows that ask the same question
// (exact duplicates, or one question with two answers) land in the same split, so the test
// split never holds a question the training split has seen. Changing SALT or the hash
// reshuffles every split: don't, unless a new split is wanted on purpose.
import type { NormalizedDialogue, Split } from './normalize';

const SALT = 'bedside-split-1';

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). */
export function stableHash(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The text the split is decided on, case- and space-insensitive: for a single question and
 * answer, the question; for a longer conversation, all of it (its patient side alone is often
 * just "No." and "Yes.", which would pile unrelated conversations into one split).
 */
export function splitKey(d: Pick<NormalizedDialogue, 'turns'>): string {
  const [first, second] = d.turns;
  if (d.turns.length === 2 && first?.role === 'patient' && second?.role === 'doctor') {
    return `patient:${norm(first.text)}`;
  }
  return d.turns.map((t) => `${t.role}:${norm(t.text)}`).join('\n');
}

/** 80% train, 10% validation, 10% test. */
export function splitFor(key: string): Split {
  const bucket = stableHash(`${SALT}\n${key}`) % 1000;
  if (bucket < 800) return 'train';
  if (bucket < 900) return 'validation';
  return 'test';
}

export function assignSplit(d: Pick<NormalizedDialogue, 'turns'>): Split {
  return splitFor(splitKey(d));
}
