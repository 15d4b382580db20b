// Rules, phase 12 (helper b17): blind set 17's missed emergencies, by principle, each probed
// with new wordings and twins before any change (test/unit/safety/probes-p12-b17.json).
// Concepts: lexicon-*.ts (its own marked "phase 12, helper b17"). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const BLIND17_RULES: readonly RuleSource[] = [
  // Any bite by a snake that may be venomous, however far the words (NHS: 999 or A&E).
  ['serious-injury', 'bite_far_venomous & !snake_harmless'],
  // Someone who can barely be woken is a reduced level of consciousness (NHS: 999), and with a
  // headache, stiff neck, fever or vomiting it is meningitis until shown otherwise.
  ['meningitis-signs', 'barely_wakeable & (stiff_neck | fever | headache & vomiting)'],
  ['unresponsive', 'barely_wakeable'],
  // A boy with pain "down below" on one side, sudden, on waking, severe or with vomiting:
  // testicular torsion until shown otherwise (NHS: sudden testicle pain, A&E).
  [
    'testicle-pain-sudden',
    'male & (child | teen_word) & privates_pain & (vomiting | sudden | severe | severe_pain_any | onset_last_hour | overnight) & !chronic_pattern',
  ],
  // Numbness noticed while wiping with back or leg pain, or with urine that will not come
  // (cauda equina syndrome: NHS A&E).
  [
    'spinal-cord-warning',
    'wiping_numb & (back_pain | back_pain_more | sciatica_any | legs_weak_both | urine_obstructed | bladder_accident)',
  ],
  // A fresh plaster cast with pain getting worse or severe and fingers or toes pale, blue, cold,
  // numb or that cannot be moved (compartment syndrome: NHS A&E).
  ['serious-injury', 'cast_fresh & (worsening | severe | severe_pain_any) & digits_compromised'],
  // A fresh cast gone tight, or swollen fingers or toes beyond it (phase 22's second fresh set).
  ['cast-check', 'cast_fresh & cast_tight'],
  // A cut that gapes needs closing the same day (NHS: stitches, glue or strips within hours).
  ['wound-or-burn', 'wound_gapes & !healed'],
  // A fall onto the outstretched hand with pain at the base of the thumb: a scaphoid fracture
  // until an X-ray shows otherwise (NICE NG38: same-day imaging); not one long healed.
  ['possible-fracture', 'fall_off & (thumb_base | snuffbox_pain) & !healed & !back_to_normal'],
  // A baby under a year, or someone pregnant, in contact with measles: post-exposure
  // protection works only within days (UKHSA measles guidance).
  ['exposure-treatment', 'measles_contact & (baby | pregnant)'],
  // Movements barely felt in pregnancy past 24 weeks (NHS: call the maternity unit now).
  [
    'pregnancy-warning',
    'pregnant & fetal_barely_felt & !(first_movements_not_yet & preg_before_24w)',
  ],
];
