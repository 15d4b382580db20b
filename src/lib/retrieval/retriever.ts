// Finds the exchanges most like a question among a pool of dialogues: BM25F over the
// patient's words (with the dialogue's title) and, at a lower weight, the doctor's reply;
// a score relative to what a full match would score, so that one threshold serves short
// and long questions; at most one exchange per dialogue and no two with the same question.
// The policy (which dialogues, how many, how similar) is the caller's:
// src/lib/chat/retrieval.ts. Pure.
import type { Dialogue } from '../data/normalize';
import { analyzeDocument, analyzeQuery, type AnalyzedQuery } from './analyze';
import { Bm25Index, type Bm25Options } from './bm25';
import { exchangesOf, type Exchange } from './exchanges';
import { withoutHistoryLists } from './history-lists';
import { LEXICON } from './lexicon';
import { cosine, meaningWords, textVector, type WordVectors } from './semantic';
import { createSpeller } from './spelling';
import { tokenize } from './tokens';

export interface RetrieverOptions {
  bm25: Bm25Options;
  /** At most this many exchanges. */
  k: number;
  /** Exchanges scoring below this share of a full match are not similar enough. */
  minScore: number;
  /**
   * Exchanges containing less than this share of the question's words (each weighted by its
   * rarity, however often it occurs) are not similar enough: a post that says "pregnant" ten
   * times is not about "a pregnancy test after unprotected sex".
   */
  minCoverage: number;
  /**
   * A question of several words must share at least this many with an exchange: one word in
   * common ("benadryl" in "benadryl every night to sleep") is not a similar case.
   */
  minMatched: number;
  /**
   * An exchange must name one of the question's words in the first this many characters of
   * its question (a post's title and opening): a long post that mentions the topic on the
   * way is not about it.
   */
  leadChars: number;
  /** Exchanges scoring below this share of the best one are left out. */
  minShareOfBest: number;
  /** The weight of a question's words that the lexicon does not read as a concept. */
  plainWeight: number;
  /**
   * The first case may cover less of the question's words (down to `minCoverage`) when it
   * scores at least `minScore` and its opening means nearly the same as the question (word
   * vectors' cosine at least `minSimilarity`): people say one thing in many words ("my heart
   * races" and "palpitations"), and the first case is the one that matters most. Needs the
   * word vectors; without them, or for a second or third case, the gates above are all.
   */
  firstCase?: {
    minCoverage: number;
    minScore: number;
    minSimilarity: number;
    /**
     * Or, whatever its coverage, when a logistic combination of what the gates look at says it
     * is relevant with at least this probability (the gates' thresholds read one signal each;
     * a long question's case may cover little of it yet share many of its words, score well
     * and mean the same). Its other gates all apply.
     */
    combined?: FirstCaseModel;
    /**
     * Or, when it covers at least `minCoverage` of the question's words and at least
     * `minShare` of its complaints (its concepts that are not a person, a site or generic,
     * each by rarity) are named in the case's question: what the question is about is in it,
     * and what it misses is the telling ("my dad … on friday … visit with my two little ones").
     */
    complaints?: { minCoverage: number; minShare: number };
    /**
     * Or, when it is the best candidate of all (nothing scores higher), covers at least
     * `minCoverage` of the question's words and shares at least `minMatched` of its terms: the
     * pool's nearest exchange by several words, whose opening names what the question is about.
     */
    topCandidate?: { minCoverage: number; minMatched: number };
  };
  /**
   * A case scoring below `minShareOfBest` of the best candidate may still be shown when that
   * best candidate is not (a gate dropped it: its score should not set the bar) and the case
   * scores at least `minShareOfBest` of the best case shown (any score above `minScore` when
   * none is shown yet), and the whole question means nearly the same as the case's whole
   * question (word vectors' cosine at least `minSimilarity`). Needs the word vectors.
   */
  shareOfShown?: { minSimilarity: number };
  /**
   * A second or third case must cover at least this share of the question's words (above
   * `minCoverage`): the first case is the example that matters, and one that shares part of the
   * question's words beside it is, on new questions, as often another topic as an example.
   */
  laterCase?: { minCoverage: number };
  /**
   * A complaint the question only suggests (a swollen gum suggesting an allergy) sets what an
   * opening must name only when the question states a complaint too; a question that states
   * none (all sites and generic words: "tooth", "gum", "swollen") is matched on its concepts
   * and the suggested complaints together, not on the guesses alone.
   */
  leadByStated?: boolean;
  /**
   * An opening is read without its background lists (history-lists.ts): the conditions and
   * medicines a post lists say who asks, not what they ask about.
   */
  leadWithoutHistory?: boolean;
}

/**
 * A logistic model of "this first case is relevant" over what the gates look at, fitted on
 * graded candidates (scripts/retrieval-fit-first-case.ts): P = 1 / (1 + e^-(bias + Σ w·x)).
 */
export interface FirstCaseModel {
  weights: {
    /** Score over the question's full-match reference. */
    score: number;
    /** Coverage (capped at 1.5). */
    coverage: number;
    /** ln(1 + terms in common). */
    matched: number;
    /** 1 when its opening names what the question is about, else 0. */
    leadTopic: number;
    /** Cosine of the question's and the case opening's word vectors. */
    similarity: number;
    /** ln(1 + the question's terms). */
    terms: number;
  };
  bias: number;
  /** A first case below the coverage minimum is shown from this probability up. */
  minProbability: number;
  /**
   * A first case that passes every gate is still left out below this probability (the next
   * candidate that passes them may be first instead): a case that clears each threshold by
   * a little on every signal is, on the judged sets, another topic sharing a word or two.
   */
  vetoBelow: number;
}

/** The features `FirstCaseModel` weighs, in the order of its weights. */
export interface FirstCaseFeatures {
  score: number;
  coverage: number;
  matched: number;
  leadTopic: boolean;
  similarity: number;
  terms: number;
}

/** The probability `model` gives a first case with these features. */
export function firstCaseProbability(model: FirstCaseModel, x: FirstCaseFeatures): number {
  const w = model.weights;
  const z =
    model.bias +
    w.score * x.score +
    w.coverage * Math.min(x.coverage, 1.5) +
    w.matched * Math.log1p(x.matched) +
    w.leadTopic * (x.leadTopic ? 1 : 0) +
    w.similarity * x.similarity +
    w.terms * Math.log1p(x.terms);
  return 1 / (1 + Math.exp(-z));
}

const isConcept = (term: string) => term.startsWith('=');

export interface Match {
  dialogue: Dialogue;
  exchange: Exchange;
  /** Score over the question's full-match reference (1 ≈ every word once). */
  score: number;
  /** Share of the question's words (by rarity) the exchange contains. */
  coverage: number;
}

/** An exchange that shares terms with a question, before the minimum is applied. */
export interface Candidate extends Match {
  /** How many of the question's terms (said or suggested) it contains. */
  matched: number;
  /** Its opening names one of the question's terms. */
  lead: boolean;
  /** Its opening names what the question is about (a complaint, else a concept, else any term). */
  leadTopic: boolean;
  /** Its score over the best candidate's. */
  share: number;
  /** How close its opening's meaning is to the question's (0 without word vectors). */
  similarity: number;
  /** How close its whole question's meaning is to the question's (0 without word vectors). */
  wholeSimilarity: number;
}

export interface Retriever {
  /** The exchanges like `text`, best first (empty when none is similar enough). */
  search(text: string): Match[];
  /** The `limit` best-scoring exchanges for `text` with what the minimum looks at (reports). */
  candidates(text: string, limit?: number): Candidate[];
  /** How `text` was read (for reports and tests). */
  analyze(text: string): AnalyzedQuery;
  /** How rare a term is in the pool (0 for one every exchange has). */
  idf(term: string): number;
  readonly exchangeCount: number;
}

/** The words of an exchange the index matches questions against: title, then question. */
const questionText = (e: Exchange) =>
  e.description ? `${e.description}\n${e.patient}` : e.patient;

const sameQuestion = (e: Exchange) =>
  e.patient.toLowerCase().replace(/\W+/g, ' ').trim().slice(0, 300);

/**
 * A long message is looked up by its rarest words (the ones that say what it is about):
 * matching the commonest ones of a 1,500-character message costs time and finds nothing more.
 */
export const MAX_QUERY_TERMS = 40;

/** Of a longer message, only its opening is read: where people say what the problem is. */
export const MAX_QUERY_CHARS = 800;

function opening(text: string): string {
  if (text.length <= MAX_QUERY_CHARS) return text;
  const cut = text.lastIndexOf(' ', MAX_QUERY_CHARS);
  return text.slice(0, cut > MAX_QUERY_CHARS / 2 ? cut : MAX_QUERY_CHARS);
}

function rarest(
  terms: ReadonlyMap<string, number>,
  max: number,
  idf: (term: string) => number,
): Map<string, number> {
  if (terms.size <= max) return new Map(terms);
  return new Map([...terms].sort((a, b) => idf(b[0]) - idf(a[0])).slice(0, max));
}

export function createRetriever(
  pool: readonly Dialogue[],
  options: RetrieverOptions,
  vectors?: WordVectors,
): Retriever {
  const entries = pool.flatMap((dialogue) =>
    exchangesOf(dialogue).map((exchange) => ({ dialogue, exchange })),
  );
  // The opening of each question (a post's title and first lines, or all of a short one, or a
  // visit's chief complaint): what it is mainly about, rather than what it mentions on the way.
  const background = options.leadWithoutHistory ? withoutHistoryLists : (text: string) => text;
  const openings = entries.map(
    ({ exchange }) =>
      exchange.lead ?? background(questionText(exchange)).slice(0, options.leadChars),
  );
  const leads = openings.map((text) => new Set(analyzeDocument(text)));
  const fields = entries.map(({ exchange }) => [
    analyzeDocument(questionText(exchange)),
    analyzeDocument(exchange.doctor),
  ]);
  const index = new Bm25Index(fields, options.bm25);
  // The concepts each exchange's question names (for firstCase.complaints).
  const named = options.firstCase?.complaints
    ? fields.map(([question]) => new Set(question!.filter(isConcept)))
    : [];
  // The words people in the pool wrote, with how often: what a misspelling is corrected to.
  const written = new Map<string, number>();
  for (const { exchange } of entries) {
    for (const t of tokenize(`${questionText(exchange)} ${exchange.doctor}`)) {
      if (!t.measure) written.set(t.word, (written.get(t.word) ?? 0) + 1);
    }
  }
  for (const word of LEXICON.words) if (!written.has(word)) written.set(word, 1);
  const vocabulary = {
    knows: (term: string) => index.has(term) || LEXICON.words.has(term),
    speller: createSpeller(written),
  };

  const analyze = (text: string) => analyzeQuery(opening(text), vocabulary);

  // The meaning of each exchange's opening, its words weighted by how rare they are among the
  // openings (computed once; 32 numbers an exchange).
  const openingDf = new Map<string, number>();
  if (vectors) {
    for (const text of openings) {
      for (const w of new Set(meaningWords(text))) openingDf.set(w, (openingDf.get(w) ?? 0) + 1);
    }
  }
  const rarity = (word: string) =>
    Math.log(1 + (entries.length + 0.5) / ((openingDf.get(word) ?? 0) + 0.5));
  const meanings = vectors ? openings.map((text) => textVector(text, vectors, rarity)) : [];
  const meaningOf = (text: string) => (vectors ? textVector(opening(text), vectors, rarity) : null);
  // The meaning of each exchange's whole question (title and patient turn), for shareOfShown.
  const wholes =
    vectors && options.shareOfShown
      ? entries.map(({ exchange }) => textVector(questionText(exchange), vectors, rarity))
      : [];

  function scored(text: string) {
    const analyzed = analyze(text);
    // A concept ("=cough") is what the question is about; a plain word ("cup", "stairs") is
    // rare in a medical pool without saying more, so it counts for less.
    const terms = new Map(
      [...rarest(analyzed.terms, MAX_QUERY_TERMS, (t) => index.idf(t))].map(([t, w]) => [
        t,
        isConcept(t) ? w : w * options.plainWeight,
      ]),
    );
    const suggested = rarest(analyzed.suggested, MAX_QUERY_TERMS, (t) => index.idf(t));
    // What the question suggests can only help: the yardstick is what it says.
    const reference = index.reference(terms);
    if (terms.size === 0 || reference <= 0) return null;
    const hits = index.search(new Map([...terms, ...suggested]));
    const keys = [...terms.keys(), ...suggested.keys()];
    // What the opening must name: a complaint the question states or suggests ("cough",
    // "anemia"); failing that a body site or a person; failing that any of its words. With
    // leadByStated, suggested complaints alone (none stated) widen the concepts, not replace them.
    const isComplaint = (t: string) => isConcept(t) && !LEXICON.secondary.has(t);
    const complaints = keys.filter(isComplaint);
    const concepts = keys.filter(isConcept);
    const statesComplaint = [...terms.keys()].some(isComplaint);
    const leading =
      complaints.length > 0 && (statesComplaint || !options.leadByStated)
        ? complaints
        : concepts.length > 0
          ? concepts
          : keys;
    // The complaints it says, each weighed as in the reference.
    const said = [...terms]
      .filter(([t]) => isConcept(t) && !LEXICON.secondary.has(t))
      .map(([t, w]) => [t, w * index.idf(t)] as const);
    return { terms, hits, keys, leading, reference, said, best: hits[0]?.score ?? 0 };
  }

  return {
    exchangeCount: entries.length,
    analyze,
    idf: (term) => index.idf(term),
    candidates(text, limit = 20) {
      const found = scored(text);
      if (!found) return [];
      const meaning = meaningOf(text);
      return found.hits.slice(0, limit).map((hit) => ({
        ...entries[hit.doc]!,
        score: hit.score / found.reference,
        coverage: hit.covered / found.reference,
        matched: hit.matched,
        lead: found.keys.some((t) => leads[hit.doc]!.has(t)),
        leadTopic: found.leading.some((t) => leads[hit.doc]!.has(t)),
        share: hit.score / found.best,
        similarity: vectors ? cosine(meaning, meanings[hit.doc]!) : 0,
        wholeSimilarity: wholes.length > 0 ? cosine(meaning, wholes[hit.doc]!) : 0,
      }));
    },
    search(text) {
      const found = scored(text);
      if (!found) return [];
      const { terms, hits, leading, reference, said, best } = found;
      const out: Match[] = [];
      const dialogues = new Set<string>();
      const questions = new Set<string>();
      const first = options.firstCase;
      let meaning: Float32Array | null | undefined;
      // Below the share of the best candidate: shown only when the best shown case (or, for
      // the first, the minimum score) sets a bar it clears and its meaning is the question's.
      const sharesShown = (doc: number, value: number) => {
        const by = options.shareOfShown;
        if (!by || !vectors) return false;
        if (out.length > 0 && value < options.minShareOfBest * out[0]!.score * reference)
          return false;
        if (meaning === undefined) meaning = meaningOf(text);
        return cosine(meaning, wholes[doc]!) >= by.minSimilarity;
      };
      const similarityOf = (doc: number) => {
        if (meaning === undefined) meaning = meaningOf(text);
        return cosine(meaning, meanings[doc]!);
      };
      // What the combined model says of a first case (1 without it: no veto).
      const probability = (doc: number, score: number, coverage: number, matched: number) =>
        first?.combined && vectors
          ? firstCaseProbability(first.combined, {
              score,
              coverage,
              matched,
              leadTopic: leading.some((t) => leads[doc]!.has(t)),
              similarity: similarityOf(doc),
              terms: terms.size,
            })
          : 1;
      // Enough of the question's complaints are named in the case's question.
      const aboutComplaints = (doc: number, coverage: number) => {
        const by = first?.complaints;
        if (!by || out.length > 0 || coverage < by.minCoverage) return false;
        let total = 0;
        let inCase = 0;
        for (const [t, w] of said) {
          total += w;
          if (named[doc]!.has(t)) inCase += w;
        }
        return total > 0 && inCase >= by.minShare * total;
      };
      // The best candidate of all, sharing several terms, covering enough.
      const nearest = (value: number, coverage: number, matched: number) => {
        const by = first?.topCandidate;
        return (
          by !== undefined &&
          out.length === 0 &&
          value >= best &&
          coverage >= by.minCoverage &&
          matched >= by.minMatched
        );
      };
      const vouched = (
        doc: number,
        score: number,
        coverage: number,
        matched: number,
        value: number,
      ) => {
        if (aboutComplaints(doc, coverage)) return true;
        if (nearest(value, coverage, matched)) return true;
        if (!first || !vectors || out.length > 0) return false;
        if (
          coverage >= first.minCoverage &&
          score >= first.minScore &&
          similarityOf(doc) >= first.minSimilarity
        )
          return true;
        return (
          first.combined !== undefined &&
          probability(doc, score, coverage, matched) >= first.combined.minProbability
        );
      };
      for (const hit of hits) {
        if (out.length >= options.k) break;
        const score = hit.score / reference;
        const coverage = hit.covered / reference;
        if (score < options.minScore) break;
        if (hit.score < options.minShareOfBest * best && !sharesShown(hit.doc, hit.score)) break;
        if (
          coverage < options.minCoverage &&
          !vouched(hit.doc, score, coverage, hit.matched, hit.score)
        )
          continue;
        if (hit.matched < Math.min(options.minMatched, terms.size)) continue;
        if (out.length > 0 && options.laterCase && coverage < options.laterCase.minCoverage)
          continue;
        const { dialogue, exchange } = entries[hit.doc]!;
        // What it is about must be in its opening: one of the question's concepts when the
        // question names any ("hemoglobin" in a title, not "stairs" somewhere in a long post).
        if (!leading.some((t) => leads[hit.doc]!.has(t))) continue;
        const question = sameQuestion(exchange);
        if (dialogues.has(dialogue.id) || questions.has(question)) continue;
        if (
          out.length === 0 &&
          first?.combined &&
          probability(hit.doc, score, coverage, hit.matched) < first.combined.vetoBelow
        )
          continue;
        dialogues.add(dialogue.id);
        questions.add(question);
        out.push({ dialogue, exchange, score, coverage });
      }
      return out;
    },
  };
}
