// Rules, phase 25 nineteenth round: the chest, the heart and breathing (lexicon-chest-breath.ts;
// fresh-triage-p25t, read once at e45bf4c). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const CHEST_BREATH_RULES: readonly RuleSource[] = [
  // Chest pain or pressure that did not go with rest, not a sore spot on pressing (NICE CG95:
  // 999 for a suspected heart attack).
  ['chest-pain-red-flags', '(chest_pain | chest_pressure_type) & rest_no_relief & !chest_wall'],
  // Known angina, the spray used and the pain still there (NHS: a second dose, then 999 if it
  // has not helped 5 minutes later).
  ['chest-pain-red-flags', 'spray_no_relief & (angina_known | heart_condition)'],
  // A reliever or both inhalers run out, with a wheeze or breathlessness (BTS/SIGN: a
  // pharmacist's emergency supply or the GP today).
  ['medicine-supply', 'inhaler_run_out & (wheeze | breathless | asthma | copd | chest_tight_lay)'],
  // A GP or a clinic asking for hospital today (a result, a scan): go.
  ['result-needs-check', 'sent_to_hospital_today'],
];
