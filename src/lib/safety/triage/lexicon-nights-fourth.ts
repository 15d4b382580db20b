// Lexicon, phase 25, stop 46 fifteenth round: nights out, drink and drugs, a fourth author on the
// theme (fresh-triage-p28o.json, committed unread at 9244e9b and read once at 9de3e4f: no
// emergency missed, 7 of 80 urgent read routine). Same day: tingling feet and fingers and a
// wobbly walk after months of nitrous oxide balloons; a human bite that broke the skin; a needle
// "used by someone else" for slamming; blistered sunburn with a temperature and shivers; one ear
// deaf for 30 hours after a club; a fingertip that will not bend after a cut from a pint glass.
// (A needle-spiking mark, firm against the net: net.ts; the used needle: lexicon-nights-out.ts.) Sources: NHS and BAN (nitrous oxide and
// B12: numbness and an unsteady walk need assessment the same day), NICE CKS bites (a human bite
// that breaks the skin: antibiotics and blood-borne virus risk today), BASHH (PEP within 72
// hours after a shared needle), NHS sunburn (blisters with a temperature: 111 today), NICE NG98
// (sudden hearing loss in one ear: within 24 hours), BSSH (a fingertip that will not bend after a
// cut: a tendon, today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const NIGHTS_FOURTH_SIGNS: Concepts = {
  // Bitten by a person.
  human_bite: [
    '(bitten|bit) (\\w+ ){0,4}by (a |some |this |another |my |his |her )?(guy|man|bloke|woman|girl|person|kid|child|lad|someone|somebody|bouncer|him|her|them|boyfriend|girlfriend|partner)',
    'human bite',
  ],
  // A fingertip that will not bend or straighten after a cut.
  fingertip_wont_bend: [
    "(can't|cannot|cant|unable to|won't|wont) (bend|straighten|move) (the )?(tip|end|top) (of )?(it|that finger|my finger|the finger|my thumb|that thumb)?",
  ],
};

/** Read only beside other signs (cues). */
export const NIGHTS_FOURTH_CUES: Concepts = {
  // Nitrous oxide.
  nos_used: [
    '(nos|nitrous|n2o|laughing gas|balloons|whippets|nangs|cream chargers|chargers|canisters|tanks|smartwhip)',
  ],
  // Hours counted ("its been about 30 hours").
  hours_counted: [
    '(been|about|for|over|nearly|almost) (about |over |nearly |almost )?(\\d\\d|twenty|thirty|forty) (hours|hrs)',
    'day after (a |the |my )?(club|night out|gig|concert|festival|party)',
  ],
};
