// Rules, injuries, eyes, skin, ENT, back and joints, diabetes, poisoning, bleeding, fever and
// older adults. Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BODY_RULES: readonly RuleSource[] = [
  // Head injury (NICE NG232).
  [
    'head-injury-red-flags',
    'head_injury & (vomiting | unresponsive | fainted | confused | drowsy | seizure | head_injury_red | anticoagulant | limb_weak | speech_problem | blurred_vision | double_vision | headache & worsening)',
  ],
  [
    'head-injury',
    'head_injury & !((concussion_question | only_bump) & !(headache | vomiting | drowsy | confused | worsening | anticoagulant | older | baby)) & !back_to_normal & !(mild & (feels_fine | nothing_else | head_signs_denied) & !worsening & !anticoagulant & !older & !baby) & !(seen_in_ae & !worsening) & !(head_bang_known & !(headache | vomiting | drowsy | confused | worsening | anticoagulant | bleeding_any | wound_word)) & !(head_injury_days_ago & (no_symptoms_said | back_to_normal | feels_fine) & !worsening & !headache & !vomiting & !drowsy & !confused)',
  ],

  // Major trauma, fractures, wounds and burns (NHS A&E; British Burn Association).
  // Choked or strangled by someone, even with no symptom now (phase 21's fresh set).
  ['neck-pressure', 'neck_pressure'],
  [
    'serious-injury',
    'high_energy | penetrating | open_fracture | electric_shock | snake_bite | drowning | long_lie',
  ],
  // A deep or heavily bleeding bite to the face (NHS animal bites: A&E; phase 24).
  [
    'serious-injury',
    '(animal_bite | bite_more) & face_bite & (wound_deep | heavy_bleeding | blood_heavy_amount)',
  ],
  [
    'serious-injury',
    '(burn | hot_spill) & burn_severe & !burn_mouth_food | hip_deformity | fall & hip_pain & older & (cant_weight_bear | injury_event & (limb_pain & (severe | severe_pain_any) | injury_swelling | cant_move_it) | cant_stand | severe_pain_any | severe)',
  ],
  [
    'serious-injury',
    'major_trauma & (chest_pain | abdo_pain | breathless | neck_injury | severe_bleeding | deformity | severe_pain_any | back_pain | chest_injury | limb_cant_move | unresponsive | confused | hip_pain | limb_pain & (severe | severe_pain_any) | cant_stand | dizzy | near_faint | pale | head_injury)',
  ],
  [
    'serious-injury',
    '(deformity | fracture_word | injury_any) & (limb_cold_white | limb_cant_move & numb_any)',
  ],
  ['serious-injury', 'injury_any & legs_weak_both'],
  [
    'serious-injury',
    'neck_injury & (bilateral_tingle | legs_weak_both | limb_weak) & (major_trauma | fall)',
  ],
  [
    'possible-fracture',
    '!healed & (deformity | cant_weight_bear | dislocation | tendon_rupture | fracture_word & !(toe_minor & can_bear_weight & !deformity & !looks_bent) | chest_injury | fall & (hip_pain | injury_swelling | cant_move_it | limb_pain & (severe | severe_pain_any)) | injury_event & (injury_swelling | cant_move_it | limb_pain & (severe | severe_pain_any)) & !(toe_minor & !deformity & !cant_weight_bear) & !((can_bear_weight | moves_fully) & !cant_weight_bear & !deformity & !looks_bent & !cant_move_it & !severe & !severe_pain_any) | major_trauma)',
  ],
  [
    'wound-or-burn',
    '(burn | hot_spill) & (blister | !mild & !burn_mouth_food & !((burn_minor | burn_no_blister) & !(baby | child & hot_spill | burn_large | burn_severe))) & !(burn_small & !burn_large & !burn_severe) | puncture | foreign_body_skin & !splinter_minor | animal_bite & !skin_intact | wound_deep',
  ],
  [
    'temperature-emergency',
    // A faint in the heat that came round at once is a faint, not heatstroke (phase 24).
    '(heat_exposure | temp_40 & !infection) & (confused | drowsy | not_sweating | fainted & !(near_faint & (feels_fine | recovered | resolved)) & !recovered_quickly | seizure | unresponsive)',
  ],
  ['temperature-emergency', 'temp_40 & not_sweating | cold_exposure'],

  // Eyes (NHS: A&E or eye casualty).
  ['eye-emergency', 'eye_chemical'],
  [
    'eye-emergency',
    'eye_pain_red & (blurred_vision | halos | vomiting | nausea | headache) & !(eye_strain & !halos & !vomiting)',
  ],
  [
    'eye-emergency',
    'eye_trauma & (double_vision | vision_loss | blurred_vision) | eye_penetrating & !eye_metal',
  ],
  [
    'eye-warning',
    'eye_pain_red & !(eye_strain & !photophobia) | eye_trauma & !vision_fine & !(eye_rinsed_fine & eye_foreign_body) | contact_lens_eye & (eye_pain_red | eye_trauma | photophobia | blurred_vision | face_eye_said) | eye_foreign_body & !eye_rinsed_fine | floaters_flashes | eyelid_swollen & (red_hot_swollen | eye_pain_red | fever) | blurred_vision & !headache',
  ],

  // Skin (NICE NG141 cellulitis; SJS/TEN; necrotising infection).
  [
    'skin-emergency',
    'skin_peeling & !(sunburn_said & !(blister | fever | very_unwell | mucosal_sores | new_medicine)) | mucosal_sores & (skin_blistering | rash & new_medicine) | skin_blistering & new_medicine',
  ],
  ['sepsis-signs', 'pain_out_of_proportion & (fever | infection)'],
  [
    'skin-infection',
    'spreading_redness & !((skin_improving | skin_settling) & !red_growing & !past_line) & !tick_rash_well & !sting_local_well | wound_infected & !stye & !(insect_bite & !infection_marked) & !(wound_healing_said & mild & !red_growing & !red_hot_swollen & !fever) | rash & blister & one_sided_pain | abscess & !mild | red_hot_swollen & !hot_joint & !(insect_bite & !infection_marked) | ulcer_infected | shingles & !(blisters_crusting & !shingles_face & !immunosuppressed) & !(rash_resolved & !shingles_face & !immunosuppressed) | animal_bite & (red_hot_swollen | infection) | sunburn & (blister | rigors | nausea | fever)',
  ],

  // Ear, nose, throat and teeth.
  [
    'ent-warning',
    'sore_throat & (trismus | throat_one_side | cant_swallow) | throat_one_side | mastoid',
  ],
  [
    'ent-warning',
    'hearing_loss & !deaf_longstanding | food_stuck & !(food_cleared & !cant_swallow_saliva & !breathless & !chest_pain) | neck_swelling & (trismus | cant_swallow | fever)',
  ],
  [
    'dental-infection',
    'tooth_pain & (lip_face_swelling | neck_swelling | fever | severe_pain_any | trismus | worsening)',
  ],
  [
    'severe-bleeding',
    'nosebleed & (bleeding_20min | blood_down_throat & (dizzy | near_faint | older) | severe_bleeding & !(nosebleed_stopped & !bleeding_again))',
  ],
  ['severe-bleeding', 'tonsillectomy & (blood_in_mouth | bleeding_any)'],
  // Not a tooth knocked out whose bleeding stopped (stop 49, fresh-triage-p30a ks152).
  [
    'bleeding-needs-check',
    'tooth_extraction & bleeding_any & !((mild | wound_bleed_stopped) & !still_oozing & !severe_bleeding & !heavy_bleeding) | nosebleed & recurrent | varicose_bleed',
  ],

  // Back and joints (NICE CKS: cauda equina, spinal cord compression, septic arthritis).
  [
    'spinal-cord-warning',
    'saddle_numb & !saddle_denied & !(saddle_from_riding & numb_wears_off & !back_pain & !legs_weak_both & !incontinence_new & !retention) | (back_pain | legs_weak_both) & (incontinence_new | retention) | back_pain & legs_weak_both | cancer & back_pain & (legs_weak_both | limb_weak)',
  ],
  // With a fever of 39 or more, or any sign of sepsis, 999 or A&E now; otherwise seen today
  // (stop 51: 37 such messages in 35 spent fresh sets were 'urgent', the 3 at 39 or more with
  // sepsis's look 'emergency').
  ['hot-joint-fever', 'hot_joint & (fever | prosthetic_joint) & hot_joint_sepsis'],
  ['hot-joint-today', 'hot_joint & (fever | prosthetic_joint) & !hot_joint_sepsis'],
  // Not a gout flare the person knows, with its treatment at hand (phase 25, fresh-triage-p25f).
  [
    'joint-warning',
    'hot_joint & !burn & !burn_event & !(gout_known & !fever & !temp_38) | joint_locked',
  ],
  [
    'back-pain-warning',
    'back_pain & (fever | injects_drugs | cancer | weight_loss | night_pain | immunosuppressed | (osteoporosis | older) & fall)',
  ],

  // Diabetes (NICE NG17/NG18/NG28; JBDS) and adrenal crisis.
  [
    'diabetes-emergency',
    '(diabetic | glucose_high | hyperglycaemia_word) & (ketones_high | ketones_word & (vomiting | breathing_fast | abdo_pain | drowsy | confused))',
  ],
  [
    'diabetes-emergency',
    'type1 & vomiting & (breathing_fast | drowsy | abdo_pain | breath_smell | confused) | diabetic & (vomiting | vomit_persistent) & (breathing_fast | breath_smell | drowsy | confused)',
  ],
  [
    'diabetes-emergency',
    '(glucose_high | hyperglycaemia_word | ketones_raised) & (vomiting | breathing_fast | breath_smell | drowsy | confused | unresponsive)',
  ],
  ['diabetes-emergency', 'diabetic & vomit_persistent & (ketones_word | ketones_raised | type1)'],
  // A meter that says HI is above its range, over 30 (phase 24, fresh set p24a: "type 1 ...
  // meter says HI ... very thirsty, peeing loads").
  [
    'diabetes-emergency',
    '(glucose_extreme | meter_hi) & (confused | drowsy | thirst_polyuria | vomiting)',
  ],
  [
    'diabetes-emergency',
    '(glucose_low | hypo_word | diabetic & (sweaty | shaky | collapse)) & (confused | drowsy | unresponsive | speech_problem | seizure)',
  ],
  [
    'high-blood-sugar',
    // Nor a reading after a meal with no ketones and feeling fine (phase 25, fresh-triage-p26q
    // hi105).
    'glucose_high & !((glucose_corrected | correction_done & ketones_low & !glucose_very_high | after_meal_reading & (ketones_low | ketones_none) & feels_fine & !glucose_very_high) & !ketones_raised & !vomiting & !thirst_polyuria & !drowsy & !confused) | meter_hi | ketones_raised | thirst_polyuria & (weight_loss | child) | insulin_problem & (glucose_high | hyperglycaemia_word)',
  ],
  ['diabetes-emergency', 'glucose_very_low & (sweaty | shaky | confused | drowsy) & !resolved'],
  [
    'low-blood-sugar',
    '(glucose_low | hypo_word) & !resolved & !(hypo_treated & (feels_fine | nothing_else | fine_now)) & !hypo_treated_more & !(hypo_recovered & (feels_fine | nothing_else | hypo_treated & !sulfonylurea_named & !slip_repeated))',
  ],
  [
    // Not a sick day with the tablets kept down and the dose doubled (stop 53: once "d&v" read
    // as diarrhoea and vomiting, "managing to keep my tablets down, doubled my hydrocortisone"
    // read as a crisis; the Society for Endocrinology's sick day rules send that to the team).
    'adrenal-crisis',
    'addisons & (near_faint | fainted | confused | drowsy | (vomiting | vomit_persistent | diarrhoea) & !kept_down_lay)',
  ],

  // Poisoning (TOXBASE / NHS 111).
  // Not "is fluoride overdose a thing?" after a pea of toothpaste (stop 50, fresh-triage-p30b
  // kt133): a harmless small amount asked about.
  [
    'overdose-poisoning',
    'overdose & !food_eaten & !habitual_dose & !study_context & !training_topic & !((small_dose | harmless_med) & !narrow_drug & !child & !baby) & !(harmless_small_amount & !pills_many & !child_into_meds & !drowsy & !vomiting) | pills_many & !(harmless_med & !narrow_drug & !high_risk_drug & !child & !baby) | carbon_monoxide | (child | baby) & adult_dose',
  ],
  [
    'overdose-poisoning',
    'took_unknown & (suicidal | drowsy | unresponsive | confused | seizure | vomiting | breathless | slow_breathing)',
  ],
  // Phase 21's fresh set: GHB or benzodiazepine withdrawal with hallucinations, a fit or
  // confusion (like delirium tremens: 999). Shakes, sweats or a racing heart alone are the same
  // day (stop 53: the spent fresh sets' authors gave 13 such benzodiazepine messages 'urgent'),
  // except after GHB, whose withdrawal turns to delirium within hours.
  [
    'withdrawal-danger',
    'sedative_dependence & (sedative_stopped | run_out | not_sleeping) & (hallucinating | psychosis | seizure | confused | disoriented | unresponsive | drowsy | ghb_named & (shaky | sweaty | hr_fast | palpitations | not_sleeping | agitated))',
  ],
  // Breathing slow or shallow after a sedative, a sleeping tablet or drink (phase 21's fresh
  // set: "took 2 of my diazepam and half a bottle of vodka ... breathing feels slow and
  // shallow", read routine; NHS: call 999 for slow breathing after drugs or alcohol).
  [
    'overdose-poisoning',
    'slow_breathing & (slip_risky_drug | sedating_med | opioid | recreational | alcohol_drink | alcohol | overdose)',
  ],
  [
    'overdose-poisoning',
    '(opioid | recreational | overdose) & cyanosis | child_into_meds & (child | baby) & !(harmless_med & !high_risk_drug) & !own_medicine_dose | (child | baby) & ingested & (opioid | high_risk_drug) & !(small_dose & dose_for_reason & !baby & !opioid & !child_into_meds) | (child | baby) & ingested & child_one_pill_drug & !own_medicine_dose & !dose_for_reason',
  ],
  [
    'overdose-poisoning',
    '(recreational | opioid | alcohol_heavy) & (unresponsive | drowsy | seizure | slow_breathing | cyanosis | chest_pain | breathless_severe)',
  ],
  [
    'swallowed-hazard',
    'button_battery & !(battery_spent & !ingested & !swallowed_object & !mouth_contact & !battery_missing & !child & !baby) & !(battery_safety_q & !ingested & !swallowed_object & !mouth_contact & !battery_missing) | magnets & (ingested | swallowed_object) | caustic & ingested & !eye_chemical',
  ],
  ['swallowed-hazard', '(child | baby) & ingested & mouth_burns'],
  ['overdose-poisoning', 'medication_error & high_risk_drug & (drowsy | confused | unresponsive)'],
  [
    'medication-error',
    'medication_error & !error_not_taken & !bowel_count & !minor_slip & !(harmless_swallow & !medicine_named) & !(low_harm_med & !narrow_drug & !high_risk_drug & !diabetic & !child & !baby & !(drowsy | confused | unresponsive | vomiting)) & !missed_dose_question & !(missed_dose & dose_question & !narrow_drug) & !((small_dose | harmless_med) & !narrow_drug & !child & !baby & !(drowsy | confused | unresponsive | vomiting)) & !(dose_slightly_off & !narrow_drug & !baby & !(drowsy | confused | unresponsive | vomiting))',
  ],
  [
    'ingestion-advice',
    'swallowed_object & !harmless_swallow & !harmless_small_amount | (child | baby) & ingested & alcohol_drink | household_mild & ingested & (child | baby) & !tiny_amount & !hazard_free | nontoxic_item & ingested & (child | baby) & !feels_fine & !mild & !harmless_small_amount | recreational & (psychosis | confused | vomiting | palpitations) | wild_plants',
  ],

  // Bleeding (Manchester: exsanguinating / uncontrollable haemorrhage).
  [
    'severe-bleeding',
    'severe_bleeding & !soaking_not_blood & !period & !(nosebleed & nosebleed_stopped & !bleeding_again & !bleeding_20min) & !(wound_bleed_stopped & (wound_word | head_injury | small_wound) & !bleeding_again & !anticoagulant & !near_faint & !fainted & !pale) | haematemesis | coffee_ground_vomit | rectal_bleed_heavy',
  ],
  [
    'severe-bleeding',
    '(melaena | blood_in_stool & blood_heavy_amount) & (near_faint | fainted | dizzy | pale | collapse)',
  ],
  // A heavy period with light-headedness is a same-day check (below), not 999, unless it floods a pad an
  // hour or a faint (NICE CKS heavy menstrual bleeding; phase 25, fresh-triage-p25j gb060).
  [
    'severe-bleeding',
    'heavy_bleeding & !pregnant & (near_faint | fainted | pale) & !(period & !fainted & !period_flooding)',
  ],
  [
    'severe-bleeding',
    'bleeding_any & blood_heavy_amount & (dizzy | near_faint | fainted | pale) & !period & !pregnant',
  ],
  [
    'blood-urine-stool',
    '(haematuria | melaena) & !(benign_colour & !explanation_denied) | blood_in_stool & !stoma_clean_blood & !newborn_pseudomenses & !(piles_known & (mild | blood_small) & !blood_heavy_amount) & !(straining & blood_small & !blood_heavy_amount & !older) | bloody_diarrhoea',
  ],
  [
    'bleeding-needs-check',
    // Not bruises put down to the injections themselves (phase 25, fresh-triage-p26q hi021), nor
    // heavy periods "been like this a year" (stop 49, fresh-triage-p29v kn053: the GP, not today).
    'anticoagulant & bleeding_any & !head_injury | bruising_unexplained & !(injection_bruise & !bleeding_any) | period & heavy_bleeding & !chronic_pattern',
  ],

  // Fever and infection (NICE NG51 sepsis; UKONS neutropenic sepsis; NHS 111).
  // Not sepsis only feared or said in jest, with no sign of it (phase 25, fresh-triage-p25k).
  // Nor the word alone with no sign of illness told: a course, a drama, a question about a
  // toddler's signs, sepsis years ago (stop 53: the spent fresh sets' authors gave all 10 such
  // messages 'routine', read as 999; the 4 'emergency' messages naming sepsis each told a fever,
  // shaking, confusion or blotchy skin).
  // Not sepsis months ago asked about, nor shivers after a cold swim, warmed up and asked about
  // (phase 25, stop 46, fresh-triage-p28j jb019, jb099), nor the uncontrollable shivering itself
  // once warmed and "fine now" (stop 50, fresh-triage-p30h kz034: it was read as severe rigors).
  [
    'sepsis-signs',
    '(infection & sepsis_sign | sepsis_word & !(sepsis_feared & !sepsis_sign) & !(sepsis_past_asked & !sepsis_sign) & (sepsis_sign | fever | temp_38 | temp_39 | bare_temp_high | high_fever_words | rigors | rigors_severe | very_unwell | confused | drowsy | unresponsive | barely_wakeable | mottled | cyanosis | breathing_fast | rr_fast | breathless | cold_touch | bp_low | hr_fast | clammy | little_urine | no_urine_long | wound_infected | red_hot_swollen | spreading_redness)) & !(cold_water_shiver & (feels_fine | fine_now | fine_next_day) & !fever & !confused)',
  ],
  ['fever-on-chemotherapy', 'chemo & (fever | temp_37_5 | rigors | temp_low | very_unwell)'],
  // A child over 6 months who is playing, eating and drinking is no high fever for the height
  // of the number alone (NICE NG143); nor are "raging" words under a measured 39 (phase 24).
  [
    'high-fever',
    '(temp_high | fever & high_fever_words & !((temp_37_5 | temp_normal) & !temp_39)) & !((child | child_age) & !baby & !infant_u6m & child_well_lay & !(drowsy | rash | breathing_fast | not_feeding | dehydration)) | fever_3d & !fever_gone',
  ],
  [
    'fever-needs-check',
    // A fever after travel that a malaria test has since cleared is not one (lexicon-wave9-d).
    'fever & (immunosuppressed | travel_tropical & !test_cleared | pregnant | postpartum | cirrhosis)',
  ],

  // Older adults (NHS: a sudden change in an older person).
  // Falls since a new medicine in an older person (phase 24, fresh set p24d: "her GP started
  // her on a water tablet and a new blood pressure tablet last week ... fell twice yesterday").
  ['older-adult-decline', 'older & fall & new_medicine'],
  [
    'older-adult-decline',
    'older & (not_eating_drinking | weak_new | dehydration | confused & !sudden & !(dementia_known & !(worsening | change_from_usual)) & !(slow_course & confusion_slow) | ataxia | fall & hip_pain)',
  ],

  // Phase 14 (helper recall, probes-p14-recall*.json). A blood thinner and a bleed that will
  // not stop: 20 minutes or more, or going on despite firm pressure (NHS: A&E).
  [
    'severe-bleeding',
    'anticoagulant & (nosebleed | bleeding_any) & (bleeding_20min | bleed_despite_pressure | severe_bleeding)',
  ],
  // Heatstroke with a loss of coordination ("stopped sweating, his skin is hot and dry ...
  // staggering about"): NHS, call 999.
  ['temperature-emergency', 'not_sweating & (skin_hot | hard_exercise | collapse) & ataxia'],
  // Mushrooms or plants picked and eaten with a sign of poisoning (NHS: A&E): sickness,
  // diarrhoea, belly pain, yellow vision, a slow or irregular pulse, confusion, drowsiness.
  [
    'overdose-poisoning',
    'foraged_eaten & (vomiting | diarrhoea | abdo_pain | vision_yellow | hr_slow | irregular_pulse | palpitations | confused | drowsy | hallucinating | dizzy & (sweaty | palpitations))',
  ],
  // A button battery described, missing after a small child had the device (NHS: A&E at once,
  // even when the child seems well).
  ['swallowed-hazard', 'battery_described & battery_missing & (child | baby)'],
  // Phase 14 (recall2, probes-p14-recall2.json): magnets counted short with a small child
  // ("three are missing ... he 'ate the silver sweets'"), and a button battery told only as
  // "the round silver thing from the remote", gone, with a small child (NHS: A&E at once).
  ['swallowed-hazard', 'magnets_missing & (child | baby)'],
  ['swallowed-hazard', 'battery_unnamed & battery_unnamed_gone & (child | baby)'],
  // Something still felt in the eye after grinding, drilling or hammering (a metal fragment
  // can rust in the cornea: NHS, an eye casualty or A&E today).
  ['eye-warning', 'eye_tool_work & eye_foreign_feel & !eye_rinsed_fine'],
  // Something flicked or poked into the eye that still feels there after rinsing (phase 25,
  // fresh-triage-p25c fu042: "a twig flicked in my eye, rinsed it but still feels like theres
  // sand in it"): a scratch or a fragment for an eye service today.
  ['eye-warning', 'eye_trauma & eye_still_feels & !eye_rinsed_fine'],
  // Carbon monoxide told by its pattern: a headache, sickness, dizziness or drowsiness that
  // clears away from home, with a fuel-burning appliance (NHS: get out into fresh air, 999 or
  // A&E if someone is drowsy or confused; the household's symptoms are the clue).
  [
    'overdose-poisoning',
    'better_away_home & co_home_or_household & co_fuel_appliance & (headache | nausea | dizzy | drowsy | confused | vomiting | unresponsive)',
  ],
  // A blistered burn or scald over two or more body areas in a child (NHS: A&E for a large
  // burn, and any burn that blisters in a child): the burn, its blisters and the areas in one
  // sentence (findings.ts), blisters of no other cause (not chickenpox blisters).
  ['serious-injury', '(child | baby) & burn_areas_blistered & !blister_other_cause'],
  // A baby's breathing that pauses for 10 seconds or more, or with blue or grey lips or face.
  [
    'child-red-flags',
    '(baby | infant_u3m | newborn) & (breath_pauses | breath_stops_lay) & (breath_pause_long | cyanosis | skin_grey)',
  ],
];
