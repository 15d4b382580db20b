// Rules, phase 25 tenth round: rare, time-critical conditions in lay words (lexicon-time-
// critical.ts; fresh-triage-p25k, read once at 316fcd7). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const TIME_CRITICAL_RULES: readonly RuleSource[] = [
  // Redness or a dark patch spreading past a line drawn round it, with pain out of proportion
  // and shaking or sweats, or diabetes: necrotising fasciitis or sepsis (NICE NG51: 999).
  [
    'sepsis-signs',
    '(past_line | spread_fast_line) & (severe_pain_any | severe | pain_extreme_lay) & (shaky | sweaty | fever | confused | diabetic | rigors)',
  ],
  // A limb in a cast, or kicked or crushed, tense with pain beyond painkillers and tingling or
  // numb below it: compartment syndrome (BOAST: surgery within hours).
  [
    'serious-injury',
    '(cast_fresh | compartment_tense) & (pain_extreme_lay | severe_pain_any | worsening) & (distal_nerve_lay | digits_compromised | numb_any | numb_explained)',
  ],
  // Legs weak, fingers or feet tingling, unable to get up, breathing getting harder, in the
  // weeks after an infection: Guillain-Barré (999 when breathing is affected).
  [
    'very-unwell',
    '(legs_weak_both | weak_new | arm_leg_weak) & (bilateral_tingle | numb_any | distal_nerve_lay) & (cant_stand | cant_stand_move) & (breath_harder | breathless | breath_in_pain)',
  ],
  // Steroids for months or years run out, with dizziness, sickness or weakness: adrenal
  // insufficiency (Society for Endocrinology: emergency hydrocortisone, a doctor today).
  [
    'medicine-supply',
    '(steroid_years | steroid_long_term) & (run_out | missed_doses | missed_dose) & (dizzy | nausea | vomiting | washed_out | near_faint)',
  ],
  // A knock to the testicles that has swollen or bruised (NHS: same day).
  ['testicle-pain', 'testicle_knock & testicle_swollen_lay'],
];
