// Lexicon, phase 25, stop 46 third round: injuries, falls, accidents and first aid, a fourth
// author on the theme (fresh-triage-p28b.json, committed unread at da764f3 and read once at
// 8552435: 3 of 40 emergencies missed, 7 of 80 urgent or emergency read routine). A seatbelt
// bruise across the tummy with pain getting worse and light-headedness after a crash; a
// 4-year-old off the top bunk, sick twice and wanting to sleep; a finger "pointing sideways"; a
// plate-sized bruise growing on rivaroxaban; a fish hook in past the barb; a squishy purple lump
// inside the nose after a headbutt. Sources: NICE NG39 major trauma (a seatbelt sign is a marker
// of abdominal injury), NICE NG232 head injury (a child who vomits after a head injury and is
// drowsy: A&E), NHS dislocated finger (an urgent treatment centre, not a friend), NICE CKS
// anticoagulation (a growing haematoma: same day), ENT UK (septal haematoma: same-day drainage).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const INJURIES_FOURTH_SIGNS: Concepts = {
  // The seatbelt's mark across the tummy or chest after a crash.
  seatbelt_mark: [
    'seat ?-?belt (bruise|bruising|mark|marks|burn|line|sign|graze|welt)',
    '(bruise|bruising|mark|welt) ~6 (from|where|off) (the|my|his|her) seat ?-?belt',
  ],
  // A finger, toe or thumb pointing the wrong way ("my little finger is pointing sideways").
  digit_pointing_wrong: [
    '(finger|fingers|thumb|toe|toes|pinky|pinkie) (is |has |now |just )?(pointing|bent|sticking|facing|gone) (out )?(sideways|to the side|the wrong way|backwards|out at an angle)',
  ],
  // A bruise said to be big and growing, or tight with swelling.
  bruise_growing: [
    '(bruise|bruising|swelling|lump) ~10 (getting bigger|growing|spreading|keeps spreading|is spreading|gets bigger)',
    '(huge|massive|enormous|big|large) (\\w+ )?(bruise|bruising) ~8 (size of|bigger than) (a|my|his|her) (dinner plate|plate|hand|palm|fist|orange|grapefruit)',
  ],
  // A fish hook in past its barb, or one that will not come out.
  hook_embedded: [
    '(fish ?hook|fishing hook|hook|treble) ~8 (past the barb|barb is in|in past|embedded|stuck (in|through)|went (right )?(in|into|through))',
    "(fish ?hook|fishing hook|hook) ~10 (can't|cannot|cant|won't|wont) (get|pull|take) (it|the hook) (back )?out",
  ],
  // A soft or purple swelling inside the nose, or one side blocked, after it was hit.
  septal_lump: [
    '(squishy|soft|spongy|purple|red|blue|dark) (\\w+ )?(lump|swelling|bulge|blob) ~4 (inside|in) (my|his|her|the) (nose|nostril)',
    '(squishy|soft|spongy|purple|red|blue|dark) (\\w+ )?(lump|swelling|bulge|blob) (on|in) the inside',
  ],
  nose_hit: [
    '(headbutt*|head-butt*|punched|hit|smacked|elbowed|kicked|whacked|broke|broken|bust|busted) ~6 (nose|in the face|face)',
    'nose ~4 (swollen|broken|bust|busted|bleeding)',
  ],
};

/** Read only beside other signs (cues): a child who keeps wanting to sleep after a fall. */
export const INJURIES_FOURTH_CUES: Concepts = {
  wants_to_sleep: [
    '(keeps|keep|keeps on|kept) (wanting|wants) to (go to )?(sleep|nap|lie down)',
    '(wants|wanting) to (go to )?sleep (all the time|now|already)',
    '(let|letting) (him|her|them) (nap|sleep)',
  ],
  fall_height_child: [
    '(fell|fallen|tumbled|dropped) (off|from|out of) (the |a |his |her )?(top bunk|bunk bed|bunk|climbing frame|trampoline|tree|wall|changing table|high chair|highchair|window|stairs|balcony|slide)',
  ],
};
