import { errorText } from '../lib/engine/errors';
import { askQuestion, ChatInputError } from '../lib/chat/pipeline/question';
import type { AnswerTiming } from '../lib/chat/pipeline/types';
import { loadedTriage, loadTriage, type TriageRules } from '../lib/chat/triage-on-demand';

export type AskedQuestion = ReturnType<typeof askQuestion>;

interface QuestionDeps {
  /** Injected rules (tests, the Benchmark); else the on-demand module. */
  triage?: TriageRules;
  problem: (text: string) => string | null;
  clock: () => number;
  now: () => number;
}

/**
 * The triage rules: at once when they have loaded (ChatState.prepare asked for them as the
 * person wrote), else a promise of them; a failed load is a ChatInputError, the text is kept.
 */
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
 * The checked, triaged question for `text`; throws ChatInputError. Synchronous when the rules
 * have loaded (so a first send creates its conversation at once); a wait for them counts as
 * triage time.
 */
export function triagedQuestion(
  text: string,
  kind: AnswerTiming['kind'],
  deps: QuestionDeps,
): AskedQuestion | Promise<AskedQuestion> {
  const { clock, now, problem } = deps;
  const ask = (triage: TriageRules) => askQuestion(text, kind, { problem, triage, clock, now });
  const loaded = rules(deps.triage);
  if (typeof loaded === 'function') return ask(loaded);
  const start = clock();
  return loaded.then((triage) => {
    const asked = ask(triage);
    const waited = asked.timing.start - start;
    return {
      ...asked,
      timing: { ...asked.timing, start, triageMs: asked.timing.triageMs + waited },
    };
  });
}

/** Asks for the rules ahead of a send, if none were injected; a failure is told by the send. */
export function prefetchTriage(injected: TriageRules | undefined): void {
  if (!injected) loadTriage().catch(() => {});
}
