// Data for scope.ts: a result clause of hyperbole. "I'm so tired I could collapse", "so hungry
// I could faint", "so angry I could scream": "could" after "so ..." says how strong a feeling
// is, not that the body did it. Only the verb after "could" is set aside (read through
// FIGURATIVE_CUES, scope-cue-lists.ts); "so dizzy I nearly collapsed" is no hyperbole and
// counts, and the feeling itself ("dizzy") is read as usual (phase 12,
// test/unit/safety/probes-p12-fa.json).

export const SO_MUCH_I_COULD = new RegExp(
  '\\bso (?:\\w+ ){0,2}?(?:tired|exhausted|knackered|shattered|hungry|starving|angry|cross|mad|fed up|bored|stressed|busy|happy|excited|embarrassed|hot|full|done)(?: that)? (?:i|he|she|we|they) (?:could|might|think i could|feel like i could) (?:literally |actually |just )?(?:collapse|pass out|faint|drop(?: dead)?|keel over|die|cry|scream|explode|sleep for a week)\\b',
  'g',
);

/** Cheap guard for SO_MUCH_I_COULD. */
export const MAY_BE_SO_MUCH = /\bcould\b/;
