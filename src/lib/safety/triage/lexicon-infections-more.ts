// Lexicon, phase 25 twenty-ninth round: infections in adults and teenagers, a second author on
// p24b's theme (fresh-triage-p26g.json, committed unread at 2f9b49f, read at d9b3a89: no
// emergency missed). Its one miss, a teenager at a party with someone who now has meningitis, is
// read by meningitis_contact (lexicon-wave9-a.ts). Here, a look-alike: a medicine that colours
// urine (BNF: nitrofurantoin, rifampicin and metronidazole darken it). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

/** Never filtered by scope: a medicine that colours urine. */
export const INFECTIONS_MORE_CUES: Concepts = {
  urine_colour_med: [
    '(nitrofurantoin|macrobid|macrodantin|rifampicin|rifampin|metronidazole|flagyl|senna|methylene blue)',
  ],
};
