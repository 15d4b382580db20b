// Which dialogues the benchmark asks: held-out test-split dialogues whose first turn is the
// patient's and whose second is the doctor's reply. The prompt is that patient turn and the
// reference is that doctor turn, so every case is one question and one answer. Pure.
import type { Dialogue } from '../data/normalize';
import { DEFAULT_SEGMENTS } from '../finetune/export';
import { fnv1a } from '../text/fnv1a';

export interface BenchCase {
  id: string;
  dataset: string;
  segment: string;
  /** The first patient turn: what the model is asked. */
  prompt: string;
  /** The first doctor turn: the dataset's answer, which ROUGE-L compares against. */
  reference: string;
}

/**
 * By default the know_medical_dialogues segments the fine-tuning export writes by default
 * (COVID-19 consultations and r/AskDocs), so a fine-tuned model is measured on held-out rows
 * of the kind it learned from. Machine-translated, MTS and ACI rows can be picked by hand.
 */
export const DEFAULT_BENCH_SEGMENTS: readonly string[] = DEFAULT_SEGMENTS;

/** Fixed, so that a selection can be repeated on any device; recorded in every run. */
export const SELECTION_SEED = 'bedside-bench-1';

export const SELECTION_RULE =
  'Held-out test-split dialogues without quality flags, from the chosen segments, whose first turn is the patient and second the doctor; ordered by a hash of the seed and the dialogue id (FNV-1a), first N taken. The order does not depend on N, so a smaller run asks a subset of a larger one.';

/** The single exchange a dialogue offers the benchmark, or null when it has none. */
export function benchCase(dialogue: Dialogue): BenchCase | null {
  const [first, second] = dialogue.turns;
  if (first?.role !== 'patient' || second?.role !== 'doctor') return null;
  const prompt = first.text.trim();
  const reference = second.text.trim();
  if (!prompt || !reference) return null;
  return {
    id: dialogue.id,
    dataset: dialogue.dataset,
    segment: dialogue.segment,
    prompt,
    reference,
  };
}

export interface Selection {
  cases: BenchCase[];
  /** Dialogues that could have been picked (test split, segment, single exchange). */
  eligible: number;
}

/**
 * Picks up to `n` cases from `dialogues` by the rule in {@link SELECTION_RULE}. Dialogues of
 * other splits, with quality flags, or of segments not in `segments` (when it is not empty)
 * are never picked.
 */
export function selectCases(
  dialogues: readonly Dialogue[],
  options: { n: number; segments: readonly string[]; seed?: string },
): Selection {
  const seed = options.seed ?? SELECTION_SEED;
  const wanted = new Set(options.segments);
  const pool: { key: number; c: BenchCase }[] = [];
  for (const d of dialogues) {
    if (d.split !== 'test' || d.flags.length > 0) continue;
    if (wanted.size > 0 && !wanted.has(d.segment)) continue;
    const c = benchCase(d);
    if (c) pool.push({ key: fnv1a(`${seed}:${d.id}`), c });
  }
  pool.sort((x, y) => x.key - y.key || (x.c.id < y.c.id ? -1 : x.c.id > y.c.id ? 1 : 0));
  const n = Math.max(0, Math.floor(options.n));
  return { cases: pool.slice(0, n).map((p) => p.c), eligible: pool.length };
}

/** How many dialogues each segment offers the benchmark (for the segment picker). */
export function eligibleBySegment(dialogues: readonly Dialogue[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of dialogues) {
    if (d.split !== 'test' || d.flags.length > 0 || !benchCase(d)) continue;
    counts[d.segment] = (counts[d.segment] ?? 0) + 1;
  }
  return counts;
}
