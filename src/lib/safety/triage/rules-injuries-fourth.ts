// Rules, phase 25, stop 46 third round: injuries, falls, accidents and first aid, a fourth
// author (lexicon-injuries-fourth.ts; fresh-triage-p28b, read once at 8552435). Expression
// language: expression.ts.

import type { RuleSource } from './rule-types';

export const INJURIES_FOURTH_RULES: readonly RuleSource[] = [
  // A seatbelt mark with tummy pain, light-headedness or pain getting worse (NICE NG39: a
  // marker of injury inside the belly; A&E now, whatever was said at the roadside).
  [
    'serious-injury',
    'seatbelt_mark & (abdo_pain | near_faint | fainted | worsening | vomiting | pale)',
  ],
  // A child who fell from a height, sick more than once and wanting to sleep (NICE NG232).
  [
    'head-injury-red-flags',
    '(fall_height_child | fall) & (child | child_word | child_age | baby) & (vomit_count | vomit_persistent) & (wants_to_sleep | drowsy | sleepy_lay)',
  ],
  // A finger or toe pointing the wrong way (a dislocation: reduced and X-rayed today).
  ['possible-fracture', 'digit_pointing_wrong'],
  // A bruise growing, big or tight, on a blood thinner (same day: bloods, maybe reversal).
  ['bleeding-needs-check', 'anticoagulant & bruise_growing & !(healed | resolved)'],
  // A fish hook in past the barb (removed at an urgent treatment centre today).
  ['wound-or-burn', 'hook_embedded'],
  // After the nose was hit, a soft or purple lump inside it (a septal haematoma: ENT today).
  ['ent-warning', 'septal_lump & nose_hit'],
];
