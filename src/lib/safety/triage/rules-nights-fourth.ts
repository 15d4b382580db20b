// Rules, phase 25, stop 46 fifteenth round: nights out, drink and drugs, a fourth author
// (lexicon-nights-fourth.ts; fresh-triage-p28o, read once at 9de3e4f). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const NIGHTS_FOURTH_RULES: readonly RuleSource[] = [
  // Tingling and an unsteady walk after nitrous oxide (B12 nerve damage: seen today).
  [
    'neuro-warning',
    'nos_used & (tingle_lay | distal_nerve_lay | arms_numb | numb_any) & (ataxia | gait_odd | fall | legs_weak_both | limb_weak)',
  ],
  // A human bite that broke the skin (antibiotics and blood-borne virus risk today).
  ['wound-or-burn', 'human_bite & skin_broken & !healed'],
  // A needle used by someone else (PEP within 72 hours).
  ['exposure-treatment', 'needle_shared'],
  // Sunburn that blistered, with a temperature, shivers or sickness (111 today).
  [
    'wound-or-burn',
    '(heat_exposure | heat_more | sunburn | sunburn_said) & (blister | skin_blistered) & (temp_bare_high | fever | rigors | vomiting | nausea | high_fever_words)',
  ],
  // One ear deaf for hours after a club (sudden hearing loss: within 24 hours).
  ['sudden-hearing-loss', 'ear_deaf_lay & hours_counted & !chronic_pattern'],
  // A fingertip that will not bend after a cut (a tendon: seen today).
  ['wound-or-burn', 'fingertip_wont_bend & (wound_word | wound_lay_deep | skin_broken)'],
];
