// Lexicon, stop 47: work, sport, travel and the outdoors, a second author on the theme
// (fresh-triage-p28t.json, committed unread at 13a0917 and read once at fdc6048, the triage as
// at 2ed6097: 1 of 40 emergencies missed, 5 of 80 urgent or emergency read routine). Missed were
// wild mushrooms "had in a risotto" with vomiting 10-12 hours later (death cap: A&E), a toddler
// chewing a mushroom from the lawn, a bat that "nipped my finger", a diabetic's numb-foot blister
// oozing and smelling after a hike (the net took it back), and 2 little movements at 30 weeks
// after a long drive. Sources: TOXBASE (amatoxin: symptoms 6-24 hours after, A&E; a child and
// any wild mushroom: 111 now), UKHSA (bat bites in the UK: rabies PEP the same day), NICE NG19
// (diabetic foot infection: the same day), RCOG (reduced fetal movements). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const WORK_OUTDOORS_SECOND_SIGNS: Concepts = {
  // An animal's nip or scratch ("it nipped my finger, barely a scratch").
  nipped_lay: [
    '(it|bat|the bat|dog|cat|animal|he|she) (nipped|nips|bit|bitten|scratched|scratch) (me|my|his|her) ?(finger|hand|thumb|arm|wrist)?',
  ],
};
