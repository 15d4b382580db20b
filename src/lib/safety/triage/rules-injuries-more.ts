// Rules, phase 25 twenty-eighth round: injuries, accidents and first aid
// (lexicon-injuries-more.ts; fresh-triage-p26f, read at 6c0357c). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const INJURIES_MORE_RULES: readonly RuleSource[] = [
  // A baby under 1 with a big or soft lump on the head after a fall or knock (NICE NG232).
  [
    'head-injury-red-flags',
    '(baby_age | infant_u3m | baby_word & !child_age) & head_lump_big & (fall | fall_off | injury_event | head_injury | tumble)',
  ],
  // Cannot be woken properly after a head injury, drink or drugs (999).
  [
    'unresponsive',
    'cant_wake_properly & (head_injury | head_knock_more | alcohol | alcohol_heavy | recreational | overdose)',
  ],
  // Metal into the eye from a grinder or at speed, with the sight now blurred (NHS: A&E; without
  // the blur, several authors label a grinding fragment for today).
  [
    'eye-emergency',
    'eye_metal & (eye_tool_work | eye_projectile) & (sight_blurred_lay | blurred_vision | vision_loss)',
  ],
  // A chipped tooth with its pulp showing (a dentist today).
  ['dental-infection', 'tooth_pulp'],
  // A pop in the knee with fast swelling or giving way (a ligament or cartilage: same day).
  ['joint-warning', 'knee_pop & knee_unstable'],
];
