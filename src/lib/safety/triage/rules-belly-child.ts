// Rules, abdomen, urinary, genital, pregnancy and children. Expression language: expression.ts.

import type { RuleSource } from './rule-types';

/**
 * A baby's scrotal swelling that a midwife lit up and called fluid (a hydrocele; phase 25,
 * fresh-triage-p27m ie135), unless it came on suddenly, is red or brings sickness or constant
 * crying: read by both testicle rules below.
 */
const HYDROCELE_TOLD =
  '(hydrocele_said & (newborn | baby) & !(sudden | red_hot_swollen | vomiting | crying_constant))';

export const BELLY_CHILD_RULES: readonly RuleSource[] = [
  // Acute abdomen (NICE CKS; NHS A&E list).
  ['abdominal-emergency', 'rigid_abdomen & (abdo_pain | severe_pain_any | vomiting)'],
  [
    'abdominal-emergency',
    'abdo_pain & severe_pain_any & (sudden | vomiting | pale | sweaty | fainted | near_faint | distension)',
  ],
  ['abdominal-emergency', 'bilious_vomit & (distension | no_flatus | abdo_pain | older)'],
  [
    'abdominal-emergency',
    'faeculent_vomit | distension & (no_flatus | no_bowel_movement & vomiting) | vomiting & no_flatus | hernia & irreducible',
  ],
  [
    'abdominal-emergency',
    '(abdo_pain | epigastric_pain) & pain_to_back & (vomiting | severe_pain_any | alcohol)',
  ],
  ['abdominal-emergency', 'abdo_pain & (jaundice & (fever | rigors) | fainted | collapse)'],
  ['abdominal-emergency', 'abdo_pain & distension & vomiting'],
  [
    'severe-abdominal-pain',
    '(abdo_pain | loin_pain) & (severe_pain_any | worsening | peritonism | rlq_pain | constant_pain | ruq_pain & (nausea | vomiting | fever)) & !period & !mild',
  ],
  [
    'severe-abdominal-pain',
    'rlq_pain & (worsening | fever | peritonism) | renal_colic & !(stone_managed & !fever & !rigors & !vomiting)',
  ],
  ['jaundice', 'jaundice'],
  [
    'dehydration',
    'dehydration | vomit_persistent & !keeping_fluids | diarrhoea & (fever_3d | weak_new | older & !kept_down_lay | baby & !breastfed_poo_normal) | diarrhoea_long',
  ],

  // Kidneys and bladder (NICE NG109/NG111; NHS: A&E if you cannot pee).
  ['urinary-retention', 'retention'],
  ['passing-urine-difficulty', 'retention_partial'],
  // Not a urine infection only feared with the colour put down to beetroot and no pain, fever
  // or loin pain (stop 50, fresh-triage-p30h kz032).
  [
    'urine-infection-warning',
    'uti_symptoms & (fever | rigors | loin_pain | male | pregnant | child | baby | older & confused | haematuria | vomiting) & !(uti_feared & benign_colour & !fever & !loin_pain)',
  ],

  // Genitals (NHS A&E: testicle pain that is sudden and severe; priapism over 4 hours).
  ['testicle-pain-sudden', 'testicle_pain & (sudden | severe_pain_any | nausea | vomiting)'],
  // Not a varicocele's "bag of worms" ache after standing (phase 25, fresh-triage-p25k).
  [
    'testicle-pain',
    `(testicle_pain & !mild | scrotal_swelling) & !(varicocele_lay & !sudden & !severe) & !${HYDROCELE_TOLD}`,
  ],
  ['priapism', 'priapism'],
  ['sexual-assault', 'sexual_assault'],
  // Firm (stop 48): the windows for emergency contraception, HIV PEP and evidence do not close
  // because the person feels fine; the net's retrained urgent head took back "last night my date
  // kept going when I told him to stop. I'm not injured" (probes-p24e-fresh). Not a drink spiked
  // asked about for staff training (fresh-triage-p27u), which the net may still take back.
  ['sexual-assault', 'sexual_assault & !spiked_lay & !training_topic', { firm: true }],
  // A child telling of abuse; a pregnant woman pushed or hit (phase 21's fresh set).
  ['sexual-assault', 'child_abuse_told & (child | baby)'],
  // A child who tells of abuse and is bleeding or hurt down below (phase 25, fresh-triage-p25d
  // fv035): the police and a hospital now.
  [
    'someone-in-danger',
    'child_abuse_told & (child | baby) & (vaginal_bleeding | bleeding_any | injury_any | severe_pain_any)',
  ],
  // A broken penis; a ring stuck round it going swollen, dark or numb (NHS: A&E).
  ['serious-injury', 'penile_fracture'],
  [
    'limb-blood-supply',
    'genital_constriction & (ring_stuck | swollen_any | numb_any | cyanosis | genital_dark | severe_pain_any)',
  ],
  // A hard, board-like belly that hurts to touch with a fever (peritonitis), whatever it is
  // put down to ("just bad period pain from her endo"; phase 25, fresh-triage-p25d fv080).
  [
    'abdominal-emergency',
    'rigid_abdomen & guarding & (fever | temp_bare_high | temp_38 | high_fever_words | worsening)',
  ],
  ['pregnancy-warning', 'pregnant & assaulted'],
  ['genital-warning', 'retained_object | paraphimosis | smelly_discharge & (fever | abdo_pain)'],

  // Pregnancy and after a birth (NHS, RCOG, NICE NG133 pre-eclampsia).
  // A fever in pregnancy with the baby moving less, or with tummy pain and a racing heart or
  // shivers: infection of the womb or sepsis (phase 24, fresh set p24b; RCOG: maternity unit
  // now).
  [
    'pregnancy-emergency',
    'pregnant & (temp_38 | fever) & (reduced_fetal_movement | no_fetal_movement)',
  ],
  [
    'pregnancy-emergency',
    'pregnant & (heavy_bleeding | (vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)) & blood_heavy_amount | seizure | cord_visible | no_fetal_movement | (bump_hard | rigid_abdomen) & (constant_pain | (vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)) | bleeding_any | abdo_pain | severe_pain_any))',
  ],
  [
    'pregnancy-emergency',
    'pregnant & (vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)) & (abdo_pain | one_sided_pain | constant_pain) & (near_faint | fainted | dizzy | severe_pain_any | pale | contractions)',
  ],
  [
    'pregnancy-emergency',
    'pregnant & (one_sided_pain | abdo_pain | severe_pain_any) & (near_faint | fainted)',
  ],
  [
    'pregnancy-emergency',
    'pregnant & (one_sided_pain | abdo_pain) & dizzy & (severe | severe_pain_any | preg_early | (vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)))',
  ],
  // Not a known migraine's usual aura before 20 weeks, when pre-eclampsia does not occur (phase
  // 25, fresh-triage-p26d gv064: "always get flashing lights before my migraines ... 14 weeks").
  [
    'pregnancy-emergency',
    'pregnant & (headache & (blurred_vision | flashing_lights | face_hand_swelling | severe | severe_pain_any | vision_loss) | (blurred_vision | flashing_lights) & (face_hand_swelling | ruq_pain | epigastric_pain)) & !(pregnant_weeks & !preg_20w & headache_pattern_known & !never_before & !worsening & !sudden)',
  ],
  [
    'pregnancy-emergency',
    'pregnant & (ruq_pain | epigastric_pain) & (nausea | vomiting | headache)',
  ],
  ['pregnancy-emergency', 'pregnant & bp_severe & (headache | blurred_vision | flashing_lights)'],
  [
    'pregnancy-emergency',
    'pregnant & preg_20w & (vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)) & (constant_pain | severe_pain_any)',
  ],
  ['pregnancy-emergency', 'cord_visible & (waters_broken | contractions) | placenta_retained'],
  ['pregnancy-emergency', 'birth_imminent & (pregnant | contractions | waters_broken)'],
  // Shivers with a fever after a birth, unless mastitis explains them (stop 49, fresh-triage-p30c
  // ku075: a red hot patch on a breast with 38.6 and shivers is mastitis, the GP today).
  [
    'pregnancy-emergency',
    'postpartum & (heavy_bleeding | fever & ((rigors | shaky) & !mastitis | temp_39 | smelly_discharge | very_unwell | abdo_pain) | breathless & chest_pain | headache & (severe | blurred_vision))',
  ],
  ['pregnancy-warning', 'postpartum & vaginal_bleeding & (bleeding_returned | bleeding_again)'],
  [
    'pregnancy-warning',
    'pregnant & ((vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)) | reduced_fetal_movement & !(first_movements_not_yet & preg_before_24w) | vomit_persistent | face_hand_swelling | waters_broken | contractions & preg_preterm | contractions_regular | bp_high | chickenpox_contact | uti_symptoms | fever | itchy_palms | one_sided_pain | abdo_pain & (severe_pain_any | constant_pain) | headache & severe | blurred_vision | miscarriage)',
  ],
  [
    'pregnancy-warning',
    'postpartum & (wound_infected | mastitis | fever | smelly_discharge | calf_pain | (vaginal_bleeding & !(bleeding_not_genital & !vaginal_said)) & worsening)',
  ],

  // Children (NICE NG143 traffic lights: red → emergency, amber → same day).
  // A breastfeeding mother's own fever (mastitis) is not her baby's.
  [
    'infant-fever',
    'infant_u3m & fever & !(mastitis | (breastfeeding | postpartum) & breast_sign) & !infant_fever_mild',
  ],
  [
    'infant-fever-today',
    'infant_fever_mild & !(mastitis | (breastfeeding | postpartum) & breast_sign)',
  ],
  // A swollen or painful tummy with sickness or less urine after fertility treatment (ovarian
  // hyperstimulation: HFEA, RCOG; phase 25, fresh-triage-p25d fv002).
  [
    'fertility-treatment-warning',
    'fertility_treatment & (distension | abdo_pain) & (nausea | vomiting | little_urine | little_urine_more | breathless)',
  ],
  // A period late with pain low down on one side (NHS: a pregnancy test, and an ectopic
  // pregnancy checked the same day).
  [
    'pregnancy-warning',
    'period_late & (low_side_pain | one_sided_pain | pain_one_side_more) & !pregnancy_negative',
  ],
  // A migraine with aura on the combined pill (UKMEC 4: stop it; phase 25, fresh-triage-p25d
  // fv109: "first ever migraine with zigzag flashing lines ... im on yasmin").
  ['medicine-side-effect', 'aura_lay & contraceptive & !progestogen_only'],
  // A red, hot, painful breast with a temperature, breastfeeding or not (mastitis or an
  // abscess: antibiotics the same day; phase 25, fresh-triage-p25d fv092).
  [
    'skin-infection',
    '(mastitis | breast_sign & (burning_hot | heat_more | red_hot_swollen)) & (fever | temp_38 | temp_bare_high | rigors)',
  ],
  [
    'child-red-flags',
    '(child | baby) & (mottled & !peripheral_blue_only | cyanosis & !breath_holding_spell | floppy & !(breath_holding_spell & brief_moment) | bulging_fontanelle | rr_very_fast | apnoea & !(sleep_apnoea & snoring & !baby) | non_blanching_rash & !rash_blanches & !(face_dots_from_straining & !(fever | fever_word | temp_bare_high | floppy | drowsy)) | bilious_vomit | intussusception & !(colic_told & habit_time & !(blood_in_stool | vomiting | bilious_vomit | pale | floppy | drowsy)) | cold_extremities & fever | high_pitched_cry & (fever | drowsy) | drowsy & !drowsy_roused & (fever | vomiting | not_feeding | dehydration) | fever & very_unwell)',
  ],
  [
    'child-red-flags',
    'baby & (not_feeding & (drowsy | breathing_fast | floppy | cold_extremities) | jaundice & (drowsy | not_feeding))',
  ],
  [
    'child-fever-warning',
    '(child | baby) & fever & (infant_u6m & temp_39 | fever_5d | rigors | not_feeding | dehydration | breathing_fast | rr_fast | not_responding_normally | drowsy & !drowsy_roused | rash & !rash_blanching & !fever_gone | high_pitched_cry | not_eating_drinking & baby)',
  ],
  ['ent-warning', '(child | baby) & cant_swallow | nose_ear_object'],
  [
    'child-fever-warning',
    'child & (temp_39 | high_fever_words) & (not_eating_drinking | fever_not_settling | weak_new | very_unwell)',
  ],
  ['child-fever-warning', 'infant_u3m & (not_feeding | not_eating_drinking)'],
  ['eye-warning', 'infant_u3m & eye_discharge'],
  ['jaundice', 'infant_u3m & jaundice'],
  // Not a baby's swelling a midwife lit up and called fluid (HYDROCELE_TOLD).
  ['testicle-pain', `(child | baby) & scrotal_swelling & !${HYDROCELE_TOLD}`],

  // Phase 14 (helper recall, probes-p14-recall.json): no movement felt at all today, said with
  // a hedge or a pronoun ("37 weeks ... I don't think I've felt him move at all today"), from
  // 24 weeks or with no stage said (NHS, RCOG: call the maternity unit now). Not before 24
  // weeks, when first movements may be still to come.
  // Said of "it", "any" or "one" movement, or "had"/"noticed", a pregnancy word is needed.
  [
    'pregnancy-emergency',
    'fetal_none_lay & (fetal_none_of_baby | pregnant) & !preg_before_24w & !first_movements_not_yet',
  ],
];
