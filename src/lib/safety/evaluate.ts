// Measures triage against labelled messages: how many emergencies it catches, how many
// urgent-or-worse messages it raises at least to urgent, and how often it alarms on a routine
// message. Used by the unit test (which holds the bar) and by `npm run triage:report`.

import { LEVEL_RANK, triage, type Triage, type TriageLevel } from './triage';

export interface LabelledMessage {
  text: string;
  /** The level a careful clinician would want the app to show. */
  expected: TriageLevel;
  /** Why this case is in the table (negation, misspelling, dataset-like...). */
  note?: string;
}

export type ConfusionMatrix = Record<TriageLevel, Record<TriageLevel, number>>;

export interface TriageMistake {
  text: string;
  expected: TriageLevel;
  predicted: TriageLevel;
  flags: string[];
}

export interface TriageMeasures {
  total: number;
  /** Messages per expected level. */
  support: Record<TriageLevel, number>;
  /** Expected emergency and predicted emergency, over expected emergency. NaN when none. */
  emergencyRecall: number;
  /** Expected urgent or emergency and predicted urgent or emergency, over expected urgent or
   * emergency. An emergency shown as urgent counts as caught here. NaN when none. */
  urgentOrAboveRecall: number;
  /** Expected urgent (same day) and predicted urgent or emergency, over expected urgent. */
  sameDayRecall: number;
  /** Expected routine but predicted urgent or emergency, over expected routine. NaN when none. */
  falseAlarmRate: number;
  /** Share of messages whose predicted level equals the expected one. */
  accuracy: number;
  /** confusion[expected][predicted] = count. */
  confusion: ConfusionMatrix;
  /** Every message whose predicted level differs from the expected one. */
  mistakes: TriageMistake[];
}

export const LEVELS: readonly TriageLevel[] = ['emergency', 'urgent', 'routine'];

function emptyMatrix(): ConfusionMatrix {
  const row = (): Record<TriageLevel, number> => ({ emergency: 0, urgent: 0, routine: 0 });
  return { emergency: row(), urgent: row(), routine: row() };
}

const ratio = (num: number, den: number): number => (den === 0 ? Number.NaN : num / den);

export function measureTriage(
  cases: readonly LabelledMessage[],
  classify: (text: string) => Triage = triage,
): TriageMeasures {
  const confusion = emptyMatrix();
  const mistakes: TriageMistake[] = [];
  for (const c of cases) {
    const result = classify(c.text);
    confusion[c.expected][result.level] += 1;
    if (result.level !== c.expected) {
      mistakes.push({
        text: c.text,
        expected: c.expected,
        predicted: result.level,
        flags: result.flags.map((f) => f.id),
      });
    }
  }
  const support = {
    emergency: LEVELS.reduce((n, p) => n + confusion.emergency[p], 0),
    urgent: LEVELS.reduce((n, p) => n + confusion.urgent[p], 0),
    routine: LEVELS.reduce((n, p) => n + confusion.routine[p], 0),
  };
  const atLeastUrgent = (e: TriageLevel) =>
    LEVELS.filter((p) => LEVEL_RANK[p] >= LEVEL_RANK.urgent).reduce(
      (n, p) => n + confusion[e][p],
      0,
    );
  const correct = LEVELS.reduce((n, l) => n + confusion[l][l], 0);
  return {
    total: cases.length,
    support,
    emergencyRecall: ratio(confusion.emergency.emergency, support.emergency),
    urgentOrAboveRecall: ratio(
      atLeastUrgent('emergency') + atLeastUrgent('urgent'),
      support.emergency + support.urgent,
    ),
    sameDayRecall: ratio(atLeastUrgent('urgent'), support.urgent),
    falseAlarmRate: ratio(support.routine - confusion.routine.routine, support.routine),
    accuracy: ratio(correct, cases.length),
    confusion,
    mistakes,
  };
}

const pct = (x: number): string => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);

/** A plain-text report: the figures, the confusion matrix and (unless told not to) every
 * mistake. */
export function formatTriageReport(
  m: TriageMeasures,
  { mistakes = true }: { mistakes?: boolean } = {},
): string {
  const lines = [
    `Triage on ${m.total} labelled messages (${m.support.emergency} emergency, ${m.support.urgent} urgent, ${m.support.routine} routine)`,
    '',
    `  emergency recall          ${pct(m.emergencyRecall)}`,
    `  urgent-or-above recall    ${pct(m.urgentOrAboveRecall)}`,
    `  same-day -> urgent+       ${pct(m.sameDayRecall)}`,
    `  false alarms on routine   ${pct(m.falseAlarmRate)}`,
    `  exact level accuracy      ${pct(m.accuracy)}`,
    '',
    '  expected \\ predicted   emergency   urgent   routine',
  ];
  for (const e of LEVELS) {
    const row = LEVELS.map((p) => String(m.confusion[e][p]).padStart(p.length + 3)).join('');
    lines.push(`  ${e.padEnd(22)}${row}`);
  }
  if (mistakes && m.mistakes.length > 0) {
    lines.push('', 'Mistakes:');
    for (const x of m.mistakes) {
      const flags = x.flags.length ? ` [${x.flags.join(', ')}]` : '';
      lines.push(`  expected ${x.expected}, got ${x.predicted}${flags}: ${x.text}`);
    }
  }
  return lines.join('\n');
}
