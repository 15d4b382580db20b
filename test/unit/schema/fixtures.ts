// Valid records for the schema and import tests, built fresh each call so tests can mutate them.
import type { Conversation } from '@/lib/chat/types';
import type { Dialogue } from '@/lib/data/normalize';

export function conversation(over: Partial<Conversation> = {}): Conversation {
  return {
    id: 'c1',
    title: 'Chest pain',
    createdAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 2),
    messages: [
      {
        id: 'm1',
        role: 'user',
        content: 'chest pain going to my left arm',
        createdAt: Date.UTC(2026, 10, 1),
        triage: {
          level: 'emergency',
          flags: [{ id: 'chest', label: 'Chest pain spreading to the arm', advice: 'Call now' }],
        },
      },
      {
        id: 'm2',
        role: 'assistant',
        content: 'Please call your local emergency number now.',
        createdAt: Date.UTC(2026, 10, 2),
        modelId: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
        interrupted: true,
        truncated: false,
        droppedTurns: 2,
        stats: {
          promptTokens: 120,
          completionTokens: 40,
          timeToFirstTokenS: 0.5,
          prefillTokensPerS: 240,
          decodeTokensPerS: 20,
          totalS: 2.5,
        },
        cases: [
          {
            id: 'v1-7',
            dataset: 'v1',
            segment: 'covid-scrape-2020',
            flags: ['short-answer'],
            description: 'chest pain',
            exchange: 0,
            excerpt: 'Patient: chest pain\nDoctor: see someone',
          },
        ],
      },
    ],
    ...over,
  };
}

export function dialogue(over: Partial<Dialogue> = {}): Dialogue {
  return {
    id: 'v2-12',
    dataset: 'v2',
    index: 12,
    description: 'headache',
    turns: [
      { role: 'patient', text: 'I have a headache.' },
      { role: 'doctor', text: 'How long?', speaker: 'doctor' },
    ],
    segment: 'askdocs',
    flags: ['contains-url'],
    split: 'train',
    source: { file: 'kmd/v2/know_merge.json', row: 12 },
    ...over,
  };
}
