// Prints how well the safety triage does on the labelled table in test/unit/safety:
// emergency recall, urgent-or-above recall, false alarms on routine messages, the confusion
// matrix and every mistake. Run with `npm run triage:report`.
//
// With `-- --dataset <file.json>` it also reports how many patient messages of a
// know_medical_dialogues file (either schema) would raise a banner; those are unlabelled, so
// read that figure as "how often the banner shows", not as accuracy.
import { readFileSync } from 'node:fs';
import { formatTriageReport, measureTriage } from '../src/lib/safety/evaluate.ts';
import { triage, type TriageLevel } from '../src/lib/safety/triage/index.ts';
import { TRIAGE_CASES } from '../test/unit/safety/triage-table.ts';

console.log(formatTriageReport(measureTriage(TRIAGE_CASES)));

const at = process.argv.indexOf('--dataset');
const file = at >= 0 ? process.argv[at + 1] : undefined;
if (file) {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  const counts: Record<TriageLevel, number> = { emergency: 0, urgent: 0, routine: 0 };
  for (const row of rows) {
    const first = Array.isArray(row.utterances) ? String(row.utterances[0] ?? '') : '';
    const text = first ? first.replace(/^patient:\s*/i, '') : String(row.instruction ?? '');
    counts[triage(text).level] += 1;
  }
  const pct = (n: number) => `${((n / rows.length) * 100).toFixed(1)}%`;
  console.log(
    `\n${file}: ${rows.length} patient messages — emergency ${counts.emergency} (${pct(counts.emergency)}), urgent ${counts.urgent} (${pct(counts.urgent)}), routine ${counts.routine} (${pct(counts.routine)})`,
  );
}
