// npx tsx scripts/retrieval-rank-recall.ts — how well the raw ranking finds a relevant case,
// before any gate: for each judged set and in total, over its answerable health questions
// (poolHasRelevant), the rank of the first relevant (grade ≥ 1) candidate among every BM25
// candidate (buckets 1–3, 4–10, 11–50, >50, none), recall@3 and MRR. Ungraded candidates
// count as not relevant; "ungraded@3" says how many of the top-3 candidates are ungraded (a
// change that pulls those up cannot be judged until they are graded). The crisis rule is not
// applied: this is the ranking the gates read.
// Variants of the Chat's options as JSON in VARIANTS (a key set to null removes an option):
//   VARIANTS='[["chat",{}],["k1 0.9",{"bm25":{"k1":0.9,"b":0.75,"fieldWeights":[1,0.3]}}]]'
// With --ungraded, the ungraded top-3 pairs of every variant are printed at the end
// (question, dialogue, exchange, tab-separated): what to grade before trusting a change.
// With more than one variant, each set is also read leaving it out: the variant with the best
// recall@3 (then MRR) on the eleven other sets is the one scored on it, and the totals of those
// left-out readings are the estimate for new questions.
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { CHAT_RETRIEVAL, inChatPool } from '../src/lib/chat/retrieval.ts';
import { createRetriever, type RetrieverOptions } from '../src/lib/retrieval/retriever.ts';
import { decodeWordVectors, type WordVectorsFile } from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import {
  gradeKey,
  halfOf,
  loadGrades,
  loadQuestions,
  SET_NAMES,
} from './lib/retrieval-questions.ts';

const VARIANTS: [string, Record<string, unknown>][] = JSON.parse(
  process.env.VARIANTS ?? '[["chat", {}]]',
);
const BUCKETS = ['1-3', '4-10', '11-50', '>50', 'none'] as const;

interface Figures {
  questions: number;
  buckets: number[];
  rr: number;
  ungraded3: number;
}
const zero = (): Figures => ({ questions: 0, buckets: BUCKETS.map(() => 0), rr: 0, ungraded3: 0 });
const add = (a: Figures, b: Figures): Figures => ({
  questions: a.questions + b.questions,
  buckets: a.buckets.map((n, i) => n + b.buckets[i]!),
  rr: a.rr + b.rr,
  ungraded3: a.ungraded3 + b.ungraded3,
});
const bucketOf = (rank: number) =>
  rank <= 0 ? 4 : rank <= 3 ? 0 : rank <= 10 ? 1 : rank <= 50 ? 2 : 3;
const line = (f: Figures) =>
  `${String(f.questions).padStart(4)}  ${f.buckets.map((n) => String(n).padStart(5)).join(' ')}  ` +
  `recall@3 ${((100 * f.buckets[0]!) / Math.max(1, f.questions)).toFixed(0).padStart(3)}%  ` +
  `MRR ${(f.rr / Math.max(1, f.questions)).toFixed(3)}  ungraded@3 ${f.ungraded3}`;
const header = `            n    ${BUCKETS.map((b) => b.padStart(5)).join(' ')}`;
/** What the left-out pick maximises: questions found in the top 3, then reciprocal ranks. */
const objective = (f: Figures) => f.buckets[0]! + 0.5 * f.rr;

const questions = loadQuestions().filter((q) => q.kind === 'health' && q.poolHasRelevant);
const grades = loadGrades(loadQuestions());
const pool = loadGeneratedDialogues().filter(inChatPool);
const vectors = decodeWordVectors(wordVectors as WordVectorsFile);
const short = (s: string) => s.replace('held-out ', '');
const ungradedPairs = new Set<string>();

const figures = VARIANTS.map(([name, override]) => {
  const options = Object.fromEntries(
    Object.entries({ ...CHAT_RETRIEVAL, ...override }).filter(([, v]) => v !== null),
  ) as unknown as RetrieverOptions;
  const r = createRetriever(pool, options, vectors);
  const bySet = new Map<string, Figures>(SET_NAMES.map((s) => [s, zero()]));
  const ranks: string[] = [];
  for (const q of questions) {
    const all = r.candidates(q.text, Number.MAX_SAFE_INTEGER);
    const g = all.map((c) => grades.get(gradeKey(q.id, c.dialogue.id, c.exchange.index)));
    const rank = g.findIndex((v) => (v ?? 0) >= 1) + 1;
    const f = bySet.get(halfOf(q.id))!;
    f.questions += 1;
    f.buckets[bucketOf(rank)]! += 1;
    f.rr += rank > 0 ? 1 / rank : 0;
    f.ungraded3 += g.slice(0, 3).filter((v) => v === undefined).length;
    all.slice(0, 3).forEach((c, i) => {
      if (g[i] === undefined) ungradedPairs.add(gradeKey(q.id, c.dialogue.id, c.exchange.index));
    });
    ranks.push(`${q.id}\t${rank}`);
  }
  if (process.env.RANKS) console.log(`${name}\n${ranks.join('\n')}`);
  console.log(`\n${name} ${JSON.stringify(override)}\n${header}`);
  for (const [s, f] of bySet) console.log(`  ${short(s).padEnd(9)}${line(f)}`);
  console.log(`  ${'all'.padEnd(9)}${line([...bySet.values()].reduce(add, zero()))}`);
  return bySet;
});

if (VARIANTS.length > 1) {
  let left = zero();
  const picks: string[] = [];
  for (const set of SET_NAMES) {
    const others = SET_NAMES.filter((s) => s !== set);
    const on = (i: number) => others.reduce((sum, s) => add(sum, figures[i]!.get(s)!), zero());
    let best = 0;
    for (let i = 1; i < figures.length; i += 1)
      if (objective(on(i)) > objective(on(best))) best = i;
    picks.push(`${short(set)}: ${VARIANTS[best]![0]}`);
    left = add(left, figures[best]!.get(set)!);
  }
  console.log(`\nleft out, each set read with the variant best on the eleven others\n${header}`);
  console.log(`  ${'all'.padEnd(9)}${line(left)}\n  picks ${picks.join(', ')}`);
}
if (process.argv.includes('--ungraded')) {
  console.log(`\nungraded top-3 pairs (${ungradedPairs.size})\nquestion\tdialogue\texchange`);
  for (const p of ungradedPairs) console.log(p);
}
