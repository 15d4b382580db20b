// Data for scope.ts: the shared cue lists, each with the guard that must match before its cue
// runs: the lists of scope-cues.ts and the further wordings of the same cues below (phase 7,
// helper e: false alarms, probe set of routine look-alikes written before the code was read)
// and of the scope-*.ts files named in the imports, read as one.

import {
  ABOUT_CUE,
  HYPOTHETICAL_CUE,
  MAY_BE_ABOUT,
  MAY_BE_HYPOTHETICAL,
  TOPIC_BEFORE,
} from './scope-cues';
import {
  FIGURATIVE,
  MAY_BE_FIGURATIVE,
  MAY_BE_NOT_BODY,
  MAY_BE_PARANOID,
  MAY_BE_STUDY_TOPIC,
  NOT_BODY,
  PARANOID_WORRIED,
  STUDY_TOPIC,
} from './scope-figurative';
import {
  FICTION_SCENE,
  MAY_BE_FICTION_SCENE,
  MAY_BE_MEDIA_SCENE,
  MEDIA_SCENE,
  WRITER_CHARACTER,
  WRITER_SCENE,
  MAY_BE_WRITER_SCENE,
} from './scope-fiction-scene';
import { COLOUR_CAUSE, MAY_BE_COLOUR_CAUSE } from './scope-colour-cause';
import { CRISIS_LOOK_ALIKE, MAY_BE_CRISIS_LOOK_ALIKE } from './scope-crisis-look-alikes';
import { MAY_BE_SO_MUCH, SO_MUCH_I_COULD } from './scope-hyperbole';
import { MAY_BE_SIMILE, SIMILE } from './scope-simile';
import { MAY_BE_PEOPLE_QUESTION, PEOPLE_QUESTION } from './scope-people-question';
import { MAY_BE_WHAT_LIKE, WHAT_LIKE } from './scope-what-like';
import {
  DRIVE_AFTER_SEIZURE,
  FEBRILE_SEIZURE_NAMED,
  MAY_BE_DRIVE_AFTER,
  MAY_BE_FEBRILE_NAMED,
  MAY_BE_MENTION,
  MAY_BE_NEEDLE_DISPOSAL,
  MAY_BE_PARTNER_WORRY,
  MAY_BE_WHAT_WORD,
  NEEDLE_DISPOSAL,
  PARTNER_WORRY_SEX,
  MENTION_ABOUT,
  NEWS_BEFORE,
  SONG_QUOTED_BEFORE,
  SERVICE_TOPIC_BEFORE,
  ESSAY_QUESTION_BEFORE,
  CLINICIAN_TREATED_BEFORE,
  GAME_MEME_SLANG,
  MAY_BE_GAME_MEME,
  WHAT_WORD_MEANS,
} from './scope-harmless-mentions';
import {
  CONFUSED_SIGN_OFF,
  MAKE_SAFE,
  MAY_BE_CONFUSED_SIGN_OFF,
  MAY_BE_MAKE_SAFE,
  MAY_BE_PERIODIC_BREATHING,
  PERIODIC_BREATHING,
} from './scope-child-normals';

/**
 * More words before a condition that make it the topic of a question (added to ABOUT_CUE):
 * "what actually happens in anaphylaxis", "what counts as a fever", "I read that
 * ramipril can cause tongue swelling", "side effects like drowsiness", "a case of scarlet
 * fever at nursery" (not "exposed to chickenpox": in pregnancy the exposure itself needs a
 * call), "does ibuprofen make asthma worse" (a named condition, not "my chest pain"), "watched
 * a programme about sepsis", "how long after concussion before I can play rugby", "heard it
 * gives them a fever" (phase 20's fresh sets). Not "a friend posted that...": a friend's post
 * may tell of an overdose happening now.
 */
export const ABOUT_CUE_MORE =
  /\b(?:what (?:actually |really |exactly )?happens (?:in|during|with|to (?:you|someone|somebody|people|a person|the body) (?:in|during|with))|(?:counts?|counted|classed|classified|considered|defined) as (?:a |an )?|(?:read|heard|seen|saw|told (?:me|us)|says|said|warned (?:me|us)?) (?:online |somewhere |on (?:the )?\w+ )?that (?:\w+ ){1,3}(?:can|could|may|might|sometimes) (?:cause|give you|lead to|trigger|bring on)|side[- ]?effects? (?:like|such as|include|including|are|of)|(?:a case|cases|an outbreak|outbreaks) of|(?:watched|watching|saw|seen|read) (?:a|an|the|this|that) (?:\w+ )?(?:thing|programme|program|show|documentary|video|film|movie|clip|tiktok|reel|post|article|story|episode|report|segment|item|piece) (?:about|on)|how long (?:after|following) (?:a |an |my |his |her |the )?|(?:heard|read|told|say|says) (?:that )?(?:it|they|the \w+|these|those|this|that) (?:gives?|causes?|can (?:give|cause)|makes?) (?:you |them |him |her |babies |kids |children |people )?|(?:does|do|can|could|will|would) (?:\w+ ){1,2}make (?=(?:asthma|eczema|diabetes|epilepsy|migraines?|psoriasis|ibs|acne|arthritis|gout|copd|angina|heart failure|reflux)\b))/g;

/** Cheap guard for ABOUT_CUE_MORE. */
export const MAY_BE_ABOUT_MORE =
  /\b(?:happens|counts?|counted|classed|classified|considered|defined|read|heard|seen|saw|told|say|says|said|warned|side|case|cases|outbreaks?|make|watched|watching|after|following|gives?|causes?|makes)\b/;

/**
 * Before a crisis word: the warning signs asked about for someone else, without "that" or
 * "if" ("what are the signs someone might be suicidal?").
 */
export const TOPIC_BEFORE_MORE =
  /\b(?:signs?|symptoms?|tell|know|spot|recogni[sz]e|notice) (?:\w+ ){0,3}?(?:someone|somebody|a person|people|anyone|a (?:friend|pupil|student|child|teenager|colleague|patient)) (?:might|may|could|would|is|are)(?: be)?(?:\s+\w+){0,2}\s*$/;

/** "What would happen if...": the rest of the sentence is imagined (added to the hypotheticals). */
export const HYPOTHETICAL_MORE =
  /\b(?:what (?:would|could|might|will) (?:happen|happens) (?:if|when)|what (?:would|could) (?:i|we|you) do (?:if|when)|(?:curious|wondering|asking) (?:what|whether|if) (?:would )?happens?)\b/g;

/** Cheap guard for HYPOTHETICAL_MORE. */
export const MAY_BE_HYPOTHETICAL_MORE = /\b(?:happen|happens|do)\b/;

/**
 * A written instruction for what to do if a sign appears, as pasted from a discharge letter or a
 * leaflet: "Return to ED if fever above 38C, increasing redness or discharge from wounds, unable
 * to pass urine", "Seek advice if: wound redness, discharge or fever; heavy bleeding; calf pain"
 * (phase 23's fresh set: both read as emergencies). The signs listed are imagined, to the
 * sentence's end. Only the imperative opening a sentence or following a colon: "should I go
 * back to A&E if he's still struggling to breathe" asks about a sign that is there.
 */
export const SAFETY_NET_IF =
  /(?:^\W*(?:(?:advice|advised|instructions?|safety[- ]?net(?:ting)?|please|when to get help)[,:.\s]+)*|[:;]\s*['"]?\s*)(?:(?:seek|get) (?:urgent |immediate |medical |further |emergency |prompt )*(?:advice|help|attention|care|review)|return|come back|go back|re-?attend|attend (?:a&e|ed|hospital)|go (?:straight )?to (?:a&e|ed|hospital)|(?:call|ring|phone|contact|dial) (?:[\w&]+ ){0,3}?)(?: (?:to|at) (?:the |your |a |us )?(?:ed|a&e|a and e|hospital|ward|gp|surgery|emergency department|us|clinic))?(?: (?:immediately|urgently|straight away|at once|promptly|asap|sooner))? (?:if|should|in case)\b/g;

/** Cheap guard for SAFETY_NET_IF. */
export const MAY_BE_SAFETY_NET = /\b(?:if|should|in case)\b/;

/** A cue that only runs where its cheap guard matches. */
export interface GuardedCue {
  guard: RegExp;
  cue: RegExp;
}

/** "If …", "what happens if …", "return to ED if …": a hypothetical stretch starts at each match. */
export const HYPOTHETICAL_CUES: readonly GuardedCue[] = [
  { guard: MAY_BE_HYPOTHETICAL, cue: HYPOTHETICAL_CUE },
  { guard: MAY_BE_HYPOTHETICAL_MORE, cue: HYPOTHETICAL_MORE },
  { guard: MAY_BE_SAFETY_NET, cue: SAFETY_NET_IF },
];

/**
 * Someone's death from a condition is a story, not a sign ("her cousin died of sepsis, how do
 * you even get it", phase 19's fresh triage set): what follows is talked about. A clause that
 * says now ("and now my mum has a fever…") is a clause of its own.
 */
export const DIED_OF =
  /\b(?:died|passed away|was killed|were killed|death) (?:of|from|by|due to)\b/g;

/** Cheap guard for DIED_OF. */
export const MAY_BE_DIED_OF = /\b(?:died|passed|killed|death)\b/;

/**
 * "Is chest pain a symptom of covid?": the symptom is asked about, not said of anyone (phase
 * 19's fresh triage set). Only at the start of the question, with a symptom of at most four
 * words: "is it normal to have chest pain with covid, mine is really bad" stays said.
 */
export const IS_A_SYMPTOM_OF =
  /(?:^|[.?!]\s*)\W*(?:(?:hi|hey|hello|quick question|just wondering|random question|so)[,!.:\s]+)*(?:is|are|can|could) (?=(?:\w+ ){1,4}(?:a |an |one of the |the )?(?:common |usual |typical |known |main |early )?(?:symptoms?|signs?|side[- ]?effects?) of\b)/g;

/** Cheap guard for IS_A_SYMPTOM_OF. */
export const MAY_BE_SYMPTOM_OF = /\b(?:symptoms?|signs?|effects?) of\b/;

/**
 * "Should I give Calpol to stop her having a fit?": what is to be stopped has not happened
 * (phase 25, fresh-triage-p25y gq078). The same as "to prevent", already an about cue.
 */
export const TO_STOP_HAVING =
  /\bto (?:stop|keep) (?:him|her|them|it|my \w+|the \w+) (?:from )?(?:having|getting|going into|bringing on)\b/g;

/** Cheap guard for TO_STOP_HAVING. */
export const MAY_BE_TO_STOP = /\bto (?:stop|keep)\b/;

/** "Signs of …", "is it safe to …": what follows each match is asked about. */
export const ABOUT_CUES: readonly GuardedCue[] = [
  { guard: MAY_BE_DIED_OF, cue: DIED_OF },
  { guard: MAY_BE_SYMPTOM_OF, cue: IS_A_SYMPTOM_OF },
  { guard: MAY_BE_ABOUT, cue: ABOUT_CUE },
  { guard: MAY_BE_ABOUT_MORE, cue: ABOUT_CUE_MORE },
  { guard: MAY_BE_PEOPLE_QUESTION, cue: PEOPLE_QUESTION },
  { guard: MAY_BE_WHAT_LIKE, cue: WHAT_LIKE },
  { guard: MAY_BE_TO_STOP, cue: TO_STOP_HAVING },
  { guard: MAY_BE_MENTION, cue: MENTION_ABOUT },
];

/** Idioms and things (not a body) whose whole match is no symptom. */
export const FIGURATIVE_CUES: readonly GuardedCue[] = [
  { guard: MAY_BE_FIGURATIVE, cue: FIGURATIVE },
  { guard: MAY_BE_MAKE_SAFE, cue: MAKE_SAFE },
  { guard: MAY_BE_PERIODIC_BREATHING, cue: PERIODIC_BREATHING },
  { guard: MAY_BE_CONFUSED_SIGN_OFF, cue: CONFUSED_SIGN_OFF },
  { guard: MAY_BE_WHAT_WORD, cue: WHAT_WORD_MEANS },
  { guard: MAY_BE_NEEDLE_DISPOSAL, cue: NEEDLE_DISPOSAL },
  { guard: MAY_BE_DRIVE_AFTER, cue: DRIVE_AFTER_SEIZURE },
  { guard: MAY_BE_PARTNER_WORRY, cue: PARTNER_WORRY_SEX },
  { guard: MAY_BE_GAME_MEME, cue: GAME_MEME_SLANG },
  { guard: MAY_BE_NOT_BODY, cue: NOT_BODY },
  { guard: MAY_BE_PARANOID, cue: PARANOID_WORRIED },
  { guard: MAY_BE_STUDY_TOPIC, cue: STUDY_TOPIC },
  { guard: MAY_BE_FICTION_SCENE, cue: FICTION_SCENE },
  { guard: MAY_BE_MEDIA_SCENE, cue: MEDIA_SCENE },
  { guard: MAY_BE_FICTION_SCENE, cue: WRITER_CHARACTER },
  { guard: MAY_BE_WRITER_SCENE, cue: WRITER_SCENE },
  { guard: MAY_BE_COLOUR_CAUSE, cue: COLOUR_CAUSE },
  { guard: MAY_BE_CRISIS_LOOK_ALIKE, cue: CRISIS_LOOK_ALIKE },
  { guard: MAY_BE_FEBRILE_NAMED, cue: FEBRILE_SEIZURE_NAMED },
  { guard: MAY_BE_SO_MUCH, cue: SO_MUCH_I_COULD },
  { guard: MAY_BE_SIMILE, cue: SIMILE },
];

/**
 * A death told by its cause just before the crisis word: "a friend whose dad died by suicide"
 * (phase 19's second fresh set: a sympathy card read as a crisis). A story, whoever tells it.
 */
export const DIED_BY_BEFORE =
  /\b(?:died|deaths|lost (?:him|her|them)|passed away) (?:by|to|from|through)\s*$/;

/**
 * Slang other people use, quoted and asked about ("when kids online say 'kms' do they actually
 * mean it?"; phase 25, fresh-triage-p24g fq017): the word as a word, not said of anyone now.
 */
export const SLANG_QUOTED_BEFORE =
  /\b(?:when|if|why do|why does|what does it mean when) (?:kids|teens|teenagers|people|young people|children|students|gamers|they|friends)(?: online| on (?:tiktok|snapchat|discord|instagram|social media)| at school)? (?:say|write|type|post|use|put|comment)\s*"\s*$/;

/** A topic named just before a crisis word ("an essay on suicide"). */
export const TOPIC_BEFORE_CUES: readonly RegExp[] = [
  TOPIC_BEFORE,
  TOPIC_BEFORE_MORE,
  DIED_BY_BEFORE,
  SLANG_QUOTED_BEFORE,
  NEWS_BEFORE,
  SONG_QUOTED_BEFORE,
  SERVICE_TOPIC_BEFORE,
  ESSAY_QUESTION_BEFORE,
  CLINICIAN_TREATED_BEFORE,
];
