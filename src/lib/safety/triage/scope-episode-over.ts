// A sentence that tells an episode of a day or so ago and says it went well: "took 2
// paracetamol for a headache yesterday and that was fine". What it names (the small dose, the
// headache) belongs to that episode, not to what the next sentence tells ("today I've
// swallowed the rest of the packet"). Not when the sentence brings it back to now.

/** A recent time word, then, later in the sentence, the person's word that it went fine. */
export const EPISODE_OVER =
  /\b(?:yesterday|last night|the other (?:day|night)|last (?:week|weekend))\b[^.!?]{0,80}?\b(?:(?:and |but )?(?:that|it|which|i|he|she|they|we) (?:was|were|felt|seemed) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|all right|alright|no problem)|(?:with )?no (?:problems?|side effects?|issues?))\b/;

/** Words in the sentence that bring the episode to now. */
export const BACK_TO_NOW =
  /\b(?:now|still|since|again|today|tonight|this (?:morning|evening|afternoon)|but then|until)\b/;
