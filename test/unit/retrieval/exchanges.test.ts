import { describe, expect, it } from 'vitest';
import { exchangesOf, exchangeText } from '@/lib/retrieval/exchanges';

describe('exchanges', () => {
  it('splits a thread into patient turns with the replies that follow', () => {
    const turns = [
      { role: 'doctor' as const, text: 'Hello, how can I help?' },
      { role: 'patient' as const, text: 'I have a cough.' },
      { role: 'patient' as const, text: 'And a fever.' },
      { role: 'doctor' as const, text: 'Since when?' },
      { role: 'patient' as const, text: 'Three days.' },
      { role: 'doctor' as const, text: 'See your GP.' },
      { role: 'patient' as const, text: 'Thanks!' },
    ];
    const out = exchangesOf({ id: 'v1-9', description: 'cough and fever', turns });
    expect(out.map((e) => [e.index, e.patient, e.doctor])).toEqual([
      [0, 'I have a cough.\nAnd a fever.', 'Since when?'],
      [1, 'Three days.', 'See your GP.'],
    ]);
    expect(out[0]!.description).toBe('cough and fever');
    expect(out[1]!.description).toBe('');
    expect(exchangeText(out[1]!)).toBe('Patient: Three days.\nDoctor: See your GP.');
  });
});
