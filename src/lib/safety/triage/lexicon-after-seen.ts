// Lexicon, phase 25 fifty-fourth round: after being seen (fresh-triage-p27h.json, committed
// unread at 9fd35f1, read once at 6d67ccc: 2 of 40 emergencies missed): a really swollen hard
// tummy with pain at the shoulder tip on the day of a colonoscopy that took polyps, a catheter
// that has drained nothing for hours, a young baby's sick "shooting across the room" after every
// feed. Sources: BSG and NHS "colonoscopy" (severe pain, a swollen hard tummy or a fever after
// a colonoscopy may be a tear in the bowel: A&E), NICE CKS "urinary catheters" (no urine
// draining for hours with a full, sore lower tummy is a blocked catheter: a nurse today), NHS
// "pyloric stenosis" (projectile sick after feeds, hungry straight after, in a baby of 2 to 8
// weeks: a GP today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const BELLY = '(tummy|belly|stomach|abdomen|abdo)';

export const AFTER_SEEN_SIGNS: Concepts = {
  // The adjectives before the belly: "a really swollen hard tummy", "hard bloated belly".
  belly_hard_before: [
    `(swollen|bloated|distended) (and )?(hard|rigid|tight|firm|rock hard) ${BELLY}`,
    `(hard|rigid|tight|firm|rock hard) (and )?(swollen|bloated|distended) ${BELLY}`,
    `(rock hard|rigid|board hard|hard as a rock) ${BELLY}`,
  ],
  // Nothing drained for hours, told without the word catheter beside it.
  drained_nothing: [
    "(not|hasn't|has not|hasnt|nothing has|nothing's|nothing) (drained|draining|come out|coming out|gone into the bag|in the bag) ~3 (for|in|since) (over )?(\\d+|a few|several|two|three|four|five|six|eight) (hours|hrs)",
    '(bag|catheter bag|leg bag|night bag) (is |has been |has stayed |still |stayed )?(bone )?(empty|dry)',
  ],
  // Sick that shoots: "shooting across the room after every feed", "flies out", "fired across".
  projectile_lay: [
    '(shoots|shooting|shot|flies|flying|flew|fires|firing|fired|launches|launching) (right |straight )?(across|out across|over|out over|halfway across) (the |my |his |her )?(room|floor|bed|sofa|kitchen|cot|carpet)',
    '(sick|vomit|milk) ~3 (shoots|shooting|shot|flies|flying|flew|fired|firing) (out|across)',
  ],
  // Hungry again at once after being sick.
  hungry_after_sick: [
    '(starving|ravenous|hungry|screaming for (more|a feed|milk)|wants (another|more) feed|rooting) (again )?(straight|right|immediately|just) ?(after|afterwards|away)',
  ],
};

/** Contexts: only a negation cancels them ("discharged with a catheter" is no clinician's all-clear). */
export const AFTER_SEEN_CONTEXT: Concepts = {
  // A catheter named anywhere in the message.
  catheter_said: [
    '(urinary |suprapubic |foley |indwelling )?catheters?(?! (ablation|angiogram|lab|test))',
  ],
};
