// Rules, phase 7 (helper e: false alarms): the one gap the dangerous twins of the routine
// look-alikes showed, a heartbeat described by its feel ("fluttery heartbeat") with
// lightheadedness, fainting, breathlessness or chest pain (NHS heart palpitations: 999), and
// on its own (a GP check). Concepts: lexicon-*.ts (marked "helper e"). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const WAVE9E_RULES: readonly RuleSource[] = [
  [
    'heart-rhythm-red-flags',
    'palp_lay_e & (breathless & !breathless_explained | breath_incomplete | fainted | near_faint | chest_pain | collapse) & !palp_explained & !panic_attack & !(caffeine_drinks & !near_faint & !fainted & !chest_pain & !collapse)',
  ],
  [
    'palpitations',
    'palp_lay_e & !device_only_rhythm & !palp_explained & !caffeine_drinks & !resolved & !palp_benign_told',
  ],
];
