// Which lexicon patterns a message could match, from its words: every pattern needs a word
// start from each of a few groups (requiredStarts in pattern-starts.ts), and a message without
// them skips the pattern without running or compiling it. Word starts are numbered once, so
// that checking a message is array look-ups, not string sets. The few patterns left are then
// checked for their words whole (requiredWords): "chest" needs "chest", not any "che...".

import { PARTS, type LexiconPart } from './lexicon';
import { keyId, wordOf, type WordStarts } from './word-starts';

const isLong = (id: number) => wordOf(id).length > 3;

/** Each pattern's groups of needed starts, numbered (one of each group must be present). */
const REQUIRES: readonly (readonly number[])[][] = PARTS.map(({ part }) =>
  part.requires.map((group) => [...new Set(group)].map(keyId)),
);
/** Patterns by a start of a word they need (their first group); the rest are always tried. */
const BY_START: number[][] = [];
const ALWAYS: number[] = [];
REQUIRES.forEach((groups, i) => {
  const first = groups[0];
  if (!first) ALWAYS.push(i);
  else for (const id of first) (BY_START[id] ??= []).push(i);
});

// Marks numbered per call, so that they never need clearing: a start is in the message when
// its mark is this call's, and a pattern is worth checking when its mark is.
/**
 * Each pattern's other groups (its first put it in BY_START, so a marked pattern has one of
 * those), in one flat array: for pattern i, from REST_AT[i] to REST_AT[i + 1], each group as
 * its length and then its starts' numbers.
 */
const REST_AT = new Int32Array(PARTS.length + 1);
const REST = Int32Array.from(
  REQUIRES.flatMap((groups, i) => {
    const flat = groups.slice(1).flatMap((group) => [group.length, ...group]);
    REST_AT[i + 1] = REST_AT[i]! + flat.length;
    return flat;
  }),
);

const present = new Uint32Array(REQUIRES.flat(2).reduce((a, b) => Math.max(a, b + 1), 0));
const marks = new Uint32Array(PARTS.length);
let round = 0;

/**
 * The patterns a message could match, in lexicon order: those whose every needed word start is
 * among the message's word starts, and then whose every needed word is. The index by word
 * start keeps this to the few patterns a message's words point at, instead of checking all.
 */
export function candidateParts(words: WordStarts): LexiconPart[] {
  round++;
  for (const i of ALWAYS) marks[i] = round;
  for (const id of words.keys) {
    if (id >= present.length) continue;
    present[id] = round;
    const list = BY_START[id];
    if (list) for (const i of list) marks[i] = round;
  }
  const out: LexiconPart[] = [];
  for (let i = 0; i < PARTS.length; i++) {
    if (marks[i] !== round) continue;
    if (hasOtherGroups(i) && hasWords(i, words)) out.push(PARTS[i]!);
  }
  return out;
}

/**
 * Each pattern's groups of needed words whole (requiredWords), laid out as REST: only the
 * groups with a word longer than its start (a word of up to three letters is its start, and
 * the first check has found it already).
 */
const WORDS_AT = new Int32Array(PARTS.length + 1);
const WORDS = Int32Array.from(
  PARTS.flatMap(({ part }, i) => {
    const flat = part.needs
      .filter((group) => group.some(isLong))
      .flatMap((group) => [group.length, ...group]);
    WORDS_AT[i + 1] = WORDS_AT[i]! + flat.length;
    return flat;
  }),
);

/** Whether the message has a word of each of pattern i's groups of needed words. */
function hasWords(i: number, words: WordStarts): boolean {
  for (let at = WORDS_AT[i]!, end = WORDS_AT[i + 1]!; at < end;) {
    const stop = at + 1 + WORDS[at]!;
    let found = false;
    for (let k = at + 1; k < stop && !found; k++) found = words.has(WORDS[k]!);
    if (!found) return false;
    at = stop;
  }
  return true;
}

/** Whether the message has a start of each of pattern i's other groups. */
function hasOtherGroups(i: number): boolean {
  for (let at = REST_AT[i]!, end = REST_AT[i + 1]!; at < end;) {
    const stop = at + 1 + REST[at]!;
    let found = false;
    for (let k = at + 1; k < stop && !found; k++) found = present[REST[k]!] === round;
    if (!found) return false;
    at = stop;
  }
  return true;
}
