// Rules, phase 25 fifth round: food, eating and drinking (lexicon-food.ts; fresh-triage-p25f,
// read once at 496057a). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const FOOD_RULES: readonly RuleSource[] = [
  // Rapid-acting insulin in place of the long-acting dose: hospital now, with or without
  // symptoms yet (JBDS); "feel ok for now" is how it starts.
  ['overdose-poisoning', 'insulin_rapid_for_basal'],
  // A home-made or bootleg spirit, then the eyes, the belly or the breathing: methanol (UKHSA).
  [
    'overdose-poisoning',
    'homebrew_spirit & (blurred_vision | vision_worse | vision_loss | vision_snowy | abdo_pain | breathless | confused | drowsy | vomiting)',
  ],
  // Home-canned food, then double vision, drooping eyelids, speech or swallowing: botulism
  // (UKHSA: 999); and those signs together, whatever was eaten.
  [
    'overdose-poisoning',
    'home_canned & (double_vision | mg_symptoms | cant_swallow | speech_problem | limb_weak)',
  ],
  // Abdominal thrusts given, the choking over: examined by a doctor today (Resuscitation
  // Council UK), even when fine.
  ['earlier-warning-sign', 'abdominal_thrusts'],
  // A child or an older person with too much sun and sickness, a headache or a temperature:
  // heat exhaustion (NHS: cool them and get advice today; 999 if not better in 30 minutes).
  [
    'dehydration',
    'sun_too_much & (child | baby | older) & (vomiting | vomit_count | headache & (temp_bare_high | fever | dizzy))',
  ],
  // Vomiting or diarrhoea with fluids not staying down on the "sick day" medicines, dizzy or
  // faint: same day (NICE NG148; Think Kidneys).
  [
    'dehydration',
    'sick_day_drug & (vomit_persistent | vomiting & diarrhoea) & (dizzy | near_faint | orthostatic | little_urine | no_proper_wee_hours | dehydration_sign | dehydrated_word) & !keeping_fluids',
  ],
];
