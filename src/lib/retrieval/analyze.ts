// How retrieval reads text. A dataset exchange and a question go through the same steps:
// tokens and stems (tokens.ts), glue words out, lay phrases read as clinical concepts
// (lexicon.ts: "tummy ache" → =abdomen =pain), stop words out. A question also gets its
// misspellings corrected against the words the pool and the lexicon know, and the
// conditions its symptoms suggest added at half weight. Pure.
import {
  BROADER,
  GLUE_WORDS,
  LEXICON,
  STOP_WORDS,
  bare,
  mapPhrases,
  type Lexicon,
  type Word,
} from './lexicon';
import type { Speller } from './spelling';
import { BOUNDARY, stem, tokenize } from './tokens';

/** The weight of a term a question's symptoms suggest rather than state. */
export const SUGGESTED_WEIGHT = 0.5;

// "no fever", "without a cough", "don't have any rash", "I don't smoke": what follows, to
// the end of the clause and at most three words on, is what the person does not have. A cue
// followed by a stop word negates nothing ("no other symptoms", "don't know if it's covid"),
// and "not" only negates "have", "get"… ("not sure if it's covid" is not a negation). "Can't
// breathe" and "no energy" are symptoms: the lexicon reads them as phrases first.
const NEGATES = new Set([
  'non',
  'no',
  'without',
  'denies',
  'denied',
  'negative',
  'neither',
  'nor',
  'never',
]);
const NEGATES_BEFORE_CONTENT = new Set(['dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'hadnt']);
const NOT = 'not';
const HAVE = new Set([
  'have',
  'has',
  'had',
  'get',
  'got',
  'any',
  'experience',
  'experiencing',
  'feel',
  'feeling',
  'show',
  'shows',
]);
const NEGATION_SPAN = 3;
/** Words a negation reaches across: "doesn't seem to hurt", "don't really have". */
const TRANSPARENT = new Set([
  'seem',
  'seems',
  'appear',
  'appears',
  'really',
  'even',
  'actually',
  'usually',
  'currently',
]);

const isStop = (w: Word) =>
  !w.term.startsWith('=') && !w.term.startsWith(BROADER) && STOP_WORDS.has(w.word);

function negates(cue: string, following: readonly Word[]): boolean {
  const next = following.find((w) => !TRANSPARENT.has(w.word));
  if (next === undefined || next.term === BOUNDARY) return false;
  if (HAVE.has(next.word))
    return NEGATES.has(cue) || NEGATES_BEFORE_CONTENT.has(cue) || cue === NOT;
  if (isStop(next)) return false;
  return NEGATES.has(cue) || NEGATES_BEFORE_CONTENT.has(cue);
}

/** Words that end what a negation covers: "no rash but my knee is swollen". */
const CONTRAST = new Set(['but', 'although', 'though', 'however', 'except', 'yet', 'still']);

/** The terms of `words` without what is negated, without stop words and clause boundaries. */
function keep(words: readonly Word[]): string[] {
  const out: string[] = [];
  let negated = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if (w.term === BOUNDARY || CONTRAST.has(w.word)) {
      negated = 0;
      continue;
    }
    if (negates(w.word, words.slice(i + 1, i + 4))) {
      // "non-smoker" negates one word; "no fever, cough or rash" the clause.
      negated = w.word === 'non' ? 1 : NEGATION_SPAN;
      continue;
    }
    // A cue with nothing to negate ("the test was negative") is no term either.
    if (NEGATES.has(w.word) || NEGATES_BEFORE_CONTENT.has(w.word)) continue;
    if (isStop(w)) continue;
    if (negated > 0) {
      negated -= 1;
      continue;
    }
    out.push(w.term);
  }
  return out;
}

/** Words without glue words, phrases read as concepts (before negation and stop words). */
function concepts(words: readonly Word[], lexicon: Lexicon): Word[] {
  return mapPhrases(
    lexicon,
    words.filter((w) => !GLUE_WORDS.has(w.word)),
  );
}

const written = (text: string): Word[] =>
  tokenize(text).map((t) => ({ term: t.term, word: bare(t.word) }));

/** The terms of a text as the index stores them (repeats kept: they are term frequencies). */
export function analyzeDocument(text: string, lexicon: Lexicon = LEXICON): string[] {
  return keep(concepts(written(text), lexicon)).map((t) =>
    t.startsWith(BROADER) ? t.slice(BROADER.length) : t,
  );
}

export interface QueryVocabulary {
  /** True for a stem some pool exchange or the lexicon contains. */
  knows(term: string): boolean;
  speller: Speller;
}

export interface AnalyzedQuery {
  /** What the question says: term → 1. */
  terms: Map<string, number>;
  /** What its symptoms suggest and it does not say: term → SUGGESTED_WEIGHT. */
  suggested: Map<string, number>;
  /** Words read as another spelling: written → read. */
  corrected: Map<string, string>;
}

export function analyzeQuery(
  text: string,
  vocabulary: QueryVocabulary,
  lexicon: Lexicon = LEXICON,
): AnalyzedQuery {
  const corrected = new Map<string, string>();
  const words: Word[] = [];
  for (const token of tokenize(text)) {
    let word = bare(token.word);
    let term = token.term;
    if (!token.measure && !STOP_WORDS.has(word) && !vocabulary.knows(term)) {
      const fix = vocabulary.speller.correct(token.word);
      if (fix) {
        corrected.set(token.word, fix);
        word = fix;
        term = stem(fix);
      }
    }
    words.push({ term, word });
  }
  const mapped = concepts(words, lexicon);
  // A broader concept is what the question implies, not what it says ("motrin" is an
  // NSAID): looked for, at the weight of a suggestion.
  const terms = new Map<string, number>();
  const implied: string[] = [];
  for (const t of keep(mapped)) {
    if (t.startsWith(BROADER)) implied.push(t.slice(BROADER.length));
    else terms.set(t, 1);
  }
  const plain = mapped.map((w) =>
    w.term.startsWith(BROADER) ? w.term.slice(BROADER.length) : w.term,
  );
  const suggested = new Map<string, number>();
  for (const t of [...implied, ...lexicon.suggest(plain)]) {
    if (!terms.has(t)) suggested.set(t, SUGGESTED_WEIGHT);
  }
  return { terms, suggested, corrected };
}
