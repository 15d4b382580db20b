// Training the triage net (src/lib/safety/triage/net.ts), shared by the script that writes its
// weights (scripts/train-triage-net.ts) and the one that measures what a change of training
// sets would do on sets it never saw (scripts/triage-net-loso.ts): the same rows, the same
// seeded stochastic gradient descent, the same rounding as net-weights.json stores.
import { join, resolve } from 'node:path';
import { findConcepts } from '../../src/lib/safety/triage/findings.ts';
import { netInputs, type NetHead } from '../../src/lib/safety/triage/net.ts';
import type { TriageLevel } from '../../src/lib/safety/triage/types.ts';
import { seededRandom } from './seeded-random.ts';
import type { Labelled } from './triage-labelled.ts';

const EPOCHS = 8;
const RATE = 0.5;
/** Weights smaller than this are dropped from the file: they never move a decision. */
const KEEP = 0.2;

export interface Head {
  bias: number;
  weights: Map<string, number>;
}

/** A labelled message with what the net reads in it (net.ts netInputs). */
export interface Row extends Labelled {
  features: string[];
  /** Whether the rules set part of it aside (the net then raises nothing). */
  quiet: boolean;
  /** Whether the rules' urgent flag stands whatever the net reads (net.ts). */
  firm: boolean;
  /**
   * How much the row counts in training, 1 when not given: a row of weight 0.25 moves the
   * weights a quarter as far (scripts/triage-net-loso.ts --heads down-weights the everyday
   * routine questions for the emergency head). net-weights.json is trained at weight 1.
   */
  weight?: number;
}

export const rowOf = (m: Labelled): Row => ({ ...m, ...netInputs(findConcepts(m.text)) });

function train(
  rows: readonly { features: string[]; y: number; weight?: number }[],
  seed = 1,
): Head {
  const weights = new Map<string, number>();
  let bias = 0;
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { features, y, weight = 1 } = rows[i]!;
      if (features.length === 0) continue;
      let z = bias;
      for (const f of features) z += weights.get(f) ?? 0;
      // Times 1 is exact: rows without a weight train exactly as before weights existed.
      const g = (1 / (1 + Math.exp(-z)) - y) * weight;
      const step = (RATE * g) / Math.sqrt(features.length);
      for (const f of features) weights.set(f, (weights.get(f) ?? 0) - step);
      bias -= RATE * g * 0.1;
    }
  }
  for (const [f, w] of weights) if (Math.abs(w) < KEEP) weights.delete(f);
  return { bias, weights };
}

/** "Emergency" against the rest, and "urgent or emergency" against routine, each on its rows. */
function heads(
  emergencyRows: readonly Row[],
  urgentRows: readonly Row[],
  seed: number,
): { emergency: Head; urgent: Head } {
  return {
    emergency: train(
      emergencyRows.map((r) => ({
        features: r.features,
        y: r.label === 'emergency' ? 1 : 0,
        weight: r.weight,
      })),
      seed,
    ),
    urgent: train(
      urgentRows.map((r) => ({
        features: r.features,
        y: r.label === 'routine' ? 0 : 1,
        weight: r.weight,
      })),
      seed,
    ),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A trained head as net-weights.json stores it (and net.ts reads it): sorted, rounded. */
export const pack = (h: Head): NetHead => ({
  bias: round(h.bias),
  weights: Object.fromEntries(
    [...h.weights].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, w]) => [f, round(w)]),
  ),
});

/**
 * Both heads trained on these rows (the urgent head on `urgentRows` when given), packed as
 * net.ts reads them. The seed orders the rows each epoch; net-weights.json is trained with
 * seed 1, other seeds show how much of a difference between two trainings is the order alone.
 */
export function trainNet(
  rows: readonly Row[],
  seed = 1,
  urgentRows: readonly Row[] = rows,
): { emergency: NetHead; urgent: NetHead } {
  const { emergency, urgent } = heads(rows, urgentRows, seed);
  return { emergency: pack(emergency), urgent: pack(urgent) };
}

/** The rules alone (no net) of a checkout: its findings and flags. */
export type Rules = (text: string) => TriageLevel;

/**
 * The rules of a checkout: this one by default, or another (a worktree or an extracted
 * `git archive` of src/lib), to see the net where the rules meet a set for the first time, as
 * they will meet a new set.
 */
export async function rulesOf(checkout = join(import.meta.dirname, '..', '..')): Promise<Rules> {
  const dir = resolve(checkout, 'src/lib/safety/triage');
  const { findConcepts } = await import(join(dir, 'findings.ts'));
  const { flagsFor } = await import(join(dir, 'rules.ts'));
  return (text) => (flagsFor(findConcepts(text))[0]?.level ?? 'routine') as TriageLevel;
}
