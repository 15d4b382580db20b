// Lexicon, phase 25 forty-fifth round: barriers to care, a second author on p25o's theme
// (fresh-triage-p26x.json, committed unread after 8974747, read after the forty-fourth round:
// no emergency missed; 5 urgent messages read routine). Sources: NICE CKS (appendicitis: pain
// that moved to the lower right, worse on coughing or over bumps: same day), MHRA and NICE CKS
// (antiepileptics stopped, SSRI discontinuation with dizziness and "brain zaps": advice today),
// NHS (a fish bone still felt hours later: A&E or urgent care today).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Antidepressants by name, for a supply run out or stopped (also lexicon-mind-body-second.ts). */
export const ANTIDEPRESSANT =
  '(sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|duloxetine|mirtazapine)';

export const BARRIERS_SECOND_SIGNS: Concepts = {
  // Pain worse on a cough, a step or a bump in the road (peritoneal irritation).
  worse_on_jolt: [
    '(worse|hurts more|agony|kills) (when|if) (i |he |she )?(cough|sneeze|walk|laugh) ~4 (bump|bumps|jolt|pothole|speed bump)',
    '(worse|hurts|agony) ~4 (over|going over|hit) (a |the )?(bump|bumps|speed bumps?|pothole|potholes)',
    '(car|bus) (goes|went|going) over (a |the )?(bump|bumps|pothole)',
  ],
  // The pain began round the middle (told after where it is now).
  pain_started_middle: [
    '(started|began|begun|came on) (\\w+ ){0,2}(round|around|in|near|by) ({poss} |the )?(middle|belly button|tummy button|navel|centre|center)',
  ],
  // "Electric zaps", "brain zaps" off an antidepressant.
  brain_zaps: [
    '(brain|electric|electrical) (zaps|zapping|shocks|shivers)',
    'zaps in (my|his|her) (head|brain)',
  ],
  // A fish bone still felt.
  bone_still_felt: [
    '(fish ?bone|chicken bone|bone in (my|his|her) throat) ~8 (still feel|can still feel|scratching|catching)',
  ],
};

/** Never scoped away: a medicine stopped or run out of, told as past ("3 days ago"). */
export const BARRIERS_SECOND_CUES: Concepts = {
  // Run out of, not stopped by choice ("stopped venlafaxine cold turkey ... brain zaps" is a
  // GP's routine matter, fresh-triage-p26e gw113; "ran out of my sertraline ... cant get a gp
  // appointment for a week" needs a supply today).
  ssri_run_out_cue: [
    `(ran out of|run out of|no more|without) ({poss} )?(${ANTIDEPRESSANT}|antidepressants?)`,
  ],
  stopped_own_meds: [
    "(stopped|ran out of|run out of|gone without|not been taking|haven't been taking|came off) ({poss} )?(\\w+ ){0,2}(tablets|meds|medication|medicines?|pills)",
  ],
};
