// Rules, two families that cross organ systems (issue 10: the unseen sets' misses were rarer
// conditions told in new words, which per-condition sentences never reached):
// 1. A body function lost suddenly (minutes to hours, new): a limb or the face, speech or
//    understanding, sight, standing or walking, staying awake, hearing in one ear. An
//    emergency (NHS: 999 for sudden weakness, loss of speech, sight or balance, someone hard
//    to wake), same-day for sudden hearing loss (NHS: urgent, steroids work best early).
//    Not when it came on slowly, has been there for months or years, or lasted a moment and
//    went with a cause the person names (pins and needles from sitting on a leg).
// 2. Severity × onset × site: the worst pain, or one that came on in moments, in a place
//    where that is an emergency: a limb with no pulse or cold and white, a fresh cast or crush
//    with pain beyond the injury (compartment syndrome), a belly that makes someone lie still,
//    a testicle.
// Concepts: lexicon-onset-course.ts, lexicon-function-loss.ts. Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

/** Concepts derived from others (rules.ts adds them after its own, in this order). */
export const SUDDEN_LOSS_DERIVED: readonly RuleSource[] = [
  ['onset_new', 'sudden | onset_abrupt | onset_last_hour'],
  // A passing moment only with its cause named (sight lost for five minutes with no cause is a
  // TIA); a slow or long course, unless the message also says this began today.
  [
    'passed_with_cause',
    'course_passed & (cause_named | numb_explained | limb_asleep_posture | panic_known | local_anaesthetic | dental_injection)',
  ],
  ['course_settled', 'course_long & !onset_new & !said_recently | passed_with_cause'],
  ['pain_peak', 'severe | severe_pain_any | never_before | severity_lay'],
  // The functions whose sudden loss is an emergency, each with the look-alikes its own rules
  // already set aside (a dentist's injection wearing off, pins and needles from posture, a
  // drunk evening, greying of sight on standing up, a whole half face with the forehead and
  // nothing else: Bell's palsy, same-day).
  [
    'function_lost',
    '(limb_weak & !numb_explained & !limb_asleep_posture | face_droop) & !((face_droop | face_half_weak) & forehead_weak & !arm_leg_weak) | use_lost | speech_problem | words_wrong | words_lost | swallow_lost & !sore_throat | vision_loss | field_loss | double_vision | stand_lost | cant_stand & !injury_any & !injury_event & !fall & !back_pain & !child & !baby',
  ],
  [
    'function_lost_sudden',
    'function_lost & onset_new & !course_settled & !local_anaesthetic & !dental_injection & !drunk_episode & !(standing_up & brief_moment)',
  ],
];

export const SUDDEN_LOSS_RULES: readonly RuleSource[] = [
  // 1. A body function lost suddenly.
  ['sudden-loss-of-function', 'function_lost_sudden'],
  ['unresponsive', 'wake_lost & !course_settled'],
  ['sudden-hearing-loss', 'hearing_dropped & !course_settled'],

  // 2. Severity × onset × site.
  ['limb-blood-supply', 'limb_pulse_absent & !raynaud_pattern'],
  [
    'limb-blood-supply',
    '(limb_cold_white | limb_cold_white_far) & onset_new & pain_peak & !raynaud_pattern & !course_settled',
  ],
  ['serious-injury', '(cast_fresh | tight_cast | crush | crush_heavy) & pain_beyond & !healed'],
  [
    'serious-injury',
    '(injury_any | injury_event | fracture_word) & limb_tight_swollen & (pain_peak | pain_beyond) & (worsening | digits_compromised | numb_any)',
  ],
  ['abdominal-emergency', 'abdo_pain & pain_peak & onset_new & (belly_still | peritonism)'],
  ['abdominal-emergency', 'abdo_pain & belly_still & (fever | rigid_abdomen)'],
  ['testicle-pain-sudden', 'testicle_pain & pain_peak & !course_settled'],
  [
    'testicle-pain-sudden',
    'privates_pain_after & (male | teen_word) & (pain_peak | onset_new) & !course_settled',
  ],
  [
    'eye-emergency',
    '(eye_pain_lay | eye_pain_red) & pain_peak & (vision_dimmed | blurred_vision | vision_loss | halos)',
  ],
  ['tearing-pain', 'tearing_lay & (pain_peak | onset_new | near_faint | fainted)'],
  // Urine that will not come with a sore or swollen belly (NHS: acute urinary retention, A&E);
  // not a urine infection's stinging, not a long-standing slow stream.
  [
    'urinary-retention',
    '(urine_obstructed | retention_more) & (abdo_pain | distension | bladder_full_sore) & !uti_symptoms & !urine_sting_or_often & !chronic_pattern & !course_settled & !child & !baby',
  ],
];
