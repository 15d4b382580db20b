// Which words a pattern's matches must start with (pattern.ts's language), so that triage
// can skip, without running or compiling it, every pattern whose words a message lacks.

import { closing, expand } from './pattern';

/**
 * The words that "not" stands for (pattern.ts's NOT_WORDS), whole: a match of "not" begins
 * with one of them, so it is only tried where one starts, and a pattern that needs a negation
 * is skipped for a message without one, however many "was", "has" or "are" it has.
 */
const NOT_FORMS = [
  'not',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "haven't",
  "hasn't",
  "hadn't",
  "can't",
  "couldn't",
  "wouldn't",
  "won't",
  "shouldn't",
  "ain't",
  "mustn't",
  "needn't",
];

/** Splits a group's content at its top-level bars. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/**
 * Words one of which every match of a pattern must start with, or null when that cannot be
 * told. Triage skips a concept whose words are all absent from a message, which keeps it
 * well under a millisecond per message with several hundred concepts.
 */
function firstLiterals(src: string): string[] | null {
  const s = src.trimStart();
  if (s.startsWith('(?<')) {
    const end = closing(s, 0);
    return end < 0 ? null : firstLiterals(s.slice(end + 1));
  }
  if (s.startsWith('(') && !s.startsWith('(?')) {
    const end = closing(s, 0);
    if (end < 0) return null;
    const out: string[] = [];
    for (const alt of alternatives(s.slice(1, end))) {
      const lits = firstLiterals(alt);
      if (!lits) return null;
      out.push(...lits);
    }
    // An optional group: a match may also start with what follows it.
    const optional = /^(?:\?|\{0,\d*\})/.exec(s.slice(end + 1));
    if (optional) {
      const rest = firstLiterals(s.slice(end + 1 + optional[0].length));
      if (!rest) return null;
      out.push(...rest);
    } else if (s[end + 1] === '*' || s[end + 1] === '{') {
      return null;
    }
    return out;
  }
  // "\\baf\\b": a word boundary takes no letters.
  if (s.startsWith('\\b')) return firstLiterals(s.slice(2));
  // "\\d+ weeks", "[1-4] tablets": one of the digits or letters, unless it may be left out.
  const chars = /^(?:\\d|\[((?:[a-z0-9](?:-[a-z0-9])?)+)\])(?![?*]|\{0,)/.exec(s);
  if (chars) return classChars(chars[1] ?? '0-9');
  const m = /^[a-z0-9']+/.exec(s);
  if (!m) return null;
  let lit = m[0];
  if (s[lit.length] === '?') lit = lit.slice(0, -1);
  // "so{0,3}": which letters start a match is not worth working out.
  if (s[lit.length] === '{') return null;
  // "not" also stands for "isn't", "doesn't"... (notForm).
  if (lit === 'not') return NOT_FORMS;
  // A word of one letter ("a", "i") starts too many words to be worth trying only there; a
  // digit starts few.
  return lit.length >= 2 || /^\d$/.test(lit) ? [lit] : null;
}

/** The characters of a bracket class's content such as "0-9" or "sz" (no negation). */
function classChars(content: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < content.length; i++) {
    const from = content.charCodeAt(i);
    if (content[i + 1] === '-' && i + 2 < content.length) {
      for (let c = from; c <= content.charCodeAt(i + 2); c++) out.push(String.fromCharCode(c));
      i += 2;
    } else out.push(content[i]!);
  }
  return out;
}

/**
 * For one pattern, groups of words of which a match has one of each group, whole, at the
 * start of one of its words: "({pain}|agony) ~~4 (ovary|pelvis)" needs a pain word AND an
 * ovary word ("swell" for "swell*"; "not" and the n't words for a negation). Checking these
 * against a message's words skips most patterns without running (or compiling) them. A group
 * is only listed when it is sure; an empty list checks nothing.
 */
export function requiredWords(pattern: string): string[][] {
  const whole = expand(pattern.trim().toLowerCase());
  // "giant cell|temporal arteritis": bars at the top level make the whole pattern one group.
  const src = alternatives(whole).length > 1 ? `(${whole})` : whole;
  return readRequired(src, true);
}

/**
 * How often a group's words may be expected at a word start of a message, roughly: a short
 * word starts many words ("a" starts "and", "arm", "ache"), a long one few. Only ever used to
 * choose among groups that are all needed, never to decide whether a group is.
 */
export function commonness(group: readonly string[]): number {
  let sum = 0;
  for (const word of group) sum += 2 ** Math.max(0, 6 - word.length);
  return sum;
}

/**
 * The rarest word one alternative of a group needs (as a group: "not" is its n't words), read
 * quickly: only its plain words, outside its own groups, that begin a word of the match; null
 * when it has none. (readRequired reads more, but at module load, reading every alternative
 * of every group with it cost more than it saved.)
 */
function rarestWord(src: string, startsWord: boolean): readonly string[] | null {
  let best: readonly string[] | null = null;
  let least = Infinity;
  let atWordStart = startsWord;
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32) {
      atWordStart = true;
      i++;
    } else if (c === 126) {
      // "~", "~~4": a gap ends in a word start.
      while (src[i] === '~' || isDigit(src.charCodeAt(i))) i++;
      atWordStart = true;
    } else if (c === 40) {
      const end = closing(src, i);
      if (end < 0) return best;
      // A lookaround takes no letters; any other group is passed over.
      const lookaround =
        src[i + 1] === '?' && (src[i + 2] === '<' || src[i + 2] === '=' || src[i + 2] === '!');
      i = end + 1;
      if (!lookaround) {
        i = afterQuantifier(src, i);
        atWordStart = false;
      }
    } else if (isWordChar(c)) {
      const start = i;
      while (isWordChar(src.charCodeAt(i))) i++;
      // A word whose last letter may be left out is not read here.
      if (atWordStart && src[i] !== '?' && src[i] !== '{') {
        const word = src.slice(start, i);
        const words = word === 'not' ? NOT_FORMS : [word];
        const c = commonness(words);
        if (c < least) [best, least] = [words, c];
      }
      i = afterQuantifier(src, i);
      atWordStart = false;
    } else if (c === 92) {
      // "\\b" takes no letters; any other escape is a character.
      const boundary = src[i + 1] === 'b';
      i = boundary ? i + 2 : afterQuantifier(src, i + 2);
      if (!boundary) atWordStart = false;
    } else if (c === 91) {
      i = afterQuantifier(src, src.indexOf(']', i) + 1 || src.length);
      atWordStart = false;
    } else {
      i++;
      atWordStart = false;
    }
  }
  return best;
}

/** Past a quantifier at `i` ("?", "*", "+", "{0,3}"), if there is one. */
function afterQuantifier(src: string, i: number): number {
  const c = src[i];
  if (c === '?' || c === '*' || c === '+') return i + 1;
  if (c === '{' && /^\{\d*,?\d*\}/.test(src.slice(i, i + 12))) return src.indexOf('}', i) + 1;
  return i;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A group of more alternatives than this (a word class such as {drug}) is not read
 * alternative by alternative, nor is a group of their words kept when it has more: checking
 * it would cost about as much as it saves.
 */
const MAX_ALTERNATIVES = 16;

/** Whether a character code is one of [a-z0-9'], the letters of a word in a pattern. */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;

/** At most this many spellings of one word with optional letters ("h?a?emoptysis": 4). */
const MAX_SPELLINGS = 8;

/**
 * The word written at `i`, with every spelling its optional letters allow ("ha?ematuria":
 * "haematuria", "hematuria"), each as far as it is sure (up to "so" in "so{0,3}", up to "swell"
 * in "swell*"); `end` is where the word's letters stop.
 */
function spellingsAt(src: string, i: number): { spellings: string[]; end: number } {
  // Most words have no optional letter: the word as written.
  let end = i;
  while (isWordChar(src.charCodeAt(end))) end++;
  if (src[end] !== '?' && src[end] !== '{') {
    return { spellings: [src.slice(i, end)], end };
  }
  let spellings = [''];
  let open = true;
  while (isWordChar(src.charCodeAt(i))) {
    const ch = src[i++]!;
    if (!open) {
      if (src[i] === '?') i++;
      continue;
    }
    if (src[i] === '?') {
      i++;
      if (spellings.length * 2 > MAX_SPELLINGS) open = false;
      else spellings = [...spellings.map((w) => w + ch), ...spellings];
    } else if (src.startsWith('{0,', i)) {
      // "so{0,3}": the letter may be left out, and what follows may be more of it.
      break;
    } else {
      spellings = spellings.map((w) => w + ch);
    }
  }
  return { spellings: [...new Set(spellings)], end: i };
}

/** requiredWords of a piece of pattern that begins a word of the match when `startsWord`. */
function readRequired(src: string, startsWord: boolean): string[][] {
  const sets: string[][] = [];
  let atWordStart = startsWord;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === ' ') {
      atWordStart = true;
      i++;
    } else if (ch === '~') {
      while (src[i] === '~' || /\d/.test(src[i] ?? '')) i++;
      atWordStart = true;
    } else if (ch === '(') {
      const end = closing(src, i);
      if (end < 0) return sets;
      // A lookaround takes no letters: what follows starts a word when it did before.
      if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
        i = end + 1;
        continue;
      }
      const optional = /^(?:\?|\{0,|\*)/.test(src.slice(end + 1, end + 4));
      const alts = alternatives(src.slice(i + 1, end));
      if (!optional && src[i + 1] !== '?') {
        const lits = atWordStart ? firstLiterals(src.slice(i, end + 1)) : null;
        if (lits) sets.push([...new Set(lits)]);
        // Each alternative needs its own words; a match has those of one of them, so one
        // group of each alternative's rarest words together is needed: "(not sleeping|up all
        // night)" needs "sleeping" or "night", which says more than "not" or "up". Only worth
        // reading when the first words are short (long ones are rare enough).
        if (
          atWordStart &&
          alts.length <= MAX_ALTERNATIVES &&
          (!lits || lits.some((w) => w.length <= 3))
        ) {
          const each = alts.map((alt) => rarestWord(alt, atWordStart));
          if (each.every((words) => words !== null)) {
            // Only when it says more than the first words do.
            const group = [...new Set(each.flat())];
            if (
              group.length <= MAX_ALTERNATIVES &&
              (!lits || commonness(group) < commonness(lits))
            ) {
              sets.push(group);
            }
          }
        }
      }
      // "(very )?pale": when every alternative ends with a space, what follows starts a word
      // (and, the group left out, it does when the group did).
      const spaced = alts.every((alt) => alt.endsWith(' ') && !alt.endsWith('\\ '));
      i = end + 1;
      i = afterQuantifier(src, i);
      atWordStart = spaced && (atWordStart || !optional);
    } else if (isWordChar(src.charCodeAt(i))) {
      const { spellings, end } = spellingsAt(src, i);
      i = end;
      if (atWordStart && !spellings.includes('')) {
        sets.push(spellings.length === 1 && spellings[0] === 'not' ? NOT_FORMS : spellings);
      }
      i = afterQuantifier(src, i);
      atWordStart = false;
    } else if (src.startsWith('\\b', i)) {
      // A word boundary takes no letters: what follows still starts a word.
      i += 2;
    } else if (ch === '\\') {
      i += 2;
      i = afterQuantifier(src, i);
      atWordStart = false;
    } else if (ch === '[') {
      i = src.indexOf(']', i) + 1 || src.length;
      i = afterQuantifier(src, i);
      atWordStart = false;
    } else {
      i++;
      atWordStart = false;
    }
  }
  return sets;
}

/**
 * The words every match of a pattern begins with, as written ("chest", "swell", "isn" for the
 * n't words), or null when that cannot be told: a match at some place needs one of them there.
 * findings.ts then tries the pattern only where a word with such first letters starts (and
 * the whole word fits), instead of scanning the whole message with it.
 */
export function matchPrefixes(pattern: string): string[] | null {
  const whole = expand(pattern.trim().toLowerCase());
  const src = alternatives(whole).length > 1 ? `(${whole})` : whole;
  const lits = firstLiterals(src);
  return lits ? [...new Set(lits)] : null;
}
