// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createRetriever,
  firstCaseProbability,
  type FirstCaseModel,
  type RetrieverOptions,
} from '@/lib/retrieval/retriever';
import {
  cosine,
  decodeWordVectors,
  meaningWords,
  textVector,
  type WordVectorsFile,
} from '@/lib/retrieval/semantic';
import wordVectors from '@/lib/retrieval/word-vectors.json';
import { dialogue } from '../chat/fakes';

/** Options with low gates and the first-case rule: k cases, with the combined model or not. */
const gatedOptions = (k: number, combined?: FirstCaseModel): RetrieverOptions => ({
  bm25: { k1: 1.2, b: 0.75, fieldWeights: [1, 0.3] },
  k,
  minScore: 0.1,
  minCoverage: 0.5,
  minMatched: 1,
  leadChars: 400,
  minShareOfBest: 0.1,
  plainWeight: 1,
  firstCase: { minCoverage: 0.2, minScore: 0.1, minSimilarity: 0.9, combined },
});

/** A table of `dims`-d int8 vectors, as scripts/build-word-vectors.ts writes one. */
function table(entries: Record<string, number[]>, dims = 2): WordVectorsFile {
  const words = Object.keys(entries);
  const bytes = Int8Array.from(words.flatMap((w) => entries[w]!));
  return {
    source: 'test',
    dims,
    words: words.join(' '),
    vectors: Buffer.from(bytes.buffer).toString('base64'),
  };
}

describe('decodeWordVectors', () => {
  it('reads each word’s int8 vector back at unit length', () => {
    const vectors = decodeWordVectors(table({ cough: [127, 0], rash: [0, -64], fever: [90, 90] }));
    expect(vectors.size).toBe(3);
    expect([...vectors.get('rash')!]).toEqual([0, -1]);
    const fever = vectors.get('fever')!;
    expect(Math.hypot(...fever)).toBeCloseTo(1, 6);
    expect(fever[0]).toBeCloseTo(fever[1]!, 6);
    expect(vectors.get('tattoo')).toBeUndefined();
  });

  it('refuses a file whose words and vectors do not line up', () => {
    const file = { ...table({ cough: [127, 0] }), words: 'cough rash' };
    expect(() => decodeWordVectors(file)).toThrow(/2 words × 2 dims but 2 bytes/);
  });
});

describe('meaningWords', () => {
  it('keeps the words that carry meaning: no stop words, none under three letters', () => {
    expect(meaningWords("My son's chest hurts n he can't sleep, is it ok?")).toEqual([
      'son',
      'chest',
      'hurts',
      'sleep',
    ]);
  });
});

describe('textVector and cosine', () => {
  const vectors = decodeWordVectors(
    table({ cough: [127, 10], wheeze: [120, 20], rash: [0, 127], itch: [10, 120] }),
  );
  const even = () => 1;

  it('puts texts that say the same thing in other words close, and others apart', () => {
    const question = textVector('a bad cough', vectors, even);
    expect(cosine(question, textVector('wheeze at night', vectors, even))).toBeGreaterThan(0.95);
    expect(cosine(question, textVector('an itch and a rash', vectors, even))).toBeLessThan(0.3);
  });

  it('weights each word: a rare word says more than a common one', () => {
    const rare = (w: string) => (w === 'rash' ? 10 : 1);
    const text = textVector('cough rash', vectors, rare);
    expect(cosine(text, textVector('itch', vectors, even))).toBeGreaterThan(0.9);
  });

  it('gives no vector for a text of unknown words, and such a text is close to nothing', () => {
    const none = textVector('tattoo lice', vectors, even);
    expect(none).toBeNull();
    expect(cosine(none, textVector('cough', vectors, even))).toBe(0);
  });

  it('ships a table in which related health words are closer than unrelated ones', () => {
    const real = decodeWordVectors(wordVectors as WordVectorsFile);
    expect(real.size).toBeGreaterThan(20_000);
    const near = (a: string, b: string) =>
      cosine(textVector(a, real, even), textVector(b, real, even));
    for (const [text, same, other] of [
      ['diarrhea and vomiting', 'stomach bug nausea', 'knee surgery recovery'],
      ['pneumonia', 'lung infection', 'broken toe'],
      ['coughing and wheezing', 'asthma inhaler shortness of breath', 'tattoo on my ankle'],
    ] as const) {
      expect(near(text, same)).toBeGreaterThan(0.7);
      expect(near(text, same)).toBeGreaterThan(near(text, other) + 0.3);
    }
  });
});

describe('the first case vouched for by meaning', () => {
  // Three of the question's four rare words, each in one exchange: any exchange covers a
  // quarter of the question. Each opening also says "flimbo" three times, which the
  // question does not: whether it means the same decides how close the meanings are.
  const pool = [
    dialogue('v1-1', 'zorbax flimbo flimbo flimbo'),
    dialogue('v1-2', 'quilp flimbo flimbo flimbo'),
    dialogue('v1-3', 'trevon flimbo flimbo flimbo'),
    dialogue('v1-4', 'plunk plunk'),
  ];
  const options: RetrieverOptions = gatedOptions(3);
  const question = 'zorbax quilp trevon movin';
  const alike = table({
    zorbax: [127, 0],
    flimbo: [127, 0],
    quilp: [127, 0],
    trevon: [127, 0],
    movin: [127, 0],
  });

  it('shows one case that covers too little when its opening means what the question does', () => {
    const found = createRetriever(pool, options, decodeWordVectors(alike)).search(question);
    expect(found).toHaveLength(1);
    expect(found[0]!.coverage).toBeLessThan(options.minCoverage);
  });

  it('shows none without word vectors, without the rule, or when the meanings differ', () => {
    expect(createRetriever(pool, options).search(question)).toEqual([]);
    const { firstCase: _, ...without } = options;
    expect(createRetriever(pool, without, decodeWordVectors(alike)).search(question)).toEqual([]);
    const apart = table({
      zorbax: [127, 0],
      flimbo: [0, 127],
      quilp: [127, 0],
      trevon: [127, 0],
      movin: [127, 0],
    });
    expect(createRetriever(pool, options, decodeWordVectors(apart)).search(question)).toEqual([]);
  });

  it('reports each candidate’s similarity', () => {
    const retriever = createRetriever(pool, options, decodeWordVectors(alike));
    const candidates = retriever.candidates(question);
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) expect(c.similarity).toBeCloseTo(1, 5);
    expect(createRetriever(pool, options).candidates(question)[0]!.similarity).toBe(0);
  });
});

describe('a case below the best candidate’s share, vouched for by meaning', () => {
  // The best candidate names all three words, but far into its post: the opening rule drops
  // it. The next names two of them up front and scores well below the best: it is shown only
  // when the best candidate's score no longer sets the bar and its meaning is the question's.
  const pool = [
    dialogue('v1-1', 'plunk plunk plunk zorbax quilp trevon zorbax quilp trevon'),
    dialogue('v1-2', 'zorbax quilp flimbo'),
    dialogue('v1-3', 'trevon'),
  ];
  const options: RetrieverOptions = {
    bm25: { k1: 1.2, b: 0.75, fieldWeights: [1, 0.3] },
    k: 3,
    minScore: 0.1,
    minCoverage: 0.5,
    minMatched: 1,
    leadChars: 15,
    minShareOfBest: 0.8,
    plainWeight: 1,
    shareOfShown: { minSimilarity: 0.9 },
  };
  const question = 'zorbax quilp trevon';
  const vectors = (flimbo: number[]) =>
    decodeWordVectors(
      table({ zorbax: [127, 0], quilp: [127, 0], trevon: [127, 0], flimbo, plunk: [0, 127] }),
    );

  it('shows it when the whole question means the same, and not when it does not', () => {
    const retriever = createRetriever(pool, options, vectors([127, 0]));
    const [best, next] = retriever.candidates(question);
    expect(best!.dialogue.id).toBe('v1-1');
    expect(best!.leadTopic).toBe(false);
    expect(next!.share).toBeLessThan(options.minShareOfBest);
    expect(next!.wholeSimilarity).toBeGreaterThan(0.9);
    expect(retriever.search(question).map((m) => m.dialogue.id)).toEqual(['v1-2']);
    const apart = createRetriever(pool, options, vectors([0, 127]));
    expect(apart.candidates(question)[1]!.wholeSimilarity).toBeLessThan(0.9);
    expect(apart.search(question)).toEqual([]);
  });

  it('shows none without the rule or without word vectors', () => {
    const { shareOfShown: _, ...without } = options;
    expect(createRetriever(pool, without, vectors([127, 0])).search(question)).toEqual([]);
    expect(createRetriever(pool, options).search(question)).toEqual([]);
  });

  it('holds a later case to the share of the first one shown', () => {
    // "trevon" alone scores far below the case shown first: it is left out, meaning or not.
    const found = createRetriever(pool, { ...options, minCoverage: 0.3 }, vectors([127, 0]));
    const ids = found.search(question).map((m) => m.dialogue.id);
    expect(ids[0]).toBe('v1-2');
    expect(ids).not.toContain('v1-3');
  });
});

describe('the first case decided by the combined model', () => {
  const model = (
    bias: number,
    weights: Partial<FirstCaseModel['weights']> = {},
  ): FirstCaseModel => ({
    weights: {
      score: 0,
      coverage: 0,
      matched: 0,
      leadTopic: 0,
      similarity: 0,
      terms: 0,
      ...weights,
    },
    bias,
    minProbability: 0.8,
    vetoBelow: 0.35,
  });
  const x = {
    score: 0.5,
    coverage: 0.4,
    matched: 3,
    leadTopic: true,
    similarity: 0.6,
    terms: 8,
  };

  it('is a logistic combination of the signals, coverage capped at 1.5', () => {
    const m = model(-2, {
      score: 1,
      coverage: 1,
      matched: 1,
      leadTopic: 1,
      similarity: 1,
      terms: 1,
    });
    const z = -2 + 0.5 + 0.4 + Math.log1p(3) + 1 + 0.6 + Math.log1p(8);
    expect(firstCaseProbability(m, x)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    expect(firstCaseProbability(m, { ...x, leadTopic: false })).toBeLessThan(
      firstCaseProbability(m, x),
    );
    expect(firstCaseProbability(m, { ...x, coverage: 9 })).toBe(
      firstCaseProbability(m, { ...x, coverage: 1.5 }),
    );
  });

  describe('below the coverage minimum', () => {
    // As above: each exchange covers a quarter of the question, and with "flimbo" pointing
    // elsewhere the opening's meaning is not the question's, so the plain rule shows none.
    const pool = [
      dialogue('v1-1', 'zorbax flimbo flimbo flimbo'),
      dialogue('v1-2', 'quilp flimbo flimbo flimbo'),
    ];
    const apart = decodeWordVectors(
      table({ zorbax: [127, 0], flimbo: [0, 127], quilp: [127, 0], movin: [127, 0] }),
    );
    const options = (combined?: FirstCaseModel) => gatedOptions(3, combined);
    const question = 'zorbax quilp movin plunk';

    it('shows one case when the model is sure enough, none when it is not', () => {
      expect(createRetriever(pool, options(), apart).search(question)).toEqual([]);
      const sure = createRetriever(pool, options(model(5)), apart).search(question);
      expect(sure).toHaveLength(1);
      expect(sure[0]!.coverage).toBeLessThan(0.5);
      expect(createRetriever(pool, options(model(1)), apart).search(question)).toEqual([]);
      // Without word vectors there is no first-case rule at all.
      expect(createRetriever(pool, options(model(5))).search(question)).toEqual([]);
    });
  });

  describe('a first case that passes every gate', () => {
    // Both exchanges hold the whole question and score the same; the first one's opening
    // also says "plunk", which means something else, so its meaning is further from the
    // question's (cosine about 0.82 against 1).
    const pool = [dialogue('v1-1', 'zorbax quilp plunk'), dialogue('v1-2', 'zorbax quilp flimbo')];
    const vectors = decodeWordVectors(
      table({ zorbax: [127, 0], quilp: [127, 0], flimbo: [127, 0], plunk: [0, 127] }),
    );
    const options = (combined?: FirstCaseModel) => gatedOptions(1, combined);
    const ids = (o: RetrieverOptions) =>
      createRetriever(pool, o, vectors)
        .search('zorbax quilp')
        .map((m) => m.dialogue.id);

    it('is left out when the model finds it unlikely, and the next one may come first', () => {
      expect(ids(options())).toEqual(['v1-1']);
      expect(ids(options(model(-27, { similarity: 30 })))).toEqual(['v1-2']);
      expect(ids(options(model(-5)))).toEqual([]);
      expect(ids(options(model(0)))).toEqual(['v1-1']);
    });
  });
});
