// Data for scope.ts: a crisis that is over. A message that dates suicidal thoughts, self-harm or
// a breakdown to the past ("back in 2018", "years ago ... back then") and says the person has
// been well since ("doing much better for over a year", "in a good place now") is asking about
// care today, not in crisis (phase 11, test/unit/safety/probes-p11-fa.json: "a couple of years
// ago I had suicidal thoughts ... can I self-refer again for a few top-up sessions?").
// Regular expressions over normalized text (normalize.ts).

/** A sentence that dates what it tells to the past (with HISTORY in scope-cues.ts). */
export const PAST_DATED =
  /\b(?:old (?:self[- ]?harm )?scars|back then|at the time|at that time|back in (?:the day|(?:19|20)\d\d)|in (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|a few|several|many|couple of|a couple of) (?:years?|yrs?) (?:ago|back|before)|before (?:\d+|a few|few|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years?|yrs?)|at (?:uni|university|college|school)|in my (?:early |mid |late )?(?:teens|twenties|20s|thirties|30s|forties|40s|youth)|as a (?:teen\w*|student|kid|child))\b/;

/** Said of the person now: well since, recovered, in a good place. */
export const RECOVERED =
  /\b(?:(?:been|doing|feel|feeling|felt|am|i'm|he's|she's|is|has been|have been|i've been|he has been|she has been) (?:so |much |a lot |loads |really |very |totally |completely |fully |really really )?(?:better|well|good|great|stable|settled|happy|brilliant)(?! (?:at|in) (?:hiding|covering|pretending))|been (?:fine|ok|okay|alright) (?:for|since|ever since)|recovered|in recovery|(?:been |stayed )?clean (?:for )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:years?|yrs?|months?)|in a (?:good|better|much better|great|really good) place|back on track|(?:now|these days) (?:and )?(?:happy|well|fine|good|doing well|settled)|stable on|(?:well|fine|ok|okay|good) (?:ever )?since|no (?:thoughts|episodes|problems|relapses?|self-?harm) (?:like that )?(?:since|for)|(?:haven't|hasn't|have not|has not) (?:had|felt) (?:any|that|those|like that|them) (?:\w+ )?(?:since|for))\b/;

/**
 * "again" said of care asked for again ("self-refer again", "the whole assessment again",
 * "again for a few top-up sessions"): not the feelings coming back (CRISIS_RETURNING).
 */
export const CARE_AGAIN =
  /\b(?:refer|referral|referred|sessions?|therapy|counselling|counseling|cbt|assessment|appointments?|course|booster|top-?up|therapist|counsellor|counselor|waiting list)(?: \w+){0,2}? again\b|\bagain for (?:a |some |more |a few |the )?(?:few )?(?:top-?up |booster |more |follow-?up )?(?:sessions?|therapy|counselling|cbt|referral|appointments?|course|support)\b/g;

/** The break word that ends a clause (CLAUSE_BREAK), at its end: it belongs to the next one. */
export const TRAILING_BREAK =
  /(?:\.(?!\d)|[!?;:\n]|\s-\s|\b(?:but|however|although|though|whereas|except|yet|now|currently|today|tonight|this (?:morning|evening|afternoon)|since then|ever since|then|until))\W*$/;
