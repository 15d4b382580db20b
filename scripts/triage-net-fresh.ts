// npx tsx scripts/triage-net-fresh.ts [--seeds 1,2,3]
//
// Would retraining the triage net (src/lib/safety/triage/net.ts) with the fresh labelled sets
// (test/fixtures/triage-everyday/fresh-triage-*.json, 160 first messages each by authors of no
// code) make the whole triage, rules and net, better on sets it has never seen?
//
// Ten fresh sets committed unread are kept out as the held-out figure (HELD_OUT_FILES below):
// never trained on, and never printed but as totals (no text, no per-message reading). The net
// is trained on what net-weights.json learns from (scripts/lib/triage-labelled.ts
// trainingMessages(), as `npm run triage:net` does) plus every other fresh-triage set, each text
// once (the first label wins) and no text of a held-out set wherever it is met. The features are
// those of this checkout's rules (rowOf), and each training order (--seeds, 1,2,3 when not given;
// net-weights.json uses seed 1) is a column of its own, so a difference smaller than the spread
// between seeds is the order, not the data.
//
// Columns, each read exactly as net.ts withNet reads a message, at NET_THRESHOLDS but "mix-t":
// - "rules": the rules alone (flagsFor), no net;
// - "committed": the rules and net-weights.json, what `triage(text)` gives today (checked
//   message by message on the held-out sets; only the number of differences is printed);
// - "base sN": the net retrained at seed N on trainingMessages() alone, on today's features:
//   what retraining moves without any fresh set (the scopes changed since net-weights.json);
// - "fresh sN": the net retrained at seed N with the fresh sets too: the question asked;
// - "mix sN": net-weights.json's emergency head with the urgent head of "fresh sN": whether the
//   fresh sets' gain on routine messages (fewer read as urgent) comes from the urgent head
//   alone, so that keeping the committed emergency head keeps its emergencies (the urgent head
//   still takes part in a raise to emergency, through NET_THRESHOLDS.agree);
// - "mix-t sN": "mix sN" with the take-back disabled (NET_THRESHOLDS with `routine` 0, so the
//   net never takes an urgent flag of the rules back to routine): how much of the mix's reading
//   is the take-back rather than the raises.
// Cells, as the project counts a fresh set (scripts/lib/triage-everyday.ts everydayCells):
// routine or urgent read as emergency (of 120 per set) / routine read as urgent or above (of 80) /
// urgent or emergency read as routine (of 80) / emergency missed (of 40).
//
// Then the same cells on the fresh sets that ARE trained on (the "tuned" control: the fit, next
// to the held-out figure), and the machine's load and the wall time. About a minute: every
// message is read by the rules once (about 28,000).
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { triage } from '../src/lib/safety/triage/index.ts';
import {
  NET_THRESHOLDS,
  headProbability,
  netLevel,
  type NetHead,
  type NetThresholds,
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
import { trainingMessages, type Labelled } from './lib/triage-labelled.ts';
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
const DIR = join(ROOT, 'test', 'fixtures', 'triage-everyday');

/** The fresh sets kept out: never trained on, only ever printed as totals. */
const HELD_OUT_FILES = [
  'fresh-triage-p26a.json',
  'fresh-triage-p26b.json',
  'fresh-triage-p26j.json',
  'fresh-triage-p27c.json',
  'fresh-triage-p28x.json',
  'fresh-triage-p28y.json',
  'fresh-triage-p28z.json',
  'fresh-triage-p29a.json',
  'fresh-triage-p29j.json',
  'fresh-triage-p29k.json',
];

/**
 * Sets written after this measurement and kept unread for the next one (docs/history/
 * triage-net.md, "Stop 47"): neither trained on nor read here.
 */
const RESERVED_FILES = [
  'fresh-triage-p29p.json',
  'fresh-triage-p29q.json',
  'fresh-triage-p29r.json',
  'fresh-triage-p29t.json',
];

type Level = TriageLevel;
interface FreshSet {
  file: string;
  cases: readonly { text: string; expected: Level }[];
}

const readSet = (file: string): FreshSet => ({ file, cases: readLabelled(file) });

const freshFiles = readdirSync(DIR)
  .filter((f) => /^fresh-triage-.*\.json$/.test(f) && !RESERVED_FILES.includes(f))
  .sort();
for (const f of HELD_OUT_FILES)
  if (!freshFiles.includes(f)) throw new Error(`held-out set ${f} not found in ${DIR}`);
const heldOut = HELD_OUT_FILES.map(readSet);
const tuned = freshFiles.filter((f) => !HELD_OUT_FILES.includes(f)).map(readSet);
const heldOutTexts = new Set(heldOut.flatMap((s) => s.cases.map((c) => c.text)));

const sh = (command: string) => execSync(command, { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = sh('git status --porcelain -- src/lib/safety/triage').split('\n').filter(Boolean);
console.log(
  `Checkout ${sh('git rev-parse --short HEAD')}, ${dirty.length} uncommitted change(s) under src/lib/safety/triage (read once, at start); seeds ${SEEDS.join(', ')}; net at ${NET_THRESHOLDS.emergency} & ${NET_THRESHOLDS.agree} / ${NET_THRESHOLDS.urgent} / ${NET_THRESHOLDS.routine}.`,
);
console.log(`Load average at start (1, 5, 15 min): ${load()}\n`);

// 1. TRAIN: what net-weights.json learns from, then every fresh set but the held-out ones, each
// text once (the first label wins), never a text of a held-out set.
const base = trainingMessages();
const baseKept = base.filter((m) => !heldOutTexts.has(m.text));
const seen = new Set(baseKept.map((m) => m.text));
const fromFresh: Labelled[] = [];
let freshDuplicates = 0;
let freshHeldOutTexts = 0;
const perFile: string[] = [];
for (const set of tuned) {
  let n = 0;
  for (const c of set.cases) {
    if (heldOutTexts.has(c.text)) freshHeldOutTexts++;
    else if (seen.has(c.text)) freshDuplicates++;
    else {
      seen.add(c.text);
      fromFresh.push({ text: c.text, label: c.expected, source: set.file.replace(/\.json$/, '') });
      n++;
    }
  }
  perFile.push(`${set.file.replace(/^fresh-triage-|\.json$/g, '')} ${n}`);
}
const TRAIN: Labelled[] = [...baseKept, ...fromFresh];

const bySource = new Map<string, number>();
for (const m of baseKept) bySource.set(m.source, (bySource.get(m.source) ?? 0) + 1);
const byLabel = (ms: readonly Labelled[]) => {
  const n = new Map<string, number>();
  for (const m of ms) n.set(m.label, (n.get(m.label) ?? 0) + 1);
  return [...n].map(([l, k]) => `${l} ${k}`).join(', ');
};
console.log(`TRAIN: ${TRAIN.length} messages (${byLabel(TRAIN)})`);
console.log(
  `  trainingMessages(): ${base.length}, of which ${base.length - baseKept.length} are texts of a held-out set (dropped); ${baseKept.length} kept from ${bySource.size} sources:`,
);
console.log(`    ${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')}`);
console.log(
  `  fresh sets trained on: ${tuned.length} files, ${tuned.reduce((n, s) => n + s.cases.length, 0)} messages, ${fromFresh.length} kept (${freshDuplicates} texts already met, ${freshHeldOutTexts} texts of a held-out set dropped); per set:`,
);
console.log(`    ${perFile.join(', ')}`);
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
const baseRows = rows.filter((r) => !r.source.startsWith('fresh-triage-'));
for (const set of [...heldOut, ...tuned]) for (const c of set.cases) read(c.text);
console.log(`Read ${readings.size} texts with the rules and the net's features (${elapsed()}).`);

// 3. The nets: net-weights.json, retrained without and with the fresh sets at each seed, and
// the committed emergency head beside each fresh urgent head (trained once, read by two columns).
interface Net {
  emergency: NetHead;
  urgent: NetHead;
}
interface Column {
  name: string;
  /** No net: the rules alone. */
  net?: Net;
  /** The net's thresholds; NET_THRESHOLDS when not given. */
  thresholds?: NetThresholds;
}
/** NET_THRESHOLDS with the take-back disabled: no urgent probability is below 0. */
const NO_TAKE_BACK: NetThresholds = { ...NET_THRESHOLDS, routine: 0 };
const freshNets = SEEDS.map((seed) => ({ seed, net: trainNet(rows, seed) }));
const mixed = (urgent: NetHead): Net => ({ emergency: WEIGHTS.emergency, urgent });
const columns: Column[] = [
  { name: 'rules' },
  { name: 'committed', net: WEIGHTS },
  ...SEEDS.map((seed) => ({ name: `base s${seed}`, net: trainNet(baseRows, seed) })),
  ...freshNets.map(({ seed, net }) => ({ name: `fresh s${seed}`, net })),
  ...freshNets.map(({ seed, net }) => ({ name: `mix s${seed}`, net: mixed(net.urgent) })),
  ...freshNets.map(({ seed, net }) => ({
    name: `mix-t s${seed}`,
    net: mixed(net.urgent),
    thresholds: NO_TAKE_BACK,
  })),
];
console.log(`Trained ${SEEDS.length * 2} nets (${elapsed()}).\n`);

/** The level of a message under a column, as net.ts withNet decides it (at its thresholds). */
function levelOf(column: Column, text: string): Level {
  const { rules, row } = read(text);
  if (!column.net) return rules;
  return netLevel(
    rules,
    {
      emergency: headProbability(column.net.emergency, row.features),
      urgent: headProbability(column.net.urgent, row.features),
      quiet: row.quiet,
      firm: row.firm,
    },
    column.thresholds ?? NET_THRESHOLDS,
  );
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
