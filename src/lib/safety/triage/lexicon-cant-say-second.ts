// Lexicon, phase 25 forty-fourth round: someone who cannot say what is wrong, a second author on
// p25n's theme (fresh-triage-p26w.json, committed unread after 8974747, read after the
// forty-third round: 1 of 40 emergencies missed; the set's over-reads were mostly a known
// aphasia read as a new stroke). Sources: Stroke Association (aphasia after a stroke is lasting;
// new or worse speech is 999), Down's Syndrome Association and NICE NG234 (atlantoaxial
// instability: neck pain with new weakness, a changed walk or incontinence, 999).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const CANT_SAY_SECOND_SIGNS: Concepts = {
  // "It" came out, a sentence after the feeding tube is named ("has CP and a PEG tube. it came
  // out about 30 mins ago").
  it_came_out: [
    '(it|the tube|the button|the peg|her peg|his peg|her tube|his tube) (came|has come|fell|has fallen|slipped|popped|got pulled) out',
  ],
};

/** Who the person is: a context, which a date does not set aside (only a negation). */
export const CANT_SAY_SECOND_CONTEXT: Concepts = {
  // Aphasia the person has, or speech lost since a stroke or to MND ("partner has aphasia",
  // "had a stroke and cant speak", "had a stroke 6 months ago and cant talk well", eye gaze).
  aphasia_known: [
    '(has|with|have|got|his|her|their|known|severe|expressive|receptive) (expressive |receptive |global )?(aphasia|dysphasia)',
    "(had|has had|since|after) (a|his|her|their|the) stroke ~8 (can't|cant|cannot|can not|unable to|doesn't|does not|not able to|never) (speak|talk|say)",
    '(mnd|motor neurone disease|motor neuron disease|als) ~8 (speak|talk|speech)',
    'eye gaze',
  ],
};

/**
 * Behaviour a carer sees, read only beside who the person is (rules-cant-say-second.ts): cues,
 * so that one caught inside a negation ("doesnt talk much) keeps pulling at his left ear") does
 * not quiet the net (phase 25, stop 46).
 */
export const CANT_SAY_SECOND_CUES: Concepts = {
  // Asleep most of the day, told as the day's share ("has been sleeping most of the day for 2
  // days"; phase 25, stop 46, p27x ip063): hypoactive delirium in someone with dementia.
  sleeping_most_day: [
    '(sleeping|slept|sleeps|dozing|dozed|in bed) (for )?(most|much|nearly all|almost all|the best part) of (the|each|every) (day|days)',
  ],
  // Pulling, hitting or banging at one ear or the side of the head: pain shown by someone who
  // cannot say (p27x ip032, a non-speaking son "pulling at his left ear").
  ear_or_head_hit: [
    '(pulling|tugging|pulls|tugs|pulled|tugged|hitting|hits|slapping|slaps|banging|bangs|poking|pokes|rubbing|rubs) (at )?(the side of )?(his|her|their) (left |right )?(ear|ears|head)',
  ],
};
