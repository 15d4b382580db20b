// Rules, phase 25 forty-fourth round: someone who cannot say what is wrong
// (lexicon-cant-say-second.ts; fresh-triage-p26w). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const CANT_SAY_SECOND_RULES: readonly RuleSource[] = [
  // A neck held with new weakness and a changed walk or new incontinence (atlantoaxial
  // instability in Down syndrome, cord compression: 999).
  [
    'spinal-cord-warning',
    'neck_guarded & (arm_leg_weak | weak_new | limb_weak | legs_weak_both) & (gait_odd | incontinence_new | bladder_accident)',
  ],
  // A small child who will only crawl, with a temperature (a hip or bone infection: today).
  [
    'joint-warning',
    '(child | child_word | child_age | baby) & refuses_walk & (fever | fever_word | temp_bare_high | temp_38)',
  ],
  // A fall and a hand or arm not used, swollen or bruised (a fracture: today).
  [
    'possible-fracture',
    'fall & (limb_not_used | arm_held_still) & (puffy_lay | bruise_any | swollen_any | injury_swelling)',
  ],
  // Belly guarded on one side with food refused or a temperature (appendicitis: today).
  [
    'severe-abdominal-pain',
    'guarding & (not_eating_drinking | fever | fever_word | temp_bare_high)',
  ],
  // A feeding tube out (the hole can close within hours: the team or A&E today).
  ['medicine-not-kept-down', 'it_came_out & tube_fed & !feeding_tube_out'],
  // A red eye hurting in the light (eye casualty today).
  ['eye-warning', 'eyes_red_lay & photophobia'],
  // Phase 25, stop 46 (p27x's four same-day messages left routine in stop 45). Someone with
  // dementia newly agitated, or asleep most of the day, beyond their usual (delirium until
  // shown otherwise: NICE CG103, a GP today); not the same every evening for months
  // (sundowning).
  [
    'confusion',
    'dementia_known & (agitated | sleeping_most_day | sleepy_lay | drowsy) & (change_from_usual | new_behaviour | sudden) & !(chronic_pattern | habit_time)',
  ],
  // Someone who cannot say, pulling or hitting at an ear or the side of the head, new, or with
  // a warm skin (pain shown: an ear infection or a tooth; a GP today).
  [
    'pain-cant-say',
    'cant_tell & ear_or_head_hit & (skin_hot | fever | fever_word | temp_bare_high | new_behaviour | change_from_usual | sudden)',
  ],
];
