// The figures a retrieval measurement adds up per judged set (scripts/retrieval-loso.ts,
// scripts/retrieval-later-case.ts): cases shown and relevant, answerable questions and those
// given a relevant case, questions with nothing relevant and those given nothing, crisis
// messages and those given cases, ungraded pairs shown, and each answerable question's nDCG@3.
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
