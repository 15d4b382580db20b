// Lexicon, phase 25 fifty-ninth round: the belly, bowels, waterworks and genitals, a fourth
// author on the theme (fresh-triage-p27m.json, committed unread at 60833bd, read once at 9557b8d:
// 1 of 40 emergencies missed): pain "probably appendix" that eased and is now all over the belly
// with a temperature of 39 and unable to walk; a period soaking a super tampon and a pad every 2
// hours with clots; a newborn's swollen scrotum that the midwife lit up and called fluid. Sources:
// NHS "appendicitis" (pain that spreads across the tummy after easing may be a burst appendix:
// 999), NHS "heavy periods" (changing every 1 to 2 hours, with clots: see a GP; flooding that is
// new, today), NHS "hydrocele" (a baby's fluid swelling is common and usually goes by itself). The period is read
// by heavy_bleeding (lexicon-belly.ts).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const BELLY_THIRD_SIGNS: Concepts = {
  // A clinician lit up a baby's scrotum and called it fluid, or named a hydrocele.
  hydrocele_said: [
    'hydrocele',
    '(shone|shine|shining|shined|held) (a |her |his |the )?(torch|light|phone light) (through|on|against|behind) (it|his scrotum|the scrotum|his testicles?)',
    "(said|says|told us) (it's|its|it is|that it's|that its) (just )?(fluid|water|a bit of fluid)",
  ],
};
