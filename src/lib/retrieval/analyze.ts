// How retrieval reads text. A dataset exchange and a question go through the same steps:
// tokens and stems (tokens.ts), glue words out, lay phrases read as clinical concepts
// (lexicon.ts: "tummy ache" → =abdomen =pain), stop words out. A question also gets its
// misspellings corrected against the words the pool and the lexicon know, and the
// conditions its symptoms suggest added at half weight. Pure.
import { BROADER, GLUE_STEMS, LEXICON, STOP_STEMS, mapPhrases, type Lexicon } from './lexicon';
import type { Speller } from './spelling';
import { BOUNDARY, stem, tokenize } from './tokens';

/** The weight of a term a question's symptoms suggest rather than state. */
export const SUGGESTED_WEIGHT = 0.5;

// "no fever", "without a cough", "don't have any rash", "I don't smoke": what follows, to
// the end of the clause and at most three words on, is what the person does not have. A cue
// followed by a stop word negates nothing ("no other symptoms", "don't know if it's covid"),
// and "not" only negates "have", "get"… ("not sure if it's covid" is not a negation). "Can't
// breathe" and "no energy" are symptoms: the lexicon reads them as phrases first.
const NEGATES = new Set(['no', 'without', 'deni', 'denied', 'neg', 'neither', 'nor', 'never']);
const NEGATES_BEFORE_CONTENT = new Set(['dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'hadnt']);
const NOT = 'not';
const HAVE = new Set(['have', 'ha', 'had', 'get', 'got', 'ani', 'experienc', 'feel', 'show']);
const NEGATION_SPAN = 3;
/** Words a negation reaches across: "doesn't seem to hurt", "don't really have". */
const TRANSPARENT = new Set(['seem', 'appear', 'realli', 'even', 'actual', 'usual', 'current']);

function negates(cue: string, following: readonly string[]): boolean {
  const next = following.find((t) => !TRANSPARENT.has(t));
  if (next === undefined || next === BOUNDARY) return false;
  if (HAVE.has(next)) return NEGATES.has(cue) || NEGATES_BEFORE_CONTENT.has(cue) || cue === NOT;
  if (STOP_STEMS.has(next)) return false;
  return NEGATES.has(cue) || NEGATES_BEFORE_CONTENT.has(cue);
}

/** `terms` without what is negated, without stop words and clause boundaries. */
function keep(terms: readonly string[]): string[] {
  const out: string[] = [];
  let negated = 0;
  for (let i = 0; i < terms.length; i += 1) {
    const t = terms[i]!;
    if (t === BOUNDARY) {
      negated = 0;
      continue;
    }
    if (negates(t, terms.slice(i + 1, i + 4))) {
      negated = NEGATION_SPAN;
      continue;
    }
    if (STOP_STEMS.has(t)) continue;
    if (negated > 0) {
      negated -= 1;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Stems without glue words, phrases read as concepts (before negation and stop words). */
function concepts(terms: readonly string[], lexicon: Lexicon): string[] {
  return mapPhrases(
    lexicon,
    terms.filter((t) => !GLUE_STEMS.has(t)),
  );
}

/** The terms of a text as the index stores them (repeats kept: they are term frequencies). */
export function analyzeDocument(text: string, lexicon: Lexicon = LEXICON): string[] {
  return keep(
    concepts(
      tokenize(text).map((t) => t.term),
      lexicon,
    ),
  ).map((t) => (t.startsWith(BROADER) ? t.slice(BROADER.length) : t));
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
  const stems: string[] = [];
  for (const token of tokenize(text)) {
    let term = token.term;
    if (!token.measure && !GLUE_STEMS.has(term) && !vocabulary.knows(term)) {
      const fix = vocabulary.speller.correct(token.word);
      if (fix) {
        corrected.set(token.word, fix);
        term = stem(fix);
      }
    }
    stems.push(term);
  }
  const mapped = concepts(stems, lexicon);
  // A broader concept is what the question implies, not what it says ("motrin" is an
  // NSAID): looked for, at the weight of a suggestion.
  const terms = new Map<string, number>();
  const implied: string[] = [];
  for (const t of keep(mapped)) {
    if (t.startsWith(BROADER)) implied.push(t.slice(BROADER.length));
    else terms.set(t, 1);
  }
  const plain = mapped.map((t) => (t.startsWith(BROADER) ? t.slice(BROADER.length) : t));
  const suggested = new Map<string, number>();
  for (const t of [...implied, ...lexicon.suggest(plain)]) {
    if (!terms.has(t)) suggested.set(t, SUGGESTED_WEIGHT);
  }
  return { terms, suggested, corrected };
}
