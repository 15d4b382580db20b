// npx tsx scripts/triage-net-fresh.ts [--seeds 1,2,3] [--held-out p29p,p29q,...]
//
// Does training the triage net's urgent head (src/lib/safety/triage/net.ts) with the fresh
// labelled sets (test/fixtures/triage-everyday/fresh-triage-*.json, 160 first messages each by
// authors of no code) make the whole triage, rules and net, better on fresh sets it never saw?
//
// The held-out sets (--held-out, by suffix; stop 47's ten sets unread at the time when not given)
// are never trained on here, and never printed but as totals (no text, no per-message reading).
// The reserved sets (scripts/lib/triage-labelled.ts FRESH_RESERVED) are neither trained on nor
// read unless named as held out. Each net is trained on what `npm run triage:net` trains the
// urgent head on (urgentTrainingMessages()) less every text of a held-out set; each training
// order (--seeds, 1,2,3 when not given; net-weights.json uses seed 1) is a column of its own, so
// a difference smaller than the spread between seeds is the order, not the data.
//
// Columns, each read exactly as net.ts netLevel reads a message, at NET_THRESHOLDS:
// - "rules": the rules alone (flagsFor), no net;
// - "committed": the rules and net-weights.json, what `triage(text)` gives today (checked
//   message by message; only the number of differences is printed). Its urgent head may have
//   learnt the held-out sets: the script says so, and then this column is tuned, not held out;
// - "phase 10": the emergency and agree heads alone, as phases 10-47 read them (the agree head
//   as the urgent head: raise to urgent at 0.97, take back under 0.03);
// - "fresh sN": the emergency and agree heads kept, the urgent head retrained at seed N without
//   the held-out sets: what `npm run triage:net` would write, read where it never trained.
// Cells, as the project counts a fresh set (scripts/lib/triage-everyday.ts everydayCells):
// routine or urgent read as emergency (of 120 per set) / routine read as urgent or above (of 80) /
// urgent or emergency read as routine (of 80) / emergency missed (of 40).
//
// Then the same cells on the fresh sets that ARE trained on (the "tuned" control: the fit, next
// to the held-out figure), and the machine's load and the wall time. About a minute: every
// message is read by the rules once (about 28,000).
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { triage } from '../src/lib/safety/triage/index.ts';
import {
  NET_THRESHOLDS,
  headProbability,
  netLevel,
  type NetHead,
} from '../src/lib/safety/triage/net.ts';
import WEIGHTS from '../src/lib/safety/triage/net-weights.json' with { type: 'json' };
import type { TriageLevel } from '../src/lib/safety/triage/types.ts';
import {
  addEveryday,
  everydayCells,
  everydayTally,
  readLabelled,
  type EverydayTally,
} from './lib/triage-everyday.ts';
import { freshFiles, urgentTrainingMessages, type Labelled } from './lib/triage-labelled.ts';
import { rowOf, rulesOf, trainNet, type Row } from './lib/triage-net-train.ts';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SEEDS = (option('--seeds') ?? '1,2,3').split(',').map(Number);

const ROOT = join(import.meta.dirname, '..');

/** The fresh sets kept out: never trained on, only ever printed as totals. */
const HELD_OUT_FILES = (option('--held-out') ?? 'p26a,p26b,p26j,p27c,p28x,p28y,p28z,p29a,p29j,p29k')
  .split(',')
  .filter(Boolean)
  .map((id) => `fresh-triage-${id}.json`);

type Level = TriageLevel;
interface FreshSet {
  file: string;
  cases: readonly { text: string; expected: Level }[];
}

const readSet = (file: string): FreshSet => ({ file, cases: readLabelled(file) });

const heldOut = HELD_OUT_FILES.map(readSet);
const tuned = freshFiles()
  .filter((f) => !HELD_OUT_FILES.includes(f))
  .map(readSet);
const heldOutTexts = new Set(heldOut.flatMap((s) => s.cases.map((c) => c.text)));

const sh = (command: string) => execSync(command, { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = sh('git status --porcelain -- src/lib/safety/triage').split('\n').filter(Boolean);
console.log(
  `Checkout ${sh('git rev-parse --short HEAD')}, ${dirty.length} uncommitted change(s) under src/lib/safety/triage (read once, at start); seeds ${SEEDS.join(', ')}; thresholds ${JSON.stringify(NET_THRESHOLDS)}.`,
);
console.log(`Load average at start (1, 5, 15 min): ${load()}\n`);

// 1. TRAIN: what `npm run triage:net` trains the urgent head on, never a text of a held-out set.
const all = urgentTrainingMessages();
const TRAIN: Labelled[] = all.filter((m) => !heldOutTexts.has(m.text));
const count = (ms: readonly Labelled[], key: (m: Labelled) => string) => {
  const n = new Map<string, number>();
  for (const m of ms) n.set(key(m), (n.get(key(m)) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k} ${v}`).join(', ');
};
console.log(`TRAIN: ${TRAIN.length} messages (${count(TRAIN, (m) => m.label)})`);
console.log(
  `  urgentTrainingMessages(): ${all.length}, of which ${all.length - TRAIN.length} are texts of a held-out set (dropped); by source:`,
);
console.log(`    ${count(TRAIN, (m) => m.source.replace(/^fresh-triage-/, ''))}`);
console.log(
  `  held out (never trained on): ${heldOut.length} files, ${heldOutTexts.size} distinct texts of ${heldOut.reduce((n, s) => n + s.cases.length, 0)}\n`,
);

// 2. Each text read once: the rules' level and the net's inputs under today's rules.
const rulesLevel = await rulesOf();
interface Reading {
  rules: Level;
  row: Row;
}
const readings = new Map<string, Reading>();
function read(text: string): Reading {
  let r = readings.get(text);
  if (!r) {
    r = { rules: rulesLevel(text), row: rowOf({ text, label: 'routine', source: '' }) };
    readings.set(text, r);
  }
  return r;
}
const rows: Row[] = TRAIN.map((m) => ({ ...read(m.text).row, label: m.label, source: m.source }));
for (const set of [...heldOut, ...tuned]) for (const c of set.cases) read(c.text);
console.log(`Read ${readings.size} texts with the rules and the net's features (${elapsed()}).`);
const learnt = HELD_OUT_FILES.filter((f) => f.replace(/\.json$/, '') in WEIGHTS.urgentTrainedOn);
if (learnt.length)
  console.log(
    `NOTE: net-weights.json's urgent head learnt ${learnt.length} of the held-out sets (${learnt.join(', ')}): its column is tuned there, not held out.`,
  );

// 3. The nets: net-weights.json; its emergency and agree heads alone (phases 10-47); and the
// urgent head retrained without the held-out sets at each seed beside the kept heads.
interface Net {
  emergency: NetHead;
  agree?: NetHead;
  urgent: NetHead;
}
interface Column {
  name: string;
  /** No net: the rules alone. */
  net?: Net;
}
const kept = (urgent: NetHead): Net => ({
  emergency: WEIGHTS.emergency,
  agree: WEIGHTS.agree,
  urgent,
});
const columns: Column[] = [
  { name: 'rules' },
  { name: 'committed', net: WEIGHTS },
  { name: 'phase 10', net: { emergency: WEIGHTS.emergency, urgent: WEIGHTS.agree } },
  ...SEEDS.map((seed) => ({ name: `fresh s${seed}`, net: kept(trainNet([], seed, rows).urgent) })),
];
console.log(`Trained ${SEEDS.length} urgent heads (${elapsed()}).\n`);

/** The level of a message under a column, as net.ts netLevel decides it. */
function levelOf(column: Column, text: string): Level {
  const { rules, row } = read(text);
  if (!column.net) return rules;
  const { emergency, agree, urgent } = column.net;
  return netLevel(rules, {
    emergency: headProbability(emergency, row.features),
    urgent: headProbability(urgent, row.features),
    agree: agree ? headProbability(agree, row.features) : undefined,
    quiet: row.quiet,
    firm: row.firm,
  });
}

// 4. The held-out sets, each and together.
const cells = (t: EverydayTally) => everydayCells(t).join(' ');
const header = `set | ${columns.map((c) => c.name).join(' | ')}`;
console.log(
  'Each cell: routine/urgent read as EMERGENCY / routine read as urgent+ / urgent+emergency read as routine / emergency missed.',
);
console.log(`\nHELD-OUT sets (never trained on)\n${header}`);
const heldTotal = columns.map(everydayTally);
/** Per column, on the held-out sets: levels the net changed from the rules', and how. */
const moved = columns.map(() => ({ toEmergency: 0, toUrgent: 0, takenBack: 0 }));
/** Per column, held-out emergencies caught that net-weights.json missed, and missed that it caught. */
const gained = columns.map(() => 0);
const lost = columns.map(() => 0);
let mismatches = 0;
for (const set of heldOut) {
  const one = columns.map(everydayTally);
  for (const c of set.cases) {
    const { rules } = read(c.text);
    const committed = levelOf(columns[1]!, c.text);
    if (triage(c.text).level !== committed) mismatches++;
    columns.forEach((column, i) => {
      const level = levelOf(column, c.text);
      addEveryday(one[i]!, c.expected, level);
      addEveryday(heldTotal[i]!, c.expected, level);
      if (level !== rules) {
        if (level === 'emergency') moved[i]!.toEmergency++;
        else if (level === 'urgent') moved[i]!.toUrgent++;
        else moved[i]!.takenBack++;
      }
      if (c.expected === 'emergency') {
        if (level === 'emergency' && committed !== 'emergency') gained[i]!++;
        if (level !== 'emergency' && committed === 'emergency') lost[i]!++;
      }
    });
  }
  console.log(`${set.file.replace(/\.json$/, '')} | ${one.map(cells).join(' | ')}`);
}
console.log(`HELD-OUT TOTAL | ${heldTotal.map(cells).join(' | ')}`);
console.log(
  `net moves on the held-out sets (to emergency / to urgent / urgent taken back to routine) | ${moved.map((m) => `${m.toEmergency} ${m.toUrgent} ${m.takenBack}`).join(' | ')}`,
);
console.log(
  `held-out emergencies against committed (gained / lost) | ${columns.map((_, i) => `+${gained[i]} -${lost[i]}`).join(' | ')}`,
);
console.log(
  `Check: "committed" differs from triage(text).level on ${mismatches} of ${heldOut.reduce((n, s) => n + s.cases.length, 0)} held-out messages.`,
);

// 5. The tuned control: the fresh sets trained on (and the rules' authors read them too).
const tunedTotal = columns.map(everydayTally);
for (const set of tuned)
  for (const c of set.cases)
    columns.forEach((column, i) =>
      addEveryday(tunedTotal[i]!, c.expected, levelOf(column, c.text)),
    );
console.log(`\nTUNED control: the ${tuned.length} fresh sets trained on\n${header}`);
console.log(`TUNED TOTAL | ${tunedTotal.map(cells).join(' | ')}`);

// 6. The machine.
console.log(`\nLoad average at end (1, 5, 15 min): ${load()}; wall time ${elapsed()}.`);
