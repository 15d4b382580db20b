// Rules, phase 10 third round (helper fa3): the kinds behind blind set 13's emergency misses,
// probed with new wordings and twins before any change (test/unit/safety/probes-p10-fa3.json).
// Concepts: lexicon-*.ts. Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WAVE12_RULES: readonly RuleSource[] = [
  // A temperature given as a bare reading ("it's 38.1") during chemotherapy (NHS, UKONS: 37.5
  // to 38 °C or more during chemotherapy: call the 24-hour line now; neutropenic sepsis).
  ['fever-on-chemotherapy', 'chemo & bare_temp_high'],
  // Lithium toxicity in someone who has taken it for years: rules-gp-today.ts reads
  // lithium_taker beside lithium.
  // Heatstroke from exertion or heat: hot skin that has stopped sweating, with muddle,
  // collapse or unable to stand (NHS: 999), even when no heat word is said.
  [
    'temperature-emergency',
    'not_sweating & (skin_hot | hard_exercise | collapse) & (confused | cant_think | cant_stand | collapse | drowsy | unresponsive | barely_responsive)',
  ],
  // Something thrown into an eye by a tool or a strimmer, with blurred or worse sight or a dark
  // speck on the eye: a penetrating injury until shown otherwise (NHS: A&E).
  [
    'eye-emergency',
    'eye_tool_work & (eye_hit_fast | eye_projectile | eye_trauma | blurred_vision) & (blurred_vision | vision_worse | eye_cant_see | eye_dark_spot)',
  ],
  // An adrenaline pen that had to be used, said after a word about a plan or an allergy
  // ("showed the teacher how to use it ... today they had to use it"): 999 after any use.
  ['anaphylaxis', 'epipen_given & (allergy_context | epipen_howto)'],
  // A diabetic's foot sore with signs of infection (NHS diabetic foot: same day), the sore
  // placed on the foot in more words than foot_wound reaches.
  ['skin-infection', 'diabetic & foot_sore_placed & foot_infection_signs'],
];
