// Dates that never throw. A JavaScript Date holds ±8.64e15 ms around 1970; a stored or
// imported time outside that (1e308, -1e20, NaN) makes `new Date(t)` an Invalid Date, and
// formatting one throws "RangeError: Invalid time value", which once took down the whole
// conversation list. Every time shown to a reader goes through here. Pure.

/** The largest |time| a Date can hold, in ms since 1970 (ECMAScript §21.4.1.1). */
export const MAX_TIME = 8.64e15;

export const UNKNOWN_DATE = 'unknown date';

/** A number that `new Date()` turns into a real date. */
export function isValidTime(time: unknown): time is number {
  return typeof time === 'number' && Number.isFinite(time) && Math.abs(time) <= MAX_TIME;
}

/** The date, or null when the time is not one. */
export function safeDate(time: unknown): Date | null {
  return isValidTime(time) ? new Date(time) : null;
}

/** Formats a time with `format`, or "unknown date". */
export function formatTime(time: unknown, format: Intl.DateTimeFormat): string {
  const date = safeDate(time);
  if (!date) return UNKNOWN_DATE;
  try {
    return format.format(date);
  } catch {
    // Some engines refuse years the Intl calendar cannot write (far-past dates).
    return UNKNOWN_DATE;
  }
}

/** `YYYY-MM-DD` (UTC; `+275760-09-13` for far years), or "unknown date". */
export function isoDay(time: unknown): string {
  const date = safeDate(time);
  return date ? date.toISOString().split('T')[0]! : UNKNOWN_DATE;
}

let dayFormat: Intl.DateTimeFormat | undefined;
let clockFormat: Intl.DateTimeFormat | undefined;

/**
 * When something happened, as a list shows it: the time of day for today, the date otherwise
 * ("14:05", "Nov 2, 2026"), or "unknown date".
 */
export function formatWhen(time: unknown, now: number = Date.now()): string {
  const date = safeDate(time);
  if (!date) return UNKNOWN_DATE;
  const today = safeDate(now)?.toDateString();
  if (date.toDateString() === today) {
    clockFormat ??= new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
    return formatTime(time, clockFormat);
  }
  dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return formatTime(time, dayFormat);
}
