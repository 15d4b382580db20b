// Rules, phase 25 forty-fifth round: barriers to care (lexicon-barriers-second.ts;
// fresh-triage-p26x). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BARRIERS_SECOND_RULES: readonly RuleSource[] = [
  // Lower right pain that began round the middle, or is worse on a cough or a bump (NICE CKS:
  // appendicitis, same day).
  [
    'severe-abdominal-pain',
    '(pain_low_right | rlq_pain) & (pain_started_middle | worse_on_jolt) & !chronic_pattern',
  ],
  // Antiepileptics stopped (MHRA: never stop suddenly; a prescriber today).
  ['medicine-supply', 'epilepsy & stopped_own_meds'],
  // An antidepressant run out of, with dizziness or "zaps" (discontinuation: a supply today).
  ['medicine-supply', 'ssri_run_out_cue & (brain_zaps | dizzy)'],
  // A fish bone still felt hours later (A&E or urgent care today).
  ['ent-warning', 'bone_still_felt'],
];
