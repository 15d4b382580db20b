// Rules, stop 52: emergencies the spent fresh sets' authors labelled 999 that no rule read,
// each told in lay words (lexicon-same-day-fifth.ts MISSED_999_CUES). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const TIME_CRITICAL_FIFTH_RULES: readonly RuleSource[] = [
  // Drooling, sitting forward or a noisy breath in, with a high temperature or unable to swallow
  // (epiglottitis; NICE CKS: 999, do not examine the throat). "my 4 year old woke up with a really
  // high temp and he's sitting leaning forward drooling, won't swallow anything, breathing sounds
  // squeaky" read same day.
  [
    'airway-blocked',
    '(drooling | dribbling_lay) & breathing_hard_lay & (fever_word | high_fever_words | temp_38 | bare_temp_high | swallow_blocked | cant_swallow | cant_swallow_saliva)',
  ],
  // The tongue swelling with speech or swallowing getting harder (angioedema, often on an ACE
  // inhibitor: 999). "tongue and one side of my lip swelling ... getting a bit harder to talk".
  [
    'airway-blocked',
    '(tongue_swelling | tongue_lip_swelling_lay) & (speech_harder_lay | voice_change | cant_swallow | breathless) & !quinsy_pattern & !trismus & !trismus_lay',
  ],
  // A food just eaten, the lips swelling, a cough and a throat that feels funny (anaphylaxis).
  [
    'anaphylaxis',
    '(ate_something | edible_said | ingested) & lip_face_swelling & (mouth_funny | mouth_itch_told) & (cough | cough_ongoing | voice_change | breathless | wheeze | cant_swallow)',
  ],
  // A fall from a window, a balcony or a roof, whoever fell and however well they seem.
  ['serious-injury', 'window_fall_lay'],
  // An ICD that has fired more than once (BHF: 999 for more than one shock in a day).
  ['heart-rhythm-red-flags', 'device_heart & icd_shocks_lay'],
  // Vomit like coffee granules (bleeding from the stomach; NHS: 999).
  ['severe-bleeding', 'vomiting & coffee_grounds_lay'],
  // Heavy drinking with new confusion and unsteady walking or flicking eyes (Wernicke's
  // encephalopathy: thiamine in hospital now).
  [
    'confusion-drowsy',
    '(alcohol | alcohol_heavy | alcohol_drink) & (confused | confused_lay | cant_think) & (ataxia | walk_drunk_lay | eyes_flicking_lay)',
  ],
  // A newborn under four weeks with blisters and feeding poorly or sleepy (neonatal herpes).
  [
    'child-red-flags',
    '(newborn | infant_u5w_age | first_week_lay) & (blister | cold_sore_kiss | cold_sore_eye) & (not_feeding | feeding_less_lay | sleepy_lay | drowsy)',
  ],
  // A child with a small round battery in the mouth and now lost (NHS: A&E at once).
  [
    'swallowed-hazard',
    'coin_battery_lay & battery_unaccounted_lay & (child | baby | child_word | child_age)',
  ],
  // A fragment from grinding, welding or hammering metal that came at speed, leaks fluid, bent
  // the pupil or blurred the sight (a penetrating eye injury: A&E now; stop 53, probes beside
  // eye_grit_same_day in rules.ts).
  [
    'eye-emergency',
    'eye_metal_work_lay & (eye_still_feels | eye_foreign_feel | eye_trauma | eye_projectile | eye_hit_fast | eye_metal) & (eye_hit_hard_lay | pupil_odd_lay | eye_fluid_lay | eye_blur_lay)',
  ],
  // Any blood in vomit on a blood thinner (NHS warfarin, DOACs: A&E for vomiting blood; stop 53,
  // a probe beside vomit_streaks_same_day in rules.ts that read same day).
  [
    'severe-bleeding',
    'anticoagulant & (vomiting | vomit_count) & (vomit_streaks | haematemesis | haematemesis_more) & !cough',
  ],
  // A benzodiazepine taken daily and run out or stopped, with something seen or a fit (stop 53: a
  // probe written beside the same-day withdrawal read same day).
  [
    'withdrawal-danger',
    '(benzo_long_use | benzo_without | sedative_dependence) & (sedative_stopped | run_out | stopped_days_ago | benzo_without) & (hallucinating | psychosis | seizure | confused | disoriented)',
  ],
  // Belly pain with a faint or feeling faint and a grey or pale look (internal bleeding: a spleen
  // after glandular fever and a blow, an ectopic, an aneurysm; stop 53, fresh-triage-p31f lx066:
  // "took an elbow to the left side of my tummy ... I feel faint and my mate says I look grey"
  // read same day).
  [
    'abdominal-emergency',
    '(abdo_pain | llq_pain | ruq_pain | epigastric_pain) & (near_faint | fainted | collapse) & (pale | skin_grey | cyanosis | clammy)',
  ],
  // A fall or a blow in later pregnancy with bleeding and pain (abruption; NHS: 999).
  [
    'pregnancy-emergency',
    'pregnant & bump_injury_lay & (vaginal_bleeding | bleeding_any) & (abdo_pain | contractions | severe_pain_any)',
  ],
];
