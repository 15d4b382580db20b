// Data and a test for scope.ts: a clinician's or a test's verdict given before the illness now
// told, which therefore does not clear it. Regular expressions over normalized text.

/** A verdict given on an earlier day: "on day 2", "3 days ago", "on Monday", "at first". */
const VERDICT_DATED =
  /\b(?:on day \d+|(?:\d+|two|three|four|five|six|a few|a couple of) days ago|last (?:week|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the start|at first|initially|yesterday)\b/;
/** A result or verdict weeks before: "bloods were normal 3 weeks ago", "last month". */
const VERDICT_WEEKS_AGO =
  /\b(?:(?:\d+|two|three|four|five|six|a few|a couple of) (?:weeks?|months?) ago|last month|a (?:fortnight|month) ago)\b/;
/** A verdict given on a named earlier day ("on friday", "on monday"), not "at first". */
const VERDICT_DATED_DAY = /\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
/** The illness told as going on or worse since: "for 5 days now", "getting worse". */
// ... or a fever told with its days ("a fever for 6 days, gp said viral on day 2"; phase 25,
// fresh-triage-p26r hj120).
const GOES_ON_SINCE =
  /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten) days now|(?:last|past) (?:\d+|four|five|six|seven|eight|nine|ten) days|(?:fever|temp|temperature|temps) (?:for|of) (?:[3-9]|three|four|five|six|seven|eight|nine|ten) days|day \d+ now|now (?:on )?day \d+|getting worse|worse now|now worse|not getting better)\b/;
/** An illness that began after it: "since this morning", "started today". */
const ONSET_RECENT =
  /\b(?:since (?:this morning|last night|yesterday|today|lunch(?:time)?|tonight|this afternoon)|started (?:this morning|today|last night|tonight|yesterday|this afternoon))\b/;
/** A verdict on an earlier episode: "went in last week for the same and it was fine". */
const VERDICT_EARLIER_EPISODE =
  /\b(?:for the same(?: thing)?|the same thing|last time|the time before|that time|previous(?:ly)?|before that)\b/;
/** The sign told as today's: "really quiet today", "all evening", "tonight". */
const TOLD_TODAY =
  /\b(?:today|tonight|this (?:morning|afternoon|evening)|all (?:day|evening|night)|since (?:this morning|lunch(?:time)?|dinner|tea|breakfast))\b/;

/**
 * The verdict told as last time's, before the clinician is named: "last time i went to a&e they
 * made me wait 9 hours and sent me home" after a thunderclap headache 30 minutes ago (phase 25,
 * fresh-triage-p27y iq150). It was given on another episode and clears nothing now. Not "like last
 * time", a comparison ("my known kidney stone is back ... like last time, urologist said ...").
 */
const LAST_TIME =
  /(?<!\b(?:like|as|than) (?:the )?)\b(?:last time|the last time|the time before|previous time|the other time)\b/;

/**
 * A test passed last time, told in the verdict itself: "did a patch test last time and was
 * fine!!" after hair dye that has shut the eyes and tightened the throat (phase 25, stop 46,
 * fresh-triage-p28a is031). A test before an earlier exposure clears nothing now.
 */
const LAST_TIME_TEST = /^(?:patch )?tests? (?:last time|the last time|the time before|before)\b/;

/**
 * The verdict disowned in its own sentence: "The clinic said bloating is normal but this feels
 * different" after a tummy "blown up massively" with little urine and breathless lying down,
 * five days after egg collection (phase 25, stop 46, fresh-triage-p28e iw143).
 */
const FEELS_DIFFERENT =
  /\bbut (?:this|it|that|now it|this time it|this time) (?:feels|is|seems|looks|'s) (?:very |totally |completely |really |much )?(?:different|worse|not (?:normal|right|the same)|wrong)\b/;

/**
 * A verdict told in the past perfect, given before what the message tells: "ward nurse had said a
 * bit of blood is normal" after "tonight his wee went dark red with clots in and now he can't
 * pass anything at all" (stop 47, fresh-triage-p28r jj047).
 */
const VERDICT_PLUPERFECT =
  /\bhad (?:said|told (?:us|me|him|her|them)|mentioned|warned (?:us|me))\b/;

/**
 * A verdict from the ward, and signs told as since coming home: "Since we got home he is really
 * hard to settle, high pitched screaming ... They watched him on the ward for 3 days and said
 * fine" (stop 47, fresh-triage-p28s jk031).
 */
const VERDICT_BEFORE_HOME =
  /\b(?:on the ward|in (?:the )?hospital|at the hospital|on (?:the )?(?:unit|nicu|scbu)|before (?:we|he|she|they) (?:left|went home|came home|were discharged|was discharged)|before discharge)\b/;
const SINCE_HOME =
  /\bsince (?:we|he|she|they|baby|the baby|we've|he's|she's)(?: have| has)? (?:got|came|come|went|gone|been) home\b/;

/**
 * A verdict that is a guess ("nurse says she's probably just tired"), after signs told with an
 * onset today ("since lunch her right arm just hangs ... started about 1pm"): a guess does not
 * clear what began today (stop 47, fresh-triage-p29d jv134).
 */
const VERDICT_GUESS = /\b(?:probably|maybe|might be|could be|perhaps|likely) just\b/;

/**
 * A verdict of an earlier day or weeks ago: "GP said last week", "3 days ago", "yesterday". Not
 * "at first" or "initially", which date nothing.
 */
// Or years before: "he had a scan years ago that said something about a swollen artery but they
// said just keep an eye on it" after "sudden terrible pain ... started 20 min ago" (stop 53,
// fresh-triage-p31h: a ruptured aneurysm read as cleared, routine).
const VERDICT_EARLIER_DAY =
  /\b(?:on day \d+|(?:\d+|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?) ago|(?:(?:\d+|two|three|four|five|six|a few|a couple of|some|many) )?years? ago|last (?:week|night|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ages ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|a (?:fortnight|month) ago)\b/;
/** Signs told as begun within hours: "about an hour ago", "20 mins ago" (with TOLD_TODAY). */
const TOLD_HOURS_AGO =
  /\b(?:an?|about an?|half an?|\d+|a few|a couple of) (?:hours?|hrs?|mins?|minutes?) ago\b/;
/**
 * The writer doubts the verdict fits what happens now: "the clinic said some heavy bleeding is
 * normal so idk if this counts" (stop 49, fresh-triage-p30c ku151: two maxi pads an hour after
 * abortion pills, dizzy, the heart pounding).
 */
const VERDICT_DOUBTED =
  /\b(?:don't know|do not know|not sure|unsure|no idea|wondering|can't tell) (?:if|whether) (?:this|it|that|mine|what i have|this much) (?:counts|is (?:normal|too much|ok|okay|what they meant|more than|still normal)|still counts)\b/;

/**
 * A verdict given at a discharge or an earlier check: "BP was fine when they discharged me" after
 * "an hour ago got a sudden headache like being hit with a bat" six days after a birth (stop 52,
 * fresh-triage-p30x: read as cleared, the thunderclap routine).
 */
const VERDICT_AT_DISCHARGE =
  /\b(?:when (?:they|we|i|he|she) (?:discharged (?:me|us|him|her|them)|sent (?:me|us|him|her|them) home|let (?:me|us|him|her|them) (?:go|home)|left (?:hospital|the ward|the unit)|went home|(?:was|were|got) discharged)|at (?:discharge|(?:my|her|his|the) (?:\w+ )?check(?:-?up)?)|before (?:discharge|i left|we left|they discharged))\b/;

/** A verdict told as given "before": "doc said before its just a disc" (stop 50, p30f kx072). */
const VERDICT_BEFORE =
  /\b(?:said|says|told (?:me|us|him|her|them)|thought|reckoned) (?:it )?before\b|\bbefore (?:he|she|they|the (?:gp|doctor|doc)) (?:said|told)\b/;

/** A verdict given without seeing the person: on the phone, on a call, an e-consult. */
const VERDICT_REMOTE =
  /\b(?:on the phone|over the phone|on (?:a|the) (?:phone |video )?call|by phone|phone (?:call|consultation|appointment)|e-?consult|online doctor)\b/;
/** Severity the writer sees now: writhing, doubled up, looking awful. */
const SEVERE_SEEN =
  /\b(?:writhing|doubled (?:up|over)|rolling around|screaming (?:in|with) (?:pain|agony)|looks? (?:awful|terrible|grey|gray|like death|really ill|so ill))\b/;

/**
 * Whether the verdict found at `verdictAt` in `sentence` (which starts at `sentenceStart` in
 * `text`) predates the illness the message tells, so that it clears nothing:
 * - "GP said viral on day 2" in a message that says it goes on ("for 5 days now"): a verdict
 *   given earlier does not cover the days since (phase 25, fresh-triage-p25a fs003);
 * - "went in last week for the same and it was fine" after "baby's been really quiet today": a
 *   verdict on an earlier episode does not cover today's (phase 25, fresh-triage-p25o);
 * - "bloods were normal 3 weeks ago" after "sore throat + temp 38.3 since this morning": a result
 *   from before the illness began does not cover it (phase 25, fresh-triage-p25n);
 * - "when the out of hours doc ... on the phone call he said it was prob indigestion" after "hes
 *   writhing around ... and looks awful": a verdict given without seeing someone the writer sees
 *   writhing does not clear it (phase 25, fresh-triage-p26r hj057);
 * - "last time i went to a&e they ... sent me home": a verdict on another episode (LAST_TIME).
 */
export function verdictOutdated(
  text: string,
  sentence: string,
  sentenceStart: number,
  verdictAt: number,
): boolean {
  const fromVerdict = sentence.slice(verdictAt);
  /** What the message told before the verdict's sentence, and before the verdict itself. */
  const before = text.slice(0, sentenceStart);
  const toVerdict = text.slice(0, sentenceStart + verdictAt);
  return (
    (VERDICT_DATED.test(fromVerdict) && GOES_ON_SINCE.test(text)) ||
    // "... today only a few sips, no wee since yesterday lunchtime ... the GP said on friday to
    // just keep her drinking" (phase 25, stop 46, fresh-triage-p28i ja160): today's signs told
    // before a verdict of an earlier day.
    (VERDICT_DATED_DAY.test(fromVerdict) && TOLD_TODAY.test(before)) ||
    (VERDICT_EARLIER_EPISODE.test(sentence) &&
      (VERDICT_DATED.test(sentence) || VERDICT_WEEKS_AGO.test(sentence)) &&
      TOLD_TODAY.test(toVerdict)) ||
    (VERDICT_WEEKS_AGO.test(fromVerdict) && ONSET_RECENT.test(text)) ||
    (VERDICT_REMOTE.test(sentence) && SEVERE_SEEN.test(text)) ||
    LAST_TIME.test(sentence.slice(0, verdictAt)) ||
    LAST_TIME_TEST.test(fromVerdict) ||
    FEELS_DIFFERENT.test(fromVerdict) ||
    (VERDICT_PLUPERFECT.test(sentence) && TOLD_TODAY.test(before)) ||
    (VERDICT_BEFORE_HOME.test(sentence) && SINCE_HOME.test(text)) ||
    (VERDICT_GUESS.test(sentence) && TOLD_TODAY.test(toVerdict)) ||
    // "... tonight coughing up frothy pinkish stuff. GP said last week it's just being a tired new
    // mum" (stop 49, fresh-triage-p30c ku018); "fainted in the kitchen ... about an hour ago. She
    // did a pregnancy test last week that was negative" (ku148): a verdict or a result of an
    // earlier day, after signs told as tonight's or within the hour.
    (VERDICT_EARLIER_DAY.test(sentence) &&
      (TOLD_TODAY.test(before) || TOLD_HOURS_AGO.test(before))) ||
    VERDICT_DOUBTED.test(fromVerdict) ||
    (VERDICT_AT_DISCHARGE.test(sentence) &&
      (TOLD_HOURS_AGO.test(before) || TOLD_TODAY.test(before) || ONSET_RECENT.test(before))) ||
    // "... since this morning i cant feel my bum ... doc said before its just a disc" (stop 50,
    // fresh-triage-p30f kx072): a verdict told as given before today's signs.
    (VERDICT_BEFORE.test(fromVerdict) && (ONSET_RECENT.test(text) || TOLD_TODAY.test(toVerdict))) ||
    // "now coughing up rusty bloody stuff ... GP said viral on the phone on monday" (stop 47,
    // fresh-triage-p29e jw044, read then only for a verdict on the phone); "a 6 week old ... now
    // gets these coughing fits then goes blue ... GP said its a virus on monday" (stop 50,
    // fresh-triage-p29w ko068): a verdict of a named earlier day, after signs told as now.
    (VERDICT_DATED_DAY.test(fromVerdict) && /\bnow\b/.test(before))
  );
}
