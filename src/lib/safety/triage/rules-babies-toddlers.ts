// Rules, phase 25 twenty-third round: babies and toddlers who are unwell, a second author on
// p25w's theme (lexicon-babies-toddlers.ts; fresh-triage-p25y, read once at a5d7a04 and
// 6341cd4). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BABIES_TODDLERS_RULES: readonly RuleSource[] = [
  // Pinprick spots that stay when the skin is stretched (the glass test's twin), or in a child
  // with a fever, a cold or sleepiness (NICE NG143: a non-blanching rash is red, 999); not the
  // spots round the eyes after being sick or coughing hard.
  ['meningitis-signs', '(pinprick_spots | rash) & stretch_test_stays'],
  [
    'meningitis-signs',
    'pinprick_spots & (fever | fever_word | high_fever_words | temp_said | sleepy_lay | drowsy | cold_symptoms | child | baby | months_age_lay) & !strain_spots',
  ],
  // A baby or child who cannot be woken properly, or opens her eyes and drifts straight off
  // again (NICE NG143: "no response to social cues, does not wake or if roused does not stay
  // awake": red).
  [
    'child-red-flags',
    '(cant_wake_properly | eyes_then_drifts) & (baby | child | baby_word | child_word | months_age_lay | fever | fever_word) & !(alcohol_heavy | recreational | overdose)',
  ],
  // Wakes only if kept talked to and rubbed (NICE NG143: "wakes only with prolonged
  // stimulation": amber, a doctor today).
  [
    'child-fever-warning',
    'wakes_only_stimulated & (baby | child | baby_word | child_word | months_age_lay | fever | fever_word)',
  ],
  // An eye swollen with a bulge or pain or trouble moving it (NICE CKS: orbital cellulitis,
  // same-day admission: A&E).
  [
    'eye-emergency',
    '(eyelid_swollen | eyelid_swollen_lay | eye_swollen_shut | lip_face_swelling) & (eye_bulging | eye_move_pain)',
  ],
  // A swallowed coin or toy with drooling, gagging on drinks or unable to swallow (NHS: A&E).
  ['swallowed-hazard', '(swallowed_object | choke_item) & (drooling | swallow_blocked)'],
  // A young child with a stomach bug, no wet nappy or wee, and lethargic or sunken-eyed and
  // drowsy (NICE CG84: red flags of dehydration; hospital now).
  [
    'child-red-flags',
    '(baby | child | months_age_lay | baby_age_bare) & dehydration_sign & drowsy & !drowsy_roused & !wakes_responsive & (sunken_eyes | vomiting | diarrhoea | diarrhoea_lay | stomach_bug_lay)',
  ],
  // A second febrile fit just had, after one in the past (NHS febrile seizures: a doctor today;
  // one of 5 minutes or more is told as a seizure now, which the seizure rules already read).
  ['seizure', 'another_fit_now'],
  // Croup's noise breathing in, only when crying, in a child whose age is given in months
  // (NHS croup: a GP or 111 today).
  [
    'breathing-difficulty',
    'months_age_lay & (croup_cough | croup_lay) & (noisy_cry | noisy_in_crying)',
  ],
];
