// Lexicon, stop 47: the detail that decides, buried inside something else, a second author on
// the theme (fresh-triage-p28v.json, committed unread at c949b2c and read once at fdc6048, the
// triage as at 2ed6097: 1 of 40 emergencies missed, 4 of 80 urgent or emergency read routine).
// The rules had read most of them; the net took their urgent flags back, outweighed by the
// message's many everyday words (a school health form, a key safe, maternity leave): a 9-year-old
// wetting the bed again, drinking at the tap, school trousers falling off him; an 82-year-old
// with a temperature of 38.2 and new breathlessness walking to the bathroom; asthma needing the
// blue inhaler every 3 hours at 60 % of best. Also missed: "felt maybe 2 little movements since
// this morning" at 30 weeks. Sources: NICE NG18 (suspected type 1 diabetes in a child: the same
// day), NICE NG138 (pneumonia in older people), BTS/SIGN (asthma), RCOG and NHS (reduced fetal
// movements: maternity triage now). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const ASIDE_SECOND_SIGNS: Concepts = {
  // Clothes that no longer fit ("his school trousers are falling off him").
  clothes_loose_lay: [
    '(trousers|jeans|clothes|school trousers|skirt|shorts|uniform|belt) ~3 (falling off|hanging off|too big|so loose|really loose|baggy on)',
  ],
  // Few movements counted ("I've felt maybe 2 little movements since this morning"), also
  // without "felt" ("today barely anything, maybe 2 little movements"; p28t jl024).
  fetal_few_felt: [
    '(felt|feel|had) (maybe |only |just |about )?(\\d|one|two|a couple of|a few) (little |small |tiny )?(movements|kicks|wriggles|flutters)',
    '(maybe|only|just|about) (\\d|one|two|a couple of|a few) (little |small |tiny )?(movements|kicks|wriggles|flutters)',
  ],
};
