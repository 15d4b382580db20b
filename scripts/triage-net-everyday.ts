// npx tsx scripts/triage-net-everyday.ts [--list] [--seed N] [--rules <checkout>]
// (npm run triage:net:everyday)
//
// What the triage net (src/lib/safety/triage/net.ts) makes of everyday health questions, and
// whether learning them helps: the 504 non-crisis questions of the judged retrieval sets with a
// triage level from a labeller who read no code (test/fixtures/triage-everyday). For each
// retrieval set G (halfOf: tune, held-out, held-out B … L), train the net on today's training
// messages (scripts/lib/triage-labelled.ts, without the everyday set) plus the everyday
// questions of the other sets (never a text of G, wherever it was met), and read G with the
// rules and that net: what a new batch of everyday questions is like. Compared with the rules
// alone, the weights in net-weights.json (fair only while they were not trained on the everyday
// set: the header says) and the net retrained on today's messages alone; the last column teaches
// the everyday questions to the emergency head only (the urgent head and its take-back as today).
//
// Each cell: routine or urgent read as an EMERGENCY (a false alarm that also withholds the
// similar cases) / routine read as urgent or above / urgent or emergency read as routine /
// emergency read below emergency. --list prints every question whose level differs between
// the committed weights and a leave-one-set-out net; --seed N trains with another order of
// the rows (net-weights.json uses seed 1); --rules <checkout> puts an older checkout's rules
// in front of the net (see triage-net-loso.ts).
import { headProbability, netLevel, type NetHead } from '../src/lib/safety/triage/net.ts';
import WEIGHTS from '../src/lib/safety/triage/net-weights.json' with { type: 'json' };
import type { TriageLevel } from '../src/lib/safety/triage/types.ts';
import { SET_NAMES } from './lib/retrieval-questions.ts';
import {
  addEveryday,
  EVERYDAY,
  everydayCells,
  everydayGroup,
  everydayTally,
  type EverydayTally,
} from './lib/triage-everyday.ts';
import { HELD_OUT, labelledMessages } from './lib/triage-labelled.ts';
import { rowOf, rulesOf, trainNet, type Row } from './lib/triage-net-train.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SEED = Number(option('--seed') ?? 1);
const CHECKOUT = option('--rules');
const rulesLevel = await rulesOf(CHECKOUT);

interface Net {
  emergency: NetHead;
  urgent: NetHead;
}
const rows = new Map<string, Row>();
const rules = new Map<string, TriageLevel>();
const rowFor = (text: string) => {
  let r = rows.get(text);
  if (!r) rows.set(text, (r = rowOf({ text, label: 'routine', source: '' })));
  return r;
};
const rulesFor = (text: string) => {
  let l = rules.get(text);
  if (!l) rules.set(text, (l = rulesLevel(text)));
  return l;
};
const levelWith = (net: Net | undefined, text: string): TriageLevel => {
  if (!net) return rulesFor(text);
  const row = rowFor(text);
  return netLevel(rulesFor(text), {
    emergency: headProbability(net.emergency, row.features),
    urgent: headProbability(net.urgent, row.features),
    quiet: row.quiet,
    firm: row.firm,
  });
};

/** Today's training messages without the everyday set, and the everyday ones apart. */
const pool = labelledMessages((s) => !HELD_OUT.has(s) || s === 'everyday');
const toRow = (m: (typeof pool)[number]): Row => ({ ...rowFor(m.text), ...m });
const today = pool.filter((m) => m.source !== 'everyday');
const everyday = pool.filter((m) => m.source === 'everyday');
/**
 * The net trained on today's messages plus the everyday questions not in `texts` (none when
 * `texts` is undefined), both heads or (`emergencyOnly`) the emergency head alone; a text of
 * `texts` is never learnt, wherever it was met.
 */
function netWithout(texts: ReadonlySet<string> | undefined, emergencyOnly = false): Net {
  const rows = (withEveryday: boolean) =>
    [...today, ...(texts && withEveryday ? everyday : [])]
      .filter((m) => !texts?.has(m.text))
      .map(toRow);
  return trainNet(rows(true), SEED, rows(!emergencyOnly));
}

const show = (t: EverydayTally) => everydayCells(t).join(' / ');

// Phase 10's two heads: net-weights.json's emergency head and its agree head (phase 10's urgent
// head). These experiments measure retraining against them; the urgent head stop 48 added (and
// what the three heads read together) is measured by scripts/triage-net-fresh.ts.
const committed: Net = { emergency: WEIGHTS.emergency, urgent: WEIGHTS.agree };
const sawEveryday = 'everyday' in WEIGHTS.trainedOn;
const retrained = netWithout(undefined);
const columns = [
  'rules alone',
  'net-weights.json',
  'today retrained',
  'today + other sets',
  'emergency head only',
];
console.log(
  `Everyday questions, leave one retrieval set out (rules of ${CHECKOUT ?? 'this checkout'}; training seed ${SEED}).`,
);
console.log(
  'Each cell: routine/urgent → EMERGENCY / routine → urgent+ / urgent+emergency → routine / emergency missed.',
);
if (sawEveryday)
  console.log('(net-weights.json was trained on the everyday set: not a fair column.)');
console.log(`set | ${columns.join(' | ')}`);
const totals = columns.map(everydayTally);
for (const group of SET_NAMES) {
  const questions = EVERYDAY.filter((q) => everydayGroup(q) === group);
  if (questions.length === 0) continue;
  const texts = new Set(questions.map((q) => q.text));
  const nets = [undefined, committed, retrained, netWithout(texts), netWithout(texts, true)];
  const cells = nets.map(everydayTally);
  for (const q of questions) {
    const levels = nets.map((net, i) => {
      const level = levelWith(net, q.text);
      addEveryday(cells[i]!, q.expected, level);
      addEveryday(totals[i]!, q.expected, level);
      return level;
    });
    if (args.includes('--list') && new Set(levels.slice(1)).size > 1)
      console.log(`  ${q.id} ${q.expected}: ${levels.join(' / ')}: ${q.text}`);
  }
  console.log(`${group} (${questions.length}) | ${cells.map(show).join(' | ')}`);
}
console.log(`TOTAL (${EVERYDAY.length}) | ${totals.map(show).join(' | ')}`);
