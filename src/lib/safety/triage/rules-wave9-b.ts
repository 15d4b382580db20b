// Rules, phase 7 wave 9 (helper b): the kinds of lexicon-wave9-b.ts, each written as the
// guidance frames the situation (NICE NG225 / NHS suicide warning signs, NICE NG69 eating
// disorders, TOXBASE, NICE NG143 fever in under 5s, NHS pregnancy and after-birth warning
// signs, NICE hip fracture and falls). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WAVE9B_RULES: readonly RuleSource[] = [
  // Suicide: "won't be around after tonight" with a farewell, a pet handed over, low mood;
  // a farewell text and then silence; a place chosen with things given away or a secret; a
  // near attempt, or standing at a platform edge nearly going.
  [
    'suicide-risk',
    'not_around & (farewell_said | farewell_words | care_handover | goodbye_word | goodbye_cue | low_mood | low_mood_plain | suicidal | crisis_means | affairs_prep | giving_things)',
  ],
  [
    'suicide-risk',
    'farewell_said & (not_answering | not_around | care_handover | giving_things | place_chosen | keep_secret)',
  ],
  ['suicide-risk', 'farewell_words & (low_mood | low_mood_plain) & not_answering'],
  [
    'suicide-risk',
    'place_chosen & (giving_things | farewell_said | goodbye_cue | keep_secret | jump_from | low_mood | suicidal)',
  ],
  ['suicide-risk', 'near_attempt | cant_keep_safe | ligature_neck'],
  [
    'suicide-risk',
    'means_in_hand & (had_enough | low_mood | low_mood_plain | done_cue | suicidal | passive_death_wish) | had_enough & crisis_means',
  ],
  [
    'suicide-risk',
    '(platform_edge | danger_place) & (near_step | low_mood | low_mood_plain | passive_death_wish | done_cue)',
  ],

  // Mania or psychosis with danger (a roof, a balcony rail, a motorway on foot, "can fly").
  ['mental-health-danger', '(mania | psychosis | invulnerable) & (danger_spot | danger_place)'],
  [
    'mental-health-danger',
    'baby_delusion & (belief_said | postpartum | psychosis | not_sleeping) & !joking',
  ],
  // Violence at home now, with fear of harm, threats or agitation beyond control.
  ['mental-health-danger', 'violent_now & (fear_of_harm | agitation_severe | harm_others)'],
  ['someone-in-danger', 'child_shut_out & (child | baby | child_word)'],
  ['mental-health-danger', 'fear_of_harm & (agitation_severe | psychosis | mania)'],

  // Alcohol withdrawal with hallucinations or disorientation (delirium tremens), and early
  // withdrawal (shaking, sweating) said as "trying to stop", "day 2 no booze".
  [
    'withdrawal-danger',
    '(alcohol_withdrawal | stopped_drinking | off_drink) & (hallucinating | disoriented | psychosis & (confused | shaky | sweaty | disoriented) | seizure)',
  ],
  [
    'alcohol-withdrawal',
    'off_drink & (heavy_drinker | alcohol_drink | alcohol) & (shaky | sweaty | hr_fast | not_sleeping)',
  ],

  // Eating disorders (NICE NG69, MEED): fainting, chest pain, a slow or irregular heart,
  // weakness that stops standing, confusion or a fit are an emergency (a faint that happened,
  // not "feel faint" nor one at a blood test); dizziness, palpitations or weakness the same day.
  [
    'very-unwell',
    'eating_disorder & (collapse | fainted & !near_faint & !faint_explained | chest_pain | hr_slow | seizure | confused | cant_stand | palpitations & (weak_new | near_faint | dizzy))',
  ],
  ['very-unwell', 'eating_disorder & (bmi_very_low | walk_new_difficulty)'],
  [
    'mental-health-urgent',
    'weight_losing & ((child | teen_word) & (not_eating_drinking | exercise_excess) | eating_disorder)',
  ],
  // Catatonia: staring, not speaking or eating, in a known psychotic illness.
  ['mental-health-urgent', 'catatonic & (not_eating_drinking | psych_illness | psychosis)'],
  [
    'mental-health-urgent',
    'eating_disorder & (dizzy | near_faint | fainted | palpitations | weak_new | irregular_pulse)',
  ],

  // Poisoning: nine or more paracetamol-type tablets within a day (a staggered overdose);
  // someone else's insulin; detergent capsules or pods; a caustic on a child's lips.
  [
    'overdose-poisoning',
    'tablets_many_day & (paracetamol_word | overdose | medication_error | opioid | high_risk_drug | psych_meds | alcohol_heavy | alcohol_drink)',
  ],
  ['overdose-poisoning', 'paracetamol_word & dose_too_often & doses_repeated'],
  ['overdose-poisoning', 'insulin_not_own & insulin_word'],
  ['overdose-poisoning', 'nicotine_product & (child | baby) & (ingested | mouth_contact)'],
  // A gas smell with dizziness, sickness, headache or fainting (carbon monoxide or gas).
  [
    'overdose-poisoning',
    'gas_smell & (dizzy | headache | nausea | vomiting | fainted | collapse | drowsy | confused)',
  ],
  // Alcohol poisoning: confused, barely conscious, fitting, or sick and unable to stand.
  [
    'overdose-poisoning',
    'drinking_event & (unresponsive | barely_responsive | seizure | slow_breathing | (confused | drowsy) & (vomiting | cant_stand | walk_new_difficulty) | cant_stand & vomiting) & !joking',
  ],
  ['swallowed-hazard', 'detergent_capsule & (ingested | mouth_contact) & !eye_chemical'],
  ['overdose-poisoning', 'co_alarm_sounding'],
  ['ingestion-advice', '(caustic | detergent_capsule) & (child | baby) & mouth_contact'],
  [
    'swallowed-hazard',
    'irritant_household & (ingested | mouth_contact) & (cough | vomiting | breathless | wheeze | mouth_burns | drooling)',
  ],
  ['ingestion-advice', 'irritant_household & (ingested | mouth_contact) & (child | baby)'],

  // Babies and children (NICE NG143): grey or ashen skin, a high or shrill cry (red);
  // sick after every feed (dehydration risk); a limp with no injury; croup; neck pain on
  // bending forward with a fever.
  [
    'child-red-flags',
    '(baby | child | baby_age_bare) & (skin_grey & !(mild & !cold_touch) | high_cry)',
  ],
  ['dehydration', '(baby | child | baby_age_bare) & vomit_every_feed'],
  // Lips bluish or breathing with pauses in a baby or child (NICE NG143 red; apnoea).
  [
    'child-red-flags',
    '(baby | child | baby_age_bare | infant_u3m) & (cyanosis_more | breath_pauses & (cyanosis | skin_grey | floppy | drowsy | unresponsive | pale))',
  ],
  [
    'breathing-severe',
    'cyanosis_more & (breathless | breathing_fast | drowsy | unresponsive | chest_pain)',
  ],
  // A newborn with no meconium; an infected cord stump; a bruise on a baby who cannot move
  // about (NICE CG89); the same medicine given twice by two carers.
  ['baby-needs-check', '(newborn | baby | infant_u3m) & no_poo_since_birth'],
  ['baby-needs-check', '(newborn | baby | infant_u3m | baby_age_bare) & stump_infected'],
  [
    'baby-needs-check',
    '(baby | infant_u3m | baby_age_bare) & bruise_any & (not_mobile | infant_u6m) & !bruise_explained',
  ],
  ['medication-error', 'dose_given_twice & (child | baby)'],
  [
    'joint-warning',
    'child & (limp_new | limping & !floppy) & !injury_any & !back_to_normal & !improving',
  ],
  ['breathing-difficulty', '(child | baby) & croup_cough & !back_to_normal & !breathing_ok'],
  ['meningitis-signs', 'fever & neck_flex_pain'],
  // A child with a fever who will not bear weight or cannot have the hip touched (septic
  // arthritis until shown otherwise); a young child's scrotum swollen and screaming, or
  // swelling that came on within hours (torsion).
  [
    'hot-joint-fever',
    'child & fever & (cant_weight_bear | hip_pain & (severe | severe_pain_any)) & hot_joint_sepsis',
  ],
  [
    'hot-joint-today',
    'child & fever & (cant_weight_bear | hip_pain & (severe | severe_pain_any)) & !hot_joint_sepsis',
  ],
  [
    'testicle-pain-sudden',
    '(scrotal_swelling | testicle_pain) & (onset_last_hour | (child | baby) & (sudden | severe | severe_pain_any | vomiting))',
  ],

  // Pregnancy: a cord felt or seen after the waters go (999); swelling of hands or face
  // (pre-eclampsia); after the birth, lochia that smells or gets heavier again.
  ['pregnancy-emergency', '(pregnant | waters_broken) & cord_felt'],
  ['pregnancy-warning', 'pregnant & (hands_face_swelling | waters_leak)'],
  // Waters gone with a fever or shivers (infection of the womb: NHS, go now).
  ['pregnancy-emergency', 'pregnant & (waters_broken | waters_leak) & (fever | rigors | shaky)'],
  // After a birth: low, crying all day, or not bonding with the baby (NICE CG192).
  [
    'mental-health-urgent',
    '(postpartum | postpartum_said) & (bond_fail | (low_mood | low_mood_plain) & crying_constant)',
  ],
  // A fall in pregnancy onto the bump, with tummy pain, bleeding, or after 20 weeks.
  [
    'pregnancy-warning',
    'pregnant & fall & (preg_20w | abdo_pain | bump_word | bleeding_any & !(bleeding_not_genital & !vaginal_said))',
  ],
  // Blood pressure after a birth: 160/110 with a headache or visual signs is pre-eclampsia.
  [
    'pregnancy-emergency',
    '(postpartum | postpartum_said) & bp_severe & (headache | blurred_vision | flashing_lights)',
  ],
  ['pregnancy-warning', '(postpartum | postpartum_said) & bp_high'],
  [
    'pregnancy-warning',
    '(postpartum | postpartum_said) & (lochia_change | (bleeding_any | (vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)) | smelly_discharge) & (smells_bad | heavier_again))',
  ],

  // Older adults: barely responding; a long lie on the floor, or found there cold or
  // muddled; a fall that bruised or hurt a hip (NICE hip fracture).
  ['unresponsive', 'barely_responsive'],
  [
    'temperature-emergency',
    'floor_long & (cold_touch | older & (confused | drowsy | speech_problem | cold_touch))',
  ],
  ['very-unwell', 'floor_long & (older | confused | drowsy)'],
  ['possible-fracture', 'older & fall & hip_hurt'],
  // An injury with signs of shock: pale and clammy or sweaty.
  [
    'very-unwell',
    '(fall | injury_event) & (deformity | looks_bent | fracture_word) & pale & (clammy | sweaty)',
  ],
  // Hypothermia: cold to the touch and muddled, drowsy or barely responding, or an older
  // person found outdoors cold after wandering.
  [
    'temperature-emergency',
    'cold_touch & (confused | drowsy | unresponsive | barely_responsive | speech_problem | found_outdoors & older)',
  ],
  // New aggression or agitation in dementia (delirium until shown otherwise).
  ['confusion', 'dementia_known & lashing_out & (new_behaviour | change_from_usual | sudden)'],

  // Mental health, same day: not leaving bed, not caring for oneself, crying all day.
  [
    'mental-health-urgent',
    '(not_getting_up | crying_constant) & (low_mood | low_mood_plain | not_eating_drinking | self_care_failing | not_getting_up & crying_constant) & !(baby & !(low_mood | low_mood_plain))',
  ],
];
