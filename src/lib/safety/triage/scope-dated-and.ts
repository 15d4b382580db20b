// Data for scope.ts: a dated clause continued by "and" with a verb in the past. "I was in a bad
// way after my divorce eight years ago and took an overdose": the second clause has no time
// words of its own (time words stop at "and", SEGMENT_BREAK, so that "had covid years ago, and
// I have X" keeps X now), but a past verb with no new subject tells the same episode. Not when
// the clause says now ("and collapsed just now") or names a new subject ("and I have").
// (phase 12, test/unit/safety/probes-p12-fa.json)

/** Right after "and": a verb in the past tense, with no subject of its own. */
export const AND_PAST_VERB =
  /^\s*(?:then\s+)?(?:took|had|was|were|went|got|tried|ended up|cut|did|made|spent|attempted|overdosed|swallowed|needed|stayed|lost|broke|fell|collapsed|passed out|was taken|was admitted|was sectioned)\b/;

/** What the text before a segment must end with: the "and" that joins it to the dated one. */
export const AND_BEFORE = /\band\s*$/;
