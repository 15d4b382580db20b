// How far a statement about a whole episode reaches: a clearance ("nothing wrong with them",
// "the GP said it was fine"), a long-standing pattern ("nothing new", "been like that for
// years"). Each covers its own clause and what was told before it, the episode it comments
// on, and not a present event told after it in a clause of its own: "nothing new with his
// meds, he just took 30 of his sleeping tablets", "kids are fine, nothing wrong with them, I
// took all my tablets".

import { execAll } from './exec-all';
import { HISTORY_SENTENCE } from './scope-cues';

/** A subject whose verb must follow, and one that carries its own ("he's", "i'm"). */
const SUBJECT = "(?:i|he|she|we|they|it's|(?:my|his|her|our|their|the) \\w+)";
const SUBJECT_VERB = "(?:i'm|i've|i'd|he's|she's|we're|we've|they're|they've)";
const VERB =
  "(?:just|has|have|had|took|taken|swallowed|drank|ate|is|are|was|were|am|can't|cannot|couldn't|won't|keeps?|started|suddenly|collapsed|fell|hit|banged|got|gone|went|been|now|feel|feels|felt|need|needs)";
/** A past or present event told by its verb: "took", "swallowed", "collapsed". */
const EVENT =
  '(?:just|took|taken|swallowed|drank|downed|necked|collapsed|fell|cut|overdosed|tried|jumped|started|suddenly)';

/** A state told as small or passing: the cleared episode described, not a new one. */
const MINOR =
  '\\s+(?:just\\s+|only\\s+|still\\s+)?(?:feeling\\s+|felt\\s+)?(?:a (?:bit|little|tad)|slightly|mildly|fine|ok|okay|better|well|getting better)\\b';

/** Someone named by their relation to the writer: "the baby", "my wife's brother", "the older one". */
const KIN =
  "(?:the|my|our|his|her|their)\\s+(?:\\w+'s\\s+)?(?:(?:older|younger|oldest|eldest|youngest|little|other|middle|new) )?(?:baby|newborn|toddler|son|daughter|child|kid|boy|girl|husband|wife|partner|mum|mom|mam|mother|dad|father|brother|sister|gran|nan|grandma|grandad|granddad|grandpa|grandmother|grandfather|grandson|granddaughter|uncle|aunt|auntie|friend|flatmate|boyfriend|girlfriend|neighbou?r|colleague|one|twins?)\\b";

/**
 * A new person or topic after a clearance, even without a verb: "kids are fine, nothing wrong
 * with them, it's the baby, 3 weeks old, vomiting green bile", "..., but my daughter, 4, ...",
 * "..., my son though, stung by a wasp", "..., my mum on the other hand has collapsed". The
 * clearance was said of someone else; what is told of the new person is not cleared.
 */
const NEW_TOPIC = `,\\s*(?:and\\s+|but\\s+)?(?:it's|its|it is)\\s+(?:me\\b|${KIN})|,\\s*but\\s+${KIN}|,\\s*(?:and\\s+)?${KIN}(?:\\s+(?:though|tho|however|on the other hand)\\b|\\s*,\\s*(?:\\d|aged\\b|who\\b))`;

/**
 * A statement of its own after a clearance: a comma, a new subject and its verb ("..., i
 * took", "..., he's choking"); a comma and an event without a subject ("..., just took an
 * overdose"); or, in a message without commas, a person and an event ("nothing wrong with
 * them i swallowed"); or a new person or topic (NEW_TOPIC).
 */
const NEW_STATEMENT = new RegExp(
  `${NEW_TOPIC}|,\\s*(?:and\\s+|but\\s+|so\\s+|then\\s+)?(?:${SUBJECT_VERB}|${SUBJECT}\\s+(?:\\w+\\s+){0,3}?${VERB})\\b(?!${MINOR})|,\\s*(?:and\\s+|but\\s+|then\\s+)?(?:just\\s+|now\\s+|then\\s+)?${EVENT}\\b|\\s(?:i|he|she|we|they)\\s+(?:just\\s+|have\\s+|has\\s+)?${EVENT}\\b`,
);

/**
 * An event told as done, after a comma ("..., he has taken 40 of her pills"), or told by someone
 * or said to be done already: no condition's
 * consequence is told in the perfect or the past, so a hypothetical ("what do I do if he
 * wakes up") ends there.
 */
const DONE = '(?:took|taken|swallowed|drank|downed|collapsed|fell|overdosed|jumped|stopped)';
const TOLD_EVENT = new RegExp(
  `,\\s*(?:and\\s+|but\\s+)?(?:${SUBJECT}|${SUBJECT_VERB})\\s+(?:has\\s+|have\\s+|had\\s+)?(?:just\\s+|already\\s+)?${DONE}\\b` +
    // Without a comma when someone told it, or "already" says it: "asked me what happens if
    // you overdose and then told me she already took a whole box" (phase 25).
    `|\\s(?:and\\s+)?(?:then\\s+)?(?:told\\s+(?:me|us)|tells\\s+(?:me|us)|said|says|admitted|admits)\\s+(?:that\\s+)?(?:${SUBJECT}|${SUBJECT_VERB})\\s+(?:has\\s+|have\\s+|had\\s+)?(?:just\\s+|already\\s+)?${DONE}\\b` +
    `|\\s(?:and|but)\\s+(?:${SUBJECT})\\s+(?:has\\s+|have\\s+|had\\s+)?(?:already|just)\\s+${DONE}\\b`,
);

/** Where a hypothetical stretch of `text` (from its cue) gives way to a told event, or -1. */
export function toldEventAt(text: string): number {
  const m = TOLD_EVENT.exec(text);
  return m ? m.index : -1;
}

const HISTORY_ALL = new RegExp(HISTORY_SENTENCE.source, 'g');

/**
 * Whether a sentence-wide pattern cue ("nothing new", "been like that for years") covers a
 * word whose stretch starts `stretch` characters into the sentence: a cue covers its own
 * stretch and the stretches before it, not one told after it.
 */
export function historyReaches(sentence: string, stretch: number): boolean {
  if (!HISTORY_SENTENCE.test(sentence)) return false;
  return execAll(HISTORY_ALL, sentence).some((m) => m.index + m[0].length >= stretch);
}

/**
 * Whether a clearance found earlier in the same sentence still reaches a word `reach`
 * characters into `text` (which starts at the clearance and runs past the word): not once a
 * statement of its own opens before the word.
 */
export function clearanceReaches(text: string, reach: number): boolean {
  const m = NEW_STATEMENT.exec(text);
  return !m || m.index >= reach;
}
