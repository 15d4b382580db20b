// Where a negation's list ends: at a comma that opens a new clause. "no fever or rash" and
// "denies chest pain, shortness of breath or sweating" negate every item, but in "no appetite,
// been sick 3 times" the comma opens a clause with its own verb, so the vomiting is had.
// A comma item (after the first, which the cue governs) opens a clause when it
// - starts with a verb phrase: "been sick", "threw up", "can't breathe", "took 30 tablets",
//   "sometimes think about being dead" (phase 25, fresh-triage-p25h fz089: after "not
//   sleeping," it was read as denied);
// - starts with a subject and its verb: "he's", "throat feels tight", "calf has gone red";
// - starts with a phrasal verb in -ing ("throwing up blood") in no "or"/"nor" list;
// - tells an event by its count: "3 doses today", "vomited twice", "x4";
// - tells a change by a comparison: "bit more muddled than normal", "worse today".

/** A verb phrase or a subject and verb that opens a comma item. */
const OPENS_CLAUSE = new RegExp(
  '^\\s*(?:and\\s+|so\\s+)?(?:' +
    [
      // a verb phrase with no subject (texting: "been sick", "can't breathe")
      "been|being|was|were|has|had|keeps?|kept|started|starting|began|begun|gone|went|got|getting|gets|can't|cannot|can not|couldn't|could not|won't|wont|cant|couldnt|did|does|threw|thrown|vomited|puked|fainted|collapsed|passed out|blacked out|took|taken|swallowed|fell|ended up|woke|suddenly|feel|feels|feeling|felt|found out|find out|turns out|turned out|realised|realized|heard|learned|learnt|noticed|just found|now found|sometimes|often|always|occasionally|constantly|think|thinking|thought|wish|wishing|want|wanting",
      // a subject and its verb
      "he's|she's|they're|we're|i'd|i'll|you|there's|there is|there are|there was|that's|it's|it is|it was",
      // a reading or a number: "not breastfeeding, 38, temp 38.2" (phase 25)
      '(?:temp|temperature|bp|blood pressure|pulse|heart rate|hr|sats|o2|oxygen|sugar|glucose|bm)\\s*(?:is\\s+|was\\s+|of\\s+)?\\d|\\d',
      // a change told as a comparison: "no fall, bit more muddled than normal" (phase 25)
      '(?:(?:a\\s+)?(?:bit|little|lot|tad|much|slightly|far|way|even)\\s+)?(?:more|worse|less)',
      // ... with an adverb before the verb: "no injury at all, right testicle just started hurting"
      // (phase 25, fresh-triage-p26r hj130).
      "(?:(?:my|his|her|their|our|the|a|an)\\s+)?[a-z]+(?:\\s+[a-z]+)?(?:\\s+(?:just|suddenly|now|also|really|then|only|has|had))?\\s+(?:is|are|was|were|has|have|had|feels?|felt|looks?|looked|seems?|seemed|keeps?|kept|went|goes|turned|became|started|stopped|broke|burst|came|dropped|swelled|hurts?|aches?|won't|can't|'s\\s+(?:been|gone|got|going|getting|started))",
    ].join('|') +
    ')\\b',
);

/** A phrasal verb in -ing at the start of an item ("throwing up blood", "passing out"). */
// Phase 25 (fresh-triage-p25a fs108): or one said with how much or how fast ("hasn't slept,
// talking really fast", "not eating, drinking loads"): that is told, not denied.
const OPENS_WITH_ING =
  /^\s*(?:and\s+)?[a-z]+ing\s+(?:up|out|really|very|so|non[- ]?stop|fast|loads|lots|a lot|constantly|all the time)\b/;

/** An "or"/"nor" list around an -ing item: "no fever, passing out or chest pain". */
const LIST_GOES_ON = /\b(?:or|nor)\b/;

/** An event told by its count: "3 doses today", "sick twice", "x4", "5x". */
const COUNTED =
  /\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple of)\s*(?:times|doses|tablets|pills|lots)|twice|x\s?\d+|\d+\s?x)\b/;

/**
 * Whether a comma item between a negation cue and a word (`between`, the cleaned text from
 * the cue's end to the word) or the word's own item (`item`: from the word to the next comma
 * or the clause end) opens a new clause; `rest` is the clause after the word's item.
 */
export function listBrokenByClause(between: string, item: string, rest: string): boolean {
  const parts = between.split(',');
  if (parts.length < 2) return false;
  // The word's own comma item: the part of `between` after its last comma, then the word on.
  parts[parts.length - 1] += item;
  return parts
    .slice(1)
    .some(
      (p, i) =>
        OPENS_CLAUSE.test(p) ||
        COUNTED.test(p) ||
        (OPENS_WITH_ING.test(p) && !LIST_GOES_ON.test(i === parts.length - 2 ? p + rest : p)),
    );
}
