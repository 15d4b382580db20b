// A logistic regression for the measuring scripts that fit a small gate over a handful of
// features (retrieval-fit-first-case.ts, retrieval-fresh-gate.ts): features standardized, an
// L2 penalty of 1 on the standardized weights (not the bias), 50 Newton steps; the weights are
// returned on the features' own scale.

/** Solves a·x = b (Gaussian elimination with partial pivoting). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r += 1) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k += 1) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

export interface LogisticModel {
  /** One weight per feature, on the feature's own scale. */
  w: number[];
  bias: number;
}

/** Fits P(y = 1 | x) to the rows `xs` (one feature vector each) and their labels `ys` (0 or 1). */
export function fitLogistic(xs: readonly number[][], ys: readonly number[]): LogisticModel {
  const d = xs[0]?.length ?? 0;
  const cols = Array.from({ length: d }, (_, j) => j);
  const mean = cols.map((j) => xs.reduce((s, x) => s + x[j]!, 0) / xs.length);
  const sd = cols.map(
    (j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / xs.length) || 1,
  );
  const z = xs.map((x) => [...x.map((v, j) => (v - mean[j]!) / sd[j]!), 1]);
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < 50; it += 1) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    z.forEach((zi, i) => {
      const p = 1 / (1 + Math.exp(-zi.reduce((s, v, j) => s + v * w[j]!, 0)));
      for (let j = 0; j <= d; j += 1) {
        g[j] = g[j]! + (p - ys[i]!) * zi[j]!;
        for (let k = 0; k <= d; k += 1) h[j]![k] = h[j]![k]! + p * (1 - p) * zi[j]! * zi[k]!;
      }
    });
    for (let j = 0; j < d; j += 1) {
      g[j] = g[j]! + w[j]!;
      h[j]![j] = h[j]![j]! + 1;
    }
    const step = solve(h, g);
    w = w.map((v, j) => v - step[j]!);
  }
  return {
    w: cols.map((j) => w[j]! / sd[j]!),
    bias: w[d]! - cols.reduce((s, j) => s + (w[j]! * mean[j]!) / sd[j]!, 0),
  };
}
