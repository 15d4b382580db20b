// Prints how well the safety triage does: `npm run triage:report`.
//
// 1. The development set (test/unit/safety/dev-set), written before the rules were rebuilt and
//    split by a hash into a tuning half and a held-out half: both halves separately (emergency
//    recall, same-day -> urgent-or-above recall, false alarms on routine messages, confusion
//    matrix) and every held-out miss. Only the tuning half was used to write rules.
//    Then a fresh held-out set (test/unit/safety/fresh-set), written after the held-out half had
//    been used to write rules, and never used to change one.
// 2. The old 220-message table (test/unit/safety/triage-table.ts), kept as a regression set.
// 3. Recall per organ system over the whole development set.
// 4. Triage time per message in Node over every message, with the machine load beside it
//    (timings on a busy machine are not comparable; re-measure on a quiet one).
//
// With `-- --dataset <file.json>` it also reports how many patient messages of a
// know_medical_dialogues file (either schema) would raise a banner; those are unlabelled, so
// read that figure as "how often the banner shows", not as accuracy.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import {
  formatTriageReport,
  measureTriage,
  type TriageMeasures,
} from '../src/lib/safety/evaluate.ts';
import { triage, type TriageLevel } from '../src/lib/safety/triage/index.ts';
import { DEV_SET, HELDOUT, TUNE, type DevCase } from '../test/unit/safety/dev-set/index.ts';
import FRESH from '../test/unit/safety/fresh-set/index.ts';
import { TRIAGE_CASES } from '../test/unit/safety/triage-table.ts';
import { BLIND_SETS } from './lib/triage-blind-sets.ts';

const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
const heading = (title: string) =>
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);

heading(`Development set, tuning half (${TUNE.length} of ${DEV_SET.length})`);
console.log(formatTriageReport(measureTriage(TUNE), { mistakes: false }));

const heldout = measureTriage(HELDOUT);
heading(`Development set, held-out half (${HELDOUT.length} of ${DEV_SET.length})`);
console.log(formatTriageReport(heldout, { mistakes: false }));
console.log(`\nHeld-out misses (${heldout.mistakes.length}):`);
for (const x of heldout.mistakes) {
  const flags = x.flags.length ? ` [${x.flags.join(', ')}]` : '';
  console.log(`  expected ${x.expected}, got ${x.predicted}${flags}: ${x.text}`);
}

// The held-out half above was looked at to write rules from commit f1a69bd on (docs/history/triage.md): the
// fresh set below was written afterwards and is never used to change a rule.
const fresh = measureTriage(FRESH);
heading(`Fresh held-out set (${FRESH.length}, written after the held-out half was used)`);
console.log(formatTriageReport(fresh, { mistakes: false }));
console.log(`\nFresh-set misses (${fresh.mistakes.length}):`);
for (const x of fresh.mistakes) {
  const flags = x.flags.length ? ` [${x.flags.join(', ')}]` : '';
  console.log(`  expected ${x.expected}, got ${x.predicted}${flags}: ${x.text}`);
}

// Blind sets written by authors who never saw the rules, each scored once and now spent
// (test/fixtures/triage-blind/README.md): kept to show the figures.
for (const { title, cases: set } of BLIND_SETS) {
  const cases = set.map((c) => ({ text: c.text, expected: c.expected as TriageLevel }));
  heading(`${title}, ${cases.length} messages`);
  console.log(formatTriageReport(measureTriage(cases), { mistakes: false }));
}

heading(`Old table (${TRIAGE_CASES.length} messages written with the old rules)`);
console.log(formatTriageReport(measureTriage(TRIAGE_CASES)));

heading('Per organ system, whole development set');
console.log('  system              n   emergency   same-day->urgent+   false alarms');
const systems = [...new Set(DEV_SET.map((c) => c.system))];
const row = (name: string, cases: readonly DevCase[], m: TriageMeasures) =>
  `  ${name.padEnd(17)}${String(cases.length).padStart(4)}   ${pct(m.emergencyRecall)}      ${pct(m.sameDayRecall)}          ${pct(m.falseAlarmRate)}`;
for (const system of systems) {
  const cases = DEV_SET.filter((c) => c.system === system);
  console.log(row(system, cases, measureTriage(cases)));
}

heading('Speed: triage() per message, in Node');
for (const c of DEV_SET) triage(c.text); // warm up: compile the patterns, let the JIT settle
const ROUNDS = 5;
const samples: number[] = [];
const medians: number[] = [];
for (const c of DEV_SET) {
  const mine: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    triage(c.text);
    mine.push(performance.now() - t);
  }
  samples.push(...mine);
  medians.push(mine.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!);
}
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(3);
};
const load = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(' / ');
console.log(
  `  ${DEV_SET.length} messages x ${ROUNDS} runs: p50 ${quantile(samples, 0.5)} ms, p95 ${quantile(samples, 0.95)} ms (every run)`,
);
console.log(
  `  per message (median of ${ROUNDS} runs): p50 ${quantile(medians, 0.5)} ms, p95 ${quantile(medians, 0.95)} ms`,
);
console.log(`  load average (1/5/15 min): ${load} on ${os.cpus().length} CPUs`);

const at = process.argv.indexOf('--dataset');
const file = at >= 0 ? process.argv[at + 1] : undefined;
if (file) {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  const counts: Record<TriageLevel, number> = { emergency: 0, urgent: 0, routine: 0 };
  for (const r of rows) {
    const first = Array.isArray(r.utterances) ? String(r.utterances[0] ?? '') : '';
    const text = first ? first.replace(/^patient:\s*/i, '') : String(r.instruction ?? '');
    counts[triage(text).level] += 1;
  }
  const share = (n: number) => `${((n / rows.length) * 100).toFixed(1)}%`;
  console.log(
    `\n${file}: ${rows.length} patient messages — emergency ${counts.emergency} (${share(counts.emergency)}), urgent ${counts.urgent} (${share(counts.urgent)}), routine ${counts.routine} (${share(counts.routine)})`,
  );
}
