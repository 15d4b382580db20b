// The figures a retrieval measurement adds up per judged set (scripts/retrieval-loso.ts,
// scripts/retrieval-later-case.ts): cases shown and relevant, answerable questions and those
// given a relevant case, questions with nothing relevant and those given nothing, crisis
// messages and those given cases, ungraded pairs shown, and each answerable question's nDCG@3;
// and how one question's shown cases count into them.
import type { Question } from './retrieval-questions.ts';
export interface Figures {
  shown: number;
  rel: number;
  found: number;
  ans: number;
  empty: number;
  none: number;
  crisis: number;
  crisisCases: number;
  ungraded: number;
  ndcg: number[];
}

export const zero = (): Figures => ({
  shown: 0,
  rel: 0,
  found: 0,
  ans: 0,
  empty: 0,
  none: 0,
  crisis: 0,
  crisisCases: 0,
  ungraded: 0,
  ndcg: [],
});

export const add = (a: Figures, b: Figures): Figures => ({
  shown: a.shown + b.shown,
  rel: a.rel + b.rel,
  found: a.found + b.found,
  ans: a.ans + b.ans,
  empty: a.empty + b.empty,
  none: a.none + b.none,
  crisis: a.crisis + b.crisis,
  crisisCases: a.crisisCases + b.crisisCases,
  ungraded: a.ungraded + b.ungraded,
  ndcg: [...a.ndcg, ...b.ndcg],
});

const gain = (grade: number) => 2 ** grade - 1;

/** Discounted cumulative gain of the first three grades (nDCG@3's numerator and ideal). */
export const dcg = (grades: readonly number[]) =>
  grades.slice(0, 3).reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);

/** The DCG of a question's ideal ranking: its hand grades, best first (`grades` keyed "q\td\te"). */
export const idealDcg = (questionId: string, grades: ReadonlyMap<string, number>) =>
  dcg(
    [...grades]
      .filter(([k]) => k.startsWith(`${questionId}\t`))
      .map(([, g]) => g)
      .sort((a, b) => b - a),
  );

/**
 * Counts one question into `f`: `got` are the grades of the cases shown for it, in order
 * (undefined: ungraded), `best` the DCG of its ideal ranking (no nDCG is counted without it).
 */
export function countQuestion(
  f: Figures,
  q: Question,
  got: readonly (number | undefined)[],
  best?: number,
): void {
  f.shown += got.length;
  f.rel += got.filter((v) => (v ?? 0) >= 1).length;
  f.ungraded += got.filter((v) => v === undefined).length;
  if (q.kind === 'crisis') {
    f.crisis += 1;
    if (got.length > 0) f.crisisCases += 1;
  } else if (q.poolHasRelevant) {
    f.ans += 1;
    if (got.some((v) => (v ?? 0) >= 1)) f.found += 1;
    if (best !== undefined && best > 0) f.ndcg.push(dcg(got.map((v) => v ?? 0)) / best);
  } else {
    f.none += 1;
    if (got.length === 0) f.empty += 1;
  }
}
