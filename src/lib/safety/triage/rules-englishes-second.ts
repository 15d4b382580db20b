// Rules, phase 25 fiftieth round: English as written around the world, a second author on
// p25j's theme (fresh-triage-p27d.json, committed unread after 4cb0c07, read after the
// forty-ninth round: 2 of 40 emergencies missed, both through words: Scots negation and a
// question followed by the arm's weakness). Sources: UKHSA (fever within a year of a malaria
// area, above all without prophylaxis: a same-day malaria test), NICE NG28 (thirst, passing urine
// often and weight loss: a same-day glucose check). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const ENGLISHES_SECOND_RULES: readonly RuleSource[] = [
  // Suddenly not understanding what anyone says, with an arm weak (a stroke: 999).
  ['stroke-signs', 'understanding_lost & (arm_leg_weak | limb_weak | face_droop | sudden)'],
  // A fever after travel without malaria tablets (UKHSA: a malaria test today).
  ['fever-needs-check', 'malaria_no_prophylaxis & (fever | fever_word | fever_lay)'],
  // Thirst and passing urine often with a lot of weight lost (new diabetes: today).
  ['high-blood-sugar', 'thirst_polyuria & weight_lost_lots'],
];
