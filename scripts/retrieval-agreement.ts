// npx tsx scripts/retrieval-agreement.ts — how far two careful graders agree on whether a case
// is relevant. test/fixtures/retrieval/second-grades.tsv holds 400 pairs of the fresh sets
// M–T (the 299 cases the Chat showed at phase 15's start and 101 other graded pairs of the same
// questions) graded again, blind, by readers of no code who never saw the first grade
// (judgments.tsv: the set's author or a third reader). Prints the 3 × 3 grade table, agreement
// on "relevant" (grade ≥ 1), Cohen's kappa and each grader's share of relevant pairs.
//
// Measured in phase 15: the first grades call 47 % of the 400 relevant, the second 30 %;
// they agree on relevance for 80 % (kappa 0.58, moderate): a "shown cases relevant" figure
// moves by 15–20 points with the grader, more than most changes the retriever was ever
// judged by. New cases graded by a third reader are read by the stricter kind of grader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, gradeKey, loadGrades, loadQuestions } from './lib/retrieval-questions.ts';

const first = loadGrades(loadQuestions());
const rows = readFileSync(join(FIXTURES, 'second-grades.tsv'), 'utf8').trim().split('\n').slice(1);
const table = [0, 1, 2].map(() => [0, 0, 0]);
let n = 0;
for (const line of rows) {
  const [q, d, e, g] = line.split('\t');
  const a = first.get(gradeKey(q!, d!, Number(e)));
  if (a === undefined) throw new Error(`${q} ${d} #${e} has no first grade in judgments.tsv`);
  table[a]![Number(g)]! += 1;
  n += 1;
}
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const relevant = (row: number[]) => row[1]! + row[2]!;
const firstRelevant = sum(table[1]!) + sum(table[2]!);
const secondRelevant = sum(table.map(relevant));
const agree = table[0]![0]! + relevant(table[1]!) + relevant(table[2]!);
const pa = firstRelevant / n;
const pb = secondRelevant / n;
const chance = pa * pb + (1 - pa) * (1 - pb);
const kappa = (agree / n - chance) / (1 - chance);
const pct = (x: number) => `${Math.round(100 * x)} %`;
console.log(`${n} pairs graded twice. Rows: first grade; columns: second grade (0, 1, 2).`);
table.forEach((row, g) =>
  console.log(`  ${g}  ${row.map((c) => String(c).padStart(4)).join(' ')}`),
);
console.log(
  `relevant (grade ≥ 1): first ${firstRelevant} (${pct(pa)}), second ${secondRelevant} (${pct(pb)})`,
);
console.log(
  `agree on relevance: ${agree} of ${n} (${pct(agree / n)}), Cohen's kappa ${kappa.toFixed(2)}`,
);
console.log(`same grade: ${table[0]![0]! + table[1]![1]! + table[2]![2]!} of ${n}`);
