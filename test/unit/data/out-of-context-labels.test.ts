// @vitest-environment node
// The r/AskDocs rows two readers found to be comments out of a thread (phase 15) are flagged by
// the build, so the Chat never shows one as a similar case; the rows they read as questions
// stay citable. Reads the dataset as `npm run data` (run before `npm test`) writes it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGeneratedDialogues } from '../../../scripts/lib/generated-dialogues';
import { inChatPool } from '@/lib/chat/retrieval';
import { repairDialogue } from '@/lib/data/repair';
import { openingKey } from '@/lib/data/quality';

const LABELS = new URL('../../fixtures/data-quality/askdocs-context-labels.tsv', import.meta.url);

describe('comments out of a thread, as readers labelled them', () => {
  it('keeps every row both readers called a comment out of the Chat, and every question in', () => {
    const labels = readFileSync(LABELS, 'utf8').trim().split('\n').slice(1);
    const byId = new Map(loadGeneratedDialogues().map((d) => [d.id, d]));
    let comments = 0;
    for (const line of labels) {
      const [id, ...said] = line.split('\t').map((s) => s.trim());
      const d = byId.get(id!);
      expect(d, id).toBeDefined();
      const comment = said.filter(Boolean).every((l) => l === 'C');
      if (comment) comments += 1;
      expect(d!.flags.includes('out-of-context'), id).toBe(comment);
      expect(inChatPool(d!), id).toBe(!comment);
    }
    expect(comments).toBe(230);
  });
});

describe('openingKey', () => {
  it('is the same before and after the build repairs a post', () => {
    const source = {
      segment: 'askdocs',
      description: '',
      turns: [
        { role: 'patient' as const, text: 'Rash on my armsIve had it for a week.It itches' },
        { role: 'doctor' as const, text: 'See a GP.' },
      ],
    };
    const repaired = repairDialogue(source);
    expect(repaired.turns[0]!.text).not.toBe(source.turns[0]!.text);
    expect(openingKey(repaired.turns[0]!.text)).toBe(openingKey(source.turns[0]!.text));
    expect(openingKey('Another question entirely')).not.toBe(openingKey(source.turns[0]!.text));
  });
});
