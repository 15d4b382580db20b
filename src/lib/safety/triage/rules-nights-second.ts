// Rules, phase 25 forty-second round: nights out, drink and drugs (lexicon-nights-second.ts;
// fresh-triage-p26u). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const NIGHTS_SECOND_RULES: readonly RuleSource[] = [
  // A child who has eaten a cannabis edible, however well they seem now (NPIS: hospital).
  [
    'overdose-poisoning',
    '(child | child_word | child_age | baby | months_age_lay) & cannabis_word & edible_said & (ingested | ate_something)',
  ],
  // A jab felt in a club or at a party (NHS: PEP and hepatitis B within 72 hours, today).
  ['exposure-treatment', 'needle_spiked_lay'],
  // Daily GHB or GBL, wanting to stop (never suddenly: specialist advice today).
  ['ghb-dependence', 'ghb_daily'],
  // Drink on disulfiram with flushing, a pounding head or sickness (advice today).
  [
    'medicine-side-effect',
    'antabuse_drink & (face_flushed_lay | headache | nausea | vomiting | palpitations | dizzy)',
  ],
  // A young person home drunk who has been sick or is slurring (NHS: advice now, watch them;
  // 999 if they cannot be woken or breathe oddly).
  [
    'ingestion-advice',
    '(child | child_word | child_age | minor_age | teen_word) & drunk_episode & (vomiting | speech_problem | drowsy) & !unresponsive',
  ],
  // Streaks of blood in vomit after retching, none since (a tear: same day).
  ['bleeding-needs-check', 'vomit_streaks & (vomiting | vomit_count) & !haematemesis'],
];
