// npx tsx scripts/retrieval-timing.ts — how long the Chat's retriever takes per message in
// Node, on every judged question (test/fixtures/retrieval/questions*.json), with and without
// the first case decided by the combined model (CHAT_RETRIEVAL.firstCase.combined; before it,
// `shareOfShown` and `firstCase` were measured the same way), in one run and interleaved so
// that both see the same machine load (printed with `uptime`'s figures).
// retrieve() is search() and, when it found cases, the triage's crisis check.
import { execSync } from 'node:child_process';
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';
import { CHAT_RETRIEVAL, createChatRetriever, inChatPool } from '../src/lib/chat/retrieval.ts';
import { createRetriever } from '../src/lib/retrieval/retriever.ts';
import { isCrisis, triage } from '../src/lib/safety/triage/index.ts';
import { decodeWordVectors, type WordVectorsFile } from '../src/lib/retrieval/semantic.ts';
import wordVectors from '../src/lib/retrieval/word-vectors.json';
import { loadQuestions } from './lib/retrieval-questions.ts';

const dialogues = loadGeneratedDialogues();
const questions = loadQuestions();
const ROUNDS = 5;

let t = performance.now();
const chat = createChatRetriever(dialogues);
const builtChat = performance.now() - t;
const { combined: _, ...plainFirstCase } = CHAT_RETRIEVAL.firstCase!;
const withoutIt = { ...CHAT_RETRIEVAL, firstCase: plainFirstCase };
t = performance.now();
const before = createRetriever(
  dialogues.filter(inChatPool),
  withoutIt,
  decodeWordVectors(wordVectors as WordVectorsFile),
);
const builtBefore = performance.now() - t;
const now = createRetriever(
  dialogues.filter(inChatPool),
  CHAT_RETRIEVAL,
  decodeWordVectors(wordVectors as WordVectorsFile),
);

const times = {
  'before: search()': [] as number[],
  'before: retrieve()': [] as number[],
  'now: search()': [] as number[],
  'now: retrieve()': [] as number[],
};
for (let round = 0; round < ROUNDS; round += 1) {
  for (const q of questions) {
    t = performance.now();
    before.search(q.text);
    times['before: search()'].push(performance.now() - t);
    // What createChatRetriever's retrieve() did before: the search, then the crisis check.
    t = performance.now();
    if (before.search(q.text).length > 0) isCrisis(triage(q.text));
    times['before: retrieve()'].push(performance.now() - t);
    t = performance.now();
    now.search(q.text);
    times['now: search()'].push(performance.now() - t);
    t = performance.now();
    chat.retrieve(q.text);
    times['now: retrieve()'].push(performance.now() - t);
  }
}
const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
console.log(`load: ${execSync('uptime').toString().trim()}`);
console.log(
  `${questions.length} questions × ${ROUNDS} rounds; built in ${builtBefore.toFixed(0)} ms (before) and ${builtChat.toFixed(0)} ms (now)`,
);
for (const [name, list] of Object.entries(times)) {
  const s = [...list].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(18)} p50 ${at(s, 0.5).toFixed(2)} ms  p95 ${at(s, 0.95).toFixed(2)} ms  max ${s.at(-1)!.toFixed(2)} ms`,
  );
}
