// Data for scope.ts: an episode dated by an age long past, with words between that age and the
// age now. "My daughter had a seizure at age 3 with a fever and nothing since, she's 9 now":
// AGE_THEN_NOW (below, phase 10, helper fa) reads the two ages side by side ("at 2, he's 5 now"); here
// the age now must end with "now", so "at age 3 ... she's 9" alone dates nothing. What the
// sentence says before "she's 9 now" is past (phase 12, test/unit/safety/probes-p12-fa.json).

import { toNumber } from './normalize';

const AGE = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

export const AGE_THEN_NOW_APART = new RegExp(
  `\\b(?:at|aged|age) ${AGE}(?: (?:months?|years?|yrs?))?(?: old)?\\b[^.!?]{1,60}?,? (?:and |but )?(?:(?:he|she|they)(?:'s| is| are|'re)|hes|shes|i'm|im|i am) ${AGE}(?: (?:years?|yrs?))?(?: old)? now\\b`,
);

/**
 * The same with a stage of life for the age then: "in the NICU with sepsis as a newborn, he's
 * now 18 months and thriving" (phase 25, fresh-triage-p25a fs017). The age now says "now", before
 * it or after ("febrile seizures as a toddler, is she likely to have another one now she's 6?";
 * phase 25, fresh-triage-p25y's round).
 */
export const STAGE_THEN_NOW = new RegExp(
  `\\b(?:as an?|when (?:he|she|they|i) (?:was|were) an?) (?:newborn|new-?born|tiny baby|baby|infant|toddler|premie|preemie|prem baby)\\b[^.!?]{0,60}?,? (?:and |but )?(?:(?:(?:he|she|they)(?:'s| is| are|'re)|i'm|i am) (?:now ${AGE}(?: (?:months?|years?|yrs?|weeks?))?(?: old)?|${AGE}(?: (?:months?|years?|yrs?|weeks?))?(?: old)? now)|now (?:(?:he|she|they)(?:'s| is| are|'re)|i'm|i am) ${AGE}(?: (?:months?|years?|yrs?|weeks?))?(?: old)?)\\b`,
);

/** Cheap guard for AGE_THEN_NOW_APART and STAGE_THEN_NOW. */
export const MAY_BE_AGE_APART = /\bnow\b/;

/**
 * An episode dated by the age it happened at, then the age now: "he had a febrile seizure at
 * 2, he's 5 now". What the sentence says before it is past (like TRAILING_PAST).
 */
// "hes" and "shes" typed without the apostrophe read the same ("a febrile convulsion at 2, hes
// 4 now"; phase 25, stop 46, fresh-triage-p28l jd124).
export const AGE_THEN_NOW = new RegExp(
  `\\b(?:at|aged|age) ${AGE}(?: (?:months?|years?|yrs?|weeks?))?(?: old)?,? (?:and |but )?(?:(?:he|she|they)(?:'s| is| are|'re)|hes|shes|i'm|im|i am|now (?:he|she|they)(?:'s| is| are|'re)|now i'm) (?:now )?${AGE}(?: (?:months?|years?|yrs?))?(?: old)?(?: now)?\\b`,
);

/** A child's age now, said first: "my 4yo", "our 6 year old". */
const AGE_NOW_FIRST = new RegExp(
  `\\b(?:my|our|his|her|their) (${AGE}) ?(?:yo|y/o|year old|yr old|years old|yrs old|year-old)\\b`,
);

/** A younger age after it: "at 18 months", "aged 2", "when she was 3". A bare "at 3" is a time. */
const AGE_THEN_AFTER = new RegExp(
  `\\b(?:at (${AGE}) ?(months?|mos?|mths?|years?|yrs?|weeks?|wks?)(?: old)?|aged? (${AGE})(?: ?(months?|mos?|mths?|years?|yrs?|weeks?|wks?))?|when (?:he|she|they) (?:was|were) (?:only |just )?(${AGE})(?: ?(months?|mos?|mths?|years?|yrs?|weeks?|wks?))?)\\b`,
  'g',
);

/** Words after the age then that bring the sentence back to now. */
const BACK_TO_NOW =
  /\b(?:now|today|tonight|this (?:morning|afternoon|evening)|currently|at the moment|since (?:yesterday|last night))\b/;

/** Cheap guard for ageNowThenEnd. */
export const MAY_BE_AGE_NOW_FIRST = /(?:yo|y\/o|old)\b/;

function months(value: string, unit: string | undefined): number {
  const n = toNumber(value);
  if (!unit || /^(?:y|yr)/.test(unit)) return n * 12;
  if (/^(?:w|wk)/.test(unit)) return n / 4.3;
  return n;
}

/**
 * The age now said first, then an episode at a younger age: "My 4yo had a fit at 18 months with
 * a high temp and was in hospital overnight" (phase 25, fresh-triage-p25y gq010). Returns where
 * the past stretch ends in the sentence: its end, or the end of the age then when words after it
 * bring the sentence back to now ("... at 18 months and now has a temp"); -1 when none.
 */
export function ageNowThenEnd(sentence: string): number {
  const now = AGE_NOW_FIRST.exec(sentence);
  if (!now) return -1;
  const nowMonths = toNumber(now[1]) * 12;
  AGE_THEN_AFTER.lastIndex = now.index + now[0].length;
  for (let m = AGE_THEN_AFTER.exec(sentence); m; m = AGE_THEN_AFTER.exec(sentence)) {
    const value = m[1] ?? m[3] ?? m[5];
    const unit = m[2] ?? m[4] ?? m[6];
    if (value === undefined || months(value, unit) >= nowMonths) continue;
    const end = m.index + m[0].length;
    return BACK_TO_NOW.test(sentence.slice(end)) ? end : sentence.length;
  }
  return -1;
}
