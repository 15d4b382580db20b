// Lexicon, stop 47: belly, bowels and waterworks, a fifth author on the theme
// (fresh-triage-p28r.json, committed unread at 8cb4ea7 and read once at fdc6048, the
// triage as at 2ed6097: 6 of 40
// emergencies missed). Missed were a belly whose pain "has spread across my whole belly" with a
// temperature of 39 in diverticulitis (peritonitis), heavy bleeding from the bottom with clots
// and a racing heart, clots and no urine at all after a prostate operation (clot retention).
// Sources: NICE NG147 (diverticulitis: perforation, A&E; suspected acute diverticulitis, a
// same-day assessment), NHS (blood in poo with dizziness, A&E; unable to pee, A&E), BAUS
// (clot retention after TURP). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const BELLY = '(belly|tummy|stomach|abdomen|abdo)';

export const BELLY_FIFTH_SIGNS: Concepts = {
  // Pain spread across the whole belly ("the pain has spread across my whole belly").
  belly_pain_spread_whole: [
    `(pain|it|ache) (has |is )?(spread|spreading|gone|going|moved) (across|over|to|into|all over) (my |his |her |the )?(whole|entire|all (of )?(my|his|her|the)) ${BELLY}`,
    `(whole|entire) ${BELLY} (is |has )?(now )?(agony|agonising|excruciating|rigid|hard)`,
  ],
  // Heavy bleeding from the bottom: clots, a toilet bowl gone red.
  stool_blood_heavy: [
    '(blood|bleeding|pooing blood|poo) ~4 (actual |big |large |massive |huge )?clots',
    '(toilet|bowl|pan|toilet water|water) ~4 (completely|all|totally|bright|full of|filled with) ~2 (red|blood)',
    '(clots|clot) of blood',
  ],
  // Nothing passed at all ("now he can't pass anything at all").
  cant_pass_anything: [
    "(can't|cannot|can not|unable to|couldn't|not able to) pass (anything|a thing|a drop)",
  ],
};
