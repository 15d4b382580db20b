// Rules, phase 5: same-day situations walked from the NHS 111 "urgent GP appointment" lists
// and NICE CKS red flags, condition by condition (acute cholecystitis, a perforated eardrum
// after a blow, recurrent hypoglycaemia, pelvic inflammatory disease, obstetric cholestasis,
// waters leaking in pregnancy, a hot swollen calf). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const GP_TODAY_RULES: readonly RuleSource[] = [
  // Gallbladder: right upper pain with a fever, shivers or yellowing (NICE CKS).
  ['severe-abdominal-pain', 'ruq_pain & (fever | rigors | jaundice)'],
  // An ear that bleeds, or discharges after a blow or a fall (NHS: perforated eardrum).
  ['ent-warning', 'ear_bleeding | ear_discharge & (head_injury | injury_event | fall)'],
  // Hypos again and again (NHS: contact your diabetes team or GP today).
  ['low-blood-sugar', 'hypo_repeated'],
  // Pelvic pain or pain during sex with discharge and a fever (NICE CKS: PID).
  [
    'genital-warning',
    '(dyspareunia | abdo_pain | pelvic_pain) & (smelly_discharge | discharge_word) & fever',
  ],
  // Pregnancy: itching of the hands and feet; waters leaking (RCOG; NHS).
  ['pregnancy-warning', 'pregnant & (itch_hands_feet | waters_leaking)'],
  // One leg: calf pain or swelling with warm skin (NICE CKS: DVT).
  ['possible-clot', '(calf_pain | leg_swelling_any | leg_swollen_one) & skin_hot'],
];
