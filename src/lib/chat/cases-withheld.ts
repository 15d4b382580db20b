// Which messages get no similar cases from the dataset. A crisis (an emergency, or a person's
// mental-health crisis at any level) takes no forum stories as examples: what it needs is the
// banner's advice, now. One narrow exception: a physical emergency sign in a message that is
// not about now (how to keep a kidney stone from coming back, nosebleeds several times a week,
// cellulitis for the second time in two months) is a question like any other, and a case from
// the dataset helps it; the triage banner is shown all the same. Never an exception: a
// mental-health crisis, an overdose or poisoning, something swallowed, withdrawal, an assault.
// Used by the Chat's retriever and by the answer pipeline, so that both withhold the same. Pure.
import { isCrisis } from '../safety/triage/crisis';
import type { Triage } from '../safety/triage/types';

/** Flags whose messages never get cases, whatever they ask. */
const NEVER_CASES: ReadonlySet<string> = new Set([
  'suicide-risk',
  'mental-health-danger',
  'mental-health-urgent',
  'overdose-poisoning',
  'swallowed-hazard',
  'medication-error',
  'ingestion-advice',
  'fumes-exposure',
  'withdrawal-danger',
  'alcohol-withdrawal',
  'sexual-assault',
]);

const NUMBER = String.raw`(?:\d+|an?|one|two|three|four|five|six|several|a few|few|a couple(?: of)?|couple(?: of)?|many)`;

/** Asked how to keep it from happening (again). */
const PREVENTION = new RegExp(
  [
    String.raw`\bprevent`,
    String.raw`\bso (?:that )?(?:i|it|this|they|she|he|we|my \w+) (?:do(?:es)?n'?t|do(?:es)? not|won'?t|will not|never|can'?t|cannot) (?:get|happen|come|have|go)`,
    String.raw`\bnever (?:happens?|comes?|get|have) (?:back|again|another)`,
    // Not "getting more breathless".
    String.raw`\b(?:get|getting|have|having|form|forming) another\b`,
    String.raw`\b(?:happen|come back|recur)s? again\b`,
    String.raw`\bfrom (?:happening|coming back|recurring)`,
    String.raw`\bkeeps? (?:coming back|recurring)`,
    String.raw`\b(?:lower|reduce|cut) (?:my|the|her|his|their) (?:risk|chances?)`,
  ].join('|'),
  'i',
);

/** A pattern over weeks, months or years, or the same thing again and again. */
const PATTERN = new RegExp(
  [
    String.raw`\b(?:almost |nearly )?every (?:other |few |couple of )?(?:weeks?|months?|years?)\b`,
    String.raw`\b${NUMBER} (?:times? )?(?:a|per|each|every) (?:week|month|year)\b`,
    // Not "good for 6 year olds".
    String.raw`\bfor (?:like |about |around |over |almost |nearly |the (?:last|past) )?${NUMBER} (?:weeks?|months?|years?)\b(?![- ]olds?\b)`,
    String.raw`\bfor (?:weeks|months|years)\b`,
    // Not "a rash all over 5 weeks after starting it".
    String.raw`\b(?:in|over) the (?:last|past) (?:like |about )?${NUMBER} (?:weeks|months|years)\b`,
    String.raw`\bin (?:like |about |under |less than )?${NUMBER} (?:weeks|months|years)\b`,
    String.raw`\b(?:2nd|3rd|[4-9]th|second|third|fourth|fifth) time\b`,
  ].join('|'),
  'i',
);

/** It is happening now, or getting worse: the history does not make it less urgent. */
const NOW = new RegExp(
  [
    String.raw`\b(?:right )?now\b`,
    String.raw`\b(?:currently|at the moment|tonight|today|this (?:morning|afternoon|evening))\b`,
    String.raw`\b(?:${NUMBER}|\d+) ?(?:mins?|minutes?|hours?|hrs?) ago\b`,
    String.raw`\bsuddenly\b|\ball of a sudden\b|\bjust (?:started|happened|now)\b`,
    // A change on top of a long story: "sciatica for weeks but since yesterday I can't…".
    String.raw`\bsince (?:yesterday|last night|this morning|(?:on )?(?:sun|mon|tues|wednes|thurs|fri|satur)day)\b`,
    String.raw`\b(?:it'?s|it has|has) (?:been |felt |gone )?(?:different|worse)\b`,
    String.raw`\b(?:getting|got) worse\b`,
    String.raw`\b(?:won'?t|will not|does ?n'?t|does not|can'?t|cannot|can not) (?:stop|breathe|wake)`,
    // "What do I do" in a panic, not "what can I do so it does not come back".
    String.raw`\bwhat (?:do|should) (?:i|we) do\b(?! so\b| to\b| differently\b)`,
  ].join('|'),
  'i',
);

/** True when `text`, triaged as `triage`, gets no similar cases. */
export function withholdsCases(text: string, triage: Triage): boolean {
  if (!isCrisis(triage)) return false;
  if (triage.flags.some((f) => NEVER_CASES.has(f.id))) return true;
  const notNow = (PREVENTION.test(text) || PATTERN.test(text)) && !NOW.test(text);
  return !notNow;
}
