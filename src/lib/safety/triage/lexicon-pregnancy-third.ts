// Lexicon, phase 25 sixty-first round: pregnancy, birth and after, a third author on the theme
// (fresh-triage-p27q.json, committed unread at cfba57b and read once there: 3 of 40 emergencies
// missed): "SHES HAVING THE BABY IN THE CAR ... the head is coming out" read routine, a pad full
// every hour the day after a birth with a pounding heart and feeling faint, contractions every 3
// minutes at 34 weeks getting stronger with a third baby. Sources: NHS "what to do if you're having the baby before
// help arrives" (999), NHS "postpartum haemorrhage" (soaking more than a pad an hour: 999), NICE
// NG25 (preterm labour: the maternity unit now). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const PREGNANCY_THIRD_SIGNS: Concepts = {
  // Having the baby now, told without "pregnant" or "contractions".
  labour_now_lay: [
    "(she's|shes|she is|i'm|im|i am|wife's|wifes|wife is|partner's|partners|partner is|girlfriend is|daughter is) (having|giving birth to|delivering) (the|a|my|her|our|the) baby (now|right now|in the car|at home|here|on the|in the|on our)",
    "(the |our |my )?baby'?s? (is )?coming (now|right now|in the car|fast|already|out)",
    '(having|giving birth|gave birth|delivering) (the baby )?in the (car|back of the car|bathroom|toilet|taxi|ambulance)',
  ],
  // Contractions three minutes apart or closer.
  contractions_close: [
    '(contractions?|tightenings?|pains) ~8 (every|each) (1|2|3|one|two|three|couple of|1-2|2-3|two or three|2 or 3)(-\\d+| to \\d+| or \\d+)? (mins?|minutes)',
    '(contractions?|tightenings?|pains) ~8 (1|2|3|one|two|three|2-3|2 or 3) (mins?|minutes) apart',
  ],
  // Not a first baby: labour may be fast.
  not_first_baby: [
    "(my|her|our|this is my|this is her|its my|its her|it's my|it's her) (2nd|3rd|4th|5th|second|third|fourth|fifth) (baby|pregnancy|child|labour|labor)",
  ],
};
