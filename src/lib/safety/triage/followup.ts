// The structured check: free text is not always enough, so when a message touches a domain
// with warning signs (chest pain, breathing, a head injury, a child's fever, pregnancy,
// headache, bleeding, tummy pain, low mood) and triage found no emergency, the Chat can ask
// two to four one-tap yes/no questions for that domain's discriminators. A "yes" adds the
// discriminator's concept and re-runs the rules, so it can raise the level; a "no" or no
// answer never lowers what the text gave. Pure logic: the component is FollowUpCheck.svelte.

import { parseExpression, type Expression } from './expression';
import { findConcepts } from './findings';
import { FOLLOW_UP_DOMAINS, type DomainDef } from './followup-questions';
import { readNet, withNet } from './net';
import { derivedOf, finalize, flagsFor, isKnownConcept } from './rules';
import type { Triage } from './types';

export interface FollowUpQuestion {
  /** Stable id, the key of the answers given to triageWithAnswers. */
  id: string;
  /** A yes/no question, short enough for one tap at 360 px. */
  text: string;
}

export interface FollowUp {
  /** Which domain is asked about: 'chest-pain', 'breathing', 'child-fever'... */
  domain: string;
  /** A heading for the questions. */
  title: string;
  questions: FollowUpQuestion[];
}

interface Domain extends DomainDef {
  test: Expression;
}

const DOMAINS: readonly Domain[] = FOLLOW_UP_DOMAINS.map((d) => {
  const test = parseExpression(d.when);
  for (const name of [...test.names, ...d.questions.flatMap((q) => q.adds)]) {
    if (!isKnownConcept(name))
      throw new Error(`follow-up "${d.domain}": unknown concept "${name}"`);
  }
  return { ...d, test };
});

const ADDS = new Map(DOMAINS.flatMap((d) => d.questions.map((q) => [q.id, q.adds] as const)));

/** Every question id, for checking answers and for tests. */
export const FOLLOW_UP_QUESTION_IDS: ReadonlySet<string> = new Set(ADDS.keys());

/**
 * The questions to ask about a message, or null when none apply: an emergency was already
 * found, or the message touches no domain with warning signs. `result` is the message's
 * triage when the caller already has it.
 */
export function followUpFor(text: string, result?: Triage): FollowUp | null {
  if (!text.trim()) return null;
  const findings = findConcepts(text);
  const level =
    result?.level ?? withNet(flagsFor(findings), readNet(findings))[0]?.level ?? 'routine';
  if (level === 'emergency') return null;
  const present = derivedOf(findings);
  const domain = DOMAINS.find((d) => d.test.test((n) => present.has(n)));
  if (!domain) return null;
  return {
    domain: domain.domain,
    title: domain.title,
    questions: domain.questions.map(({ id, text: q }) => ({ id, text: q })),
  };
}

/**
 * Triage of a message plus the answers to its follow-up questions (question id → yes/no).
 * A "yes" adds that discriminator; answers never lower the level the text alone gave.
 * Unknown question ids are ignored, so an answer from an older version loses nothing.
 */
export function triageWithAnswers(
  text: string,
  answers: Readonly<Record<string, boolean>>,
): Triage {
  if (!text.trim()) return { level: 'routine', flags: [] };
  const findings = findConcepts(text);
  const extra = Object.entries(answers)
    .filter(([id, yes]) => yes === true && ADDS.has(id))
    .flatMap(([id]) => ADDS.get(id) ?? []);
  const flags = withNet(
    finalize([...flagsFor(findings), ...flagsFor(findings, extra)]),
    readNet(findings),
  );
  const levelOf = flags[0]?.level ?? 'routine';
  return { level: levelOf, flags: flags.map(({ id, label, advice }) => ({ id, label, advice })) };
}
