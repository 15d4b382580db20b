// Words and figures the Models view shows for engine data. Pure, so that the components stay
// thin and the wording is tested once.
import { formatBytes, formatDuration } from '../format';
import type { CacheStatus } from './cache';
import type { LoadProgress } from './progress';

export type CacheLabelStatus = CacheStatus | 'broken' | undefined;

export function cacheLabel(status: CacheLabelStatus): string {
  switch (status) {
    case 'cached':
      return 'Downloaded';
    case 'partial':
      return 'Partly downloaded: not usable until the download finishes';
    case 'broken':
      return 'Downloaded, but the last load failed on these files: download again';
    case 'absent':
      return 'Not downloaded';
    case 'unknown':
      return 'Could not check';
    default:
      return 'Checking…';
  }
}

/** 361821120 → "362 M", 1543714304 → "1.54 B". */
export function formatParameters(count: number | null): string {
  if (count === null || !Number.isFinite(count)) return 'unknown';
  if (count >= 1e9) return `${(count / 1e9).toFixed(2)} B`;
  return `${Math.round(count / 1e6)} M`;
}

/** The figures line under a progress bar: "45% · 120 MB of 270 MB · 5.2 MB/s · about 30 s left". */
export function progressDetails(p: LoadProgress): string {
  const parts = [`${Math.floor(p.fraction * 100)}%`];
  if (p.loadedBytes !== null && p.totalBytes !== null) {
    parts.push(`${formatBytes(p.loadedBytes)} of ${formatBytes(p.totalBytes)}`);
  } else if (p.loadedBytes !== null && p.loadedBytes > 0) {
    parts.push(formatBytes(p.loadedBytes));
  }
  if (p.bytesPerSecond !== null) parts.push(`${formatBytes(p.bytesPerSecond)}/s`);
  if (p.secondsLeft !== null) parts.push(`about ${formatDuration(p.secondsLeft)} left`);
  return parts.join(' · ');
}
