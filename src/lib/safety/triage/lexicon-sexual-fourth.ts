// Lexicon, phase 25, stop 46 sixth round: sexual and reproductive health, a fourth author on the
// theme (fresh-triage-p28e.json, committed unread at ff8002c and read once there: 3 of 40
// emergencies missed, 5 of 80 urgent or emergency read routine). Sudden pain low on one side
// after sex, spreading, with fainting and pallor (bleeding inside: a ruptured cyst or ectopic);
// a tummy "hard as a board" with a fever after surgery for a miscarriage; after IVF, a tummy
// blown up with little urine and breathless lying down (the verdict "bloating is normal"
// disowned in its sentence). Same day: an object stuck inside for hours, anti-D not given to a
// rhesus-negative woman after a miscarriage, a child's foreskin caught in a zip, pain much
// worse than a period the day after a coil. Sources: NICE NG126 (ectopic pregnancy and
// miscarriage; anti-D within 72 hours after surgical management), RCOG Green-top 5 (severe
// ovarian hyperstimulation), FSRH intrauterine contraception (severe pain after insertion:
// perforation), NHS (a foreign body in the bottom or a zip injury: A&E or an urgent treatment
// centre today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SEXUAL_FOURTH_SIGNS: Concepts = {
  // A belly hard as a board, in so many words (not "tummy feels a bit hard").
  belly_board: [
    '(tummy|belly|abdomen|stomach|tum) ~~3 (hard|stiff|rigid|solid) (as|like) a (board|rock|plank)',
    'board ?-?like (tummy|belly|abdomen|stomach)',
  ],
  // An object in the bottom or vagina that will not come out.
  object_stuck_inside: [
    '(toy|vibrator|dildo|butt plug|plug|sex toy|bottle) ~6 (gone|went|slipped) (all the way|right|too far) (in|up|inside)',
    "(toy|vibrator|dildo|butt plug|sex toy) ~8 (can't|cannot|cant|won't|wont) (get|pull|reach) (it|them) (out|back)",
    '(stuck|lost) (up|inside) (my|his|her) (bum|bottom|rectum|back passage|vagina)',
  ],
  // A zip caught on the foreskin or penis.
  zip_caught: [
    '(caught|stuck|trapped) (his|her|my|the) (foreskin|penis|willy|bits|todger|winky) (in|on) (his|the|my|a) (zip|zipper|fly|flies)',
    '(foreskin|penis|willy|skin|winky|todger|bits) ~6 (caught|stuck|trapped) (in|on) (his|the|my|a) (zip|zipper|fly|flies)',
    '(zip|zipper) ~6 (caught|stuck|trapped) ~4 (foreskin|penis|willy|skin|bits)',
  ],
  // Rhesus negative, and anti-D named.
  rh_negative: [
    '(rh|rhesus|rh-?d) ?-?(negative|neg|-ve)',
    // "O negative blood group"; "a negative" alone is too often a test result.
    '(o|ab) ?-?(negative|neg|-ve)',
    "(blood group|blood type|group|i'm|i am|she's|she is) (a|b) ?-?(negative|neg|-ve)",
  ],
  anti_d_said: ['anti ?-?d'],
};
