// Text cleanup and unit conversion: the text the lexicon reads, and the few conversions that
// let a rule say "38 °C" once whatever unit the person used.
//
// normalize() lowercases, straightens quotes, spells out contractions written without
// apostrophes ("cant" → "can't"), texting shorthand ("n" → "and", "yday" → "yesterday"), fixes
// known misspellings ("chset", "siezure") and restores a long symptom word from a one-letter
// slip ("unconsciuos"). It never rewrites a real word ("breeding", "overdone").

import FUZZY_BUILT from './fuzzy-words.json';
import { CONTRACTIONS, FUZZY_STOPLIST, FUZZY_WORDS, G_DROPPED, SHORTHAND, TYPOS } from './spelling';

/**
 * The words a one-letter slip may be corrected to: spelling.ts's hand list first, then every
 * long word the lexicon spells out (fuzzy-words.json, `npx tsx scripts/build-fuzzy-words.ts`;
 * stop 49: with a quarter of the long words of 5,886 emergency messages slipped, 396 stopped
 * reading as emergencies, 117 as routine). Since stop 50, words of five letters too (slipping a
 * quarter of the four- and five-letter words of 6,207 emergency messages: 461 → 372 lost). Never
 * a real word of the Debian word lists one slip from one of them (the built stoplist) or of the
 * hand stoplist.
 */
const FUZZY_TARGETS: readonly string[] = [
  ...FUZZY_WORDS,
  ...FUZZY_BUILT.targets.filter((w) => !FUZZY_WORDS.includes(w)),
];
const FUZZY_SET = new Set(FUZZY_TARGETS);
const FUZZY_KEEP = new Set([...FUZZY_STOPLIST, ...FUZZY_BUILT.stoplist]);
/** The targets by first letter, in order. */
const FUZZY_BY_FIRST = new Map<string, string[]>();
for (const w of FUZZY_TARGETS) {
  const list = FUZZY_BY_FIRST.get(w[0]!);
  if (list) list.push(w);
  else FUZZY_BY_FIRST.set(w[0]!, [w]);
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped: max + 1
 * once it is known to be over max. Also used by scripts/build-fuzzy-words.ts.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Corrections already worked out, word by word: most long words of a message are common words
 * other messages had, each compared with every symptom word of its first letter. Emptied when
 * full, so it stays small.
 */
const CORRECTED = new Map<string, string>();
const CORRECTED_MAX = 20_000;

function fuzzyCorrect(word: string): string {
  if (word.length < 5 || FUZZY_SET.has(word) || FUZZY_KEEP.has(word)) return word;
  // A target with an s added ("bellys", "fevers"): the lexicon reads it as it is.
  if (word.endsWith('s') && FUZZY_SET.has(word.slice(0, -1))) return word;
  let out = CORRECTED.get(word);
  if (out === undefined) {
    out = word;
    for (const target of FUZZY_BY_FIRST.get(word[0]!) ?? []) {
      // Not the word with an s added ("slushie" is not "slushies"; a target with an s added
      // returned above), which the lexicon reads, or does not, as it is.
      if (target === `${word}s`) continue;
      if (editDistance(word, target, 1) <= 1) {
        out = target;
        break;
      }
    }
    if (CORRECTED.size >= CORRECTED_MAX) CORRECTED.clear();
    CORRECTED.set(word, out);
  }
  return out;
}

const wordsRe = (words: readonly string[]) =>
  new RegExp(`(?<![\\w'])(?:${words.map((w) => w.replace(/'/g, "'")).join('|')})(?![\\w'])`, 'g');
const TYPO_RE = wordsRe(Object.keys(TYPOS));
const SHORTHAND_RE = wordsRe(Object.keys(SHORTHAND));
const G_DROPPED_RE = wordsRe(G_DROPPED.map((stem) => `${stem}in`));

/** The text the lexicon reads: lowercase, straight quotes, fixed spellings, single spaces. */
export function normalize(text: string): string {
  let t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    // A single quote opening a quotation ("a cousin 'plays doctors' with her"): a double one,
    // so the word after it starts a word for the lexicon (phase 25, fresh-triage-p25d).
    .replace(/(^|[\s([])'(?=[a-z0-9])/g, '$1"')
    // Punctuation dictated to voice-to-text and typed out as words ("he thought they were
    // sweets full stop no pain at all"; phase 25, fresh-triage-p25f fx096): the sentence ends
    // there, so what follows is not read into what came before. Not "came to a full stop".
    .replace(/\s+comma\b/g, ',')
    .replace(/(?<!\ba)\s+full ?stop\b/g, '.')
    .replace(/\s+question mark\b/g, '?')
    .replace(/\s+exclamation (?:mark|point)\b/g, '!')
    .replace(/\s+new (?:line|paragraph)\b/g, '.');
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  // "sooo baaad" → "soo baad": at most two of a letter in a row.
  t = t.replace(/([a-z])\1{2,}/g, '$1$1');
  // Texting drops the g: "bleedin", "pumpin", "throwin up" (only for words that need it).
  t = t.replace(G_DROPPED_RE, (w) => `${w}g`);
  t = t.replace(SHORTHAND_RE, (w) => SHORTHAND[w] ?? w);
  t = t.replace(TYPO_RE, (w) => TYPOS[w] ?? w);
  // Scots "she'll no wake up": will not (phase 25, fresh-triage-p25j gb043).
  t = t.replace(/\b(she|he|they|it|you|i|we)'ll no (?=[a-z])/g, "$1'll not ");
  t = t.replace(/\b(soar|sour)\s+throat\b/g, 'sore throat');
  t = t.replace(/[a-z]{5,}/g, fuzzyCorrect);
  return t.replace(/[ \t]+/g, ' ').trim();
}

// --- units -----------------------------------------------------------------------------------

/**
 * A temperature in °C. Explicit units win; a bare number of 90 or more is read as °F (no one
 * has a body temperature of 90 °C), anything else as °C.
 */
export function toCelsius(value: number, unit: string): number {
  const u = unit.replace(/[\s°.]/g, '');
  const fahrenheit = /^(?:f|fahrenheit|degf|degreesf)$/.test(u) || (!/c/.test(u) && value >= 90);
  return fahrenheit ? (value - 32) / 1.8 : value;
}

/** mg/dL per mmol/L of glucose. */
export const GLUCOSE_MG_PER_MMOL = 18;

/**
 * A blood glucose in mmol/L. mg/dL is converted; a bare number over 35 is read as mg/dL (a
 * glucose of 35 mmol/L is extreme, one of 35 mg/dL a severe low), anything else as mmol/L.
 */
export function glucoseToMmol(value: number, unit: string): number {
  const u = unit.replace(/\s+/g, '');
  if (/^mg/.test(u)) return value / GLUCOSE_MG_PER_MMOL;
  if (/^mmol/.test(u)) return value;
  return value > 35 ? value / GLUCOSE_MG_PER_MMOL : value;
}

const DAYS_PER: Readonly<Record<string, number>> = { d: 1, w: 7, m: 30.4, y: 365.25 };

/** An age or a time span in days, from a number and a unit word ("weeks", "mo", "yrs"...). */
export function toDays(value: number, unit: string): number {
  const u = unit.trim();
  if (/^(?:h|hr)/.test(u)) return value / 24;
  if (/^min/.test(u)) return value / 1440;
  if (/^mo/.test(u)) return value * DAYS_PER.m!;
  return value * (DAYS_PER[u[0] ?? 'd'] ?? 1);
}

/** A time span in minutes, from a number and a unit word. */
export function toMinutes(value: number, unit: string): number {
  const u = unit.trim();
  if (/^s/.test(u)) return value / 60;
  if (/^min/.test(u) || u === 'm') return value;
  if (/^h/.test(u)) return value * 60;
  return toDays(value, u) * 1440;
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  few: 3,
  several: 4,
  couple: 2,
  half: 0.5,
};

/** Regex source for a number written in digits or words ("3", "3.5", "three", "a couple"). */
export const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${Object.keys(WORD_NUMBERS).join('|')})`;

/** The value of a NUMBER match; NaN when it is not one. */
export function toNumber(s: string | undefined): number {
  if (s === undefined) return Number.NaN;
  return WORD_NUMBERS[s] ?? Number.parseFloat(s.replace(',', '.'));
}
