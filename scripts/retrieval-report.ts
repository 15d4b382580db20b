// npm run retrieval:report — how relevant the Chat's similar cases are, on our own judged set
// (test/fixtures/retrieval/: questions written before any tuning, and pooled judgments of
// the cases retrievers returned, graded by hand: 2 same problem, 1 related, 0 irrelevant or
// misleading). Prints, for the tuning half and the held-out half (split by a hash of the
// question id), the share of shown cases that are relevant, the share of questions whose pool
// has a relevant case that get one, the questions with nothing relevant that get nothing,
// the crisis messages that get cases, and nDCG@3; then every returned (question, case) pair
// that is not graded yet, since no figure is final until all are.
//
//   npm run retrieval:report                      old and new retrievers, both halves
//   npm run retrieval:report -- --list            also each question's cases and grades
//   npm run retrieval:report -- --ungraded        also the text of each ungraded pair
//   npm run retrieval:report -- --retriever new   one retriever only
//   npm run retrieval:report -- --half tune       one set only (tune without seeing the others)
//   npm run retrieval:report -- --tuning          every set but held-out D (the clean one)
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import type { Dialogue } from '../src/lib/data/normalize.ts';
import { createChatRetriever } from '../src/lib/chat/retrieval.ts';
import { createBaselineRetriever } from './retrieval-baseline.ts';
import {
  fail,
  gradeKey as key,
  halfOf,
  loadGrades,
  loadQuestions,
  SET_NAMES,
  type Question,
  type SetName as Half,
} from './lib/retrieval-questions.ts';
import { dcg, idealDcg } from './lib/retrieval-figures.ts';

interface Case {
  dialogueId: string;
  exchange: number;
  text: string;
}

type Retrieve = (text: string) => Case[];

interface Figures {
  questions: number;
  shown: number;
  graded: number;
  relevant: number;
  answerable: number;
  answered: number;
  none: number;
  noneEmpty: number;
  crisis: number;
  crisisWithCases: number;
  ndcg: number[];
}

function evaluate(
  questions: readonly Question[],
  results: ReadonlyMap<string, Case[]>,
  grades: ReadonlyMap<string, number>,
): Figures {
  const f: Figures = {
    questions: questions.length,
    shown: 0,
    graded: 0,
    relevant: 0,
    answerable: 0,
    answered: 0,
    none: 0,
    noneEmpty: 0,
    crisis: 0,
    crisisWithCases: 0,
    ndcg: [],
  };
  for (const q of questions) {
    const cases = results.get(q.id) ?? [];
    const got = cases.map((c) => grades.get(key(q.id, c.dialogueId, c.exchange)));
    f.shown += cases.length;
    f.graded += got.filter((g) => g !== undefined).length;
    f.relevant += got.filter((g) => (g ?? 0) >= 1).length;
    if (q.kind === 'crisis') {
      f.crisis += 1;
      if (cases.length > 0) f.crisisWithCases += 1;
      continue;
    }
    if (q.poolHasRelevant) {
      f.answerable += 1;
      if (got.some((g) => (g ?? 0) >= 1)) f.answered += 1;
      const best = idealDcg(q.id, grades);
      if (best > 0) f.ndcg.push(dcg(got.map((g) => g ?? 0)) / best);
    } else {
      f.none += 1;
      if (cases.length === 0) f.noneEmpty += 1;
    }
  }
  return f;
}

const pct = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(0)}% (${part}/${whole})`;

function rows(f: Figures): [string, string][] {
  const mean = f.ndcg.length ? f.ndcg.reduce((a, b) => a + b, 0) / f.ndcg.length : NaN;
  return [
    ['questions', String(f.questions)],
    ['cases shown', `${f.shown}${f.graded < f.shown ? ` (${f.shown - f.graded} ungraded)` : ''}`],
    ['shown cases relevant (grade ≥ 1)', pct(f.relevant, f.shown)],
    ['relevant pool case → one shown', pct(f.answered, f.answerable)],
    ['nothing relevant → nothing shown', pct(f.noneEmpty, f.none)],
    ['crisis messages given cases', `${f.crisisWithCases} of ${f.crisis}`],
    ['nDCG@3 (questions with a relevant case)', Number.isNaN(mean) ? '—' : mean.toFixed(3)],
  ];
}

function table(columns: { title: string; figures: Figures }[]): string {
  const labels = rows(columns[0]!.figures).map(([label]) => label);
  const cells = columns.map((c) => rows(c.figures).map(([, v]) => v));
  const width0 = Math.max(...labels.map((l) => l.length));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells[i]!.map((v) => v.length)));
  const line = (first: string, rest: string[]) =>
    [first.padEnd(width0), ...rest.map((v, i) => v.padEnd(widths[i]!))].join('  ');
  return [
    line(
      '',
      columns.map((c) => c.title),
    ),
    ...labels.map((label, r) =>
      line(
        label,
        cells.map((col) => col[r]!),
      ),
    ),
  ].join('\n');
}

function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

async function retrievers(
  dialogues: Dialogue[],
  which: string | undefined,
): Promise<{ name: string; retrieve: Retrieve }[]> {
  const out: { name: string; retrieve: Retrieve }[] = [];
  if (!which || which === 'old') {
    const old = createBaselineRetriever(dialogues);
    out.push({ name: 'old', retrieve: (text) => old.retrieve(text) });
  }
  if (!which || which === 'new') {
    const started = performance.now();
    const chat = createChatRetriever(dialogues);
    const ms = performance.now() - started;
    console.log(`New retriever: ${chat.size} exchanges, built in ${ms.toFixed(0)} ms.`);
    out.push({ name: 'new', retrieve: (text) => chat.retrieve(text) });
  }
  if (out.length === 0) fail(`Unknown retriever "${which}": use old or new.`);
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const which = args.includes('--retriever') ? args[args.indexOf('--retriever') + 1] : undefined;
  const questions = loadQuestions();
  const grades = loadGrades(questions);
  const dialogues = loadGeneratedDialogues();
  const only = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
  const all: readonly Half[] = SET_NAMES;
  if (only && !all.includes(only as Half)) fail(`--half is one of ${all.join(', ')}.`);
  // --tuning: every set but D, E, F and G, the ones written blind and scored at the end.
  const halves: readonly Half[] = only
    ? [only as Half]
    : args.includes('--tuning')
      ? all.filter((h) => !['held-out D', 'held-out E', 'held-out F', 'held-out G'].includes(h))
      : all;
  const shown = (q: Question) => halves.includes(halfOf(q.id));
  const columns: { title: string; figures: Figures }[] = [];
  const ungraded = new Map<string, { q: Question; c: Case; by: Set<string> }>();

  for (const { name, retrieve } of await retrievers(dialogues, which)) {
    const results = new Map(questions.map((q) => [q.id, retrieve(q.text)]));
    for (const half of halves) {
      const part = questions.filter((q) => halfOf(q.id) === half);
      columns.push({ title: `${name}, ${half}`, figures: evaluate(part, results, grades) });
    }
    if (halves.length > 1) {
      const part = questions.filter(shown);
      columns.push({ title: `${name}, together`, figures: evaluate(part, results, grades) });
    }
    for (const q of questions.filter(shown)) {
      for (const c of results.get(q.id) ?? []) {
        const k = key(q.id, c.dialogueId, c.exchange);
        if (grades.has(k)) continue;
        const entry = ungraded.get(k) ?? { q, c, by: new Set<string>() };
        entry.by.add(name);
        ungraded.set(k, entry);
      }
    }
    if (args.includes('--list')) {
      console.log(`\n— ${name} —`);
      for (const q of questions.filter(shown)) {
        const cases = results.get(q.id) ?? [];
        const shown = cases
          .map(
            (c) =>
              `${c.dialogueId}#${c.exchange}:${grades.get(key(q.id, c.dialogueId, c.exchange)) ?? '?'}`,
          )
          .join(' ');
        console.log(`${q.id} [${halfOf(q.id)}] ${excerpt(q.text, 70)} → ${shown || 'none'}`);
      }
    }
  }

  console.log(
    `Judged set: ${questions.length} questions (${all.map((h) => `${questions.filter((q) => halfOf(q.id) === h).length} ${h}`).join(', ')}), ${grades.size} judgments, ${dialogues.length.toLocaleString('en-US')} dialogues.\n`,
  );
  console.log(table(columns));
  if (ungraded.size > 0) {
    console.log(
      `\n${ungraded.size} returned (question, case) pairs are not graded: the figures above are not final until they are (add them to test/fixtures/retrieval/judgments.tsv).`,
    );
    for (const { q, c, by } of ungraded.values()) {
      console.log(`${q.id}\t${c.dialogueId}\t${c.exchange}\t(${[...by].join(', ')})`);
      if (args.includes('--ungraded')) {
        console.log(
          `  Q: ${q.text}\n  ${excerpt(c.text, 700).replace(/\nDoctor:/, '\n  Doctor:')}\n`,
        );
      }
    }
  } else {
    console.log('\nEvery returned case is graded.');
  }
}

await main();
