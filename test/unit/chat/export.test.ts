import { describe, expect, it } from 'vitest';
import { fromJSON, ImportError, toJSON, toMarkdown } from '@/lib/chat/export';
import type { Conversation } from '@/lib/chat/types';

const conversation: Conversation = {
  id: 'c1',
  title: 'Chest pain',
  createdAt: Date.UTC(2026, 10, 1),
  updatedAt: Date.UTC(2026, 10, 2),
  messages: [
    {
      id: 'm1',
      role: 'user',
      content: 'chest pain going to my left arm',
      createdAt: 1,
      triage: {
        level: 'emergency',
        flags: [{ id: 'chest', label: 'Chest pain spreading to the arm', advice: 'Call now' }],
      },
    },
    {
      id: 'm2',
      role: 'assistant',
      content: 'Please call your local emergency number now.',
      createdAt: 2,
      interrupted: true,
      cases: [
        {
          id: 'v1-7',
          dataset: 'v1',
          segment: 'covid-scrape-2020',
          flags: [],
          description: 'chest pain',
        },
      ],
    },
  ],
};

describe('export and import', () => {
  it('writes readable Markdown with the disclaimer, triage, cases and a stopped answer', () => {
    const md = toMarkdown(conversation);
    expect(md).toContain('# Chest pain');
    expect(md).toContain('Not medical advice');
    expect(md).toContain('> **Emergency:** Chest pain spreading to the arm');
    expect(md).toContain('## Bedside');
    expect(md).toContain('_(stopped before the end)_');
    expect(md).toContain('- v1-7 (v1, covid-scrape-2020): chest pain');
  });

  it('round-trips JSON', () => {
    expect(fromJSON(toJSON([conversation]))).toEqual([conversation]);
  });

  it('rejects bad files with a message that names the problem', () => {
    expect(() => fromJSON('{oops')).toThrow(ImportError);
    expect(() => fromJSON('{oops')).toThrow(/not valid JSON/);
    expect(() => fromJSON('{"conversations": []}')).toThrow(/not a Bedside conversation export/);
    const bad = JSON.parse(toJSON([conversation]));
    bad.conversations[0].messages[1].role = 'system';
    // Each conversation is checked on its own and named with its title (issue 15).
    expect(() => fromJSON(JSON.stringify(bad))).toThrow(
      'conversation 1 ("Chest pain"): message 2 has a role other than "user" or "assistant"',
    );
    const future = JSON.parse(toJSON([conversation]));
    future.version = 9;
    expect(() => fromJSON(JSON.stringify(future))).toThrow(/version 9 is not supported/);
  });
});
