// Data for scope.ts: "what's anaphylaxis actually like?", "what does a panic attack feel
// like?": asked about, even in a message that names a friend who has the condition. The cue
// ends before the condition, which must come within three words of "like". Not "what's this
// pain like", "what's wrong", "what's my rash": the writer's own symptom is no topic
// (phase 12, test/unit/safety/probes-p12-fa.json). Read through ABOUT_CUES (scope-cue-lists.ts).

export const WHAT_LIKE =
  /\bwhat(?:'s|s| is| are| does| do| would| did) (?!this\b|that\b|these\b|those\b|wrong\b|my\b|his\b|her\b|their\b|our\b|it\b)(?=(?:(?:a|an|the) )?(?:[\w-]+ ){1,3}(?:actually |really |even |usually )?(?:be )?(?:like|feel like|look like|feels like|looks like)\b)/g;

/** Cheap guard for WHAT_LIKE. */
export const MAY_BE_WHAT_LIKE = /\blike\b/;
