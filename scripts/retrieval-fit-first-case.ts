// npx tsx scripts/retrieval-fit-first-case.ts — fits CHAT_RETRIEVAL.firstCase.combined, the
// logistic model that lets a first case covering less than half of the question through when
// its score, coverage, terms in common, opening, meaning and the question's length together
// say it is relevant, and drops a first case that passes every gate when they say it is not
// (src/lib/retrieval/retriever.ts); then checks it set by set.
//
// Rows: the first 10 BM25 candidates of every judged health question that the crisis rule
// does not empty; label 1 for a case graded 1 or 2, 0 for one graded 0 or any candidate of a
// question whose pool has nothing relevant; ungraded candidates of answerable questions are
// left out. Features standardized, L2 penalty 1, Newton's method; printed on the raw scale.
//
//   npx tsx scripts/retrieval-fit-first-case.ts                 fit on every set but F
//   npx tsx scripts/retrieval-fit-first-case.ts --sets all      fit on every set
//   npx tsx scripts/retrieval-fit-first-case.ts --loso          also leave-one-set-out: fit on
//                                                              six sets, score the seventh
//                                                              without and with the model
//   --min 0.8 --veto 0.35                                       the two probabilities
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { fitLogistic } from './lib/logistic-fit.ts';
import { CHAT_RETRIEVAL, inChatPool } from '../src/lib/chat/retrieval.ts';
import { triage } from '../src/lib/safety/triage/index.ts';
import { withholdsCases } from '../src/lib/chat/cases-withheld.ts';
import {
  createRetriever,
  MAX_QUERY_TERMS,
  type FirstCaseModel,
  type RetrieverOptions,
} from '../src/lib/retrieval/retriever.ts';
import { decodeWordVectors, type WordVectorsFile } from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import {
  gradeKey,
  halfOf,
  loadGrades,
  loadQuestions,
  SET_NAMES,
  type SetName,
} from './lib/retrieval-questions.ts';

/** A set's name as printed here: tune, held-out, B…F. */
const short = (set: SetName) => set.replace('held-out ', '');

const questions = loadQuestions();
const grades = loadGrades(questions);
const crisis = new Map(questions.map((q) => [q.id, withholdsCases(q.text, triage(q.text))]));
const options: RetrieverOptions = {
  ...CHAT_RETRIEVAL,
  firstCase: { ...CHAT_RETRIEVAL.firstCase! },
};
delete options.firstCase!.combined;
const plain = { ...options.firstCase! };
const retriever = createRetriever(
  loadGeneratedDialogues().filter(inChatPool),
  options,
  decodeWordVectors(wordVectors as WordVectorsFile),
);

const NAMES = ['score', 'coverage', 'matched', 'leadTopic', 'similarity', 'terms'] as const;
interface Row {
  set: SetName;
  x: number[];
  y: number;
}
const rows: Row[] = [];
for (const q of questions) {
  if (q.kind !== 'health' || crisis.get(q.id)) continue;
  const terms = Math.min(retriever.analyze(q.text).terms.size, MAX_QUERY_TERMS);
  for (const c of retriever.candidates(q.text, 10)) {
    const g = grades.get(gradeKey(q.id, c.dialogue.id, c.exchange.index));
    const y = g !== undefined ? (g >= 1 ? 1 : 0) : q.poolHasRelevant ? undefined : 0;
    if (y === undefined) continue;
    const x = [
      c.score,
      Math.min(c.coverage, 1.5),
      Math.log1p(c.matched),
      c.leadTopic ? 1 : 0,
      c.similarity,
      Math.log1p(terms),
    ];
    rows.push({ set: halfOf(q.id), x, y });
  }
}

function fit(train: readonly Row[]): FirstCaseModel {
  const { w: raw, bias } = fitLogistic(
    train.map((r) => r.x),
    train.map((r) => r.y),
  );
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  return {
    weights: Object.fromEntries(NAMES.map((n, j) => [n, r3(raw[j]!)])) as FirstCaseModel['weights'],
    bias: r3(bias),
    minProbability,
    vetoBelow,
  };
}

function score(set: SetName) {
  const f = { shown: 0, relevant: 0, ungraded: 0, answerable: 0, found: 0, none: 0, empty: 0 };
  for (const q of questions) {
    if (halfOf(q.id) !== set) continue;
    const shown = crisis.get(q.id) ? [] : retriever.search(q.text);
    const g = shown.map((m) => grades.get(gradeKey(q.id, m.dialogue.id, m.exchange.index)));
    f.shown += shown.length;
    f.relevant += g.filter((v) => (v ?? 0) >= 1).length;
    f.ungraded += g.filter((v) => v === undefined).length;
    if (q.kind !== 'health') continue;
    if (q.poolHasRelevant) {
      f.answerable += 1;
      if (g.some((v) => (v ?? 0) >= 1)) f.found += 1;
    } else {
      f.none += 1;
      if (shown.length === 0) f.empty += 1;
    }
  }
  return f;
}

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const minProbability = arg('--min', 0.8);
const vetoBelow = arg('--veto', 0.35);
const fitSets: readonly SetName[] =
  args.includes('--sets') && args[args.indexOf('--sets') + 1] === 'all'
    ? SET_NAMES
    : SET_NAMES.filter((s) => s !== 'held-out F' && s !== 'held-out G');
const model = fit(rows.filter((r) => fitSets.includes(r.set)));
console.log(`${rows.length} graded candidates; fitted on ${fitSets.map(short).join(', ')}:`);
console.log(JSON.stringify(model));
if (args.includes('--loso')) {
  console.log('\nleave one set out (fitted on the other six): before → after');
  const line = (f: ReturnType<typeof score>) =>
    `found ${f.found}/${f.answerable}  relevant ${f.relevant}/${f.shown}  nothing ${f.empty}/${f.none}  ungraded ${f.ungraded}`;
  for (const set of SET_NAMES) {
    options.firstCase = plain;
    const before = score(set);
    options.firstCase = {
      ...plain,
      combined: fit(rows.filter((r) => r.set !== set)),
    };
    const after = score(set);
    console.log(`${short(set).padEnd(8)} ${line(before)}\n${''.padEnd(8)} ${line(after)}`);
  }
}
