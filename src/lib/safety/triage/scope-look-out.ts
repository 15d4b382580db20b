// Data for scope.ts: a question about what to look out for, and the history behind it. A parent
// teaching a nursery when to use an adrenaline pen, or a family asking which bleeding signs
// matter on a new blood thinner, names signs that nobody has now (phase 11,
// test/unit/safety/probes-p11-fa.json; blind set 13: "he's had hives before ... what signs
// should they look out for before using it?"). Regular expressions over normalized text.

/**
 * "What (bleeding) signs should we look out for", "which symptoms do I need to watch for":
 * the cue ends before the words that name the signs, so what they name is asked about.
 */
// Or a team's instruction: "my oncology team told me to watch out for back pain" (phase 25,
// fresh-triage-p26r hj036).
export const LOOK_OUT_CUE =
  /\b(?:what|which) (?:kind of |kinds of |sort of |sorts of )?(?=(?:[a-z']+ ){0,2}(?:signs?|symptoms?|red flags?|warning signs?) (?:should|do|would|must|to|might|could|can|shall|need)\b)|\b(?:told|advised|asked|warned|taught) (?:me|us|him|her|them) to (?:watch out|look out|keep an eye out|watch) for /g;
export const MAY_BE_LOOK_OUT = /\b(?:signs?|symptoms?|flags?|watch|look out|eye out)\b/;

/** A message that asks what to look out for or how to be ready: the frame HAD_BEFORE needs. */
export const PREPARING =
  /\b(?:look out for|looking out for|watch (?:out )?for|keep an eye out for|be (?:prepared|ready)|prepare (?:for|them|him|her|myself|ourselves)|for (?:future reference|the future)|just so (?:i|we|they) know|what to do and when|how and when)\b/;

/**
 * A past episode said as such, in a message that asks what to look out for: "he's had hives
 * before ... what signs should they look out for?". Only there: "I've had diverticulitis
 * before" beside a tummy pain and a temperature today tells what this episode may be. Not in a
 * sentence that says this time is different or back ("but", "like this", "worse").
 */
export const HAD_BEFORE =
  /\b(?:i've|i have|he's|he has|she's|she has|they've|they have|we've|we have|has|have) (?:had|suffered|experienced|been through) [^,.;!?]{0,40}? before\b/;
export const NOT_LIKE_BEFORE =
  /\b(?:but|this time|like this|like that|worse|different|again|now|today|tonight|since|than)\b/;
