// npx tsx scripts/triage-net-loso.ts [--list] [--thresholds] [--at E,A,U,R] [--seed N]
//   [--rules <checkout>] [--everyday]
// (npm run triage:net:loso)
//
// What the triage net (src/lib/safety/triage/net.ts) gains from learning the spent sets of
// phases 8–12: the blind sets 10–18, each written by an author who read no code, and the probe
// files of phases 10–12. For each of those blind sets X, train the net on everything it may
// learn from plus the other spent blind sets (never X, nor a message of X met elsewhere) and
// read X with the rules of this checkout and that net: what a set the net has not seen is
// like. Each trained mix is compared with the net trained without any spent set (what main
// had until phase 13) and with the weights in net-weights.json (only a fair baseline for the
// sets they were not trained on: the table says which).
//
// Besides each blind set it prints, for the net trained on the whole mix, what the net does
// where no mix ever learns: the development set's held-out half, the fresh set, the probe
// files' held-out halves, and the 504 everyday (non-crisis) questions of the retrieval set
// (test/fixtures/retrieval), where an emergency raised by the net ("reads-like-emergency")
// is a false alarm that also withholds similar cases in the Chat.
//
// --list prints every message of a left-out set whose level differs between the baseline and
// a mix; --thresholds prints the totals at other NET_THRESHOLDS as well; --at reads everything
// at other thresholds (emergency, agree, urgent, routine: net.ts NetThresholds); --seed N trains every
// mix with another order of the rows (net-weights.json uses seed 1), to see how much of a
// difference between two mixes is the order alone; --rules <checkout> puts the rules of an
// older checkout in front of the net (train-triage-net.ts --cv says why: e.g. 26c0b48, whose
// rules had seen none of these sets; the net still reads this checkout's scopes).
//
// The last mix, "+ everyday", adds the everyday questions of the retrieval sets
// (test/fixtures/triage-everyday) to the net without any spent set: what learning them costs on
// the blind sets (scripts/triage-net-everyday.ts reads them leaving one retrieval set out; the
// everyday line at the end is a trained-on figure for that mix); "emergency head + everyday"
// teaches them to the emergency head only (the urgent head, and so its take-back, as today).
// --everyday runs only these two mixes and "no spent set".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findConcepts } from '../src/lib/safety/triage/findings.ts';
import {
  NET_THRESHOLDS,
  headProbability,
  netLevel,
  type NetHead,
  type NetThresholds,
} from '../src/lib/safety/triage/net.ts';
import WEIGHTS from '../src/lib/safety/triage/net-weights.json' with { type: 'json' };
import { flagsFor } from '../src/lib/safety/triage/rules.ts';
import type { TriageLevel } from '../src/lib/safety/triage/types.ts';
import { HELDOUT } from '../test/unit/safety/dev-set/index.ts';
import FRESH from '../test/unit/safety/fresh-set/index.ts';
import { loadQuestions } from './lib/retrieval-questions.ts';
import { BLIND_SETS } from './lib/triage-blind-sets.ts';
import { HELD_OUT, labelledMessages, type NetLabel } from './lib/triage-labelled.ts';
import { rowOf, rulesOf, trainNet, type Row } from './lib/triage-net-train.ts';
import { add, tally, type Tally } from './lib/triage-tally.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SEED = Number(option('--seed') ?? 1);
const CHECKOUT = option('--rules');
const at = option('--at')?.split(',').map(Number);
const BASE: NetThresholds = at
  ? { emergency: at[0]!, agree: at[1]!, urgent: at[2]!, routine: at[3]! }
  : NET_THRESHOLDS;
const rulesLevel = CHECKOUT
  ? await rulesOf(CHECKOUT)
  : (text: string) => (flagsFor(findConcepts(text))[0]?.level ?? 'routine') as TriageLevel;
const SAFETY = join(import.meta.dirname, '..', 'test', 'unit', 'safety');

/** The blind sets left out in turn: phases 8–12's unseen sets, all spent by phase 13. */
const ROTATE = [
  'blind-10',
  'blind-12',
  'blind-13',
  'blind-14',
  'blind-15',
  'blind-16',
  'blind-17',
  'blind-18',
];
/** The probe files of phases 10–12: those HELD_OUT names, kept out of the net's training. */
const SPENT_PROBES = [...HELD_OUT].filter((s) => s.startsWith('probes-'));

interface Mix {
  name: string;
  /** Whether the mix learns from this source (the left-out set is dropped on top). */
  takes: (source: string) => boolean;
  /** The same for the urgent head, when it learns from other sets than the emergency head. */
  urgentTakes?: (source: string) => boolean;
}
/** The everyday questions of the retrieval sets (test/fixtures/triage-everyday), phase 13. */
const EVERYDAY = 'everyday';
const noSpentSet = (s: string) =>
  !ROTATE.includes(s) && !SPENT_PROBES.includes(s) && s !== EVERYDAY;
const ALL_MIXES: Mix[] = [
  { name: 'no spent set', takes: noSpentSet },
  { name: '+ blind 10–18', takes: (s) => !SPENT_PROBES.includes(s) && s !== EVERYDAY },
  { name: '+ blind + probes', takes: (s) => s !== EVERYDAY },
  {
    name: 'urgent head + blind + probes',
    takes: noSpentSet,
    urgentTakes: (s) => s !== EVERYDAY,
  },
  { name: '+ everyday', takes: (s) => noSpentSet(s) || s === EVERYDAY },
  {
    name: 'emergency head + everyday',
    takes: (s) => noSpentSet(s) || s === EVERYDAY,
    urgentTakes: noSpentSet,
  },
];
// --everyday: only the net without any spent set and the same with the everyday questions.
const MIXES = args.includes('--everyday')
  ? ALL_MIXES.filter((m) => m.name === 'no spent set' || m.name.includes('everyday'))
  : ALL_MIXES;

type Level = TriageLevel;
interface Reading {
  rules: Level;
  row: Row;
}
const readings = new Map<string, Reading>();
/** The rules' level and the net's inputs for a message, worked out once. */
function read(text: string, label: NetLabel = 'routine', source = ''): Reading {
  let r = readings.get(text);
  if (!r) {
    r = { rules: rulesLevel(text), row: rowOf({ text, label, source }) };
    readings.set(text, r);
  }
  return r;
}

interface Net {
  emergency: NetHead;
  urgent: NetHead;
}
const levelWith = (net: Net, text: string, t: NetThresholds = BASE): Level => {
  const { rules, row } = read(text);
  const reading = {
    emergency: headProbability(net.emergency, row.features),
    urgent: headProbability(net.urgent, row.features),
    quiet: row.quiet,
    firm: row.firm,
  };
  return netLevel(rules, reading, t);
};

const ratio = (hit: number, n: number) => (n ? `${(hit / n).toFixed(3)} (${hit}/${n})` : 'n/a');
const show = (t: Tally) =>
  `${ratio(t.eHit, t.e)} / ${ratio(t.uHit, t.u)} / ${ratio(t.rAlarm, t.r)}`;

const pool = labelledMessages(() => true);
for (const m of pool) read(m.text, m.label, m.source);
const rowsOf = (take: (m: { source: string; text: string }) => boolean): Row[] =>
  pool.filter(take).map((m) => ({ ...read(m.text).row, label: m.label, source: m.source }));

const committed: Net = WEIGHTS;
const committedSaw = new Set(Object.keys(WEIGHTS.trainedOn));
const settings: NetThresholds[] = args.includes('--thresholds')
  ? [
      BASE,
      { ...BASE, emergency: 0.8 },
      { ...BASE, emergency: 0.9 },
      { ...BASE, agree: 0.95 },
      { ...BASE, urgent: 0.95 },
      { ...BASE, urgent: 0.98 },
      { ...BASE, routine: 0.02 },
      { ...BASE, routine: 0.05 },
    ]
  : [BASE];
const nameOf = (t: NetThresholds) => `${t.emergency} & ${t.agree} / ${t.urgent} / ${t.routine}`;

console.log(
  `Leave one spent blind set out (rules of ${CHECKOUT ?? 'this checkout'}; training seed ${SEED}; net at ${nameOf(BASE)}).`,
);
console.log('Each cell: emergency recall / same-day → urgent+ / false alarms on routine.\n');
const columns = ['net-weights.json', ...MIXES.map((m) => m.name)];
console.log(`set | rules alone | ${columns.join(' | ')}`);
const totals = columns.map(() => settings.map(tally));
const rulesTotal = tally();
/** A mix's net, trained without the messages of a left-out set (its id and texts). */
function netOf(mix: Mix, out?: { id: string; texts: ReadonlySet<string> }): Net {
  const rows = (takes: (source: string) => boolean) =>
    rowsOf((m) => takes(m.source) && m.source !== out?.id && !out?.texts.has(m.text));
  return trainNet(rows(mix.takes), SEED, rows(mix.urgentTakes ?? mix.takes));
}
const noSpent = netOf(MIXES[0]!);
for (const id of ROTATE) {
  const set = BLIND_SETS.find((s) => s.id === id)!;
  const texts = new Set(set.cases.map((c) => c.text));
  const nets: Net[] = [
    committed,
    noSpent,
    ...MIXES.slice(1).map((mix) => netOf(mix, { id, texts })),
  ];
  const one = tally();
  const cells = nets.map(() => tally());
  for (const c of set.cases) {
    add(one, c.expected, read(c.text).rules);
    add(rulesTotal, c.expected, read(c.text).rules);
    const levels = nets.map((net, i) => {
      const level = levelWith(net, c.text);
      add(cells[i]!, c.expected, level);
      settings.forEach((t, k) => add(totals[i]![k]!, c.expected, levelWith(net, c.text, t)));
      return level;
    });
    if (args.includes('--list') && new Set(levels.slice(1)).size > 1)
      console.log(`  ${c.expected}: ${levels.slice(1).join(' / ')}: ${c.text}`);
  }
  const seen = committedSaw.has(id) ? ' (trained on it)' : '';
  console.log(`${id} | ${show(one)} | ${cells.map(show).join(' | ')}${seen}`);
}
console.log(`TOTAL | ${show(rulesTotal)} | ${totals.map((t) => show(t[0]!)).join(' | ')}`);
if (settings.length > 1) {
  console.log('\nTotals at other thresholds (emergency & agree / urgent / routine):');
  settings.forEach((t, k) =>
    console.log(`${nameOf(t)} | ${totals.map((x) => show(x[k]!)).join(' | ')}`),
  );
}

// Where no mix learns: the net trained on each whole mix.
const full: Net[] = [committed, noSpent, ...MIXES.slice(1).map((mix) => netOf(mix))];
const heldOutProbes = SPENT_PROBES.flatMap((file) =>
  (
    JSON.parse(readFileSync(join(SAFETY, `${file}.json`), 'utf8')) as {
      text: string;
      expected: string;
      open?: string;
      split?: string;
    }[]
  ).filter((e) => e.split === 'held-out' && !e.open),
);
const evaluations: { name: string; cases: readonly { text: string; expected: string }[] }[] = [
  { name: 'dev held-out half', cases: HELDOUT },
  { name: 'fresh set', cases: FRESH },
  { name: 'probe held-out halves', cases: heldOutProbes },
];
console.log(`\nNever trained on by any mix | ${columns.join(' | ')}`);
for (const { name, cases } of evaluations) {
  const cells = full.map((net) => {
    const t = tally();
    for (const c of cases) add(t, c.expected, levelWith(net, c.text));
    return show(t);
  });
  console.log(`${name} (${cases.length}) | ${cells.join(' | ')}`);
}

const everyday = loadQuestions().filter((q) => q.kind !== 'crisis');
const raised = full.map((net) =>
  everyday.filter(
    (q) => read(q.text).rules !== 'emergency' && levelWith(net, q.text) === 'emergency',
  ),
);
console.log(
  `everyday questions (${everyday.length}) the net raises to emergency | ${raised.map((r) => r.length).join(' | ')}`,
);
const emergencies = full.map(
  (net) => everyday.filter((q) => levelWith(net, q.text) === 'emergency').length,
);
console.log(`everyday questions read as emergency at all | ${emergencies.join(' | ')}`);
if (args.includes('--list'))
  raised.forEach((r, i) => {
    console.log(`  ${columns[i]}:`);
    for (const q of r) console.log(`    ${q.id}: ${q.text}`);
  });
