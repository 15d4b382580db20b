// Rules, stop 47: the detail that decides, buried inside something else, a second author
// (lexicon-aside-second.ts; fresh-triage-p28v, read once at fdc6048). Expression language:
// expression.ts. Each is firm (RuleOptions): the net may not take it back in a long everyday
// message.

import type { RuleSource } from './rule-types';

export const ASIDE_SECOND_RULES: readonly RuleSource[] = [
  // Thirst with wetting again or weight lost in a child (suspected type 1 diabetes).
  [
    'high-blood-sugar',
    'polydipsia & (bedwetting_again | polyuria | weight_lost_lots | clothes_loose_lay) & (child | child_word | minor_age | child_age)',
    { firm: true },
  ],
  // A temperature and new breathlessness on effort in an older person, with a cough (pneumonia).
  [
    'infection-needs-check',
    'older & (temp_bare_high | bare_temp_high | temp_38 | fever) & (breath_on_effort | breathless) & (cough | sputum_more)',
    { firm: true },
  ],
  // Asthma with the reliever needed every 3 or 4 hours (a same-day review).
  ['breathing-difficulty', 'asthma & reliever_overuse', { firm: true }],
  // Few movements felt today past 24 weeks: rules-work-outdoors-second.ts.
];
