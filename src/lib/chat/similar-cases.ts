// The one retrieval policy the Chat and the Benchmark share (createApp builds it once), over
// the dataset's search worker. Until the search worker serves the retrieval branch's
// createChatRetriever (src/lib/chat/retrieval.ts), whose policy then replaces this one.
import type { Dialogue } from '../data/normalize';
import type { SimilarOptions } from '../search/protocol';
import { dialogueCase } from './cases';
import type { Retrieve } from './pipeline/types';
import { REFERENCE_SEGMENTS } from './prompt';

/** Similar cases put in a prompt. */
export const CASE_COUNT = 3;

/**
 * Exact words: fuzzy matching triples the search time, and a typo in one of up to 24 words
 * barely changes which cases come back (npm run bench:chat). Patient-question segments only:
 * the clinic sets (MTS-Dialog, ACI-Bench) are notes and doctor-led visits, which ranked above
 * real Q&A for everyday questions. The search's defaults leave out the test split (so the
 * Benchmark never sees its own answers) and flagged rows.
 */
export const CASE_SEARCH: SimilarOptions = { fuzzy: false, segments: REFERENCE_SEGMENTS };

export interface SimilarDialogues {
  similar(
    text: string,
    k: number,
    options?: SimilarOptions,
  ): Promise<{ dialogue: Dialogue; score: number }[]>;
}

export function similarCases(dataset: SimilarDialogues): Retrieve {
  return async (text) =>
    (await dataset.similar(text, CASE_COUNT, CASE_SEARCH)).map((s) =>
      dialogueCase(s.dialogue, s.score),
    );
}
