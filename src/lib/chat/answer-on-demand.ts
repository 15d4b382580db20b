// The answer code (answer-code.ts: prompt builder, pipeline, message checks) loads when the
// person starts writing, not with the Chat, like the triage rules (triage-on-demand.ts): the
// Chat asks for both in ChatState.prepare, so that they are there by the time the message is
// sent; a send, regenerate or edit that comes first waits for them (npm run bench:bundle).
import { errorText } from '../engine/errors';
import { ChatInputError } from './pipeline/input-error';

export type AnswerCode = typeof import('./answer-code');

let loaded: AnswerCode | null = null;
let loading: Promise<AnswerCode> | null = null;

/**
 * The answer code, loading it on the first call. A failed load is a ChatInputError that says
 * what to do (the message is kept); the next call tries again.
 */
export function loadAnswerCode(): Promise<AnswerCode> {
  loading ??= import('./answer-code').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw new ChatInputError(
        `Bedside's answer code could not be loaded (${errorText(error)}). Check the connection or reload the page, then try again.`,
      );
    },
  );
  return loading;
}

/** The answer code if it has loaded, else null (nothing is started). */
export function loadedAnswerCode(): AnswerCode | null {
  return loaded;
}
