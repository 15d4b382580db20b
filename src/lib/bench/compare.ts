// Two benchmark runs side by side (e.g. a base model and the fine-tuned one): the figures of
// each over the dialogues both answered, their differences, and what makes them hard to
// compare (other settings, another GPU, the test engine). Pure.
import { mean, percentile } from './metrics';
import type { BenchItem, BenchmarkRun } from './types';

export interface MetricDelta {
  key: string;
  label: string;
  /** A's figure, B's figure, and B − A; NaN where a figure is missing. */
  a: number;
  b: number;
  delta: number;
  /** Whether a higher figure is the better one. */
  higherIsBetter: boolean;
  /** How to show it: a share as a percentage, milliseconds, tokens/s, or a plain number. */
  unit: 'share' | 'ms' | 'tok/s' | 'score';
}

export interface ItemPair {
  id: string;
  segment: string;
  a: BenchItem;
  b: BenchItem;
  /** B's ROUGE-L F1 minus A's. */
  deltaF1: number;
}

export interface RunComparison {
  /** Dialogues both runs answered without an error, in A's order. */
  pairs: ItemPair[];
  onlyA: number;
  onlyB: number;
  metrics: MetricDelta[];
  /** Why the figures may not be comparable, in words; empty when nothing stands out. */
  notes: string[];
}

const median = (values: number[]) => percentile(values.filter(Number.isFinite), 50);
const share = (items: BenchItem[], test: (i: BenchItem) => boolean) =>
  items.length ? items.filter(test).length / items.length : Number.NaN;

function figures(items: BenchItem[]) {
  const redFlag = items.filter((i) => i.triage.expected !== 'routine');
  return {
    f1Mean: mean(items.map((i) => i.rougeL.f1)),
    f1Median: median(items.map((i) => i.rougeL.f1)),
    agreement: share(items, (i) => i.triage.agree),
    redFlagAgreement: share(redFlag, (i) => i.triage.agree),
    ttft: median(items.map((i) => (i.stats?.timeToFirstTokenS ?? Number.NaN) * 1000)),
    prefill: median(items.map((i) => i.stats?.prefillTokensPerS ?? Number.NaN)),
    decode: median(items.map((i) => i.stats?.decodeTokensPerS ?? Number.NaN)),
  };
}

function settingNotes(a: BenchmarkRun, b: BenchmarkRun): string[] {
  const notes: string[] = [];
  const sa = a.settings;
  const sb = b.settings;
  if (sa.datasetVersion !== sb.datasetVersion) {
    notes.push(
      `The runs used different dataset versions (${sa.datasetVersion ?? 'unknown'} and ${sb.datasetVersion ?? 'unknown'}).`,
    );
  }
  if (sa.maxTokens !== sb.maxTokens) {
    notes.push(
      `Max tokens differ (${sa.maxTokens} and ${sb.maxTokens}): longer replies change ROUGE-L.`,
    );
  }
  if (sa.promptId !== sb.promptId) notes.push('The runs used different system prompts.');
  if (sa.retrieval !== sb.retrieval) {
    notes.push('Only one run put retrieved reference cases in the prompt.');
  }
  if (sa.temperature !== sb.temperature) {
    notes.push(`Temperatures differ (${sa.temperature} and ${sb.temperature}).`);
  }
  if (a.device !== b.device) {
    notes.push(
      `Timings were measured on different GPUs (${a.device ?? 'unknown'} and ${b.device ?? 'unknown'}): compare speeds with care.`,
    );
  }
  for (const [name, run] of [
    ['A', a],
    ['B', b],
  ] as const) {
    if (run.model.source === 'test') {
      notes.push(`Run ${name} used the test engine: its replies are canned, not from a model.`);
    }
    if (run.status !== 'complete') {
      notes.push(`Run ${name} was ${run.status} before the end.`);
    }
  }
  return notes;
}

export function compareRuns(a: BenchmarkRun, b: BenchmarkRun): RunComparison {
  const scoredB = new Map(b.items.filter((i) => !i.error).map((i) => [i.id, i]));
  const scoredA = a.items.filter((i) => !i.error);
  const pairs: ItemPair[] = [];
  for (const ia of scoredA) {
    const ib = scoredB.get(ia.id);
    if (ib)
      pairs.push({
        id: ia.id,
        segment: ia.segment,
        a: ia,
        b: ib,
        deltaF1: ib.rougeL.f1 - ia.rougeL.f1,
      });
  }
  const fa = figures(pairs.map((p) => p.a));
  const fb = figures(pairs.map((p) => p.b));
  const metric = (
    key: keyof typeof fa,
    label: string,
    unit: MetricDelta['unit'],
    higherIsBetter = true,
  ): MetricDelta => ({
    key,
    label,
    a: fa[key],
    b: fb[key],
    delta: fb[key] - fa[key],
    higherIsBetter,
    unit,
  });

  const notes = settingNotes(a, b);
  const onlyA = scoredA.length - pairs.length;
  const onlyB = scoredB.size - pairs.length;
  if (pairs.length === 0) {
    notes.unshift('The runs share no answered dialogue: there is nothing to compare.');
  } else if (onlyA > 0 || onlyB > 0) {
    notes.unshift(
      `Figures are over the ${pairs.length} dialogues both runs answered (${onlyA} only in A, ${onlyB} only in B).`,
    );
  }
  return {
    pairs,
    onlyA,
    onlyB,
    notes,
    metrics: [
      metric('f1Mean', 'ROUGE-L F1, mean', 'score'),
      metric('f1Median', 'ROUGE-L F1, median', 'score'),
      metric('agreement', 'Triage agreement', 'share'),
      metric('redFlagAgreement', 'Agreement on red-flag questions', 'share'),
      metric('ttft', 'Time to first token, median', 'ms', false),
      metric('prefill', 'Prefill, median', 'tok/s'),
      metric('decode', 'Decode, median', 'tok/s'),
    ],
  };
}
