// npx tsx scripts/retrieval-later-case.ts — how much of a question a second or third similar
// case must cover (CHAT_RETRIEVAL.laterCase.minCoverage), chosen leave-one-set-out: for each
// judged set, the value that scores best on the ten others is scored on it. A value is scored
// 5 × (found + nothing → nothing) + relevant shown − LAMBDA × irrelevant shown (ungraded
// pairs count as irrelevant): an irrelevant example in the prompt costs more than a third
// relevant one adds. Prints each value's figures on all sets, then, for LAMBDA 2, 3 and 4,
// each set's pick and the figures on the sets left out (the estimate for new questions).
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
import { add, countQuestion, zero, type Figures } from './lib/retrieval-figures.ts';

/** No bar beyond the general minimum coverage, then the values tried. */
const VALUES = [null, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8] as const;

const objective = (f: Figures, lambda: number) =>
  5 * (f.found + f.empty) + f.rel - lambda * (f.shown - f.rel);
const line = (f: Figures) =>
  `relevant ${Math.round((100 * f.rel) / f.shown)}% (${f.rel}/${f.shown})  found ${f.found}/${f.ans}  nothing ${f.empty}/${f.none}  ungraded ${f.ungraded}`;

const questions = loadQuestions();
const grades = loadGrades(questions);
const pool = loadGeneratedDialogues().filter(inChatPool);
const vectors = decodeWordVectors(wordVectors as WordVectorsFile);
const withheld = new Map(questions.map((q) => [q.id, withholdsCases(q.text, triage(q.text))]));

// figures[value index][set]
const figures = VALUES.map((value) => {
  const { laterCase: _, ...rest } = CHAT_RETRIEVAL;
  const options: RetrieverOptions =
    value === null ? rest : { ...rest, laterCase: { minCoverage: value } };
  const r = createRetriever(pool, options, vectors);
  const bySet = new Map<string, Figures>(SET_NAMES.map((s) => [s, zero()]));
  for (const q of questions) {
    if (q.kind === 'crisis') continue;
    const found = withheld.get(q.id) ? [] : r.search(q.text);
    const g = found.map((m) => grades.get(gradeKey(q.id, m.dialogue.id, m.exchange.index)));
    countQuestion(bySet.get(halfOf(q.id))!, q, g);
  }
  return bySet;
});

const total = (i: number, sets: readonly string[]) =>
  sets.reduce((sum, s) => add(sum, figures[i]!.get(s)!), zero());
for (const [i, value] of VALUES.entries()) {
  console.log(`${String(value ?? 'none').padEnd(5)} ${line(total(i, SET_NAMES))}`);
}
for (const lambda of [2, 3, 4]) {
  let left = zero();
  const picks: string[] = [];
  for (const set of SET_NAMES) {
    const others = SET_NAMES.filter((s) => s !== set);
    let best = 0;
    for (let i = 1; i < VALUES.length; i++) {
      if (objective(total(i, others), lambda) > objective(total(best, others), lambda)) best = i;
    }
    picks.push(`${set.replace('held-out ', '')}: ${VALUES[best] ?? 'none'}`);
    left = add(left, figures[best]!.get(set)!);
  }
  console.log(`\nLAMBDA ${lambda}, picks ${picks.join(', ')}`);
  console.log(`  left out ${line(left)}`);
  console.log(`  no bar   ${line(total(0, SET_NAMES))}`);
}
