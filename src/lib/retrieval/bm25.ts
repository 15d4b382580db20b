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

export class Bm25Index {
  readonly size: number;
  readonly #options: Bm25Options;
  readonly #postings = new Map<string, Posting[]>();

  /** `docs[i][f]` are the terms of field f of document i (repeats are frequencies). */
  constructor(docs: readonly (readonly (readonly string[])[])[], options: Bm25Options) {
    this.size = docs.length;
    this.#options = options;
    const fields = options.fieldWeights.length;
    const average = Array.from({ length: fields }, (_, f) => {
      const total = docs.reduce((sum, d) => sum + (d[f]?.length ?? 0), 0);
      return Math.max(1, total / Math.max(1, docs.length));
    });
    docs.forEach((doc, i) => {
      const tf = new Map<string, number>();
      for (let f = 0; f < fields; f += 1) {
        const terms = doc[f] ?? [];
        const norm = 1 - options.b + (options.b * terms.length) / average[f]!;
        const weight = options.fieldWeights[f]! / norm;
        for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + weight);
      }
      for (const [term, value] of tf) {
        let list = this.#postings.get(term);
        if (!list) this.#postings.set(term, (list = []));
        list.push({ doc: i, tf: value });
      }
    });
  }

  /** Documents containing `term`. */
  df(term: string): number {
    return this.#postings.get(term)?.length ?? 0;
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
    const { k1 } = this.#options;
    const hits = new Map<number, Bm25Hit>();
    for (const [term, weight] of query) {
      const list = this.#postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      const counts = counted.has(term);
      for (const { doc, tf } of list) {
        let hit = hits.get(doc);
        if (!hit) hits.set(doc, (hit = { doc, score: 0, covered: 0, matched: 0 }));
        hit.score += (weight * idf * tf * (k1 + 1)) / (tf + k1);
        if (counts) {
          hit.covered += weight * idf;
          hit.matched += 1;
        }
      }
    }
    return [...hits.values()].sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
