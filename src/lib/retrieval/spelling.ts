// Spelling correction for questions: a word that neither the reference pool nor the lexicon
// knows ("pnuemonia", "diarhea", "astma") is read as the known word one edit away (a letter
// added, dropped, changed, or two neighbours swapped), the commonest if several are. Short
// words are left alone: one edit from "lice" is "life", "like" and "live". Pure.

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits), or
 * `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Words shorter than this are never corrected. */
export const MIN_CORRECTED_LENGTH = 5;

export interface Speller {
  /** The known word for `word`, or null when it is known already or nothing is close. */
  correct(word: string): string | null;
}

/** `word` with each one of its letters left out (duplicates once). */
function deletions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i += 1) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/**
 * A speller over `known` words with their frequency. Candidates share the first letter
 * (people rarely mistype it) and are at most one edit away; the most frequent wins. Found
 * through an index of every known word with one letter left out (as SymSpell does): a
 * letter added, dropped or changed, or two neighbours swapped, leaves the typo and the word
 * one deletion apart, so a lookup costs a few map reads instead of a scan of the vocabulary.
 */
export function createSpeller(known: ReadonlyMap<string, number>): Speller {
  const byDeletion = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDeletion.get(key);
    if (list) list.push(word);
    else byDeletion.set(key, [word]);
  };
  for (const word of known.keys()) {
    if (word.length < MIN_CORRECTED_LENGTH - 1) continue;
    add(word, word);
    for (const d of deletions(word)) add(d, word);
  }
  const cache = new Map<string, string | null>();
  return {
    correct(word) {
      if (known.has(word) || word.length < MIN_CORRECTED_LENGTH || !/^[a-z]+$/.test(word)) {
        return null;
      }
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      let best: string | null = null;
      let bestCount = 0;
      const seen = new Set<string>();
      for (const key of [word, ...deletions(word)]) {
        for (const candidate of byDeletion.get(key) ?? []) {
          if (seen.has(candidate)) continue;
          seen.add(candidate);
          if (candidate[0] !== word[0] || editDistance(word, candidate, 1) > 1) continue;
          const count = known.get(candidate) ?? 0;
          if (count > bestCount) {
            best = candidate;
            bestCount = count;
          }
        }
      }
      if (cache.size > 5000) cache.clear();
      cache.set(word, best);
      return best;
    },
  };
}
