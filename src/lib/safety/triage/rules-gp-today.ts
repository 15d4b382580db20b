// Rules, phase 5: same-day situations walked from the NHS 111 "urgent GP appointment" lists
// and NICE CKS red flags, condition by condition (acute cholecystitis, a perforated eardrum
// after a blow, recurrent hypoglycaemia, pelvic inflammatory disease, obstetric cholestasis,
// waters leaking in pregnancy, a hot swollen calf). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const GP_TODAY_RULES: readonly RuleSource[] = [
  // Gallbladder: right upper pain with a fever, shivers or yellowing (NICE CKS).
  ['severe-abdominal-pain', 'ruq_pain & (fever | rigors | jaundice)'],
  // An ear that bleeds, or discharges after a blow or a fall (NHS: perforated eardrum).
  [
    'ent-warning',
    'ear_bleeding & !(piercing_said & !head_injury & !injury_event & !fall) | ear_discharge & (head_injury | injury_event | fall)',
  ],
  // Hypos again and again (NHS: contact your diabetes team or GP today).
  ['low-blood-sugar', 'hypo_repeated'],
  // Pelvic pain or pain during sex with discharge and a fever (NICE CKS: PID).
  [
    'genital-warning',
    '(dyspareunia | abdo_pain | pelvic_pain) & (smelly_discharge | discharge_word) & fever',
  ],
  // Pregnancy: itching of the hands and feet; waters leaking (RCOG; NHS).
  ['pregnancy-warning', 'pregnant & (itch_hands_feet | waters_leaking)'],
  // One leg: calf pain or swelling with warm skin (NICE CKS: DVT).
  // Not a bite's own warm swelling round it (phase 24: "horsefly bite on my leg, swollen and
  // warm round it, about size of a 50p").
  [
    'possible-clot',
    '(calf_pain | leg_swelling_any | leg_swollen_one) & skin_hot & !(insect_bite & !calf_pain & !leg_swollen_one)',
  ],
  // Phase 5, from the blind-4 misses by kind.
  // Fainting with palpitations or chest pain, or during exercise (NICE CG109).
  ['heart-rhythm-red-flags', '(fainted | collapse) & (palpitations | chest_pain | exertional)'],
  // On a blood thinner, injured, with a big swelling and light-headed: bleeding inside.
  [
    'severe-bleeding',
    '(anticoagulant | antiplatelet) & (fall | injury_event | injury_any | knock_injury) & (leg_swelling_any | injury_swelling | limb_swelling_big) & (near_faint | fainted | dizzy | pale)',
  ],
  // Serotonin toxicity: a serotonergic medicine with twitching, fever or sweating, and a racing heart.
  [
    'overdose-poisoning',
    'psych_meds & twitching & (fever | temp_38 | sweaty) & (palpitations | hr_fast | shaky | confused)',
  ],
  // A person in danger at a bridge, a roof or a railway who wishes to die.
  ['suicide-risk', 'danger_place & (passive_death_wish | suicidal)'],
  // The place alone, said as now (phase 21's fresh set: "standing on the bridge rn").
  ['suicide-risk', 'danger_place_now'],
  // Going to a bridge or an edge after long suicidal thoughts, home again now (a rehearsal:
  // a crisis team today; phase 24).
  ['mental-health-urgent', 'danger_place & suicidal_known'],
  // Memory worse over weeks is not sudden confusion; suddenly worse is.
  ['confusion', 'forgetful & (sudden | overnight | onset_last_hour)'],
  // A new foot drop or weak leg with back pain or sciatica (NICE CKS).
  ['back-pain-warning', 'foot_drop'],
  // A leg gone weak or numb with sciatica: the nerve root, not a stroke (phase 17).
  ['back-pain-warning', 'limb_weak & sciatica_any & (back_pain | back_pain_more)'],
  ['neuro-warning', 'foot_drop & !back_pain'],
  // Migraine or headache that treatment no longer touches, or that keeps the tablets from staying down.
  ['medicine-not-kept-down', 'vomit_meds & (must_not_stop_drug | epilepsy | headache | diabetic)'],
  ['medicine-not-kept-down', 'headache & meds_not_working & (vomiting | not_settling)'],
  // Asthma: the reliever needed every few hours, or getting worse and not settling (BTS/SIGN).
  [
    'breathing-difficulty',
    'asthma & (reliever_often | worsening & (not_settling | meds_not_working))',
  ],
  // Hives or a rash spreading for days despite antihistamines; scarlet fever signs.
  ['infection-needs-check', '(hives | rash) & (rash_spreading | worsening) & meds_not_working'],
  ['infection-needs-check', 'sandpaper_rash & (sore_throat | fever | rash | child)'],
  // An older person who fell and now has hip or groin pain or a limp (NICE: hip fracture).
  ['possible-fracture', 'older & fall & (hip_pain | groin_pain | limping | cant_weight_bear)'],
  // Fumes from cleaning products mixed together, with a cough or burning eyes.
  [
    'fumes-exposure',
    'fumes_mixed & (caustic | cough | eye_pain_red | breathless | wheeze | sore_throat | eye_burning)',
  ],
  // Nosebleeds again and again on blood thinners.
  [
    'bleeding-needs-check',
    'nosebleed & (anticoagulant | antiplatelet) & (keeps_happening | recurrent)',
  ],
  // Phase 5, from the spent blind sets 1 and 2, by kind (the gaps their reports named).
  ['suicide-risk', 'farewell_words & (rope_means | crisis_means | low_mood & unresponsive)'],
  ['suicide-risk', 'suicide_plan'],
  // Coughing up a cupful of blood, or more coming on a blood thinner.
  ['severe-bleeding', 'haemoptysis & (blood_cupful | blood_heavy_amount)'],
  // Early pregnancy, pain low on one side with shoulder-tip pain or fainting (NICE: ectopic).
  [
    'pregnancy-emergency',
    'pregnant & !preg_20w & (low_side_pain | one_sided_pain | abdo_pain | pelvic_pain) & (shoulder_tip | fainted | near_faint)',
  ],
  ['breathing-severe', 'fire_event'],
  [
    'spinal-cord-warning',
    'cancer & (legs_weak_both | legs_numb) & (walk_new_difficulty | cant_stand | numb_any & legs_weak_both | legs_numb & legs_weak_both)',
  ],
  // Lithium toxicity: muddled, slurred, drowsy or unable to walk straight is an emergency; a bit
  // unsteady, or shaky with sickness or diarrhoea, is a level today (NICE CKS lithium: a
  // same-day level, admission when severe; phase 25: the authors of nine fresh and blind sets
  // labelled the milder picture urgent). lithium_taker ("on lithium", a context) is read as well:
  // the sign table reads "for years" as history (phase 10, blind set 13).
  [
    'overdose-poisoning',
    '(lithium | lithium_taker) & (confused | speech_problem | drowsy | seizure | unresponsive | ataxia & !mild)',
  ],
  [
    'medicine-side-effect',
    '(lithium | lithium_taker) & (ataxia | shaky & (vomiting | diarrhoea | diarrhoea_lay | stomach_bug_lay))',
  ],
  [
    'possible-fracture',
    '!healed & (fall | fall_off | injury_event) & (limb_bruised_swollen & !toe_minor & !(can_bear_weight & !cant_weight_bear & !deformity & !severe & !severe_pain_any) | looks_bent)',
  ],
  ['eye-warning', 'shingles_face'],
  [
    'treatment-side-effects',
    '(chemo | chemo_drug) & mouth_sores & (not_eating_drinking | cant_swallow)',
  ],
  ['medicine-not-kept-down', '(transplant_drug | must_not_stop_drug | epilepsy) & missed_doses'],
  // One dose of a time-critical medicine missed (Parkinson's, epilepsy, insulin, steroid
  // replacement, HIV): a pharmacist or 111 today says how to catch up (phase 25).
  ['medicine-not-kept-down', 'must_not_stop_drug & missed_dose'],
  [
    'medicine-side-effect',
    'statin & muscle_ache & (dark_urine | dark_urine_cola | limb_weak | weak_new)',
  ],
  ['palpitations', 'irregular_pulse & !device_only_rhythm'],
  ['skin-infection', 'diabetic & (toe_infected | spreading_redness)'],
  ['mental-health-urgent', 'stopped_psych_meds & relapse_signs'],
  ['headache-warning-signs', 'headache & raised_pressure_cue'],
  ['wound-or-burn', 'burn_event & (blister | burn_large) & !(burn_small & !burn_large)'],
  // A fever that was there yesterday and is normal today is not a fever of several days.
  // Phase 5, wave 4 (by condition, first run 64/72).
  ['ent-warning', 'trismus & (voice_change | sore_throat | fever | one_sided_pain)'],
  ['severe-abdominal-pain', 'loin_pain & (severe | colicky)'],
  ['wound-or-burn', '(child | baby) & burn_event & (blister | burn)'],
  // "missed my pill yesterday (2nd one this week) and had sex last night" (phase 24): a second
  // pill missed is emergency contraception's question (FSRH: a pharmacist today).
  [
    'emergency-contraception',
    'contraceptive & (missed_doses | missed_dose & slip_repeated) & sex_recent',
  ],
  ['genital-warning', 'penile_discharge'],
  ['lump-needs-check', 'lump_word & (weight_loss | thinner | night_sweats | spreading_fast)'],
  // Phase 5, wave 5 (same-day, first run 35/42).
  ['joint-warning', '(child | baby) & (limping | refuses_walk) & (fever | temp_38)'],
  ['passing-urine-difficulty', 'retention_partial & (new_medicine | male | older)'],
];
