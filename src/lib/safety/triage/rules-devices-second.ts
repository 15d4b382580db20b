// Rules, phase 25 forty-seventh round: what a device, an app or a home test said
// (lexicon-devices-second.ts; fresh-triage-p26z). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const DEVICES_SECOND_RULES: readonly RuleSource[] = [
  // A young baby pale, blue or floppy for a moment when a monitor alarmed, fine since (a brief
  // resolved unexplained event: same day).
  [
    'baby-needs-check',
    '(infant_u3m | months_lt6_lay) & baby_monitor_alarm & (pale | cyanosis | floppy | colour_back)',
  ],
  // Lows every night (the diabetes team today). Firm (stop 48): the retrained urgent head took
  // back "type 1, since the basal dose change my libre shows lows every night" (probes-p25-fresh).
  [
    'low-blood-sugar',
    'recurrent_hypos & (insulin_word | glucose_device | diabetic | type1)',
    { firm: true },
  ],
  // A mechanical valve with a low INR or doses missed (the anticoagulation clinic today).
  ['result-needs-check', 'mech_valve & (inr_low_lay | missed_doses | missed_dose | missed_couple)'],
];
