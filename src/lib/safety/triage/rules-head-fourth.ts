// Rules, phase 25, stop 46 twelfth round: head, nerves, eyes and balance, a fifth author
// (lexicon-head-fourth.ts; fresh-triage-p28l, read once at 400b0d7). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const HEAD_FOURTH_RULES: readonly RuleSource[] = [
  // A red painful eye with halos round lights and a headache or sickness (acute angle-closure
  // glaucoma: A&E now, NHS).
  ['eye-emergency', '(eyes_red_lay | eye_pain_red) & halos_lay & (headache | vomiting | nausea)'],
  // A child walking as if drunk, new today (acute ataxia: seen today, NICE CKS).
  [
    'neuro-warning',
    '(child | child_word) & (gait_odd | acting_drunk | ataxia) & (fine_until_today | sudden | overnight) & !alcohol_drink',
  ],
  // A febrile fit again, brief and over (the GP or 111 today, NHS).
  [
    'seizure',
    '(febrile_fit | fever_word & (child | child_word)) & another_one_fit & (back_to_normal | resolved)',
  ],
];
