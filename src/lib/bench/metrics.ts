// Benchmark figures: ROUGE-L between a model answer and the reference doctor answer, and
// summary statistics for timings (time to first token, prefill and decode speed).

/**
 * The tokenizer ROUGE-L uses here: Unicode-normalize (NFKC), lowercase, then split on every
 * run of characters that are not letters or digits (in any script). Digits are kept as tokens
 * ("2 weeks" → ["2", "weeks"], "covid-19" → ["covid", "19"]); punctuation and whitespace are
 * dropped; no stemming and no stop words. Close to the `rouge-score` Python package's default
 * tokenizer, except that it keeps non-Latin letters instead of discarding them.
 */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Length of the longest common subsequence of two token lists. O(n·m) time, O(m) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Keep the shorter list as the row to hold memory at min(n, m).
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let prev = new Array<number>(short.length + 1).fill(0);
  let curr = new Array<number>(short.length + 1).fill(0);
  for (let i = 1; i <= long.length; i++) {
    const token = long[i - 1];
    for (let j = 1; j <= short.length; j++) {
      curr[j] = token === short[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[short.length]!;
}

export interface RougeL {
  /** LCS / number of candidate tokens. */
  precision: number;
  /** LCS / number of reference tokens. */
  recall: number;
  /** Harmonic mean of precision and recall (β = 1); 0 when both are 0. */
  f1: number;
}

/**
 * ROUGE-L of a candidate (model answer) against a reference (doctor answer), on the tokens of
 * {@link tokenize}. When either side has no tokens all three figures are 0 (as in the
 * `rouge-score` package): an empty answer earns nothing, and nothing can be recalled from an
 * empty reference.
 */
export function rougeL(candidate: string, reference: string): RougeL {
  const c = tokenize(candidate);
  const r = tokenize(reference);
  if (c.length === 0 || r.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const lcs = lcsLength(c, r);
  const precision = lcs / c.length;
  const recall = lcs / r.length;
  const f1 = lcs === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// --- timing -------------------------------------------------------------------------------------

/** Arithmetic mean; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The p-th percentile (p from 0 to 100) with linear interpolation between the two nearest
 * ranks, the method numpy and spreadsheets use by default: rank = p/100 · (n − 1).
 * NaN for an empty list or a p outside [0, 100].
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0 || !(p >= 0 && p <= 100)) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const low = sorted[lo]!;
  return low + (sorted[hi]! - low) * (rank - lo);
}

export interface Stats {
  n: number;
  mean: number;
  min: number;
  p50: number;
  p90: number;
  p95: number;
  max: number;
}

/** Count, mean, min, median, p90, p95 and max of a list, ignoring non-finite values. */
export function describeValues(values: readonly number[]): Stats {
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    n: finite.length,
    mean: mean(finite),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    p50: percentile(finite, 50),
    p90: percentile(finite, 90),
    p95: percentile(finite, 95),
    max: finite.length ? Math.max(...finite) : Number.NaN,
  };
}

/** One benchmark run, as WebLLM reports it in `usage.extra` (times in seconds). */
export interface RunTiming {
  /** Seconds from the request to the first token (mostly prefill). */
  timeToFirstTokenS: number;
  /** Prompt tokens processed per second. */
  prefillTokensPerS: number;
  /** Generated tokens per second. */
  decodeTokensPerS: number;
  /** Seconds from the request to the last token, when known. */
  e2eLatencyS?: number;
}

export interface RunSummary {
  runs: number;
  /** Time to first token, in milliseconds. */
  ttftMs: Stats;
  prefillTokensPerS: Stats;
  decodeTokensPerS: Stats;
  /** End-to-end latency, in milliseconds (runs without it are left out). */
  e2eMs: Stats;
}

/**
 * Summary of a set of runs. A run whose value is missing, NaN or infinite (a failed run, or a
 * decode speed from a one-token answer) is left out of that figure only.
 */
export function summarize(runs: readonly RunTiming[]): RunSummary {
  return {
    runs: runs.length,
    ttftMs: describeValues(runs.map((r) => r.timeToFirstTokenS * 1000)),
    prefillTokensPerS: describeValues(runs.map((r) => r.prefillTokensPerS)),
    decodeTokensPerS: describeValues(runs.map((r) => r.decodeTokensPerS)),
    e2eMs: describeValues(runs.map((r) => (r.e2eLatencyS ?? Number.NaN) * 1000)),
  };
}

/**
 * Reads WebLLM's `usage.extra` object (from the last chunk of a streamed completion) into a
 * {@link RunTiming}. Tolerates a missing or partial object, returning NaN for what is absent.
 */
export function timingFromUsageExtra(extra: unknown): RunTiming {
  const e = (typeof extra === 'object' && extra !== null ? extra : {}) as Record<string, unknown>;
  const num = (k: string) => (typeof e[k] === 'number' ? (e[k] as number) : Number.NaN);
  return {
    timeToFirstTokenS: num('time_to_first_token_s'),
    prefillTokensPerS: num('prefill_tokens_per_s'),
    decodeTokensPerS: num('decode_tokens_per_s'),
    e2eLatencyS: num('e2e_latency_s'),
  };
}
