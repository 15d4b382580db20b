// Rules, phase 25 thirteenth round: someone who cannot say what is wrong (lexicon-cant-say.ts;
// fresh-triage-p25n, read once at f0482df). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const CANT_SAY_RULES: readonly RuleSource[] = [
  // A choke gone silent: no sound after food and a cough, or after back blows that shifted
  // nothing (Resuscitation Council UK: an ineffective cough is a blocked airway, 999).
  [
    'airway-blocked',
    '(cant_cough_cry | no_noise_lay) & (back_blows_given | ate_something & cough | food_stuck) & !resolved & !object_out & !choked_up',
  ],
  // Insulin meant for another resident or patient, given (NHS England: a never event; a severe
  // hypo can follow within the hour, so 999, not watching in the home).
  ['overdose-poisoning', 'insulin_meant_other'],
  // A neck held or not moved after a fall or a knock, with fizzy hands, odd walking or weakness
  // (NICE CG176: a possible spinal cord injury; keep still, 999).
  [
    'spinal-cord-warning',
    '(neck_guarded | neck_injury) & (fall | fall_off | injury_event | major_trauma | dive_shallow) & (tingle_lay | bilateral_tingle | arms_numb | numb_any | gait_odd | limb_weak | legs_weak_both)',
  ],
  // A NEWS2 of 7 or more, or mottled skin or a systolic under 90 with another high-risk sign,
  // fever or not (NICE NG51, RCP NEWS2).
  [
    'very-unwell',
    'news_high | mottled & (bp_low | rr_fast | little_urine | quiet_withdrawn | confused | drowsy) | bp_low & (rr_fast | little_urine | mottled)',
  ],
  // No poo for days (a care home's "BNO 6 days") with vomiting and a swollen tummy: a blocked
  // bowel, above all on clozapine (MHRA: gut hypomotility can kill).
  ['abdominal-emergency', 'no_bowels_long & vomiting & distension'],
  // Runny poo leaking, or runny poo with a firm tummy, and no proper poo for days: overflow from a blocked
  // bowel, not a bug (NICE CKS constipation: faecal impaction; a GP today).
  [
    'bowels-stopped',
    'no_bowels_long & (incontinence_new | (diarrhoea | diarrhoea_lay) & (belly_hard_lay | distension | abdo_pain | older | cant_tell | dementia_known))',
  ],
  // A time-critical medicine not given by a home or a ward (Parkinson's UK: get it on time).
  ['medicine-not-kept-down', 'dose_not_given'],
  // New bruises with a nosebleed or bleeding on a medicine that can lower blood cells.
  [
    'blood-count-check',
    '(carbamazepine_named | marrow_risk_drug) & bruise_any & (nosebleed | gums_bleeding_d | bleeding_any)',
  ],
  // After a fall, not wanting to walk and holding the hip: a possible hip fracture even when
  // weight is borne (NICE CG124: an X-ray today).
  [
    'possible-fracture',
    'fall & (refuses_walk | walk_new_difficulty | pain_behaviour) & (hip_held | hip_pain)',
  ],
  // Pain shown by behaviour, with food refused or a cry unlike the usual, in someone who cannot
  // say where it hurts or whom a worker supports (a new banner).
  [
    'pain-cant-say',
    '(cant_tell | supported_person | dementia_known) & (pain_shown | pain_behaviour) & (not_eating_drinking | cry_changed | crying_constant)',
  ],
  // A feeding tube in someone vomiting after feeds or with a swollen tummy (the nutrition team
  // or GP today; a tube that came out is rules-wave9-d's).
  ['tube-feed-problem', 'tube_fed & vomiting & !feeding_tube_out'],
  // Pacing and unable to sit still, or new hair-pulling, in the weeks after starting an
  // antidepressant (NICE NG222 / MHRA: agitation early on needs the prescriber today).
  ['mental-health-urgent', 'antidepressant_started & akathisia_lay'],
  // Antipsychotics stopped, and now sure others are filming or following (a relapse: the
  // mental health team today).
  ['mental-health-urgent', 'stopped_psych_meds & paranoid_lay'],
];
