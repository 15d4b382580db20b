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
  const sets: string[][] = [];
  let atWordStart = true;
  let i = 0;
  const skipQuantifier = () => {
    if (src[i] === '?' || src[i] === '*' || src[i] === '+') i++;
    else if (src[i] === '{' && /^\{\d*,?\d*\}/.test(src.slice(i))) i = src.indexOf('}', i) + 1;
  };
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
      const optional = /^(?:\?|\{0,|\*)/.test(src.slice(end + 1));
      if (atWordStart && !optional && src[i + 1] !== '?') {
        const lits = firstLiterals(src.slice(i, end + 1));
        if (lits) sets.push([...new Set(lits)]);
      }
      // "(very )?pale": when every alternative ends with a space, what follows starts a word
      // (and, the group left out, it does when the group did).
      const spaced = alternatives(src.slice(i + 1, end)).every(
        (alt) => alt.endsWith(' ') && !alt.endsWith('\\ '),
      );
      i = end + 1;
      skipQuantifier();
      atWordStart = spaced && (atWordStart || !optional);
    } else if (/[a-z0-9']/.test(ch)) {
      let lit = '';
      while (/[a-z0-9']/.test(src[i] ?? '')) lit += src[i++];
      // The last letter may be optional: "a?phasia", "so{0,3}".
      if (src[i] === '?' || src.startsWith('{0,', i)) lit = lit.slice(0, -1);
      if (atWordStart && lit.length > 0) sets.push(lit === 'not' ? NOT_FORMS : [lit]);
      skipQuantifier();
      atWordStart = false;
    } else if (src.startsWith('\\b', i)) {
      // A word boundary takes no letters: what follows still starts a word.
      i += 2;
    } else if (ch === '\\') {
      i += 2;
      skipQuantifier();
      atWordStart = false;
    } else if (ch === '[') {
      i = src.indexOf(']', i) + 1 || src.length;
      skipQuantifier();
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
