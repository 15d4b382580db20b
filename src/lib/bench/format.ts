// How benchmark figures are written in the view. A missing figure (NaN) is an em dash.
// Speeds are written as everywhere else in the app (formatRate in ../format).
import { formatRate } from '../format';

const missing = (v: number) => !Number.isFinite(v);

/** A ROUGE-L score, 0 to 1, with three decimals: 0.123. */
export function formatScore(value: number): string {
  return missing(value) ? '—' : value.toFixed(3);
}

/** A share as a whole percentage: 0.5 → "50%". */
export function formatShare(value: number): string {
  return missing(value) ? '—' : `${Math.round(value * 100)}%`;
}

/** Milliseconds: "85 ms", "1.24 s". */
export function formatMs(ms: number): string {
  if (missing(ms)) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

type Unit = 'share' | 'ms' | 'tok/s' | 'score';

/** The smallest difference each unit shows; anything smaller is written and judged as zero. */
const RESOLUTION: Record<Unit, number> = { share: 0.005, ms: 0.5, 'tok/s': 0.05, score: 0.0005 };

/** Whether a difference is too small to show (it rounds to zero). */
export function negligible(value: number, unit: Unit): boolean {
  return Math.abs(value) < RESOLUTION[unit];
}

/** A difference with its sign, in the figure's own unit; "±" when it rounds to zero. */
export function formatDelta(value: number, unit: Unit): string {
  if (missing(value)) return '—';
  const sign = negligible(value, unit) ? '±' : value > 0 ? '+' : '−';
  const abs = negligible(value, unit) ? 0 : Math.abs(value);
  switch (unit) {
    case 'share':
      return `${sign}${Math.round(abs * 100)} pts`;
    case 'ms':
      return `${sign}${formatMs(abs)}`;
    case 'tok/s':
      return `${sign}${formatRate(abs)}`;
    default:
      return `${sign}${abs.toFixed(3)}`;
  }
}

export function formatFigure(value: number, unit: Unit): string {
  switch (unit) {
    case 'share':
      return formatShare(value);
    case 'ms':
      return formatMs(value);
    case 'tok/s':
      return formatRate(value);
    default:
      return formatScore(value);
  }
}

export const LEVEL_LABELS = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  routine: 'Routine',
} as const;
