// Rules, brain, consciousness and mind. Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BRAIN_MIND_RULES: readonly RuleSource[] = [
  // Stroke and TIA (NHS BE FAST; a symptom that has passed still needs 999 the same day).
  // Not a numb face from the dentist's injection asked about (phase 7 wave 9 e), nor a droop
  // while it wears off with no other sign (phase 10 fa3, blind set 13), nor "feel like im
  // having a stroke lmao" after no sleep with no sign of one (stop 50, fresh-triage-p30j lb059).
  [
    'stroke-signs',
    'stroke_stated & !(local_anaesthetic & !limb_weak & !speech_problem & !face_droop & !vision_loss) & !(stroke_joke & !limb_weak & !speech_problem & !face_droop & !vision_loss & !arm_leg_weak & !face_numb & !confused)',
  ],
  [
    'stroke-signs',
    '(face_droop & !forehead_weak & !((local_anaesthetic | dental_injection) & !limb_weak & !speech_problem & !vision_loss & !confused) | speech_problem & !(drunk_episode & (fine_next_day | drunk_acting_fine) & !limb_weak & !face_droop & !confused & !fall & !head_injury & !headache) & !(choking & !limb_weak & !face_droop & !confused & !vision_loss) | vision_loss & !(standing_up & (brief_moment | orthostatic | near_faint) & !vision_one_eye & !vision_stays)) & !(gradual & !sudden) & !((stroke_deficit_old | aphasia_known) & !sudden & !worsening & !onset_last_hour) & !(palsy_years_ago & !sudden & !worsening & !onset_last_hour & !overnight & !new_behaviour & !since_yesterday & !fine_until_today)',
  ],
  [
    'stroke-signs',
    'limb_weak & !((numb_explained | limb_asleep_posture) & !explanation_guessed) & !((limb_strain_told & !explanation_guessed | injury_any & limb_pain) & !(sudden | onset_last_hour | face_droop | face_half_weak | speech_problem | vision_loss | numb_any | bilateral_tingle | head_injury | confused)) & !(gradual & !sudden) & !((face_droop | face_half_weak) & forehead_weak & !arm_leg_weak) & !(sciatica_any & (back_pain | back_pain_more)) & !(stroke_deficit_old & !sudden & !worsening & !onset_last_hour)',
  ],
  // Phase 14 (recall2): a person's speech that suddenly makes no sense, or an older adult's
  // (lexicon speech_sense_lost); not a teenager's slang or a plan that makes no sense.
  ['stroke-signs', 'speech_sense_lost & (sudden | older) & !(gradual & !sudden)'],
  // Not tingling lips told as part of a known panic that has passed (phase 25, stop 46 review,
  // fresh-triage-p28l jd087: "when I panic my lips and fingers tingle ... it's passed").
  [
    'stroke-signs',
    'face_numb & (limb_weak | speech_problem | sudden) & !(numb_explained & panic_known & !limb_weak & !speech_problem)',
  ],
  [
    'stroke-signs',
    'ataxia & sudden & (vomiting | headache | double_vision | speech_problem | dizzy | nausea)',
  ],
  ['stroke-signs', 'double_vision & (sudden | ataxia | vomiting)'],
  [
    'stroke-signs',
    'cant_stand & sudden & (dizzy | double_vision | vomiting | headache | speech_problem | limb_weak)',
  ],
  ['stroke-signs', 'hearing_loss & sudden & (dizzy | ataxia | face_numb)'],
  [
    'neuro-warning',
    'limb_weak_gradual | limb_weak & gradual & !sudden | ataxia & (older | headache | gradual) | speech_problem & gradual & !sudden',
  ],

  // Headache (NICE CKS red flags) and meningitis (NICE NG240).
  // Not a "worst pain" that the message puts in a tooth, a kidney stone or a birth (a
  // thunderclap is a headache): severe pain there has its own rules.
  [
    'sudden-severe-headache',
    'thunderclap & !(worst_pain_elsewhere & !headache & !head_said) & !(hangover_said & !sudden & !stiff_neck & !vomiting & !confused & !drowsy & !seizure & !photophobia & !fainted)',
  ],
  [
    'sudden-severe-headache',
    'headache & sudden & (severe | severe_pain_any | never_before | vomiting | stiff_neck | fainted)',
  ],
  ['sudden-severe-headache', 'headache & (severe | severe_pain_any) & never_before'],
  // Not spots said to fade under the glass (phase 25, fresh-triage-p25l gd149).
  // Not dots round the eyes from straining to be sick, in a child with no temperature (phase 25,
  // stop 46, p28a is070).
  [
    'meningitis-signs',
    'non_blanching_rash & !rash_blanches & !bruising_thin_skin & !(face_dots_from_straining & !(fever | fever_word | temp_bare_high | floppy | drowsy))',
  ],
  ['meningitis-signs', 'fever & (stiff_neck | photophobia & (headache | drowsy | vomiting))'],
  ['meningitis-signs', 'headache & stiff_neck & (photophobia | drowsy | vomiting | confused)'],
  // A stiff neck with light hurting the eyes is meningism with or without a fever or the word
  // headache: "no fever but his neck is really stiff and light hurts his eyes".
  ['meningitis-signs', 'stiff_neck & photophobia'],
  [
    'headache-red-flags',
    'headache & (confused | drowsy | seizure) & (severe | severe_pain_any | vomiting | photophobia | stiff_neck)',
  ],
  [
    'headache-red-flags',
    'headache & photophobia & vomiting & (fever | stiff_neck | confused | drowsy | severe | severe_pain_any)',
  ],
  [
    'severe-headache',
    'headache & (severe | severe_pain_any) & !joking & !benign_trigger & !hangover_said & !(figurative_kill & mild)',
  ],
  [
    'headache-warning-signs',
    'gca | headache_red_pattern | headache & (blurred_vision | double_vision | headache_persistent & !((painkiller_helps | cold_symptoms | caffeine_withdrawal) & !(stiff_neck | rash | vomiting | worsening | confused)) | flashing_lights & !(headache_pattern_known & !never_before & !sudden & !worsening))',
  ],

  // Seizures (NHS: 999 for a first fit, over 5 minutes, one after another, not waking).
  [
    'seizure-prolonged',
    'seizure & (seizure_ongoing | seizure_5min | rescue_med | first_seizure | first_time_vague | post_ictal | cyanosis | unresponsive | breathless_severe | head_injury)',
  ],
  // Not a movement asked about in which awareness is kept (seizure_doubted, rules.ts).
  [
    'seizure-prolonged',
    '(seizure & !epilepsy & !usual_seizure & !resolved & !seizures_known | first_seizure) & !hypnic_jerk & !seizure_doubted',
  ],
  // A fit told only as movement (phase 14, helper recall): shaking or jerking that will not
  // stop, or for 5 minutes or more, in someone with epilepsy or who has collapsed or does not
  // respond; not a hand, lip or voice tremor.
  [
    'seizure-prolonged',
    'fit_motion & (fit_motion_ongoing | fit_motion_5min) & (epilepsy | collapse | unresponsive) & !tremor_local & !fit_motion_not_person',
  ],
  // A person's usual seizure, handled by their care plan and fully recovered, needs no flag; nor
  // a movement asked about in which awareness is kept (seizure_doubted, rules.ts), nor a seizure
  // the neurology team has already acted on, the person fine now (seizure_handled, rules.ts).
  [
    'seizure',
    'seizure & !(usual_seizure & (resolved | recovered | recovered_quickly | came_round_now) & !seizure_change & !change_from_usual) & !(seizures_known & !seizure_event & !seizure_change & !change_from_usual) & !hypnic_jerk & !seizure_doubted & !seizure_handled',
  ],

  // Consciousness (Manchester: altered conscious level).
  [
    'unresponsive',
    'unresponsive & !passive_death_wish & !(brief_moment & catatonic & (otherwise_well | nothing_else)) | not_breathing & !((sleep_apnoea | apnoea_told) & !baby & (!child | snoring) & !cyanosis)',
  ],
  ['unresponsive', 'collapse & (drowsy | confused | breathless | chest_pain | cyanosis | pale)'],
  ['confusion-drowsy', '(confused | drowsy) & sudden'],
  [
    'confusion-drowsy',
    'drowsy & !drowsy_roused & (fever | vomiting | older & !((drowsy_lately | habit_time & otherwise_well) & !sudden & !worsening) | child | baby | head_injury | infection | diabetic | overdose | breathless | headache | alcohol_heavy | recreational | opioid | pale | not_eating_drinking)',
  ],
  [
    'confusion-drowsy',
    'confused & !confusion_subacute & (fever | rigors | drowsy | hypo_word | diabetic & sweaty)',
  ],
  // Not a child's night terrors as a parent tells them (phase 25, fresh-triage-p25y: sits up
  // screaming, "doesn't seem to know I'm there", no memory of it in the morning).
  [
    'confusion',
    'confused & !(dementia_known & !(sudden | worsening | change_from_usual)) & !(slow_course & confusion_slow) & !(night_terror_said & !(fever | fever_word | head_injury | drowsy | seizure)) | drowsy & !(sedating_med & !(child | baby | older | unresponsive | barely_wakeable | cant_stay_awake | confused)) & !(perked_up & drowsy_roused) & !(shift_tired & !(child | baby | older | unresponsive | barely_wakeable | confused | fever | head_injury))',
  ],
  [
    'fainting',
    '(fainted | collapse | near_faint & !mild & !((orthostatic | standing_up) & brief_moment)) & !((near_faint | fainted & (faint_trigger_clear | faint_trigger_lay)) & (heat_exposure | faint_trigger_clear | faint_trigger_lay | orthostatic | standing_up) & (feels_fine | recovered | recovered_quickly | resolved | fine_after_lay) & !collapse & !faint_in_exercise) & !(faint_explained & !collapse) & !(seizure & (epilepsy | usual_seizure)) & !(febrile_fit & !collapse) & !laugh_figurative',
  ],

  // Mental health crisis (NICE NG225): suicide, danger to others, psychosis after a birth.
  // Phase 22's fresh set: medicines put by until there is enough is a plan with its means.
  // A parent asking how to talk about a child's friend's self-harm is asking for advice (stop
  // 50, fresh-triage-p30i la044); the friend's plan or act told now is not set aside.
  [
    'suicide-risk',
    'hoarded_enough & (psych_meds | ssri_more | slip_risky_drug | high_risk_drug | opioid | sedating_med | narrow_drug | insulin_word | paracetamol_word | anticoagulant)',
  ],
  [
    'suicide-risk',
    'suicidal & !no_plan & !self_harm_minor & !(support_question & (already_helped | crisis_long_past | healed | harm_of_childs_friend)) & !training_topic & !(figurative_kill & joking) & !(crisis_slang_everything & (feels_fine | joking | talk_habit_vouched)) | crisis_means',
  ],
  [
    'mental-health-danger',
    // Not a worry asked after an accident ("Could I have hurt the baby?"; stop 46, p28g iy158).
    'harm_others & !intrusive & !casual_kill & !(kill_exasperation & !weapon_tool & !violent_now) & !(suicidal & self_harm_minor) & !accused_harm & !harm_worry_asked',
  ],
  ['mental-health-danger', 'psychosis & (harm_others | weapon_tool | postpartum | suicidal)'],
  // Seeing things that are not there in the weeks after a birth (postpartum psychosis; phase
  // 24, fresh set p24g: "she can see things moving in the cot that aren't there").
  ['mental-health-danger', 'hallucinating & postpartum & !(drowsy & !confused)'],
  ['mental-health-danger', 'postpartum & (mania | confused & (psychosis | not_sleeping))'],
  // Not paranoia after cannabis that has passed (phase 25, fresh-triage-p25i ga006).
  [
    'mental-health-urgent',
    'psychosis & !((back_to_normal | resolved) & cannabis_word) | mania | intrusive | mh_not_coping',
  ],

  // General (Manchester: shock; NHS sepsis "feels like you're going to die").
  [
    'very-unwell',
    'doom & (pale | breathing_fast | breathless | sweaty | near_faint | fainted | cyanosis)',
  ],
  [
    'very-unwell',
    // Not a faint after giving blood that has passed (phase 25, fresh-triage-p25l gd137).
    'pale & (clammy | sweaty) & (severe_pain_any | breathless | near_faint | fainted | vomiting) & !(faint_trigger_clear & (fine_next_day | resolved | back_to_normal | feels_fine) & !severe_pain_any & !breathless)',
  ],

  // Phase 14 (helper recall, probes-p14-recall.json): a danger place said with "I'm", "at" or
  // "on the edge of", and hopelessness or a last word in lay terms ("whats the point anymore.
  // im stood on the bridge. just wanted someone to know").
  [
    'suicide-risk',
    '(danger_place | danger_place_said) & (hopeless_lay | done_cue | farewell_words | goodbye_cue | low_mood | passive_death_wish | suicidal)',
  ],
  // Sight gone from one eye in plain words (NHS: sudden loss of sight, A&E or 999).
  ['eye-emergency', 'vision_gone_lay & !(gradual & !sudden)'],
  // Confusion new today in an older adult ("completely fine yesterday evening. This morning
  // she doesn't know where she is"): a sudden change (NHS: sudden confusion, call 999).
  [
    'confusion-drowsy',
    'confused & older & fine_until_today & !confusion_subacute & !dementia_known & !confused_about_thing',
  ],
];
