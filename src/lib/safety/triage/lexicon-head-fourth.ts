// Lexicon, phase 25, stop 46 twelfth round: head, nerves, eyes and balance, a fifth author on the
// theme (fresh-triage-p28l.json, committed unread at f231b9b and read once at 400b0d7: 1 of 40
// emergencies missed, 2 of 80 urgent or emergency read routine). A very red painful eye with a
// headache on that side, rainbow circles round the lights and vomiting, begun in a dark cinema
// (acute angle-closure glaucoma). Same day: a 5-year-old walking "like she's drunk" since the
// morning, a week after chickenpox (cerebellitis); a second febrile fit, brief and recovered.
// Its 999 over-read: "a febrile convulsion at 2, hes 4 now" (scope-age-then-now.ts). Sources:
// NHS (acute glaucoma: A&E now), NICE CKS (acute ataxia in a child: same day), NHS febrile
// seizures (a brief one with full recovery: the GP or 111 the same day). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const HEAD_FOURTH_SIGNS: Concepts = {
  // Halos round lights: "seeing rainbow circles round the lights".
  halos_lay: [
    '(rainbow|rainbows|coloured|colored|colourful|bright) (\\w+ )?(circles|rings|halos|haloes) ~3 (round|around) (the )?(lights|street ?lights|lamps)',
    '(halos|haloes|rings|circles) (round|around) (the )?(lights|street ?lights|lamps)',
  ],
};

/** Read only beside other signs (cues). */
export const HEAD_FOURTH_CUES: Concepts = {
  // Another fit told as "another one", with a temperature.
  another_one_fit: ['(had|having|has had|just had) another (one|fit|seizure|convulsion)'],
};
