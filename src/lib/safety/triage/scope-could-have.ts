// Data for scope.ts: a condition the writer asks whether someone has, "could she have a
// bleeding disorder?", "do I have diabetes?", "might he have asthma?": the named condition is
// the question, not a known diagnosis, so rules that read it as a known condition (a bleeding
// disorder with any bleeding) do not fire on it. The symptoms told beside it count as usual
// ("gets nosebleeds that take forever to stop" is still read). Only in a sentence that ends
// with a question mark, and only "have" (not "be having a stroke", which is happening now).
// Read through ABOUT_CUES (scope-cue-lists.ts); the condition must follow within five words
// (phase 13, everyday questions' tuning half: test/fixtures/triage-everyday).

export const COULD_HAVE =
  /\b(?:could|might|may|does|do|would) (?:i|he|she|they|we|you|it|(?:my|our|his|her|their) \w+) (?:possibly |actually |really )?have (?:got )?(?:a |an )?(?=[^.!?\n]*\?)/g;

/** Cheap guard for COULD_HAVE. */
export const MAY_BE_COULD_HAVE = /\bhave\b/;
