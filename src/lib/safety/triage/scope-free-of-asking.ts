// Data for scope.ts, phase 12 (helper b16, from blind-16's misses; probes-p12-b16.json).
// Regular expressions over normalized text (normalize.ts).

/**
 * Right after a word: the thing is absent, "alcohol-free mouthwash", "nicotine free vape
 * liquid", "pain-free now". What it follows is negated.
 */
export const FREE_OF_AFTER = /^(?:-| )?free\b/;

/** Right before a product: it is made without its hazard, "nicotine free vape liquid". */
export const FREE_OF_BEFORE = /\b(?:alcohol|nicotine)(?:-| )?free (?:\w+ )?$/;

/**
 * Before a crisis word: someone asks how to ask or talk about it with a person in their care
 * ("what's the best way to ask a student directly whether they're thinking about", "how do i
 * bring up", "is it true that asking someone if they're"): a question about helping, not a
 * crisis. A relative ("my son") is not on the list: a parent asking may already be worried.
 * "is it really ok to ask someone straight out if they're thinking about suicide?" reads the
 * same (phase 25, stop 46, p27z ir112).
 */
export const ASKING_OTHERS =
  /\b(?:how (?:do|should|can|could|would) (?:i|we|you|one)|how to|(?:best|right|safest|good) way to|is it (?:really |actually |even )?(?:true|ok|okay|safe|wise|right) (?:that|to)|tips (?:on|for))\b[^.!?]{0,60}?\b(?:(?:ask|asking) (?:a |an |the |my |our |your )?(?:student|pupil|patient|client|young person|someone|somebody|person|people|anyone|colleague|employee|member of staff|resident|service user)s? (?:\w+ ){0,2}?(?:whether|if|about) (?:(?:they|he|she)(?:'re|'s| are| is)? )?(?:\w+ ){0,3}?|(?:bring up|bringing up|raise|raising|broach|broaching|talk about|talking about|mention|discuss) (?:the (?:subject|topic) of )?)$/;

/**
 * After the crisis word: the writer says it of themselves too ("... helps? because i am, and i
 * have a plan"): then the question is theirs, not a helper's.
 */
export const SELF_TOO =
  /\b(?:(?:because|cos|as|since|and|but) (?:i am|i'm|i feel|i have been|i've been)(?! (?:a|an|the|their|his|her|worried|scared|trained|training|doing|on)\b)|so am i|me too|i am too|i'm the same|same here|i (?:have|have got|'ve got|got) (?:a|the) plan|(?:i|i've) (?:want|wanted|keep wanting) to (?:die|end it|kill myself))\b/;

/** Cheap guard for ASKING_OTHERS. */
export const MAY_BE_ASKING_OTHERS =
  /\b(?:ask|asking|bring|bringing|raise|raising|broach|broaching|talk|talking|mention|discuss)\b/;
