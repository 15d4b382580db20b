// Lexicon, phase 25 twenty-seventh round: pregnancy, birth and after, a second author on part of
// p25a's theme (fresh-triage-p26d.json, committed unread at a17d063, read at 502d498): jerking
// and foaming at the mouth 3 days after a birth, a new mother who pictures a pillow over her
// baby's face and does not trust herself tonight; a painful squishy lump after days of
// antibiotics for mastitis, clots the size of a plum on day 4, zigzag lines with a headache at 35
// weeks, a headache on sitting up after an epidural. Look-alikes: a husband worried he will hurt
// the baby during sex. Sources: NICE NG133 and RCOG (eclampsia: 999), NICE CG192 and the Royal
// College of Psychiatrists (thoughts of harming the baby with intent: 999; intrusive thoughts
// without: the perinatal team today), NICE CKS mastitis (an abscess: same day), NICE NG235 and
// RCOG (secondary postpartum haemorrhage), OAA (post-dural puncture headache: the anaesthetist
// today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const PREGNANCY_MORE_SIGNS: Concepts = {
  // A fit in lay words: jerking or shaking with foam at the mouth.
  foam_mouth_fit: [
    '(jerk*|twitch*|shak*|fitting|convuls*|stiff) ~8 (foam*|froth*) (at|from|round|around) (the |his |her |my )?mouth',
    '(foam*|froth*) (at|from|round|around) (the |his |her |my )?mouth ~8 (jerk*|twitch*|shak*|fitting|convuls*)',
  ],
  // Pictures of harming a baby ("picturing putting a pillow over her face").
  harm_baby_thought: [
    '(picturing|imagining|images? of|thoughts? (of|about)|keep thinking (of|about)|visions? of) ~4 (putting a pillow|a pillow|smother*|suffocat*|drown*|shaking|hurting|harming|dropping|throwing|stabbing) ~6 (her|him|them|the baby|my baby|baby|my son|my daughter|face)',
  ],
  // Not trusting oneself (tonight).
  not_trust_self: [
    "(don't|do not|dont|can't|cannot|no longer) trust (myself|me)",
    "(scared|afraid|terrified) (that )?i('ll| will| might| could) (actually )?(do it|act on (it|them)|hurt (her|him|them|the baby))",
  ],
  // A lump gone soft or full of pus.
  lump_squishy: [
    '(lump|swelling|bump) ~8 (squishy|squashy|soft|fluctuant|full of (pus|fluid)|pus|boggy)',
  ],
  // Clots the size of a fruit or a ball after a birth.
  clots_big_lay: [
    '(clots?|lumps of blood) ~6 (size of|big as|as big as|like) (a |an )?(plum|golf ?ball|egg|lemon|orange|fist|tennis ball|satsuma|walnut|palm)',
  ],
  // Zigzag or shimmering lines in the sight.
  zigzag_lay: [
    '(zig ?-?zag|zigzag|shimmer*|sparkl*|wavy|jagged) (lines|lights|patterns|shapes|edges|things)',
  ],
  // A headache on sitting or standing that lying flat takes away, after a spinal or epidural.
  epidural_said: ['(epidural|spinal( block| anaesthetic)?|lumbar puncture)'],
  headache_upright: [
    '(headache|head pain|head) ~8 (when|whenever|as soon as|every time) (i |she )?(sit|sits|sat|stand|stands|get|gets) up',
    '(goes|gone|eases|better|stops) ~3 (when|if|once) (i |she )?(lie|lying|lay|laying) (down )?(flat|down)',
  ],
};

/** Never filtered by scope: a partner worried he will hurt the baby during sex. */
export const PREGNANCY_MORE_CUES: Concepts = {
  partner_worry_sex: [
    "(husband|partner|boyfriend|he) (is |gets |was |'s )?(worried|scared|afraid|nervous|paranoid) (that )?(he'll|he will|he might|hell|it'll|it will|it might|sex will|we'll|we will) (hurt|harm|damage|squash|poke|disturb) the baby",
  ],
};
