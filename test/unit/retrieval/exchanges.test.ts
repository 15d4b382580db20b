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

  it('keeps a clinic snippet whole: one exchange, its turns in order for the model', () => {
    const turns = [
      { role: 'doctor' as const, text: 'What brings you in today?' },
      { role: 'patient' as const, text: 'My knee hurts on the stairs.' },
      { role: 'doctor' as const, text: 'Any swelling?' },
      { role: 'patient' as const, text: 'A little, in the mornings.', speaker: 'family member' },
    ];
    const out = exchangesOf({
      id: 'mts-7',
      segment: 'clinic-snippet',
      description: 'History of present illness: A 62-year-old with knee pain on stairs.',
      turns,
    });
    expect(out).toHaveLength(1);
    expect(out[0]!.patient).toBe('My knee hurts on the stairs.\nA little, in the mornings.');
    expect(out[0]!.doctor).toBe('What brings you in today?\nAny swelling?');
    // The note's summary without its section label is what the snippet is about.
    expect(out[0]!.description).toBe('A 62-year-old with knee pain on stairs.');
    expect(exchangeText(out[0]!)).toBe(
      'Doctor: What brings you in today?\nPatient: My knee hurts on the stairs.\n' +
        'Doctor: Any swelling?\nPatient: A little, in the mornings.',
    );
    // The same turns outside a snippet: split at each reply, the doctor's opening and the
    // last, unanswered turn left out.
    expect(
      exchangesOf({ id: 'aci-1', description: '', turns }).map((e) => [e.patient, e.doctor]),
    ).toEqual([['My knee hurts on the stairs.', 'Any swelling?']]);
  });

  it('gives no exchange for a snippet in which nobody answers', () => {
    const turns = [{ role: 'doctor' as const, text: 'Any allergies?' }];
    expect(
      exchangesOf({
        id: 'mts-8',
        segment: 'clinic-snippet',
        description: 'Allergies: none',
        turns,
      }),
    ).toEqual([]);
  });
});
