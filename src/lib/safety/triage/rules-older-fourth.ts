// Rules, phase 25, stop 46 eleventh round: older people and those who care for them
// (lexicon-older-fourth.ts; fresh-triage-p28i, read once at fcb2a9c). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const OLDER_FOURTH_RULES: readonly RuleSource[] = [
  // A leg or foot gone white or cold, painful, and numb or not moving, new (acute limb
  // ischaemia: 999, NICE CG147).
  [
    'limb-blood-supply',
    '(limb_cold_white | rest_pain_limb | went_white) & (limb_numb_or_still | digits_compromised) & (severe | pain_extreme_lay | severe_pain_any | hours_ago | sudden)',
  ],
  // Speech turned to the wrong words, new today (a stroke until shown otherwise: 999).
  [
    'stroke-signs',
    'word_finding & (fine_until_today | onset_last_hour | hours_ago) & !chronic_pattern',
  ],
  // New hallucinations in an older person (delirium: a GP today).
  ['confusion', 'hallucinating & (older | older_word | dementia_known) & !chronic_pattern'],
  // An older person who can no longer stand, new, with no fall told (off their legs: seen today;
  // after a fall the injury rules read it).
  [
    'older-adult-decline',
    '(older | older_word) & (cant_stand | cant_stand_move) & !chronic_pattern & !fall & !injury_event',
  ],
];
