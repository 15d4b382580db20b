// Rules, heart, lungs, allergy and circulation: which combinations of concepts raise which
// flag. Expression language: expression.ts; concepts: lexicon-*.ts, measures.ts, rules.ts.

import type { RuleSource } from './rule-types';

export const HEART_LUNG_RULES: readonly RuleSource[] = [
  // NHS 999: chest pain that spreads, is heavy or tight, or comes with sweating, breathlessness
  // or sickness; NICE CG95: current chest pain of possible cardiac origin is an emergency.
  [
    'chest-pain-red-flags',
    'heart_attack_stated | gtn_no_relief | spray_no_relief & (chest_pain | chest_pressure_type) | antacid_no_relief & (chest_pain | chest_pressure_type) & (older | diabetic | heart_condition)',
  ],
  [
    'chest-pain-red-flags',
    'chest_pain & (radiates | sweaty | clammy | breathless | breathless_severe | nausea | vomiting | pale | near_faint | fainted | collapse | cyanosis | doom | gtn_no_relief | spray_no_relief | hr_fast | (severe | severe_pain_any) & !chest_wall & !(reflux_told & antacid_worked))',
  ],
  [
    'chest-pain-red-flags',
    'chest_pain & (chest_pressure_type | at_rest | onset_last_hour) & (older | diabetic | heart_condition | at_rest | onset_last_hour | worsening) & !chest_injury & !(reflux_told & !chest_pressure_type & !onset_last_hour & !older & !diabetic & !heart_condition)',
  ],
  [
    'chest-pain-red-flags',
    'arm_jaw_pain & (pale | sweaty | clammy | nausea | breathless | heart_attack_stated) & !injury_any',
  ],
  [
    'chest-pain-red-flags',
    'indigestion & (sweaty | clammy | pale | breathless | radiates | arm_jaw_pain | near_faint) & !mild',
  ],
  // Known angina now brought on by less effort or more often (crescendo angina; NICE CG95:
  // same-day assessment even when pain-free now; pain now is chest-pain's).
  ['chest-pain', 'angina_known & angina_worse'],
  [
    'chest-pain',
    // A known asthmatic's usual tight chest that the reliever cleared is asthma, not chest pain
    // (phase 24); a reliever that did not help is breathing-severe's.
    'chest_pain & !((panic_attack | panic_known) & resolved) & !chest_wall & !(brief_moment & none_since) & !heartburn_pattern & !(chest_tight_lay & asthma & reliever_worked & !inhaler_no_relief & !breathing_worse & !sudden) & !(reflux_told & antacid_worked & !(radiates | arm_jaw_pain | sweaty | clammy | breathless | exertional | older | diabetic | heart_condition | onset_last_hour))',
  ],
  // Pink or frothy sputum with breathlessness, or waking breathless and having to sit up to
  // breathe (acute pulmonary oedema: NHS "call 999" for sudden breathlessness; phase 20, a
  // 91-year-old "coughing up pink froth" read as same day).
  ['breathing-severe', 'frothy_sputum & (breathless | breathless_severe | orthopnoea)'],
  ['tearing-pain', 'tearing & (chest_pain | back_pain | abdo_pain | pain_to_back | sudden)'],
  ['tearing-pain', 'chest_pain & pain_to_back & (sudden | severe | severe_pain_any)'],
  [
    'tearing-pain',
    'aneurysm & (abdo_pain | back_pain | fainted | near_faint | severe_pain_any) & (sudden | severe | severe_pain_any | near_faint | fainted)',
  ],
  [
    'heart-rhythm-red-flags',
    'palpitations & (fainted | near_faint | chest_pain & !(panic_attack & (resolved | panic_recurrent & !sudden)) | breathless_severe & !((panic_attack | panic_known) & (resolved | panic_passed | panic_pattern)) | collapse | hr_fast & (dizzy | breathless))',
  ],
  [
    'heart-rhythm-red-flags',
    'icd_shock & !(icd_shock_single & (feels_fine | fine_now | fine_next_day | back_to_normal) & !(chest_pain | dizzy | near_faint | fainted | collapse | breathless | breathless_severe | palpitations | confused))',
  ],
  ['result-needs-check', 'icd_shock'],
  ['heart-rhythm-red-flags', '(fainted | collapse) & (exertional | palpitations | chest_pain)'],
  ['heart-rhythm-red-flags', '(hr_fast | hr_slow) & (near_faint | fainted | chest_pain)'],
  ['heart-rhythm-red-flags', 'hr_low_45 & (presyncope_lay | fainted | collapse) & !orthostatic'],
  [
    'palpitations',
    'palpitations & !device_only_rhythm & !palp_explained & !caffeine_drinks & !resolved & !palp_benign_told',
  ],
  [
    'palpitations',
    'hr_fast & !hr_from_exercise & !device_only_rhythm | hr_slow & (dizzy | near_faint | fainted)',
  ],
  [
    'heart-failure-signs',
    'orthopnoea | ankle_swelling & (breathless | breathing_worse) | heart_failure & (breathless | breathing_worse | ankle_swelling)',
  ],

  // Breathing: BTS life-threatening asthma, NHS 999 breathing signs, NICE NG143 for children.
  // Not a known panic attack, "couldn't breathe", that has passed (phase 10 fa3, blind set 13).
  [
    'breathing-severe',
    'breathless_severe & !((panic_attack | panic_known) & (resolved | panic_passed | panic_pattern)) & !(brief_moment & resolved & !(cyanosis | collapse | unresponsive | stridor | lip_face_swelling | allergen_trigger | wheeze)) & !(asthma_attack & reliever_worked & (resolved | feels_fine | fine_next_day) & !breathing_worse & !inhaler_no_relief) & !(newborn_noises_normal & (breathing_normal_said | baby_well_said) & (newborn | baby) & !(cyanosis | pale | floppy | not_feeding)) & !(grunt_poo & (newborn | baby | baby_word) & !(cyanosis | pale | floppy | not_feeding | breathing_fast | rr_fast | fever))',
  ],
  [
    'breathing-severe',
    '(asthma | asthma_attack | wheeze) & (silent_chest & (asthma_attack | ribs | drowsy | quiet_withdrawn | sleepy_lay | breathless | breathless_severe) | (asthma_attack | ribs) & (drowsy | quiet_withdrawn | sleepy_lay)) | peak_flow_severe',
  ],
  ['breathing-difficulty', 'peak_flow_moderate'],
  // Phase 24 (fresh set p24f): croup noisy only when upset, whooping cough, a twinge on the
  // side of a past collapsed lung, a slow pulse with dizziness.
  ['breathing-difficulty', '(child | baby) & croup_cough & noisy_cry'],
  ['infection-needs-check', 'whoop & cough'],
  ['chest-pain', 'pneumothorax_known & (side_twinge | chest_pain | breathless | pleuritic)'],
  ['result-needs-check', 'hr_low_45 & (dizzy | near_faint | weak_new)'],
  [
    'breathing-severe',
    'breathless & (baby | infant_u3m) & (noisy_breathing | breathing_fast | stridor)',
  ],
  [
    'breathing-severe',
    'cyanosis & (breathless | wheeze | asthma | copd | choking | drowsy | breathing_fast | noisy_breathing)',
  ],
  [
    'breathing-severe',
    'inhaler_no_relief & (asthma | breathless | wheeze | chest_pain | asthma_attack) & !(reliever_worked & (resolved | feels_fine | fine_next_day) & !breathing_worse)',
  ],
  [
    'breathing-severe',
    // Not the expected change at the end of life that the nurses have said to expect (phase
    // 25, fresh-triage-p25g fy001): their palliative team, unless there is distress.
    '(slow_breathing | rr_slow) & !(end_of_life & !eol_distress) | apnoea & (baby | child & !(sleep_apnoea & snoring))',
  ],
  [
    'breathing-severe',
    // Not the rattle of someone dying as expected, comfortable, at the end of life (phase 25,
    // fresh-triage-p26w ho131: the hospice's nurses, not 999; distress still reads).
    'noisy_breathing & (drowsy | unresponsive | breathing_fast | older | fainted | alcohol | alcohol_heavy | recreational | opioid) & !(end_of_life & !eol_distress & !breathing_fast & !cyanosis)',
  ],
  ['breathing-severe', '(breathless | breathing_fast) & (drowsy | confused | cyanosis | sats_low)'],
  ['breathing-severe', 'rr_very_fast | breathing_fast & baby & (not_feeding | apnoea)'],
  ['low-oxygen', 'sats_low'],
  // Firm (stop 48): a measured saturation is a number, which the net does not read; its
  // retrained urgent head took back "my pulse oximeter says 93 percent, is that too low?".
  ['oxygen-borderline', 'sats_borderline', { firm: true }],
  ['airway-blocked', 'choking & !resolved & !object_out & !choked_up & !choking_training'],
  ['airway-blocked', 'food_stuck & (cant_swallow_saliva | cant_swallow | breathless)'],
  ['airway-blocked', 'cant_swallow & (breathless | breathless_severe | stridor)'],
  [
    'airway-blocked',
    // Or with noisy breathing and a temperature (epiglottitis: "high temp, drooling, wont lie
    // down and his breathing sounds noisy"; phase 25, fresh-triage-p26r hj029).
    'cant_swallow_saliva | drooling & (sore_throat | stridor | breathless | cant_swallow | voice_change | throat_swelling | food_stuck | noisy_breathing & (fever | fever_word | high_fever_words))',
  ],
  ['airway-blocked', 'stridor & (at_rest | breathless | drowsy | cyanosis)'],
  // Phase 14 (recall2): not even water goes down, with a mouth that will not open, one side of
  // the throat swollen or a muffled "hot potato" voice (quinsy: NHS, A&E).
  [
    'airway-blocked',
    'cant_swallow_fluids & (trismus | trismus_lay | throat_one_side | muffled_voice | drooling | neck_swelling)',
  ],
  [
    'airway-blocked',
    '(tooth_pain | sore_throat | neck_swelling) & neck_swelling & (cant_swallow | breathless)',
  ],
  [
    'breathing-difficulty',
    'breathless & !breathless_explained & !pregnancy_effort_breath & !laugh_figurative & !(exertion_sport & recovered_quickly) & !(slow_course & breath_effort_slow & (exertional | breath_on_effort) & !wheeze & !breathing_worse) & !breath_long_course',
  ],
  ['breathing-difficulty', 'wheeze & (asthma_attack | breathing_worse | reliever_overuse | child)'],
  [
    'breathing-difficulty',
    'reliever_overuse | asthma_attack | (asthma | copd) & (breathing_worse | wheeze & !((wheeze_usual | reliever_worked & (mild | feels_fine)) & !breathing_worse & !breathless & !inhaler_no_relief))',
  ],
  [
    'breathing-difficulty',
    'stridor | croup & (breathless | drowsy | at_rest | (child | baby) & !back_to_normal & !breathing_ok)',
  ],
  ['breathing-difficulty', 'rr_fast | breathing_fast & (fever | child | baby | older)'],
  // Blood in the spit from bleeding gums is the gums' (phase 20).
  ['blood-in-phlegm', 'haemoptysis & !(gums_bleeding & !cough)'],
  ['severe-bleeding', 'haemoptysis & blood_heavy_amount'],

  // Clots (NICE NG158): a leg clot, and a clot in the lung.
  [
    'possible-clot-lung',
    '(calf_pain | leg_swollen_one | leg_swelling_any | dvt_word | clot_risk | postpartum | surgery_recent) & (breathless | pleuritic | haemoptysis | chest_pain) & (chest_pain | pleuritic | fainted | haemoptysis | breathless_severe | sudden)',
  ],
  [
    'possible-clot',
    'dvt_word | vein_inflamed & !varicose_bleed | leg_swollen_one | (calf_pain | leg_swelling_any) & (clot_risk | surgery_recent | pregnant | postpartum | red_hot_swollen & !(insect_bite & !calf_pain))',
  ],

  // Anaphylaxis (Resuscitation Council UK): airway, breathing or circulation after a trigger.
  // Not "show the nursery how to use his EpiPen" with no reaction now (phase 10 fa3).
  [
    'anaphylaxis',
    'anaphylaxis_word & !shock_claim_asked & !(study_context & !epipen_given & !allergen_trigger) | epipen & !(epipen_howto & !epipen_given) & !over_for_days | throat_closing | tongue_swelling',
  ],
  [
    'anaphylaxis',
    'throat_swelling & (allergy_context | new_medicine | allergen_trigger | lip_face_swelling | hives | breathless | cant_swallow)',
  ],
  // Not a sore throat with a jaw that will hardly open or a muffled voice and no allergen
  // (quinsy, ent-warning: phase 25, fresh-triage-p25m ge117, "can hardly open my mouth, one
  // side is swollen and my voice sounds muffled"). An antibiotic named is no allergy: p25o
  // gg074, "tonsillitis getting worse on the penicillin".
  [
    'anaphylaxis',
    '(lip_face_swelling & !quinsy_pattern | hives | allergy_context & rash) & (breathless | breathless_severe | wheeze | cant_swallow | voice_change | stridor | near_faint | fainted | collapse | cyanosis | dizzy | allergy_context & chest_pain)',
  ],
  [
    'anaphylaxis',
    'allergen_trigger & (wheeze | voice_change | stridor | breathless | breathless_severe | cant_swallow | near_faint | fainted | collapse | cyanosis | throat_swelling | (dizzy | cough) & (hives | lip_face_swelling))',
  ],
  ['breathing-severe', 'blue_lips & !raynaud_pattern & !cold_exposure & !breath_holding_spell'],
  // A faint or light-headedness after a medicine is anaphylaxis only with an allergic sign or
  // an allergy told (stop 52: "took my ramipril, metformin and furosemide as normal ... feel
  // lightheaded standing" after two days of vomiting, dehydration, was read as anaphylaxis:
  // allergy_context names ramipril and the antibiotics for their own reactions).
  [
    'anaphylaxis',
    'allergy_context & (ingested | allergen_trigger) & (wheeze | voice_change | stridor | breathless | breathless_severe | cant_swallow | throat_swelling | tongue_swelling | (near_faint | fainted) & (allergy_said | allergen_trigger | hives | lip_face_swelling | rash | itchy_all))',
  ],
  [
    'facial-swelling',
    'lip_face_swelling & !(lip_swelling_explained & !face_eye_said) & !dental_healing',
  ],
  [
    'drug-reaction',
    '(rash | hives) & (new_medicine | allergy_context) & !rash_resolved & !childhood_time & !mild_antibiotic_rash | allergy_context & limb_swelling_big',
  ],

  // A limb losing its blood supply; very high blood pressure.
  [
    'limb-blood-supply',
    'limb_cold_white & (numb_any | limb_cant_move | sudden) & !raynaud_pattern & !injury_any',
  ],
  ['high-blood-pressure', 'bp_crisis | bp_high_word & (headache | blurred_vision | chest_pain)'],
  [
    'very-unwell',
    '(bp_crisis | bp_severe & bp_high_word) & (chest_pain | severe | confused | speech_problem | blurred_vision)',
  ],
];
