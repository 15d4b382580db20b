// The lay-to-clinical lexicon (lexicon.json) compiled for matching: every phrase becomes a
// sequence of stems without glue words, looked up longest first, and read as its concept
// ("=abdomen") plus the concept's broader ones; the "suggests" rules become checks over a
// question's concepts. Pure; built once per module load.
import lexiconJson from './lexicon.json';
import { GLUE, STOP, isAdverb } from './stopwords';
import { stem, tokenize } from './tokens';

interface LexiconFile {
  same: Record<string, string[]>;
  broader: Record<string, string[]>;
  /** `any`: one of the phrases appears; `all`: each item (alternatives split by |) does. */
  suggests: { any?: string[]; all?: string[]; add: string[] }[];
  /**
   * Concepts that say who or where rather than what is wrong (a child, the knee) or that
   * every question has (pain, medication): never enough to make a case about the question.
   */
  kinds?: { person: string[]; site: string[]; generic: string[] };
  /**
   * Words as written whose stem is another sense's word ("spotting" is bleeding, not a "spot";
   * "burning" a sensation, not a burn; "reference" no referral): read as this concept, or as
   * themselves (null), before any one-word phrase. A longer phrase still wins ("burning when
   * I pee"). Keys starting with "_" are notes.
   */
  written?: Record<string, string | null>;
}

/** Glue and stop words as written (checked on the word, not its stem: "one" and "on" share
 * the stem "on", "illness" and "ill" the stem "ill"). */
export const GLUE_WORDS: ReadonlySet<string> = new Set(GLUE);
const STOP_LIST: ReadonlySet<string> = new Set([...STOP, ...GLUE]);
/** Stop words as written, with their plurals and possessives ("husbands", "friends"). */
export const STOP_WORDS = {
  has: (word: string) =>
    STOP_LIST.has(word) ||
    isAdverb(word) ||
    (word.length > 3 && word.endsWith('s') && STOP_LIST.has(word.slice(0, -1))),
};
const STOP_STEMS: ReadonlySet<string> = new Set([...STOP, ...GLUE].map(stem));

/** A word as written, lower case, without apostrophes ("don't" → "dont"). */
export const bare = (word: string) => word.replace(/['’]s$/, '').replace(/['’]/g, '');

const conceptToken = (concept: string) => `=${concept}`;

/** Marks a broader concept in a mapped sequence (a question reads it as a suggestion). */
export const BROADER = '^';

interface Phrase {
  stems: string[];
  /** The concept, then its broader ones marked with BROADER. */
  concepts: string[];
}

export interface Suggestion {
  /** Each condition: alternatives, each a sequence that must appear in the question. */
  conditions: string[][][];
  add: string[];
}

export interface Lexicon {
  /** The longest phrase starting at `at` in `terms`, if any. */
  match(terms: readonly string[], at: number): Phrase | null;
  /**
   * How a word as written is read when its stem would be another sense's: its concepts (the
   * concept, then its broader ones marked with BROADER), null for itself as a plain word, or
   * undefined when the word is not listed.
   */
  written?(word: string): string[] | null | undefined;
  /** Terms the question's symptoms suggest (the `add` of every rule whose conditions hold). */
  suggest(terms: readonly string[]): string[];
  /** Every stem the lexicon knows (a spelling in a question may be corrected to one). */
  readonly words: ReadonlySet<string>;
  readonly phraseCount: number;
  /** Concept terms ("=pain") that are a person, a body site or generic, not a complaint. */
  readonly secondary: ReadonlySet<string>;
}

/** Stems of `text` without glue words, before phrases are matched. */
export function glueless(text: string): string[] {
  return tokenize(text)
    .filter((t) => !GLUE_WORDS.has(bare(t.word)))
    .map((t) => t.term);
}

/** A term with the word it was written as (a concept is its own word). */
export interface Word {
  term: string;
  word: string;
}

/** Replaces every phrase in `words` with its concepts, longest match first. */
export function mapPhrases(
  lexicon: Pick<Lexicon, 'match' | 'written'>,
  words: readonly Word[],
): Word[] {
  const terms = words.map((w) => w.term);
  const out: Word[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = lexicon.match(terms, i);
    const sense = phrase && phrase.stems.length > 1 ? undefined : lexicon.written?.(words[i]!.word);
    if (sense !== undefined) {
      // Its own sense: a concept, or the word itself (unstemmed: "spotted" is not "spot").
      if (sense === null) out.push({ term: words[i]!.word, word: words[i]!.word });
      else for (const c of sense) out.push({ term: c, word: c });
      i += 1;
    } else if (phrase) {
      for (const c of phrase.concepts) out.push({ term: c, word: c });
      i += phrase.stems.length;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return out;
}

const asWords = (terms: readonly string[]): Word[] => terms.map((term) => ({ term, word: term }));

function contains(terms: readonly string[], sequence: readonly string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= terms.length; i += 1) {
    for (let j = 0; j < sequence.length; j += 1) {
      if (terms[i + j] !== sequence[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** Compiles a lexicon file; throws, naming the phrase, on any inconsistency. */
export function compileLexicon(file: LexiconFile): Lexicon {
  const byFirst = new Map<string, Phrase[]>();
  const seen = new Map<string, string>();
  const words = new Set<string>();
  let phraseCount = 0;
  for (const [concept, phrases] of Object.entries(file.same)) {
    const concepts = [
      conceptToken(concept),
      ...(file.broader[concept] ?? []).map((b) => BROADER + conceptToken(b)),
    ];
    for (const text of phrases) {
      const stems = glueless(text);
      if (stems.length === 0) throw new Error(`lexicon: "${text}" (${concept}) has no words`);
      const key = stems.join(' ');
      const before = seen.get(key);
      if (before && before !== concept) {
        throw new Error(`lexicon: "${text}" reads "${key}", in both ${before} and ${concept}`);
      }
      if (before) continue;
      seen.set(key, concept);
      for (const s of stems) words.add(s);
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ stems, concepts });
      byFirst.set(stems[0]!, list);
      phraseCount += 1;
    }
  }
  for (const concept of Object.keys(file.broader)) {
    if (!(concept in file.same)) throw new Error(`lexicon: broader names unknown ${concept}`);
  }
  const kinds = file.kinds ?? { person: [], site: [], generic: [] };
  for (const concept of Object.values(kinds).flat()) {
    if (!(concept in file.same)) throw new Error(`lexicon: kinds names unknown ${concept}`);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const written = new Map<string, string[] | null>();
  for (const [word, concept] of Object.entries(file.written ?? {})) {
    if (word.startsWith('_')) continue;
    if (concept !== null && !(concept in file.same)) {
      throw new Error(`lexicon: written "${word}" names unknown ${concept}`);
    }
    written.set(
      word,
      concept === null
        ? null
        : [
            conceptToken(concept),
            ...(file.broader[concept] ?? []).map((b) => BROADER + conceptToken(b)),
          ],
    );
  }

  const match = (terms: readonly string[], at: number): Phrase | null => {
    for (const phrase of byFirst.get(terms[at]!) ?? []) {
      if (phrase.stems.every((s, j) => terms[at + j] === s)) return phrase;
    }
    return null;
  };
  // A rule's words read the way a question's do: phrases as their concepts; a bare concept
  // name ("dyspnea") as that concept.
  const read = (text: string): string[] =>
    text in file.same
      ? [conceptToken(text)]
      : mapPhrases({ match }, asWords(glueless(text))).map((w) => w.term.replace(BROADER, ''));

  const suggestions: Suggestion[] = file.suggests.map((rule) => {
    const items = rule.all ?? rule.any ?? [];
    const alternatives = items.map((item) =>
      item.split('|').map((alt) => {
        const seq = read(alt);
        if (seq.length === 0) throw new Error(`lexicon: suggestion "${alt}" has no words`);
        return seq;
      }),
    );
    return {
      // `any` is one condition of many alternatives; `all` is one condition per item.
      conditions: rule.all ? alternatives : [alternatives.flat()],
      add: [...new Set(rule.add.flatMap((text) => read(text).filter((t) => !STOP_STEMS.has(t))))],
    };
  });

  return {
    match,
    written: (word) => written.get(word),
    suggest(terms) {
      const added = new Set<string>();
      for (const rule of suggestions) {
        if (rule.conditions.every((alts) => alts.some((seq) => contains(terms, seq)))) {
          for (const t of rule.add) added.add(t);
        }
      }
      return [...added];
    },
    words,
    phraseCount,
    secondary: new Set([...kinds.person, ...kinds.site, ...kinds.generic].map(conceptToken)),
  };
}

export const LEXICON: Lexicon = compileLexicon(lexiconJson as unknown as LexiconFile);
