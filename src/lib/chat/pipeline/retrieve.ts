// Step 1: the similar cases for the question, looked up while the rest goes on. A failed search
// is not a failed answer: the model answers without cases and the answer says why. A crisis
// question (triaged when it was asked) takes no cases (cases-withheld.ts, the rule the
// retriever applies too), so it never waits for the search, which on a first visit waits for
// the dataset's import. Pure.
import { errorText } from '../../engine/errors';
import { retrievalQuery } from '../history';
import { withholdsCases } from '../cases-withheld';
import type { ChatMessage, RetrievedCase } from '../types';
import { CASES_NOT_READY } from './cases-not-ready';
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
  const asked = [...messages].reverse().find((m) => m.role === 'user');
  if (asked?.triage && withholdsCases(asked.content, asked.triage)) {
    return Promise.resolve({ cases: [], unavailable: null, ms: 0 });
  }
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

/** How long an answer waits for its cases once the model is ready. */
export const CASES_GRACE_MS = 4000;

/**
 * The search's result, or, when it is still running `graceMs` after `modelReady` has resolved,
 * no cases with CASES_NOT_READY. A model that fails to load leaves the search to finish (the
 * load's error is the answer's). Never rejects.
 */
export function retrievalWithin(
  retrieval: Promise<Retrieval>,
  modelReady: Promise<unknown>,
  graceMs: number,
  clock: () => number,
): Promise<Retrieval> {
  const started = clock();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const late = new Promise<Retrieval>((resolve) => {
    modelReady.then(
      () => {
        // A search that ended before the model was ready needs no deadline.
        if (done) return;
        timer = setTimeout(
          () => resolve({ cases: [], unavailable: CASES_NOT_READY, ms: clock() - started }),
          graceMs,
        );
      },
      () => undefined,
    );
  });
  return Promise.race([retrieval, late]).finally(() => {
    done = true;
    clearTimeout(timer);
  });
}

/** The similar cases for one question on its own, as the Chat looks them up for a first message. */
export function casesForQuestion(retrieve: Retrieve, text: string): Promise<RetrievedCase[]> {
  return retrieve(retrievalQuery([{ role: 'user', content: text }]));
}
