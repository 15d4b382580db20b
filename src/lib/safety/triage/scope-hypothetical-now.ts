// Data for scope.ts: a hypothetical that is happening. "What should you do if someone's taken
// too many paracetamol? My flatmate has just told me she took 30 this afternoon": the question
// is asked in general, and the next sentence says it has happened to a real person now, so the
// question's words count as said of that person (phase 12, test/unit/safety/probes-p12-fa.json).
// Not when that sentence is reassurance ("he's fine right now"): then it stays imagined.

/** Said of now: it has just happened or is happening. */
export const HAPPENING_NOW =
  /\b(?:right now|just now|at the moment|as we speak|(?:has|have|had) just|just (?:told|said|taken|took|swallowed|drunk|drank|eaten|ate|collapsed|fallen|fell|started|found|admitted)|this (?:morning|afternoon|evening)|tonight|earlier today|(?:\d+|a few|few|ten|twenty|thirty|an|half an) (?:minutes?|mins?|hours?|hrs?) ago|(?:is|it's) happening|happening now)\b/;

/** A real person in that sentence: the writer or someone they name. */
export const PERSON_NOW =
  /\b(?:i|i'm|i've|my \w+|he|he's|she|she's|they|they're|we|we're|him|her|them)\b/;

/** Reassurance in that sentence: it is not happening. */
export const NOT_HAPPENING =
  /\b(?:fine|ok|okay|well|normal|healthy|no symptoms|nothing|never|hasn't|haven't|isn't|not)\b/;

/** Whether the sentence after a hypothetical says it is happening to someone now. */
export function happeningNow(next: string): boolean {
  return HAPPENING_NOW.test(next) && PERSON_NOW.test(next) && !NOT_HAPPENING.test(next);
}

/**
 * A past event dated minutes or hours ago inside the condition itself: "what do you do if your
 * flatmate took like 30 paracetamol about an hour ago" (phase 22's fresh set: read routine).
 * Nobody imagines a case with a clock on it; the question is about something that has
 * happened. A past verb must come before the time ("took ... an hour ago"), so that "what if
 * my son gets a fever tonight" stays imagined, and a person must be named in between.
 */
const DATED_EVENT =
  /\b(?:my \w+|your \w+|he|she|they|someone|somebody|i|we)\b[^.!?]{0,60}?\b(?:took|taken|swallowed|drank|downed|ate|necked|had|injected|snorted|overdosed)\b[^.!?]{0,60}?\b(?:(?:\d+|a few|few|a couple of|couple of|ten|twenty|thirty|forty|an|half an) (?:minutes?|mins?|hours?|hrs?) ago|earlier today|just now)\b/;

/** Whether a hypothetical stretch (from its cue to its sentence's end) tells a dated event. */
export function datedEvent(stretch: string): boolean {
  return DATED_EVENT.test(stretch);
}

/**
 * A question put as someone else's or as imagined, the disguise a frightened person uses:
 * "hypothetically if someone had taken like 30 of their mum's diazepam ... hypothetically. im
 * quite sleepy"; "hypothetically if someone got a headache like a thunderclap ... asking for my
 * sister, she's lying in the next room ... saying it's the worst she's ever had" (stop 52: both
 * read routine, the hypothetical's words set aside).
 */
export const DISGUISE =
  /\b(?:hypothetically|theoretically|asking for (?:a|my) (?:friend|mate|sister|brother|mum|mom|dad|partner|flatmate|roommate|housemate|colleague|cousin|son|daughter)|for a friend)\b/;

/** A person's state told as now, later in the message: the imagined case is the real one. */
const STATE_NOW =
  /\b(?:i'm|im|i am|i feel|she's|shes|she is|he's|hes|he is|they're|theyre|they are)\s+(?:\w+\s+){0,2}?(?:sleepy|drowsy|so tired|lying|being sick|throwing up|vomiting|shaking|confused|in bed|on the floor|not making sense|passed out|unconscious|struggling|groaning|screaming|burning up|really hot|pale|grey|blue)\b/;

/** Whether, after a disguised question, the text goes on to tell someone's state as now. */
export function disguisedNow(text: string, after: number): boolean {
  return DISGUISE.test(text) && STATE_NOW.test(text.slice(after));
}
