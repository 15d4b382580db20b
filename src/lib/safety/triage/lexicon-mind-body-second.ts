// Lexicon, phase 25 forty-sixth round: the mind and the body together, a second author on p25i's
// theme (fresh-triage-p26y.json, committed unread after 8af17ab, read at once: 3 of 40
// emergencies missed, 10 same-day messages read routine). Sources: RCPsych and NICE (catatonia
// with refusal of food and fluids: a medical emergency), NICE CG100 and the RCP (Wernicke's
// encephalopathy: confusion, ataxia and eye signs in a heavy drinker, 999), BNF and NICE CKS
// (lithium stopped suddenly, benzodiazepines and alcohol stopped after daily use, serotonin
// syndrome with a triptan, antipsychotics in dementia with falls and sleepiness: advice today),
// NHS (mania in the weeks after a birth: the crisis team today).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';
import { ANTIDEPRESSANT } from './lexicon-barriers-second';
import { BENZO } from './lexicon-mind-body';

export const MIND_BODY_SECOND_SIGNS: Concepts = {
  // Catatonia told in lay words ("his arms stay wherever you put them").
  catatonia_posture: [
    '(arms?|legs?|limbs?|hands?) (stay|stays|stayed|staying|remain|remains) (wherever|where|in whatever position|however) (you|i|we|they|the nurse) (put|move|leave|place|moved|left) (them|it)',
    "(barely|hasn't|has not|not) moved ~4 (same spot|same position|same place|the sofa|his chair|her chair|the bed)",
  ],
  // Eyes flicking side to side (nystagmus).
  nystagmus_lay: [
    '(eyes?) ~3 (flicking|flickering|jerking|darting|twitching|wobbling|jumping) (from )?(side to side|back and forth|left and right)',
    'nystagmus',
  ],
  // Said not to have drunk ("walking like he's drunk but he hasn't had anything").
  sober_said: [
    "(hasn't|has not|hasnt|not|hadn't|haven't|didn't) (had|drunk|drank|touched) (anything|a drop|any alcohol|a drink|a thing)",
    'stone cold sober',
  ],
  // Signs of mania in lay words.
  mania_signs_lay: [
    'talking (super |really |so |very |too |incredibly )?fast',
    '(says|saying|feels?|feeling) (she |he |they )?(feels )?(amazing|on top of the world|invincible|like a god)',
    '(repainting|painting|cleaning|decorating|redecorating|reorganising|rearranging) ~6 (at )?[1-5] ?am',
  ],
  // Much sleepier.
  sleepier_lay: ['(much |a lot |far |way |so )?sleepier'],
  // Morning shakes until the first drink.
  morning_shakes: [
    '(wake|waking|woke|wakes) (up )?with (the )?(shakes|shaking|tremor)',
    "(shakes|shaking|shaky) (until|till|til) (i|i've|ive|i have|he|she) (had |has )?(a|my|his|her|the first) (drink|glass|can|beer)",
    // "hands shake in the mornings till i have a glass" (stop 49, fresh-triage-p29x kp052).
    "(shake|shakes|shaking|tremble|trembling) (in the mornings? |first thing |every morning )?(until|till|til) (i|i've|ive|i have|he|she) (have |had |has )?(a|my|his|her|the first) (drink|glass|can|beer|drop)",
  ],
};

/** Never scoped away: a medicine stopped or without, told with its date. */
export const MIND_BODY_SECOND_CUES: Concepts = {
  // Sleeping less than usual (read only with lithium stopped; a list's negation does not reach
  // it: "without telling anyone, sleeping less").
  sleeping_less: [
    '(already |now )?sleeping (a lot |much )?less',
    '(less|hardly any|barely any) sleep',
  ],
  lithium_stopped_cue: [
    '(stopped|came off|quit|not taking|stopping|ditched) ({poss} )?(lithium|priadel|camcolit)',
  ],
  benzo_without: [
    `(without|ran out of|run out of|can't (give|get) me|cant (give|get) me|cannot (give|get) me|no more) ({poss} )?${BENZO}`,
    `${BENZO} ~6 (till|until) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|after the weekend)`,
  ],
  benzo_daily_heavy: [
    `(\\d+|two|three|four|five|six|seven|eight) (to \\d+ )?(bars|tablets|pills|mg) ~3 (a|per|every) day ~8 ${BENZO}`,
    `${BENZO} ~8 (\\d+|two|three|four|five|six|seven|eight) (to \\d+ )?(bars|tablets|pills) (a|per|every) day`,
    `(buying|taking|getting) (street|fake|online|dodgy) ${BENZO} ~8 (a day|daily|every day)`,
    `(\\d+|two|three|four|five|six|seven|eight) (to \\d+ )?(street |fake |online )?${BENZO} (a|per|every) day`,
    // "been taking street xanax most days for about 6 months" (stop 50, fresh-triage-p30i la047).
    `(taking|been taking|using|been using|on|popping|been popping) (street |fake |online |dodgy )?${BENZO} ~3 (most days|every day|daily|every night|most nights|all the time)`,
  ],
  ssri_ran_out_after: [`(stopped|came off) ({poss} )?${ANTIDEPRESSANT} ~8 (ran out|run out)`],
};
