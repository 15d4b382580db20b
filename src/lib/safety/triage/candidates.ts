// Which lexicon patterns a message could match, from its words: every pattern needs a word
// from each of a few groups (requiredWords in pattern-starts.ts), and a message without them
// skips the pattern without running or compiling it. Each pattern is listed under the words
// of one of its groups, the one least likely to be in a message (long words rather than "i"
// or "my"), so that a message only looks at the patterns its rarer words point at, and
// checks their other groups; the words are numbered (wordId), so all of it is array look-ups.

import { PARTS, type LexiconPart } from './lexicon';
import { commonness } from './pattern-starts';
import { wordOf, type WordStarts } from './word-starts';

/** Each pattern's groups of needed words, numbered (one of each group must be present). */
const NEEDS: readonly (readonly number[])[][] = PARTS.map(({ part }) =>
  part.needs.map((group) => [...new Set(group)]),
);

/** How often a group's words may be expected in a message, roughly (commonness). */
const commonnessOf = (group: readonly number[]) => commonness(group.map(wordOf));

/** Patterns by a word of the group they are listed under; those that need none, always. */
const BY_WORD: number[][] = [];
const ALWAYS: number[] = [];
/** Which of its groups each pattern is listed under. */
const LISTED = NEEDS.map((groups, i) => {
  if (groups.length === 0) {
    ALWAYS.push(i);
    return -1;
  }
  let best = 0;
  for (let g = 1; g < groups.length; g++) {
    if (commonnessOf(groups[g]!) < commonnessOf(groups[best]!)) best = g;
  }
  for (const id of groups[best]!) (BY_WORD[id] ??= []).push(i);
  return best;
});

/**
 * Each pattern's other groups, in one flat array: for pattern i, from REST_AT[i] to
 * REST_AT[i + 1], each group as its length and then its words' numbers.
 */
const REST_AT = new Int32Array(PARTS.length + 1);
const REST = Int32Array.from(
  NEEDS.flatMap((groups, i) => {
    const flat = groups
      .filter((_, g) => g !== LISTED[i])
      .flatMap((group) => [group.length, ...group]);
    REST_AT[i + 1] = REST_AT[i]! + flat.length;
    return flat;
  }),
);

// Marks numbered per call, so that they never need clearing: a pattern is already listed for
// this message when its mark is this call's.
const marks = new Uint32Array(PARTS.length);
const found = new Int32Array(PARTS.length);
let round = 0;

/**
 * The patterns a message could match, in lexicon order: those with a word of every group they
 * need among the message's words.
 */
export function candidateParts(words: WordStarts): LexiconPart[] {
  round++;
  let n = 0;
  for (const i of ALWAYS) {
    marks[i] = round;
    found[n++] = i;
  }
  for (const id of words.present) {
    const list = BY_WORD[id];
    if (!list) continue;
    for (const i of list) {
      if (marks[i] === round) continue;
      marks[i] = round;
      found[n++] = i;
    }
  }
  const out: LexiconPart[] = [];
  for (const i of found.subarray(0, n).sort()) if (hasOtherGroups(i, words)) out.push(PARTS[i]!);
  return out;
}

/** Whether the message has a word of each of pattern i's other groups. */
function hasOtherGroups(i: number, words: WordStarts): boolean {
  for (let at = REST_AT[i]!, end = REST_AT[i + 1]!; at < end;) {
    const stop = at + 1 + REST[at]!;
    let has = false;
    for (let k = at + 1; k < stop && !has; k++) has = words.has(REST[k]!);
    if (!has) return false;
    at = stop;
  }
  return true;
}
