// npx tsx scripts/retrieval-variants.ts — the Chat's retrieval options (CHAT_RETRIEVAL) against
// variants of them, every judged set (F too: spent in phase 7, tuning material since phase 8)
// in one run: per set, shown cases relevant, answerable questions found, nothing-relevant
// questions given nothing, crisis messages given cases, and how many shown pairs are ungraded.
// The crisis rule is applied as the Chat applies it. Variants as JSON in VARIANTS, e.g.
//   VARIANTS='[["chat",{}],["before",{"shareOfShown":null}]]' npx tsx scripts/retrieval-variants.ts
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { CHAT_RETRIEVAL, inChatPool } from '../src/lib/chat/retrieval.ts';
import { triage } from '../src/lib/safety/triage/index.ts';
import { withholdsCases } from '../src/lib/chat/cases-withheld.ts';
import { createRetriever, type RetrieverOptions } from '../src/lib/retrieval/retriever.ts';
import { decodeWordVectors, type WordVectorsFile } from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import {
  gradeKey,
  halfOf,
  loadGrades,
  loadQuestions,
  SET_NAMES,
} from './lib/retrieval-questions.ts';

const VARIANTS: [string, Partial<RetrieverOptions>][] = JSON.parse(
  process.env.VARIANTS ?? '[["chat", {}]]',
);

const dialogues = loadGeneratedDialogues();
const questions = loadQuestions();
const grades = loadGrades(questions);
const crisis = new Map(questions.map((q) => [q.id, withholdsCases(q.text, triage(q.text))]));
const vectors = decodeWordVectors(wordVectors as WordVectorsFile);
const pool = dialogues.filter(inChatPool);
const ungradedPairs = new Set<string>();

for (const [name, override] of VARIANTS) {
  // A key set to null in a variant removes that option.
  const options = Object.fromEntries(
    Object.entries({ ...CHAT_RETRIEVAL, ...override }).filter(([, v]) => v !== null),
  ) as unknown as RetrieverOptions;
  const r = createRetriever(pool, options, vectors);
  const f = Object.fromEntries(
    [...SET_NAMES, 'all'].map((s) => [
      s,
      { shown: 0, rel: 0, ans: 0, found: 0, none: 0, empty: 0, crisis: 0, ungraded: 0 },
    ]),
  );
  for (const q of questions) {
    const found = crisis.get(q.id) ? [] : r.search(q.text);
    const g = found.map((m) => grades.get(gradeKey(q.id, m.dialogue.id, m.exchange.index)));
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
      if (g[i] === undefined) ungradedPairs.add(gradeKey(q.id, m.dialogue.id, m.exchange.index));
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
