// Step 0, before anything is shown or stored: the question, checked and triaged. The triage
// runs first of all, so that its banner shows with the question, before the model is loaded.
import type { Triage } from '../../safety/triage';
import { fitProblem } from '../draft';
import type { ChatMessage } from '../types';
import { ChatInputError } from './input-error';
import type { AnswerTiming } from './types';

export { ChatInputError };

/** Why `text` cannot be sent now, or null. */
export function sendProblem(
  text: string,
  { busy, contextWindow }: { busy: boolean; contextWindow: number },
): string | null {
  if (!text.trim()) return 'Type a message first.';
  if (busy) return 'Bedside is still answering: stop it or wait.';
  return fitProblem(text.trim(), contextWindow);
}

export interface QuestionDeps {
  problem(text: string): string | null;
  triage(text: string): Triage;
  clock(): number;
  now(): number;
}

/** The question for `text` (without its id) and its timing; throws ChatInputError. */
export function askQuestion(
  text: string,
  kind: AnswerTiming['kind'],
  deps: QuestionDeps,
): { question: Omit<ChatMessage, 'id'>; timing: AnswerTiming } {
  const start = deps.clock();
  const problem = deps.problem(text);
  if (problem) throw new ChatInputError(problem);
  const content = text.trim();
  // The triage's own time: the check above builds a whole prompt to see that the text fits,
  // which is prompt work and counted in the total from `start`, not in the triage's figure.
  const triageFrom = deps.clock();
  const triage = deps.triage(content);
  const timing: AnswerTiming = { kind, start, triageMs: deps.clock() - triageFrom };
  return { question: { role: 'user', content, createdAt: deps.now(), triage }, timing };
}
