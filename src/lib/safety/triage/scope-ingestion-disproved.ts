// Data for scope.ts: a feared swallow that a count disproves ("thought my toddler had eaten one
// of my iron tablets but I counted the packet and they're all there", "none missing, I
// measured it", "the battery cover is still screwed shut", "it was still sealed, no holes"). Like a clinician's all-clear, it clears what its sentence named before it and
// the sentence before; what is said after it ("..., but there's powder round her mouth")
// still counts. Only a count or a check says so: a parent's "he seems fine" clears nothing
// (phase 12, test/unit/safety/probes-p12-fa.json).

/** The count came out whole: nothing was taken. */
export const ALL_ACCOUNTED = new RegExp(
  "\\b(?:(?:counted|checked|measured|went through|looked (?:at|in|through))\\b[^.!?]{0,60}?\\b(?:(?:they're|they are|they were|theyre|it's|it is|it was|all|everything(?:'s| is| was)?) (?:all )?(?:there|full|accounted for|still (?:there|full|sealed|in the (?:packet|pack|blister|box|bottle|tub|pot)))|(?:the )?same (?:amount|number|level) as before)|(?:none|nothing|not one|not a single one|no (?:tablets?|pills?|capsules?|sweets?|batteries|pods?|tabs)) (?:is |are |was |were |of them (?:is |are |was |were )?)?missing|(?:all|every (?:one|tablet|pill|capsule)) (?:\\w+ )?accounted for|(?:it was|it's|its|it is|they were|they're|they are|was|were) still (?:sealed|intact|unopened|wrapped|closed|whole)|no (?:holes|tears(?! (?:when|while|as) (?:\\w+ )?(?:cry|cries|cried|crying))|leaks)|(?:wrapper|wrapping|packaging|foil|seal|film|casing) (?:was |is )?(?:still )?(?:intact|sealed|unbroken|on)|(?:both|all|the) (?:button |coin )?batter(?:y|ies) (?:is |are |r )?(?:still )?(?:in (?:it|there|place|the \\w+)|there|accounted for)|batter(?:y|ies) (?:cover|compartment|door|lid|flap) (?:is |was )?(?:still )?(?:on|shut|closed|screwed (?:shut|on|closed|in)|taped(?: shut)?|intact))\\b",
);

/** Cheap guard for ALL_ACCOUNTED. */
export const MAY_BE_ACCOUNTED =
  /\b(?:missing|accounted|counted|checked|measured|went through|looked|battery|batteries|sealed|intact|unopened|wrapped|closed|whole|holes|tears|leaks|unbroken|wrapper|wrapping|packaging|foil|seal|film|casing)\b/;
