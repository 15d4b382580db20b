// Data for scope.ts: idioms, things and topics whose alarm words are no symptom; an
// occurrence that starts inside a match does not count (read through FIGURATIVE_CUES,
// scope-cue-lists.ts). Regular expressions over normalized text.
//
// Figurative alarm words and body words that name part of a thing: phase 7 (helper e: false
// alarms), found by a probe set of routine look-alikes written before the code was read
// ("couldn't breathe from laughing", "choking on my words", "dying to know", "nearly had a
// heart attack when I saw the bill", "the bed leg").

/** An idiom whose alarm words are not a symptom; occurrences inside it do not count. */
export const FIGURATIVE =
  /\b(?:(?:can't|cannot|couldn't|could not|can not) (?:even )?breathe (?:from|for|with|because of|cause of|coz of) (?:laughing|laughter|giggling|the giggles)|(?:choking|choked|choke) on (?:my|his|her|our|their|your) (?:words|tears|pride)|choked up|choking back (?:tears|a laugh|laughter|the tears)|dying (?:to (?:know|see|try|go|meet|hear|find out|get|tell|ask|have|read|watch)|for (?:a|a cup of|some|the) (?:\w+ )?(?:coffee|tea|drink|brew|wee|pint|holiday|break|nap|sleep))|(?:nearly|almost|practically|literally|basically) (?:had|have|having|gave (?:me|him|her|us)) (?:a )?(?:heart attack|stroke|coronary|fit|kittens|seizure)|(?:gave|give|gives|giving) (?:me|him|her|us|them) (?:a )?(?:heart attack|stroke|coronary|fit)|(?:heart attack|stroke|coronary) (?:when|as|after|once) (?:i|he|she|we|they) (?:saw|see|heard|hear|got|get|opened|open|read|found|looked at|checked|noticed)|(?:heart attack|coronary) (?:on a plate|in a (?:can|bun|box|bowl|burger|glass))|(?:bleeding|haemorrhaging|hemorrhaging|hemorrhaging) (?:money|cash|cash flow|customers|points|goals|talent)|killing it|drowning in (?:work|debt|paperwork|emails?|assignments?|deadlines?|bills|stress|grief|tears|laundry|homework|coursework|admin|nappies|washing|exams?|revision)\b|killing (?:myself|me|himself|herself) (?:at the gym|at training|at practice|in the gym)|killing (?:myself|me|himself|herself) (?:with|over|doing|working|studying) (?:\w+ ){0,3}?(?:shifts?|work|job|hours|overtime|revision|studying|study|exams?|training|workouts?|gym|deadlines?|essays?|uni|school|cardio|running|nights|lates)\b|my blood (?:boil|boils|boiled|boiling)|makes? my blood boil|(?:heart|stomach) (?:sank|sinks|dropped|skipped a beat) (?:when|as|at)|(?:scared|bored|worried|tired|sick) to death|sick (?:and tired )?of (?:it|this|that|him|her|them|work|my|the|waiting)|sick of)\b/g;

/**
 * A body word that names part of a thing: "stubbed my toe on the bed leg", "the arm of the
 * sofa". Occurrences that start inside it do not count.
 */
export const NOT_BODY =
  /\b(?:(?:bed|table|chair|sofa|desk|stool|piano|cot|couch|bench|ladder|tripod|trestle|dining table|coffee table) (?:legs?|arms?|foot|feet|head)|(?:arm|leg|foot|head|back) of (?:the|a|my|our|his|her) (?:sofa|chair|bed|table|couch|bench|cot|settee))\b/g;

/** Cheap guard for NOT_BODY. */
export const MAY_BE_NOT_BODY =
  /\b(?:bed|table|chair|sofa|desk|stool|piano|cot|couch|bench|ladder|tripod|trestle|settee)\b/;

/** Cheap guard for FIGURATIVE. */
export const MAY_BE_FIGURATIVE =
  /\b(?:breathe|chok\w*|dying|heart attack|stroke|coronary|fit|kittens|seizure|bleeding|haemorrhaging|hemorrhaging|killing|blood|heart|stomach|death|sick|drowning)\b/;

// Scope, phase 10 (helper fa: false alarms): idioms whose alarm word says the writer is
// worried, not unwell, found by a probe set of routine look-alikes written before the code was
// read (test/unit/safety/probes-p10-fa.json). Read by scope.ts through FIGURATIVE_CUES
// (scope-cue-lists.ts): an occurrence that starts inside a match does not count.
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

// Scope, phase 10 second round (helper fa2): a condition named as the topic of a piece of study
// or writing ("an essay about suicide prevention", "my nursing assignment on strokes", "the
// risk factors for suicide"), found as a kind from blind set 12's false alarms and probed in
// test/unit/safety/probes-p10-fa2.json. Read by scope.ts through FIGURATIVE_CUES
// (scope-cue-lists.ts): a word that starts inside the match counts as asked about, not had.
// Only the topic words are set aside: "doing my essay but I want to kill myself" names no
// topic after the essay, and a sign said later in the message ("..., and now my face droops")
// starts outside the match and still counts.

/** A piece of study or writing, with up to two words before "about / on" (not "to", "with"). */
const WORK =
  '(?:essays?|assignments?|projects?|presentations?|dissertations?|coursework|homework|thesis|articles?|posters?|leaflets?|lectures?|research|papers?|modules?|blog posts?|quiz(?:zes)?)';
const TOPIC_WORDS = '(?:\\w+ ){0,3}\\w+';

export const STUDY_TOPIC = new RegExp(
  `\\b(?:${WORK}(?: (?!to\\b|with\\b|for me\\b)\\w+){0,2}? (?:about|on|into|covering) ${TOPIC_WORDS}|(?:student|students|teacher|researcher|writer|journalist)s? (?:\\w+ )?(?:writing|researching|studying|reading up|reading) (?:about|on) ${TOPIC_WORDS}|risk factors? (?:for|of) ${TOPIC_WORDS})`,
  'g',
);

/** Cheap guard for STUDY_TOPIC. */
export const MAY_BE_STUDY_TOPIC =
  /\b(?:essays?|assignments?|projects?|presentations?|dissertations?|coursework|homework|thesis|articles?|posters?|leaflets?|lectures?|research|papers?|modules?|blog|quiz|quizzes|students?|teachers?|researchers?|writers?|journalists?|risk factors?)\b/;
