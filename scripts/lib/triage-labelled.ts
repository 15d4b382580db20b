// Every labelled triage message the project holds, with the set it came from: what the triage
// net (src/lib/safety/triage/net.ts) is trained on and cross-checked with. Sets kept OUT of
// training, so that their figures stay honest: the development set's held-out half and the
// fresh set (triage:report prints both as never tuned on), any set or probe file named in
// HELD_OUT, and the entries of a probe file marked "split": "held-out".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TUNE } from '../../test/unit/safety/dev-set/index.ts';
import { PROBE_LINE } from '../../test/unit/safety/probe-lines.ts';
import { TRIAGE_CASES } from '../../test/unit/safety/triage-table.ts';
import { BLIND_SETS } from './triage-blind-sets.ts';
import { EVERYDAY, EVERYDAY_DIR, readLabelled } from './triage-everyday.ts';

/** A level, or "not-emergency" (a probe that only asks to stay out of emergency). */
export type NetLabel = 'emergency' | 'urgent' | 'routine' | 'not-emergency';

export interface Labelled {
  text: string;
  label: NetLabel;
  /** The set it came from: "dev-tune", "table", "blind-4", "probes-p7-a", "triage-probes-p5"… */
  source: string;
}

/**
 * Sets never trained on: each is a held-out figure for the net (blind sets:
 * scripts/lib/triage-blind-sets.ts; probe files: test/unit/safety/probes-*.json by name).
 * probes-p10-fa: trained on (its tuning half), the net moved enough to lose emergencies it
 * had caught on blind-9, blind-10 and the development set's held-out half (a bowel
 * obstruction the rules leave to the net fell from 0.90 to 0.82), so the phase-10 false
 * alarms are fixed in the rules alone and the set stays a figure for rules and net together.
 * probes-p10-fa2: kept out for the same reason (its kinds were fixed in the rules).
 * probes-p11-fa: kept out too; its principles (an episode that is over, a single minor
 * medication slip, asking what to look out for, a textbook sign described) are fixed in the rules.
 * probes-p11-neg: kept out too; negation scope is fixed in the rules (scope-list-clause.ts).
 * probes-p12-over: kept out too; a reassurance's reach (its clause or episode) is fixed in the rules.
 * probes-p12-fa: kept out too; routine look-alikes and their twins, fixed in scope and lexicon.
 * blind-16: tuned on in phase 12 (helper b16), never trained on (the net's weights are unchanged).
 * probes-p12-b16: kept out too; blind-16's principles and their twins, fixed in rules, lexicon, scope.
 * blind-17 and probes-p12-b17: tuned on in phase 12 (helper b17), never trained on (weights unchanged).
 * probes-p12-open: kept out too; a clearance's reach and eating-disorder red flags, fixed in the rules.
 * blind-18: phase 12's last unseen set, never tuned or trained on.
 * Phase 13: all of these are spent, so they are kept out now only because learning them did not
 * help. scripts/triage-net-loso.ts (npm run triage:net:loso, README "Triage net") left each of
 * blind 10, 12-18 out in turn and trained on the rest of them (and the probe files' tuning
 * halves): behind today's rules same-day recall rose by 3-4 of 456 but emergency recall fell by
 * 1-4 of 608 over five training orders (601 with the committed weights), so they stay out.
 * Behind rules that had seen none of them (26c0b48) the same mix gained on all three figures:
 * worth measuring again when the rules change (--rules). Training only the urgent head on them
 * kept the emergencies and gained the same-day messages, but took back same-day messages of
 * the development set's held-out half (a seizure after missed lamotrigine): not shipped either.
 * everyday: the 504 everyday questions of the judged retrieval sets (test/fixtures/triage-everyday),
 * labelled in phase 13. Learnt (scripts/triage-net-everyday.ts, leaving one retrieval set out),
 * they take the net's everyday emergency false alarms from 5 to 0-1, but on the blind sets
 * (triage-net-loso.ts --everyday) every training order loses emergencies: 598 of 608 against
 * 599-601 behind today's rules, 581 against 582-585 behind 26c0b48's (an adder bite, a gas
 * heater in a caravan, a grinding-metal eye injury), with both heads or the emergency head
 * alone: so they stay out and the weights are unchanged.
 * blind-19, blind-20: phase 13's unseen sets, never tuned or trained on.
 * blind-21, blind-22: phase 14's unseen sets, never tuned or trained on.
 * Phase 14 (triage-net-loso.ts --heads, seeds 1-5): the urgent head alone learning the spent
 * sets, with the emergency head as committed, lost no emergency of the 608 and read 4 more
 * same-day messages, but written at seed 1 its take-back lowered two labelled same-day messages
 * to routine (10 ml of Calpol for 5 ml in the development held-out half; a toddler who ate half a
 * tube of adult toothpaste and was sick); the emergency head with the everyday routine questions
 * down-weighted (0.05-0.5) still lost 2-3 emergencies. So all of them stay out (docs/history/triage-net.md, phase 14).
 * probes-p14-recall: kept out too; lay wordings of emergencies read routine (a seizure told as
 * shaking that will not stop, a danger place with hopelessness, sight gone from one eye, a baby
 * not felt moving, a missing button battery, a known aortic bulge), fixed in lexicon and rules.
 * probes-p14-recall-b: kept out too; "in the past hour" read as the past, sudden confusion in an
 * older adult, foraged mushrooms or plants, a slow pulse in lay words.
 * probes-p14-recall-c: kept out too; a question frame over one's own sign, a newborn's pauses in
 * breathing or blue lips, a racing heart read off a watch with a faint, a large scald in a child.
 * probes-p14-recall-review: kept out too; a reviewer's look-alikes and twins of this round's
 * readings, the look-alikes used to narrow them.
 * probes-p14-recall2: kept out too; blind 21 and 22's under-reads by mechanism (several magnets
 * swallowed, a household's symptoms better away from home, a child hard to wake, a mouth that
 * will not open or water that will not go down, an unnamed button battery, an infant's pauses,
 * first-episode psychosis, a self-harm urge tonight, redness past a pen line, a metal fragment in
 * the eye, new bleeding or a high INR on a blood thinner), each with routine look-alikes.
 */
export const HELD_OUT: ReadonlySet<string> = new Set([
  'blind-10',
  'blind-12',
  'blind-13',
  'blind-14',
  'blind-15',
  'probes-p10-fa',
  'probes-p10-fa2',
  'probes-p10-fa3',
  'probes-p11-fa',
  'probes-p11-neg',
  'probes-p12-over',
  'probes-p12-fa',
  'blind-16',
  'probes-p12-b16',
  'blind-17',
  'probes-p12-b17',
  'probes-p12-open',
  'blind-18',
  'everyday',
  'blind-19',
  'blind-20',
  'blind-21',
  'blind-22',
  'probes-p14-recall',
  'probes-p14-recall-b',
  'probes-p14-recall-c',
  'probes-p14-recall-review',
  'probes-p14-recall2-review',
  'probes-p14-recall2',
  'probes-p17-everyday',
  'probes-p18-rash',
  'probes-p19-fresh',
  'probes-p19-crisis',
  'probes-p20-overreads',
  'probes-p20-fresh',
  'probes-p21-fresh',
  'probes-p22-fresh',
  'probes-p22a-fresh',
  'probes-p23-fresh',
  'probes-p23a-fresh',
  'probes-p24-fresh',
  'probes-p24a-fresh',
  'probes-p24b-fresh',
  'probes-p24c-fresh',
  'probes-p24d-fresh',
  'probes-p24e-fresh',
  'probes-p24f-fresh',
  'probes-p24g-fresh',
  'probes-p25-fresh',
]);

const SAFETY = join(import.meta.dirname, '..', '..', 'test', 'unit', 'safety');
// The probe lines of triage-probes*.test.ts (probe-harness.ts): E emergency, U urgent or
// above, X urgent exactly, N not emergency, R routine.
const PROBE_LABEL: Record<string, NetLabel> = {
  E: 'emergency',
  U: 'urgent',
  X: 'urgent',
  N: 'not-emergency',
  R: 'routine',
};

function asLabel(expected: string): NetLabel {
  if (expected === 'emergency' || expected === 'urgent' || expected === 'routine') return expected;
  throw new Error(`unknown triage label "${expected}"`);
}

/** The labelled messages the net may learn from (each text once; the first label wins). */
export function trainingMessages(): Labelled[] {
  return labelledMessages((source) => !HELD_OUT.has(source));
}

/**
 * Every labelled message of the sets `take` accepts (by source), each text once, the first
 * label winning; never the development set's held-out half, the fresh set, a probe entry
 * whose label is doubted or one in a probe file's held-out half. trainingMessages() takes all
 * but HELD_OUT; scripts/triage-net-loso.ts takes other mixes to see what a set would add.
 */
export function labelledMessages(take: (source: string) => boolean): Labelled[] {
  const out: Labelled[] = [
    ...TUNE.map((c) => ({ text: c.text, label: asLabel(c.expected), source: 'dev-tune' })),
    ...TRIAGE_CASES.map((c) => ({ text: c.text, label: asLabel(c.expected), source: 'table' })),
  ];
  for (const set of BLIND_SETS) {
    for (const c of set.cases)
      out.push({ text: c.text, label: asLabel(c.expected), source: set.id });
  }
  for (const file of readdirSync(SAFETY).sort()) {
    const source = file.replace(/\.(test\.ts|json)$/, '');
    if (/^probes-.*\.json$/.test(file)) {
      const entries = JSON.parse(readFileSync(join(SAFETY, file), 'utf8')) as {
        text: string;
        expected: string;
        open?: string;
        split?: string;
      }[];
      // An entry whose label its author doubts ("open") teaches nothing either way; one in
      // a probe set's held-out half ("split": "held-out") is never learnt from.
      for (const e of entries.filter((x) => !x.open && x.split !== 'held-out'))
        out.push({ text: e.text, label: asLabel(e.expected), source });
    } else if (/^triage-probes.*\.test\.ts$/.test(file)) {
      for (const line of readFileSync(join(SAFETY, file), 'utf8').split('\n')) {
        const m = PROBE_LINE.exec(line.trim());
        if (m) out.push({ text: m[3]!, label: PROBE_LABEL[m[1]!]!, source });
      }
    }
  }
  // The everyday questions of the judged retrieval sets (test/fixtures/triage-everyday), last:
  // a text met in a triage set keeps that set's label.
  for (const q of EVERYDAY) out.push({ text: q.text, label: q.expected, source: 'everyday' });
  const seen = new Set<string>();
  return out
    .filter((m) => take(m.source))
    .filter((m) => !seen.has(m.text) && (seen.add(m.text), true));
}

/**
 * Fresh sets (test/fixtures/triage-everyday/fresh-triage-*.json) kept out of the net's training:
 * - p29p, p29q, p29r, p29t: committed unread at stop 47 to judge the next change of the net on
 *   sets written after it was chosen. Stop 48 read them once, for totals (docs/history/
 *   triage-net.md, "Stop 48"), so they are spent; they stay listed so that the weights shipped
 *   at stop 48 are reproducible (the next retraining may take them in);
 * - p29v, p29w, p29x, p29z, p30a, p30b, p30c, p30d, p30e, p30f: committed unread at stop 48's
 *   end; stop 49 read them (five message by message, five for totals), so they are spent;
 * - p30h, p30i, p30j, p30k, p30l, p30m: written during stop 49; it read p30k, p30l and p30m for
 *   totals only (docs/history/triage-net.md, "Stop 49"); stop 50 read p30h, p30i and p30j (totals
 *   for stop 49's held-out figure, then message by message), so they are spent;
 * - p30n, p30o, p30p, p30q, p30r, p30s: written at stop 50's start; p30p, p30r and p30s were its
 *   held-out three (totals only, read three times: spent); p30n, p30o and p30q stay unread, for
 *   the next stop;
 * - p30t, p30u, p30v: written mid-stop 50, read for totals only at stop 49's end and at stop
 *   50's end (a wider held-out figure): spent.
 * - p31n, p31o, p31p, p31q: written at stop 53's start from the brief by four authors of no
 *   code; p31o and p31p are its held-out figure with p31g, p31h, p31j and p31l (totals only,
 *   docs/history/triage-net.md, "Stop 53"); p31n and p31q stay unread for stop 54;
 * - p31r, p31s, p31t, p31u: written for stop 53's second round; p31s and p31t are its held-out
 *   figure (totals only), p31r and p31u stay unread for stop 54.
 * scripts/triage-net-fresh.ts reads one only when it is named held out (--held-out).
 */
export const FRESH_RESERVED: readonly string[] = [
  'fresh-triage-p29p.json',
  'fresh-triage-p29q.json',
  'fresh-triage-p29r.json',
  'fresh-triage-p29t.json',
  'fresh-triage-p29v.json',
  'fresh-triage-p29w.json',
  'fresh-triage-p29x.json',
  'fresh-triage-p29z.json',
  'fresh-triage-p30a.json',
  'fresh-triage-p30b.json',
  'fresh-triage-p30c.json',
  'fresh-triage-p30d.json',
  'fresh-triage-p30e.json',
  'fresh-triage-p30f.json',
  'fresh-triage-p30h.json',
  'fresh-triage-p30i.json',
  'fresh-triage-p30j.json',
  'fresh-triage-p30k.json',
  'fresh-triage-p30l.json',
  'fresh-triage-p30m.json',
  'fresh-triage-p30n.json',
  'fresh-triage-p30o.json',
  'fresh-triage-p30p.json',
  'fresh-triage-p30q.json',
  'fresh-triage-p30r.json',
  'fresh-triage-p30s.json',
  'fresh-triage-p30t.json',
  'fresh-triage-p30u.json',
  'fresh-triage-p30v.json',
  'fresh-triage-p30w.json',
  'fresh-triage-p30x.json',
  'fresh-triage-p30y.json',
  'fresh-triage-p30z.json',
  'fresh-triage-p31a.json',
  'fresh-triage-p31b.json',
  'fresh-triage-p31c.json',
  'fresh-triage-p31d.json',
  'fresh-triage-p31e.json',
  'fresh-triage-p31f.json',
  'fresh-triage-p31g.json',
  'fresh-triage-p31h.json',
  'fresh-triage-p31i.json',
  'fresh-triage-p31j.json',
  'fresh-triage-p31k.json',
  'fresh-triage-p31l.json',
  'fresh-triage-p31m.json',
  'fresh-triage-p31n.json',
  'fresh-triage-p31o.json',
  'fresh-triage-p31p.json',
  'fresh-triage-p31q.json',
  'fresh-triage-p31r.json',
  'fresh-triage-p31s.json',
  'fresh-triage-p31t.json',
  'fresh-triage-p31u.json',
];

/** Every fresh set but the reserved ones, by file name, sorted. */
export function freshFiles(): string[] {
  return readdirSync(EVERYDAY_DIR)
    .filter((f) => /^fresh-triage-.*\.json$/.test(f) && !FRESH_RESERVED.includes(f))
    .sort();
}

/**
 * What the net's URGENT head learns from since stop 48: trainingMessages() and then every
 * fresh set but the reserved ones, each text once (a text met earlier keeps its first label).
 * The emergency head stays as phase 10 trained it: retrained with the fresh sets it lost 3-4
 * emergencies of 400 on ten sets it never saw, the urgent head alone lost none and halved the
 * routine messages read as urgent (docs/history/triage-net.md, "Stop 47").
 */
export function urgentTrainingMessages(): Labelled[] {
  const out = trainingMessages();
  const seen = new Set(out.map((m) => m.text));
  for (const file of freshFiles()) {
    const source = file.replace(/\.json$/, '');
    for (const q of readLabelled(file))
      if (!seen.has(q.text)) {
        seen.add(q.text);
        out.push({ text: q.text, label: q.expected, source });
      }
  }
  return out;
}
