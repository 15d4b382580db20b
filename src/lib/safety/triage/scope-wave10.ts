// Scope, phase 10 (helper fa: false alarms): idioms whose alarm word says the writer is
// worried, not unwell, found by a probe set of routine look-alikes written before the code was
// read (test/unit/safety/probes-p10-fa.json). Read by scope.ts through FIGURATIVE_CUES
// (scope-wave9-e.ts): an occurrence that starts inside a match does not count.
//
// "I'm paranoid", "am I being paranoid", "call me paranoid", "paranoid mum here": the writer's
// own worry about a health question. Not when a belief follows that others mean harm ("I'm
// paranoid the neighbours are poisoning me"), which stays a sign of psychosis; "he's become
// paranoid" (said of someone else) is untouched.

const SELF =
  "(?:i'm|i am|am i|i was|i've been|i get|i got|i feel|i'm feeling|me being|call me|maybe i'm)";
const DEGREE =
  '(?:so|a bit|a little|a little bit|just|being|really|too|getting|overly|super|very|probably|prob|slightly|kind of|kinda|bit|extra|totally|abit|such a)';
/** What a persecutory belief says after "paranoid (that)": others watching, following, poisoning. */
const BELIEF =
  "(?:that )?(?:people|someone|somebody|everyone|everybody|they|they're|the neighbours|neighbours|the neighbors|neighbors|the government|the police|my (?:husband|wife|partner|family|flatmate)|he|she|he's|she's|i'm being|i am being) (?:is |are |was |were )?(?:watching|following|after|poisoning|spying|plotting|out to get|trying to|listening|recording|tracking|talking about)";

export const PARANOID_WORRIED = new RegExp(
  `\\b(?:${SELF}(?: ${DEGREE})* paranoi\\w*(?! ${BELIEF})|paranoi\\w* (?:mum|mom|mam|dad|parent|mother|father|first[- ]time (?:mum|mom|parent|dad))|(?:just|only|being|probably) paranoi\\w*(?! ${BELIEF}))\\b`,
  'g',
);

/** Cheap guard for PARANOID_WORRIED. */
export const MAY_BE_PARANOID = /\bparanoi/;

/**
 * A general question typed without its question mark ("can stress cause chest pain", "what
 * causes a nosebleed"): a causal or "what is" question, not "can't breathe". Read only in a
 * message that names no person (scope.ts, as for a question with its mark).
 */
export const QUESTION_NO_MARK =
  /^\W*(?:(?:can|could|does|do|will|would|might|may)(?!n't|') (?!not\b)\w+(?: \w+)? (?:cause|causes|give you|lead to|trigger|bring on|make you)|what (?:causes|can cause|could cause|does|do|are|is) (?:a |an |the )?\w+)\b/;

/**
 * Right after a condition asked about, the writer says it is theirs ("what causes chest pain?
 * mine is crushing"): the condition is had, not only asked about.
 */
export const OWN_AFTER =
  /^[\s,.;:?!-]*(?:and |but |because |as )?(?:mine|mine's|my one|his|hers|theirs|ours|my son's|my daughter's)(?: is| has| was| feels| started| goes| keeps| came| comes|'s)\b/;

/**
 * A clinician or a test that checked it and found it fine, said with "checked": "doctors
 * checked my heart and it's fine", "the GP examined him, all normal". Clears like CLEARED
 * (scope-cues.ts): its sentence and the one before, unless a later clause says it is back.
 */
export const CLEARED_CHECKED =
  /\b(?:doctors?|doc|gp|a&e|hospital|nurses?|paramedics?|consultant|cardiologist|specialist|dentist|optician|midwife|pharmacist|they)\b[^.!?]{0,40}?\b(?:checked|examined|tested|looked at|scanned|x-?rayed)\b[^.!?]{0,40}?\b(?:and|,)\s*(?:it's|its|it is|it was|all|everything(?: was| is|'s)?|he's|she's|he was|she was|i'm|i was)\s+(?:all\s+)?(?:fine|normal|ok|okay|clear|good|healthy)\b/;

/** Cheap guard for CLEARED_CHECKED. */
export const MAY_BE_CHECKED = /\b(?:checked|examined|tested|looked|scanned|x-?rayed)\b/;

const AGE = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/**
 * An episode dated by the age it happened at, then the age now: "he had a febrile seizure at
 * 2, he's 5 now". What the sentence says before it is past (like TRAILING_PAST).
 */
export const AGE_THEN_NOW = new RegExp(
  `\\b(?:at|aged|age) ${AGE}(?: (?:months?|years?|yrs?|weeks?))?(?: old)?,? (?:and |but )?(?:(?:he|she|they)(?:'s| is| are|'re)|i'm|i am|now (?:he|she|they)(?:'s| is| are|'re)|now i'm) (?:now )?${AGE}(?: (?:months?|years?|yrs?))?(?: old)?(?: now)?\\b`,
);
