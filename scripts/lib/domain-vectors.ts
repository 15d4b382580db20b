// Word vectors learned from the dataset's own text (first measured by
// scripts/retrieval-domain-rank.ts): co-occurrence within a turn (±4 words, weighted
// 1/distance) over every dialogue the build writes (the machine-translated rows and the clinic
// sets included, used only as text to learn from), positive PMI with the context distribution
// smoothed (^0.75), then a randomized truncated SVD (Halko, Martinsson & Tropp 2011; seeded:
// the same data gives the same vectors), rows U·√S of unit length. Shared by the scripts that
// measure them (retrieval-domain-rank, retrieval-fresh-gate).
import type { Dialogue } from '../../src/lib/data/normalize.ts';
import { meaningWords, type WordVectors } from '../../src/lib/retrieval/semantic.ts';
import { seededRandom } from './seeded-random.ts';

export const MIN_COUNT = 3;
export const WINDOW = 4;
export const DIMS = 64;
export const OVERSAMPLE = 10;
export const POWER_ITERATIONS = 3;

export interface DomainVectors extends WordVectors {
  /** The words with a vector, sorted. */
  readonly vocab: readonly string[];
  /** Turns read, and PPMI cells kept (for the report). */
  readonly turns: number;
  readonly cells: number;
}

/** The vectors of `dialogues` (deterministic: seeded). */
export function learnDomainVectors(dialogues: readonly Dialogue[]): DomainVectors {
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
  return {
    dims: DIMS,
    size: V,
    get: (w) => embedding.get(w),
    vocab,
    turns: lines.length,
    cells: vals.length,
  };
}

/**
 * How rare a word is among the patient turns of `pool` (a turn counts a word once):
 * log(1 + (turns + 0.5) / (turns with the word + 0.5)). Weighs each word of a text's vector.
 */
export function patientTurnRarity(pool: readonly Dialogue[]): (word: string) => number {
  const df = new Map<string, number>();
  let turns = 0;
  for (const d of pool) {
    for (const t of d.turns) {
      if (t.role !== 'patient') continue;
      turns += 1;
      for (const w of new Set(meaningWords(t.text))) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  return (w: string) => Math.log(1 + (turns + 0.5) / ((df.get(w) ?? 0) + 0.5));
}
