// Rules, stop 47: work, sport, travel and the outdoors, a second author
// (lexicon-work-outdoors-second.ts; fresh-triage-p28t, read once at fdc6048). Expression
// language: expression.ts.

import type { RuleSource } from './rule-types';

export const WORK_OUTDOORS_SECOND_RULES: readonly RuleSource[] = [
  // A child who ate or chewed a wild mushroom, well for now (TOXBASE: 111 now).
  ['ingestion-advice', 'foraged_eaten & (child | baby | child_word)', { firm: true }],
  // A bat's nip or scratch (UKHSA: rabies PEP assessed today).
  [
    'exposure-treatment',
    '(bat_word | bat_word_d) & (nipped_lay | wound_word | animal_bite | skin_broken)',
    { firm: true },
  ],
  // A diabetic foot wound oozing, red or smelling (NICE NG19: the same day).
  [
    'skin-infection',
    'diabetic & foot_wound & (foot_infection_signs | infection_words | bite_inflamed | smells_bad)',
    { firm: true },
  ],
  // Few movements counted past 24 weeks (maternity triage now).
  ['pregnancy-warning', 'pregnant & !preg_before_24w & fetal_few_felt', { firm: true }],
];
