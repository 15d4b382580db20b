// Rules, phase 25, stop 46 thirteenth round: chest, heart and breathing, a fifth author
// (lexicon-chest-fourth.ts; fresh-triage-p28k, read once at 2700624). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const CHEST_FOURTH_RULES: readonly RuleSource[] = [
  // A sharp pain on one side on breathing in, new (pleuritic pain: seen today); not a catch of a
  // few seconds that comes and goes for months.
  [
    'chest-pain',
    'breath_in_pain & sharp_stabbing & (one_sided_pain | pain_one_side_more | chest_pain) & (since_yesterday | sudden | after_infection | overnight) & !(brief_moment | chronic_pattern | recurrent)',
  ],
  // Sore ribs after a fall or a knock, on a blood thinner or older, with small breaths or a cough
  // (rib fractures: chest infection and bleeding risk, seen today).
  [
    'possible-fracture',
    '(rib_pain | ribs) & (fall | knock_injury | side_blow) & (anticoagulant | older | older_word) & (shallow_breaths | breath_in_pain | cough)',
  ],
];
