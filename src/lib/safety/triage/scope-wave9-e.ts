// Scope, phase 7 (helper e: false alarms): words that say a warning sign is not happening to a
// real person now, found by a probe set of routine look-alikes written before the code was
// read. Used by scope.ts; each list is a regular expression over normalized text.
//
// - Figurative alarm words: the sign is part of an idiom ("couldn't breathe from laughing",
//   "choking on my words", "dying to know", "nearly had a heart attack when I saw the bill").
// - Not a person: the sentence is about an animal (a pet, the vet) or a character on screen or
//   in a book, and names no person who could be the patient ("I", "me", a bite or a scratch).
// - A past frame that reaches along the sentence: "When I was 19, I had a breakdown and
//   thoughts of ending it" is all in the past, not only the words next to "when I was 19".

import {
  ABOUT_CUE,
  HYPOTHETICAL_CUE,
  MAY_BE_ABOUT,
  MAY_BE_HYPOTHETICAL,
  TOPIC_BEFORE,
} from './scope-cues';
import { MAY_BE_PARANOID, PARANOID_WORRIED } from './scope-wave10';
import { MAY_BE_STUDY_TOPIC, STUDY_TOPIC } from './scope-wave11';
import { FICTION_SCENE, MAY_BE_FICTION_SCENE } from './scope-fiction-scene';
import { MAY_BE_SO_MUCH, SO_MUCH_I_COULD } from './scope-hyperbole';
import { MAY_BE_PEOPLE_QUESTION, PEOPLE_QUESTION } from './scope-people-question';
import { MAY_BE_WHAT_LIKE, WHAT_LIKE } from './scope-what-like';
import { COULD_HAVE, MAY_BE_COULD_HAVE } from './scope-could-have';

/** An idiom whose alarm words are not a symptom; occurrences inside it do not count. */
export const FIGURATIVE =
  /\b(?:(?:can't|cannot|couldn't|could not|can not) (?:even )?breathe (?:from|for|with|because of|cause of|coz of) (?:laughing|laughter|giggling|the giggles)|(?:choking|choked|choke) on (?:my|his|her|our|their|your) (?:words|tears|pride)|choked up|choking back (?:tears|a laugh|laughter|the tears)|dying (?:to (?:know|see|try|go|meet|hear|find out|get|tell|ask|have|read|watch)|for (?:a|a cup of|some|the) (?:\w+ )?(?:coffee|tea|drink|brew|wee|pint|holiday|break|nap|sleep))|(?:nearly|almost|practically|literally|basically) (?:had|have|having|gave (?:me|him|her|us)) (?:a )?(?:heart attack|stroke|coronary|fit|kittens|seizure)|(?:gave|give|gives|giving) (?:me|him|her|us|them) (?:a )?(?:heart attack|stroke|coronary|fit)|(?:heart attack|stroke|coronary) (?:when|as|after|once) (?:i|he|she|we|they) (?:saw|see|heard|hear|got|get|opened|open|read|found|looked at|checked|noticed)|(?:heart attack|coronary) (?:on a plate|in a (?:can|bun|box|bowl|burger|glass))|(?:bleeding|haemorrhaging|hemorrhaging|hemorrhaging) (?:money|cash|cash flow|customers|points|goals|talent)|killing it|my blood (?:boil|boils|boiled|boiling)|makes? my blood boil|(?:heart|stomach) (?:sank|sinks|dropped|skipped a beat) (?:when|as|at)|(?:scared|bored|worried|tired|sick) to death|sick (?:and tired )?of (?:it|this|that|him|her|them|work|my|the|waiting)|sick of)\b/g;

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
  /\b(?:breathe|chok\w*|dying|heart attack|stroke|coronary|fit|kittens|seizure|bleeding|haemorrhaging|hemorrhaging|killing|blood|heart|stomach|death|sick)\b/;

/** The sentence is about an animal (a pet, the vet); not one in a simile ("like a hamster"). */
export const ANIMAL =
  /\b(?:(?<!\b(?:like|as|than) )(?:my|our|the|his|her|their|a|your) (?:dog|dogs|puppy|pup|cat|cats|kitten|kitty|hamster|rabbit|bunny|guinea pig|horse|pony|budgie|parrot|bird|pet|ferret|tortoise|gerbil|rat|mouse|fish|goldfish|lizard|snake|chicken|hen|cow|sheep|goat|pig)|vet|vets|veterinary)\b/;

/** The sentence is about a character on screen or in a book. */
export const FICTION =
  /\b(?:(?:in|on) (?:a |the |this |that )?(?:tv |telly )?(?:show|programme|program|film|movie|book|novel|series|episode|soap|drama|game|play|cartoon|anime)|(?:in|on) (?:tv|telly|netflix|youtube|tiktok)|(?:a|the|main) characters?|in (?:grey's anatomy|greys anatomy|eastenders|casualty|holby(?: city)?|house|scrubs|the pitt|er|coronation street|corrie|emmerdale|hollyoaks|chicago med|the good doctor))\b/;

/** What a person does to be the patient of the sentence after all: a bite, a scratch... */
const HARMED_BY =
  '(?<!\\ba )(?<!\\ba little )bit|bitten|bites?|biting|scratch\\w*|went for|goes for|go for|going for|nipped|nip|savaged|mauled|attack\\w*|knocked|jumped (?:on|up)|pulled|dragged|tripped|trip|lick\\w*|caught|catch|allergic|allergy|ate|eaten|swallowed';
// Not "my" or "our": they own the pet or the book ("my dog", "my book club's novel").
const FIRST_PERSON = "i|i'm|i've|i'd|me|myself|we|us";
const RELATIVE =
  'son|daughter|child|children|kids?|baby|toddler|husband|wife|partner|mum|mom|mam|mother|dad|father|brother|sister|gran|nan|grandma|grandad|grandpa|grandmother|grandfather|friend|flatmate|boyfriend|girlfriend|neighbou?r|colleague';

/** In an animal sentence: a person is (also) the patient ("it bit me", "the whole family"). */
export const PERSON_WITH_ANIMAL = new RegExp(
  `\\b(?:${FIRST_PERSON}|${HARMED_BY}|${RELATIVE}|also|too|even|as well|both|family|everyone|everybody|all of us|people|person|man|woman|boy|girl|guy|lady|patient)\\b`,
);

/** In a fiction sentence: the writer or a relative is (also) the patient. */
export const PERSON_WITH_FICTION = new RegExp(`\\b(?:${FIRST_PERSON}|${HARMED_BY}|${RELATIVE})\\b`);

/**
 * A sentence that opens in the past ("when I was 19", "as a kid", "years ago", "back in
 * 2015", "last year"): the frame covers the clauses that follow it, unless one says now.
 */
export const PAST_OPENER =
  /^\W*(?:(?:so|and|also|well|ok|okay|um|erm|hi|hello)[,\s]+)*(?:when (?:i|he|she|we|they) (?:was|were) (?:a |an |little|young|small|at (?:school|uni|university|college)|in (?:school|my|his|her|their)|\d+|(?:\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty)\w*)|as a (?:child|kid|baby|teen\w*|student|youngster)|back in|in (?:19|20)\d\d|(?:(?:about|around|roughly|nearly|almost|over|more than|maybe|probably|like) )?(?:\d+|a|an|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some) (?:years?|yrs?|decades?) ago|years ago|last year|in my (?:teens|twenties|20s|thirties|30s|youth|childhood))\b/;

/** In a past-framed sentence: this clause is about now. */
export const NOW_IN_CLAUSE =
  /\b(?:now|today|tonight|this (?:morning|evening|afternoon|week)|yesterday|since|still|again|currently|at the moment|right now|suddenly|keeps?|getting|worse|started|starting|hours? ago|minutes? ago|mins? ago|last night|am|is|are|i'm|he's|she's|has|have|can't|won't|lately|recently|these days|this month|want|wants|wanting)\b/;

/**
 * More words before a condition that make it the topic of a question (added to ABOUT_CUE):
 * "what actually happens in anaphylaxis", "what counts as a fever", "I read that
 * ramipril can cause tongue swelling", "side effects like drowsiness", "a case of scarlet
 * fever at nursery" (not "exposed to chickenpox": in pregnancy the exposure itself needs a
 * call), "does ibuprofen make asthma worse" (a named condition, not "my chest pain").
 */
export const ABOUT_CUE_MORE =
  /\b(?:what (?:actually |really |exactly )?happens (?:in|during|with|to (?:you|someone|somebody|people|a person|the body) (?:in|during|with))|(?:counts?|counted|classed|classified|considered|defined) as (?:a |an )?|(?:read|heard|seen|saw|told (?:me|us)|says|said|warned (?:me|us)?) (?:online |somewhere |on (?:the )?\w+ )?that (?:\w+ ){1,3}(?:can|could|may|might|sometimes) (?:cause|give you|lead to|trigger|bring on)|side[- ]?effects? (?:like|such as|include|including|are|of)|(?:a case|cases|an outbreak|outbreaks) of|(?:does|do|can|could|will|would) (?:\w+ ){1,2}make (?=(?:asthma|eczema|diabetes|epilepsy|migraines?|psoriasis|ibs|acne|arthritis|gout|copd|angina|heart failure|reflux)\b))/g;

/** Cheap guard for ABOUT_CUE_MORE. */
export const MAY_BE_ABOUT_MORE =
  /\b(?:happens|counts?|counted|classed|classified|considered|defined|read|heard|seen|saw|told|says|said|warned|side|case|cases|outbreaks?|make)\b/;

/**
 * Before a crisis word: the warning signs asked about for someone else, without "that" or
 * "if" ("what are the signs someone might be suicidal?").
 */
export const TOPIC_BEFORE_MORE =
  /\b(?:signs?|symptoms?|tell|know|spot|recogni[sz]e|notice) (?:\w+ ){0,3}?(?:someone|somebody|a person|people|anyone|a (?:friend|pupil|student|child|teenager|colleague|patient)) (?:might|may|could|would|is|are)(?: be)?(?:\s+\w+){0,2}\s*$/;

/**
 * A short verbless stretch that names the episode before it again ("..., just a rash",
 * "..., only a small one"): it takes that stretch's time.
 */
export const RESTATEMENT =
  /^\W*(?:just|only|simply|merely|purely)\s+(?:a |an |the |some )?(?:\w+\s*){1,3}\W*$/;

/**
 * The age of a thing, not of a baby: "a bruise ..., a week old", "the cut is 3 days old".
 * Group 1 is the age phrase, which does not count.
 */
export const THING_AGE =
  /\b(?:bruise|bruising|cut|wound|scab|burn|rash|injury|scar|bite|graze|tattoo|piercing|stitches|cast|lump|spot|blister|sprain|splinter)\b[^.!?]{0,90}?\b((?:a|one|\d+|two|three|four|five|six|few|couple of) (?:days?|weeks?|months?) old)\b/g;

/** Cheap guard for THING_AGE. */
export const MAY_BE_THING_AGE = /\bold\b/;

/** "What would happen if...": the rest of the sentence is imagined (added to the hypotheticals). */
export const HYPOTHETICAL_MORE =
  /\b(?:what (?:would|could|might|will) (?:happen|happens) (?:if|when)|what (?:would|could) (?:i|we|you) do (?:if|when)|(?:curious|wondering|asking) (?:what|whether|if) (?:would )?happens?)\b/g;

/** Cheap guard for HYPOTHETICAL_MORE. */
export const MAY_BE_HYPOTHETICAL_MORE = /\b(?:happen|happens|do)\b/;

/**
 * The question is asked for study, teaching or writing ("asking for my assignment", "I'm a
 * nursing student"): a general question sentence in such a message is asked about.
 */
export const STUDY_PURPOSE =
  /\b(?:(?:asking|ask|question|it's|this is) (?:for|because of) (?:my|an|a|our|the) (?:\w+ )?(?:assignment|essay|project|exam|exams|homework|dissertation|coursework|revision|class|course|training|presentation|quiz|poster|module|lecture|article|book|novel|story|podcast|blog|thesis|report)|for (?:my|an|a|our) (?:assignment|essay|project|dissertation|coursework|thesis|presentation|exam revision)|(?:med|medical|nursing|paramedic|pharmacy|biology|physio|dental|midwifery|vet) (?:student|school)|(?:i'm|i am) (?:a|an) (?:\w+ )?(?:student|teacher|trainer|first aider|lecturer|writer|author)|revising for|studying for|(?:i )?want to understand|trying to understand|(?:just )?out of curiosity|for future reference|(?:just )?(?:want|wanted) to (?:know|learn) for (?:the future|next time))\b/;

/**
 * A sentence that ends by dating its episode long ago: "..., that was 2 years ago", "this was
 * back in 2019".
 */
export const TRAILING_PAST =
  /\b(?:that|this|it|which)(?:'s| was| is| happened| were)? (?:all |about |over |nearly |almost |at least |back )?(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|couple of) )?(?:years?|yrs?|decades?) ago\b|\b(?:that|this|it) was (?:back )?in (?:19|20)\d\d\b/;

/**
 * Said of a whole sentence about a known condition: it is the same as always. Not when the
 * sentence also says something is worse, new or not working.
 */
export const SAME_AS_ALWAYS =
  /\b(?:same as (?:always|usual|ever|before|normal|every time)|no different (?:from|to|than) (?:usual|normal|always|before)|nothing (?:new|different) (?:about it|there)?|unchanged for (?:years|months))\b/;
export const NOT_AS_ALWAYS =
  /\b(?:but|today|tonight|now|this time|suddenly|faint|fainted|dizzy|lots|loads|heavy|heavily|clots?|worse|worsening|new|different|not helping|isn't helping|not working|isn't working|can't|cannot|won't|more|spreading|heavier|bigger|first time|never)\b/;

/** Help-seeking words that name the writer but not as the patient ("what do I do?"). */
export const HELP_SEEKING =
  /\b(?:what (?:do|should|can|shall) (?:i|we) do|(?:should|can|do|shall) (?:i|we) (?:take|bring|call|ring|phone|get|give|feed|keep|worry|be worried)|how (?:do|can|should) (?:i|we)|is there anything (?:i|we) can do|(?:i|we) (?:think|wonder|wondered)|(?:i'm|i am|we're|we are) (?:worried|scared|not sure|wondering))\b/g;

/**
 * A clinician who has seen it and named a condition that is no emergency: "the GP said it was
 * a chest infection", "diagnosed with costochondritis". Clears its sentence like CLEARED.
 */
export const CLEARED_DIAGNOSIS =
  /\b(?:doctor|doc|gp|nurse|pharmacist|cardiologist|consultant|specialist|a&e|hospital|walk-in|urgent care|out of hours|111|she|he|they|dentist|optician|midwife|physio)\b[^.!?]{0,80}?\b(?:said|says|told (?:me|us|him|her)|thinks|reckons|diagnosed|confirmed)\b(?:[^.!?]{0,50}?\b(?:is|are|was|were|it's)\b (?:just |only |completely |totally |probably )?(?:harmless|benign|innocent|ectopic beats|ectopics|nothing to worry about|nothing serious|not serious|not dangerous)\b|[^.!?]{0,20}?\b(?:it was|it's|it is|its|(?:him|her|me|us)? ?with|as) (?:just |only |probably |likely )?(?:a |an )?(?:chest infection|cold|common cold|virus|viral infection|ear infection|throat infection|tonsillitis|sinusitis|costochondritis|muscle strain|pulled muscle|strain|sprain|tension headache|migraine|ibs|reflux|gastritis|gastroenteritis|a tummy bug|tummy bug|conjunctivitis|eczema|hay fever|anxiety|panic attacks?|a panic attack|bronchitis|croup|hand foot and mouth|chickenpox|thrush|cystitis|a uti|uti|piles|haemorrhoids|hemorrhoids|trapped wind|constipation|teething|colic|growing pains|shin splints|tendonitis|indigestion)\b)/;

/** "We're already at the hospital", "the midwife is with us": in care now. */
export const IN_CARE =
  /\b(?:(?:we're|we are|i'm|i am|he's|he is|she's|she is|they're|they are) (?:already |now |currently )?(?:at|in) (?:the )?(?:hospital|a&e|maternity|maternity unit|labour ward|delivery suite|birth centre)|(?:midwife|midwives|doctor|doctors|nurse|nurses|paramedics?|ambulance crew) (?:is|are) (?:already )?(?:with (?:us|him|her|me|them)|here))\b/;

// The shared cue lists of scope.ts, each with the guard that must match before its cue runs:
// the lists of scope-cues.ts and this file's further wordings of the same cue, read as one.

/** A cue that only runs where its cheap guard matches. */
export interface GuardedCue {
  guard: RegExp;
  cue: RegExp;
}

/** "If …", "what happens if …": a hypothetical stretch starts at each match. */
export const HYPOTHETICAL_CUES: readonly GuardedCue[] = [
  { guard: MAY_BE_HYPOTHETICAL, cue: HYPOTHETICAL_CUE },
  { guard: MAY_BE_HYPOTHETICAL_MORE, cue: HYPOTHETICAL_MORE },
];

/** "Signs of …", "is it safe to …": what follows each match is asked about. */
export const ABOUT_CUES: readonly GuardedCue[] = [
  { guard: MAY_BE_ABOUT, cue: ABOUT_CUE },
  { guard: MAY_BE_ABOUT_MORE, cue: ABOUT_CUE_MORE },
  { guard: MAY_BE_PEOPLE_QUESTION, cue: PEOPLE_QUESTION },
  { guard: MAY_BE_WHAT_LIKE, cue: WHAT_LIKE },
  { guard: MAY_BE_COULD_HAVE, cue: COULD_HAVE },
];

/** Idioms and things (not a body) whose whole match is no symptom. */
export const FIGURATIVE_CUES: readonly GuardedCue[] = [
  { guard: MAY_BE_FIGURATIVE, cue: FIGURATIVE },
  { guard: MAY_BE_NOT_BODY, cue: NOT_BODY },
  { guard: MAY_BE_PARANOID, cue: PARANOID_WORRIED },
  { guard: MAY_BE_STUDY_TOPIC, cue: STUDY_TOPIC },
  { guard: MAY_BE_FICTION_SCENE, cue: FICTION_SCENE },
  { guard: MAY_BE_SO_MUCH, cue: SO_MUCH_I_COULD },
];

/** A topic named just before a crisis word ("an essay on suicide"). */
export const TOPIC_BEFORE_CUES: readonly RegExp[] = [TOPIC_BEFORE, TOPIC_BEFORE_MORE];
