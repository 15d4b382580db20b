// Dialogue length and the histogram bins the Dataset view plots.
import type { Dialogue } from './normalize';

/** Characters said in a dialogue (all turns). */
export function dialogueChars(d: Pick<Dialogue, 'turns'>): number {
  return d.turns.reduce((sum, t) => sum + t.text.length, 0);
}

/** Lower edges of the length bins, in characters; the last bin is open-ended. */
export const LENGTH_BIN_EDGES: readonly number[] = [0, 100, 200, 500, 1000, 2000, 5000, 10000];

export function lengthBin(chars: number): number {
  let bin = 0;
  while (bin + 1 < LENGTH_BIN_EDGES.length && chars >= LENGTH_BIN_EDGES[bin + 1]!) bin += 1;
  return bin;
}

function short(n: number): string {
  return n >= 1000 ? `${n / 1000}k` : String(n);
}

/** "<100", "100–200", …, "10k+". */
export function lengthBinLabel(bin: number): string {
  const lo = LENGTH_BIN_EDGES[bin] ?? 0;
  const hi = LENGTH_BIN_EDGES[bin + 1];
  if (bin === 0 && hi !== undefined) return `<${short(hi)}`;
  return hi === undefined ? `${short(lo)}+` : `${short(lo)}–${short(hi)}`;
}

/** A short axis label: the bin's lower edge ("0", "100", "1k", …, "10k+"). */
export function lengthBinTick(bin: number): string {
  const lo = LENGTH_BIN_EDGES[bin] ?? 0;
  return bin === LENGTH_BIN_EDGES.length - 1 ? `${short(lo)}+` : short(lo);
}

export function emptyHistogram(): number[] {
  return LENGTH_BIN_EDGES.map(() => 0);
}
