// Rules, stop 52: a marrow-suppressing medicine taken daily by mistake, with a fever or bruising
// (lexicon-same-day-fifth.ts beside rules.ts narrow_drug_same_day). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const MEDICINES_FIFTH_RULES: readonly RuleSource[] = [
  // Methotrexate (or another marrow-suppressing medicine) taken every day instead of weekly, now
  // with a fever, bruises or bleeding: the marrow failing, with an infection it cannot fight (BNF,
  // MHRA: A&E; the spent fresh sets' authors gave every such message 'emergency'). Not a dose
  // asked about, nor a fever without the daily mistake (rules-body.ts reads those).
  [
    'overdose-poisoning',
    'marrow_risk_drug & (mtx_daily | daily_dose_said & slip_repeated) & (fever | temp_38 | bare_temp_high | bruise_any | bruising_unexplained | bleeding_any | gums_bleeding | nosebleed)',
  ],
  // Eight or more paracetamol taken at once by a child or a teenager, even "fine"
  // (TOXBASE: over 75 mg/kg needs a blood level; NHS: A&E for a paracetamol overdose; the spent
  // fresh sets' author said 'emergency' of "my 16yo took 8 paracetamol yesterday, shes fine").
  [
    'overdose-poisoning',
    'paracetamol_word & pills_eight & (minor_age | child) & !dose_for_reason & !habitual_dose',
  ],
  // Something sharp swallowed (NHS: A&E for a sharp object swallowed; stop 52: "swallowed 2
  // razor blades about 30 mins ago ... can i just wait for them to pass" read same day).
  ['swallowed-hazard', 'sharp_swallowed'],
  // Blood coughed up by the cupful or mouthful (NICE CKS haemoptysis: massive, 999; stop 52:
  // "coughing up blood, not streaks, like a cupful in the last 10 minutes" read same day).
  ['severe-bleeding', 'haemoptysis & haemoptysis_large_lay'],
  // Days of tablets taken at once from a pill organiser or a dosette box (NHS: an overdose of
  // blood pressure, heart or diabetes tablets, A&E whatever the person says of feeling fine; the
  // spent fresh sets' authors gave every such message 'emergency').
  ['overdose-poisoning', 'week_of_tablets_taken'],
  // A stomach bug on the medicines the sick-day rules pause (ACE inhibitors, diuretics,
  // metformin, SGLT2 medicines), light-headed, dizzy or weeing little: a doctor today for the
  // kidneys (NICE CKS acute kidney injury; the spent fresh sets' authors said 'urgent').
  [
    'dehydration',
    'sick_day_drug & (vomiting | diarrhoea | diarrhoea_lay | stomach_bug_lay) & (near_faint | dizzy | bp_low | bp_low_word | little_urine | no_wee_lay | dehydration_sign)',
  ],
];
