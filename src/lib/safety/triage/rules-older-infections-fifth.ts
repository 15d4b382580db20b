// Rules, stop 47: older people and carers, and infections in adults
// (lexicon-older-infections-fifth.ts; fresh-triage-p29d and p29e, read once with the triage of
// 565cacc). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const OLDER_INFECTIONS_FIFTH_RULES: readonly RuleSource[] = [
  // A pulse counted under 45 with faintness or breathlessness (999).
  [
    'heart-rhythm-red-flags',
    'pulse_counted_slow & (near_faint | fainted | dizzy | breathless | went_white | skin_grey | collapse)',
  ],
  // Crepitus with a fever, a foot wound or a smell (gas gangrene: 999).
  [
    'skin-emergency',
    'crepitus_lay & (fever_word | high_fever_words | temp_bare_high | foot_wound | smells_bad | dizzy | skin_dusky)',
  ],
  // The same day, each firm against the net.
  [
    'urine-infection-warning',
    'catheter_said & (temp_bare_high | bare_temp_high | rigors | fever_word) & (pd_cloudy | smells_bad | foot_infection_signs | abdo_pain)',
    { firm: true },
  ],
  ['bleeding-needs-check', 'catheter_said & (bag_red | haematuria)', { firm: true }],
  [
    'medication-error',
    'wrong_persons_meds & (child_one_pill_drug | slip_risky_drug | narrow_drug)',
    { firm: true },
  ],
  [
    'medicine-supply',
    'steroid_any & (run_out | sedative_stopped) & (washed_out | dizzy | nausea | vomiting | weak_new)',
    { firm: true },
  ],
  [
    'skin-infection',
    'red_line_lay & (insect_bite | animal_bite | wound_word | small_wound)',
    { firm: true },
  ],
  [
    'skin-infection',
    'prosthetic_joint & wound_word & (red_hot_swollen | infection_marked | pd_cloudy | infection_words)',
    { firm: true },
  ],
  [
    'infection-needs-check',
    '(copd | immunosuppressed | older) & flu_said & (temp_bare_high | bare_temp_high | fever_word | fever_lay)',
    { firm: true },
  ],
  [
    'infection-needs-check',
    'valve_replaced & (fever_word | fever_lay | night_sweats)',
    { firm: true },
  ],
];
