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
