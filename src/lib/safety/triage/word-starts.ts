// Where the words of the lexicon start in one message: the lexicon's words (requiredWords and
// matchPrefixes in pattern-starts.ts) are numbered once and kept in a trie, and a message's
// words are walked through it once, which lists, for every lexicon word the message has, where
// a word of the message begins with it (which patterns a message could match, candidates.ts,
// and where to try them, lexicon.ts).

const WORD = /'*([a-z0-9][a-z0-9']*)/g;

/** Every word the lexicon names (requiredWords, matchPrefixes), numbered. */
const WORD_ID = new Map<string, number>();
const WORDS: string[] = [];

// The trie of those words: node 0 is the root; the child of node n by character c (all of
// them below 128: lexicon words are [a-z0-9']) is CHILD.get(n * 128 + c); the word that ends
// at node n is WORD_AT[n] (-1 for none).
const CHILD = new Map<number, number>();
const WORD_AT: number[] = [-1];

/** The number of a word of the lexicon ("chest", "swell", "isn't"), given on first use. */
export function wordId(word: string): number {
  let id = WORD_ID.get(word);
  if (id === undefined) {
    id = WORDS.length;
    WORD_ID.set(word, id);
    WORDS.push(word);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 128) throw new Error(`lexicon word "${word}" has a character outside ASCII`);
      let next = CHILD.get(node * 128 + c);
      if (next === undefined) {
        next = WORD_AT.length;
        WORD_AT.push(-1);
        CHILD.set(node * 128 + c, next);
      }
      node = next;
    }
    WORD_AT[node] = id;
  }
  return id;
}

/** The word numbered `id` (wordId). */
export function wordOf(id: number): string {
  return WORDS[id]!;
}

const NONE: readonly number[] = [];

// What the latest message has, by word number, marked with its round so that nothing needs
// clearing: a word is in the message when its mark is the round.
let round = 0;
let wordMark = new Int32Array(0);
const wordList: number[][] = [];

/**
 * One message's words: where each word of the lexicon starts a word of it. Its numbered
 * look-ups are quick while it is the latest message read; after that, slow.
 */
export class WordStarts {
  readonly text: string;
  /** The numbers of the lexicon words (wordId) that start a word of the message. */
  readonly present: number[] = [];
  readonly #round: number;
  /** How many lexicon words the trie held when the message was read. */
  readonly #known: number;

  constructor(text: string) {
    this.text = text;
    this.#round = ++round;
    this.#known = WORDS.length;
    if (wordMark.length < WORDS.length) wordMark = new Int32Array(WORDS.length * 2);
    // A word always has a letter or digit, so a match is never empty. A word after a quote
    // ("'pain'") is read from the quote and from its first letter.
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const bare = WORD.lastIndex - m[1]!.length;
      if (bare !== m.index) this.#walk(m.index);
      this.#walk(bare);
    }
  }

  /** Lists every lexicon word that the text at `at` begins with. */
  #walk(at: number): void {
    const text = this.text;
    let node = 0;
    for (let p = at; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c >= 128) return;
      const next = CHILD.get(node * 128 + c);
      if (next === undefined) return;
      node = next;
      const id = WORD_AT[node]!;
      if (id < 0) continue;
      if (wordMark[id] === round) wordList[id]!.push(at);
      else {
        wordMark[id] = round;
        wordList[id] = [at];
        this.present.push(id);
      }
    }
  }

  /**
   * Where word `id` (wordId) begins a word of the message, in text order: "chest" at the
   * start of "chest" or "chests", never of "chew" or "rachest".
   */
  of(id: number): readonly number[] {
    if (this.#round !== round || id >= this.#known) return this.#lookUp(id);
    return wordMark[id] === round ? wordList[id]! : NONE;
  }

  /** Whether word `id` begins a word of the message. */
  has(id: number): boolean {
    return this.of(id).length > 0;
  }

  /** The same as `of`, by reading the text again (an older message, or a newer word). */
  #lookUp(id: number): readonly number[] {
    const word = WORDS[id]!;
    const out: number[] = [];
    const re = new RegExp(WORD.source, 'g');
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      const bare = re.lastIndex - m[1]!.length;
      if (bare !== m.index && this.text.startsWith(word, m.index)) out.push(m.index);
      if (this.text.startsWith(word, bare)) out.push(bare);
    }
    return out;
  }
}
