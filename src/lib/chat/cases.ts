// Similar dataset dialogues as they are saved on an answer (CaseRef): enough to cite and link
// them without loading the dialogue again. Pure.
import type { Dialogue } from '../data/normalize';
import { dialogueTitle } from '../search/highlight';
import type { CaseRef } from './types';

const MAX_DESCRIPTION = 160;

export function toCaseRef(dialogue: Dialogue): CaseRef {
  const title = dialogueTitle(dialogue).replace(/\s+/g, ' ').trim();
  return {
    id: dialogue.id,
    dataset: dialogue.dataset,
    segment: dialogue.segment,
    flags: [...dialogue.flags],
    description:
      title.length > MAX_DESCRIPTION ? `${title.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…` : title,
  };
}

/** The cases the prompt really used, in the prompt's order. */
export function usedCases(dialogues: readonly Dialogue[], caseIds: readonly string[]): CaseRef[] {
  const byId = new Map(dialogues.map((d) => [d.id, d]));
  return caseIds.flatMap((id) => {
    const dialogue = byId.get(id);
    return dialogue ? [toCaseRef(dialogue)] : [];
  });
}
