// npx tsx scripts/retrieval-learned-rank.ts — phase 22's experiment (dropped): a learned
// relevance model over the first N (default 10) BM25 candidates, stacked on the gates. Each
// candidate of a judged health question gets 19 features (score, coverage, terms in common, the
// opening's two matches, share of the best, both meaning similarities, the question's length,
// rank, whether the gates show it and first, the segment, the case's length, the share of the
// question's complaints and concepts its question names); label 1 for grade ≥ 1, 0 for grade 0
// or any candidate of a question with nothing relevant, ungraded ones left out. Fitted on every
// judged set written before phase 18 (scripts/lib/logistic-fit.ts), thresholds for the first
// and the later cases chosen on them (5 × (found + nothing → nothing) + relevant − LAM ×
// irrelevant, LAM=3 unless told), then scored on F18–G21, which it was not fitted on. Prints
// the gates' figures beside it. Ungraded cases shown count as irrelevant and are counted.
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { fitLogistic, type LogisticModel } from './lib/logistic-fit.ts';
import { CHAT_RETRIEVAL, inChatPool } from '../src/lib/chat/retrieval.ts';
import { withholdsCases } from '../src/lib/chat/cases-withheld.ts';
import { triage } from '../src/lib/safety/triage/index.ts';
import { createRetriever, MAX_QUERY_TERMS } from '../src/lib/retrieval/retriever.ts';
import { analyzeDocument } from '../src/lib/retrieval/analyze.ts';
import { LEXICON } from '../src/lib/retrieval/lexicon.ts';
import { decodeWordVectors, type WordVectorsFile } from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import {
  gradeKey,
  halfOf,
  loadGrades,
  loadQuestions,
  SET_NAMES,
  type Question,
  type SetName,
} from './lib/retrieval-questions.ts';
import { countQuestion, zero, type Figures } from './lib/retrieval-figures.ts';

const N = Number(process.env.N ?? 10);
const LAM = Number(process.env.LAM ?? 3);
const SCORED: ReadonlySet<SetName> = new Set(
  SET_NAMES.slice(SET_NAMES.indexOf('held-out F18'), SET_NAMES.indexOf('held-out G21') + 1),
);
/** Sets written after this experiment: neither fitted nor scored. */
const LATER: ReadonlySet<SetName> = new Set(['held-out F22', 'held-out G22']);
const SEGMENTS = ['askdocs', 'covid-scrape-2020', 'clinic-snippet'];

const retriever = createRetriever(
  loadGeneratedDialogues().filter(inChatPool),
  CHAT_RETRIEVAL,
  decodeWordVectors(wordVectors as WordVectorsFile),
);
const questions = loadQuestions();
const grades = loadGrades(questions);

interface Candidate {
  dialogueId: string;
  exchange: number;
  x: number[];
  y?: number;
}
interface Row {
  question: Question;
  set: SetName;
  candidates: Candidate[];
  gated: Candidate[];
}

const docTerms = new Map<string, ReadonlySet<string>>();
const rows: Row[] = [];
for (const q of questions) {
  const set = halfOf(q.id);
  if (LATER.has(set)) continue;
  const withheld = withholdsCases(q.text, triage(q.text));
  const shown = withheld ? [] : retriever.search(q.text);
  const gatedKeys = shown.map((m) => `${m.dialogue.id}\t${m.exchange.index}`);
  const analyzed = retriever.analyze(q.text);
  const concepts = [...analyzed.terms.keys()].filter((t) => t.startsWith('='));
  const complaints = concepts.filter((t) => !LEXICON.secondary.has(t));
  const terms = Math.min(analyzed.terms.size, MAX_QUERY_TERMS);
  const found = withheld ? [] : retriever.candidates(q.text, N);
  const candidates = found.map((c, i): Candidate => {
    const key = `${c.dialogue.id}\t${c.exchange.index}`;
    const text = `${c.exchange.description}\n${c.exchange.patient}`;
    let named = docTerms.get(key);
    if (!named) docTerms.set(key, (named = new Set(analyzeDocument(text))));
    const share = (list: string[]) =>
      list.length ? list.filter((t) => named.has(t)).length / list.length : 0.5;
    const at = gatedKeys.indexOf(key);
    const g = grades.get(gradeKey(q.id, c.dialogue.id, c.exchange.index));
    return {
      dialogueId: c.dialogue.id,
      exchange: c.exchange.index,
      y: g !== undefined ? (g >= 1 ? 1 : 0) : q.poolHasRelevant ? undefined : 0,
      x: [
        c.score,
        Math.min(c.coverage, 1.5),
        Math.log1p(c.matched),
        c.lead ? 1 : 0,
        c.leadTopic ? 1 : 0,
        c.share,
        c.similarity,
        c.wholeSimilarity,
        Math.log1p(terms),
        Math.log1p(i),
        at >= 0 ? 1 : 0,
        at === 0 ? 1 : 0,
        ...SEGMENTS.map((s) => (c.dialogue.segment === s ? 1 : 0)),
        Math.log1p(text.length),
        share(complaints),
        share(concepts),
        complaints.length ? 1 : 0,
      ],
    };
  });
  const gated = shown.map(
    (m) =>
      candidates.find((c) => c.dialogueId === m.dialogue.id && c.exchange === m.exchange.index) ?? {
        dialogueId: m.dialogue.id,
        exchange: m.exchange.index,
        x: [],
      },
  );
  rows.push({ question: q, set, candidates, gated });
}

const probability = (m: LogisticModel, x: readonly number[]) =>
  1 / (1 + Math.exp(-(m.bias + m.w.reduce((s, w, j) => s + w * x[j]!, 0))));

function picked(m: LogisticModel, row: Row, first: number, later: number): Candidate[] {
  const out: Candidate[] = [];
  for (const c of row.candidates) {
    if (out.length >= 3) break;
    if (probability(m, c.x) < (out.length === 0 ? first : later)) continue;
    if (out.some((o) => o.dialogueId === c.dialogueId)) continue;
    out.push(c);
  }
  return out;
}

function figures(of: readonly Row[], shown: (row: Row) => Candidate[]): Figures {
  const f = zero();
  for (const row of of) {
    if (row.question.kind !== 'health') continue;
    const got = shown(row).map((c) =>
      grades.get(gradeKey(row.question.id, c.dialogueId, c.exchange)),
    );
    countQuestion(f, row.question, got);
  }
  return f;
}
const line = (f: Figures) =>
  `relevant ${Math.round((100 * f.rel) / Math.max(1, f.shown))}% (${f.rel}/${f.shown}, ${f.ungraded} ungraded)  found ${f.found}/${f.ans}  nothing ${f.empty}/${f.none}`;

const fitting = rows.filter((r) => !SCORED.has(r.set));
const scored = rows.filter((r) => SCORED.has(r.set));
const labelled = fitting
  .flatMap((r) => (r.question.kind === 'health' ? r.candidates : []))
  .filter((c) => c.y !== undefined);
const model = fitLogistic(
  labelled.map((c) => c.x),
  labelled.map((c) => c.y!),
);
console.log(`${labelled.length} graded candidates fitted (sets before F18); scored on F18–G21.`);
console.log(`gates, fitting sets   ${line(figures(fitting, (r) => r.gated))}`);
console.log(`gates, F18–G21        ${line(figures(scored, (r) => r.gated))}`);
let best: { value: number; first: number; later: number } | undefined;
for (const first of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  for (const later of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]) {
    if (later < first) continue;
    const f = figures(fitting, (r) => picked(model, r, first, later));
    const value = 5 * (f.found + f.empty) + f.rel - LAM * (f.shown - f.rel);
    if (!best || value > best.value) best = { value, first, later };
  }
}
console.log(`chosen on the fitting sets: first ≥ ${best!.first}, later ≥ ${best!.later}`);
for (const first of [0.4, 0.5, best!.first, 0.6, 0.7].sort()) {
  const f = figures(scored, (r) => picked(model, r, first, best!.later));
  console.log(`model, F18–G21, first ≥ ${first.toFixed(2)}  ${line(f)}`);
}
