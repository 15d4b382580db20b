// Equal-width bins for the benchmark's small charts. Pure.

export interface Bin {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge, except for the last bin, which also holds values above it. */
  to: number;
  count: number;
}

/**
 * Counts `values` in `bins` equal bins from `min` to `max`. Values below `min` fall in the
 * first bin and values at or above `max` in the last; non-finite values are left out.
 */
export function histogram(
  values: readonly number[],
  options: { min: number; max: number; bins: number },
): Bin[] {
  const { min, max } = options;
  const n = Math.max(1, Math.floor(options.bins));
  const width = (max - min) / n;
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({
    from: min + i * width,
    to: min + (i + 1) * width,
    count: 0,
  }));
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const i = Math.min(n - 1, Math.max(0, Math.floor((v - min) / width)));
    bins[i]!.count += 1;
  }
  return bins;
}
