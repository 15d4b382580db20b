// npx tsx scripts/retrieval-loso.ts [--ungraded FILE] — a retrieval change judged on sets it was
// not tuned on. Each variant of the Chat's policy (CHAT_RETRIEVAL with one change, or the crisis
// rule narrowed) is run on every judged set; then, leaving one set out at a time, the variant
// that scores best on the eleven others is read on the twelfth. Objective as in
// scripts/retrieval-later-case.ts: 5 × (found + nothing → nothing) + relevant shown − 3 ×
// irrelevant shown, ungraded pairs counted as irrelevant, and a variant giving a crisis message a
// case is never picked. Prints, per set and in total, relevant / found / nothing → nothing /
// crisis with cases / nDCG@3 for the Chat as it is ("before") and for the picks ("after"), then
// each variant on all sets. --ungraded FILE writes every returned pair not in judgments.tsv
// that the picks or the final policy show and main does not (question, dialogue, exchange;
// tab-separated).
import { writeFileSync } from 'node:fs';
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { BLIND_SETS } from './lib/triage-blind-sets.ts';
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
import { add, countQuestion, idealDcg, zero, type Figures } from './lib/retrieval-figures.ts';

const LAMBDA = 3;

interface Variant {
  name: string;
  options: RetrieverOptions;
}

/** The policy without the changes tried here: what main ships. */
const { leadByStated: _l, ...mainOptions } = CHAT_RETRIEVAL;
const { topCandidate: _t, ...mainFirst } = CHAT_RETRIEVAL.firstCase!;
const BASE: RetrieverOptions = { ...mainOptions, firstCase: mainFirst };

const variants: Variant[] = [{ name: 'main', options: BASE }];
for (const lead of [false, true]) {
  if (lead) variants.push({ name: 'lead', options: { ...BASE, leadByStated: true } });
  for (const minCoverage of [0.35, 0.4, 0.45]) {
    for (const minMatched of [2, 3, 4]) {
      variants.push({
        name: `${lead ? 'lead+' : ''}top ${minCoverage}/${minMatched}`,
        options: {
          ...BASE,
          ...(lead ? { leadByStated: true } : {}),
          firstCase: { ...mainFirst, topCandidate: { minCoverage, minMatched } },
        },
      });
    }
  }
}
// The policy as committed, to list its ungraded pairs too.
variants.push({ name: 'committed', options: CHAT_RETRIEVAL });

const objective = (f: Figures) =>
  f.crisisCases > 0 ? -Infinity : 5 * (f.found + f.empty) + f.rel - LAMBDA * (f.shown - f.rel);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const line = (f: Figures) =>
  [
    `relevant ${Math.round((100 * f.rel) / f.shown)}% (${f.rel}/${f.shown})`,
    `found ${f.found}/${f.ans}`,
    `nothing ${f.empty}/${f.none}`,
    `crisis ${f.crisisCases}/${f.crisis}`,
    `nDCG@3 ${mean(f.ndcg).toFixed(3)}`,
    `ungraded ${f.ungraded}`,
  ].join('  ');

const questions = loadQuestions();
const grades = loadGrades(questions);
const pool = loadGeneratedDialogues().filter(inChatPool);
const vectors = decodeWordVectors(wordVectors as WordVectorsFile);
const withheld = new Map(questions.map((q) => [q.id, withholdsCases(q.text, triage(q.text))]));
const ideal = new Map(questions.map((q) => [q.id, idealDcg(q.id, grades)]));

// figures[variant][set], and the ungraded pairs each variant shows per set.
const ungradedBy: Map<string, string[]>[] = [];
const figures = variants.map(({ options }) => {
  const r = createRetriever(pool, options, vectors);
  const bySet = new Map<string, Figures>(SET_NAMES.map((s) => [s, zero()]));
  const missing = new Map<string, string[]>(SET_NAMES.map((s) => [s, []]));
  for (const q of questions) {
    const set = halfOf(q.id);
    const found = withheld.get(q.id) ? [] : r.search(q.text);
    const keys = found.map((m) => gradeKey(q.id, m.dialogue.id, m.exchange.index));
    const g = keys.map((k) => grades.get(k));
    keys.forEach((k, i) => g[i] === undefined && missing.get(set)!.push(k));
    countQuestion(bySet.get(set)!, q, g, ideal.get(q.id));
  }
  ungradedBy.push(missing);
  return bySet;
});

const total = (i: number, sets: readonly string[]) =>
  sets.reduce((sum, s) => add(sum, figures[i]!.get(s)!), zero());
const candidates = variants.flatMap((v, i) => (v.name === 'committed' ? [] : [i]));

let before = zero();
let after = zero();
const ungraded = new Set<string>();
console.log('Leaving one set out (before: main; after: the variant best on the other sets):');
for (const set of SET_NAMES) {
  const others = SET_NAMES.filter((s) => s !== set);
  let pick = 0;
  for (const i of candidates) {
    if (objective(total(i, others)) > objective(total(pick, others))) pick = i;
  }
  const b = figures[0]!.get(set)!;
  const a = figures[pick]!.get(set)!;
  before = add(before, b);
  after = add(after, a);
  for (const k of ungradedBy[pick]!.get(set)!) ungraded.add(k);
  console.log(`${set.padEnd(11)} pick ${variants[pick]!.name}`);
  console.log(`  before ${line(b)}`);
  console.log(`  after  ${line(a)}`);
}
console.log(`\nTotal before ${line(before)}`);
console.log(`Total after  ${line(after)}`);

console.log('\nEach variant on all twelve sets:');
for (const [i, v] of variants.entries()) {
  console.log(`${v.name.padEnd(16)} ${line(total(i, SET_NAMES))}`);
}

// The crisis rule's other side: the blind triage sets' emergency messages as first messages.
// The rule decides by the triage, so a looser gate can only reach an emergency the triage misses.
const emergencies = [
  ...new Set(
    BLIND_SETS.flatMap((s) => s.cases.filter((c) => c.expected === 'emergency').map((c) => c.text)),
  ),
];
const givenCases = (options: RetrieverOptions) => {
  const r = createRetriever(pool, options, vectors);
  return new Set(
    emergencies.filter((text) => !withholdsCases(text, triage(text)) && r.search(text).length > 0),
  );
};
const [mainGiven, nowGiven] = [givenCases(BASE), givenCases(CHAT_RETRIEVAL)];
console.log(
  `\nBlind triage sets' emergency messages (${emergencies.length}) given cases: main ${mainGiven.size}, committed ${nowGiven.size}, of which main gives none: ${[...nowGiven].filter((t) => !mainGiven.has(t)).length}.`,
);

const out = process.argv.includes('--ungraded')
  ? process.argv[process.argv.indexOf('--ungraded') + 1]
  : undefined;
if (out) {
  const committed = variants.length - 1;
  for (const set of SET_NAMES) for (const k of ungradedBy[committed]!.get(set)!) ungraded.add(k);
  // Only the pairs the change causes: main's own ungraded pairs are main's.
  for (const set of SET_NAMES) for (const k of ungradedBy[0]!.get(set)!) ungraded.delete(k);
  writeFileSync(out, ['question\tdialogue\texchange', ...[...ungraded].sort()].join('\n') + '\n');
  console.log(`\n${ungraded.size} ungraded pairs written to ${out}.`);
}
