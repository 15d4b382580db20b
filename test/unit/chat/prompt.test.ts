import { describe, expect, it } from 'vitest';
import { dialogueCase } from '@/lib/chat/cases';
import type { Dialogue } from '@/lib/data/normalize';
import {
  buildPrompt,
  estimateTokens,
  formatCase,
  PromptTooLongError,
  SYSTEM_PROMPT,
  type HistoryTurn,
} from '@/lib/chat/prompt';
import type { Triage } from '@/lib/safety/triage';

function dialogue(id: string, patient: string, doctor: string) {
  return dialogueCase(dialogueOf(id, patient, doctor));
}

function dialogueOf(id: string, patient: string, doctor: string): Dialogue {
  return {
    id,
    dataset: 'v1',
    index: 0,
    description: patient.slice(0, 40),
    turns: [
      { role: 'patient', text: patient },
      { role: 'doctor', text: doctor },
    ],
    segment: 'covid-scrape-2020',
    flags: [],
    split: 'train',
    source: { file: 'know_medical_dialogues/v1/train_set_med.json', row: 0 },
  };
}

const user = (content: string): HistoryTurn => ({ role: 'user', content });
const assistant = (content: string): HistoryTurn => ({ role: 'assistant', content });

describe('buildPrompt', () => {
  it('puts the safety rules and reference cases in the system message, then the conversation', () => {
    const cases = [
      dialogue(
        'v1-1',
        'i have a dry cough and fever for 3 days',
        'thanks for your query. it could be a viral infection…',
      ),
      dialogue('v1-2', 'is pneumonia contagious', 'hi, it depends on the cause…'),
    ];
    const built = buildPrompt([user('I have had a cough for a week')], {
      contextWindow: 4096,
      maxAnswerTokens: 512,
      cases,
    });
    const system = built.messages[0]!;
    expect(system.role).toBe('system');
    expect(system.content).toContain('you do not diagnose');
    expect(system.content).toContain('call the local emergency number');
    expect(system.content).toContain('Case 1 (v1, covid-scrape-2020):');
    expect(system.content).toContain('Patient: i have a dry cough and fever for 3 days');
    expect(system.content).toContain('Case 2');
    expect(built.caseIds).toEqual(['v1-1', 'v1-2']);
    expect(built.messages.at(-1)).toEqual({
      role: 'user',
      content: 'I have had a cough for a week',
    });
    expect(built.droppedTurns).toBe(0);
    expect(built.estimatedTokens).toBeLessThanOrEqual(built.budget);
  });

  it('restates red flags to the model for emergencies and urgent messages', () => {
    const triage: Triage = {
      level: 'emergency',
      flags: [{ id: 'cardiac-chest-pain', label: 'Chest pain with sweating', advice: 'Call now' }],
    };
    const built = buildPrompt([user('crushing chest pain and sweating')], {
      contextWindow: 2048,
      maxAnswerTokens: 256,
      triage,
    });
    expect(built.messages[0]!.content).toContain(
      'possible emergency signs (Chest pain with sweating)',
    );
    const routine = buildPrompt([user('a mild cold')], {
      contextWindow: 2048,
      maxAnswerTokens: 256,
      triage: { level: 'routine', flags: [] },
    });
    expect(routine.messages[0]!.content).toBe(SYSTEM_PROMPT);
  });

  it('drops the oldest turns first when the window is full, and never the latest message', () => {
    const long = 'word '.repeat(300); // ~500 estimated tokens each
    const history = [
      user(`first ${long}`),
      assistant(`answer one ${long}`),
      user(`second ${long}`),
      assistant(`answer two ${long}`),
      user('and the latest question?'),
    ];
    const built = buildPrompt(history, { contextWindow: 2048, maxAnswerTokens: 256 });
    const contents = built.messages.map((m) => m.content);
    expect(contents.at(-1)).toBe('and the latest question?');
    expect(contents.some((c) => c.startsWith('first'))).toBe(false);
    expect(contents.some((c) => c.startsWith('answer two'))).toBe(true);
    expect(built.droppedTurns).toBeGreaterThan(0);
    expect(built.estimatedTokens).toBeLessThanOrEqual(built.budget);
    // The kept stretch never begins with an answer whose question was dropped.
    expect(built.messages[1]!.role).toBe('user');
  });

  it('gives reference cases at most their share and drops the weakest first', () => {
    const cases = Array.from({ length: 20 }, (_, i) =>
      dialogue(`v2-${i}`, `question ${i} `.repeat(40), `answer ${i} `.repeat(40)),
    );
    const built = buildPrompt([user('headache')], {
      contextWindow: 2048,
      maxAnswerTokens: 256,
      cases,
      caseShare: 0.3,
    });
    expect(built.caseIds.length).toBeGreaterThan(0);
    expect(built.caseIds.length).toBeLessThan(20);
    expect(built.caseIds[0]).toBe('v2-0');
    const caseText = built.messages[0]!.content.length - SYSTEM_PROMPT.length;
    expect(estimateTokens('x'.repeat(caseText))).toBeLessThanOrEqual(
      Math.floor((2048 - 256) * 0.3) + 10,
    );
  });

  it('says plainly when the latest message alone does not fit', () => {
    const huge = 'pain '.repeat(5000);
    expect(() => buildPrompt([user(huge)], { contextWindow: 2048, maxAnswerTokens: 256 })).toThrow(
      PromptTooLongError,
    );
    expect(() => buildPrompt([user(huge)], { contextWindow: 2048, maxAnswerTokens: 256 })).toThrow(
      /too long for this model/,
    );
  });

  it('refuses a conversation that does not end with the user', () => {
    expect(() =>
      buildPrompt([user('hi'), assistant('hello')], { contextWindow: 2048, maxAnswerTokens: 256 }),
    ).toThrow(/must end with a user message/);
  });
});

describe('formatCase', () => {
  it('clips long turns at a character limit and collapses whitespace', () => {
    const text = formatCase(dialogue('x', 'a\n\nb   c '.repeat(100), 'reply'), 0, 50);
    const patientLine = text.split('\n')[1]!;
    expect(patientLine.length).toBeLessThanOrEqual('Patient: '.length + 50);
    expect(patientLine.endsWith('…')).toBe(true);
    expect(patientLine).not.toMatch(/\s{2}/);
  });

  it('keeps whole turns of a clinic snippet, in order, within the room of two parts', () => {
    const turns = Array.from({ length: 14 }, (_, i) =>
      i % 2 === 0
        ? `Doctor: question ${i} ${Array(10).fill('word').join(' ')}`
        : `Patient: answer ${i}`,
    ).join('\n');
    const snippet = { ...dialogue('mts-1', 'x', 'y'), text: turns };
    const lines = formatCase(snippet, 0, 100).split('\n').slice(1);
    // 200 characters of room: the first turns whole, then an ellipsis; never a cut turn.
    expect(lines.at(-1)).toBe('…');
    expect(lines.slice(0, -1)).toEqual(turns.split('\n').slice(0, lines.length - 1));
    expect(lines.slice(0, -1).join('\n').length).toBeLessThanOrEqual(200);
    expect(lines.length).toBeLessThan(14);
    // A forum exchange (two parts) is clipped part by part as before, with no ellipsis line.
    expect(formatCase(dialogue('v1-1', 'short', 'reply'), 0, 100).split('\n')).toHaveLength(3);
  });
});
