import { errorText } from '../lib/engine/errors';
import { loadAnswerCode, loadedAnswerCode, type AnswerCode } from '../lib/chat/answer-on-demand';
import { ChatInputError } from '../lib/chat/pipeline/input-error';
import type { AnswerTiming } from '../lib/chat/pipeline/types';
import { loadedTriage, loadTriage, type TriageRules } from '../lib/chat/triage-on-demand';

export type AskedQuestion = ReturnType<AnswerCode['askQuestion']>;

interface QuestionDeps {
  /** Injected rules (tests, the Benchmark); else the on-demand module. */
  triage?: TriageRules;
  problem: (text: string) => string | null;
  clock: () => number;
  now: () => number;
}

interface Ready {
  triage: TriageRules;
  code: AnswerCode;
}

/** The triage rules, at once when they have loaded, else a promise of them (see ready). */
function rules(injected: TriageRules | undefined): TriageRules | Promise<TriageRules> {
  return (
    injected ??
    loadedTriage() ??
    loadTriage().catch((error: unknown) => {
      throw new ChatInputError(
        `The safety check could not be loaded (${errorText(error)}). Reload the page and send again.`,
      );
    })
  );
}

/**
 * The triage rules and the answer code: at once when both have loaded (ChatState.prepare asked
 * for them as the person wrote), else a promise of them; a failed load is a ChatInputError,
 * the text is kept.
 */
function ready(injected: TriageRules | undefined): Ready | Promise<Ready> {
  const triage = rules(injected);
  const code = loadedAnswerCode() ?? loadAnswerCode();
  if (typeof triage === 'function' && !(code instanceof Promise)) return { triage, code };
  return Promise.all([triage, code]).then(([triage, code]) => ({ triage, code }));
}

/**
 * The checked, triaged question for `text`; throws ChatInputError. Synchronous when the rules
 * and the answer code have loaded (so a first send creates its conversation at once); a wait
 * for them counts as triage time.
 */
export function triagedQuestion(
  text: string,
  kind: AnswerTiming['kind'],
  deps: QuestionDeps,
): AskedQuestion | Promise<AskedQuestion> {
  const { clock, now, problem } = deps;
  const ask = ({ triage, code }: Ready) =>
    code.askQuestion(text, kind, { problem, triage, clock, now });
  const loaded = ready(deps.triage);
  if (!(loaded instanceof Promise)) return ask(loaded);
  const start = clock();
  return loaded.then((both) => {
    const asked = ask(both);
    const waited = asked.timing.start - start;
    return {
      ...asked,
      timing: { ...asked.timing, start, triageMs: asked.timing.triageMs + waited },
    };
  });
}

/**
 * Asks for the rules (if none were injected) and the answer code ahead of a send; a failure
 * is told by the send.
 */
export function prefetchQuestion(injected: TriageRules | undefined): void {
  if (!injected) loadTriage().catch(() => {});
  loadAnswerCode().catch(() => {});
}
