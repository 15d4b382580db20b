// Data for scope.ts: an episode dated by an age long past, with words between that age and the
// age now. "My daughter had a seizure at age 3 with a fever and nothing since, she's 9 now":
// AGE_THEN_NOW (below, phase 10, helper fa) reads the two ages side by side ("at 2, he's 5 now"); here
// the age now must end with "now", so "at age 3 ... she's 9" alone dates nothing. What the
// sentence says before "she's 9 now" is past (phase 12, test/unit/safety/probes-p12-fa.json).

const AGE = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

export const AGE_THEN_NOW_APART = new RegExp(
  `\\b(?:at|aged|age) ${AGE}(?: (?:months?|years?|yrs?))?(?: old)?\\b[^.!?]{1,60}?,? (?:and |but )?(?:(?:he|she|they)(?:'s| is| are|'re)|i'm|i am) ${AGE}(?: (?:years?|yrs?))?(?: old)? now\\b`,
);

/**
 * The same with a stage of life for the age then: "in the NICU with sepsis as a newborn, he's
 * now 18 months and thriving" (phase 25, fresh-triage-p25a fs017). The age now says "now".
 */
export const STAGE_THEN_NOW = new RegExp(
  `\\b(?:as an?|when (?:he|she|they|i) (?:was|were) an?) (?:newborn|new-?born|tiny baby|baby|infant|toddler|premie|preemie|prem baby)\\b[^.!?]{0,60}?,? (?:and |but )?(?:(?:he|she|they)(?:'s| is| are|'re)|i'm|i am) (?:now ${AGE}(?: (?:months?|years?|yrs?|weeks?))?(?: old)?|${AGE}(?: (?:months?|years?|yrs?|weeks?))?(?: old)? now)\\b`,
);

/** Cheap guard for AGE_THEN_NOW_APART and STAGE_THEN_NOW. */
export const MAY_BE_AGE_APART = /\bnow\b/;

/**
 * An episode dated by the age it happened at, then the age now: "he had a febrile seizure at
 * 2, he's 5 now". What the sentence says before it is past (like TRAILING_PAST).
 */
export const AGE_THEN_NOW = new RegExp(
  `\\b(?:at|aged|age) ${AGE}(?: (?:months?|years?|yrs?|weeks?))?(?: old)?,? (?:and |but )?(?:(?:he|she|they)(?:'s| is| are|'re)|i'm|i am|now (?:he|she|they)(?:'s| is| are|'re)|now i'm) (?:now )?${AGE}(?: (?:months?|years?|yrs?))?(?: old)?(?: now)?\\b`,
);
