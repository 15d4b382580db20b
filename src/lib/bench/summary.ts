// The figures of a benchmark run, computed from its items: ROUGE-L, timings and triage
// agreement. Items with an error have no reply and are left out of every figure. Pure.
import { agrees } from './advice';
import { describeValues, mean, summarize, type RunSummary, type Stats } from './metrics';
import type { BenchItem } from './types';
import type { TriageLevel } from '../safety/triage';

export interface LevelCount {
  /** Scored items whose question triage put at this level. */
  n: number;
  agreed: number;
}

export interface AgreementSummary {
  /** Scored items whose reply's advice was at least as urgent as the question's triage. */
  agreed: number;
  total: number;
  /** agreed / total; NaN when nothing was scored. */
  rate: number;
  /** Replies whose advice level equals the question's level exactly. */
  exact: number;
  exactRate: number;
  byLevel: Record<TriageLevel, LevelCount>;
  /** The same rule applied to the dataset's doctor replies, as a baseline. */
  reference: { agreed: number; rate: number };
}

export interface BenchSummary {
  items: number;
  /** Items with a reply. */
  scored: number;
  errors: number;
  /** Replies that hit the max-tokens limit. */
  truncated: number;
  rougeL: { f1: Stats; meanPrecision: number; meanRecall: number };
  /** Time to first token (ms), prefill and decode speed, end-to-end latency (ms). */
  timing: RunSummary;
  completionTokens: Stats;
  agreement: AgreementSummary;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : Number.NaN);

export function summarizeItems(items: readonly BenchItem[]): BenchSummary {
  const scored = items.filter((i) => !i.error);
  const withStats = scored.flatMap((i) => (i.stats ? [i.stats] : []));
  const byLevel: Record<TriageLevel, LevelCount> = {
    emergency: { n: 0, agreed: 0 },
    urgent: { n: 0, agreed: 0 },
    routine: { n: 0, agreed: 0 },
  };
  let agreed = 0;
  let exact = 0;
  let referenceAgreed = 0;
  for (const item of scored) {
    const level = byLevel[item.triage.expected];
    level.n += 1;
    if (item.triage.agree) {
      level.agreed += 1;
      agreed += 1;
    }
    if (item.triage.got === item.triage.expected) exact += 1;
    if (agrees(item.triage.expected, item.referenceAdvice)) referenceAgreed += 1;
  }
  return {
    items: items.length,
    scored: scored.length,
    errors: items.length - scored.length,
    truncated: scored.filter((i) => i.finishReason === 'length').length,
    rougeL: {
      f1: describeValues(scored.map((i) => i.rougeL.f1)),
      meanPrecision: mean(scored.map((i) => i.rougeL.precision)),
      meanRecall: mean(scored.map((i) => i.rougeL.recall)),
    },
    timing: summarize(
      withStats.map((s) => ({
        timeToFirstTokenS: s.timeToFirstTokenS,
        prefillTokensPerS: s.prefillTokensPerS,
        decodeTokensPerS: s.decodeTokensPerS,
        e2eLatencyS: s.totalS,
      })),
    ),
    completionTokens: describeValues(withStats.map((s) => s.completionTokens)),
    agreement: {
      agreed,
      total: scored.length,
      rate: rate(agreed, scored.length),
      exact,
      exactRate: rate(exact, scored.length),
      byLevel,
      reference: { agreed: referenceAgreed, rate: rate(referenceAgreed, scored.length) },
    },
  };
}
