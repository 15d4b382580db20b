// Rules: combinations of concepts that raise flags. The rules themselves are data, written in
// expression.ts's small language and grouped by domain in rules-*.ts; this file derives a few
// concepts every domain uses (a fever, a child, pregnant...), applies the rules and decides the
// final list of flags:
// - an episode days or weeks ago that would have been an emergency becomes one urgent
//   "earlier-warning-sign" flag, unless a sign the rule reads is still present now;
// - within a domain, an emergency flag supersedes the urgent ones;
// - flags are listed most serious first, then in the order of flags.ts.

import { parseExpression, type Expression } from './expression';
import { COMPUTED_CONCEPTS, type Findings } from './findings';
import { FLAG_ORDER, TRIAGE_FLAGS, type FlagDef } from './flags';
import { LEXICON, LEXICON_NAMES } from './lexicon';
import { BELLY_CHILD_RULES } from './rules-belly-child';
import { BODY_RULES } from './rules-body';
import { BLIND_KIND_RULES } from './rules-blind-kinds';
import { BRAIN_MIND_RULES } from './rules-brain-mind';
import { GP_TODAY_RULES } from './rules-gp-today';
import { HEART_LUNG_RULES } from './rules-heart-lungs';
import { MORE_RULES } from './rules-more';
import { SAME_DAY_RULES } from './rules-same-day';
import { WAVE9B_RULES } from './rules-wave9-b';
import { WAVE9A_RULES } from './rules-wave9-a';
import { WAVE9E_RULES } from './rules-wave9-e';
import { WAVE10_RULES } from './rules-wave10';
import { WAVE11_RULES } from './rules-wave11';
import { WAVE12_RULES } from './rules-wave12';
import { WAVE13_RULES } from './rules-wave13';
import { BLIND17_RULES } from './rules-blind17';
import { WAVE9D_RULES } from './rules-wave9-d';
import { FOOD_RULES } from './rules-food';
import { AFTER_CARE_RULES } from './rules-after-care';
import { YOUNG_PEOPLE_RULES } from './rules-young-people';
import { MIND_BODY_RULES } from './rules-mind-body';
import { TIME_CRITICAL_RULES } from './rules-time-critical';
import { APPEARANCE_RULES } from './rules-appearance';
import { ASIDE_RULES } from './rules-aside';
import { CANT_SAY_RULES } from './rules-cant-say';
import { BARRIERS_RULES } from './rules-barriers';
import { DEVICES_RULES } from './rules-devices';
import { NIGHTS_OUT_RULES } from './rules-nights-out';
import { HEAD_NERVES_RULES } from './rules-head-nerves';
import { BELLY_MORE_RULES } from './rules-belly-more';
import { CHEST_BREATH_RULES } from './rules-chest-breath';
import { SKIN_MORE_RULES } from './rules-skin-more';
import { CRISIS_MORE_RULES } from './rules-crisis-more';
import { LITTLE_ONES_RULES } from './rules-little-ones';
import { BABIES_TODDLERS_RULES } from './rules-babies-toddlers';
import { UNDER_FIVES_RULES } from './rules-under-fives';
import { OLDER_CARERS_RULES } from './rules-older-carers';
import { MEDICINES_MORE_RULES } from './rules-medicines-more';
import { MEDICINES_THIRD_RULES } from './rules-medicines-third';
import { AFTER_SEEN_RULES } from './rules-after-seen';
import { CRISIS_THIRD_RULES } from './rules-crisis-third';
import { CRISIS_FIFTH_RULES, CRISIS_FOURTH_RULES } from './rules-crisis-fourth';
import { CRISIS_SIXTH_RULES } from './rules-crisis-sixth';
import { CRISIS_SEVENTH_RULES } from './rules-crisis-seventh';
import { MEDICINES_FIFTH_RULES } from './rules-medicines-fifth';
import { TIME_CRITICAL_FIFTH_RULES } from './rules-time-critical-fifth';
import { TIME_CRITICAL_SIXTH_RULES } from './rules-time-critical-sixth';
import { SAME_DAY_SIXTH_RULES } from './rules-same-day-sixth';
import { BELLY_FIFTH_RULES } from './rules-belly-fifth';
import { ASIDE_SECOND_RULES } from './rules-aside-second';
import { PREGNANCY_FIFTH_RULES } from './rules-pregnancy-fifth';
import { SEXUAL_FIFTH_RULES } from './rules-sexual-fifth';
import { CHILD_SENSES_FIFTH_RULES } from './rules-child-senses-fifth';
import { OLDER_INFECTIONS_FIFTH_RULES } from './rules-older-infections-fifth';
import { LONG_TERM_THIRD_RULES } from './rules-long-term-third';
import { WEEK_FOURTH_RULES } from './rules-week-fourth';
import { MEDICINES_FOURTH_RULES } from './rules-medicines-fourth';
import { WORK_OUTDOORS_SECOND_RULES } from './rules-work-outdoors-second';
import { YOUNG_PEOPLE_SECOND_RULES } from './rules-young-people-second';
import { NEWBORNS_THIRD_RULES } from './rules-newborns-third';
import { SKIN_FOURTH_RULES } from './rules-skin-fourth';
import { INJURIES_FOURTH_RULES } from './rules-injuries-fourth';
import { SEXUAL_FOURTH_RULES } from './rules-sexual-fourth';
import { SENSES_FOURTH_RULES } from './rules-senses-fourth';
import { CHILD_FOURTH_RULES } from './rules-child-fourth';
import { INFECTIONS_FOURTH_RULES } from './rules-infections-fourth';
import { OLDER_FOURTH_RULES } from './rules-older-fourth';
import { HEAD_FOURTH_RULES } from './rules-head-fourth';
import { CHEST_FOURTH_RULES } from './rules-chest-fourth';
import { NIGHTS_FOURTH_RULES } from './rules-nights-fourth';
import { CHEST_THIRD_RULES } from './rules-chest-third';
import { HEAD_THIRD_RULES } from './rules-head-third';
import { INJURIES_THIRD_RULES } from './rules-injuries-third';
import { BELLY_THIRD_RULES } from './rules-belly-third';
import { WEEK_THIRD_RULES } from './rules-week-third';
import { PREGNANCY_THIRD_RULES } from './rules-pregnancy-third';
import { OLDER_THIRD_RULES } from './rules-older-third';
import { CHILD_THIRD_RULES } from './rules-child-third';
import { SKIN_THIRD_RULES } from './rules-skin-third';
import { INFECTIONS_THIRD_RULES } from './rules-infections-third';
import { SEXUAL_THIRD_RULES } from './rules-sexual-third';
import { NIGHTS_THIRD_RULES } from './rules-nights-third';
import { PREGNANCY_MORE_RULES } from './rules-pregnancy-more';
import { INJURIES_MORE_RULES } from './rules-injuries-more';
import { CRISIS_SECOND_RULES } from './rules-crisis-second';
import { SKIN_SECOND_RULES } from './rules-skin-second';
import { FAMILIES_RULES } from './rules-families';
import { BELLY_SECOND_RULES } from './rules-belly-second';
import { CHEST_SECOND_RULES } from './rules-chest-second';
import { HEAD_SECOND_RULES } from './rules-head-second';
import { SCHOOL_AGE_RULES } from './rules-school-age';
import { WORK_OUTDOORS_RULES } from './rules-work-outdoors';
import { TIME_CRITICAL_SECOND_RULES } from './rules-time-critical-second';
import { TIME_CRITICAL_THIRD_RULES } from './rules-time-critical-third';
import { TIME_CRITICAL_FOURTH_RULES } from './rules-time-critical-fourth';
import { SAME_DAY_THIRD_RULES } from './rules-same-day-third';
import { SAME_DAY_SECOND_RULES } from './rules-same-day-second';
import { SEXUAL_SECOND_RULES } from './rules-sexual-second';
import { FOOD_SECOND_RULES } from './rules-food-second';
import { NIGHTS_SECOND_RULES } from './rules-nights-second';
import { SENSES_SECOND_RULES } from './rules-senses-second';
import { CANT_SAY_SECOND_RULES } from './rules-cant-say-second';
import { BARRIERS_SECOND_RULES } from './rules-barriers-second';
import { MIND_BODY_SECOND_RULES } from './rules-mind-body-second';
import { DEVICES_SECOND_RULES } from './rules-devices-second';
import { APPEARANCE_SECOND_RULES } from './rules-appearance-second';
import { ENGLISHES_SECOND_RULES } from './rules-englishes-second';
import { NEWBORNS_SECOND_RULES } from './rules-newborns-second';
import type { RuleSource } from './rule-types';
import { WAVE9_C_RULES } from './rules-wave9-c';
import { LEVEL_RANK } from './types';

/** Concepts derived from others, in order (later ones may read earlier ones). */
const DERIVED_SOURCES: readonly RuleSource[] = [
  ['fever', 'temp_38 | temp_bare_high & !fever_gone | fever_word & !temp_normal & !fever_gone'],
  ['infant_u3m', 'infant_u3m_age | newborn'],
  ['baby', 'baby_age | infant_u3m | baby_word & !adult_age & !pregnant_word & !pregnant_weeks'],
  ['child', 'child_age | baby | child_word & !adult_age'],
  ['older', 'older_age | older_word'],
  ['pregnant', 'pregnant_weeks | pregnant_word'],
  ['postpartum', 'postpartum_days | postpartum_word'],
  // A child sleepier than usual who wakes and responds (phase 22): amber, for today, not the
  // red drowsiness the emergency rules read; not with any sign that they do not stay awake.
  // "Not interested in playing" beside it is amber too (NICE NG143: decreased activity, not
  // responding normally to social cues), so it does not undo the waking (phase 25). So is a
  // child who "only stays awake if we keep talking to her" (NICE NG143: wakes only with
  // prolonged stimulation, amber; phase 25, fresh-triage-p25y).
  [
    'drowsy_roused',
    '(wakes_responsive | perked_up | wakes_only_stimulated) & (child | baby) & !(floppy | unresponsive | barely_wakeable | cant_stay_awake | confused | mottled | cyanosis)',
  ],
  [
    'infection',
    'fever | rigors | infection_words | temp_low | spreading_redness | abscess | wound_infected | uti_symptoms',
  ],
  [
    'sepsis_sign',
    'confused & !confusion_subacute | drowsy & !drowsy_roused | unresponsive | mottled | cyanosis | rigors_severe | doom | (breathing_fast | rr_fast) & !child | hr_fast | bp_low | bp_low_word | fainted & !febrile_fit | near_faint & very_unwell | speech_problem | palpitations & (dizzy | near_faint)',
  ],
  // "I think I'm dehydrated" on its own is not a sign; said of a child, an older person or
  // with sickness, diarrhoea, dizziness or drowsiness it is.
  [
    'dehydration',
    'dehydration_sign | dehydrated_word & (child | baby | older | pregnant | vomiting | diarrhoea | dizzy | near_faint | drowsy | confused | weak_new | not_eating_drinking | very_unwell | fever)',
  ],
  // One extra dose of a common medicine taken by mistake, in an adult who says they feel fine
  // (NHS: for most medicines one extra dose is unlikely to harm; ask a pharmacist). Not a blood
  // thinner, insulin, a strong painkiller, a sedative or any narrow-margin medicine; not a
  // child; not a slip repeated over days or of the whole round of tablets; not with any
  // symptom; not a count of many tablets.
  [
    'minor_slip',
    'single_extra_dose & (feels_fine | no_symptoms_said | back_to_normal) & !slip_repeated & !whole_round & !narrow_drug & !high_risk_drug & !anticoagulant & !opioid & !slip_risky_drug & !child & !baby & !pregnant & !overdose & !tablets_many_day & !(drowsy | confused | unresponsive | vomiting | dizzy | near_faint | fainted | palpitations | shaky | breathless)',
  ],
  // Panic attacks told as a pattern with nothing a panic attack does not explain (phase 17):
  // their racing heart and "can't breathe" are the attack's own (rules-heart-lungs.ts).
  [
    'panic_pattern',
    'panic_recurrent & !(cyanosis | collapse | unresponsive | stridor | lip_face_swelling | allergen_trigger | wheeze | chest_pain | fainted)',
  ],
  // A flat blotchy rash days into a course of antibiotics, not itchy, with no hives, swelling,
  // blisters, breathing trouble or fever (NICE CG183: a non-urgent rash, the GP records the allergy;
  // stop 50, fresh-triage-p30h kz002 and p30b kt053, two authors of no code).
  [
    'mild_antibiotic_rash',
    'on_antibiotics & blotchy_rash & !(rash_itchy | itchy_all | hives | lip_face_swelling | hands_face_swelling | breathless | wheeze | blister | skin_peeling | fever | non_blanching_rash | vomiting | drowsy)',
  ],
  // Beside a hot swollen joint or a child's limp with a fever, what makes it 999 rather than
  // the same day (stop 51, rules-body.ts hot-joint-today): 39 or more, or sepsis's signs.
  [
    'hot_joint_sepsis',
    'temp_39 | sepsis_sign | rigors_severe | very_unwell | high_fever_words | prosthetic_joint & (rigors | shaky)',
  ],
  // An eye problem for eye casualty the same day rather than 999 (stop 51: the spent fresh sets'
  // authors gave some 25 contact lens wearers' painful red eyes, superglue on the lids, uveitis
  // in ankylosing spondylitis, optic neuritis and arc eye 'urgent'; NHS contact lens problems,
  // NICE CKS red eye). Not with a chemical, sight lost, halos, vomiting, a bulging eye, a cut or
  // giant cell arteritis: those stay 999.
  [
    'eye_same_day',
    '(contact_lens_eye | contact_lens_wearer & (eye_pain_red | photophobia) | superglue_eye | eye_inflammation_known & (eye_pain_red | photophobia) | optic_neuritis_lay & (blurred_vision | ms_known | optic_neuritis_lay) | arc_eye & (eye_pain_red | eyes_red_lay | eye_burning | eye_burning_shut | photophobia | eye_still_feels | eye_foreign_feel)) & !((eye_chemical | eye_chemical_lay | eye_chemical_more | chemical_went_in_it | eye_liquid) & !superglue_eye | vision_gone_lay | vision_loss_lay | eye_cant_see | sight_reduced | halos | halos_lay | vomiting | eye_bulging | eye_cut | eye_penetrating | eye_bleeding | gca | gca_lay | fever)',
  ],
  // One whole side of the face weak, the forehead or the eyelid too (or with an ear, a tick bite
  // or shingles behind it), arms, legs and speech fine: Bell's palsy, Ramsay Hunt or Lyme disease,
  // seen today for steroids, not 999 (NICE CKS Bell's palsy; stop 51: the spent fresh sets'
  // authors gave some 20 such messages 'urgent'). Any arm, hand or leg weak, speech gone wrong,
  // confusion or a sudden severe headache keeps it a stroke.
  [
    'bells_pattern',
    '(face_side_lay | face_half_weak | face_droop) & (forehead_weak | eye_wont_close | face_palsy_cause) & (limbs_speech_fine | face_palsy_cause) & !(limb_weak_told | speech_problem & !limbs_speech_fine | confused | thunderclap | unresponsive | vision_loss | double_vision)',
  ],
  // A stroke's signs, or a blind over one eye, that came and went a day or more ago and are
  // gone (a TIA: aspirin and a specialist within 24 hours, NICE NG128; NHS: an urgent GP or 111
  // when the symptoms have passed and no one was told; stop 51: the spent fresh sets' authors
  // gave a dozen such messages 'urgent', and 'emergency' those within the last hours or back).
  // Not with giant cell arteritis's headache and jaw, nor chest pain.
  [
    'tia_over_earlier',
    'past_day_said & (episode_over_said | resolved | back_to_normal | none_since) & !episode_not_over & !(gca | gca_lay | chest_pain | headache & (severe | severe_pain_any) | confused & !back_to_normal)',
  ],
  // Breathless only on effort, told as long-standing in lay words, with nothing of an acute
  // illness (stop 51: the spent fresh sets' authors gave such messages 'routine'; the net had
  // raised them to same day). Read like slow_course by the breathlessness rule and the net.
  [
    'breath_long_course',
    'course_long_lay & breathless & (exertional | breath_on_effort | breath_effort_slow) & !sudden & !fine_until_today & !worse_lately & !(worsening & !gradual) & !onset_last_hour & !(at_rest | chest_pain | cyanosis | haemoptysis | leg_swollen_one | fever | breathless_severe | fainted | near_faint | palpitations | wheeze | orthopnoea | ankle_swelling)',
  ],
  // Pre-eclampsia's signs after 20 weeks or after a birth, a headache with a puffy face and
  // hands, with nothing of a severe form: the maternity unit checks blood pressure and urine
  // within hours (NICE NG133; NHS: call the midwife, maternity unit or 111 straight away). Stop
  // 51: the spent fresh sets' authors gave some 35 such messages 'urgent', and 5 'emergency',
  // each of those 5 with flashing lights or blurred sight, which therefore stay 999 here, as do a
  // fit, 160/110 or more, pain under the ribs, vomiting, confusion, drowsiness, sight lost, a
  // worst-ever or sudden headache or breathlessness.
  [
    'pet_same_day',
    '(pregnant & (preg_20w | !pregnant_weeks) | postpartum) & headache & face_hand_swelling & !(flashing_lights | blurred_vision | sight_blurred_lay | sight_disturbed_lay | bp_severe | seizure | ruq_pain | epigastric_pain | vomiting | confused | drowsy | unresponsive | vision_loss | thunderclap | worst_headache_lay | sudden | breathless | chest_pain | stiff_neck | double_vision | speech_problem | face_droop | limb_weak_told | reduced_fetal_movement | no_fetal_movement | vaginal_bleeding)',
  ],
  // An older person more muddled than usual over a day or two, often with a water infection's
  // signs, who is awake, eating and drinking: delirium, for the GP the same day (NICE CG103;
  // stop 51: the spent fresh sets' authors gave some 15 such messages 'urgent'). Any sign of
  // sepsis (mottled or blue skin, no wee, fast breathing, 39 or more or a low temperature,
  // shaking, hard to wake, a fast heart, low blood pressure or oxygen) or of a stroke stays 999.
  [
    'delirium_same_day',
    '(older | older_word | dementia_known) & confused & (confusion_days_lay | confusion_well_lay) & !(mottled | cyanosis | breathing_fast | rr_fast | temp_39 | temp_low | drowsy & !drowsy_roused | unresponsive | barely_wakeable | cant_stay_awake | rigors | rigors_severe | shaky | bp_low | bp_low_word | hr_fast | very_unwell | sats_low | cold_touch | no_wee_lay | no_urine_long | little_urine | vomiting | face_droop | face_side_lay | speech_problem | limb_weak_told | head_injury | chest_pain | breathless | breathless_severe | seizure | fall | sudden | collapse | hallucinating & temp_38 | confusion_deep_lay | headache & (fever | temp_38) | stiff_neck)',
  ],
  // Carbon monoxide suspected from a home's or a tent's fuel appliance, with headaches, sickness
  // or dizziness only, told as better out of the house or after airing it: out into fresh air,
  // the gas emergency line, and a doctor today (NHS carbon monoxide poisoning; stop 51: the spent
  // fresh sets' authors gave some 12 such messages 'urgent', and 'emergency' those with anyone
  // confused, drowsy, fainting, vomiting, tight-chested or breathless). An alarm sounding now
  // stays 999.
  [
    'co_mild_same_day',
    '(carbon_monoxide | better_away_home & co_fuel_appliance | home_only_symptoms & co_fuel_appliance) & (headache | nausea | dizzy) & !(co_alarm_sounding | co_severe_lay | confused | drowsy | fainted | near_faint | collapse | unresponsive | barely_wakeable | cant_stay_awake | chest_pain | chest_tight_lay | breathless | breathless_severe | seizure | vomiting | palpitations | vision_loss | suicidal | co_plan | fall)',
  ],
  // A child well in themselves with no fever said, with spots that do not fade and sore joints,
  // a tummy ache, bruises or weeks of pallor (Henoch-Schonlein purpura, a low platelet count,
  // possibly leukaemia): a doctor today for a blood count, not 999 (NICE NG12, CKS HSP; stop 51:
  // the spent fresh sets' authors gave some 17 such messages 'urgent'). A fever, drowsiness, a
  // headache, a stiff neck, cold hands, vomiting or looking unwell stays 999.
  [
    'purpura_well_child',
    'child & (non_blanching_rash | purple_rash_legs | pinprick_spots | spots_told_lay) & no_fever_lay & (child_well_lay | child_well_said | gradual) & (joints_sore_lay | joints_sore_said | ankle_swelling | abdo_pain | bruise_any | bruising_unexplained | pale & gradual) & !(fever | temp_38 | bare_temp_high | high_fever_words | drowsy | floppy | unresponsive | barely_wakeable | confused | headache | stiff_neck | photophobia | cold_touch | vomiting | very_unwell | breathless | breathing_fast | heavy_bleeding | seizure)',
  ],
  // A baby or small child with a cold breathing a bit fast and taking about half their feeds,
  // with no pauses, grunting, sucking in, blue or dusky colour or low oxygen said: bronchiolitis
  // for a doctor today (NICE NG9: 50-75% of usual fluid is same-day review; stop 51: the spent
  // fresh sets' authors gave some 15 such messages 'urgent', and 'emergency' every one with a
  // pause, a grunt, sucking in, a blue or dusky look, sats under 92 or feeds refused).
  [
    'bronchiolitis_same_day',
    '(baby | child | months_age_lay | infant_u6m) & (breathing_fast | rr_fast | breathless) & (feeds_half | feeding_less_lay | infant_fever_wary) & !(newborn | apnoea | breathless_severe | ribs | cyanosis | sats_low | floppy | drowsy | unresponsive | barely_wakeable | not_feeding & !feeds_half | mottled | pale | cold_touch | very_unwell | temp_39 | seizure | stridor | wheeze & asthma_attack)',
  ],
  // A faint during running or sport, told as over earlier today or on an earlier day, with a
  // quick recovery and nothing now: a cardiac assessment within 24 hours (NICE CG109), not 999
  // (stop 51: the spent fresh sets' authors gave some 15 such messages 'urgent', and 'emergency'
  // those told just now, or with chest pain, a racing heart, a pale or grey look or breathing
  // trouble after it).
  [
    'exertional_faint_over',
    'faint_on_exertion_lay & (feels_fine | back_to_normal | fine_now | fine_next_day | came_round_now | resolved | none_since | past_day_said) & !(after_faint_now_lay | onset_last_hour | chest_pain | chest_tight_lay | breathless | breathless_severe | cyanosis | unresponsive | seizure | confused | drowsy | head_injury | sudden & !past_day_said | hr_slow | allergen_trigger | hives | abdo_pain | temp_high | palpitations)',
  ],
  // A nose broken days ago, bleeding stopped, breathing through both sides: the GP within the
  // week if it stays crooked (NHS broken nose: A&E only for a nosebleed that will not stop, clear
  // fluid, breathing trouble or a head injury). Stop 51: four spent messages labelled routine.
  [
    'nose_old_settled',
    'nose_broken_lay & past_day_said & nose_breathing_fine_lay & !(head_injury | unresponsive | vision_loss | double_vision | clear_drip | heavy_bleeding | breathless | severe | severe_pain_any)',
  ],
  // Bright red blood on the paper from piles, named by the writer or a clinician, with nothing
  // heavy: piles cream and the GP if it goes on (NHS piles), in or after pregnancy too (stop 51:
  // four spent fresh messages labelled routine, read as pregnancy warnings).
  [
    'piles_bleed_known',
    'piles_known & (blood_small | fresh_blood_passed | blood_in_stool) & !(heavy_bleeding | blood_heavy_amount | dizzy | near_faint | fainted | pale | abdo_pain & (severe | severe_pain_any) | contractions | waters_broken | reduced_fetal_movement | vaginal_said & !piles_known)',
  ],
  // A nose knocked days ago now blocked on both sides with a swelling inside (a septal haematoma:
  // ENT the same day, NHS broken nose), not breathlessness. Stop 51: four spent messages 'urgent'.
  [
    'nose_blocked_only',
    '(nose_broken_lay | nose_hit) & nose_blocked_lay & !(cyanosis | chest_pain | wheeze | stridor | lip_face_swelling | throat_swelling | cant_swallow | drowsy | unresponsive | confused)',
  ],
  // A COPD flare: more breathless than usual with phlegm changed, talking and walking about, sats
  // not under 88: the rescue pack and the GP or COPD team today (NICE NG115; stop 51: the spent
  // fresh sets' authors gave some 6 such messages 'urgent'). Blue lips, confusion, drowsiness,
  // chest pain or breathlessness at rest that stops talk stay 999.
  [
    'copd_flare_same_day',
    'copd & (breathless | breathing_worse | breathless_severe) & (sputum_changed_lay | sputum_more) & talks_fine_lay & !(sats_under_88 | cyanosis | confused | drowsy | unresponsive | chest_pain | temp_39 | collapse | fainted)',
  ],
  // A cut or burn the writer did to themselves, told as a wound to look after (gaping, bleeding
  // stopped, or red and oozing days later), with no intent to die told now: a same-day mental
  // health assessment and the wound closed or treated within hours (NICE NG225; stop 52: the
  // spent fresh sets' authors gave 26 such messages 'urgent', read as 999 for the self-harm).
  // Bleeding that will not stop, fat or deeper showing, a deep or large burn, anything taken or
  // swallowed, or a sign of sepsis stays 999 (their own flags, or this exception).
  [
    'self_harm_wound_today',
    'self_injury_told & (wound_bleed_stopped | bleed_stopped_lay | wound_infected | red_hot_swollen | infection_words) & !(intent_to_die_said | deep_tissue_seen | overdose | ingested | swallowed_object | tablets_many_day | alcohol | heavy_bleeding | blood_heavy_amount | wound_fat_showing | burn_severe | burn_deep_more | burn_large | confused | drowsy | unresponsive | fainted | near_faint | very_unwell | sepsis_sign | rigors | temp_38 | breathing_fast | passive_death_wish | suicide_plan | farewell_words | goodbye_cue | crisis_means)',
  ],
  // Something of danger told beside thoughts of death: a way looked up, a high place, means at
  // hand or counted, a time set, a farewell, a plan, psychosis, anything taken or swallowed,
  // drink, taking others too, drowsy or unresponsive. The shared exceptions of ideation_no_plan
  // and antidepressant_start_thoughts (below), which keep such messages at 999.
  [
    'crisis_danger_told',
    'ways_looked_up | danger_place_said | danger_place | danger_place_now | at_means_place | psychosis | crisis_means | means_saved | means_counted_enough | taking_them_timed | overdose | ingested | swallowed_object | tablets_many_day | suicide_plan | farewell_words | goodbye_cue | done_cue | veiled_intent | search_how_to_die | firearm_access | rope_means | alcohol | taking_others_too | unresponsive | drowsy',
  ],
  // Thoughts of death or suicide with no plan or intent told ("no plan or anything and I'm safe
  // tonight", "I wouldn't do anything", "says he didn't mean it"), with nothing of danger beside
  // them: the crisis team or the GP the same day (NICE NG225), which the rules say and the net
  // raised to 999 (stop 52: the spent fresh sets' authors gave 28 such messages 'urgent' that
  // the net read as 999; of the 153 spent messages with such words, 3 are 'emergency', each kept
  // by a sign below: a high place, a voice telling her to harm the baby, boxes of tablets in front).
  [
    'ideation_no_plan',
    'no_plan & (suicidal | passive_death_wish | hopeless_lay | rather_be_dead) & !crisis_danger_told & !(self_harm_done | confused)',
  ],
  // Psychosis or mania told with no danger to anyone ("he's not aggressive, just scared", "hasn't
  // threatened anyone"): the crisis or home treatment team the same day (NICE CG178, CG185; stop
  // 52: the spent fresh sets' authors gave 43 such messages 'urgent' and 2 'routine', none
  // 'emergency', and the rules or the net read 11 as 999). After a birth, a weapon, a high
  // place, a window, taking others too, intent, anything swallowed or a drowsy person stays 999.
  [
    'psychosis_no_danger',
    'no_danger_said & (psychosis | psychosis_dx | mania | mania_signs_lay | paranoid_lay | messages_through_media | hallucinating | relapse_signs | stopped_psych_meds | psych_illness | not_sleeping) & !(postpartum | postpartum_word | postpartum_said | baby_word | newborn | pregnant | weapon_tool | weapon_tool_more | danger_place_said | danger_place | danger_place_now | at_means_place | taking_others_too | intent_to_die_said | suicide_plan | crisis_means | means_saved | farewell_words | goodbye_cue | ingested | swallowed_object | tablets_many_day | overdose & !poisoned_belief | unresponsive | drowsy | barely_wakeable | seizure | fever | temp_38 | weapon_near | command_or_height | baby_not_theirs | head_injury | chest_pain | breathless_severe | ways_looked_up | search_how_to_die)',
  ],
  // A quinsy still swallowing and breathing: one side of the throat swollen after days of a
  // sore throat, the mouth hard to open or a "hot potato" voice (NICE CKS sore throat: ENT the
  // same day; stop 52: the spent fresh sets' authors gave 49 such messages 'urgent', 14 read as
  // 999, and 'emergency' the 22 where saliva could not be swallowed, the breathing was noisy or
  // hard, the swelling went into the neck, a tooth was behind it, or a wound (tetanus)).
  [
    'quinsy_same_day',
    '(sore_throat | throat_one_side) & (trismus | trismus_lay | throat_one_side & voice_change | sore_throat & muffled_voice) & !(spit_not_swallowed | drooling & !breathing_ok | dribbling_lay & !breathing_ok | cant_swallow_fluids | breathing_hard_lay | neck_swelling_lay | stridor | breathless | breathless_severe | cyanosis | wheeze | drowsy | confused | unresponsive | lip_face_swelling | tongue_swelling | throat_swelling | allergen_trigger | hives | wound_word | puncture | injury_event | temp_high | very_unwell | sepsis_sign | rigors_severe | mottled)',
  ],
  // Urine held back where the advice is the same day, not 999 (stop 52: the spent fresh sets'
  // authors gave every such message 'urgent', 14 read as 999): a long-term catheter that has
  // stopped draining, with discomfort but no fever, shaking, confusion or agony (the district
  // nurse or urgent care to change it, NICE CKS catheter care); no wee in the hours after a birth
  // (the maternity unit, NICE NG194); herpes sores that make passing urine too painful (the
  // sexual health clinic, NICE CKS genital herpes). Agony, a fever or shaking with a catheter or
  // after a birth, confusion, drowsiness, blood clots or a spinal cord's signs stay 999 (the last
  // by their own flag).
  [
    'retention_same_day',
    '(catheter_said & (drained_nothing | stoma_no_output | no_wee_lay | no_urine_long | retention_more | urine_obstructed) & !catheter_out & !(fever | fever_word | temp_38 | temp_high | bare_temp_high | rigors | rigors_severe | shaky) | (born_today | postpartum_said | postpartum_word) & (retention | retention_more | no_wee_lay | urine_obstructed) & !(fever | fever_word | temp_38 | temp_high | rigors | shaky | heavy_bleeding) | genital_sores_lay & (retention | urine_obstructed | no_wee_lay)) & !(severe | severe_pain_any | pain_extreme_lay | confused & !dementia_known | drowsy | unresponsive | barely_wakeable | very_unwell | mottled | breathing_fast | rr_fast | bp_low | bp_low_word | bp_severe | clots_big_lay | haematuria | haematuria_more | vomiting | numb_any | limb_weak_told | legs_weak_both | headache | temp_39 | cold_touch | cyanosis | clammy)',
  ],
  // Type 1 (or an SGLT2 medicine) with a bug: sick a time or two, blood ketones measured under 3,
  // fluids kept down, breathing normal and alert: the sick-day rules and the diabetes team the
  // same day (NICE NG17, NG18; JBDS: 1.5-2.9 is a call to the team, 3 or more A&E). Stop 52: the
  // spent fresh sets' authors gave 14 such messages 'urgent' that the rules read as 999, and
  // 'emergency' every one with ketones of 3 or more or a meter at HI, deep or fast breathing,
  // drowsiness or nothing kept down.
  [
    'ketones_sick_day',
    'ketones_below_3 & ketone_number & (diabetic | type1 | sglt2_drug) & !(ketones_high | meter_hi | glucose_extreme | breathing_fast | rr_fast | breath_smell | breathless | breathless_severe | drowsy | confused | unresponsive | barely_wakeable | very_unwell | severe | severe_pain_any | vomit_persistent & !fluids_kept_down | pregnant | infant_u6m | baby | sepsis_sign | temp_39)',
  ],
  // A narrow-margin medicine's toxic signs told without danger: digoxin with yellow sight or
  // off food and a pulse of 50 or more; lithium with a bug and shaky hands but speaking and
  // thinking clearly; methotrexate taken daily by mistake, or mouth ulcers on it, with no fever,
  // bruising or bleeding. A level and a blood count the same day (NICE CKS, BNF; stop 52: the
  // spent fresh sets' authors gave 17 such messages 'urgent' that the rules read as 999, and
  // 'emergency' every one with a slow pulse, dizziness or a faint, slurring, confusion,
  // staggering or jerking, a fever, bruises or bleeding, or tablets taken in a handful).
  [
    'narrow_drug_same_day',
    '(digoxin & (vision_yellow | not_eating_drinking | nausea | vomiting) & !(pulse_under_50_lay | hr_slow | dizzy | near_faint | fainted | collapse | palpitations | chest_pain | breathless) | (lithium | lithium_taker) & (vomiting | diarrhoea | diarrhoea_lay | stomach_bug_lay) & !(speech_problem | walk_drunk_lay | walk_new_difficulty | cant_think | confused_lay | seizure | lithium_level_high | fall | collapse) | (mtx_daily | marrow_risk_drug & (mouth_ulcers_lay | mouth_sores)) & !(fever | fever_word | temp_38 | temp_said | rigors | shaky | bruise_any | bruising_unexplained | bleeding_any | gums_bleeding | nosebleed | breathless)) & !(confused | drowsy | unresponsive | barely_wakeable | tablets_many_day | whole_round | overdose & !mtx_daily | suicidal | intent_to_die_said | vomit_persistent & !fluids_kept_down | very_unwell | severe | mottled | cyanosis)',
  ],
  // During chemotherapy, every temperature told under 38 (37.5-37.9), with no sign of sepsis:
  // the chemotherapy helpline now, which checks it the same day (UKONS triage tool: 37.5 is a
  // call; stop 52: the spent fresh sets' authors gave all 8 such messages 'urgent', and all 74
  // at 38 or more 'emergency').
  [
    'chemo_low_grade_temp',
    'chemo & temp_37_5 & temp_normal & !(temp_low | rigors_severe | shaky | very_unwell | confused | drowsy | unresponsive | breathless | breathless_severe | breathing_fast | rr_fast | mottled | cyanosis | cold_touch | bp_low | bp_low_word | fainted | near_faint | collapse | hr_fast | vomit_persistent | severe | severe_pain_any | bleeding_any | bruise_any | non_blanching_rash | high_fever_words)',
  ],
  // A very heavy period (soaking through every hour or two, clots), light-headed at most, not
  // pregnant: a doctor today (NICE NG88; stop 52: the spent fresh sets' authors gave such
  // messages 'urgent', and 'emergency' every one with a faint, a racing heart, confusion, a white
  // or shaky look, or a bleeding disorder).
  [
    'heavy_period_same_day',
    '(period | period_flooding | tampon) & heavy_bleeding & !(soaking_faster_than_hourly | surgery_recent | gyn_procedure | pregnant | pregnant_word | miscarriage | postpartum | postpartum_word | fainted | collapse | unresponsive | barely_wakeable | confused | drowsy | palpitations | hr_fast | cold_touch | clammy | pale | shaky | breathless_severe | chest_pain | clots_big_lay | bleeding_disorder | bleeding_disorder_d | anticoagulant | very_unwell | severe_pain_any | abdo_pain & severe | temp_38)',
  ],
  // A new irregular heartbeat (a watch's AF alert, a monitor's symbol, "all over the place")
  // under 150, breathless on the stairs at most, with no chest pain, faint, confusion or sign of
  // a clot: the GP or urgent care the same day for an ECG and a blood thinner (NICE NG196; stop
  // 52: the spent fresh sets' authors gave 5 such messages 'urgent' that the rules read as 999,
  // and 'emergency' every one with chest pain or tightness, 150 or more, a faint, a stroke's, a
  // cold limb's or a sudden belly's signs).
  [
    'af_new_stable',
    '(irregular_pulse | device_rhythm_alert) & !(rate_150_plus | chest_pain | chest_tight_lay | chest_pressure_type | fainted | collapse | unresponsive | confused | drowsy | breathless_severe | breathless_resting_lay | cyanosis | face_droop | speech_problem | limb_weak_told | limb_cold_white | abdo_pain | severe_pain_any | hr_slow | hr_low_45 | bp_low | bp_low_word | clammy | sweaty | pale | orthopnoea | ankle_swelling | leg_swollen_one | pregnant | overdose | ingested | bulimia_named | purging_lay | vomiting)',
  ],
  // New thoughts of suicide or self-harm, or of wanting to die, since an antidepressant or an
  // antipsychotic was started, switched or raised days or weeks ago, with nothing of danger
  // beside them: the prescriber or the crisis team the same day (NICE CG90/NG222, NG225; stop
  // 53: the spent fresh sets' authors gave 11 such messages 'urgent' that the rules or the net
  // read as 999; the 12 'emergency' messages naming such a medicine each told a plan, tablets
  // saved or counted, a high place, leaving the house, an overdose taken or serotonin toxicity).
  [
    'antidepressant_start_thoughts',
    'psych_med_recent_lay & (suicidal | passive_death_wish | rather_be_dead | hopeless_lay | intent_to_die_said) & !crisis_danger_told & !(act_soon_lay | letters_written | jump_from | command_or_height | hallucinating | weapon_tool | weapon_near | self_injury_told | postpartum | postpartum_word | baby_word | newborn | pregnant | barely_wakeable | seizure | fit_motion | jerking & (sweaty | temp_said) | temp_38 | bare_temp_high | hr_fast | disoriented)',
  ],
  // Redness spreading past the line drawn round it, with shivers or a temperature under 39, in
  // someone otherwise managing: a clinician the same day for antibiotics or a change of them
  // (NICE CKS cellulitis; stop 53: the spent fresh sets' authors gave 10 such messages 'urgent'
  // that the rules read as sepsis, and 'emergency' every one that spread within an hour or two,
  // hurt out of proportion, went dusky or blistered, or came with 39+, a racing heart, a faint
  // or feeling awful).
  [
    'cellulitis_line_same_day',
    '(past_line | spread_fast_line) & (spreading_redness | red_growing | red_patch_growing | red_hot_swollen | infection_marked) & !(spread_within_hours_lay | pain_beyond_look_lay | severe_pain_any | severe | pain_extreme_lay | temp_39 | high_fever_words | rigors_severe | confused | drowsy | unresponsive | barely_wakeable | very_unwell | hr_fast | breathing_fast | rr_fast | breathless | bp_low | mottled | cyanosis | cold_touch | clammy | sweaty | fainted | near_faint | collapse | blister | skin_dusky | skin_going_black | diabetic | chemo | immunosuppressed | spleen_absent | vomiting | little_urine | no_urine_long | lip_face_swelling | eye_swollen_shut | genital_dark | genital_blisters | animal_bite | human_bite | snake_bite | puncture)',
  ],
  // Chest pain that came and went last night or days ago, nothing since and nothing now: a
  // same-day assessment (NICE CG95: pain 12 to 72 hours ago; stop 53: the spent fresh sets'
  // authors gave 25 such messages 'urgent' and 1 'emergency', "last night crushing chest pain",
  // kept here by its severity; 12 'urgent' were read as 999 for the arm, the sweat or the rest).
  // Pain still there or back, anything this morning or hours ago, a faint, breathlessness now or
  // a racing heart stays 999.
  [
    'chest_pain_over_days',
    '(chest_pain | chest_tight_lay | chest_pressure_type) & chest_episode_days_lay & chest_episode_gone_lay & !(episode_not_over | episode_back_lay | severe | severe_pain_any | pain_extreme_lay | collapse | fainted | near_faint | unresponsive | barely_wakeable | breathless_severe | breathless_resting_lay | breathless | cyanosis | confused | drowsy | hr_fast | hr_slow | palpitations | vomiting | cold_touch | face_droop | speech_problem | limb_weak_told | pregnant | postpartum | overdose | ingested | tablets_many_day)',
  ],
  // Grit or a fragment in the eye from grinding, welding or hammering, scratchy and watering
  // with sight kept: eye casualty the same day (NICE CKS corneal superficial injury; stop 53:
  // the spent fresh sets' authors gave 40 such messages 'urgent', 10 read as 999, and
  // 'emergency' the 17 that came at speed, blurred or took the sight, changed the pupil's shape,
  // leaked fluid, bled, or cut the eye).
  [
    'eye_grit_same_day',
    'eye_metal_work_lay & (eye_still_feels | eye_foreign_feel | eyes_gritty_lay | eye_foreign_body) & !(eye_hit_hard_lay | pupil_odd_lay | eye_fluid_lay | eye_blur_lay | eye_cut_on_lay | blurred_vision | sight_blurred_lay | sight_reduced | vision_gone_lay | vision_loss_lay | eye_cant_see | blur_one_eye | eye_bleeding | eye_cut | eye_chemical | eye_chemical_lay | eye_chemical_more | chemical_went_in_it | eye_liquid | eye_bulging | halos | halos_lay | vomiting | head_injury | severe_pain_any | pain_extreme_lay | eye_swollen_shut | eye_cant_open)',
  ],
  // A blistered burn on one small place of an adult (a palm's size or a coin's, a finger, the
  // palm, a wrist, a forearm, the back of a hand), cooled, nothing deep or wide: a minor injuries
  // unit or a nurse the same day (NHS burns and scalds; stop 53: the spent fresh sets' authors
  // gave 8 such messages 'urgent' that read as 999 for a "big blister"; 'emergency' every
  // child's scald and every burn all over a hand, across a chest, white, grey or painless).
  [
    'burn_blister_small_same_day',
    '(burn | burn_word_more | hot_spill) & (blister | skin_blistered | burn_severe | burn_large) & burn_small_site_lay & !(burn_wide_lay | burn_pale_lay | burn_deep_more | child | child_word | child_age | baby | baby_word | older | older_word | dementia_known | diabetic | electric_shock | chemical_on_skin | smoke_inhalation | fever | temp_38 | rigors | shaky | very_unwell | vomiting | confused | drowsy | unresponsive | breathless | breathless_severe | self_injury_told | suicidal | intent_to_die_said | alcohol | red_hot_swollen | spreading_redness | wound_infected | infection_words)',
  ],
  // "Out for a few seconds" told of a faint or a collapse with no blow, fall or knock, or of the
  // sight greying out: not a head injury's loss of consciousness (stop 53: the spent fresh sets'
  // authors gave 11 such messages 'urgent', read as 999 for a head injury never told; a faint's
  // own flags, and chest pain, palpitations or a racing heart beside it, still decide).
  [
    'faint_no_blow',
    'knocked_out & (fainted | collapse | drop_no_warning | faint_in_exercise | faint_on_exertion_lay | greying_out_lay) & !(head_injury | head_blow | head_knock_more | blow_told_lay | injury_event | fall | fall_off | tumble | major_trauma | face_hit | sport_knock | assaulted | electric_shock | seizure | fit_motion)',
  ],
  // A cough or a wheeze that stayed hours or days after a choke that cleared, breathing at its
  // usual speed and colour: a piece may have gone down into the lung, seen the same day (NICE
  // CKS; stop 53: the spent fresh sets' authors gave 10 such messages 'urgent', 6 read as 999,
  // and 'emergency' every one still choking, or blue, grey, breathing fast or noisily, or within
  // the hour).
  [
    'choke_cough_later',
    'choking & (cough | cough_ongoing | wheeze) & choke_hours_ago_lay & !(cyanosis | stridor | noisy_breathing | breathing_fast | rr_fast | breathless | breathless_severe | work_of_breathing | cant_cough_cry | no_noise_lay | weak_cough | unresponsive | floppy | drowsy | chest_pain | haemoptysis | very_unwell | fever | temp_38 | swallow_blocked | cant_swallow | drooling | coin_battery_lay | button_battery)',
  ],
  // A few streaks of blood in vomit after hard retching, nothing else wrong: the GP or 111 the
  // same day (NICE CKS; stop 53: the spent fresh sets' authors gave 5 such messages 'urgent',
  // read as 999, and none 'emergency'). More than streaks, coffee grounds, black stools, a faint
  // or dizziness, a racing heart, a blood thinner or liver disease stay 999.
  [
    'vomit_streaks_same_day',
    'vomit_streaks & !(blood_heavy_amount | coffee_grounds_lay | coffee_ground_vomit | melaena | dizzy | near_faint | fainted | collapse | pale | hr_fast | cold_touch | clammy | severe_pain_any | pain_extreme_lay | anticoagulant | confused | drowsy | unresponsive | newborn | infant_u3m | bilious_vomit | cirrhosis | swallowed_object | coin_battery_lay | ingested | overdose)',
  ],
  // A sickle cell pain crisis in the limbs or back that home painkillers do not hold, with no
  // fever, chest pain, breathlessness, priapism, swollen tummy, pallor, drowsiness or a stroke's
  // signs: the haematology day unit or hospital the same day (NICE CG143; stop 53: the spent
  // fresh sets' authors gave 11 such messages 'urgent', read as 999; 'emergency' every one with
  // a fever in a child, chest pain, breathlessness, a priapism or a swollen tummy).
  [
    'sickle_pain_no_red',
    'sickle & (sickle_crisis | sickle_pain_uncontrolled | meds_not_working | limb_pain | back_pain | severe_pain_any) & !(fever | temp_38 | temp_39 | bare_temp_high | high_fever_words | chest_pain | chest_tight_lay | breathless | breathless_severe | breathing_fast | rr_fast | cyanosis | sats_low | sats_borderline | sats_below_usual | priapism | erection_word_any | bloated_lay | abdo_pain | pale | jaundice | yellow_eyes | yellow_lay | headache | limb_weak_told | face_droop | speech_problem | drowsy | confused | unresponsive | seizure | vomit_persistent | dehydration_sign | very_unwell | overdose | tablets_many_day)',
  ],
  // A newborn of 2 to 7 days going yellow and sleepy at feeds, who still wakes and feeds:
  // a bilirubin in hospital within hours (NICE CG98; stop 52: the spent fresh sets' authors gave
  // 12 such messages 'urgent', and 'emergency' the 5 with a floppy baby, a high cry, an arched
  // back, or no feed for 6-7 hours). Jaundice on the first day is left as it was (the authors
  // split 7 to 3).
  [
    'jaundice_sleepy_same_day',
    'first_week_lay & !born_today & (yellow_baby_lay | jaundice) & (sleepy_lay | drowsy | unresponsive | not_feeding | dehydration_sign) & !(floppy | high_cry | high_pitched_cry | arching_lay | feeds_lost_long | seizure | fever | temp_38 | bare_temp_high | temp_low | cold_touch | mottled | cyanosis | pale | breathing_fast | rr_fast | breathless | apnoea | bilious_vomit | vomiting | blood_in_stool | bulging_fontanelle | non_blanching_rash | very_unwell)',
  ],
  // A baby of 5 weeks to 3 months at 38.0-38.3, with nothing else wrong said: NHS, call the GP
  // or 111 urgently (same day), which 44 of the spent fresh sets' authors gave 47 such messages
  // (stop 51); any other sign, a higher figure, a younger baby or a fever without a figure stays
  // an emergency.
  [
    'infant_fever_mild',
    'infant_u3m_age & !infant_u5w_age & !newborn & temp_38_low & !(bare_temp_high & !temp_38) & !(not_feeding | drowsy | sleepy_lay | floppy | unresponsive | barely_wakeable | cant_stay_awake | mottled | cyanosis | pale | cold_touch | rash | non_blanching_rash | pinprick_spots | spots_told_lay | blister | breathing_fast | rr_fast | breathless | breathless_severe | high_pitched_cry | bulging_fontanelle | seizure | very_unwell | dehydration | bilious_vomit | stiff_neck | infant_fever_wary | feeding_less_lay)',
  ],
  // A spot of blood from a newborn girl's front in her first days, feeding well (a "tiny
  // period" from the mother's hormones, NHS: normal; stop 50, fresh-triage-p30l ld117, p30m
  // le039); not with a fever, poor feeding, drowsiness or much blood.
  [
    'newborn_pseudomenses',
    '(newborn | infant_u3m) & front_not_bottom & (blood_in_stool | bleeding_any) & !(fever | temp_bare_high | not_feeding | drowsy | floppy | blood_heavy_amount | vomiting | unresponsive)',
  ],
  // Hands and feet a bit blue with the lips and tongue pink in a baby who feeds (acrocyanosis,
  // normal in the first days: stop 50, fresh-triage-p30b kt071); not with any other sign.
  [
    'peripheral_blue_only',
    'hands_feet_blue & pink_centre & !(floppy | not_feeding | breathing_fast | rr_fast | fever | drowsy | unresponsive | apnoea | cold_touch)',
  ],
  // A ring of redness round a tick bite, growing slowly, in someone who feels well (erythema
  // migrans: the GP diagnoses and treats it, NICE NG95; stop 50: four spent sets' authors said
  // routine); not with a fever, a facial weakness, a stiff neck or a sign of spreading infection.
  [
    'tick_rash_well',
    'tick_told & (feels_fine | back_to_normal | not_ill_said) & !(fever | fever_word | rigors | face_droop | stiff_neck | limb_weak | palpitations | chest_pain | red_line_lay | wound_infected | very_unwell)',
  ],
  // A sting swollen past the joint next to it, itchy, with the person well and breathing
  // normally (a large local reaction: antihistamine and a pharmacist, NHS; stop 50); not with
  // any sign of anaphylaxis or of infection.
  [
    'sting_local_well',
    '(allergen_trigger | insect_bite) & insect_bite_or_sting & swollen_any & (feels_fine | back_to_normal | breathing_ok | breathing_normal_said | not_ill_said | well_said_cue | nothing_else) & !(lip_face_swelling | hands_face_swelling | breathless | wheeze | hives_all_over_lay | dizzy | near_faint | fever | red_line_lay | wound_infected | vomiting)',
  ],
  // Out of breath on the stairs in pregnancy, fine at rest, with nothing else (a normal change
  // of pregnancy, NHS; stop 50: four spent sets' authors said routine).
  [
    'pregnancy_effort_breath',
    'pregnant & breath_on_effort & !(chest_pain | palpitations | haemoptysis | leg_swelling_any | fainted | near_faint | cyanosis | breathless_severe | cough | wheeze | breathing_worse | sudden)',
  ],
  // Flat purple patches or easy bruising on the forearms in someone on a blood thinner or
  // aspirin, or old, and well (senile purpura, NHS: the GP if it worries you; stop 50: six spent
  // sets' routine messages were read as a meningitis rash). Not a child, nor with a fever or any
  // sign of illness.
  [
    'bruising_thin_skin',
    'bruise_prone_said & (anticoagulant | antiplatelet | aspirin_said | older) & !(fever | fever_word | temp_bare_high | drowsy | stiff_neck | headache | vomiting | child | baby | very_unwell | confused | floppy)',
  ],
  // A splinter with no sign of infection, not in an eye, not glass or metal (NHS: remove it at
  // home, see a GP or a pharmacist if it will not come out; stop 50).
  [
    'splinter_minor',
    'splinter_said & !(wound_infected | spreading_redness | red_hot_swollen | abscess | fever | eye_foreign_body | swollen_any | severe | severe_pain_any | diabetic)',
  ],
  // One combined pill late by under 48 hours, taken when remembered (FSRH missed-pill guidance:
  // no emergency contraception needed; stop 50, read across ten spent sets). Not two or more
  // missed, a progestogen-only pill, nor with sickness or diarrhoea.
  [
    'combined_one_late',
    'combined_pill_lay & one_pill_late & !(missed_doses | missed_pills_n | progestogen_only | vomiting | diarrhoea)',
  ],
  // A seizure the neurology team has already acted on (a dose raised), the person fine now
  // (stop 50, fresh-triage-p30k lc012). Derived, so that the reassurance it reads is not taken
  // for a sign still present when the seizure is told as days ago (rules.ts flagsFor).
  [
    'seizure_handled',
    'seizure_managed & (feels_fine | fine_next_day | back_to_normal | recovered | none_since) & !another_one_fit & !seizure_ongoing & !post_ictal',
  ],
  // A movement asked about ("is it a seizure?") that stops when the baby is held, or in which
  // the child stays aware and looking (stop 50, fresh-triage-p30b kt031 jitteriness, kt099
  // shuddering attacks: benign, film it for the GP); not a fit told as one, nor with any sign
  // of one.
  [
    'seizure_doubted',
    'seizure_query & awareness_kept & !seizure_event & !first_seizure & !unresponsive & !cyanosis & !floppy & !post_ictal & !seizure_ongoing',
  ],
  // Someone past infancy who snores and stops breathing in their sleep (phase 22's second fresh set: the
  // net raised "snores really loudly ... stops breathing for a few seconds at night. hes tired
  // all day. who do we see" to same day): obstructive sleep apnoea, a GP appointment.
  [
    'snoring_apnoea',
    'sleep_apnoea & snoring & !baby & !(cyanosis | unresponsive | collapse | chest_pain | breathless_severe)',
  ],
  // A face swollen after dental work and going down, without fever or spreading (phase 22's
  // second fresh set: "wisdom tooth out 2 days ago, cheek still a bit swollen but less than
  // yesterday" read as a facial swelling and a dental infection).
  [
    'dental_healing',
    'dental_work & improving & !(fever | temp_bare_high | worsening | breathless | stridor | cant_swallow | trismus | trismus_lay | swelling_spread_eye_neck | socket_worse)',
  ],
  // A slow change over months or a year, said with nothing sudden or of today (phase 24, fresh
  // set p23b: "getting more forgetful over the last year, repeating herself"; "breathless
  // walking uphill, gradually worse over the last year"): a GP appointment, not today.
  [
    'slow_course',
    'course_long & !sudden & !fine_until_today & !(worsening & !gradual) & !worse_lately & !onset_last_hour & !(drowsy | fever | temp_39 | vomiting | unresponsive | collapse | fainted | chest_pain | breathless_severe | at_rest | cyanosis | haemoptysis | leg_swollen_one | weak_new)',
  ],
  // Heartburn told as a pattern after meals for weeks, with nothing of the heart's (phase 20):
  // no chest pain to be seen today (rules-heart-lungs.ts), and nothing for the net to raise.
  [
    'heartburn_pattern',
    'reflux_told & reflux_pattern & !(radiates | arm_jaw_pain | sweaty | clammy | pale | breathless | breathless_severe | exertional | chest_pressure_type | older | diabetic | heart_condition | severe | severe_pain_any | onset_last_hour | sudden | near_faint | fainted | vomiting)',
  ],
  // A sore throat worse on one side, with a jaw that will hardly open or a "hot potato" voice,
  // and no allergy, food or reaction named: quinsy (ent-warning), not anaphylaxis, even on an
  // antibiotic (phase 25, fresh-triage-p25m ge117 and p25o gg074).
  [
    'quinsy_pattern',
    '(sore_throat | throat_one_side) & (trismus | muffled_voice | throat_one_side) & !allergy_said & !allergen_trigger & !food_allergy_named & !hives & !tongue_swelling',
  ],
  // Skipped beats now and then, told with nothing else wrong or with sport done without
  // trouble, and no chest pain, breathlessness or faintness (NHS palpitations: harmless
  // ectopics, a GP appointment if they go on): every palpitations rule leaves these out.
  [
    'palp_benign_told',
    'palp_occasional & (nothing_else | feels_fine | exercise_fine) & !(chest_pain | breathless | dizzy | near_faint | fainted | collapse)',
  ],
  // A rhythm or heart-rate alert from a watch, a cuff or an app, in someone with no symptoms or
  // an AF already known (NICE NG196: a pulse check with the GP, not today's banner; phase 25,
  // fresh-triage-p25p).
  [
    'device_only_rhythm',
    'device_rhythm_alert & (no_symptoms_said | feels_fine | nothing_else | af_known_lay | max_hr_said) & !(dizzy | near_faint | fainted | collapse | breathless | chest_pain | palp_felt_lay | pulse_told)',
  ],
  [
    'injury_any',
    'fall | major_trauma | penetrating | deformity | fracture_word | head_injury | cant_weight_bear | dislocation',
  ],
];

interface Rule {
  flag: FlagDef;
  expr: Expression;
  /** The net may not take its urgent flag back (RuleOptions). */
  firm?: boolean;
}

const DERIVED: readonly [string, Expression][] = DERIVED_SOURCES.map(([name, src]) => [
  name,
  parseExpression(src),
]);
const DERIVED_NAMES = new Set(DERIVED.map(([name]) => name));

const RULES: readonly Rule[] = [
  ...HEART_LUNG_RULES,
  ...BRAIN_MIND_RULES,
  ...BELLY_CHILD_RULES,
  ...BODY_RULES,
  ...MORE_RULES,
  ...SAME_DAY_RULES,
  ...GP_TODAY_RULES,
  ...BLIND_KIND_RULES,
  ...WAVE9B_RULES,
  ...WAVE9A_RULES,
  ...WAVE9_C_RULES,
  ...WAVE9E_RULES,
  ...WAVE10_RULES,
  ...WAVE11_RULES,
  ...WAVE12_RULES,
  ...WAVE13_RULES,
  ...BLIND17_RULES,
  ...WAVE9D_RULES,
  ...FOOD_RULES,
  ...AFTER_CARE_RULES,
  ...YOUNG_PEOPLE_RULES,
  ...MIND_BODY_RULES,
  ...TIME_CRITICAL_RULES,
  ...APPEARANCE_RULES,
  ...ASIDE_RULES,
  ...CANT_SAY_RULES,
  ...BARRIERS_RULES,
  ...DEVICES_RULES,
  ...NIGHTS_OUT_RULES,
  ...HEAD_NERVES_RULES,
  ...BELLY_MORE_RULES,
  ...CHEST_BREATH_RULES,
  ...SKIN_MORE_RULES,
  ...CRISIS_MORE_RULES,
  ...LITTLE_ONES_RULES,
  ...BABIES_TODDLERS_RULES,
  ...UNDER_FIVES_RULES,
  ...OLDER_CARERS_RULES,
  ...MEDICINES_MORE_RULES,
  ...MEDICINES_THIRD_RULES,
  ...AFTER_SEEN_RULES,
  ...CRISIS_THIRD_RULES,
  ...CRISIS_FOURTH_RULES,
  ...CRISIS_FIFTH_RULES,
  ...CRISIS_SIXTH_RULES,
  ...CRISIS_SEVENTH_RULES,
  ...MEDICINES_FIFTH_RULES,
  ...TIME_CRITICAL_FIFTH_RULES,
  ...TIME_CRITICAL_SIXTH_RULES,
  ...SAME_DAY_SIXTH_RULES,
  ...BELLY_FIFTH_RULES,
  ...ASIDE_SECOND_RULES,
  ...PREGNANCY_FIFTH_RULES,
  ...SEXUAL_FIFTH_RULES,
  ...CHILD_SENSES_FIFTH_RULES,
  ...OLDER_INFECTIONS_FIFTH_RULES,
  ...LONG_TERM_THIRD_RULES,
  ...WEEK_FOURTH_RULES,
  ...MEDICINES_FOURTH_RULES,
  ...WORK_OUTDOORS_SECOND_RULES,
  ...YOUNG_PEOPLE_SECOND_RULES,
  ...NEWBORNS_THIRD_RULES,
  ...SKIN_FOURTH_RULES,
  ...INJURIES_FOURTH_RULES,
  ...SEXUAL_FOURTH_RULES,
  ...SENSES_FOURTH_RULES,
  ...CHILD_FOURTH_RULES,
  ...INFECTIONS_FOURTH_RULES,
  ...OLDER_FOURTH_RULES,
  ...HEAD_FOURTH_RULES,
  ...CHEST_FOURTH_RULES,
  ...NIGHTS_FOURTH_RULES,
  ...CHEST_THIRD_RULES,
  ...HEAD_THIRD_RULES,
  ...INJURIES_THIRD_RULES,
  ...BELLY_THIRD_RULES,
  ...WEEK_THIRD_RULES,
  ...PREGNANCY_THIRD_RULES,
  ...OLDER_THIRD_RULES,
  ...CHILD_THIRD_RULES,
  ...SKIN_THIRD_RULES,
  ...INFECTIONS_THIRD_RULES,
  ...SEXUAL_THIRD_RULES,
  ...NIGHTS_THIRD_RULES,
  ...PREGNANCY_MORE_RULES,
  ...INJURIES_MORE_RULES,
  ...CRISIS_SECOND_RULES,
  ...SKIN_SECOND_RULES,
  ...FAMILIES_RULES,
  ...BELLY_SECOND_RULES,
  ...CHEST_SECOND_RULES,
  ...HEAD_SECOND_RULES,
  ...SCHOOL_AGE_RULES,
  ...WORK_OUTDOORS_RULES,
  ...TIME_CRITICAL_SECOND_RULES,
  ...TIME_CRITICAL_THIRD_RULES,
  ...TIME_CRITICAL_FOURTH_RULES,
  ...SAME_DAY_THIRD_RULES,
  ...SAME_DAY_SECOND_RULES,
  ...SEXUAL_SECOND_RULES,
  ...FOOD_SECOND_RULES,
  ...NIGHTS_SECOND_RULES,
  ...SENSES_SECOND_RULES,
  ...CANT_SAY_SECOND_RULES,
  ...BARRIERS_SECOND_RULES,
  ...MIND_BODY_SECOND_RULES,
  ...DEVICES_SECOND_RULES,
  ...APPEARANCE_SECOND_RULES,
  ...ENGLISHES_SECOND_RULES,
  ...NEWBORNS_SECOND_RULES,
].map(([id, src, options]) => {
  const flag = TRIAGE_FLAGS[id];
  if (!flag) throw new Error(`rules: unknown flag "${id}" in "${src}"`);
  return { flag, expr: parseExpression(src), firm: options?.firm === true };
});

const FIRM_RULES: readonly Rule[] = RULES.filter((r) => r.firm);

/** Whether a rule declared firm (RuleOptions) fires on the concepts `has` reads. */
export function firmRuleFires(has: (name: string) => boolean): boolean {
  return FIRM_RULES.some((r) => r.expr.test(has));
}

/**
 * An urgent flag that a derived concept takes back (stop 51): the concept names a harmless
 * situation and every sign that would keep it same-day.
 */
const NOT_TODAY: readonly (readonly [string, string])[] = [
  // A large local reaction to a sting in someone well (rules.ts sting_local_well).
  ['drug-reaction', 'sting_local_well'],
  ['wound-or-burn', 'sting_local_well'],
  ['skin-infection', 'sting_local_well'],
  // A broken nose days ago, breathing fine (nose_old_settled); known piles bleeding a little.
  ['possible-fracture', 'nose_old_settled'],
  ['pregnancy-warning', 'piles_bleed_known'],
  ['blood-urine-stool', 'piles_bleed_known'],
  ['bleeding-needs-check', 'piles_bleed_known'],
];

/**
 * The emergency flags that a derived concept sends to be seen today instead (stop 51), and the
 * urgent flag it raises: the concept names the situation and every sign that would keep it an
 * emergency. Marked alone, the concept raises the urgent flag whether or not a rule raised one of
 * the emergency flags (the net is quiet for it, net.ts); otherwise it only stands in for them.
 */
const SAME_DAY_INSTEAD: readonly (readonly [
  concept: string,
  emergencies: readonly string[],
  urgent: string,
  alone: boolean,
])[] = [
  ['eye_same_day', ['eye-emergency'], 'eye-warning', true],
  ['bells_pattern', ['stroke-signs'], 'facial-palsy', true],
  ['tia_over_earlier', ['stroke-signs', 'eye-emergency'], 'earlier-warning-sign', false],
  ['pet_same_day', ['pregnancy-emergency'], 'pre-eclampsia-signs', false],
  ['delirium_same_day', ['sepsis-signs', 'confusion-drowsy'], 'confusion', false],
  ['co_mild_same_day', ['overdose-poisoning'], 'co-exposure', false],
  ['purpura_well_child', ['meningitis-signs', 'child-red-flags'], 'rash-today', false],
  [
    'bronchiolitis_same_day',
    ['breathing-severe', 'child-red-flags'],
    'breathing-difficulty',
    false,
  ],
  ['exertional_faint_over', ['heart-rhythm-red-flags'], 'fainting', false],
  ['nose_blocked_only', ['breathing-severe'], 'ent-warning', false],
  ['copd_flare_same_day', ['breathing-severe', 'low-oxygen'], 'breathing-difficulty', false],
  ['self_harm_wound_today', ['suicide-risk'], 'mental-health-urgent', false],
  [
    'jaundice_sleepy_same_day',
    ['child-red-flags', 'unresponsive', 'confusion-drowsy'],
    'jaundice',
    false,
  ],
  [
    'psychosis_no_danger',
    ['mental-health-danger', 'suicide-risk', 'overdose-poisoning'],
    'mental-health-urgent',
    true,
  ],
  ['quinsy_same_day', ['airway-blocked', 'anaphylaxis', 'breathing-severe'], 'ent-warning', false],
  ['retention_same_day', ['urinary-retention'], 'passing-urine-difficulty', true],
  ['ketones_sick_day', ['diabetes-emergency'], 'high-blood-sugar', false],
  ['narrow_drug_same_day', ['overdose-poisoning'], 'medicine-side-effect', false],
  [
    'chemo_low_grade_temp',
    ['fever-on-chemotherapy', 'sepsis-signs'],
    'chemo-temperature-check',
    false,
  ],
  ['heavy_period_same_day', ['severe-bleeding'], 'heavy-period-today', false],
  ['af_new_stable', ['heart-rhythm-red-flags'], 'palpitations', false],
  ['antidepressant_start_thoughts', ['suicide-risk'], 'mental-health-urgent', false],
  ['cellulitis_line_same_day', ['sepsis-signs'], 'skin-infection', false],
  ['chest_pain_over_days', ['chest-pain-red-flags'], 'chest-pain', false],
  ['eye_grit_same_day', ['eye-emergency'], 'eye-warning', false],
  ['burn_blister_small_same_day', ['serious-injury'], 'wound-or-burn', false],
  ['choke_cough_later', ['airway-blocked', 'breathing-severe'], 'breathing-difficulty', false],
  ['vomit_streaks_same_day', ['severe-bleeding'], 'bleeding-needs-check', false],
  ['sickle_pain_no_red', ['very-unwell', 'overdose-poisoning'], 'medicine-not-kept-down', false],
];

/** Every flag some rule can raise. */
export const RULE_FLAG_IDS: ReadonlySet<string> = new Set([
  ...RULES.map((r) => r.flag.id),
  ...SAME_DAY_INSTEAD.map(([, , urgent]) => urgent),
]);

/** True for a concept some part of triage defines (lexicon, numbers or derived). */
export function isKnownConcept(name: string): boolean {
  return LEXICON_NAMES.has(name) || COMPUTED_CONCEPTS.has(name) || DERIVED_NAMES.has(name);
}

/** Names a rule reads that no part of triage defines (a typo in a rule); empty when sound. */
export function unknownConceptNames(): string[] {
  const out = new Set<string>();
  for (const expr of [...RULES.map((r) => r.expr), ...DERIVED.map(([, e]) => e)]) {
    for (const n of expr.names) if (!isKnownConcept(n)) out.add(n);
  }
  return [...out];
}

const CONTEXT_NAMES = new Set(LEXICON.filter((c) => c.kind === 'context').map((c) => c.name));

/**
 * Words of reassurance, which a rule reads only to make an exception ("fine today", "back to
 * normal"): never a live sign, so that an episode dated yesterday and told as over is an earlier
 * warning sign (same day), not a sign now (stop 51: "yesterday my hand went numb and my speech
 * slurred for 15 minutes, back to normal, feel fine today" was read as a stroke now, because the
 * stroke rule names "fine today" in its exception for a night's drinking).
 */
const REASSURANCE_NAMES: ReadonlySet<string> = new Set([
  'fine_next_day',
  'feels_fine',
  'back_to_normal',
  'resolved',
  'panic_passed',
  'drunk_acting_fine',
  'symptoms_gone',
  'fine_now',
  'improving',
]);

const DERIVED_OF = new WeakMap<Findings, ReadonlySet<string>>();

/**
 * A message's current concepts with the derived ones, worked out once per findings: the rules,
 * the net's firm tests and the follow-up questions all read the same set.
 */
export function derivedOf(findings: Findings): ReadonlySet<string> {
  let present = DERIVED_OF.get(findings);
  if (!present) {
    present = withDerived(findings.current);
    DERIVED_OF.set(findings, present);
  }
  return present;
}

/** The concepts present plus the derived ones. */
export function withDerived(base: Iterable<string>): Set<string> {
  const present = new Set(base);
  const has = (n: string) => present.has(n);
  for (const [name, expr] of DERIVED) if (expr.test(has)) present.add(name);
  return present;
}

// A rule that reads none of the concepts present has the value it has with none present,
// worked out once: only the few rules that read a present concept are evaluated.
const RULES_BY_NAME = new Map<string, number[]>();
RULES.forEach((r, i) => {
  for (const n of r.expr.names) RULES_BY_NAME.set(n, [...(RULES_BY_NAME.get(n) ?? []), i]);
});
const WHEN_NONE: readonly boolean[] = RULES.map((r) => r.expr.test(() => false));
/** Rules that read a present concept: marked with the call's number, never cleared. */
const touched = new Uint32Array(RULES.length);
let round = 0;

function fired(present: ReadonlySet<string>): Rule[] {
  round++;
  for (const n of present) for (const i of RULES_BY_NAME.get(n) ?? []) touched[i] = round;
  const has = (n: string) => present.has(n);
  return RULES.filter((r, i) => (touched[i] === round ? r.expr.test(has) : WHEN_NONE[i]));
}

/**
 * What, swallowed days ago, is no less an emergency now: a button battery or magnets may still
 * be inside (NHS: A&E at once, even without symptoms; phase 24).
 */
const STILL_INSIDE: ReadonlySet<string> = new Set(['button_battery', 'magnets']);

/** The flags a message's findings raise, most serious first. `extra` adds concepts. */
export function flagsFor(findings: Findings, extra: Iterable<string> = []): FlagDef[] {
  const more = [...extra];
  const now = more.length === 0 ? derivedOf(findings) : withDerived([...findings.current, ...more]);
  const raised = new Map<string, FlagDef>();
  for (const r of fired(now)) raised.set(r.flag.id, r.flag);
  if (findings.recent.size > 0) {
    for (const r of fired(withDerived([...now, ...findings.recent]))) {
      if (raised.has(r.flag.id)) continue;
      const liveSign =
        // "2 days ago her speech went funny ... now its happening again" (stop 51).
        now.has('episode_back_now') ||
        [...r.expr.names].some(
          (n) =>
            (findings.current.has(n) && !CONTEXT_NAMES.has(n) && !REASSURANCE_NAMES.has(n)) ||
            (findings.recent.has(n) && STILL_INSIDE.has(n)),
        );
      // An injury days ago that is getting better and takes weight again needs no check today.
      if (!liveSign && now.has('improving') && r.flag.domain === 'injury') continue;
      // Nor a knock to the head days ago whose headache is easing (phase 24, fresh set p24c:
      // "a bit of a headache on and off since but it goes with paracetamol and its getting
      // better every day"; NHS: see a GP if it lasts, A&E if it gets worse or anything new).
      if (r.flag.id === 'head-injury' && now.has('improving') && !now.has('worsening')) continue;
      // An episode already seen in A&E, fine since: "knocked out 3 weeks ago, was checked in
      // A&E, feel completely fine now" (phase 20: read as an emergency).
      if (
        !liveSign &&
        now.has('seen_in_ae') &&
        (now.has('back_to_normal') || now.has('feels_fine'))
      )
        continue;
      // An episode told as over ("symptoms all gone now", "back to my normal"), raising only an
      // urgent flag with nothing of it still present: no check today (phase 22). An emergency's
      // episode still becomes "earlier-warning-sign" below.
      if (!liveSign && r.flag.level === 'urgent' && now.has('symptoms_gone')) continue;
      if (r.flag.level === 'urgent' || liveSign) raised.set(r.flag.id, r.flag);
      else raised.set('earlier-warning-sign', TRIAGE_FLAGS['earlier-warning-sign']!);
    }
  }
  for (const [urgent, concept] of NOT_TODAY) {
    if (now.has(concept) && raised.get(urgent)?.level === 'urgent') raised.delete(urgent);
  }
  for (const [concept, emergencies, urgent, alone] of SAME_DAY_INSTEAD) {
    if (!now.has(concept) || !(alone || emergencies.some((e) => raised.has(e)))) continue;
    for (const e of emergencies) raised.delete(e);
    raised.set(urgent, TRIAGE_FLAGS[urgent]!);
  }
  return finalize([...raised.values()]);
}

/** Drops urgent flags superseded by an emergency in their domain, and sorts. */
export function finalize(flags: readonly FlagDef[]): FlagDef[] {
  const emergencyDomains = new Set(
    flags.filter((f) => f.level === 'emergency').map((f) => f.domain),
  );
  const unique = new Map(flags.map((f) => [f.id, f]));
  return [...unique.values()]
    .filter((f) => f.level === 'emergency' || !emergencyDomains.has(f.domain))
    .sort(
      (a, b) =>
        LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
        (FLAG_ORDER.get(a.id) ?? 0) - (FLAG_ORDER.get(b.id) ?? 0),
    );
}
