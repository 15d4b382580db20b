// Data for scope.ts: a sensation told by a simile, whose alarm words are no event (phase 25,
// fresh-triage-p25r: "jerk awake as im falling asleep like im falling off a cliff" read as a
// fall from a height; "electric shock pains in my left cheek" as an electric shock; "a massive
// BANG in my head" as I fall asleep as a head injury; stop 50, fresh-triage-p30h kz016: "feel like
// i've been hit by a bus" with mastitis as a major injury). Read by scope.ts through FIGURATIVE_CUES
// (scope-cue-lists.ts): an occurrence that starts inside a match does not count. Regular
// expressions over normalized text.

const ASLEEP = '(?:falling asleep|dropping off|drifting off|fall asleep|nodding off|dozing off)';

/** A simile for a sensation: like falling, like an electric shock, a bang in the head asleep. */
export const SIMILE = new RegExp(
  `\\b(?:like (?:i'm|im|i am|i was|he's|she's|you're|you are|someone's|someone is|i've been|being|i'd|i had) (?:just )?(?:falling|dropping|tripping|being electrocuted|getting electrocuted|been electrocuted)(?: (?:off|down|from|over))?(?: (?:a|the) (?:cliff|building|height|roof|stairs|ladder|step|kerb|edge))?|electric(?:al)? shocks?(?= (?:pains?|feelings?|sensations?|type|like|through|down|up))|(?:like|feels like|feel like|felt like|as if i'd had) (?:an? |getting an? )?electric(?:al)? shocks?|(?<=\\b${ASLEEP}\\b[^.!?]{0,60})bang in (?:my|his|her) head|bang in (?:my|his|her) head(?=[^.!?]{0,60}\\b${ASLEEP}\\b)|(?:feel|feels|feeling|felt|look|looks|looking) like (?:i've|ive|i have|he's|she's|he has|she has|i'd|i had|you've) (?:just )?been (?:hit|run over|knocked down|flattened) by a (?:bus|truck|lorry|train|tractor|steamroller|car))`,
  'g',
);

/** Cheap guard for SIMILE. */
export const MAY_BE_SIMILE =
  /\b(?:falling|dropping|tripping|electrocuted|electric|bang|hit|run over|knocked down|flattened)\b/;
