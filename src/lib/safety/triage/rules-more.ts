// Rules for the conditions the first tables lacked (lexicon-*.ts, marked "formerly
// lexicon-more.ts"), and a few cross-domain combinations: goodbye cues, drug toxicity, kidney
// failure, smoke and drowning, an infected eye socket, immunosuppression with infection.
// Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const MORE_RULES: readonly RuleSource[] = [
  // Mental health: goodbyes and giving up (NICE NG225).
  ['suicide-risk', 'goodbye_cue & (done_cue | low_mood | suicidal & !no_plan | crisis_means)'],
  ['suicide-risk', 'done_cue & (low_mood | goodbye_cue)'],
  ['suicide-risk', 'goodbye_cue & !(low_mood | done_cue) & !joking & !no_plan'],
  // Going somewhere high or to the tracks after saying sorry or goodbye (a friend's text).
  ['suicide-risk', 'danger_place & (farewell_words | goodbye_cue | low_mood | done_cue)'],
  ['suicide-risk', 'farewell_words & (crisis_means | done_cue)'],
  // Alcohol withdrawal is 999 with hallucinations, confusion or a fit (delirium tremens); shaking,
  // sweating and a fast heart alone are the same day (NICE CG100: assessment for assisted
  // withdrawal; stop 53: the spent fresh sets' authors gave 15 such messages 'urgent', 7 read as
  // 999, and 'emergency' all 23 with something seen, a fit or confusion). The same-day flag is
  // alcohol-withdrawal (rules-same-day.ts).
  [
    'withdrawal-danger',
    'alcohol_withdrawal & (psychosis | hallucinating | creatures_seen_lay | disoriented | confused | seizure | unresponsive | drowsy | chest_pain | vomit_persistent)',
  ],
  ['withdrawal-danger', '(alcohol | alcohol_withdrawal) & psychosis & (shaky | sweaty | confused)'],

  // Poisoning: toxicity with a racing heart, fever, twitching or confusion (TOXBASE). Not the
  // twitchiness of a daily benzodiazepine stopped (stop 50, fresh-triage-p30i la047: withdrawal,
  // the drug service or GP today; a fit is still read).
  [
    'overdose-poisoning',
    '(recreational | drugs_unknown | psych_meds & new_medicine) & (twitching & !benzo_daily_heavy | hr_fast | temp_39 | seizure | confused & (palpitations | fever))',
  ],
  ['overdose-poisoning', 'drugs_unknown & (palpitations | fever | drowsy | chest_pain)'],
  ['overdose-poisoning', 'wild_plants & (vomiting | abdo_pain | diarrhoea | confused | drowsy)'],
  [
    'skin-infection',
    'eczema & (blister | fever) | tick_bite & (fever | (rash | red_hot_swollen) & !tick_rash_well)',
  ],
  [
    'skin-infection',
    'diabetic & (foot_dark | wound_infected | ulcer_infected) | pressure_sore & (foot_dark | infection)',
  ],
  ['wound-or-burn', 'skin_chemical'],

  // Kidneys (NHS: no urine for a day, missed dialysis; NICE NG148 acute kidney injury).
  [
    'kidney-emergency',
    // A missed session alone is the unit's today (below; phase 25, fresh-triage-p26q hi042 and
    // two earlier sets' twins, labelled same day).
    'dialysis & (weak_new | palpitations | breathless | confused)',
  ],
  [
    'kidney-emergency',
    'little_urine & (ankle_swelling | leg_swelling_any | breathless | confused | drowsy)',
  ],
  [
    'kidney-emergency',
    // Not shingles' band across the back beside a transplanted kidney (phase 25,
    // fresh-triage-p26q hi073: the same-day shingles flag is right).
    '(renal_colic | loin_pain) & (temp_39 | rigors | fever & (shaky | high_fever_words)) | single_kidney & ((renal_colic | loin_pain) & !shingles_band & !shingles_band_more | retention)',
  ],
  ['dialysis-missed', '(dialysis | dialysis_more) & missed_dialysis'],
  ['kidney-emergency', 'catheter_blocked & (severe | severe_pain_any | fever | rigors)'],
  ['urinary-retention', '(dehydration | little_urine) & distension & !child & !baby'],
  ['abdominal-emergency', 'groin_lump & (vomiting | irreducible)'],
  // Not a medicine known to darken urine (phase 25, fresh-triage-p26g: nitrofurantoin).
  ['urine-infection-warning', 'dark_urine_cola & !urine_colour_med | catheter_blocked'],

  // Breathing in smoke, water: emergency even when talking (NHS 999).
  ['breathing-severe', 'smoke_inhalation | drowning'],

  // Eyes: an infected eye socket; distorted or patchy vision.
  ['eye-emergency', 'eye_liquid'],
  [
    'eye-emergency',
    'eyelid_swollen & (fever | infection) & (eye_movement_pain | double_vision | blurred_vision | vision_loss)',
  ],
  ['eye-warning', 'vision_distortion | eye_pain_red & photophobia'],
  // New double vision, now or gone since (NHS: an urgent GP appointment or 111 when it comes on
  // suddenly; A&E with the signs of a stroke, rules-brain-mind.ts). Not a second's blur, nor
  // a course of months or years (phase 24).
  ['eye-warning', 'double_vision & !brief_moment & !course_long & !drunk_episode & !joking'],

  // Immunosuppression, sickle cell, a spleen removed: infection is an emergency sooner.
  [
    'sepsis-signs',
    'infection & (immunosuppressed | chemo | surgery_recent | sickle) & (temp_39 | rigors | very_unwell | pale | shaky | high_fever_words)',
  ],
  // Days after an operation, a fever with a racing heart or fast breathing (NICE NG51: high
  // risk of sepsis; phase 24, fresh set p24e: "3 days after having my gallbladder out ... temp
  // 38.6 and my heart is racing").
  [
    'sepsis-signs',
    'surgery_recent & (temp_38 | fever) & (hr_fast | palpitations | breathing_fast | rr_fast)',
  ],
  ['very-unwell', 'sickle & (fever | chest_pain | breathless | severe_pain_any)'],
  [
    'fever-needs-check',
    'immunosuppressed & (sore_throat | mucosal_sores | infection_words | cough & fever)',
  ],
  ['sepsis-signs', 'older & confused & !confusion_subacute & (cough | infection | fever)'],

  // Injuries: amputation, a tight cast, a tooth knocked out.
  ['serious-injury', 'amputation'],
  ['serious-injury', 'tight_cast & (numb_any | severe_pain_any | limb_cant_move)'],
  // Not a baby tooth (stop 49): an adult tooth knocked out is the dentist now, a baby tooth is not.
  [
    'dental-infection',
    'tooth_knocked_out & !(baby_tooth_said & !adult_tooth_said) | tooth_broken & tooth_pain',
  ],

  // Ear, genitals, nerves, circulation.
  ['ent-warning', 'ear_pain & (diabetic | immunosuppressed) & (ear_discharge | fever | severe)'],
  ['foreskin-stuck', 'paraphimosis'],
  // Not a split condom while on the pill with none missed (FSRH: no emergency contraception
  // needed; phase 24, fresh set p24e).
  ['genital-warning', 'genital_blisters | vulval_lump'],
  // Emergency contraception (FSRH): not once taken, unless it was sick back; and sex with no
  // contraception at all (phase 25, fresh-triage-p25d: its own banner, which says what to do).
  [
    'emergency-contraception',
    // Not a question about the pill itself, nor sex weeks ago (phase 25, fresh-triage-p26s), nor
    // one combined pill under 48 hours late (combined_one_late, rules.ts; stop 50).
    'emergency_contraception & !combined_one_late & !(pill_taken_ok & !missed_dose & !missed_doses) & !(ec_taken & !vomiting) & !(ec_info_question & !sex_recent & !unprotected_sex & !condomless_lay & !sex_unprotected_lay) & !(sex_weeks_ago & !sex_recent) | ec_taken & vomiting | no_contraception & sex_recent',
  ],
  // Not tingling brought on by a hot bath that settles on cooling in MS (Uhthoff's phenomenon;
  // phase 25, fresh-triage-p26q hi071).
  [
    'neuro-warning',
    'ascending_numbness | bilateral_tingle & !injury_any & !numb_explained & !(heat_brings_on & !sudden)',
  ],
  ['back-pain-warning', 'neck_injury & (numb_any | bilateral_tingle) & !numb_explained'],
  ['circulation-warning', 'rest_pain_limb & !raynaud_pattern'],
  ['bleeding-needs-check', 'inr_high'],

  // Tummy: an old person with sudden severe pain and an irregular heart; a twisted ovary.
  ['abdominal-emergency', 'abdo_pain & (severe_pain_any | severe) & (af | pain_out_of_proportion)'],
  [
    'abdominal-emergency',
    '(one_sided_pain | ovary_pain) & sudden & (vomiting | nausea) & (severe | severe_pain_any) & !male',
  ],
  [
    'severe-abdominal-pain',
    'abdo_pain & weight_loss | llq_pain & (fever | worsening) | groin_lump & (abdo_pain | limb_pain | severe)',
  ],
];
