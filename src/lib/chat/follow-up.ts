// The structured follow-up check in the Chat (issue 10), the parts without a framework: a
// question's messages with a new triage (a "yes" raised it), and the sentence a screen reader
// hears after an answer. The questions themselves and the re-triage: src/lib/safety/triage.
import { LEVEL_RANK, type Triage } from '../safety/triage/types';
import type { ChatMessage } from './types';

/** The messages with one question's triage replaced; null when it is not there or the same. */
export function withTriage(
  messages: readonly ChatMessage[],
  messageId: string,
  triage: Triage,
): ChatMessage[] | null {
  const question = messages.find((m) => m.id === messageId && m.role === 'user');
  if (!question || sameTriage(question.triage, triage)) return null;
  return messages.map((m) => (m === question ? { ...m, triage } : m));
}

function sameTriage(a: Triage | undefined, b: Triage): boolean {
  const ids = (t: Triage | undefined) => (t?.flags ?? []).map((f) => f.id).join(',');
  return (a?.level ?? 'routine') === b.level && ids(a) === ids(b);
}

/** What an answer changed, said once (polite): the warning it raised, or that it raised none. */
export function answerOutcome(before: Triage | undefined, after: Triage): string {
  const was = LEVEL_RANK[before?.level ?? 'routine'];
  if (LEVEL_RANK[after.level] > was) {
    return after.level === 'emergency'
      ? 'Your answer points to an emergency: read the red warning with the answer now.'
      : 'Your answer means this needs a check today: read the warning with the answer.';
  }
  if (LEVEL_RANK[after.level] < was) {
    return 'Answer changed: the warning now reflects what you wrote and your other answers.';
  }
  return after.level === 'routine'
    ? 'Thank you: your answers add no warning sign.'
    : 'Thank you: the advice with the answer still applies.';
}
