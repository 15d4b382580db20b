// Which lexicon patterns a message could match, from the first letters of its words: every
// pattern needs a word start from each of a few groups (requiredStarts in pattern-starts.ts),
// and a message without them skips the pattern without running or compiling it. Word starts
// are numbered once, so that checking a message is array look-ups, not string sets.

import { PARTS, type LexiconPart } from './lexicon';

/** Every word start some pattern needs, numbered. */
const START_ID = new Map<string, number>();
function idOf(start: string): number {
  let id = START_ID.get(start);
  if (id === undefined) {
    id = START_ID.size;
    START_ID.set(start, id);
  }
  return id;
}

/** Each pattern's groups of needed starts, numbered (one of each group must be present). */
const REQUIRES: readonly (readonly number[])[][] = PARTS.map(({ part }) =>
  part.requires.map((group) => [...new Set(group)].map(idOf)),
);
/** Patterns by a start of a word they need (their first group); the rest are always tried. */
const BY_START: number[][] = Array.from({ length: START_ID.size }, () => []);
const ALWAYS: number[] = [];
REQUIRES.forEach((groups, i) => {
  const first = groups[0];
  if (!first) ALWAYS.push(i);
  else for (const id of first) BY_START[id]!.push(i);
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

const present = new Uint32Array(START_ID.size);
const marks = new Uint32Array(PARTS.length);
let round = 0;

/**
 * The patterns a message could match, in lexicon order: those whose every needed word start is
 * among the message's `starts` (the keys of wordPositions). The index by word start keeps this
 * to the few patterns a message's words point at, instead of checking all of them.
 */
export function candidateParts(starts: Iterable<string>): LexiconPart[] {
  round++;
  for (const i of ALWAYS) marks[i] = round;
  for (const s of starts) {
    const id = START_ID.get(s);
    if (id === undefined) continue;
    present[id] = round;
    for (const i of BY_START[id]!) marks[i] = round;
  }
  const out: LexiconPart[] = [];
  for (let i = 0; i < PARTS.length; i++) {
    if (marks[i] !== round) continue;
    if (hasOtherGroups(i)) out.push(PARTS[i]!);
  }
  return out;
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
