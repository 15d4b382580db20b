// Where the words of one message start: by their first one, two and three letters (which
// patterns to try at all, candidates.ts), and where a whole word of the lexicon starts (which
// patterns need a word the message lacks, and where to try the rest, lexicon.ts). The
// lexicon's words are numbered once, so that a message looks each one up at most once.

import { NOT_KEY } from './pattern-starts';

const WORD = /'*([a-z0-9][a-z0-9']*)/g;

/**
 * Where each word of a text starts, by its first one, two and three letters (a word after a
 * quote, "'pain'", is listed with and without it): which patterns to try, and where.
 */
export function wordPositions(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  // A word always has a letter or digit, so a match is never empty.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const bare = WORD.lastIndex - m[1]!.length;
    if (bare !== m.index) addStarts(out, m[0], m.index);
    addStarts(out, m[1]!, bare);
  }
  return out;
}

/**
 * Lists a word's first one, two and three letters as starting at `at`, and NOT_KEY for a word
 * that "not" may match ("not...", "...n't").
 */
function addStarts(out: Map<string, number[]>, word: string, at: number): void {
  for (let n = 1; n <= 3 && n <= word.length; n++) addStart(out, word.slice(0, n), at);
  if (word.startsWith('not') || word.includes("n't")) addStart(out, NOT_KEY, at);
}

function addStart(out: Map<string, number[]>, key: string, at: number): void {
  const list = out.get(key);
  if (!list) out.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/** Every word start (first one to three letters, or NOT_KEY) the lexicon looks for, numbered. */
const KEY_ID = new Map<string, number>();
/** Every word the lexicon names (requiredWords, matchPrefixes), numbered, and its start's number. */
const WORD_ID = new Map<string, number>();
const WORDS: string[] = [];
const WORD_KEY: number[] = [];

/** The number of a word start ("che", "a", NOT_KEY), given on first use. */
export function keyId(key: string): number {
  let id = KEY_ID.get(key);
  if (id === undefined) {
    id = KEY_ID.size;
    KEY_ID.set(key, id);
  }
  return id;
}

/** The number of a word of the lexicon ("chest", "swell", "isn't"), given on first use. */
export function wordId(word: string): number {
  let id = WORD_ID.get(word);
  if (id === undefined) {
    id = WORDS.length;
    WORD_ID.set(word, id);
    WORDS.push(word);
    WORD_KEY.push(keyId(word.slice(0, 3)));
  }
  return id;
}

/** The word numbered `id` (wordId). */
export function wordOf(id: number): string {
  return WORDS[id]!;
}

const NONE: readonly number[] = [];

// What the latest message has, by number, marked with its round so that nothing needs
// clearing: a start (or a word) was looked up for this message when its mark is the round.
let round = 0;
let keyMark = new Int32Array(0);
const keyList: (readonly number[])[] = [];
let wordMark = new Int32Array(0);
const wordList: (readonly number[])[] = [];

/**
 * One message's word starts, with where each word of the lexicon starts (looked up once).
 * Its numbered look-ups are quick while it is the latest message read; after that, slow.
 */
export class WordStarts {
  readonly text: string;
  /** Word starts by first one, two and three letters (wordPositions). */
  readonly byStart: ReadonlyMap<string, readonly number[]>;
  /** The numbers of the word starts (keyId) the message has. */
  readonly keys: number[] = [];
  readonly #round: number;

  constructor(text: string) {
    this.text = text;
    this.byStart = wordPositions(text);
    this.#round = ++round;
    if (keyMark.length < KEY_ID.size) keyMark = new Int32Array(KEY_ID.size * 2);
    if (wordMark.length < WORDS.length) wordMark = new Int32Array(WORDS.length * 2);
    for (const [key, list] of this.byStart) {
      const id = KEY_ID.get(key);
      if (id === undefined) continue;
      keyMark[id] = round;
      keyList[id] = list;
      this.keys.push(id);
    }
  }

  /**
   * Where word `id` (wordId) begins a word of the message, in text order: "chest" at the
   * start of "chest" or "chests", never of "chew" or "rachest".
   */
  of(id: number): readonly number[] {
    if (this.#round !== round || id >= wordMark.length) return this.#lookUp(id);
    if (keyMark[WORD_KEY[id]!] !== round) return NONE;
    if (wordMark[id] === round) return wordList[id]!;
    const found = this.#lookUp(id);
    wordMark[id] = round;
    wordList[id] = found;
    return found;
  }

  /** Whether word `id` begins a word of the message. */
  has(id: number): boolean {
    return this.of(id).length > 0;
  }

  #lookUp(id: number): readonly number[] {
    const word = WORDS[id]!;
    const list = this.byStart.get(word.slice(0, 3));
    if (!list) return NONE;
    return word.length <= 3 ? list : list.filter((p) => this.text.startsWith(word, p));
  }
}
