// 200 varied search queries drawn from the dialogues themselves (seeded, so every run asks
// the same): single words, two-word phrases, prefixes as typed, typos, short questions, and a
// few written by hand.
import type { Dialogue } from '../../src/lib/data/normalize.ts';
import { processTerm, tokenize } from '../../src/lib/search/terms.ts';
import { seededRandom } from './seeded-random.ts';

const HAND_WRITTEN = [
  'pneumonia',
  'chest pain',
  'headache after covid',
  'blood pressure medication',
  'shortness of breath',
  'fever and cough',
  'rash on arm',
  'knee pain after running',
  'diabetes',
  'anxiety',
];

export function benchQueries(dialogues: readonly Dialogue[], count = 200, seed = 7): string[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const wordsOf = (d: Dialogue) =>
    tokenize(d.turns.find((t) => t.role === 'patient')?.text ?? d.description).filter(
      (w) => /^[a-z]+$/i.test(w) && processTerm(w) !== null,
    );
  const out = new Set<string>(HAND_WRITTEN);
  const kinds = ['word', 'word', 'phrase', 'phrase', 'prefix', 'typo', 'question'] as const;
  for (let guard = 0; out.size < count && guard < count * 50; guard++) {
    const words = wordsOf(pick(dialogues));
    if (words.length < 4) continue;
    const at = Math.floor(rand() * (words.length - 3));
    const w = words[at]!.toLowerCase();
    const kind = pick(kinds);
    let q: string | null = null;
    if (kind === 'word' && w.length >= 4) q = w;
    else if (kind === 'phrase') q = `${w} ${words[at + 1]!.toLowerCase()}`;
    else if (kind === 'prefix' && w.length >= 6) q = w.slice(0, 3 + Math.floor(rand() * 3));
    else if (kind === 'typo' && w.length >= 6) {
      const i = 1 + Math.floor(rand() * (w.length - 3));
      q = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    } else if (kind === 'question')
      q = words
        .slice(at, at + 3 + Math.floor(rand() * 2))
        .join(' ')
        .toLowerCase();
    if (q) out.add(q);
  }
  return [...out].slice(0, count);
}
