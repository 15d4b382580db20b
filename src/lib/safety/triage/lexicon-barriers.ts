// Lexicon, phase 25 fourteenth round: barriers to care (fresh-triage-p25o.json, read once at
// b0535f6): the health problem told beside why the writer cannot or would rather not get help.
// The barrier never changes what is needed; what this round found were words of the barrier
// read as the problem ("sessions run over", "ask to be knocked out") or as a verdict ("A&E is 6
// hrs so just steri strips", "psychiatrist is only contactable weekdays"; scope-cues.ts), and a
// few ways of telling the problem itself. Sources: NICE CKS sudden sensorineural hearing loss
// (ENT the same day), NICE NG225 and the Samaritans (passive thoughts of not being here).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const BARRIERS_SIGNS: Concepts = {
  // An ear gone deaf in lay words ("my right ear is basically deaf").
  ear_deaf_lay: [
    '(ear|ears) (is|are|has gone|have gone|went|gone|feels|feel|seems|is just) (\\w+ )?(deaf|dead|silent|completely blocked)',
    // "can barely hear out of my right ear" (phase 25, fresh-triage-p27a hs096).
    "(can|could) (barely|hardly|not|'t|only just) hear (out of|in|with|from|through) ({poss} )?(left |right |one )?ear",
    // "right ear is not hearing at all" (phase 25, stop 46, fresh-triage-p28c iu078).
    "(ear|ears) (is not|isn't|is|not|has stopped|stopped|doesn't|does not|won't) (hearing|hear|working) (anything|at all|a thing)",
  ],
};

/** Who the person is: only a negation cancels it (lexicon.ts). */
export const BARRIERS_CONTEXT: Concepts = {
  // An allergy or a reaction named, not a medicine alone: allergy_context also holds antibiotic
  // names, which "tonsillitis getting worse on the penicillin" names without any allergy.
  allergy_said: ['allerg\\w*', 'reaction (to|after|from)', 'anaphyla\\w*', 'hives'],
};

export const BARRIERS_CRISIS: Concepts = {
  // No point in being here any more, in lay words ("he doesn't see the point in being here
  // anymore"): a passive wish not to live, for a mental health team today.
  point_gone_lay: [
    "(don't|doesn't|do not|does not|can't|cannot|no longer|not) see (the|any) point (in|of) (being here|being alive|living|going on|carrying on|life|anything any ?more|it all|waking up)",
    'no point (in )?(being here|being alive|living|going on|carrying on|waking up)( any ?more)?',
  ],
};
