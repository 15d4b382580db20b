// Rules, phase 25 thirty-fourth round: the chest, heart, lungs and breathing
// (lexicon-chest-second.ts; fresh-triage-p26m). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const CHEST_SECOND_RULES: readonly RuleSource[] = [
  // More than one ICD shock (999).
  ['heart-rhythm-red-flags', 'icd_fired_lay'],
  // Sudden breathlessness with pain on breathing in, in pregnancy or after a birth (RCOG: a PE
  // until shown otherwise, 999).
  [
    'possible-clot-lung',
    '(pregnant | postpartum | postpartum_said) & (breathless | breathless_severe) & (sudden | onset_last_hour) & (breath_in_pain | pleuritic | chest_pain)',
  ],
  // A peak flow at 75% of best or less in asthma (BTS/SIGN: a moderate attack, same day).
  ['breathing-difficulty', 'peak_flow_low_lay & (asthma | wheeze | breathless | steroid_any)'],
  // A clinician who says go to a hospital unit today.
  ['result-needs-check', 'go_in_today'],
  // A low blood pressure with dizziness on standing, with diarrhoea or vomiting on blood pressure
  // or water tablets (sick day rules: a doctor today).
  [
    'dehydration',
    'bp_low & (dizzy | near_faint) & (diarrhoea | vomiting | stomach_bug_lay) & sick_day_drug',
  ],
];
