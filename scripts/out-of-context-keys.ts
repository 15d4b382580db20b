// npx tsx scripts/out-of-context-keys.ts — writes src/lib/data/out-of-context.json, the keys
// (src/lib/data/quality.ts `openingKey`) of the r/AskDocs rows that readers found to be a
// comment out of a thread, from test/fixtures/data-quality/askdocs-context-labels.tsv (one row
// per dialogue the Chat could cite, each read by one or two readers: Q a question, C a comment,
// U unclear). A row is flagged only when every reader who read it said C. Reads the build's
// dialogues (npm run data) to turn ids into keys, and fails when a key would also catch a row
// not read as a comment (a duplicate of one is caught with it, rightly). After it, `npm run data` flags the rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openingKey } from '../src/lib/data/quality.ts';
import { loadGeneratedDialogues } from './lib/generated-dialogues.ts';

const ROOT = join(import.meta.dirname, '..');
const LABELS = join(ROOT, 'test/fixtures/data-quality/askdocs-context-labels.tsv');
const OUT = join(ROOT, 'src/lib/data/out-of-context.json');

const rows = readFileSync(LABELS, 'utf8').trim().split('\n').slice(1);
const comment = new Set<string>();
const read = new Set<string>();
for (const line of rows) {
  const [id, ...labels] = line.split('\t');
  const said = labels.map((l) => l.trim()).filter(Boolean);
  if (!id || said.length === 0 || said.some((l) => !/^[QCU]$/.test(l)))
    throw new Error(`bad label line: ${line}`);
  read.add(id);
  if (said.every((l) => l === 'C')) comment.add(id);
}

const dialogues = loadGeneratedDialogues();
const keyOf = new Map<string, string>();
for (const d of dialogues) {
  const first = d.turns[0];
  if (first?.role === 'patient') keyOf.set(d.id, openingKey(first.text));
}
const keys: [string, string][] = [];
for (const id of comment) {
  const key = keyOf.get(id);
  if (!key)
    throw new Error(`${id} is not a dialogue of the build (npm run data), or has no question`);
  keys.push([id, key]);
}
const flagged = new Set(keys.map(([, k]) => k));
const caught = dialogues.filter(
  (d) => !comment.has(d.id) && !d.flags.includes('duplicate') && flagged.has(keyOf.get(d.id) ?? ''),
);
if (caught.length) throw new Error(`keys also catch ${caught.map((d) => d.id).join(', ')}`);
keys.sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }));
writeFileSync(OUT, `${JSON.stringify({ read: read.size, keys })}\n`);
console.log(`${read.size} rows read, ${keys.length} comments out of a thread → ${OUT}`);
