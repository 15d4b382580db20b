// Human-readable figures for sizes, durations, counts and rates.

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** Decimal units (1 MB = 1,000,000 bytes), as browsers and storage estimates report them. */
export function formatBytes(bytes: number, digits = 1): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(digits)} ${UNITS[unit]}`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  if (minutes < 60) return `${minutes} min ${rest} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// One formatter for every call: constructing an Intl.NumberFormat costs more than formatting
// (the Dataset view formats a number per progress message and per row of its panels).
let numberFormat: Intl.NumberFormat | undefined;

/**
 * A number as en-US writes it: "8,697". Whole numbers, nearly every call, are grouped here
 * without Intl: its first use loads locale data, tens of milliseconds of the page's first
 * render on a phone.
 */
export function formatNumber(value: number): string {
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
    return value < 0 ? `-${digits}` : digits;
  }
  return (numberFormat ??= new Intl.NumberFormat('en-US')).format(value);
}

/**
 * A speed such as tokens per second, for people: whole numbers from 10 ("43 tok/s"), one
 * decimal below ("3.1 tok/s"), and two significant digits under 1 ("0.70 tok/s", "0.082
 * tok/s"), since a software renderer really runs at a tenth of a token a second and "0.1"
 * would hide it. "—" when not measured. Chat, the Models view and the Benchmark all write
 * speeds this way.
 */
export function formatRate(value: number | null | undefined, unit = 'tok/s'): string {
  if (value == null || !Number.isFinite(value) || value < 0) return '—';
  if (value === 0) return `0 ${unit}`;
  if (value < 0.001) return `< 0.001 ${unit}`;
  if (value < 1) return `${value.toPrecision(2)} ${unit}`;
  if (value < 10) return `${value.toFixed(1)} ${unit}`;
  return `${Math.round(value)} ${unit}`;
}
