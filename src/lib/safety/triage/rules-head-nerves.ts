// Rules, phase 25 seventeenth round: the head, nerves and balance (lexicon-head-nerves.ts;
// fresh-triage-p25r, read once at 6a10339). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const HEAD_NERVES_RULES: readonly RuleSource[] = [
  // Weakness or tingling climbing from the feet, in both legs or with tingling fingers
  // (Guillain-Barré: NICE CKS, an emergency admission).
  [
    'spinal-cord-warning',
    'ascending_lay & (legs_weak_both | arm_leg_weak | weak_new) & (bilateral_tingle | arms_numb | distal_nerve_lay | numb_any)',
  ],
  // Landed on the neck, then tingling, shocks, numbness or weakness in the arms or legs (NICE
  // CG176: a possible spinal cord injury; keep still, 999).
  [
    'spinal-cord-warning',
    'neck_trauma_lay & (tingle_lay | bilateral_tingle | arms_numb | numb_any | limb_weak | legs_weak_both | gait_odd)',
  ],
  // A headache after 20 weeks that paracetamol has not shifted (NICE NG133: the maternity unit
  // today for a blood pressure and a urine test).
  ['pregnancy-warning', 'preg_20w & headache & painkiller_fails'],
  // A foot that drops or slaps, new (NICE CKS sciatica: a doctor today).
  ['neuro-warning', 'foot_drop_lay & !slow_years'],
  // A migraine with aura on the combined pill, newly started or taken now (UKMEC 4: stop it,
  // advice today); not a question of whether someone with known aura may take it.
  [
    'medicine-side-effect',
    '(aura_lay | aura_lay_more) & combined_pill_lay & (new_medicine | pill_taking) & !progestogen_only',
  ],
  // A fit in the sleep, seen by someone else, now passed (NICE NG217: a first seizure is seen
  // urgently; a usual one in someone's care plan is not).
  ['seizure', 'fit_in_sleep & !usual_seizure & !epilepsy & !seizures_known'],
];
