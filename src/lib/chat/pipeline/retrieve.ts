// Step 1: the similar cases for the question, looked up while the rest goes on. A failed search
// is not a failed answer: the model answers without cases and the answer says why. Pure.
import { errorText } from '../../engine/errors';
import { retrievalQuery } from '../history';
import type { ChatMessage, RetrievedCase } from '../types';
import type { Retrieve } from './types';

export interface Retrieval {
  cases: RetrievedCase[];
  /** Why no cases could be looked up; null when the search worked (even with no match). */
  unavailable: string | null;
  /** How long the search took. */
  ms: number;
}

/** Starts the search for the last question of `messages` at once; never rejects. */
export function startRetrieval(
  retrieve: Retrieve,
  messages: readonly ChatMessage[],
  clock: () => number,
): Promise<Retrieval> {
  const started = clock();
  let searching: Promise<RetrievedCase[]>;
  try {
    searching = retrieve(retrievalQuery(messages));
  } catch (error) {
    searching = Promise.reject(error);
  }
  return searching.then(
    (cases) => ({ cases, unavailable: null, ms: clock() - started }),
    (error: unknown) => ({
      cases: [],
      unavailable: errorText(error ?? 'unknown error'),
      ms: clock() - started,
    }),
  );
}

/** The similar cases for one question on its own, as the Chat looks them up for a first message. */
export function casesForQuestion(retrieve: Retrieve, text: string): Promise<RetrievedCase[]> {
  return retrieve(retrievalQuery([{ role: 'user', content: text }]));
}
