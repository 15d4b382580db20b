// Safety triage: runs on every user message before the model sees it, and decides whether the
// UI must first tell the person to call for help (emergency), to see a clinician today
// (urgent), or nothing (routine). Rules first and deterministic throughout: a small language model
// cannot be trusted to notice a stroke, and a rule can be read, tested and argued about; the
// net behind them is a fixed linear model, not a language model, and only ever adds a flag.
//
// How a message is read:
// 1. normalize.ts cleans the text: lowercase, contractions, texting shorthand, misspellings.
// 2. findings.ts finds the clinical concepts of lexicon-*.ts in it (symptoms, body sites,
//    onset, severity, who it is about, risk context, ingestions), keeps those that are
//    current and real (scope.ts: not negated, imagined, asked about, cleared or long past),
//    and adds concepts from the numbers (measures.ts: °F/°C, mg/dL/mmol/L, ages, weeks).
// 3. rules.ts combines concepts into flags (rules-*.ts); flags.ts holds the banner wording.
// 4. net.ts, a second reader trained on the project's labelled messages, may raise the level
//    when it is very sure the rules missed something (it never lowers one).
//
// It never diagnoses: labels name what was noticed, and the advice says what to do now. It
// can miss a warning sign phrased in a way it has not seen; `npm run triage:report` measures
// it on a development set (whose held-out half was later used to write rules, see docs/history/triage.md) and
// on a fresh set written after that and never used to change a rule.

import { findConcepts } from './findings';
import { CRISIS_FLAG_IDS, TRIAGE_FLAGS } from './flags';
import { readNet, withNet, type NetReading } from './net';
import { flagsFor } from './rules';
import type { Triage, TriageLevel } from './types';

export { LEVEL_RANK } from './types';
export type { Triage, TriageFlag, TriageLevel } from './types';
export { normalize } from './normalize';
export { CRISIS_FLAG_IDS, TRIAGE_FLAGS };
// A message that must get no dataset stories as examples (src/lib/chat/retrieval.ts).
export { isCrisis } from './crisis';
export type { FlagDef } from './flags';
export { followUpFor, triageWithAnswers } from './followup';
export { prepareTriage } from './warm';
export type { FollowUp, FollowUpQuestion } from './followup';

/**
 * Reads one user message and says how urgently the person should get help, with the flags
 * that were noticed (most serious first). Pure and synchronous: call it on every message.
 */
export function triage(text: string): Triage {
  if (!text.trim()) return { level: 'routine', flags: [] };
  const findings = findConcepts(text);
  return resultOf(withNet(flagsFor(findings), readNet(findings)));
}

/** The public shape of a list of flag definitions. */
export function resultOf(
  flags: readonly { level: TriageLevel; id: string; label: string; advice: string }[],
): Triage {
  const level: TriageLevel = flags[0]?.level ?? 'routine';
  return { level, flags: flags.map(({ id, label, advice }) => ({ id, label, advice })) };
}

/**
 * For debugging rules and for the triage report: every concept occurrence with its scope,
 * and the flags raised. Not used by the UI.
 */
export function explainTriage(text: string): {
  concepts: { concept: string; match: string; scope: string }[];
  current: string[];
  flags: string[];
  net: NetReading;
} {
  const findings = findConcepts(text);
  return {
    net: readNet(findings),
    concepts: findings.occurrences.map((o) => ({
      concept: o.concept,
      match: o.text,
      scope: o.scope,
    })),
    current: [...findings.current],
    flags: flagsFor(findings).map((f) => f.id),
  };
}
