// A small BM25F index (Robertson & Zaragoza, "The Probabilistic Relevance Framework", 2009):
// term frequencies from several fields, each weighted and normalised by its length, then
// saturated once. Written here rather than using MiniSearch, which the Dataset view keeps for
// its prefix and fuzzy search: MiniSearch multiplies every score by the number of query terms
// matched (`score * quality` in its search(), not configurable), which made a few very long
// threads win almost every question, and it cannot weight a question's words unequally or
// score one term over two fields at once. Pure.

export interface Bm25Options {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation (0: none, 1: full). */
  b: number;
  /** Weight of each field, in the order documents give them. */
  fieldWeights: readonly number[];
}

export interface Bm25Hit {
  doc: number;
  /** Σ weight · idf · saturated frequency over the query's terms. */
  score: number;
  /** Σ weight · idf over the `counted` terms the document contains, however often. */
  covered: number;
  /** How many of the `counted` terms the document contains. */
  matched: number;
}

interface Posting {
  doc: number;
  /** The length-normalised, field-weighted frequency (BM25F's tf̃). */
  tf: number;
}

/** A term's postings as the search reads them: documents and their saturated frequency. */
interface Postings {
  docs: Int32Array;
  /** tf̃ · (k1 + 1) / (tf̃ + k1), computed once. */
  gains: Float64Array;
}

export class Bm25Index {
  readonly size: number;
  readonly #postings = new Map<string, Postings>();

  /** `docs[i][f]` are the terms of field f of document i (repeats are frequencies). */
  constructor(docs: readonly (readonly (readonly string[])[])[], options: Bm25Options) {
    this.size = docs.length;
    const fields = options.fieldWeights.length;
    const average = Array.from({ length: fields }, (_, f) => {
      const total = docs.reduce((sum, d) => sum + (d[f]?.length ?? 0), 0);
      return Math.max(1, total / Math.max(1, docs.length));
    });
    const lists = new Map<string, Posting[]>();
    docs.forEach((doc, i) => {
      const tf = new Map<string, number>();
      for (let f = 0; f < fields; f += 1) {
        const terms = doc[f] ?? [];
        const norm = 1 - options.b + (options.b * terms.length) / average[f]!;
        const weight = options.fieldWeights[f]! / norm;
        for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + weight);
      }
      for (const [term, value] of tf) {
        let list = lists.get(term);
        if (!list) lists.set(term, (list = []));
        list.push({ doc: i, tf: value });
      }
    });
    const { k1 } = options;
    for (const [term, list] of lists) {
      this.#postings.set(term, {
        docs: Int32Array.from(list, (p) => p.doc),
        gains: Float64Array.from(list, (p) => (p.tf * (k1 + 1)) / (p.tf + k1)),
      });
    }
  }

  /** Documents containing `term`. */
  df(term: string): number {
    return this.#postings.get(term)?.docs.length ?? 0;
  }

  has(term: string): boolean {
    return this.#postings.has(term);
  }

  /** Robertson–Spärck Jones idf, kept positive; a term no document has gets the highest. */
  idf(term: string): number {
    const n = this.df(term);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /**
   * What a document with every query term once, at average length, in a field of weight 1
   * scores: the yardstick that makes scores comparable across questions.
   */
  reference(query: ReadonlyMap<string, number>): number {
    let sum = 0;
    for (const [term, weight] of query) sum += weight * this.idf(term);
    return sum;
  }

  /**
   * Every document matching any query term, best first. `counted` (default: every query
   * term) are the terms whose idf adds up in `covered`.
   */
  search(
    query: ReadonlyMap<string, number>,
    counted: ReadonlySet<string> = new Set(query.keys()),
  ): Bm25Hit[] {
    // Accumulators indexed by document, not a map of objects: a long question touches most
    // of the pool, and this is the worker's hot loop.
    const score = new Float64Array(this.size);
    const covered = new Float64Array(this.size);
    const matched = new Uint16Array(this.size);
    const touched: number[] = [];
    for (const [term, weight] of query) {
      const list = this.#postings.get(term);
      if (!list) continue;
      const w = weight * this.idf(term);
      const counts = counted.has(term);
      const { docs, gains } = list;
      for (let j = 0; j < docs.length; j += 1) {
        const doc = docs[j]!;
        if (score[doc] === 0 && matched[doc] === 0) touched.push(doc);
        score[doc] = score[doc]! + w * gains[j]!;
        if (counts) {
          covered[doc] = covered[doc]! + w;
          matched[doc] = matched[doc]! + 1;
        }
      }
    }
    return touched
      .sort((a, b) => score[b]! - score[a]! || a - b)
      .map((doc) => ({ doc, score: score[doc]!, covered: covered[doc]!, matched: matched[doc]! }));
  }
}
