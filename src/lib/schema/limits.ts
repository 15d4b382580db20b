// How big a record that crosses a trust boundary may be. Each bound sits far above anything
// Bedside writes itself (an answer is at most a few thousand tokens, a conversation a few
// hundred turns), so a real conversation never meets one; they exist so that a hostile or
// broken file cannot make a view render a million items or a title the size of a book.

/** An import file is refused before it is read when it is larger than this (bytes). */
export const MAX_IMPORT_BYTES = 50_000_000;
/** Conversations in one import file. */
export const MAX_CONVERSATIONS_PER_FILE = 50_000;
/** Messages in one conversation. */
export const MAX_MESSAGES = 5_000;
/** Characters of one message's text (a pasted document fits; a whole book does not). */
export const MAX_MESSAGE_CHARS = 200_000;
/** Characters of a title; a longer one is shortened (a repair, not a refusal). */
export const MAX_TITLE_CHARS = 200;
/** Characters of an id, a model id, a dataset or segment name, a flag id. */
export const MAX_ID_CHARS = 300;
/** Characters of a short text: a case description, a flag label or its advice, an error. */
export const MAX_SHORT_TEXT_CHARS = 5_000;
/** Characters of a case excerpt (the part of a dialogue the model was shown). */
export const MAX_EXCERPT_CHARS = 50_000;
/** Cases under one answer, red flags on one message, quality flags on one case. */
export const MAX_LIST_ITEMS = 100;
/** Turns in one dataset dialogue (the longest real one has a few hundred). */
export const MAX_TURNS = 10_000;
