// The fine-tune trains on the prompt the app sends: its system prompt with the red-flag note of
// the question, and never on a red-flagged question answered less urgently than the note asks.
import { describe, expect, it } from 'vitest';
import { systemPromptFor, SYSTEM_PROMPT } from '@/lib/chat/prompt';
import type { Dialogue } from '@/lib/data/normalize';
import { buildFinetuneExport, DEFAULT_FILTERS, systemsByTurn } from '@/lib/finetune/export';
import { triage } from '@/lib/safety/triage';

let n = 0;
function dialogue(turns: [string, string][]): Dialogue {
  n += 1;
  return {
    id: `v1-${n}`,
    dataset: 'v1',
    index: n,
    description: '',
    segment: 'covid-scrape-2020',
    flags: [],
    split: 'train',
    source: { file: 'v1.json', row: n },
    turns: turns.flatMap(([q, a]) => [
      { role: 'patient' as const, text: q },
      { role: 'doctor' as const, text: a },
    ]),
  };
}

const CHEST = 'I have crushing chest pain and I am sweating a lot';
const ESCALATED = 'This could be a heart attack. Call 911 or your local emergency number now.';

describe('the fine-tune export trains on the app’s prompt shape', () => {
  it('adds the red-flag note the app would add for the question answered', () => {
    const result = buildFinetuneExport([dialogue([[CHEST, ESCALATED]])]);
    const [system] = result.examples.train[0]!.messages;
    expect(system?.content).toBe(systemPromptFor({ triage: triage(CHEST) }));
    expect(system?.content).toMatch(
      /Safety check: the patient's latest message shows possible emergency signs/,
    );
  });

  it('drops a red-flagged question answered less urgently than the note demands', () => {
    const result = buildFinetuneExport([
      dialogue([[CHEST, 'Probably muscular. Rest and stretch.']]),
    ]);
    expect(result.examples.train).toHaveLength(0);
    expect(result.dropped['red-flag-not-escalated']).toBe(1);
    // Without the rule (the old export), it is kept with the bare system prompt.
    const old = buildFinetuneExport([dialogue([[CHEST, 'Rest.']])], {
      ...DEFAULT_FILTERS,
      redFlagNotes: false,
    });
    expect(old.examples.train[0]?.messages[0]?.content).toBe(SYSTEM_PROMPT);
  });

  it('gives each answer of a multi-turn row the note of its own question', () => {
    const messages = buildFinetuneExport([
      dialogue([
        ['My throat is sore', 'Warm drinks help; see a doctor if it lasts more than a week.'],
        [CHEST, ESCALATED],
      ]),
    ]).examples.train[0]!;
    expect(messages.systemByTurn).toEqual([
      SYSTEM_PROMPT,
      systemPromptFor({ triage: triage(CHEST) }),
    ]);
    expect(messages.messages[0]?.content).toBe(messages.systemByTurn?.at(-1));
    // Routine rows carry one system prompt, as before.
    expect(
      systemsByTurn(
        [
          { role: 'user', content: 'a cold' },
          { role: 'assistant', content: 'Rest.' },
        ],
        SYSTEM_PROMPT,
      ),
    ).toEqual([SYSTEM_PROMPT]);
  });
});
