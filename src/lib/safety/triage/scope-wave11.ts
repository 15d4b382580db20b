// Scope, phase 10 second round (helper fa2): a condition named as the topic of a piece of study
// or writing ("an essay about suicide prevention", "my nursing assignment on strokes", "the
// risk factors for suicide"), found as a kind from blind set 12's false alarms and probed in
// test/unit/safety/probes-p10-fa2.json. Read by scope.ts through FIGURATIVE_CUES
// (scope-wave9-e.ts): a word that starts inside the match counts as asked about, not had.
// Only the topic words are set aside: "doing my essay but I want to kill myself" names no
// topic after the essay, and a sign said later in the message ("..., and now my face droops")
// starts outside the match and still counts.

/** A piece of study or writing, with up to two words before "about / on" (not "to", "with"). */
const WORK =
  '(?:essays?|assignments?|projects?|presentations?|dissertations?|coursework|homework|thesis|articles?|posters?|leaflets?|lectures?|research|papers?|modules?|blog posts?|quiz(?:zes)?)';
const TOPIC_WORDS = '(?:\\w+ ){0,3}\\w+';

export const STUDY_TOPIC = new RegExp(
  `\\b(?:${WORK}(?: (?!to\\b|with\\b|for me\\b)\\w+){0,2}? (?:about|on|into|covering) ${TOPIC_WORDS}|(?:student|students|teacher|researcher|writer|journalist)s? (?:\\w+ )?(?:writing|researching|studying|reading up|reading) (?:about|on) ${TOPIC_WORDS}|risk factors? (?:for|of) ${TOPIC_WORDS})`,
  'g',
);

/** Cheap guard for STUDY_TOPIC. */
export const MAY_BE_STUDY_TOPIC =
  /\b(?:essays?|assignments?|projects?|presentations?|dissertations?|coursework|homework|thesis|articles?|posters?|leaflets?|lectures?|research|papers?|modules?|blog|quiz|quizzes|students?|teachers?|researchers?|writers?|journalists?|risk factors?)\b/;
