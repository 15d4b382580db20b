// npx tsx scripts/triage-net-loso.ts [--list] [--thresholds] [--at E,A,U,R] [--seed N]
//   [--rules <checkout>] [--everyday | --heads [--weights W,W…]]
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
//
// --heads (phase 14) runs other mixes instead, each changing one head or both, and compares
// each with net-weights.json message by message (emergencies it loses and gains); columns:
// - "retrained": both heads on net-weights.json's own sets at this seed, on today's features:
//   what retraining alone moves (the order, and the scopes changed since phase 10);
// - "A": the urgent head learns the spent sets too (blind 10, 12–18 but the left-out one, the
//   probe files' tuning halves), the emergency head is net-weights.json's own, not retrained;
// - "A retrained": the same, the emergency head retrained on its own sets at this seed (as
//   `npm run triage:net` retrains it: net-weights.json was trained in phase 10, on the features
//   the rules' scopes gave then, so "retrained" is not net-weights.json, even at seed 1);
// - "A 19–20": "A" with phase 13's unseen blind sets 19 and 20 as well (phase 13 measured
//   this one); without it, those two stay a figure no mix but this one has learnt;
// - "B w": the emergency head learns the everyday questions too, the routine ones counting w
//   (--weights, 0.25,0.5 when not given: a routine everyday question pulls a quarter or half
//   as hard), the urgent head is net-weights.json's own;
// - "A+B w": both.
// It then reads the everyday questions the way triage:net:everyday does, leaving each retrieval
// set out in turn (its texts never learnt, wherever they were met), and ends with one summary
// line per column: what a mix must show at every seed before it is worth shipping. Needed, not
// enough: these sets are all it reads, so a mix that passes is then written and every committed
// message dumped before and after (scripts/triage-dump.ts). Phase 14's A passed here and failed
// there: its urgent head took back labelled same-day messages of other sets (docs/history/triage-net.md, phase 14).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  NET_THRESHOLDS,
  headProbability,
  netLevel,
  type NetHead,
  type NetThresholds,
} from '../src/lib/safety/triage/net.ts';
import WEIGHTS from '../src/lib/safety/triage/net-weights.json' with { type: 'json' };
import type { TriageLevel } from '../src/lib/safety/triage/types.ts';
import { HELDOUT } from '../test/unit/safety/dev-set/index.ts';
import FRESH from '../test/unit/safety/fresh-set/index.ts';
import { loadQuestions, SET_NAMES } from './lib/retrieval-questions.ts';
import { BLIND_SETS } from './lib/triage-blind-sets.ts';
import {
  addEveryday,
  EVERYDAY as EVERYDAY_QUESTIONS,
  everydayCells,
  everydayGroup,
  everydayTally,
  type EverydayTally,
} from './lib/triage-everyday.ts';
import { HELD_OUT, labelledMessages, type Labelled, type NetLabel } from './lib/triage-labelled.ts';
import { rowOf, rulesOf, trainNet, type Row } from './lib/triage-net-train.ts';
import { add, tally, type Tally } from './lib/triage-tally.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SEED = Number(option('--seed') ?? 1);
const CHECKOUT = option('--rules');
const at = option('--at')?.split(',').map(Number);
const BASE: NetThresholds = at
  ? // A two-head net reads its urgent head as the agree head too: both thresholds are given.
    {
      ...NET_THRESHOLDS,
      emergency: at[0]!,
      agree: at[1]!,
      urgent: at[2]!,
      agreeUrgent: at[2]!,
      routine: at[3]!,
      agreeRoutine: at[3]!,
    }
  : NET_THRESHOLDS;
const rulesLevel = await rulesOf(CHECKOUT);
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
  /** How much a message counts for the emergency head (1 when not given; triage-net-train.ts). */
  emergencyWeight?: (m: Labelled) => number;
  /** A head taken as net-weights.json has it instead of trained (the mix changes the other). */
  keeps?: 'emergency' | 'urgent';
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
/** The sets net-weights.json learns from (trainingMessages). */
const committedSets = (s: string) => !HELD_OUT.has(s);
/** The everyday routine questions counting `w` for the emergency head, every other message 1. */
const everydayRoutineAt = (w: number) => (m: Labelled) =>
  m.source === EVERYDAY && m.label === 'routine' ? w : 1;
/** The spent sets the urgent head of mix A learns besides those: blind 10, 12–18, the probes. */
const spentSets = (s: string) => committedSets(s) || ROTATE.includes(s) || SPENT_PROBES.includes(s);
/** Phase 13's unseen sets, spent too but never trained on: a figure for A, learnt by "A 19–20". */
const LAST_UNSEEN = ['blind-19', 'blind-20'];
const HEAD_MIXES: Mix[] = [
  { name: 'retrained', takes: committedSets },
  { name: 'A', takes: committedSets, urgentTakes: spentSets, keeps: 'emergency' },
  { name: 'A retrained', takes: committedSets, urgentTakes: spentSets },
  {
    name: 'A 19–20',
    takes: committedSets,
    urgentTakes: (s) => spentSets(s) || LAST_UNSEEN.includes(s),
    keeps: 'emergency',
  },
  ...(option('--weights') ?? '0.25,0.5')
    .split(',')
    .map(Number)
    .flatMap((w): Mix[] => [
      {
        name: `B ${w}`,
        takes: (s) => committedSets(s) || s === EVERYDAY,
        emergencyWeight: everydayRoutineAt(w),
        keeps: 'urgent',
      },
      {
        name: `A+B ${w}`,
        takes: (s) => committedSets(s) || s === EVERYDAY,
        emergencyWeight: everydayRoutineAt(w),
        urgentTakes: spentSets,
      },
    ]),
];
const HEADS = args.includes('--heads');
// --everyday: only the net without any spent set and the same with the everyday questions.
// The first mix takes no spent set: it is trained once, not once per left-out set.
const MIXES = HEADS
  ? HEAD_MIXES
  : args.includes('--everyday')
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
/**
 * --heads: the rows of the sets `takes` accepts as train-triage-net.ts builds them, each text
 * once with the first label AMONG THOSE SETS (rowsOf keeps a text's first set among all sets, so
 * a text met in a held-out set and a training set is not learnt there): with it, "retrained" at
 * seed 1 is what `npm run triage:net` writes. Never the left-out set nor any text of it.
 */
const exactRowsOf = (
  takes: (source: string) => boolean,
  out?: { id: string; texts: ReadonlySet<string> },
): Row[] =>
  labelledMessages((s) => takes(s) && s !== out?.id)
    .filter((m) => !out?.texts.has(m.text))
    .map((m) => ({ ...read(m.text).row, label: m.label, source: m.source }));

// Phase 10's two heads: net-weights.json's emergency head and its agree head (phase 10's urgent
// head). These experiments measure retraining against them; the urgent head stop 48 added (and
// what the three heads read together) is measured by scripts/triage-net-fresh.ts.
const committed: Net = { emergency: WEIGHTS.emergency, urgent: WEIGHTS.agree };
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
/** Emergencies of the left-out sets each column misses that net-weights.json caught, and back. */
const lost = columns.map(() => 0);
const gained = columns.map(() => 0);
/** A mix's net, trained without the messages of a left-out set (its id and texts). */
function netOf(mix: Mix, out?: { id: string; texts: ReadonlySet<string> }): Net {
  const rows = (takes: (source: string) => boolean) =>
    HEADS
      ? exactRowsOf(takes, out)
      : rowsOf((m) => takes(m.source) && m.source !== out?.id && !out?.texts.has(m.text));
  const weigh = mix.emergencyWeight;
  const emergencyRows = weigh
    ? rows(mix.takes).map((r) => ({ ...r, weight: weigh(r) }))
    : rows(mix.takes);
  const net = trainNet(emergencyRows, SEED, rows(mix.urgentTakes ?? mix.takes));
  if (mix.keeps === 'emergency') return { ...net, emergency: committed.emergency };
  if (mix.keeps === 'urgent') return { ...net, urgent: committed.urgent };
  return net;
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
    if (c.expected === 'emergency')
      levels.forEach((level, i) => {
        const was = levels[0] === 'emergency';
        if (was && level !== 'emergency') lost[i]!++;
        if (!was && level === 'emergency') gained[i]!++;
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
  // --heads: phase 13's unseen sets, which only "A 19–20" learns.
  ...(HEADS
    ? [
        {
          name: 'blind 19–20 (but "A 19–20")',
          cases: BLIND_SETS.filter((b) => LAST_UNSEEN.includes(b.id)).flatMap((b) => b.cases),
        },
      ]
    : []),
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

// --heads: the everyday questions leaving one retrieval set out (triage-net-everyday.ts), then
// one line per column with the figures that decide whether a mix is worth shipping.
if (HEADS) {
  console.log(
    `\nEveryday questions, leave one retrieval set out (${EVERYDAY_QUESTIONS.length}): routine/urgent → EMERGENCY / routine → urgent+ / urgent+emergency → routine / emergency missed`,
  );
  console.log(`set | ${columns.join(' | ')}`);
  const days = columns.map(everydayTally);
  const showDay = (t: EverydayTally) => everydayCells(t).join(' / ');
  for (const group of SET_NAMES) {
    const questions = EVERYDAY_QUESTIONS.filter((q) => everydayGroup(q) === group);
    if (questions.length === 0) continue;
    const texts = new Set(questions.map((q) => q.text));
    const nets = [committed, ...MIXES.map((mix) => netOf(mix, { id: '', texts }))];
    const cells = nets.map(everydayTally);
    for (const q of questions)
      nets.forEach((net, i) => {
        const level = levelWith(net, q.text);
        addEveryday(cells[i]!, q.expected, level);
        addEveryday(days[i]!, q.expected, level);
      });
    console.log(`${group} (${questions.length}) | ${cells.map(showDay).join(' | ')}`);
  }
  console.log(`TOTAL | ${days.map(showDay).join(' | ')}`);
  console.log(
    `\nSummary, seed ${SEED}: blind emergencies hit (of 608), lost / gained against net-weights.json; same-day → urgent+ (of 456); false alarms (of 456); everyday false emergencies (of ${days[0]!.r + days[0]!.u}); everyday routine → urgent+ (of ${days[0]!.r})`,
  );
  columns.forEach((name, i) => {
    const t = totals[i]![0]!;
    console.log(
      `summary | ${name} | seed ${SEED} | ${t.eHit} | -${lost[i]} +${gained[i]} | ${t.uHit} | ${t.rAlarm} | ${days[i]!.asEmergency} | ${days[i]!.rAlarm}`,
    );
  });
}
