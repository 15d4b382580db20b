import { describe, expect, it } from 'vitest';
import { plainText, announcementFor } from '@/lib/chat/announce';
import { askPrompt } from '@/lib/chat/ask';
import { dialogueCase, toCaseRef, usedCases } from '@/lib/chat/cases';
import { answerBudget, draftHint, fitProblem } from '@/lib/chat/draft';
import { exportFile, exportFileName, fromJSON } from '@/lib/chat/export';
import { historyForPrompt, retrievalQuery } from '@/lib/chat/history';
import { isNearBottom } from '@/lib/chat/scroll';
import type { ChatMessage } from '@/lib/chat/types';
import { dialogue } from './fakes';

let n = 0;
const msg = (role: 'user' | 'assistant', content: string, extra: Partial<ChatMessage> = {}) =>
  ({ id: `m${++n}`, role, content, createdAt: n, ...extra }) as ChatMessage;

describe('historyForPrompt', () => {
  it('keeps stopped answers, drops failed and empty ones, and joins same-role neighbours', () => {
    const history = historyForPrompt([
      msg('user', 'q1'),
      msg('assistant', 'partial', { interrupted: true }),
      msg('user', 'q2'),
      msg('assistant', '', { error: 'GPU lost' }),
      msg('user', 'q3'),
      msg('assistant', '   '),
      msg('user', 'q4'),
    ]);
    expect(history).toEqual([
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'partial' },
      { role: 'user', content: 'q2\n\nq3\n\nq4' },
    ]);
  });
});

describe('retrievalQuery', () => {
  it('uses the latest question, with the one before when it is a short follow-up', () => {
    expect(retrievalQuery([msg('user', 'I have a dry cough and a fever since Monday')])).toBe(
      'I have a dry cough and a fever since Monday',
    );
    expect(
      retrievalQuery([
        msg('user', 'I have a dry cough'),
        msg('assistant', 'How long?'),
        msg('user', 'three   days'),
      ]),
    ).toBe('I have a dry cough\nthree   days');
  });

  it('passes the message as written, so that the crisis rule reads it whole', () => {
    expect(retrievalQuery([msg('user', '  I want to kill myself  ')])).toBe(
      'I want to kill myself',
    );
  });
});

describe('cases', () => {
  it('saves provenance and flags, and only the cases the prompt used, in its order', () => {
    const a = { ...dialogue('v2-5', 'x'.repeat(300)), flags: ['contains-url' as const] };
    const b = { ...dialogue('v1-1', 'short question'), description: 'Q. Cough?' };
    expect(toCaseRef(a)).toMatchObject({ id: 'v2-5', dataset: 'v2', flags: ['contains-url'] });
    expect(toCaseRef(a).description).toHaveLength(160);
    expect(toCaseRef(b).description).toBe('Q. Cough?');
    const used = usedCases(
      [dialogueCase(a), dialogueCase(b)],
      [{ dialogueId: 'v1-1', excerpt: 'Patient: short question' }],
    );
    expect(used.map((c) => c.id)).toEqual(['v1-1']);
    expect(used[0]).toMatchObject({ exchange: 0, excerpt: 'Patient: short question' });
  });
});

describe('askPrompt', () => {
  it("gives the patient's question of an online consultation", () => {
    expect(
      askPrompt(dialogue('v1-3', 'My son has had a fever of 39 for two days, what should I do?')),
    ).toBe('My son has had a fever of 39 for two days, what should I do?');
  });

  it('frames a clinic transcript, which opens with the doctor, by its summary', () => {
    const transcript = {
      ...dialogue('aci-1', 'hi'),
      description: 'Visit for annual exam; also hypertension',
      turns: [
        { role: 'doctor' as const, text: 'hi martha, how are you?' },
        { role: 'patient' as const, text: 'fine' },
      ],
    };
    expect(askPrompt(transcript)).toBe(
      'About a case like this one: "Visit for annual exam; also hypertension". What would you want to know, and what should I watch out for?',
    );
  });

  it('cuts a very long question at a word', () => {
    const text = askPrompt(dialogue('v2-1', 'my symptoms are '.repeat(200)));
    expect(text.length).toBeLessThanOrEqual(1501);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('draft checks', () => {
  it('keeps a share of the window for the answer', () => {
    expect(answerBudget(4096)).toBe(512);
    expect(answerBudget(1024)).toBe(256);
    expect(answerBudget(100)).toBe(64);
  });

  it('explains when a message cannot fit, and hints when it takes much of the memory', () => {
    expect(fitProblem('a short question', 4096)).toBeNull();
    expect(fitProblem('pain '.repeat(4000), 4096)).toMatch(/too long for this model/);
    expect(draftHint('a short question', 4096)).toBeNull();
    expect(draftHint('x'.repeat(6000), 4096)).toMatch(
      /^Long message: about 2000 of the 3584 tokens/,
    );
  });
});

describe('announcements', () => {
  it('reads Markdown as plain text', () => {
    expect(
      plainText(
        '## Advice\n\n- **Rest** and *drink* fluids\n- see [a doctor](https://x.org)\n\n`code`',
      ),
    ).toBe('Advice\nRest and drink fluids\nsee a doctor\ncode');
    expect(plainText('keep snake_case_words intact')).toBe('keep snake_case_words intact');
  });

  it('announces a settled answer once, and says when it was stopped', () => {
    expect(announcementFor(msg('assistant', 'Drink **water**.'))).toBe(
      'Bedside answered: Drink water.',
    );
    expect(announcementFor(msg('assistant', 'Drink', { interrupted: true }))).toBe(
      'Answer stopped: Drink',
    );
    expect(announcementFor(msg('assistant', '', { interrupted: true }))).toBe('Answer stopped.');
    expect(announcementFor(msg('assistant', '', { error: 'GPU lost' }))).toBe('');
  });
});

describe('isNearBottom', () => {
  it('is true within the slack of the end only', () => {
    expect(isNearBottom({ scrollTop: 560, clientHeight: 400, scrollHeight: 1000 })).toBe(true);
    expect(isNearBottom({ scrollTop: 500, clientHeight: 400, scrollHeight: 1000 })).toBe(false);
    expect(isNearBottom({ scrollTop: 0, clientHeight: 400, scrollHeight: 300 })).toBe(true);
  });
});

describe('exportFileName', () => {
  it('makes a safe, dated file name from the title', () => {
    const date = new Date(Date.UTC(2026, 10, 25));
    expect(exportFileName('Fièvre & toux: 3 days?', 'md', date)).toBe(
      'bedside-fievre-toux-3-days-2026-11-25.md',
    );
    expect(exportFileName('???', 'json', date)).toBe('bedside-conversation-2026-11-25.json');
    expect(exportFileName('a'.repeat(100), 'md', date)).toBe(
      `bedside-${'a'.repeat(48)}-2026-11-25.md`,
    );
  });
});

describe('exportFile', () => {
  const conversation = {
    id: 'c',
    title: 'Sore throat',
    createdAt: 1,
    updatedAt: Date.UTC(2026, 0, 2),
    messages: [{ id: 'm', role: 'user' as const, content: 'my throat hurts', createdAt: 1 }],
  };
  const now = new Date(Date.UTC(2026, 0, 3));

  it('exports one conversation as Markdown or JSON, and all of them as JSON', () => {
    const md = exportFile([conversation], 'md', now);
    expect(md).toMatchObject({ name: 'bedside-sore-throat-2026-01-03.md', type: 'text/markdown' });
    expect(md.text).toContain('# Sore throat');
    expect(md.text).toContain('my throat hurts');
    const json = exportFile([conversation, { ...conversation, id: 'd' }], 'json', now);
    expect(json.name).toBe('bedside-conversations-2026-01-03.json');
    expect(fromJSON(json.text).map((c) => c.id)).toEqual(['c', 'd']);
  });
});
