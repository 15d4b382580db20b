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
];
