// Similar cases: how a dataset dialogue becomes a prompt case (RetrievedCase), and how a case
// is saved on an answer (CaseRef), enough to cite and link it without loading the dialogue. Pure.
import type { Dialogue } from '../data/normalize';
import { dialogueTitle } from '../search/highlight';
import type { CaseRef, RetrievedCase } from './types';

const MAX_DESCRIPTION = 160;

function shortTitle(dialogue: Dialogue): string {
  const title = dialogueTitle(dialogue).replace(/\s+/g, ' ').trim();
  return title.length > MAX_DESCRIPTION
    ? `${title.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`
    : title;
}

export function toCaseRef(dialogue: Dialogue): CaseRef {
  return {
    id: dialogue.id,
    dataset: dialogue.dataset,
    segment: dialogue.segment,
    flags: [...dialogue.flags],
    description: shortTitle(dialogue),
  };
}

/** A dialogue's first exchange as a prompt case: its first patient turn and the reply. */
export function dialogueCase(dialogue: Dialogue, score = 0): RetrievedCase {
  const patient = dialogue.turns.find((t) => t.role === 'patient')?.text ?? dialogue.description;
  const doctor = dialogue.turns.find((t) => t.role === 'doctor')?.text ?? '';
  return {
    dialogueId: dialogue.id,
    text: `Patient: ${patient}\nDoctor: ${doctor}`,
    dataset: dialogue.dataset,
    segment: dialogue.segment,
    flags: [...dialogue.flags],
    description: shortTitle(dialogue),
    exchange: 0,
    score,
  };
}

/** The cases the prompt really used, in the prompt's order, as saved on the answer. */
export function usedCases(
  cases: readonly RetrievedCase[],
  used: readonly { dialogueId: string; excerpt: string }[],
): CaseRef[] {
  return used.flatMap(({ dialogueId, excerpt }) => {
    const c = cases.find((x) => x.dialogueId === dialogueId);
    return c
      ? [
          {
            id: c.dialogueId,
            dataset: c.dataset,
            segment: c.segment,
            flags: [...c.flags],
            description: c.description,
            exchange: c.exchange,
            excerpt,
          },
        ]
      : [];
  });
}
