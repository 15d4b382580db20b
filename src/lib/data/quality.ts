// Quality flags: what a reader should know before trusting a row. Each test is a plain,
// documented heuristic over the row's text; none of them judges medical correctness.
import { fnv1a } from '../text/fnv1a';
import type { NormalizedDialogue } from './normalize';
import outOfContext from './out-of-context.json' with { type: 'json' };
import { type QualityFlag } from './quality-flags';

export const SHORT_ANSWER_CHARS = 30;

const MODERATOR = [
  /posts by unflaired users/i,
  /^removed under rule\b/i,
  /\|\s*moderator\b/i,
  /\bclosing this thread\b/i,
  /!reddit(?:silver|gold|platinum)\b/i,
  /\bi am a bot\b/i,
  /\bthis (?:post|thread|comment) (?:has been|was|is) (?:removed|locked)\b/i,
];

const URL = /\bhttps?:\/\/\S|\bwww\.[a-z0-9-]+\.[a-z]{2,}/i;

// The start of a reply within a thread rather than of a question: thanks, yes/no answers,
// agreement, apologies for a late reply, "what about…", "same here".
const FOLLOW_UP_START =
  /^(?:thanks?\b|thank you\b|thx\b|yes\b|yeah\b|yep\b|yup\b|no\b|nope\b|ok\b|okay\b|exactly\b|same\b|i (?:dis)?agree\b|good to know\b|(?:that )?makes sense\b|sorry (?:for|about|to)\b(?! (?:the )?(?:long|formatting))|what about\b|hey man\b)/i;
// Anywhere near the start: thanks for a reply, a follow-up question, talk about "OP" (the
// original poster), "not the OP".
const FOLLOW_UP_ANYWHERE = [
  /\bthank(?:s| you)(?: so much| very much| kindly)? for (?:the|your|this|responding|replying|answering)\b/i,
  /\bfollow[- ]up question\b/i,
  /\bOP\b/,
];

/**
 * A row's key among the read rows: a hash of the first 300 letters of its first turn, lower
 * case, letters and digits only, so that the build's repairs (line breaks, spaces and
 * apostrophes put back) do not change it, and no text of the dataset needs to be kept here.
 */
export function openingKey(text: string): string {
  const letters = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 300);
  return fnv1a(letters).toString(16).padStart(8, '0');
}

/**
 * The r/AskDocs rows that two readers, reading every one of the 671 the Chat could cite
 * (phase 15), both found to be a comment taken out of a thread rather than a question:
 * advice to someone else ("I would strongly recommend…"), an answer to a doctor's question
 * ("Oh, I forgot to answer your question: …"), pasted results with no question. The phrases
 * below catch only the plainest of them; most read like a post until one asks what the
 * question is. `npx tsx scripts/out-of-context-keys.ts` writes the keys from
 * test/fixtures/data-quality/askdocs-context-labels.tsv.
 */
const READ_OUT_OF_CONTEXT: ReadonlySet<string> = new Set(
  (outOfContext.keys as [string, string][]).map(([, key]) => key),
);

function doctorText(d: NormalizedDialogue): string {
  return d.turns
    .filter((t) => t.role === 'doctor')
    .map((t) => t.text)
    .join(' ');
}

/** The flags that follow from one row alone (everything but `duplicate`). */
export function rowFlags(d: NormalizedDialogue): QualityFlag[] {
  const flags: QualityFlag[] = [];
  const first = d.turns[0];
  // A patient who asks and a doctor who hardly answers. (Clinic transcripts that open with the
  // doctor's questions are history-taking, where short doctor turns are normal.)
  if (first?.role === 'patient' && doctorText(d).trim().length < SHORT_ANSWER_CHARS) {
    flags.push('short-answer');
  }
  if (d.turns.some((t) => t.role === 'doctor' && MODERATOR.some((re) => re.test(t.text)))) {
    flags.push('moderator-boilerplate');
  }
  if (URL.test(d.description) || d.turns.some((t) => URL.test(t.text))) flags.push('contains-url');
  if (first?.role === 'patient') {
    const head = first.text.slice(0, 200);
    if (
      FOLLOW_UP_START.test(head) ||
      FOLLOW_UP_ANYWHERE.some((re) => re.test(head)) ||
      READ_OUT_OF_CONTEXT.has(openingKey(first.text))
    ) {
      flags.push('out-of-context');
    }
  }
  return flags;
}

/** Case- and whitespace-insensitive text of the turns: equal keys mean duplicate rows. */
export function contentKey(d: Pick<NormalizedDialogue, 'turns'>): string {
  return d.turns
    .map((t) => `${t.role}:${t.text.toLowerCase().replace(/\s+/g, ' ').trim()}`)
    .join('\n');
}

/**
 * Flags for every row, in order. A row whose conversation already appeared earlier (in any
 * dataset) is a `duplicate`; the first occurrence is not.
 */
export function tagQuality(dialogues: readonly NormalizedDialogue[]): QualityFlag[][] {
  const seen = new Set<string>();
  return dialogues.map((d) => {
    const flags = rowFlags(d);
    const key = contentKey(d);
    if (seen.has(key)) flags.unshift('duplicate');
    else seen.add(key);
    return flags;
  });
}
