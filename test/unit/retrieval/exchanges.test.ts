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

  it('keeps a role-played visit’s opening only: from the introduction to the next subject', () => {
    const d = (role: 'doctor' | 'patient', text: string) => ({ role, text });
    const turns = [
      d('doctor', 'hi, bryan. how are you?'),
      d('patient', "i'm doing well. a little sore."),
      d('doctor', 'i know the nurse told you about dax. okay?'),
      d('doctor', 'so bryan is a 55-year-old male who presents with back pain. what happened?'),
      d(
        'patient',
        'my wife made me push a refrigerator into the other room, and when i was helping to move it i felt something in my back on the lower right side.',
      ),
      d('doctor', 'okay. and have you had any numbness or tingling in your legs?'),
      d('patient', 'no, just the pain in the back. it hurts to bend over.'),
      d('doctor', "okay. well, let's go ahead and do a quick physical exam."),
      d('patient', 'okay.'),
      d('doctor', 'on your back exam you have some pain to palpation of the right lumbar spine.'),
    ];
    const out = exchangesOf({
      id: 'aci-7',
      segment: 'roleplayed-visit',
      description: 'Visit for back pain; also hx discectomy',
      turns,
    });
    expect(out).toHaveLength(1);
    expect(out[0]!.description).toBe('Visit for back pain');
    expect(out[0]!.lead).toBe('Visit for back pain');
    expect(out[0]!.transcript).toBe(
      [
        'Doctor: so bryan is a 55-year-old male who presents with back pain. what happened?',
        `Patient: ${turns[4]!.text}`,
        'Doctor: okay. and have you had any numbness or tingling in your legs?',
        'Patient: no, just the pain in the back. it hurts to bend over.',
      ].join('\n'),
    );
    expect(out[0]!.patient).not.toContain('sore');
    expect(out[0]!.doctor).not.toMatch(/exam|palpation|dax/);
  });

  it('holds a visit opening without a change of subject to whole turns within its room', () => {
    const long = 'and it keeps hurting when i walk up the stairs at home every single day. '.repeat(
      4,
    );
    const turns = Array.from({ length: 40 }, (_, i) => ({
      role: i % 2 === 0 ? ('doctor' as const) : ('patient' as const),
      text: i % 2 === 0 ? 'tell me more about the knee?' : long,
    }));
    const [opening] = exchangesOf({
      id: 'aci-8',
      segment: 'roleplayed-visit',
      description: 'Visit for knee pain',
      turns,
    });
    expect(opening!.transcript!.length).toBeLessThanOrEqual(1800);
    expect(opening!.transcript!.length).toBeGreaterThan(1200);
    expect(opening!.transcript!.split('\n').every((l) => /^(Doctor|Patient): /.test(l))).toBe(true);
  });
});
