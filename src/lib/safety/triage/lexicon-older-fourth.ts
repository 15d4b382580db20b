// Lexicon, phase 25, stop 46 eleventh round: older people and those who care for them, a fourth
// author on the theme (fresh-triage-p28i.json, committed unread at e9fc4a5 and read once at
// fcb2a9c: 3 of 40 emergencies missed, 4 of 80 urgent or emergency read routine). A foot and
// lower leg gone white, cold and numb two hours ago, in agony (acute limb ischaemia); a mother
// fine at breakfast now using "all the wrong words" (lexicon-same-day.ts word_finding); a nan
// with no wee since yesterday, very sleepy with a fast heart, "cleared" by what the GP said on
// Friday (scope-verdict-outdated.ts). Same day: seeing children in the garden that are not there
// a week after starting oxybutynin (lexicon-wave9-b.ts); a 90-year-old who since Thursday cannot
// stand. Its 999 over-read: "since his leg amputation". Sources: NICE CG147 (acute limb
// ischaemia: pale, cold, numb, weak, painful, 999), NICE NG128 (sudden speech or
// understanding lost: 999), British Geriatrics Society (an older person "off their legs": seen
// the same day). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const OLDER_FOURTH_SIGNS: Concepts = {
  // Toes or foot that cannot be felt or moved.
  limb_numb_or_still: [
    "(can't|cannot|cant|couldn't) (feel|move|wiggle) (me touching )?(his|her|my|their|the) (toes|foot|feet|leg|fingers|hand)",
    "(can't|cannot|cant|couldn't) (wiggle|move) (them|it) (properly|at all)?",
    '(toes|foot|leg|fingers|hand) ~4 (numb|dead|no feeling)',
  ],
};

/** Read only beside other signs (cues). */
export const OLDER_FOURTH_CUES: Concepts = {
  // An hour or two ago, or suddenly: the limb's change is new.
  hours_ago: [
    '(about |around |nearly |over )?(an|one|two|three|\\d+) (hours?|hrs?) ago',
    '(half an hour|30 mins|an hour) ago',
  ],
};
