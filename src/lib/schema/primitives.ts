// The building blocks every schema is made of. Each check carries the phrase that completes
// "message 2 …" in a reason (issues.ts builds the sentence), so that a refused or quarantined
// record says what is wrong in words a person understands.
import * as v from 'valibot';
import { formatNumber as count } from '../format';
import { isValidTime } from '../text/dates';

/** A time `new Date()` can hold: a finite number of ms with |t| ≤ 8.64e15. */
export function time(what: string) {
  return v.pipe(
    v.number(`has an invalid ${what}`),
    v.check<number, string>((t) => isValidTime(t), `has an invalid ${what}`),
  );
}

/** A string of at most `max` characters. */
export function text(what: string, max: number) {
  return v.pipe(
    v.string(`has ${what} that is not text`),
    v.maxLength(max, `has ${what} longer than ${count(max)} characters`),
  );
}

/** A non-empty string of at most `max` characters, used as an identifier. */
export function id(what: string, max: number) {
  return v.pipe(
    v.string(`has ${what} that is not text`),
    v.minLength(1, `has ${what} that is empty`),
    v.maxLength(max, `has ${what} longer than ${count(max)} characters`),
  );
}

/** A whole number from 0 to `max`. */
export function count0(what: string, max: number) {
  return v.pipe(
    v.number(`has an invalid ${what}`),
    v.integer(`has an invalid ${what}`),
    v.minValue(0, `has an invalid ${what}`),
    v.maxValue(max, `has an invalid ${what}`),
  );
}

export function flag(what: string) {
  return v.boolean(`has an invalid ${what} (not true or false)`);
}

/** A list of at most `max` items; `noun` names one item in the reason ("message"). */
export function list<T extends v.GenericSchema>(item: T, noun: string, max: number) {
  return v.pipe(
    v.array(item, `has ${noun}s that are not a list`),
    v.maxLength(max, `has more than ${count(max)} ${noun}s`),
  );
}

/**
 * A list whose items have unique `id`s: views key their lists by id, and two equal keys break a
 * Svelte {#each}. The reason names both positions (1-based, as a person counts).
 */
export function uniqueList<T extends v.GenericSchema<unknown, { id: unknown }>>(
  item: T,
  noun: string,
  max: number,
) {
  return v.pipe(
    list(item, noun, max),
    v.rawCheck<v.InferOutput<T>[]>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Map<unknown, number>();
      for (const [i, entry] of dataset.value.entries()) {
        const first = seen.get(entry.id);
        if (first !== undefined) {
          addIssue({
            message: `has two ${noun}s with the same id (${noun}s ${first + 1} and ${i + 1})`,
          });
          return;
        }
        seen.set(entry.id, i);
      }
    }),
  );
}

/**
 * Compile-time proof that a schema's output is exactly a hand-written type: `true` only when
 * both are identical, so adding a field to one and not the other fails `svelte-check`.
 */
export type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Unique strings within a list (quality flags are keyed by their name where shown). */
export function uniqueStrings<T extends string = string>(noun: string) {
  return v.check<T[], string>(
    (items) => new Set(items).size === items.length,
    `has the same ${noun} twice`,
  );
}
