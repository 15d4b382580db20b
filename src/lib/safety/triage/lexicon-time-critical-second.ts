// Lexicon, phase 25 thirty-ninth round: rare but time-critical conditions beside their
// look-alikes, a second author on p25k's theme (fresh-triage-p26r.json, committed unread after
// a38b303, read after the thirty-eighth round: 4 of 40 emergencies missed). Sources: NICE NG59
// and GIRFT (sciatica in both legs: a cauda equina warning, same-day assessment), NICE CG84 and
// NG143 (a child not drinking with few wees: same day).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const TIME_CRITICAL_SECOND_SIGNS: Concepts = {
  // Sciatica now in both legs.
  sciatica_both_legs: [
    '(going|goes|gone|shooting|spread|spreading|running) ~3 (down |into |in )?both (legs|buttocks|thighs)',
    '(down|into|in) both (legs|buttocks|thighs) now',
  ],
};
