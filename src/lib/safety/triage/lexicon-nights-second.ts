// Lexicon, phase 25 forty-second round: nights out, drink and drugs, a second author on p25q's
// theme (fresh-triage-p26u.json, committed unread after 7018f0a, read after the forty-first
// round: 2 of 40 emergencies missed). Sources: NPIS/TOXBASE (a child who has eaten a cannabis
// edible: hospital assessment, deep sedation can come hours later), NHS (needle spiking: PEP and
// hepatitis B within 72 hours, same day), NICE CG100 and Release (GHB/GBL dependence: never stop
// suddenly, specialist advice today), BNF (a disulfiram-alcohol reaction: advice today), NHS
// (streaks of blood after repeated vomiting: same day).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const NIGHTS_SECOND_SIGNS: Concepts = {
  // A cannabis edible ("a brownie ... it was a weed one", "gummies with thc").
  edible_said: [
    '(brownie|brownies|gummy|gummies|sweet|sweets|cookie|cookies|cake|chocolate|edible|edibles|sweetie|sweeties)',
  ],
  // A needle jab in a club or at a party ("a sharp pinch ... a little red pinprick mark").
  needle_spiked_lay: [
    '(sharp )?(pinch|jab|scratch|sting|prick) ~8 (club|party|gig|festival|bar|pub|night out|dance ?floor|crowd)',
    '(club|party|gig|festival|bar|pub|night out|dance ?floor|crowd) ~10 (sharp )?(pinch|jab|prick) ~10 (pinprick|mark|dot|hole)',
    '(needle|injection) spik*',
    'spiked (by|with) (a )?needle',
  ],
  // Daily GHB or GBL for months, wanting to stop.
  ghb_daily: [
    '(using|taking|on|doing|been on) (g|ghb|gbl|gina) ~4 (daily|every day|every few hours|round the clock|all day)',
    '(daily|every day) (g|ghb|gbl) (use|user)',
  ],
  // Disulfiram with drink.
  antabuse_drink: [
    '(antabuse|disulfiram) ~12 (beers?|drink|drinks|drank|wine|pint|pints|vodka|alcohol|shots?)',
    '(beers?|drink|drinks|drank|wine|pint|pints|vodka|alcohol|shots?) ~12 (antabuse|disulfiram)',
  ],
  // A flushed face ("face flushed", "face is bright red").
  face_flushed_lay: [
    '(face|cheeks?|skin) ~3 (flushed|flushing|bright red|gone red|went red|red hot)',
    'flushed',
  ],
  // Streaks of blood in vomit after retching.
  vomit_streaks: [
    '(pink|red|pinkish|reddish|pink/red|bloody|blood) (streaks?|specks?|flecks?)',
    '(streaks?|specks?|flecks?) of (fresh |bright red |red |pink )?blood',
  ],
};
