// Rules, phase 7 (wave 9, area c): the kinds a probe set written from the guidance missed in
// abdomen, urine, genitals, diabetes and salts, skin and infection, low immunity, bleeding,
// injuries, back and medicines, each written as the guidance frames the situation
// (concepts: lexicon-wave9-c.ts). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

const SHOCKED =
  '(near_faint | fainted | collapse | dizzy | hr_fast | palpitations | sweaty | pale)';

export const WAVE9_C_RULES: readonly RuleSource[] = [
  // Bleeding: blood or clots passed from the back passage with faintness or a racing heart;
  // vomiting blood in any spelling; a spurting bleed; a knock in a bleeding disorder; an INR
  // of 8 or more with any bleeding (NHS 999; NICE CKS anticoagulation).
  ['severe-bleeding', `rectal_blood_passed & (${SHOCKED} | blood_heavy_amount)`],
  ['blood-urine-stool', 'rectal_blood_passed'],
  ['severe-bleeding', 'haematemesis_more | arterial_bleed'],
  [
    'severe-bleeding',
    'bleeding_disorder & (injury_event | knock_injury | fall | head_injury | injury_swelling | swelling_more | bleeding_any | injury_any)',
  ],
  [
    'severe-bleeding',
    'inr_very_high & (bleeding_any | haematuria | haematuria_more | blood_in_stool | nosebleed | bruising_unexplained)',
  ],
  ['bleeding-needs-check', '(antiplatelet | anticoagulant) & still_oozing | inr_very_high'],

  // Abdomen: pain that moved from the navel to the low right, or low right pain with fever
  // or sickness (appendicitis, NICE CKS), an emergency in a child who guards; a hernia that will not go
  // back; fever with jaundice and right upper pain (cholangitis); severe pain in an older
  // person with sweating, confusion or sickness.
  // (An adult with the classic story is urgent, NHS: urgent GP or 111; the emergency is a
  // child who guards, or pain that is severe with sickness.)
  [
    'severe-abdominal-pain',
    'pain_migrated_right | (pain_low_right | rlq_pain) & (fever | vomiting | guarding)',
  ],
  [
    'abdominal-emergency',
    '(child | baby) & (rlq_pain | pain_low_right) & (vomiting | vomit_count | fever) & (guarding | peritonism | fever & vomiting)',
  ],
  ['abdominal-emergency', 'hernia & hernia_stuck'],
  ['severe-abdominal-pain', 'hernia_sore & !hernia_stuck'],
  ['abdominal-emergency', 'ruq_pain & jaundice & (fever | rigors)'],
  [
    'abdominal-emergency',
    'abdo_pain & severe & (older | older_age) & (sweaty | confused | vomiting | pale | clammy)',
  ],
  // Sickness or diarrhoea with no urine for many hours and a collapse or confusion (NHS
  // dehydration: 999).
  [
    'very-unwell',
    '(vomit_persistent | fluids_not_kept | vomiting | diarrhoea) & no_urine_long & (collapse | fainted | confused | drowsy | hr_fast)',
  ],
  // A child with diarrhoea and vomiting many times (NICE CG84: at risk of dehydration).
  ['dehydration', '(child | baby) & diarrhoea & vomiting & (keeps_happening | recurrent)'],

  // Urine: cannot pass any; blood in lay words.
  ['urinary-retention', 'retention_more'],
  ['blood-urine-stool', 'haematuria_more & !(benign_colour & !explanation_denied)'],

  // Diabetes: new thirst and weight loss with deep breathing, a smell of pear drops or
  // sickness (DKA at diagnosis, NICE NG18); a low glucose said in words; someone without
  // diabetes who injected insulin.
  [
    'diabetes-emergency',
    '(thirst_polyuria | polydipsia | polyuria) & (breath_smell | breathing_fast | drowsy) & (weight_loss | child | vomiting)',
  ],
  [
    'diabetes-emergency',
    '(glucose_low_spoken | hypo_word | glucose_low) & (shaky | sweaty) & (cant_think | confused)',
  ],
  ['low-blood-sugar', 'glucose_low_spoken'],
  ['overdose-poisoning', 'insulin_wrong & (not_diabetic | !diabetic)'],

  // Salts and hormones: a sodium under 125; a steroid stopped or not kept down with
  // sickness or faintness; Addison's with a fever or infection (sick-day rules).
  ['very-unwell', 'sodium_very_low'],
  [
    'adrenal-crisis',
    'steroid_stopped & steroid_any & (vomiting | vomit_persistent | near_faint | fainted | confused | drowsy | collapse)',
  ],
  [
    'fever-needs-check',
    'addisons & (fever | infection_words) | steroid_long_term & steroid_stopped',
  ],
  // A long or high course stopped all at once, now weak, dizzy or sick (phase 24, fresh set
  // p23b: adrenal insufficiency; NHS: get advice the same day, A&E if vomiting or fainting).
  [
    'medicine-not-kept-down',
    'steroid_stopped & steroid_any & (steroid_long_term | sudden) & (weak_new | dizzy | nausea | very_unwell | abdo_pain)',
  ],

  // Infection: redness spreading fast past the line with shivers or feeling very unwell; a
  // rash that stays under a glass; a fever without a spleen (NHS: A&E).
  [
    'sepsis-signs',
    '(spreading_redness | red_growing) & spread_fast_line & (rigors | very_unwell | temp_39)',
  ],
  ['meningitis-signs', 'rash_stays_glass & (fever | drowsy | very_unwell | child | baby)'],
  ['sepsis-signs', 'spleen_absent & (fever | rigors | very_unwell)'],
  ['fever-needs-check', 'spleen_absent & (sore_throat | infection_words | cough | temp_37_5)'],
  [
    'back-pain-warning',
    '(back_pain | back_pain_more) & fever & (iv_drug_use | injects_drugs | immunosuppressed)',
  ],

  // Skin: a band of blisters on one side (shingles: antivirals within 3 days); a bite by a
  // person or one that broke the skin or is now red and swollen (NHS: UTC); a hot spill on a
  // small child with a blister (NHS: burns under 5, A&E / UTC).
  ['skin-infection', 'shingles_band'],
  ['wound-or-burn', '(bite_more | animal_bite) & (skin_broken | bite_inflamed) & !skin_intact'],
  ['skin-infection', '(bite_more | animal_bite) & bite_inflamed'],
  ['wound-or-burn', 'fight_bite'],
  ['wound-or-burn', '(child | baby) & hot_spill & skin_blistered'],

  // Injuries: crush, near-drowning, frostbite, a finger cut off; a sprain that swelled up and
  // cannot take weight; a finger that will not straighten; a toddler not using an arm.
  ['serious-injury', 'crush & !(finger_crush & !crush_long & !crush_heavy) | amputation_more'],
  [
    'breathing-severe',
    'drowning_more & (cough | drowsy | breathless | vomiting | unresponsive | child | baby) & !(back_to_normal | feels_fine)',
  ],
  ['temperature-emergency', 'frostbite & !mild'],
  [
    'temperature-emergency',
    '(older | older_age) & found_cold & (drowsy | confused | cant_think | speech_problem | fall | unresponsive)',
  ],
  [
    'possible-fracture',
    '!healed & injury_event & (swelling_more | injury_swelling) & walk_new_difficulty',
  ],
  ['possible-fracture', '!healed & (injury_event | fall | limb_struck) & cant_straighten'],
  ['possible-fracture', '(child | baby) & (limb_not_used | swung_by_arms & limb_not_used)'],
  ['possible-fracture', 'nose_bent & !healed'],
  ['skin-infection', 'red_patch_growing'],
  // A knock to the head on anticoagulants, with headache or sleepiness (NICE NG232: CT).
  [
    'head-injury-red-flags',
    'anticoagulant & head_knock_more & (headache | drowsy | vomiting | confused | cant_think)',
  ],
  ['head-injury', '(anticoagulant | antiplatelet) & head_knock_more'],

  // Pregnancy: a positive test with bleeding or one-sided pain (possible ectopic: EPU today);
  // tummy pain with sickness later in pregnancy (maternity triage).
  [
    'pregnancy-warning',
    'early_pregnancy & ((vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)) | one_sided_pain | low_side_pain | pelvic_pain | abdo_pain)',
  ],
  ['pregnancy-warning', 'pregnant & abdo_pain & (vomiting | constant_pain | worsening)'],

  // Medicines: lips or face puffy on an ACE inhibitor (angioedema can come at any time).
  ['facial-swelling', 'ace_inhibitor & lip_puffy'],

  // Eyes: a chemical splashed in the eye that still burns or will not open (NHS: A&E).
  ['eye-emergency', 'eye_chemical_more & (eye_burning_shut | eye_pain_red | eye_cant_open)'],

  // Wave 2 (new kinds, from a second probe set written after the first fixes).
  // Belly: a blow or a fall with belly pain and faintness or shoulder-tip pain (spleen, liver:
  // NHS 999); a hugely swollen belly with no bowel motion for days (volvulus, obstruction);
  // severe diarrhoea with fever and a swollen belly after antibiotics (C. difficile colitis).
  [
    'abdominal-emergency',
    '(belly_blow | fall | major_trauma) & abdo_pain & (dizzy | near_faint | fainted | pale | hr_fast | shoulder_tip)',
  ],
  [
    'abdominal-emergency',
    'belly_blow & shoulder_tip & (dizzy | near_faint | fainted | pale | hr_fast)',
  ],
  [
    'abdominal-emergency',
    'belly_blown & (no_bowels_days | no_flatus) & (older | vomiting | abdo_pain)',
  ],
  [
    'abdominal-emergency',
    '(diarrhoea | diarrhoea_lay) & (recurrent | keeps_happening) & (temp_39 | fever | temp_bare_high) & distension',
  ],
  // A child after bloody diarrhoea who is pale, puffy or hardly weeing (HUS, NHS: A&E).
  [
    'child-red-flags',
    '(child | baby) & bloody_diarrhoea & pale & (dehydration_sign | little_urine | little_urine_more | eyelid_swollen | lip_face_swelling)',
  ],
  // Kidneys failing: little urine with confusion or drowsiness after sickness, diarrhoea or
  // on NSAIDs / ACE inhibitors (acute kidney injury, NICE NG148).
  [
    'very-unwell',
    '(little_urine | little_urine_more | no_urine_long | dehydration_sign) & (confused | drowsy & !drowsy_roused) & (vomiting | diarrhoea | diarrhoea_lay | nsaid | ace_inhibitor)',
  ],
  // Pregnancy: kidney pain with a fever (pyelonephritis in pregnancy: admission).
  [
    'pregnancy-emergency',
    'pregnant & (back_pain | loin_pain) & (temp_39 | temp_bare_high | rigors | fever & shaky)',
  ],
  // Fever, a foul discharge or severe pain after an abortion, a miscarriage or a birth, with
  // faintness or feeling very unwell (sepsis, NICE NG51).
  [
    'sepsis-signs',
    'gyn_procedure & (fever | temp_bare_high | rigors) & (smelly_discharge | severe_pain_any) & (near_faint | fainted | very_unwell | collapse)',
  ],
  [
    'skin-emergency',
    'genital_dark & (fever | temp_bare_high | diabetic | spreading_redness | severe_pain_any | very_unwell)',
  ],
  // A potassium of 6.5 or more; a clinician who said to go to A&E now.
  ['very-unwell', 'potassium_high | told_go_ae & !told_if_worse'],
  // Phase 24 (fresh set p24a): a raised or rising troponin is a heart attack's test.
  ['chest-pain-red-flags', 'troponin_raised'],
  ['result-needs-check', 'potassium_raised | sodium_low | aki_result | result_recall_today'],
  // Salt craving and darker skin with vomiting and collapse (Addison's at presentation).
  [
    'adrenal-crisis',
    'addison_features & (vomiting | vomit_persistent) & (collapse | fainted | near_faint | dizzy)',
  ],
  // A finger swollen like a sausage that will not straighten, or with a red line (hand
  // infection: surgeons today); grease or paint injected under pressure.
  [
    'skin-emergency',
    'sausage_finger & (cant_straighten | cant_move_it | spreading_redness | infection_marked | fever | animal_bite | bite_more | puncture)',
  ],
  ['serious-injury', 'pressure_injection'],
  // A drug rash with fever and a swollen face (DRESS); methotrexate taken daily.
  [
    'skin-emergency',
    '(new_medicine | must_not_stop_drug) & (rash | hives | rash_spreading) & (fever | temp_39 | temp_bare_high) & (lip_face_swelling | lip_puffy)',
  ],
  ['overdose-poisoning', 'mtx_daily'],
  // Bleeding on an anticoagulant with faintness; a tooth socket bleeding for hours on one.
  [
    'severe-bleeding',
    'anticoagulant & (bleeding_any | haematuria) & (near_faint | fainted | collapse | pale & hr_fast)',
  ],
  [
    'severe-bleeding',
    'tooth_extraction & (still_oozing | severe_bleeding) & (anticoagulant | antiplatelet | bleeding_disorder)',
  ],
  // Injuries: ribs after a fall with worsening breathlessness; skin stripped off a finger;
  // impaled; a chemical burn that blistered; a deep (white, painless) or all-round burn.
  [
    'serious-injury',
    '(chest_injury | ribs & (fall | injury_event | belly_blow)) & (breathless | breathless_severe)',
  ],
  ['serious-injury', 'degloving & !mild'],
  ['serious-injury', 'impaled'],
  [
    'serious-injury',
    '(chemical_on_skin | skin_chemical) & (skin_blistering | skin_blistered | burn_severe)',
  ],
  ['serious-injury', '(burn | burn_word_more) & burn_deep_more'],
  // Diving: joint pain, numbness, a rash or breathlessness after a dive (decompression).
  ['serious-injury', 'dive_sick'],
  // Back: sudden severe pain in older age with fragile bones that stops standing; sudden
  // severe back pain with a collapse (aorta).
  [
    'serious-injury',
    '(older | older_age) & back_pain & (severe | severe_pain_any) & cant_stand_move & (bone_fragile | sudden | cough)',
  ],
  [
    'tearing-pain',
    'back_pain & (sudden | severe_pain_any | tearing) & (collapse | fainted | clammy & pale)',
  ],
  // Tetanus: a stiff jaw with spasms after a wound.
  ['very-unwell', 'lockjaw & (muscle_spasm | twitching | puncture | wound_deep | injury_any)'],
  // Same day: an abscess by the back passage; a hook or glass still in a wound; rabies risk;
  // a sickle crisis painkillers do not hold; unexplained bruises with bleeding gums; a heel
  // tendon snapped; chickenpox in a young baby, in pregnancy or low immunity.
  [
    'skin-infection',
    'anal_lump & (worsening | fever | infection_marked | severe | severe_pain_any | red_hot_swollen)',
  ],
  ['wound-or-burn', 'hook_stuck | foreign_in_wound & !splinter_minor'],
  ['exposure-treatment', 'animal_exposure & (abroad | bat_word)'],
  ['very-unwell', 'sickle & sickle_crisis'],
  [
    'bleeding-needs-check',
    'bruises_unexplained_more & (gums_bleeding | nosebleed | non_blanching_rash)',
  ],
  ['possible-fracture', 'achilles_feel & !healed'],
  [
    'fever-needs-check',
    'chickenpox_word & (infant_u3m | baby | pregnant | immunosuppressed | chemo)',
  ],

  // Wave 3 (common situations in other words).
  [
    'pregnancy-emergency',
    'early_pregnancy & (one_sided_pain | low_side_pain | abdo_pain | pelvic_pain | pain_one_side_more | pain_low_right) & (shoulder_tip | near_faint | fainted | dizzy)',
  ],
  [
    'testicle-pain-sudden',
    'testicle_more & (sudden | severe | severe_pain_any | vomiting | nausea)',
  ],
  ['testicle-pain', 'testicle_more & !mild'],
  [
    'skin-emergency',
    'blisters_widespread & (mucosa_sore | mucosal_sores | mouth_sores) & (new_medicine | allergy_context)',
  ],
  // Blisters coming up with sore lips, mouth or eyes and a temperature weeks into a new medicine
  // (Stevens-Johnson syndrome; phase 25, fresh-triage-p25c fu155: "started lamotrigine 2 wks
  // ago ... blisters coming up on her chest, lips cracked and bleeding ... eyes are gritty").
  [
    'skin-emergency',
    '(blister | skin_blistered) & (mucosa_sore | mucosal_sores | mouth_sores) & new_medicine & (fever | fever_word | temp_bare_high | very_unwell)',
  ],
  [
    'overdose-poisoning',
    '(ssri_more | psych_meds) & serotonergic_more & (jerking | twitching) & (sweaty | fever | temp_bare_high | agitated | confused | hr_fast)',
  ],
  // Rigid muscles with a high temperature on an antipsychotic (neuroleptic malignant
  // syndrome; phase 25, fresh-triage-p25b ft137: "started on a haloperidol injection last week,
  // now hes stiff as a board, temp 40, sweating ... the ward said side effects are normal").
  [
    'medicine-reaction-severe',
    'antipsychotic & stiff_body & (temp_39 | temp_high | (fever | temp_38 | temp_bare_high | high_fever_words) & (sweaty | confused | drowsy | agitated | hr_fast))',
  ],
  // Milder serotonin toxicity, without the jerks: sweating with shakes, diarrhoea, jitters or a
  // fast heart after a second serotonergic medicine (phase 22's second fresh set: a triptan on
  // fluoxetine read routine). Same-day review.
  [
    'medicine-side-effect',
    '(ssri_more | psych_meds) & serotonergic_more & sweaty & (shaky | diarrhoea | diarrhoea_lay | hr_fast | agitated | palpitations)',
  ],
  [
    'sepsis-signs',
    'tampon & (fever | temp_bare_high | high_fever_words) & (rash | rash_sunburn | dizzy | near_faint | vomiting | confused)',
  ],
  [
    'blood-count-check',
    '(chemo | marrow_risk_drug) & (sore_throat | mouth_sores | mucosal_sores | infection_words)',
  ],
  ['medicine-side-effect', 'lithium & (vomiting | diarrhoea | diarrhoea_lay | stomach_bug_lay)'],
  ['medicine-side-effect', 'lithium_level_high'],
  // Phase 22's second fresh set: an SGLT2 inhibitor with sickness or diarrhoea (sick day rules).
  [
    'medicine-side-effect',
    'sglt2_drug & (vomiting | vomit_persistent | diarrhoea | diarrhoea_lay)',
  ],

  // Wave 4 (long, understated and third-person messages).
  [
    'spinal-cord-warning',
    'saddle_more | bladder_accident & (legs_weak_both | legs_numb | saddle_numb) | (back_pain | back_pain_more | legs_weak_both) & saddle_more',
  ],
  [
    'breathing-severe',
    '(burn | burn_word_more) & fire_word & (voice_hoarse | voice_change | stridor)',
  ],
  ['diabetes-emergency', '(diabetic | type1) & acting_drunk'],
  [
    'serious-injury',
    '(dive_shallow | neck_injury & (fall | injury_event | major_trauma)) & (bilateral_tingle | arms_numb | legs_numb | limb_weak | numb_any)',
  ],
  [
    'abdominal-emergency',
    '(abdo_pain | epigastric_pain) & pain_back_more & (vomiting | vomit_persistent | severe | severe_pain_any | alcohol | heavy_drinker)',
  ],
  ['skin-infection', 'shingles_band_more'],
  ['possible-fracture', '!healed & injury_event & (swelling_more | injury_swelling) & walk_pain'],

  // Wave 5 (numbers, medicines): insulin taken twice or someone else's with sweats or
  // shaking; a fever with a low neutrophil count; anti-rejection tablets not kept down.
  [
    'diabetes-emergency',
    'insulin_wrong & (sweaty | shaky | confused | drowsy | glucose_low | hypo_word | cant_think)',
  ],
  [
    'fever-on-chemotherapy',
    'neutropenic & (fever | temp_bare_high | rigors | shaky & very_unwell)',
  ],
  [
    'very-unwell',
    'transplant_drug & (vomit_meds | vomit_persistent) & (fever | temp_bare_high | vomiting)',
  ],

  // Wave 6: a known ovarian cyst or belly pain that came on suddenly and severely with
  // faintness (rupture, torsion); shingles by the eye with blurred sight; an adder bite;
  // crackling under the skin of a wound; a crushed finger with blood under the nail.
  [
    'abdominal-emergency',
    '(ovary_cyst | abdo_pain | pelvic_pain | one_sided_pain) & sudden & severe_pain_any & (near_faint | fainted | collapse)',
  ],
  [
    'eye-emergency',
    '(shingles_face | shingles_eye_more) & (blurred_vision | vision_loss | vision_worse)',
  ],
  // Not a pet snake said to be harmless (phase 25, fresh-triage-p26f gx027: a corn snake).
  ['serious-injury', 'snake_more & !snake_harmless'],
  ['skin-emergency', 'crepitus'],
  ['possible-fracture', 'limb_struck & (nail_black | severe_pain_any | severe)'],
];
