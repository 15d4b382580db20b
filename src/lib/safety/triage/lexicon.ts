// The lexicon: every clinical concept triage knows, with the lay words, misspellings and
// abbreviations that express it (the data lives in lexicon-*.ts, one file per domain, built
// condition by condition from public triage guidance; the sources are named in each file).
//
// Each concept has a kind, which decides which scope filters apply (scope.ts):
// - sign: a symptom or finding; it must be current, affirmed and about a real person;
// - crisis: words about suicide or harm; negation and "checked and cleared" still apply, but
//   a question or a past attempt does not silence them (a crisis line shown once too often
//   costs little);
// - context: who the person is and what puts them at risk (a baby, pregnant, on warfarin);
//   only a negation cancels it;
// - cue: a phrase that is itself a negation or a reassurance ("no plan"); never filtered.

import { BELLY_SIGNS } from './lexicon-belly';
import { BRAIN_SIGNS, MIND_CRISIS, MIND_SIGNS } from './lexicon-brain-mind';
import { CHILD_SIGNS, QUALIFIERS } from './lexicon-child';
import { CUES } from './lexicon-cues';
import { RISK, WHO } from './lexicon-context';
import { GENERAL_SIGNS } from './lexicon-general';
import { GP_TODAY_SIGNS } from './lexicon-gp-today';
import { HEART_LUNG_SIGNS } from './lexicon-heart-lungs';
import { EYE_SKIN_SIGNS, INJURY_SIGNS } from './lexicon-injury-skin';
import { POISON_BLOOD_SIGNS } from './lexicon-poison-blood';
import { SAME_DAY_CONTEXT, SAME_DAY_CUES, SAME_DAY_SIGNS } from './lexicon-same-day';
import { WAVE9B_CONTEXT, WAVE9B_CRISIS, WAVE9B_CUES, WAVE9B_SIGNS } from './lexicon-wave9-b';
import { WAVE9A_CUES, WAVE9A_SIGNS } from './lexicon-wave9-a';
import { LOOK_ALIKE_SIGNS } from './lexicon-look-alikes';
import { WAVE9D_CONTEXT, WAVE9D_CUES, WAVE9D_SIGNS } from './lexicon-wave9-d';
import { FOOD_CUES, FOOD_SIGNS } from './lexicon-food';
import { AFTER_CARE_SIGNS } from './lexicon-after-care';
import { YOUNG_PEOPLE_SIGNS } from './lexicon-young-people';
import { MIND_BODY_CONTEXT, MIND_BODY_SIGNS } from './lexicon-mind-body';
import { TIME_CRITICAL_CONTEXT, TIME_CRITICAL_SIGNS } from './lexicon-time-critical';
import { APPEARANCE_SIGNS } from './lexicon-appearance';
import { ASIDE_CONTEXT, ASIDE_CUES, ASIDE_SIGNS } from './lexicon-aside';
import { CANT_SAY_CONTEXT, CANT_SAY_SIGNS } from './lexicon-cant-say';
import { BARRIERS_CONTEXT, BARRIERS_CRISIS, BARRIERS_SIGNS } from './lexicon-barriers';
import { DEVICES_CONTEXT, DEVICES_SIGNS } from './lexicon-devices';
import { NIGHTS_OUT_SIGNS } from './lexicon-nights-out';
import { HEAD_NERVES_CONTEXT, HEAD_NERVES_CUES, HEAD_NERVES_SIGNS } from './lexicon-head-nerves';
import { BELLY_MORE_CONTEXT, BELLY_MORE_SIGNS } from './lexicon-belly-more';
import { CHEST_BREATH_SIGNS } from './lexicon-chest-breath';
import { SKIN_MORE_SIGNS } from './lexicon-skin-more';
import { CRISIS_MORE_CUES, CRISIS_MORE_SIGNS } from './lexicon-crisis-more';
import { LITTLE_ONES_CUES, LITTLE_ONES_SIGNS } from './lexicon-little-ones';
import { BABIES_TODDLERS_CUES, BABIES_TODDLERS_SIGNS } from './lexicon-babies-toddlers';
import { UNDER_FIVES_CUES, UNDER_FIVES_SIGNS } from './lexicon-under-fives';
import { OLDER_CARERS_CUES, OLDER_CARERS_SIGNS } from './lexicon-older-carers';
import { MEDICINES_MORE_CUES, MEDICINES_MORE_SIGNS } from './lexicon-medicines-more';
import { MEDICINES_THIRD_SIGNS } from './lexicon-medicines-third';
import { AFTER_SEEN_CONTEXT, AFTER_SEEN_SIGNS } from './lexicon-after-seen';
import {
  CRISIS_THIRD_CONTEXT,
  CRISIS_THIRD_CUES,
  CRISIS_THIRD_SIGNS,
} from './lexicon-crisis-third';
import { CHEST_THIRD_CUES, CHEST_THIRD_SIGNS } from './lexicon-chest-third';
import { HEAD_THIRD_CUES, HEAD_THIRD_SIGNS } from './lexicon-head-third';
import { INJURIES_THIRD_SIGNS } from './lexicon-injuries-third';
import { BELLY_THIRD_SIGNS } from './lexicon-belly-third';
import { WEEK_THIRD_SIGNS } from './lexicon-week-third';
import { PREGNANCY_THIRD_SIGNS } from './lexicon-pregnancy-third';
import { OLDER_THIRD_SIGNS } from './lexicon-older-third';
import { CHILD_THIRD_SIGNS } from './lexicon-child-third';
import { SKIN_THIRD_SIGNS } from './lexicon-skin-third';
import { INFECTIONS_THIRD_SIGNS } from './lexicon-infections-third';
import { SEXUAL_THIRD_SIGNS } from './lexicon-sexual-third';
import { NIGHTS_THIRD_SIGNS } from './lexicon-nights-third';
import { PREGNANCY_MORE_CUES, PREGNANCY_MORE_SIGNS } from './lexicon-pregnancy-more';
import { INJURIES_MORE_SIGNS } from './lexicon-injuries-more';
import { INFECTIONS_MORE_CUES } from './lexicon-infections-more';
import { CRISIS_SECOND_CUES, CRISIS_SECOND_SIGNS } from './lexicon-crisis-second';
import { SKIN_SECOND_CUES, SKIN_SECOND_SIGNS } from './lexicon-skin-second';
import { FAMILIES_CUES, FAMILIES_SIGNS } from './lexicon-families';
import { BELLY_SECOND_SIGNS } from './lexicon-belly-second';
import { CHEST_SECOND_SIGNS } from './lexicon-chest-second';
import { HEAD_SECOND_CUES, HEAD_SECOND_SIGNS } from './lexicon-head-second';
import { SCHOOL_AGE_CUES, SCHOOL_AGE_SIGNS } from './lexicon-school-age';
import { WORK_OUTDOORS_SIGNS } from './lexicon-work-outdoors';
import { LONG_TERM_SECOND_SIGNS } from './lexicon-long-term-second';
import { TIME_CRITICAL_SECOND_SIGNS } from './lexicon-time-critical-second';
import { SAME_DAY_SECOND_SIGNS } from './lexicon-same-day-second';
import { TIME_CRITICAL_THIRD_SIGNS } from './lexicon-time-critical-third';
import { SAME_DAY_THIRD_CUES, SAME_DAY_THIRD_SIGNS } from './lexicon-same-day-third';
import { SAME_DAY_FOURTH_CUES, SAME_DAY_FOURTH_SIGNS } from './lexicon-same-day-fourth';
import {
  AF_CUES,
  DECIDED_CUES,
  HEAVY_PERIOD_CUES,
  MEDICINE_DAYS_CUES,
  MIND_NO_DANGER_CUES,
  MISSED_999_CUES,
  NARROW_DRUG_CUES,
  QUINSY_CUES,
  RETENTION_CUES,
  SICK_DAY_CUES,
  SWALLOWED_BLOOD_CUES,
  NEWBORN_JAUNDICE_CUES,
  SAME_DAY_FIFTH_CUES,
  SELF_HARM_WOUND_CUES,
} from './lexicon-same-day-fifth';
import {
  BURN_SITE_CUES,
  CELLULITIS_LINE_CUES,
  CHEST_EPISODE_CUES,
  CHOKE_LATER_CUES,
  EYE_GRIT_CUES,
  FAINT_NO_BLOW_CUES,
  MISSED_999_SIXTH_CUES,
  PSYCH_MED_START_CUES,
  SAME_DAY_SIXTH_CUES,
  WITHDRAWAL_CUES,
} from './lexicon-same-day-sixth';
import { SEXUAL_SECOND_CUES, SEXUAL_SECOND_SIGNS } from './lexicon-sexual-second';
import { FOOD_SECOND_SIGNS } from './lexicon-food-second';
import { NIGHTS_SECOND_SIGNS } from './lexicon-nights-second';
import { SENSES_SECOND_SIGNS } from './lexicon-senses-second';
import { SKIN_FOURTH_CUES, SKIN_FOURTH_SIGNS } from './lexicon-skin-fourth';
import { INJURIES_FOURTH_CUES, INJURIES_FOURTH_SIGNS } from './lexicon-injuries-fourth';
import { SEXUAL_FOURTH_SIGNS } from './lexicon-sexual-fourth';
import { SENSES_FOURTH_CUES, SENSES_FOURTH_SIGNS } from './lexicon-senses-fourth';
import { PREGNANCY_FOURTH_CUES } from './lexicon-pregnancy-fourth';
import { CHILD_FOURTH_CUES, CHILD_FOURTH_SIGNS } from './lexicon-child-fourth';
import { INFECTIONS_FOURTH_CUES } from './lexicon-infections-fourth';
import { OLDER_FOURTH_CUES, OLDER_FOURTH_SIGNS } from './lexicon-older-fourth';
import { HEAD_FOURTH_CUES, HEAD_FOURTH_SIGNS } from './lexicon-head-fourth';
import { CHEST_FOURTH_CUES } from './lexicon-chest-fourth';
import { NIGHTS_FOURTH_CUES, NIGHTS_FOURTH_SIGNS } from './lexicon-nights-fourth';
import {
  CRISIS_FIFTH_SIGNS,
  CRISIS_FOURTH_CONTEXT,
  CRISIS_FOURTH_CUES,
  CRISIS_FOURTH_SIGNS,
} from './lexicon-crisis-fourth';
import {
  CANT_SAY_SECOND_CONTEXT,
  CANT_SAY_SECOND_CUES,
  CANT_SAY_SECOND_SIGNS,
} from './lexicon-cant-say-second';
import { BARRIERS_SECOND_CUES, BARRIERS_SECOND_SIGNS } from './lexicon-barriers-second';
import { MIND_BODY_SECOND_CUES, MIND_BODY_SECOND_SIGNS } from './lexicon-mind-body-second';
import { DEVICES_SECOND_SIGNS } from './lexicon-devices-second';
import { APPEARANCE_SECOND_SIGNS } from './lexicon-appearance-second';
import { ENGLISHES_SECOND_SIGNS } from './lexicon-englishes-second';
import { NEWBORNS_SECOND_SIGNS } from './lexicon-newborns-second';
import {
  CRISIS_SIXTH_CUES,
  CRISIS_SIXTH_MORE_SIGNS,
  CRISIS_SIXTH_SIGNS,
} from './lexicon-crisis-sixth';
import { BELLY_FIFTH_SIGNS } from './lexicon-belly-fifth';
import { ASIDE_SECOND_SIGNS } from './lexicon-aside-second';
import { PREGNANCY_FIFTH_SIGNS } from './lexicon-pregnancy-fifth';
import { SEXUAL_FIFTH_SIGNS } from './lexicon-sexual-fifth';
import { CHILD_SENSES_FIFTH_SIGNS } from './lexicon-child-senses-fifth';
import {
  OLDER_INFECTIONS_FIFTH_CONTEXT,
  OLDER_INFECTIONS_FIFTH_SIGNS,
} from './lexicon-older-infections-fifth';
import { LONG_TERM_THIRD_CONTEXT } from './lexicon-long-term-third';
import { WEEK_FOURTH_SIGNS } from './lexicon-week-fourth';
import {
  MEDICINES_FOURTH_CONTEXT,
  MEDICINES_FOURTH_CUES,
  MEDICINES_FOURTH_SIGNS,
} from './lexicon-medicines-fourth';
import { WORK_OUTDOORS_SECOND_SIGNS } from './lexicon-work-outdoors-second';
import { YOUNG_PEOPLE_SECOND_SIGNS } from './lexicon-young-people-second';
import { NEWBORNS_THIRD_CUES, NEWBORNS_THIRD_SIGNS } from './lexicon-newborns-third';
import type { Concepts } from './lexicon-types';
import { WAVE9_C_CONTEXT, WAVE9_C_CUES, WAVE9_C_SIGNS } from './lexicon-wave9-c';
import { execAll } from './exec-all';
import { compilePatterns } from './pattern';
import { matchPrefixes, requiredWords } from './pattern-starts';
import type { ScopeKind } from './scope';
import { wordId, type WordStarts } from './word-starts';

/** One pattern of a concept: compiled the first time a message could match it. */
export interface ConceptPart {
  /** The pattern, in pattern.ts's language. */
  readonly pattern: string;
  /**
   * Groups of words (requiredWords), numbered (wordId), of which every match needs one from
   * each group: a pattern whose groups are not all in a message is skipped (candidates.ts).
   */
  readonly needs: readonly (readonly number[])[];
  /**
   * The words every match begins with, as written (matchPrefixes), numbered (wordId), or
   * null when that cannot be told: then the whole message is scanned.
   */
  readonly leads: readonly number[] | null;
  /** Its expressions, once compiled (regexOf, stickyOf). */
  readonly compiled: { global?: RegExp; sticky?: RegExp };
}

export interface Concept {
  name: string;
  kind: ScopeKind;
  parts: readonly ConceptPart[];
}

const TABLES: readonly [ScopeKind, Concepts][] = [
  ['sign', GENERAL_SIGNS],
  ['sign', QUALIFIERS],
  ['sign', CHILD_SIGNS],
  ['sign', HEART_LUNG_SIGNS],
  ['sign', BRAIN_SIGNS],
  ['sign', MIND_SIGNS],
  ['sign', BELLY_SIGNS],
  ['sign', INJURY_SIGNS],
  ['sign', EYE_SKIN_SIGNS],
  ['sign', POISON_BLOOD_SIGNS],
  ['sign', SAME_DAY_SIGNS],
  ['sign', GP_TODAY_SIGNS],
  ['sign', WAVE9A_SIGNS],
  ['sign', WAVE9_C_SIGNS],
  ['crisis', MIND_CRISIS],
  ['context', WHO],
  ['context', RISK],
  ['context', SAME_DAY_CONTEXT],
  ['context', WAVE9_C_CONTEXT],
  ['cue', SAME_DAY_CUES],
  ['cue', CUES],
  ['sign', WAVE9B_SIGNS],
  ['crisis', WAVE9B_CRISIS],
  ['context', WAVE9B_CONTEXT],
  ['cue', WAVE9B_CUES],
  ['cue', WAVE9A_CUES],
  ['cue', WAVE9_C_CUES],
  ['sign', WAVE9D_SIGNS],
  ['context', WAVE9D_CONTEXT],
  ['cue', WAVE9D_CUES],
  ['sign', LOOK_ALIKE_SIGNS],
  ['sign', FOOD_SIGNS],
  ['cue', FOOD_CUES],
  ['sign', AFTER_CARE_SIGNS],
  ['sign', YOUNG_PEOPLE_SIGNS],
  ['sign', MIND_BODY_SIGNS],
  ['context', MIND_BODY_CONTEXT],
  ['sign', TIME_CRITICAL_SIGNS],
  ['context', TIME_CRITICAL_CONTEXT],
  ['sign', APPEARANCE_SIGNS],
  ['sign', ASIDE_SIGNS],
  ['context', ASIDE_CONTEXT],
  ['cue', ASIDE_CUES],
  ['sign', CANT_SAY_SIGNS],
  ['context', CANT_SAY_CONTEXT],
  ['sign', BARRIERS_SIGNS],
  ['crisis', BARRIERS_CRISIS],
  ['context', BARRIERS_CONTEXT],
  ['sign', DEVICES_SIGNS],
  ['context', DEVICES_CONTEXT],
  ['sign', NIGHTS_OUT_SIGNS],
  ['sign', HEAD_NERVES_SIGNS],
  ['cue', HEAD_NERVES_CUES],
  ['context', HEAD_NERVES_CONTEXT],
  ['sign', BELLY_MORE_SIGNS],
  ['context', BELLY_MORE_CONTEXT],
  ['sign', CHEST_BREATH_SIGNS],
  ['sign', SKIN_MORE_SIGNS],
  ['sign', CRISIS_MORE_SIGNS],
  ['cue', CRISIS_MORE_CUES],
  ['sign', LITTLE_ONES_SIGNS],
  ['cue', LITTLE_ONES_CUES],
  ['sign', BABIES_TODDLERS_SIGNS],
  ['cue', BABIES_TODDLERS_CUES],
  ['sign', UNDER_FIVES_SIGNS],
  ['cue', UNDER_FIVES_CUES],
  ['sign', OLDER_CARERS_SIGNS],
  ['cue', OLDER_CARERS_CUES],
  ['sign', MEDICINES_MORE_SIGNS],
  ['cue', MEDICINES_MORE_CUES],
  ['sign', MEDICINES_THIRD_SIGNS],
  ['sign', AFTER_SEEN_SIGNS],
  ['context', AFTER_SEEN_CONTEXT],
  ['sign', CRISIS_THIRD_SIGNS],
  ['context', CRISIS_THIRD_CONTEXT],
  ['cue', CRISIS_THIRD_CUES],
  ['sign', CRISIS_FOURTH_SIGNS],
  ['context', CRISIS_FOURTH_CONTEXT],
  ['cue', CRISIS_FOURTH_CUES],
  ['sign', CRISIS_FIFTH_SIGNS],
  ['sign', SKIN_FOURTH_SIGNS],
  ['cue', SKIN_FOURTH_CUES],
  ['sign', INJURIES_FOURTH_SIGNS],
  ['cue', INJURIES_FOURTH_CUES],
  ['sign', SEXUAL_FOURTH_SIGNS],
  ['sign', SENSES_FOURTH_SIGNS],
  ['cue', SENSES_FOURTH_CUES],
  ['cue', PREGNANCY_FOURTH_CUES],
  ['sign', CHILD_FOURTH_SIGNS],
  ['cue', CHILD_FOURTH_CUES],
  ['cue', INFECTIONS_FOURTH_CUES],
  ['sign', OLDER_FOURTH_SIGNS],
  ['cue', OLDER_FOURTH_CUES],
  ['sign', HEAD_FOURTH_SIGNS],
  ['cue', HEAD_FOURTH_CUES],
  ['cue', CHEST_FOURTH_CUES],
  ['sign', NIGHTS_FOURTH_SIGNS],
  ['cue', NIGHTS_FOURTH_CUES],
  ['sign', CHEST_THIRD_SIGNS],
  ['cue', CHEST_THIRD_CUES],
  ['sign', HEAD_THIRD_SIGNS],
  ['cue', HEAD_THIRD_CUES],
  ['sign', INJURIES_THIRD_SIGNS],
  ['sign', BELLY_THIRD_SIGNS],
  ['sign', WEEK_THIRD_SIGNS],
  ['sign', PREGNANCY_THIRD_SIGNS],
  ['sign', OLDER_THIRD_SIGNS],
  ['sign', CHILD_THIRD_SIGNS],
  ['sign', SKIN_THIRD_SIGNS],
  ['sign', INFECTIONS_THIRD_SIGNS],
  ['sign', SEXUAL_THIRD_SIGNS],
  ['sign', NIGHTS_THIRD_SIGNS],
  ['sign', PREGNANCY_MORE_SIGNS],
  ['cue', PREGNANCY_MORE_CUES],
  ['sign', INJURIES_MORE_SIGNS],
  ['cue', INFECTIONS_MORE_CUES],
  ['sign', CRISIS_SECOND_SIGNS],
  ['cue', CRISIS_SECOND_CUES],
  ['sign', SKIN_SECOND_SIGNS],
  ['cue', SKIN_SECOND_CUES],
  ['sign', FAMILIES_SIGNS],
  ['cue', FAMILIES_CUES],
  ['sign', BELLY_SECOND_SIGNS],
  ['sign', CHEST_SECOND_SIGNS],
  ['sign', HEAD_SECOND_SIGNS],
  ['cue', HEAD_SECOND_CUES],
  ['sign', SCHOOL_AGE_SIGNS],
  ['cue', SCHOOL_AGE_CUES],
  ['sign', WORK_OUTDOORS_SIGNS],
  ['sign', LONG_TERM_SECOND_SIGNS],
  ['sign', TIME_CRITICAL_SECOND_SIGNS],
  ['sign', SEXUAL_SECOND_SIGNS],
  ['cue', SEXUAL_SECOND_CUES],
  ['sign', FOOD_SECOND_SIGNS],
  ['sign', NIGHTS_SECOND_SIGNS],
  ['sign', SENSES_SECOND_SIGNS],
  ['context', CANT_SAY_SECOND_CONTEXT],
  ['cue', CANT_SAY_SECOND_CUES],
  ['sign', CANT_SAY_SECOND_SIGNS],
  ['sign', BARRIERS_SECOND_SIGNS],
  ['cue', BARRIERS_SECOND_CUES],
  ['sign', MIND_BODY_SECOND_SIGNS],
  ['cue', MIND_BODY_SECOND_CUES],
  ['sign', DEVICES_SECOND_SIGNS],
  ['sign', APPEARANCE_SECOND_SIGNS],
  ['sign', ENGLISHES_SECOND_SIGNS],
  ['sign', NEWBORNS_SECOND_SIGNS],
  ['sign', CRISIS_SIXTH_SIGNS],
  ['sign', CRISIS_SIXTH_MORE_SIGNS],
  ['cue', CRISIS_SIXTH_CUES],
  ['sign', BELLY_FIFTH_SIGNS],
  ['sign', ASIDE_SECOND_SIGNS],
  ['sign', PREGNANCY_FIFTH_SIGNS],
  ['sign', SEXUAL_FIFTH_SIGNS],
  ['sign', CHILD_SENSES_FIFTH_SIGNS],
  ['sign', OLDER_INFECTIONS_FIFTH_SIGNS],
  ['context', OLDER_INFECTIONS_FIFTH_CONTEXT],
  ['context', LONG_TERM_THIRD_CONTEXT],
  ['sign', WEEK_FOURTH_SIGNS],
  ['sign', MEDICINES_FOURTH_SIGNS],
  ['cue', MEDICINES_FOURTH_CUES],
  ['context', MEDICINES_FOURTH_CONTEXT],
  ['sign', WORK_OUTDOORS_SECOND_SIGNS],
  ['sign', YOUNG_PEOPLE_SECOND_SIGNS],
  ['sign', NEWBORNS_THIRD_SIGNS],
  ['cue', NEWBORNS_THIRD_CUES],
  ['sign', SAME_DAY_SECOND_SIGNS],
  ['sign', TIME_CRITICAL_THIRD_SIGNS],
  ['sign', SAME_DAY_THIRD_SIGNS],
  ['cue', SAME_DAY_THIRD_CUES],
  ['sign', SAME_DAY_FOURTH_SIGNS],
  ['cue', SAME_DAY_FOURTH_CUES],
  ['cue', SAME_DAY_FIFTH_CUES],
  ['cue', SELF_HARM_WOUND_CUES],
  ['cue', NEWBORN_JAUNDICE_CUES],
  ['cue', MIND_NO_DANGER_CUES],
  ['cue', QUINSY_CUES],
  ['cue', RETENTION_CUES],
  ['cue', SICK_DAY_CUES],
  ['cue', NARROW_DRUG_CUES],
  ['cue', HEAVY_PERIOD_CUES],
  ['cue', MEDICINE_DAYS_CUES],
  ['cue', AF_CUES],
  ['cue', DECIDED_CUES],
  ['cue', SWALLOWED_BLOOD_CUES],
  ['cue', MISSED_999_CUES],
  ['cue', PSYCH_MED_START_CUES],
  ['cue', CELLULITIS_LINE_CUES],
  ['cue', CHEST_EPISODE_CUES],
  ['cue', EYE_GRIT_CUES],
  ['cue', BURN_SITE_CUES],
  ['cue', FAINT_NO_BLOW_CUES],
  ['cue', CHOKE_LATER_CUES],
  ['cue', WITHDRAWAL_CUES],
  ['cue', MISSED_999_SIXTH_CUES],
  ['cue', SAME_DAY_SIXTH_CUES],
];

/**
 * The regular expression of a pattern, compiled on first use: a message only pays for the
 * patterns its words could start (a browser compiles each regular expression the first time
 * it runs, and compiling all of them at once would stall the first message).
 */
export function regexOf(part: ConceptPart): RegExp {
  return (part.compiled.global ??= compilePatterns([part.pattern]));
}

/** Above this many places to try, a pattern scans the whole text instead (same matches). */
const ANCHOR_LIMIT = 30;

/** The same expression, sticky: tried at one position only. */
function stickyOf(part: ConceptPart): RegExp {
  return (part.compiled.sticky ??= new RegExp(regexOf(part).source, 'y'));
}

/**
 * Every match of a pattern in a message, left to right and not overlapping, as matchAll gives
 * them; when the pattern says how its matches begin, it is only tried where one of those
 * words starts (a sticky expression), which keeps long messages fast.
 */
export function matchesOf(part: ConceptPart, words: WordStarts): RegExpExecArray[] {
  const text = words.text;
  if (!part.leads) return execAll(regexOf(part), text);
  // Where a match may begin. Counted before any list is merged: in a long message most
  // patterns go to the whole-text scan below, and merging their lists was wasted work.
  let first: readonly number[] | undefined;
  let more: (readonly number[])[] | undefined;
  let count = 0;
  for (const id of part.leads) {
    const list = words.of(id);
    if (list.length === 0) continue;
    count += list.length;
    if (!first) first = list;
    else (more ??= [first]).push(list);
  }
  if (!first) return [];
  // Words as common as "my" or "i": one scan of the text costs less than many tries.
  if (count > ANCHOR_LIMIT) return execAll(regexOf(part), text);
  // Each list is in text order already; several are merged (a place listed twice is tried
  // once: a match there moves `free` past it, and a failed try would fail again).
  const at = more ? more.flat().sort((a, b) => a - b) : first;
  const re = stickyOf(part);
  const out: RegExpExecArray[] = [];
  let free = 0;
  let last = -1;
  for (const p of at) {
    if (p < free || p === last) continue;
    last = p;
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    free = p + Math.max(1, m[0].length);
  }
  return out;
}

function build(): Concept[] {
  const out: Concept[] = [];
  const seen = new Set<string>();
  for (const [kind, table] of TABLES) {
    for (const [name, patterns] of Object.entries(table)) {
      if (seen.has(name)) throw new Error(`lexicon: concept "${name}" is defined twice`);
      seen.add(name);
      const parts = patterns.map((pattern): ConceptPart => ({
        pattern,
        needs: requiredWords(pattern).map((group) => group.map(wordId)),
        leads: matchPrefixes(pattern)?.map(wordId) ?? null,
        compiled: {},
      }));
      out.push({ name, kind, parts });
    }
  }
  return out;
}

/** Every concept, with its patterns (compiled lazily, see regexOf). */
export const LEXICON: readonly Concept[] = build();

/** One pattern with its concept, in lexicon order. */
export interface LexiconPart {
  readonly concept: Concept;
  readonly part: ConceptPart;
}

/** Every pattern with its concept, in lexicon order (candidates.ts indexes them). */
export const PARTS: readonly LexiconPart[] = LEXICON.flatMap((concept) =>
  concept.parts.map((part) => ({ concept, part })),
);

let warmed = 0;

/** Runs an expression twice (see warmPatterns), leaving it as it was. */
function runTwice(re: RegExp): void {
  for (let i = 0; i < 2; i++) {
    re.lastIndex = 0;
    re.exec('x');
  }
  re.lastIndex = 0;
}

/**
 * Compiles the patterns no message has compiled yet, for at most `budgetMs`; true when every
 * pattern is ready. A browser compiles a regular expression in two steps: on its first run to
 * bytecode, which it interprets, and on its second run to machine code (V8's "tier-up"). So
 * each pattern runs twice here, in the form messages use (sticky where a pattern knows how its
 * matches begin; the global form, for long messages, compiles when first needed), and a
 * message finds them in machine code: ahead of time, in idle slices (warm.ts), the
 * first messages of a session no longer pay for compiling (they did: up to ten times the time
 * of a warm message at p95).
 */
export function warmPatterns(budgetMs: number): boolean {
  const end = performance.now() + budgetMs;
  while (warmed < PARTS.length) {
    const { part } = PARTS[warmed++]!;
    // Only the form a message uses: machine code for all 2 × 2,400 forms made every message
    // slower (about twice the CPU time per message in Node), not faster.
    runTwice(part.leads ? stickyOf(part) : regexOf(part));
    if (performance.now() >= end) break;
  }
  return warmed >= PARTS.length;
}

/** Names of the concepts the lexicon defines. */
export const LEXICON_NAMES: ReadonlySet<string> = new Set(LEXICON.map((c) => c.name));
