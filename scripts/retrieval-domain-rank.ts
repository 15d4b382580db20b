// npx tsx scripts/retrieval-domain-rank.ts — would word vectors learned from the dataset's own
// text rank the case about a question's complaint higher? The shipped vectors
// (src/lib/retrieval/word-vectors.json) are general English and do not know medicine; these are
// learned here from every dialogue the build writes (the machine-translated rows and the clinic
// sets included, used only as text to learn from, never shown; scripts/lib/domain-vectors.ts).
// Nothing is written or shipped: this measures.
//
// Ranking measured: the first DEPTH BM25 candidates of the Chat's retriever re-ordered by
// score + λ · cosine(question, case opening) in these vectors (each word weighted by its rarity
// among the pool's questions), for several λ; recall@3 and MRR over the answerable questions
// (ungraded candidates count as not relevant; a relevant case beyond DEPTH keeps its rank).
// Printed per set group (M, N, the twelve older sets together), the general-English vectors in
// the same role beside them, and λ picked on M read on N and the other way round.
//
// Measured in phase 14 (see the closing note for the figures): the raw ranking improves on M, N
// and the older sets, but the Chat's gates (coverage, terms in common, the first-case model's
// veto) keep out the lower-overlap cases it lifts, so what the Chat shows did not change.
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { CHAT_RETRIEVAL, inChatPool } from '../src/lib/chat/retrieval.ts';
import { createRetriever } from '../src/lib/retrieval/retriever.ts';
import {
  cosine,
  decodeWordVectors,
  textVector,
  type WordVectors,
  type WordVectorsFile,
} from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import { gradeKey, halfOf, loadGrades, loadQuestions } from './lib/retrieval-questions.ts';
import { learnDomainVectors, MIN_COUNT, patientTurnRarity } from './lib/domain-vectors.ts';

const DEPTH = 50;
const LAMBDAS = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1];

// ---- the vectors -------------------------------------------------------------------------

const dialogues = loadGeneratedDialogues();
const domain = learnDomainVectors(dialogues);
const { vocab } = domain;
const embedding = new Map(vocab.map((w) => [w, domain.get(w)!] as const));
const general = decodeWordVectors(wordVectors as WordVectorsFile);
const neighbours = (word: string) => {
  const v = embedding.get(word);
  if (!v) return '(not in the vocabulary)';
  return vocab
    .map((w) => [w, cosine(v, embedding.get(w)!)] as const)
    .sort((x, y) => y[1] - x[1])
    .slice(1, 7)
    .map(([w]) => w)
    .join(' ');
};
console.log(
  `${domain.turns} turns, ${domain.size} words (seen ${MIN_COUNT}+ times), ${domain.cells} PPMI cells`,
);
for (const w of ['vertigo', 'constipation', 'migraine', 'psoriasis', 'swimming', 'daughter'])
  console.log(`  ${w}: ${neighbours(w)}`);

// ---- the ranking -------------------------------------------------------------------------

const pool = dialogues.filter(inChatPool);
const retriever = createRetriever(pool, CHAT_RETRIEVAL, general);
const questions = loadQuestions();
const grades = loadGrades(questions);
const rarity = patientTurnRarity(pool);
const group = (id: string) => {
  const set = halfOf(id);
  return set === 'held-out M' ? 'M' : set === 'held-out N' ? 'N' : 'older';
};

interface Ranked {
  group: string;
  /** The first relevant candidate's rank in BM25 order (0: none). */
  first: number;
  candidates: { score: number; cos: Map<string, number>; relevant: boolean; i: number }[];
}
const sources: Record<string, WordVectors> = { domain, general };
const ranked: Ranked[] = [];
for (const q of questions) {
  if (q.kind !== 'health' || !q.poolHasRelevant) continue;
  const all = retriever.candidates(q.text, Number.MAX_SAFE_INTEGER);
  const relevant = all.map(
    (c) => (grades.get(gradeKey(q.id, c.dialogue.id, c.exchange.index)) ?? 0) >= 1,
  );
  const meaning = Object.entries(sources).map(
    ([name, v]) => [name, textVector(q.text, v, rarity)] as const,
  );
  ranked.push({
    group: group(q.id),
    first: relevant.indexOf(true) + 1,
    candidates: all.slice(0, DEPTH).map((c, i) => {
      const e = c.exchange;
      const opening = (e.description ? `${e.description}\n${e.patient}` : e.patient).slice(
        0,
        CHAT_RETRIEVAL.leadChars,
      );
      return {
        score: c.score,
        cos: new Map(
          meaning.map(([name, m]) => [
            name,
            cosine(m, textVector(opening, sources[name]!, rarity)),
          ]),
        ),
        relevant: relevant[i]!,
        i,
      };
    }),
  });
}

function measure(source: string, lambda: number, only: string) {
  let n = 0;
  let top3 = 0;
  let rr = 0;
  for (const r of ranked) {
    if (r.group !== only) continue;
    const order = [...r.candidates].sort(
      (a, b) =>
        b.score + lambda * b.cos.get(source)! - (a.score + lambda * a.cos.get(source)!) ||
        a.i - b.i,
    );
    const at = order.findIndex((c) => c.relevant);
    const rank = at >= 0 ? at + 1 : r.first > DEPTH ? r.first : 0;
    n += 1;
    if (rank >= 1 && rank <= 3) top3 += 1;
    if (rank > 0) rr += 1 / rank;
  }
  return { n, top3, mrr: rr / Math.max(1, n) };
}
const cell = (f: ReturnType<typeof measure>) =>
  `${String(f.top3).padStart(3)}/${f.n} ${((100 * f.top3) / f.n).toFixed(0).padStart(3)}% MRR ${f.mrr.toFixed(3)}`;
for (const source of Object.keys(sources)) {
  console.log(
    `\n${source} vectors: λ   M (recall@3, MRR)          N                          older twelve`,
  );
  for (const lambda of LAMBDAS) {
    console.log(
      `  ${lambda.toFixed(2).padStart(5)}  ${['M', 'N', 'older'].map((g) => cell(measure(source, lambda, g))).join('   ')}`,
    );
  }
  for (const [on, read] of [
    ['M', 'N'],
    ['N', 'M'],
  ] as const) {
    const objective = (l: number) => {
      const f = measure(source, l, on);
      return f.top3 + 0.5 * f.mrr * f.n;
    };
    const pick = LAMBDAS.reduce((best, l) => (objective(l) > objective(best) ? l : best), 0);
    console.log(
      `  λ picked on ${on}: ${pick} → ${read} ${cell(measure(source, pick, read))} (λ 0: ${cell(measure(source, 0, read))}); older ${cell(measure(source, pick, 'older'))}`,
    );
  }
}
