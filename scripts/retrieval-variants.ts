// npx tsx scripts/retrieval-variants.ts — the Chat's retrieval options (CHAT_RETRIEVAL) against
// variants of them, every judged set (F too: spent in phase 7, tuning material since phase 8)
// in one run: per set, shown cases relevant, answerable questions found, nothing-relevant
// questions given nothing, crisis messages given cases, and how many shown pairs are ungraded.
// The crisis rule is applied as the Chat applies it. Variants as JSON in VARIANTS, e.g.
//   VARIANTS='[["chat",{}],["before",{"shareOfShown":null}]]' npx tsx scripts/retrieval-variants.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { CHAT_RETRIEVAL, inChatPool } from '../src/lib/chat/retrieval.ts';
import { isCrisis, triage } from '../src/lib/safety/triage/index.ts';
import { createRetriever, type RetrieverOptions } from '../src/lib/retrieval/retriever.ts';
import { decodeWordVectors, type WordVectorsFile } from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import { fnv1a } from '../src/lib/bench/cases.ts';

// As scripts/retrieval-report.ts splits the sets (not imported: that script runs on import).
function halfOf(id: string): string {
  if (id.startsWith('b')) return 'held-out B';
  if (id.startsWith('c')) return 'held-out C';
  if (id.startsWith('d')) return 'held-out D';
  if (id.startsWith('r')) return 'held-out E';
  if (id.startsWith('f')) return 'held-out F';
  return fnv1a(id) % 2 === 0 ? 'tune' : 'held-out';
}

const VARIANTS: [string, Partial<RetrieverOptions>][] = JSON.parse(
  process.env.VARIANTS ?? '[["chat", {}]]',
);

const ROOT = join(import.meta.dirname, '..');
const FIX = join(ROOT, 'test', 'fixtures', 'retrieval');
const dialogues = loadGeneratedDialogues();
type Q = { id: string; text: string; kind: string; poolHasRelevant?: boolean };
const questions = [
  'questions.json',
  'questions-b.json',
  'questions-c.json',
  'questions-d.json',
  'questions-e.json',
  'questions-f.json',
].flatMap((f) => JSON.parse(readFileSync(join(FIX, f), 'utf8')) as Q[]);
const grades = new Map<string, number>();
for (const line of readFileSync(join(FIX, 'judgments.tsv'), 'utf8').split('\n').slice(1)) {
  const [q, d, e, g] = line.split('\t');
  if (q) grades.set(`${q}\t${d}\t${e}`, Number(g));
}
const crisis = new Map(questions.map((q) => [q.id, isCrisis(triage(q.text))]));
const vectors = decodeWordVectors(wordVectors as WordVectorsFile);
const pool = dialogues.filter(inChatPool);
const sets = [
  'tune',
  'held-out',
  'held-out B',
  'held-out C',
  'held-out D',
  'held-out E',
  'held-out F',
];
const ungradedPairs = new Set<string>();

for (const [name, override] of VARIANTS) {
  // A key set to null in a variant removes that option.
  const options = Object.fromEntries(
    Object.entries({ ...CHAT_RETRIEVAL, ...override }).filter(([, v]) => v !== null),
  ) as unknown as RetrieverOptions;
  const r = createRetriever(pool, options, vectors);
  const f = Object.fromEntries(
    [...sets, 'all'].map((s) => [
      s,
      { shown: 0, rel: 0, ans: 0, found: 0, none: 0, empty: 0, crisis: 0, ungraded: 0 },
    ]),
  );
  for (const q of questions) {
    const found = crisis.get(q.id) ? [] : r.search(q.text);
    const g = found.map((m) => grades.get(`${q.id}\t${m.dialogue.id}\t${m.exchange.index}`));
    for (const s of [halfOf(q.id), 'all']) {
      const x = f[s]!;
      x.shown += found.length;
      x.rel += g.filter((v) => (v ?? 0) >= 1).length;
      x.ungraded += g.filter((v) => v === undefined).length;
      if (q.kind === 'crisis') x.crisis += found.length > 0 ? 1 : 0;
      else if (q.poolHasRelevant) {
        x.ans += 1;
        if (g.some((v) => (v ?? 0) >= 1)) x.found += 1;
      } else {
        x.none += 1;
        if (found.length === 0) x.empty += 1;
      }
    }
    found.forEach((m, i) => {
      if (g[i] === undefined) ungradedPairs.add(`${q.id}\t${m.dialogue.id}\t${m.exchange.index}`);
    });
  }
  const pct = (a: number, b: number) => `${Math.round((100 * a) / b)}%`;
  console.log(`\n${name} ${JSON.stringify(override)}`);
  for (const [s, x] of Object.entries(f)) {
    console.log(
      `  ${s.padEnd(11)} relevant ${pct(x.rel, x.shown).padStart(4)} (${x.rel}/${x.shown})  found ${pct(x.found, x.ans).padStart(4)} (${x.found}/${x.ans})  nothing ${x.empty}/${x.none}  crisis ${x.crisis}  ungraded ${x.ungraded}`,
    );
  }
}
if (process.argv.includes('--ungraded')) for (const p of ungradedPairs) console.log(p);
