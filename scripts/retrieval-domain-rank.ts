// npx tsx scripts/retrieval-domain-rank.ts — would word vectors learned from the dataset's own
// text rank the case about a question's complaint higher? The shipped vectors
// (src/lib/retrieval/word-vectors.json) are general English and do not know medicine; these are
// learned here from every dialogue the build writes (the machine-translated rows and the clinic
// sets included, used only as text to learn from, never shown): co-occurrence within a turn
// (±4 words, weighted 1/distance), positive PMI with the context distribution smoothed (^0.75),
// then a randomized truncated SVD (seeded: the same data gives the same vectors), rows U·√S of
// unit length. Nothing is written or shipped: this measures.
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
  meaningWords,
  textVector,
  type WordVectors,
  type WordVectorsFile,
} from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import { gradeKey, halfOf, loadGrades, loadQuestions } from './lib/retrieval-questions.ts';
import { seededRandom } from './lib/seeded-random.ts';

const MIN_COUNT = 3;
const WINDOW = 4;
const DIMS = 64;
const OVERSAMPLE = 10;
const POWER_ITERATIONS = 3;
const DEPTH = 50;
const LAMBDAS = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1];

// ---- the vectors -------------------------------------------------------------------------

const dialogues = loadGeneratedDialogues();
const lines = dialogues.flatMap((d) =>
  [d.description, ...d.turns.map((t) => t.text)].map(meaningWords).filter((w) => w.length > 0),
);
const counts = new Map<string, number>();
for (const line of lines) for (const w of line) counts.set(w, (counts.get(w) ?? 0) + 1);
const vocab = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([w]) => w);
vocab.sort();
const id = new Map(vocab.map((w, i) => [w, i]));
const V = vocab.length;

// Co-occurrences, row by row (symmetric window).
const rows: Map<number, number>[] = Array.from({ length: V }, () => new Map());
for (const line of lines) {
  const ids = line.map((w) => id.get(w)).filter((i): i is number => i !== undefined);
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = Math.max(0, i - WINDOW); j < Math.min(ids.length, i + WINDOW + 1); j += 1) {
      if (j === i) continue;
      const row = rows[ids[i]!]!;
      row.set(ids[j]!, (row.get(ids[j]!) ?? 0) + 1 / Math.abs(i - j));
    }
  }
}
const rowSum = rows.map((r) => [...r.values()].reduce((a, b) => a + b, 0));
const total = rowSum.reduce((a, b) => a + b, 0);
const colSum = new Float64Array(V);
for (const r of rows) for (const [j, v] of r) colSum[j] = colSum[j]! + v;
const smoothed = Array.from(colSum, (c) => c ** 0.75);
const smoothedTotal = smoothed.reduce((a, b) => a + b, 0);

// PPMI as a CSR matrix.
const indptr = new Int32Array(V + 1);
const cols: number[] = [];
const vals: number[] = [];
rows.forEach((r, i) => {
  for (const [j, v] of [...r].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log(v / total / ((rowSum[i]! / total) * (smoothed[j]! / smoothedTotal)));
    if (pmi > 0) {
      cols.push(j);
      vals.push(pmi);
    }
  }
  indptr[i + 1] = cols.length;
});

type Dense = Float64Array[]; // columns of length V (or of the small side)
const K = DIMS + OVERSAMPLE;
/** P · X, X given as K columns of length V. */
function times(x: Dense): Dense {
  const out = x.map(() => new Float64Array(V));
  for (let i = 0; i < V; i += 1) {
    for (let p = indptr[i]!; p < indptr[i + 1]!; p += 1) {
      const j = cols[p]!;
      const v = vals[p]!;
      for (let k = 0; k < x.length; k += 1) out[k]![i] = out[k]![i]! + v * x[k]![j]!;
    }
  }
  return out;
}
/** Pᵀ · X. */
function timesTransposed(x: Dense): Dense {
  const out = x.map(() => new Float64Array(V));
  for (let i = 0; i < V; i += 1) {
    for (let p = indptr[i]!; p < indptr[i + 1]!; p += 1) {
      const j = cols[p]!;
      const v = vals[p]!;
      for (let k = 0; k < x.length; k += 1) out[k]![j] = out[k]![j]! + v * x[k]![i]!;
    }
  }
  return out;
}
const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i]! * b[i]!;
  return s;
};
/** Orthonormal columns (modified Gram–Schmidt, twice for stability). */
function orthonormal(x: Dense): Dense {
  for (let pass = 0; pass < 2; pass += 1) {
    for (let k = 0; k < x.length; k += 1) {
      const v = x[k]!;
      for (let m = 0; m < k; m += 1) {
        const d = dot(v, x[m]!);
        for (let i = 0; i < v.length; i += 1) v[i] = v[i]! - d * x[m]![i]!;
      }
      const n = Math.sqrt(dot(v, v)) || 1;
      for (let i = 0; i < v.length; i += 1) v[i] = v[i]! / n;
    }
  }
  return x;
}
/** Eigenvectors and eigenvalues of a small symmetric matrix (cyclic Jacobi). */
function eigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = a.map((r) => [...r]);
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += m[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        if (Math.abs(m[p]![q]!) < 1e-30) continue;
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * m[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const kp = m[k]![p]!;
          const kq = m[k]![q]!;
          m[k]![p] = c * kp - s * kq;
          m[k]![q] = s * kp + c * kq;
        }
        for (let k = 0; k < n; k += 1) {
          const pk = m[p]![k]!;
          const qk = m[q]![k]!;
          m[p]![k] = c * pk - s * qk;
          m[q]![k] = s * pk + c * qk;
        }
        for (let k = 0; k < n; k += 1) {
          const kp = v[k]![p]!;
          const kq = v[k]![q]!;
          v[k]![p] = c * kp - s * kq;
          v[k]![q] = s * kp + c * kq;
        }
      }
    }
  }
  return { values: m.map((r, i) => r[i]!), vectors: v };
}

// Randomized SVD (Halko, Martinsson & Tropp 2011): a range for P from P·Ω with power
// iterations, then the SVD of the small Qᵀ·P through the eigenvectors of (QᵀP)(QᵀP)ᵀ.
const random = seededRandom(14);
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
let q = orthonormal(
  times(Array.from({ length: K }, () => Float64Array.from({ length: V }, gaussian))),
);
for (let it = 0; it < POWER_ITERATIONS; it += 1)
  q = orthonormal(times(orthonormal(timesTransposed(q))));
const b = timesTransposed(q); // rows of QᵀP, as K vectors of length V
const gram = b.map((x) => b.map((y) => dot(x, y)));
const { values, vectors } = eigen(gram);
const order = values
  .map((_, i) => i)
  .sort((i, j) => values[j]! - values[i]!)
  .slice(0, DIMS);
// U = Q·U_B; a word's vector is its row of U·√S.
const embedding = new Map<string, Float32Array>();
vocab.forEach((word, i) => {
  const v = new Float32Array(DIMS);
  order.forEach((e, d) => {
    let s = 0;
    for (let k = 0; k < K; k += 1) s += q[k]![i]! * vectors[k]![e]!;
    v[d] = s * Math.sqrt(Math.sqrt(Math.max(values[e]!, 0)));
  });
  const n = Math.hypot(...v) || 1;
  embedding.set(
    word,
    v.map((x) => x / n),
  );
});
const domain: WordVectors = { dims: DIMS, size: V, get: (w) => embedding.get(w) };
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
  `${lines.length} turns, ${V} words (seen ${MIN_COUNT}+ times), ${vals.length} PPMI cells`,
);
for (const w of ['vertigo', 'constipation', 'migraine', 'psoriasis', 'swimming', 'daughter'])
  console.log(`  ${w}: ${neighbours(w)}`);

// ---- the ranking -------------------------------------------------------------------------

const pool = dialogues.filter(inChatPool);
const retriever = createRetriever(pool, CHAT_RETRIEVAL, general);
const questions = loadQuestions();
const grades = loadGrades(questions);
const df = new Map<string, number>();
let questionsInPool = 0;
for (const d of pool) {
  for (const t of d.turns) {
    if (t.role !== 'patient') continue;
    questionsInPool += 1;
    for (const w of new Set(meaningWords(t.text))) df.set(w, (df.get(w) ?? 0) + 1);
  }
}
const rarity = (w: string) => Math.log(1 + (questionsInPool + 0.5) / ((df.get(w) ?? 0) + 0.5));
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
