// Data for scope.ts: more ways a clinician or a test says that what was checked is harmless
// (phase 12, test/unit/safety/probes-p12-fa.json): a result said to be clean or unremarkable
// ("my cardiologist said my arteries are clean", "the MRI came back unremarkable", "they say
// my heart is perfect, was muscle from the gym"), and a
// named urinary infection, plain or "simple" ("she said it was a simple water infection"), and
// a harmless diagnosis made ("the hospital ... did every test and diagnosed reflux").
// Clears its sentence like CLEARED (scope-cues.ts). Not a qualifier alone: "a minor stroke",
// "a mild heart attack" name an emergency, so "simple", "minor", "mild" only count before a
// condition that is no emergency; and "keep it clean" is advice, not a result.
import { CLINICIAN } from './scope-cues';

/** Conditions a clinician can name that need no care today once treated. */
const MINOR =
  '(?:water infection|urine infection|bladder infection|urinary tract infection|uti|cystitis|chest infection|cold|virus|viral infection|ear infection|throat infection|tummy bug|sprain|strain|muscle strain|pulled muscle|migraine|tension headache)';

export const CLEARED_CLEAN = new RegExp(
  `\\b${CLINICIAN}\\b[^.!?]{0,80}?(?:\\bdiagnosed (?:(?:him|her|me|us|them|it) (?:with|as) )?(?:just |only |simple |mild )?(?:a |an )?(?:reflux|colic|constipation|a virus|viral infection|tummy bug|gastroenteritis|anxiety|a panic attack|panic attacks|costochondritis|a pulled muscle|muscle strain|migraine|vasovagal|a faint|breath-?holding(?: spells?)?)\\b|\\b(?:said|says|told (?:me|us|him|her)|say|showed|shows|came back|confirmed|found|diagnosed|thinks|reckons|was|were|is|are)\\b[^.!?]{0,40}?(?:\\b(?:is|are|was|were|came back|come back|looked|looks|showed|shows|all|completely|totally|perfectly) (?:all |completely |totally |perfectly )?(?:clean|unremarkable|perfect|muscular|muscle(?! weakness| wasting| damage| breakdown))\\b|\\b(?:it was|it's|it is|its|as|with|had) (?:just |only |probably |likely )?(?:a |an )?(?:(?:simple|minor|mild|uncomplicated|straightforward) ${MINOR}|(?:water infection|urine infection|bladder infection|urinary tract infection))\\b))`,
);

/** Cheap guard for CLEARED_CLEAN (with MAY_BE_CLEARED): the words one of its branches needs. */
export const MAY_BE_CLEAN = new RegExp(
  `\\b(?:clean|unremarkable|perfect|muscular|muscle|diagnosed|(?:water|urine|bladder|urinary tract) infection|(?:simple|minor|mild|uncomplicated|straightforward) ${MINOR})\\b`,
);
