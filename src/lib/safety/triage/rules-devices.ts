// Rules, phase 25 fifteenth round: what a device or an app said (lexicon-devices.ts;
// fresh-triage-p25p, read once at 1313840). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const DEVICES_RULES: readonly RuleSource[] = [
  // Ketones of 0.6 or more in someone with diabetes or a glucose sensor (JBDS: sick-day rules,
  // recheck, the diabetes team today; 1.5 or more is rules-body's).
  [
    'high-blood-sugar',
    'ketone_number & !ketones_low & (diabetic | type1 | glucose_high | hyperglycaemia_word | sensor_low | glucose_device)',
  ],
  // Ketones of 0.6 or more on an SGLT2 inhibitor, whatever the sugar (MHRA: ketoacidosis can
  // come with a normal sugar; stop it and get advice today).
  ['medicine-side-effect', 'sglt2_drug & ketone_number & !ketones_low'],
  // A low on gliclazide or another sulfonylurea, even treated (NHS: it can come back for hours);
  // lows night after night, or since a dose went up.
  ['low-blood-sugar', 'sulfonylurea_named & (sensor_low | glucose_low | hypo_treated_more)'],
  ['low-blood-sugar', '(sensor_low | glucose_low) & lows_recurring'],
  // A positive pregnancy test with a coil in place, or on a medicine that harms a pregnancy.
  ['pregnancy-warning', 'preg_test_positive & coil_in'],
  ['medicine-side-effect', 'preg_test_positive & teratogen_drug'],
  // A positive urine test with a fever or kidney pain (pyelonephritis), or in a man.
  [
    'urine-infection-warning',
    '(uti_test_positive | uti_symptoms) & (kidney_pain_lay | loin_pain) & (fever | temp_bare_high | rigors) | (uti_test_positive | uti_symptoms) & man_relation & !child',
  ],
  // A positive COVID test in someone at highest risk (NHS: antivirals within 5 days).
  [
    'infection-needs-check',
    'covid_positive & (immune_drug | immunosuppressed | marrow_risk_drug | transplant_known)',
  ],
  // A heart device's light or alarm that the clinic said to ring about.
  ['result-needs-check', 'device_light & told_to_ring_if'],
  // A hearing test on an app dropped overnight or suddenly (NICE CKS: ENT the same day).
  ['sudden-hearing-loss', 'hearing_drop & (sudden | overnight | abrupt)'],
  // Shock: a systolic under 90 with grey, pale or clammy skin, confusion or drowsiness.
  ['very-unwell', 'bp_low & (clammy | pale | confused | drowsy | cold_extremities)'],
];
