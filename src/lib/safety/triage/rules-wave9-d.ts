// Rules, phase 7 wave 9 (helper d): the cross-cutting kinds of lexicon-wave9-d.ts, each as the
// guidance frames the situation (NHS "call 999 / go to A&E" pages for snake bites, drowning and
// crush injuries; UKHSA malaria and rabies guidance; TOXBASE for hydrofluoric acid, toxic gases
// and organophosphates; NICE CKS for Guillain-Barre, MS relapse and myasthenia; BSRM for
// autonomic dysreflexia; NTSP for tracheostomy emergencies). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WAVE9D_RULES: readonly RuleSource[] = [
  // A scene: found on the floor and not answering properly, or answering only in mumbles.
  [
    'unresponsive',
    'responds_poorly & (found_down | collapse | floor_long | drowsy | confused | fainted | head_injury | fever)',
  ],
  [
    'very-unwell',
    'found_down & (confused | drowsy | speech_problem | breathing_fast | pale | sweaty)',
  ],

  // Weakness spreading or worsening over hours or days, both legs or with tingling hands
  // (Guillain-Barre, cord compression): emergency.
  [
    'spinal-cord-warning',
    'weakness_progressing & (legs_weak_both | arm_leg_weak | bilateral_tingle | (limb_weak | limb_weak_gradual) & (numb_any | arms_numb) | cant_stand | stand_hard) & !slow_years',
  ],

  [
    'spinal-cord-warning',
    'weakness_progressing & legs_jelly & (worsening | gradual) & !slow_years',
  ],

  // Heat: muddled, drowsy, not sweating or fitting after time in the heat (heatstroke).
  [
    'temperature-emergency',
    'heat_more & (confused | drowsy | not_sweating | seizure | unresponsive | barely_responsive) & !infection_words',
  ],
  // High altitude: breathless at rest, pink froth, confusion, stumbling or drowsiness (HAPE or
  // HACE: descend and get help now).
  [
    'breathing-severe',
    'altitude & (frothy_sputum | breathless & (at_rest | cough) | breathless_severe | cyanosis)',
  ],
  ['very-unwell', 'altitude & (confused | ataxia | drowsy | unresponsive | walk_new_difficulty)'],
  // A fall from a height with belly or back pain, paleness, or lying still and moaning.
  [
    'serious-injury',
    'fall_height & (abdo_pain | back_pain | neck_injury | chest_pain | breathless | pale | lying_still_moaning | confused | drowsy | unresponsive | numb_any | limb_cant_move | cant_move_it | head_injury)',
  ],
  // Collapsed in a confined space (toxic gas or no oxygen: 999, do not go in).
  [
    'overdose-poisoning',
    'confined_space & (collapse | fainted | unresponsive | not_answering_plain)',
  ],
  ['unresponsive', '(collapse | found_down) & not_answering_plain'],
  // Cystic fibrosis or someone who cannot say what is wrong: no poo with vomiting and tummy
  // pain (a blocked bowel); anyone else, the same day.
  [
    'abdominal-emergency',
    'cant_poo & vomiting & (abdo_pain | distension) & (cf_known | cant_tell | distension | severe | severe_pain_any)',
  ],
  ['severe-abdominal-pain', 'cant_poo & vomiting & abdo_pain'],
  // Haemodialysis: missed sessions, weak muscles, a fluttering heart, high potassium.
  [
    'kidney-emergency',
    'dialysis_more & (weak_new | palpitations | breathless | confused | potassium_high_word & (weak_new | palpitations | muscle_ache))',
  ],
  ['circulation-warning', 'fistula_no_thrill'],
  // A transplant with a fever and pain over the graft, shivers or feeling very unwell.
  [
    'sepsis-signs',
    'transplant_known & (fever | temp_38) & (graft_pain | rigors | shaky | very_unwell | vomiting | confused)',
  ],

  // Frostbite (NHS: A&E); fever with yellow eyes after a river or lake or a malaria area
  // (leptospirosis, severe malaria); dengue with bleeding gums, vomiting or belly pain.
  // Not a diabetic's toe gone black with no cold told: that is the diabetic foot rule's
  // (rules-more.ts, seen today; phase 20's fresh set).
  ['limb-blood-supply', 'frostbite_d & !(diabetic & foot_dark & !cold_exposure)'],
  [
    'sepsis-signs',
    '(fever | fever_word | fever_lay) & (yellow_eyes | jaundice) & (fresh_water | trip_tropics | travel_tropical)',
  ],
  [
    'very-unwell',
    '(dengue | (trip_tropics | travel_tropical) & (fever | fever_lay)) & (gums_bleeding_d | vomit_persistent | abdo_pain & (severe | vomiting) | drowsy)',
  ],
  // An object still through or in a hand or foot, a nail gun; a bleeding disorder with an
  // injury that swells or a knock to the head (treatment now).
  ['serious-injury', 'impaled_d'],
  [
    'severe-bleeding',
    'bleeding_disorder_d & (fall | injury_event | head_injury | knock_injury) & (swollen_any | injury_swelling | headache | vomiting | drowsy | bleeding_any)',
  ],
  // A congenital heart condition, bluer than usual or breathless and puffy.
  [
    'breathing-severe',
    'chd_known & (bluer_than_usual | cyanosis | breathless & (puffy_lay | swollen_any | drowsy | not_eating_drinking))',
  ],
  // Cannot stay awake after a fall or a knock (head injury), or with a fever or vomiting.
  ['head-injury-red-flags', 'cant_stay_awake & (fall | head_injury | injury_event | knock_injury)'],
  ['confusion-drowsy', 'cant_stay_awake & (fever | vomiting | confused)'],
  // Found on the floor breathing wrongly, or with eyes half open.
  ['unresponsive', '(found_down | collapse | floor_long) & breathing_abnormal'],
  // Many stings at once: sickness, dizziness, breathlessness or swelling (toxic or allergic).
  [
    'very-unwell',
    'many_stings & (dizzy | nausea | vomiting | breathless | near_faint | fainted | swollen_any | child | confused | drowsy)',
  ],
  ['wound-or-burn', 'many_stings'],

  // Someone older or with dementia, burning hot and staring through people or not eating or
  // drinking and drowsy (sepsis until shown otherwise).
  [
    'sepsis-signs',
    '(older | dementia_known | cant_tell) & (fever | burning_hot) & (looks_through | drowsy | not_eating_drinking & (sleepy_lay | confused | quiet_withdrawn))',
  ],
  // Addison's said "the Addison disease": vomiting, weakness, a low pressure or faintness.
  [
    'adrenal-crisis',
    'addison_more & (near_faint | fainted | confused | drowsy | bp_low | (vomiting | vomit_persistent | diarrhoea) & !kept_down_lay)',
  ],
  ['priapism', 'erection_hours'],
  ['stroke-signs', 'one_side_not_moving & !(gradual & !sudden)'],
  ['infection-needs-check', 'cf_known & sputum_more'],
  ['exposure-treatment', 'tetanus_gap & wound_word'],

  // Near drowning: out of the water and breathing fast, struggling, blue, drowsy or confused.
  [
    'breathing-severe',
    'water_event & (breathing_fast | breathless | breathless_severe | cyanosis | drowsy | confused | unresponsive | chest_pain | frothy_sputum) & !back_to_normal',
  ],

  // Near drowning with a cough that goes on, whatever else is said to be fine (phase 25).
  ['breathing-severe', '(water_event | drowning_more & water_place) & cough_ongoing'],
  // A high-pressure injection injury, however small the hole (phase 25).
  ['serious-injury', 'injection_injury'],

  // Diving: tingling, numbness, weakness, a blotchy rash, joint pain with confusion, chest pain
  // or pink froth after a dive (decompression illness: 999 and oxygen); ears after a dive.
  [
    'very-unwell',
    'dive_recent & (numb_any | limb_asleep | bilateral_tingle | limb_weak | legs_weak_both | arm_leg_weak | blotchy_rash | confused | chest_pain | frothy_sputum | breathless | (joint_pain_deep | muscle_ache) & (numb_any | bilateral_tingle | weak_new | confused | drowsy))',
  ],
  ['ent-warning', 'dive_recent & (ear_blocked_pain | ear_pain | dizzy | hearing_loss)'],

  // Muscle breakdown after hard exercise: cola or dark brown urine with swollen or very painful
  // muscles is an emergency; urine darker than usual with sore muscles, the same day.
  [
    'kidney-emergency',
    '(dark_urine_cola | urine_darker) & (muscles_swollen | (muscle_ache | limb_pain) & (severe | severe_pain_any) | hard_exercise & (severe | severe_pain_any | muscles_swollen))',
  ],
  [
    'urine-infection-warning',
    '(dark_urine_cola | urine_darker | dark_urine) & (hard_exercise | muscle_ache | muscles_swollen)',
  ],

  // Venomous bites and stings: any snake bite (NHS: 999 or A&E); a scorpion, stonefish or
  // dangerous spider with signs beyond the sting, or in a child.
  ['serious-injury', 'venom_bite & snake_word & !snake_harmless'],
  [
    'very-unwell',
    'venom_bite & !snake_harmless & (child | drooling | breathing_fast | breathless | sweaty | hr_fast | palpitations | vomiting | numb_any | bilateral_tingle | confused | drowsy | bleeding_any | swelling_spreading)',
  ],
  ['wound-or-burn', 'venom_bite & !snake_harmless'],

  // Work: hydrofluoric acid on the skin; a toxic gas with wheeze, tight chest or breathlessness;
  // pesticides with sweating, drooling, small pupils, twitching or vomiting; a high-pressure
  // injection into the hand; a crush under something heavy or for a long time.
  ['skin-emergency', 'hf_acid'],
  [
    'breathing-severe',
    // A chest only "a bit" tight with breathing said to be fine is the same-day fumes flag below
    // (phase 25, fresh-triage-p26p hh027).
    'gas_inhaled & (wheeze | breathless | breathless_severe | (chest_tight_lay | chest_pain) & !(mild & breathing_ok & !breathless) | cyanosis | collapse | confused | drowsy)',
  ],
  ['fumes-exposure', 'gas_inhaled & (cough | sore_throat | headache | dizzy | nausea)'],
  [
    'overdose-poisoning',
    'pesticide & (sweaty | drooling | pupils_small | twitching | vomiting | diarrhoea | wheeze | breathless | confused | drowsy | seizure | collapse)',
  ],
  ['serious-injury', 'hp_injection'],
  [
    'serious-injury',
    'crush_long | crush_heavy & (pale | sweaty | clammy | confused | drowsy | numb_any | limb_cant_move | went_white | severe | severe_pain_any)',
  ],
  [
    'possible-fracture',
    'finger_crush & (nail_black_d | severe | severe_pain_any | injury_swelling & !moves_fully | throbbing_any)',
  ],
  ['wound-or-burn', 'cement_skin & skin_burnt_raw'],

  // Sport: a blow to the testicles with pain that grows, swelling or vomiting (a twisted or
  // ruptured testicle); a blow to the left side or a fall with shoulder-tip pain or faintness,
  // or after glandular fever with pain on the left (a torn spleen).
  [
    'testicle-pain-sudden',
    'testicle_hit & (worsening | vomiting | scrotal_swelling | swollen_any | severe | severe_pain_any | nausea)',
  ],
  [
    'abdominal-emergency',
    '(side_blow | injury_event | fall) & (shoulder_tip | shoulder_tip_lay) & (dizzy | near_faint | fainted | pale | left_upper_pain | abdo_pain)',
  ],
  [
    'abdominal-emergency',
    'mono & (side_blow | injury_event | fall) & (left_upper_pain | abdo_pain | shoulder_tip | shoulder_tip_lay | dizzy | pale | near_faint)',
  ],
  [
    'possible-fracture',
    '(side_blow | injury_event | fall) & rib_pain & (breath_in_pain | pleuritic)',
  ],

  // Long-term conditions whose usual story changes.
  // Myasthenia: breathing that weakens or swallowing that fails (crisis: 999); droopier lids,
  // double vision or tired chewing, the same day.
  [
    'breathing-severe',
    'myasthenia & (breathing_weakening | breathless | breathless_severe | cant_swallow)',
  ],
  ['breathing-severe', 'breathing_weakening & (cant_swallow | breathless_severe) & !myasthenia'],
  ['neuro-warning', 'myasthenia & (mg_symptoms | double_vision | weak_new | speech_problem)'],
  // MS: a new or worse symptom for a day or more (relapse), or an infection (NICE CKS).
  [
    'neuro-warning',
    // Not symptoms a hot bath or shower brings on that settle on cooling (Uhthoff's
    // phenomenon; phase 25, fresh-triage-p26q hi071).
    'ms_known & (new_neuro_lay | limb_weak | weak_new | numb_any | double_vision | blurred_vision | speech_problem | walk_new_difficulty) & !(heat_brings_on & !sudden & !new_neuro_lay)',
  ],
  ['urine-infection-warning', 'ms_known & (uti_symptoms | fever)'],
  // A VP shunt: headache with vomiting, drowsiness, eyes turned down or a fit (blocked shunt:
  // 999); a headache, fever or sickness alone, the same day.
  [
    'headache-red-flags',
    'shunt & (headache & vomiting | drowsy | unresponsive | confused | seizure | sunset_eyes | vomiting & (drowsy | sleepy_lay | sunset_eyes))',
  ],
  ['headache-warning-signs', 'shunt & (headache | vomiting | fever | fever_word)'],
  // A tracheostomy tube out or blocked; a baclofen pump that ran out or alarmed with stiffness,
  // itching or fever; a spinal cord injury with a sudden headache or a very high pressure.
  ['airway-blocked', 'trach_problem'],
  [
    'very-unwell',
    'baclofen_pump & (stiff_body | itchy_all | hives) & (pump_alarm | fever | fever_word | itchy_all | hives | confused | seizure | hr_fast)',
  ],
  [
    'very-unwell',
    'spinal_injury_known & (bp_severe | bp_high & headache | headache & (sudden | flushed_sweaty_above | sweaty | severe))',
  ],
  // Sickle cell: pain the usual painkillers do not touch (hospital the same day).
  ['medicine-not-kept-down', 'sickle & (sickle_pain_uncontrolled | meds_not_working)'],
  ['jaundice', 'yellow_eyes'],
  // Dialysis by bag: cloudy fluid (peritonitis). A stoma with no output; a feeding tube out.
  ['infection-needs-check', '(dialysis | dialysis_more) & pd_cloudy'],
  ['severe-abdominal-pain', 'stoma & stoma_no_output'],
  ['medicine-not-kept-down', 'feeding_tube_out'],
  // A transplant: diarrhoea or vomiting (the anti-rejection medicine may not be absorbed);
  // Addison's with a fever or an infection (sick day rules, a doctor today).
  [
    'medicine-not-kept-down',
    '(transplant_known | transplant_drug) & (diarrhoea | vomiting | vomit_meds) & !back_to_normal',
  ],
  ['infection-needs-check', 'addisons & (fever | infection_words | very_unwell)'],
  // A clinician asked the person to come in today.
  ['infection-needs-check', 'called_in_today'],
  // Someone who cannot say what is wrong (non-verbal, a learning disability): a fever, or pain
  // shown by behaviour (holding an ear, screaming all night, not bearing weight).
  [
    'fever-needs-check',
    'cant_tell & (fever | temp_38 | pain_behaviour & (not_eating_drinking | fever_word | temp_37_5 | crying_constant))',
  ],
  ['joint-warning', 'cant_tell & pain_behaviour & limping'],

  // Travel: a fever after a malaria area (a test the same day); with drowsiness, confusion,
  // yellow eyes or fits (severe malaria: emergency). A bite or scratch from a mammal abroad,
  // or any bat contact (rabies treatment within hours or days).
  [
    'fever-needs-check',
    '(travel_tropical | trip_tropics) & (fever | fever_lay | bare_temp_high | rigors | malaria_no_prophylaxis & (fever_word | fever_lay)) & !test_cleared',
  ],
  [
    'sepsis-signs',
    '(travel_tropical | trip_tropics) & (fever | fever_lay | bare_temp_high) & (confused | drowsy | yellow_eyes | jaundice | seizure | unresponsive)',
  ],
  [
    'exposure-treatment',
    'mammal_contact & (abroad_rabies | trip_tropics | no_rabies_jab | bat_word_d)',
  ],

  // A fever with a new rash (not one that fades and is explained): a doctor today.
  [
    'infection-needs-check',
    'fever & rash & (sore_throat | muscle_ache | swollen_glands | achy_lay | rash_widespread)',
  ],
];
