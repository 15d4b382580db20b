// Rules, stop 53's second round: emergencies that the first round's six held-out sets (spent
// since its end) showed no rule read, each by mechanism, in lay words (lexicon-same-day-sixth.ts
// MISSED_999_SIXTH_CUES). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const TIME_CRITICAL_SIXTH_RULES: readonly RuleSource[] = [
  // Tablets counted and kept with the night chosen or the dose asked "so it works this time"
  // (NICE NG225: 999). "I've got about 60 tablets of codeine and diazepam saved up. tonight is
  // the night" read routine (p31p).
  [
    'suicide-risk',
    '(tablets_saved_lay | means_saved | crisis_means) & (night_chosen_lay | act_soon_lay) | night_chosen_lay & (act_soon_lay | intent_to_die_said | medicine_named)',
  ],
  // The rest of a blood pressure or heart medicine taken at once (beta-blockers and calcium
  // channel blockers: TOXBASE, A&E now whatever the person feels): "took the rest of my
  // propranolol (about 25 of the 40mg ones)" read same day (p31p).
  [
    'overdose-poisoning',
    'took_rest_lay & (high_risk_drug | narrow_drug | psych_meds | opioid | benzo_named)',
  ],
  // A sulfonylurea or insulin taken by someone who is not diabetic (hypoglycaemia for a day or
  // more: A&E): "took my mum's tablets by mistake ... gliclazide 80mg, 2 of them. I'm not
  // diabetic" read same day (p31p).
  [
    'overdose-poisoning',
    '(sulfonylurea_named | insulin_short) & (medication_error | wrong_persons_meds | child_into_meds | ingested) & not_diabetic',
  ],
  // Paracetamol from two products for days, with sickness or pain under the right ribs (a
  // staggered overdose: A&E now). "2 paracetamol every 3-4 hours day and night and some
  // co-codamol in between since thursday. now feel sick and bit of pain under my right ribs" (p31o).
  [
    'overdose-poisoning',
    'paracetamol_two_products & (nausea | sick_lay | vomiting | ruq_pain | rib_pain | jaundice | yellow_eyes | yellow_lay)',
  ],
  // A knife wound to the trunk, however small the hole (NHS: 999).
  ['serious-injury', 'knife_stab_lay & trunk_wound_lay'],
  // No poo or even wind with a bloated belly and vomiting (bowel obstruction: 999).
  [
    'abdominal-emergency',
    'no_poo_wind_lay & (distension | bloated_lay | belly_hard_lay) & (vomiting | vomit_count)',
  ],
  // A known groin or belly lump that will not go back, hard or tender, with vomiting (a strangulated
  // hernia: 999).
  [
    'abdominal-emergency',
    '(groin_lump_known | groin_lump | hernia) & (cant_push_back_lay | irreducible) & (vomiting | vomit_count | severe_pain_any)',
  ],
  // Colitis with bloody diarrhoea and a fever, a swollen tummy or nearly fainting (acute severe
  // colitis: hospital now): "3 days of bloody diarrhoea 10+ times a day, temp 38.7, tummy swollen
  // and tender, and I nearly pass out when I stand" read same day (p31h).
  [
    'very-unwell',
    'ibd_named & (bloody_diarrhoea | bloody_runs | blood_in_stool & diarrhoea) & (near_faint | fainted | distension | bare_temp_high & (stools_many | near_faint | distension) | temp_39 | hr_fast)',
  ],
  // Diarrhoea or vomiting with no wee all day and new confusion (severe dehydration: 999): "bad
  // d&v since friday, today he hasnt peed at all, heart pounding and hes confused" (p31h).
  [
    'very-unwell',
    '(diarrhoea | vomiting | vomit_count | diarrhoea_lay) & (no_wee_lay | no_urine_long | little_urine) & (confused | drowsy | unresponsive | barely_wakeable)',
  ],
];
