// Text → stemmed tokens: the first step of retrieval's analysis (analyze.ts), shared by the
// questions, the dataset and the lexicon's phrases so that all three read words the same way.
// Lower case, accents and apostrophes dropped ("don't" → "dont", "dad's" → "dad"), English
// stemming (Porter, the `stemmer` package), and numbers kept only with a unit ("500 mg" →
// "500mg", "102 F" → "102f"): a bare number ("for 3 days", "5'3") says nothing about a
// problem, and a unit-less one would match every other "3"; but a lab value or a reading
// out of range is read as its words (labs.ts: "hemoglobin 9" → "low hemoglobin"). Pure.
import { stemmer } from 'stemmer';
import { readLabValues } from './labs';
import { UNITS } from './stopwords';

export interface Token {
  /** The stem, or a number with its unit ("38.5c"), or BOUNDARY. */
  term: string;
  /** The word as written, lower-cased (for spelling correction). */
  word: string;
  /** True for a number with a unit, which is never stemmed or corrected. */
  measure: boolean;
}

/** Where a clause ends (a comma, a full stop, a line break…): phrases and negations stop. */
export const BOUNDARY = '|';

// A word (letters and digits, apostrophes inside), a number (with a decimal point), a
// percent or degree sign, or punctuation that ends a clause.
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,]\d+)?|[%°]|[,.;:!?()\n]+/gu;
const NUMBER = /^\d+(?:[.,]\d+)?$/;
// A blood pressure reading ("145/95", "90 / 60").
const READING = /\b(\d{2,3})\s?\/\s?(\d{2,3})\b/g;
// A lab result's unit ("ng/mL", "g/dL", "mmol/L", "x10^9/L"): the value is read by labs.ts or
// not at all, and "ng", "ml" and "dl" as words would match every post that gives a lab value.
const LAB_UNIT =
  /(?:\bx?10\^?\d+\s?)?\b(?:ng|pg|mg|mcg|ug|µg|g|mmol|umol|µmol|nmol|pmol|miu|iu|u|meq|k|cells)\s?\/\s?(?:ml|dl|l|ul|µl|mm3|hpf)\b/g;

/** A reading in words, as the lexicon knows them: high and low readings are named so. */
function readingWords(systolic: number, diastolic: number): string {
  if (
    systolic < 70 ||
    systolic > 260 ||
    diastolic < 35 ||
    diastolic > 160 ||
    diastolic >= systolic
  ) {
    return ' ';
  }
  if (systolic >= 140 || diastolic >= 90) return ' high bp ';
  if (systolic < 90 || diastolic < 60) return ' low bp ';
  return ' bp ';
}
const NUMBER_THEN_LETTERS = /^(\d+(?:[.,]\d+)?)([a-z°%]+)$/;

// Accents off, lower case, and a letter typed three times or more once ("sooo", "coughhh"):
// English words never repeat a letter three times.
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(\p{L})\1{2,}/gu, '$1');

/** A temperature only in the range people report a temperature in ("24F" is an age and sex). */
function unitFor(value: number, unit: string): string | null {
  const u = UNITS[unit];
  if (!u) return null;
  if (u === 'f') return value >= 94 && value <= 110 ? 'f' : null;
  if (u === 'c') return value >= 34 && value <= 43 ? 'c' : null;
  if (u === 'deg')
    return value >= 94 && value <= 110 ? 'f' : value >= 34 && value <= 43 ? 'c' : null;
  // Body weight and height match nothing medical: "150lb" in two posts is no likeness.
  if (u === 'kg' || u === 'lb') return null;
  return u;
}

const measure = (value: string, unit: string): Token => ({
  term: `${value.replace(',', '.').replace(/\.0+$/, '')}${unit}`,
  word: `${value}${unit}`,
  measure: true,
});

const PULSE = new Set(['pulse', 'rate', 'hr', 'heartrate', 'rhr', 'bpm']);

/**
 * A heart rate ("resting heart rate of 110", "pulse 45", "120 bpm") as the word for it when it
 * is fast or slow; a rate in the normal range says nothing.
 */
function pulseWord(
  value: number,
  before: readonly string[],
  next: string | undefined,
): string | null {
  if (!(next === 'bpm' || before.some((w) => PULSE.has(w)))) return null;
  if (value >= 100 && value <= 250) return 'tachycardia';
  if (value >= 25 && value <= 50) return 'bradycardia';
  return null;
}

const YEARS = new Set(['year', 'years', 'yr', 'yrs', 'yo', 'y']);

/**
 * An age ("my 2 year old", "7yo", "5 yrs old") as the word the lexicon knows: a child under
 * 18, "elderly" from 70. Other ages say nothing here.
 */
function ageWord(
  word: string,
  next: string | undefined,
  after: string | undefined,
): { word: string; skip: number } | null {
  const glued = /^(\d{1,3})(yo|yrs|yr)$/.exec(word);
  let years: number;
  let skip: number;
  if (glued) {
    years = Number(glued[1]);
    skip = after === 'old' ? 1 : 0;
  } else if (/^\d{1,3}$/.test(word) && next !== undefined && YEARS.has(next)) {
    years = Number(word);
    skip = after === 'old' || after === 'o' ? 2 : 1;
  } else {
    return null;
  }
  if (years < 18) return { word: 'child', skip };
  if (years >= 70 && years < 120) return { word: 'elderly', skip };
  return null;
}

// Stemming is most of the analysis's cost, and a pool of a thousand posts repeats its words.
const stems = new Map<string, string>();

/** The word's stem: Porter, after dropping a possessive and inner apostrophes. */
export function stem(word: string): string {
  let out = stems.get(word);
  if (out === undefined) {
    const bare = word.replace(/['’]s$/, '').replace(/['’]/g, '');
    out = /^[a-z]+$/.test(bare) ? stemmer(bare) : bare;
    if (stems.size > 100_000) stems.clear();
    stems.set(word, out);
  }
  return out;
}

/** Every token of `text`, in order. */
export function tokenize(text: string): Token[] {
  const raw =
    readLabValues(fold(text))
      .replace(LAB_UNIT, ' ')
      .replace(READING, (_, s: string, d: string) => readingWords(Number(s), Number(d)))
      .match(TOKEN) ?? [];
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const word = raw[i]!;
    if (/^[,.;:!?()\n]+$/.test(word)) {
      if (out.at(-1)?.term !== BOUNDARY) out.push({ term: BOUNDARY, word, measure: false });
      continue;
    }
    if (NUMBER.test(word) || NUMBER_THEN_LETTERS.test(word)) {
      const age = ageWord(word, raw[i + 1], raw[i + 2]);
      if (age) {
        out.push({ term: stem(age.word), word: age.word, measure: false });
        i += age.skip;
        continue;
      }
    }
    if (NUMBER.test(word)) {
      const rate = pulseWord(Number(word), raw.slice(Math.max(0, i - 4), i), raw[i + 1]);
      if (rate) {
        out.push({ term: stem(rate), word: rate, measure: false });
        if (raw[i + 1] === 'bpm') i += 1;
        continue;
      }
      const next = raw[i + 1];
      const unit = next === undefined ? null : unitFor(Number(word.replace(',', '.')), next);
      if (unit) {
        out.push(measure(word, unit));
        i += 1;
      }
      continue;
    }
    const glued = NUMBER_THEN_LETTERS.exec(word);
    if (glued) {
      const unit = unitFor(Number(glued[1]!.replace(',', '.')), glued[2]!);
      if (unit) out.push(measure(glued[1]!, unit));
      continue;
    }
    if (word === '%' || word === '°') continue;
    out.push({ term: stem(word), word, measure: false });
  }
  return out;
}
