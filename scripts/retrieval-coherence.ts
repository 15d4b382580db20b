// npx tsx scripts/retrieval-coherence.ts — a negative result kept so that it can be rerun: does
// the COHERENCE of the top BM25 candidates (do they share the question's key terms with each
// other?) tell answerable questions from unanswerable ones better than the gates' inputs do?
// Prints each feature's AUC (answerable vs unanswerable health questions; relevant vs irrelevant
// top-1) on all the judged sets and on the halves of an FNV-1a split of every question id, then
// the same within the questions the Chat now gives nothing and those it gives cases.
// TOPN=3|5|10 sets how many candidates (one per dialogue) are compared; DUMP=1 prints each row.
// Finding (Dec 2026): f3 (the idf mass of top-1's terms that another top candidate shares) is
// no better than the score alone (AUC 0.87 both), and among the questions now given nothing,
// where more answers would have to come from, no feature exceeds AUC 0.73. No threshold on it,
// alone or with looser gates, reached 82 % found with 29 of 36 unanswerable given nothing.
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { CHAT_RETRIEVAL, inChatPool } from '../src/lib/chat/retrieval.ts';
import { createRetriever } from '../src/lib/retrieval/retriever.ts';
import { analyzeDocument } from '../src/lib/retrieval/analyze.ts';
import { triage } from '../src/lib/safety/triage/index.ts';
import { withholdsCases } from '../src/lib/chat/cases-withheld.ts';
import { fnv1a } from '../src/lib/text/fnv1a.ts';
import { gradeKey, loadGrades, loadQuestions } from './lib/retrieval-questions.ts';

const dialogues = loadGeneratedDialogues();
const pool = dialogues.filter(inChatPool);
// Only the first four question files (not E or F), as this script has always read; the grades
// are checked against every file's questions, since judgments.tsv grades them all.
const grades = loadGrades(loadQuestions());
const questions = loadQuestions([
  'questions.json',
  'questions-b.json',
  'questions-c.json',
  'questions-d.json',
]).filter((q) => q.kind === 'health' && !withholdsCases(q.text, triage(q.text)));
const half = (id: string) => (fnv1a(id) % 2 === 0 ? 'tune' : 'check');

const base = createRetriever(pool, CHAT_RETRIEVAL);
const termCache = new Map<string, Set<string>>();
const N = Number(process.env.TOPN ?? 5);

interface Row {
  id: string;
  half: string;
  answerable: boolean;
  f1: number; // share of top-N containing the highest-idf term matched by top-1
  f1any: number; // share of top-N containing the highest-idf term matched by any of top-N
  f2: number; // query terms matched by >= 2 of top-N
  f3: number; // idf mass of top-1's terms matched by others / reference
  f3raw: number;
  top1Rel: number | undefined;
  score: number;
  coverage: number;
  matched: number;
  nterms: number;
}
const rows: Row[] = [];
for (const q of questions) {
  const a = base.analyze(q.text);
  const keys = [...a.terms.keys(), ...a.suggested.keys()];
  const weight = (t: string) => (a.terms.has(t) ? 1 : 0.5) * base.idf(t);
  const reference = [...a.terms.keys()].reduce((s, t) => s + base.idf(t), 0) || 1;
  const cands = base.candidates(q.text, 30);
  const seen = new Set<string>();
  const top = cands.filter((c) => !seen.has(c.dialogue.id) && seen.add(c.dialogue.id)).slice(0, N);
  const sets = top.map((c) => {
    const k = `${c.dialogue.id}#${c.exchange.index}`;
    let s = termCache.get(k);
    if (!s) {
      const qt = c.exchange.description
        ? `${c.exchange.description}\n${c.exchange.patient}`
        : c.exchange.patient;
      s = new Set([...analyzeDocument(qt), ...analyzeDocument(c.exchange.doctor)]);
      termCache.set(k, s);
    }
    return keys.filter((t) => s!.has(t));
  });
  const byIdf = (ts: string[]) => [...ts].sort((x, y) => weight(y) - weight(x))[0];
  const t1 = sets[0] ?? [];
  const h1 = byIdf(t1);
  const hany = byIdf([...new Set(sets.flat())]);
  const count = (t: string | undefined) => (t ? sets.filter((s) => s.includes(t)).length : 0);
  const counts = new Map<string, number>();
  for (const s of sets) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  const shared = t1.filter((t) => (counts.get(t) ?? 0) >= 2);
  const f3raw = shared.reduce((s, t) => s + weight(t), 0);
  const c0 = top[0];
  rows.push({
    id: q.id,
    half: half(q.id),
    answerable: !!q.poolHasRelevant,
    f1: top.length ? count(h1) / top.length : 0,
    f1any: top.length ? count(hany) / top.length : 0,
    f2: [...counts.values()].filter((n) => n >= 2).length,
    f3: f3raw / reference,
    f3raw,
    top1Rel: c0 ? grades.get(gradeKey(q.id, c0.dialogue.id, c0.exchange.index)) : undefined,
    score: c0?.score ?? 0,
    coverage: c0?.coverage ?? 0,
    matched: c0?.matched ?? 0,
    nterms: a.terms.size,
  });
}
// Separation: AUC of each feature for answerable vs unanswerable, by half.
function auc(pos: number[], neg: number[]): number {
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / (pos.length * neg.length);
}
const feats = ['f1', 'f1any', 'f2', 'f3', 'f3raw', 'score', 'coverage', 'matched'] as const;
if (!process.env.QUIET)
  console.log(
    `top-${N}; ${rows.length} health questions (${rows.filter((r) => r.answerable).length} answerable)`,
  );
for (const f of feats) {
  const line = ['all', 'tune', 'check'].map((h) => {
    const rs = rows.filter((r) => h === 'all' || r.half === h);
    const pos = rs.filter((r) => r.answerable).map((r) => r[f]);
    const neg = rs.filter((r) => !r.answerable).map((r) => r[f]);
    const relPos = rs.filter((r) => (r.top1Rel ?? 0) >= 1).map((r) => r[f]);
    const relNeg = rs.filter((r) => r.top1Rel === 0 || !r.answerable).map((r) => r[f]);
    return `${h}: ans/unans AUC ${auc(pos, neg).toFixed(2)}, top1 rel/irrel AUC ${auc(relPos, relNeg).toFixed(2)}`;
  });
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2);
  if (!process.env.QUIET)
    console.log(
      `${f.padEnd(8)} mean ans ${mean(rows.filter((r) => r.answerable).map((r) => r[f]))} unans ${mean(rows.filter((r) => !r.answerable).map((r) => r[f]))} | ${line.join(' | ')}`,
    );
}
if (process.env.DUMP) for (const r of rows) console.log(JSON.stringify(r));
const now = rows.map((r) => base.search(questions.find((q) => q.id === r.id)!.text).length === 0);
for (const empty of [true, false]) {
  const rs = rows.filter((_, i) => now[i] === empty);
  const pos = rs.filter((r) => r.answerable);
  const neg = rs.filter((r) => !r.answerable);
  const aucs = feats.map(
    (f) =>
      `${f} ${auc(
        pos.map((r) => r[f]),
        neg.map((r) => r[f]),
      ).toFixed(2)}`,
  );
  if (!process.env.QUIET)
    console.log(
      `${empty ? 'given nothing now' : 'given cases now'} (${pos.length} answerable, ${neg.length} not): AUC ${aucs.join(', ')}`,
    );
}

export { rows };
