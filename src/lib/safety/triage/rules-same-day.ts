// Rules for the concepts of lexicon-same-day.ts, and a few situations that turn an ordinary
// story into an emergency: a spinal injury, cord compression in cancer, half the visual field
// lost with words not coming, a small wound with skin going dark and spreading. Expression
// language: expression.ts.

import type { RuleSource } from './rule-types';

export const SAME_DAY_RULES: readonly RuleSource[] = [
  // New pain or distress at the end of life: the person's palliative team, now (phase 25).
  ['end-of-life-distress', 'end_of_life & eol_distress'],
  // Emergencies (NICE NG41/NG234; stroke BE FAST; necrotising fasciitis).
  ['stroke-signs', 'field_loss & !(gradual & !sudden)'],
  ['stroke-signs', 'word_finding & (field_loss | vision_loss | sudden | limb_weak | face_droop)'],
  [
    'serious-injury',
    '(neck_trauma | (neck_injury | stiff_neck) & (fall | major_trauma | injury_event | head_injury)) & (arms_numb | bilateral_tingle | legs_weak_both | limb_weak)',
  ],
  [
    'spinal-cord-warning',
    'cancer & (legs_weak_both | legs_numb | walk_new_difficulty | limb_weak | cant_stand) & (band_pain | back_pain)',
  ],
  ['spinal-cord-warning', 'band_pain & (legs_weak_both | legs_numb)'],
  [
    'sepsis-signs',
    '(pain_out_of_proportion | pain_disproportion) & (spreading_fast | very_unwell | severe | severe_pain_any | fever | dizzy | vomiting | rigors | shaky | confused | nausea | skin_dusky | leg_swelling_any | injury_swelling) | skin_dusky & (spreading_fast | very_unwell | fever | rigors | confused | vomiting | dizzy | small_wound & (severe | severe_pain_any | nausea))',
  ],

  // A scald on a small child's trunk, or larger than their hand (British Burn Association).
  ['serious-injury', '(burn | burn_severe) & (child | baby) & burn_large'],

  // Fractures (Ottawa rules; scaphoid).
  [
    'possible-fracture',
    '!healed & (snuffbox_pain | (fall | injury_event) & (thumb_base | bone_tender | cant_rotate | limb_bruised_swollen & !toe_minor) | bone_tender & cant_weight_bear)',
  ],
  // An injured joint that will not straighten, or a swollen injured foot or leg the person can
  // hardly walk on (phase 24, fresh set p24c: a radial head fracture, a broken big toe).
  [
    'possible-fracture',
    '!healed & (fall | fall_off | injury_event) & (cant_straighten & limb_pain | (stand_hard | walk_new_difficulty) & (swollen_any | bruise_any | injury_swelling) & !toe_minor)',
  ],

  // Mind: passive thoughts, no plan, small self-harm already cleaned: same-day help.
  ['mental-health-urgent', 'passive_death_wish | suicidal & (no_plan | self_harm_minor)'],
  // Phase 14 (recall2): self-harm done and feared again soon (lexicon-same-day.ts).
  ['mental-health-urgent', 'self_harm_again & (self_harm_minor | self_harm_done)'],

  // Medicines and exposures.
  [
    'blood-count-check',
    'marrow_risk_drug & (sore_throat | fever | mucosal_sores | infection_words | rigors)',
  ],
  ['medicine-supply', '(must_not_stop_drug | epilepsy) & run_out | out_of_must_not_stop'],
  // Ticagrelor or clopidogrel run out or missed after a stent (phase 22's second fresh set):
  // stopping them early risks the stent clotting (NHS, BHF).
  ['medicine-supply', 'antiplatelet & stent_word & (run_out | missed_doses)'],
  ['bleeding-needs-check', 'inr_raised'],
  ['exposure-treatment', 'pregnant & chickenpox & !(immune & !not_immune & !unsure)'],
  ['exposure-treatment', '(pregnant | immunosuppressed) & not_immune & pox_contact'],
  [
    'exposure-treatment',
    'unprotected_sex & (hiv_risk | injects_drugs | sexual_assault) | hiv_risk & puncture | needle_used | needle_stab & needle_unknown',
  ],
  ['treatment-side-effects', '(chemo | chemo_drug) & (diarrhoea | vomiting | vomit_persistent)'],
  ['withdrawal-danger', 'heavy_drinker & stopped_drinking & (confused | psychosis | seizure)'],
  [
    'alcohol-withdrawal',
    '((heavy_drinker | alcohol | alcohol_drink) & stopped_drinking | heavy_drinker & stop_generic) & (shaky | sweaty | hr_fast | not_sleeping)',
  ],

  // Senses, feet, gut.
  [
    'sudden-hearing-loss',
    'ear_sudden_deaf | (hearing_loss | ear_cant_hear | hearing_gone) & (sudden | overnight | abrupt)',
  ],
  [
    'skin-infection',
    '(red_growing | past_line) & (skin_hot | red_hot_swollen | severe_pain_any) | past_line & (spreading_redness | red_hot_swollen) | past_line & !skin_improving',
  ],
  ['overdose-poisoning', 'overdose_ago'],
  ['heart-failure-signs', 'sleeps_propped'],
  ['facial-palsy', '(face_droop | face_half_weak) & forehead_weak'],
  ['stroke-signs', 'face_half_weak & !forehead_weak & !(gradual & !sudden)'],
  [
    'suicide-risk',
    'ligature_set & (farewell_words | goodbye_cue | low_mood | suicidal | done_cue)',
  ],
  // A fleck of metal is same-day unless the eye cannot open or sight is affected.
  ['eye-warning', 'eye_metal | eye_bit_in'],
  [
    'eye-emergency',
    '(eye_metal | eye_trauma | eye_bit_in) & eye_cant_see | eye_metal & (eye_cant_open | vision_loss | blurred_vision | severe | severe_pain_any | bleeding_any)',
  ],
  ['skin-infection', 'diabetic & foot_wound'],
  [
    'blood-urine-stool',
    'bloody_runs | diarrhoea & (bleeding_any | blood_in_stool) | travel_abroad & (diarrhoea & (fever | bleeding_any) | bloody_runs)',
  ],

  // Children and older adults (NICE NG224, NG18; NG106 heart failure). A child's urinary signs
  // are firm (stop 48): the urine needs testing today however well the child is, and the net's
  // third head took back a 5-year-old burning and going every 15 minutes (questions-f).
  [
    'urine-infection-warning',
    '(child | baby) & (child_uti_sign | uti_symptoms | nappy_smell & fever)',
    { firm: true },
  ],
  [
    'high-blood-sugar',
    'polydipsia & (polyuria | weight_loss | thinner | bedwetting_again) & (child | weight_loss | thinner)',
  ],
  [
    'dehydration',
    'fluids_not_kept & (dark_urine | little_urine | pee_little | dizzy | orthostatic | pregnant) | (vomiting | diarrhoea) & dark_urine & (dizzy | orthostatic | near_faint | little_urine) | (vomiting | diarrhoea | diarrhoea_lay) & (little_urine | pee_little | little_urine_more) & (dizzy | orthostatic | near_faint)',
  ],
  [
    'pregnancy-warning',
    'pregnant & (vomiting | vomit_many) & (fluids_not_kept | not_eating_drinking | dark_urine | little_urine | vomit_many)',
  ],
  // Blind set 5, by kind (phase 5).
  ['suicide-risk', '(farewell_words | goodbye_cue | goodbye_word) & care_handover'],
  ['suicide-risk', 'farewell_words & goodbye_word'],
  ['infection-needs-check', 'coil_recent & (fever | temp_37_5)'],
  // A chest infection with a fever at 65 or over (NHS chest infection: an urgent GP appointment
  // if over 65; phase 24, fresh set p24b: "Grandad 82 chesty cough with green phlegm since
  // Sunday, temp 38").
  ['infection-needs-check', 'older & cough & (temp_38 | fever | rigors)'],
  ['infection-needs-check', 'antibiotics_failing & !improving'],
  ['fever-needs-check', 'immunosuppressed & temp_37_5'],
];
