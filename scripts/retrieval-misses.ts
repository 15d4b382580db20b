// npx tsx scripts/retrieval-misses.ts — why answerable questions get no relevant case: for
// each judged question whose pool has a relevant case and that the Chat shows none for, the
// best-ranked relevant case among all BM25 candidates, its rank, its score and the gate that
// keeps it out (or "no term in common", or the crisis rule of src/lib/chat/cases-withheld.ts: a
// health question the triage reads as a crisis, not asked about prevention or a pattern over
// weeks, gets no case), and how the question was read. Prints the count of each cause.
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { CHAT_RETRIEVAL, createChatRetriever, inChatPool } from '../src/lib/chat/retrieval.ts';
import { triage } from '../src/lib/safety/triage/index.ts';
import { withholdsCases } from '../src/lib/chat/cases-withheld.ts';
import {
  createRetriever,
  firstCaseProbability,
  MAX_QUERY_TERMS,
} from '../src/lib/retrieval/retriever.ts';
import { decodeWordVectors, type WordVectorsFile } from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import { gradeKey, halfOf, loadGrades, loadQuestions } from './lib/retrieval-questions.ts';

/** The set's short name: tune, held, B…F. */
const setLabel = (id: string) => {
  const set = halfOf(id);
  return set === 'held-out' ? 'held' : set.replace('held-out ', '');
};

const dialogues = loadGeneratedDialogues();
const questions = loadQuestions();
const grades = loadGrades(questions);
const chat = createChatRetriever(dialogues);
const base = createRetriever(
  dialogues.filter(inChatPool),
  CHAT_RETRIEVAL,
  decodeWordVectors(wordVectors as WordVectorsFile),
);
const o = CHAT_RETRIEVAL;
const counts = new Map<string, number>();
for (const q of questions) {
  if (q.kind !== 'health' || !q.poolHasRelevant) continue;
  const shown = chat.retrieve(q.text);
  if (shown.some((c) => (grades.get(gradeKey(q.id, c.dialogueId, c.exchange)) ?? 0) >= 1)) continue;
  const all = base.candidates(q.text, 5000);
  const relevant = all
    .map((c, rank) => ({
      c,
      rank,
      g: grades.get(gradeKey(q.id, c.dialogue.id, c.exchange.index)),
    }))
    .filter((x) => (x.g ?? 0) >= 1);
  const judged = [...grades].filter(([k, g]) => k.startsWith(`${q.id}\t`) && g >= 1).length;
  const a = base.analyze(q.text);
  if (withholdsCases(q.text, triage(q.text))) {
    console.log(`\n${q.id} [${setLabel(q.id)}] CRISIS RULE: ${q.text.slice(0, 140)}`);
    counts.set('crisis rule', (counts.get('crisis rule') ?? 0) + 1);
    continue;
  }
  console.log(`\n${q.id} [${setLabel(q.id)}] ${q.text.slice(0, 140).replace(/\s+/g, ' ')}`);
  console.log(
    `  terms: ${[...a.terms.keys()].join(' ')} | suggested: ${[...a.suggested.keys()].join(' ')} | shown: ${shown.length}`,
  );
  if (relevant.length === 0) {
    console.log(`  ${judged} relevant judged; none shares a term`);
    counts.set('no term', (counts.get('no term') ?? 0) + 1);
    continue;
  }
  for (const { c, rank, g } of relevant.slice(0, 3)) {
    const why: string[] = [];
    if (c.score < o.minScore) why.push('score');
    if (c.share < o.minShareOfBest) why.push('share');
    const f = o.firstCase;
    const p = f?.combined
      ? firstCaseProbability(f.combined, { ...c, terms: Math.min(a.terms.size, MAX_QUERY_TERMS) })
      : 0;
    const vouched =
      (f &&
        c.coverage >= f.minCoverage &&
        c.score >= f.minScore &&
        c.similarity >= f.minSimilarity) ||
      (f?.combined !== undefined && p >= f.combined.minProbability);
    if (f?.combined && p < f.combined.vetoBelow) why.push('veto if first');
    if (c.coverage < o.minCoverage) why.push(vouched ? 'coverage (vouched if first)' : 'coverage');
    if (c.matched < Math.min(o.minMatched, a.terms.size)) why.push('matched');
    if (!c.leadTopic) why.push('lead');
    console.log(
      `  rank ${rank + 1} g${g} ${c.dialogue.id}#${c.exchange.index} score ${c.score.toFixed(2)} share ${c.share.toFixed(2)} cov ${c.coverage.toFixed(2)} m${c.matched} lead ${c.leadTopic} sim ${c.similarity.toFixed(2)} p ${p.toFixed(2)} ✗ ${why.join(',') || (rank >= 3 ? 'rank' : '?')}  «${(c.exchange.description || c.exchange.patient).slice(0, 90).replace(/\s+/g, ' ')}»`,
    );
  }
  const top = relevant[0]!;
  const gate = top.rank < 3 ? 'top3-gated' : top.rank < 10 ? 'rank 4-10' : 'rank > 10';
  counts.set(gate, (counts.get(gate) ?? 0) + 1);
  console.log(
    `  top-1: ${all[0]!.dialogue.id}#${all[0]!.exchange.index} score ${all[0]!.score.toFixed(2)} g${grades.get(gradeKey(q.id, all[0]!.dialogue.id, all[0]!.exchange.index)) ?? '?'}`,
  );
}
console.log('\n', counts);
