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
//   only a negation cancels it.

import { BELLY_SIGNS } from './lexicon-belly';
import { BRAIN_SIGNS, MIND_CRISIS, MIND_SIGNS } from './lexicon-brain-mind';
import { CHILD_SIGNS, QUALIFIERS } from './lexicon-child';
import { RISK, WHO } from './lexicon-context';
import { GENERAL_SIGNS } from './lexicon-general';
import { HEART_LUNG_SIGNS } from './lexicon-heart-lungs';
import { EYE_SKIN_SIGNS, INJURY_SIGNS } from './lexicon-injury-skin';
import { MORE_CONTEXT, MORE_CRISIS, MORE_SIGNS } from './lexicon-more';
import { POISON_BLOOD_SIGNS } from './lexicon-poison-blood';
import type { Concepts } from './lexicon-types';
import { compilePatterns } from './pattern';
import { requiredStarts } from './pattern-starts';
import type { ScopeKind } from './scope';

/** One pattern of a concept: compiled the first time a message could match it. */
export interface ConceptPart {
  /** The pattern, in pattern.ts's language. */
  readonly pattern: string;
  /**
   * Groups of word starts (first three letters) of which every match needs one from each
   * group; a pattern whose groups are not all in a message is skipped (see requiredStarts).
   */
  readonly requires: readonly (readonly string[])[];
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
  ['sign', MORE_SIGNS],
  ['crisis', MIND_CRISIS],
  ['crisis', MORE_CRISIS],
  ['context', WHO],
  ['context', RISK],
  ['context', MORE_CONTEXT],
];

/** The first one to three letters of every word in a text: which patterns to look for. */
export function wordStarts(text: string): Set<string> {
  const out = new Set<string>();
  // A word may follow a quote ("'pain'"): its starts are taken with and without it.
  for (const m of text.matchAll(/'*([a-z0-9][a-z0-9']*)/g)) {
    for (const word of m[0] === m[1] ? [m[1]!] : [m[0], m[1]!]) {
      out.add(word.slice(0, 1));
      out.add(word.slice(0, 2));
      out.add(word.slice(0, 3));
    }
  }
  return out;
}

const compiled = new WeakMap<ConceptPart, RegExp>();

/**
 * The regular expression of a pattern, compiled on first use: a message only pays for the
 * patterns its words could start (a browser compiles each regular expression the first time
 * it runs, and compiling all of them at once would stall the first message).
 */
export function regexOf(part: ConceptPart): RegExp {
  let re = compiled.get(part);
  if (!re) {
    re = compilePatterns([part.pattern]);
    compiled.set(part, re);
  }
  return re;
}

function build(): Concept[] {
  const out: Concept[] = [];
  const seen = new Set<string>();
  for (const [kind, table] of TABLES) {
    for (const [name, patterns] of Object.entries(table)) {
      if (seen.has(name)) throw new Error(`lexicon: concept "${name}" is defined twice`);
      seen.add(name);
      const parts = patterns.map((pattern) => ({ pattern, requires: requiredStarts(pattern) }));
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

const PARTS: readonly LexiconPart[] = LEXICON.flatMap((concept) =>
  concept.parts.map((part) => ({ concept, part })),
);
/** Patterns by a start of a word they need (their first group); the rest are always tried. */
const BY_START = new Map<string, number[]>();
const ALWAYS: number[] = [];
PARTS.forEach(({ part }, i) => {
  const first = part.requires[0];
  if (!first) ALWAYS.push(i);
  for (const s of new Set(first)) BY_START.set(s, [...(BY_START.get(s) ?? []), i]);
});

/**
 * The patterns a message could match, in lexicon order: those whose every needed word start is
 * among the message's (see requiredStarts). An index by word start keeps this to the few
 * patterns a message's words point at, instead of checking all of them.
 */
export function candidateParts(starts: ReadonlySet<string>): LexiconPart[] {
  const picked = new Set<number>(ALWAYS);
  for (const s of starts) for (const i of BY_START.get(s) ?? []) picked.add(i);
  return [...picked]
    .sort((a, b) => a - b)
    .map((i) => PARTS[i]!)
    .filter(({ part }) => part.requires.every((group) => group.some((s) => starts.has(s))));
}

/** Names of the concepts the lexicon defines. */
export const LEXICON_NAMES: ReadonlySet<string> = new Set(LEXICON.map((c) => c.name));
