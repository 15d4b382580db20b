// Rules, phase 25 fifty-fourth round: after being seen (lexicon-after-seen.ts;
// fresh-triage-p27h, read once at 6d67ccc). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const AFTER_SEEN_RULES: readonly RuleSource[] = [
  // Days after a colonoscopy or a polyp taken off: belly pain or swelling with a hard tummy, pain
  // at the shoulder tip, a fever or sickness (a perforation: A&E). Wind alone is expected.
  [
    'abdominal-emergency',
    'polypectomy_recent & (abdo_pain | distension | belly_hard_before | rigid_abdomen | belly_hard_lay) & (shoulder_tip | shoulder_tip_lay | belly_hard_before | rigid_abdomen | belly_hard_lay | fever | vomiting | severe_pain_any)',
  ],
  // A catheter that has drained nothing for hours, or with a full, sore lower tummy (blocked: a
  // nurse or 111 today).
  [
    'passing-urine-difficulty',
    'catheter_said & (drained_nothing | catheter_blocked | bladder_full_sore)',
  ],
  // A young baby whose sick shoots across the room after feeds, or who is hungry straight after
  // being sick with weight going down (pyloric stenosis: seen today).
  [
    'baby-needs-check',
    '(baby | baby_word | infant_u3m | months_age_lay | newborn) & (projectile_lay | vomit_persistent & hungry_after_sick)',
  ],
];
