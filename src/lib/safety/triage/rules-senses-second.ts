// Rules, phase 25 forty-third round: eyes, ears, nose, throat, mouth and teeth
// (lexicon-senses-second.ts; fresh-triage-p26v). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const SENSES_SECOND_RULES: readonly RuleSource[] = [
  // A caustic that went into an eye (RCOphth: eye casualty now, after rinsing).
  [
    'eye-emergency',
    'chemical_went_in_it & (face_eye_said | eye_cant_open | eyes_red_lay | eye_pain_red)',
  ],
  // Clear fluid from the nose after a blow to the face (a skull base fracture: A&E).
  ['head-injury-red-flags', 'face_hit & clear_drip'],
  // Something stuck up a nose or in an ear (same day; a button battery is read elsewhere).
  ['ent-warning', 'nose_object_stuck'],
  // A nail torn half off (minor injuries today).
  ['wound-or-burn', 'nail_torn & !healed'],
  // Nosebleed after nosebleed on a blood thinner (today).
  ['bleeding-needs-check', 'nosebleeds_repeated & anticoagulant'],
  // Waking with one ear muffled or deaf, with no cold (NICE CKS: ENT within 24 hours).
  ['sudden-hearing-loss', 'hearing_went_overnight & !cold_symptoms'],
  // Toothache that painkillers do not touch (a dentist or 111 today).
  ['dental-infection', 'tooth_pain & meds_not_working'],
];
