// Rules, phase 25 sixth round: after surgery, hospital stays and serious long-term illness
// (lexicon-after-care.ts; fresh-triage-p25g, read once at fa76adb). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const AFTER_CARE_RULES: readonly RuleSource[] = [
  // Something showing through a burst wound; a stoma gone dark or black (999 / A&E now).
  ['abdominal-emergency', 'wound_eviscerated'],
  ['abdominal-emergency', 'stoma & stoma_dusky & !stoma_dusky_partial'],
  // A transplant or immune-suppressed person who cannot keep the tablets down and has
  // collapsed or is confused: rejection, sepsis or dehydration, hospital now.
  [
    'very-unwell',
    '(transplant_known | immunosuppressed) & vomit_meds & (collapse | fainted | confused | drowsy)',
  ],
  // A fistula or needle site still bleeding after pressure held (Kidney Care UK: 999).
  ['severe-bleeding', 'fistula_any & (bleed_despite_pressure | bleeding_any & blood_heavy_amount)'],
  // Cloudy peritoneal dialysis fluid named as PD; a surgical drain or a line site infected.
  ['infection-needs-check', 'pd_named & pd_cloudy'],
  ['infection-needs-check', 'drain_infected'],
  ['infection-needs-check', 'line_context & line_site_inflamed'],
  // A PICC or central line slipped further out (RCN: do not push it back; the team today).
  ['result-needs-check', 'line_context & line_moved'],
  // A temperature days after an operation (NHS: wound or chest infection, same day).
  ['fever-needs-check', '(post_op_days | surgery_recent) & fever'],
  // Clot-prevention injections or tablets after an operation not given (NICE NG89).
  ['medicine-supply', 'anticoag_not_given & (surgery_recent | post_op_days | clot_risk)'],
  // Oxygen below the usual, or more breathless than usual, on home oxygen or with COPD.
  ['oxygen-borderline', 'sats_below_usual'],
  ['breathing-difficulty', 'breathless_more'],
  // Heart failure with a weight gain, more swelling or more pillows (NICE NG106: the team today).
  ['heart-failure-signs', 'heart_failure & (hf_weight_gain | hf_more_swollen)'],
  // A stoma pouring out with thirst, dark urine or dizziness: dehydration (ASCN).
  [
    'dehydration',
    'stoma & stoma_high_output & (dark_urine | thirst_polyuria | dizzy | near_faint | little_urine)',
  ],
];
