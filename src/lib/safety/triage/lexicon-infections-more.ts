// Lexicon, phase 25 twenty-ninth round: infections in adults and teenagers, a second author on
// p24b's theme (fresh-triage-p26g.json, committed unread at 2f9b49f, read at d9b3a89: no
// emergency missed): a teenager at a party with someone who now has meningitis; look-alikes: a
// medicine that colours urine, a question whether something is a recognised thing after sepsis.
// Sources: UKHSA meningococcal disease guidance (close contacts: antibiotics; ask the health
// protection team or GP today), BNF (nitrofurantoin, rifampicin and metronidazole darken urine).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const INFECTIONS_MORE_SIGNS: Concepts = {
  // With someone who now has meningitis.
  meningitis_contact_more: [
    '(with|around|near|kissing|kissed|sharing|shared|in contact with|hanging out with|at a party with|sat next to) ~8 (who|that|and he|and she) (now |has now |just )?(has|got|had|is in hospital with|has been diagnosed with|was diagnosed with|was admitted with|been diagnosed with|been admitted with|been taken in with) (meningitis|meningococcal|meningococcus)',
    '(friend|mate|classmate|flatmate|lad|girl|boy|boyfriend|girlfriend|roommate|housemate|colleague) ~6 (now )?(has|got|has got|is in hospital with|was diagnosed with|was admitted with) (meningitis|meningococcal)',
  ],
};

/** Never filtered by scope: a medicine that colours urine. */
export const INFECTIONS_MORE_CUES: Concepts = {
  urine_colour_med: [
    '(nitrofurantoin|macrobid|macrodantin|rifampicin|rifampin|metronidazole|flagyl|senna|methylene blue)',
  ],
};
