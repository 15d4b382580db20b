// Lexicon, stop 47: sexual and reproductive health, a fifth author on the theme
// (fresh-triage-p29f.json, committed unread at 4e7bb4f and read once with the triage of
// 565cacc: 3 of 40 emergencies missed, 5 of 80 urgent or emergency read routine). Missed: a
// scrotum swelling to "the size of a grapefruit" in the hour after a vasectomy with clamminess,
// a sudden gush with clots "the size of a lemon" 10 days after a birth, a mate grey and passing
// out after Viagra and poppers; for today, Levonelle thrown back up, a progestogen-only pill 5
// hours late with sex, bleeding on the pad at 20 weeks, bloating "like 6 months pregnant" after
// egg collection, and a man's sexual assault (the net took it back). Sources: BAUS (scrotal
// haematoma after vasectomy), NHS and RCOG (secondary postpartum haemorrhage: 999), BNF
// (sildenafil with nitrates: severe hypotension), FSRH (emergency contraception; missed
// progestogen-only pills), NHS (bleeding in pregnancy), RCOG GTG 5 (OHSS). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const SEXUAL_FIFTH_SIGNS: Concepts = {
  vasectomy: ['vasectomy', 'the snip'],
  poppers_named: ['poppers', '(amyl|alkyl|butyl) nitrites?'],
  bloated_lay: ['bloat*', '(like|look) (\\d|six|seven|five) months pregnant'],
  // Blood on the pad or the tissue ("fresh red blood on the pad, about a tablespoon").
  pad_blood: [
    '(blood|bleeding|spotting) ~4 (on|in) (the |my )?(pad|knickers|pants|underwear|tissue|toilet paper|liner)',
  ],
  // A pill thrown back up ("threw it back up about 11").
  threw_it_up: [
    '(threw|thrown|throw|brought|sicked|vomited|puked) (it|them|the pill|the tablet|that) (back )?up',
  ],
  // A pill taken hours late ("took it 5 hours late yesterday").
  pill_hours_late: ['(\\d+|three|four|five|six|several|a few) (hours|hrs) late'],
  weight_put_on: ['(put on|gained|gone up|up) (\\d+([.,]\\d)?) ?(kg|kilos?|lbs|pounds)'],
  sick_lay: ['(bloated|feel|feeling|felt|really|very) (and )?sick'],
  // A gush of blood ("sudden gush").
  bleed_gush: ['(sudden |big |huge )?gush* (of blood)?', 'pouring (out|with blood)'],
};
