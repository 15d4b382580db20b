// Rules, phase 25 twenty-sixth round: medicines and pharmacy (lexicon-medicines-more.ts;
// fresh-triage-p26e, read once at 5c9a733). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const MEDICINES_MORE_RULES: readonly RuleSource[] = [
  // A young child who got some of an opioid or a diabetes or heart tablet (TOXBASE: A&E now).
  [
    'overdose-poisoning',
    '(child | baby | child_word) & child_got_some & (opioid | child_one_pill_drug | sulfonylurea_named | rx_tablets_lay)',
  ],
  // Naloxone given: it wears off before the opioid does (999, whatever the person says).
  ['overdose-poisoning', 'naloxone_given'],
  // An overdose in the past days with yellow eyes, dark urine or pain under the right ribs
  // (NICE CKS: late paracetamol poisoning, A&E now).
  [
    'overdose-poisoning',
    'overdose_past_cue & (jaundice | yellow_eyes | yellow_lay | ruq_pain) & !healed',
  ],
  // Steroids for years with vomiting or no tablets kept down, and a faint or feeling awful
  // (Society for Endocrinology: adrenal crisis, 999).
  [
    'adrenal-crisis',
    '(steroid_years_cue | steroid_long_term) & (vomit_meds | vomit_persistent | vomiting | diarrhoea) & (fainted | near_faint | collapse | confused | drowsy | very_unwell)',
  ],
  // Steroids for years run out (a supply today, never stopped suddenly).
  ['medicine-supply', '(steroid_years_cue | steroid_long_term | steroid_years) & run_out'],
  // An erection that has not gone down after Viagra or for hours (BAUS: A&E over 4 hours).
  ['priapism', 'erection_not_down & (ed_drug | erection_word_any)'],
  // Two or more combined pills missed, with sex (FSRH: emergency contraception may be needed).
  ['emergency-contraception', 'contraceptive & missed_pills_n & sex_recent'],
  // Vitamin D in large doses with thirst, constipation or fog (high calcium: bloods today).
  ['medicine-side-effect', 'vitamin_d_high & calcium_signs'],
  // A time-critical medicine left at home (NHS: get a supply today; Parkinson's UK: on time).
  ['medicine-supply', 'meds_left_home & time_critical_drug'],
  // Insulin pen broken or short (Diabetes UK: a supply today).
  ['medicine-supply', 'insulin_short & (insulin_word | time_critical_drug)'],
  // Valproate in a new pregnancy (MHRA: do not stop; the specialist urgently).
  ['pregnancy-warning', 'valproate_named & (pregnant | pregnant_word | preg_test_positive)'],
  // A few tablets taken after a row (NICE NG225: self-harm, a same-day assessment).
  ['mental-health-urgent', 'tablets_after_upset'],
];
