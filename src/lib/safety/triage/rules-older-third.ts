// Rules, phase 25 sixty-second round: older people and their carers, a third author
// (lexicon-older-third.ts; fresh-triage-p27p, read once at cfba57b). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const OLDER_THIRD_RULES: readonly RuleSource[] = [
  // A syringe driver alarming or stopped at the end of life (the district or palliative nurse
  // now: the medicines stop reaching the person).
  ['end-of-life-distress', 'syringe_driver_alarm & end_of_life'],
  // A pressure sore gone black, or oozing and smelly (the GP or district nurse today).
  ['skin-infection', 'sore_gone_bad & !healed'],
  // An older person drinking little with dark urine or dizzy on standing (dehydration: today).
  [
    'dehydration',
    'older & drinking_little & (dark_urine | dizzy | orthostatic | stand_up_lay | confused)',
  ],
];
