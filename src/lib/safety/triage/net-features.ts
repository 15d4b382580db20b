// What the triage net (net.ts) reads in a message: the words of its normalized text
// (normalize.ts: lowercase, texting shorthand and misspellings mended), each stemmed (Porter,
// the `stemmer` package), and each pair of neighbouring words. A word the person says is NOT
// happening reads differently from one that is: words inside a span the rules' scope set aside
// (negated, hypothetical, asked about, cleared, long past: scope.ts) and words in a clause after
// a negation ("not short of breath", "isn't swollen") carry a "q" mark, so "breath" and
// "q:breath" are different features. One function for training (scripts/train-triage-net.ts)
// and for use, so that the two can never read a message differently.
import { stemmer } from 'stemmer';

/** A stretch of the normalized text the rules' scope set aside. */
export interface QuietSpan {
  at: number;
  length: number;
}

const WORD = /[a-z]+(?:'[a-z]+)?|\d+/g;
const NEGATION =
  /^(?:no|not|never|without|nor|none|neither|nothing|denies|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|won't|can't|couldn't|wouldn't|shouldn't)$/;
/** Where a negation stops reaching: the end of its clause. */
const CLAUSE_END = /[.,;:!?\n]|\b(?:but|though|although|however|except|yet)\b/g;
const NEGATION_REACH = 6;

/**
 * Stems already worked out: a message's words are mostly words other messages had, and the
 * stemmer is the dearest part of reading them. Emptied when full, so it stays small.
 */
const STEMS = new Map<string, string>();
const STEMS_MAX = 20_000;

/** The Porter stem of a word of letters (a number is its own feature). */
function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    if (STEMS.size >= STEMS_MAX) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/** The distinct features of an already normalized message. */
export function netFeatures(normalized: string, quiet: readonly QuietSpan[] = []): string[] {
  const ends = [...normalized.matchAll(CLAUSE_END)].map((m) => m.index);
  const out = new Set<string>();
  let previous: string | null = null;
  let negatedUntil = -1;
  let negatedLeft = 0;
  for (const m of normalized.matchAll(WORD)) {
    const word = m[0];
    const at = m.index;
    if (negatedLeft > 0 && at > negatedUntil) negatedLeft = 0;
    const stem = stemOf(word);
    const isQuiet = negatedLeft > 0 || quiet.some((s) => at >= s.at && at < s.at + s.length);
    const feature = isQuiet ? `q:${stem}` : stem;
    out.add(`w:${feature}`);
    if (previous !== null) out.add(`b:${previous}_${feature}`);
    previous = feature;
    if (negatedLeft > 0) negatedLeft--;
    if (NEGATION.test(word)) {
      negatedLeft = NEGATION_REACH;
      negatedUntil = ends.find((e) => e > at) ?? normalized.length;
    }
  }
  return [...out];
}
