// The judged retrieval set (test/fixtures/retrieval/), read once for every retrieval script:
// the question files, how their questions split into sets, and the hand grades of
// judgments.tsv. Kept out of scripts/retrieval-report.ts, which runs its report on import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../../src/lib/text/fnv1a.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'retrieval');

/** Every judged question file, in the order their questions are read. */
export const QUESTION_FILES = [
  'questions.json',
  'questions-b.json',
  'questions-c.json',
  'questions-d.json',
  'questions-e.json',
  'questions-f.json',
  'questions-g.json',
  'questions-i.json',
  'questions-j.json',
  'questions-k.json',
  'questions-l.json',
  'questions-m.json',
  'questions-n.json',
  'questions-o.json',
  'questions-p.json',
  'questions-s.json',
  'questions-t.json',
  'questions-u.json',
  'questions-v.json',
  'questions-w.json',
  'questions-x.json',
  'questions-y.json',
  'questions-z.json',
  'questions-a.json',
  'questions-h.json',
  'questions-e2.json',
  'questions-f17.json',
  'questions-f18.json',
  'questions-g18.json',
  'questions-f19.json',
  'questions-g19.json',
  'questions-f20.json',
  'questions-g20.json',
  'questions-f21.json',
  'questions-g21.json',
  'questions-f22.json',
  'questions-g22.json',
] as const;

export interface Question {
  id: string;
  text: string;
  kind: 'health' | 'crisis';
  /** Decided by a hand search of the pool (grep, then reading the candidates). */
  poolHasRelevant?: boolean;
}

/** The sets, in the order the scripts print them. */
export const SET_NAMES = [
  'tune',
  'held-out',
  'held-out B',
  'held-out C',
  'held-out D',
  'held-out E',
  'held-out F',
  'held-out G',
  'held-out I',
  'held-out J',
  'held-out K',
  'held-out L',
  'held-out M',
  'held-out N',
  'held-out O',
  'held-out P',
  'held-out S',
  'held-out T',
  'held-out U',
  'held-out V',
  'held-out W',
  'held-out X',
  'held-out Y',
  'held-out Z',
  'held-out A',
  'held-out H',
  'held-out E2',
  'held-out F17',
  'held-out F18',
  'held-out G18',
  'held-out F19',
  'held-out G19',
  'held-out F20',
  'held-out G20',
  'held-out F21',
  'held-out G21',
  'held-out F22',
  'held-out G22',
] as const;
export type SetName = (typeof SET_NAMES)[number];

/**
 * questions.json is split by a hash of the id; questions-b.json is a second held-out set,
 * written after the first held-out figures had been seen, and questions-c.json a third,
 * written after the retriever was frozen and never used to change it; questions-d.json a
 * fourth, written before phase 2 changed anything and scored once, at the end; questions-e.json
 * a fifth, written and graded on 2 December 2026 by an author who never saw the code, scored
 * before and after phase 5 (whose retriever gates did not change); questions-f.json a sixth,
 * written and graded the same way for phase 7; questions-g.json a seventh, for phase 8 (its
 * returned cases the hand search missed graded by a second reader of no code); questions-i.json
 * an eighth, for phase 10, graded the same way (a set H of phase 9 was lost uncommitted), and
 * questions-j.json a ninth, phase 10's held-out set for its second round; questions-k.json a
 * tenth, phase 11's unseen set (scored once at its start, then spent); questions-l.json an
 * eleventh, phase 12's unseen set (scored at each merge of the phase, then spent); questions-m.json
 * and questions-n.json a twelfth and thirteenth, phase 13's two unseen sets (scored at its start
 * and after each merge, then spent); questions-o.json and questions-p.json phase 14's two
 * (the same way, each author's hand search deepened by a second searcher of no code);
 * questions-s.json and questions-t.json phase 14's second pair, written late in the phase
 * (scored before and after its last merge, then spent); questions-u.json and questions-v.json
 * phase 15's two, written at its start (scored before and after its pool change, then spent);
 * questions-w.json and questions-x.json phase 15's second pair, written after the pool change
 * landed (their authors searched the new pool) and read once against it and the pool before;
 * questions-y.json and questions-z.json phase 16's two, whose authors searched the pool with
 * ACI-Bench's visit openings, read once against it and the pool without them; questions-a.json
 * and questions-h.json phase 16's second pair, read once against the end of phase 15 and its end;
 * questions-e2.json (ids e1–e50; phase 5's set E is questions-e.json, ids r1–r40) phase 16's
 * last, read once before and after the assessment snippets joined the pool; questions-f17.json
 * (ids f17-1 … f17-50, checked before 'f') phase 17's, written after its triage changes, read
 * once against them and a492361; questions-f18.json and questions-g18.json (ids f18-… and
 * g18-…, checked before 'f' and 'g') phase 18's two, written at its start by authors of no
 * code, read once at its end against its changes and cc31d38; questions-f19.json and
 * questions-g19.json (ids f19-… and g19-…) written after phase 18's changes by two more authors
 * of no code, read once against what landed and cc31d38.
 */
export function halfOf(questionId: string): SetName {
  if (questionId.startsWith('f17-')) return 'held-out F17';
  if (questionId.startsWith('f18-')) return 'held-out F18';
  if (questionId.startsWith('g18-')) return 'held-out G18';
  if (questionId.startsWith('f19-')) return 'held-out F19';
  if (questionId.startsWith('g19-')) return 'held-out G19';
  if (questionId.startsWith('f20-')) return 'held-out F20';
  if (questionId.startsWith('g20-')) return 'held-out G20';
  if (questionId.startsWith('f21-')) return 'held-out F21';
  if (questionId.startsWith('g21-')) return 'held-out G21';
  if (questionId.startsWith('f22-')) return 'held-out F22';
  if (questionId.startsWith('g22-')) return 'held-out G22';
  if (questionId.startsWith('b')) return 'held-out B';
  if (questionId.startsWith('c')) return 'held-out C';
  if (questionId.startsWith('d')) return 'held-out D';
  if (questionId.startsWith('r')) return 'held-out E';
  if (questionId.startsWith('f')) return 'held-out F';
  if (questionId.startsWith('g')) return 'held-out G';
  if (questionId.startsWith('i')) return 'held-out I';
  if (questionId.startsWith('j')) return 'held-out J';
  if (questionId.startsWith('k')) return 'held-out K';
  if (questionId.startsWith('l')) return 'held-out L';
  if (questionId.startsWith('m')) return 'held-out M';
  if (questionId.startsWith('n')) return 'held-out N';
  if (questionId.startsWith('o')) return 'held-out O';
  if (questionId.startsWith('p')) return 'held-out P';
  if (questionId.startsWith('s')) return 'held-out S';
  if (questionId.startsWith('t')) return 'held-out T';
  if (questionId.startsWith('u')) return 'held-out U';
  if (questionId.startsWith('v')) return 'held-out V';
  if (questionId.startsWith('w')) return 'held-out W';
  if (questionId.startsWith('x')) return 'held-out X';
  if (questionId.startsWith('e')) return 'held-out E2';
  if (questionId.startsWith('h')) return 'held-out H';
  if (questionId.startsWith('a')) return 'held-out A';
  if (questionId.startsWith('z')) return 'held-out Z';
  if (questionId.startsWith('y')) return 'held-out Y';
  return fnv1a(questionId) % 2 === 0 ? 'tune' : 'held-out';
}

/** Prints the message and ends the script: the judged set is wrong, no figure would be right. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * The questions of `files` (every judged file unless told), in file order. Fails when an id
 * appears twice or a health question does not say whether the pool has a relevant case.
 */
export function loadQuestions(files: readonly string[] = QUESTION_FILES): Question[] {
  const questions = files.flatMap(
    (file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Question[],
  );
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) fail(`${q.id} appears twice in the questions.`);
    ids.add(q.id);
    if (q.kind === 'health' && typeof q.poolHasRelevant !== 'boolean')
      fail(`${q.id} needs poolHasRelevant (true or false).`);
  }
  return questions;
}

/** The key of a (question, case) pair in the map loadGrades returns. */
export const gradeKey = (question: string, dialogueId: string, exchange: number) =>
  `${question}\t${dialogueId}\t${exchange}`;

/**
 * judgments.tsv as (question, dialogue, exchange) → grade, keyed by gradeKey. Fails, naming
 * the line, on a question not in `questions`, a malformed dialogue id or exchange, a grade
 * other than 0, 1 or 2, or a pair graded twice.
 */
export function loadGrades(questions: readonly Question[]): Map<string, number> {
  const known = new Set(questions.map((q) => q.id));
  const grades = new Map<string, number>();
  const lines = readFileSync(join(FIXTURES, 'judgments.tsv'), 'utf8').split('\n');
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const [question, dialogueId, exchange, grade] = line.split('\t');
    const where = `judgments.tsv line ${i + 2}`;
    if (!question || !known.has(question)) fail(`${where}: unknown question "${question}".`);
    if (!dialogueId || !/^\w+-\d+$/.test(dialogueId))
      fail(`${where}: bad dialogue "${dialogueId}".`);
    if (!/^\d+$/.test(exchange ?? '')) fail(`${where}: bad exchange "${exchange}".`);
    if (!/^[012]$/.test(grade ?? '')) fail(`${where}: grade must be 0, 1 or 2, not "${grade}".`);
    const k = gradeKey(question, dialogueId, Number(exchange));
    if (grades.has(k)) fail(`${where}: ${question} ${dialogueId} #${exchange} is graded twice.`);
    grades.set(k, Number(grade));
  });
  return grades;
}
