// @vitest-environment node
// The Chat's retrieval policy (src/lib/chat/retrieval.ts), run in Node with no DOM: the hidden
// evaluation and npm run retrieval:report call it from a script.
import { describe, expect, it } from 'vitest';
import { CHAT_RETRIEVAL, createChatRetriever } from '@/lib/chat/retrieval';
import type { Dialogue } from '@/lib/data/normalize';
import { dialogue } from './fakes';

const pool: Dialogue[] = [
  dialogue('v1-1', 'my child has a rash all over after starting amoxicillin', 'Stop it and call.'),
  dialogue('v1-2', 'is loss of smell and taste a sign of covid?', 'It can be; get tested.'),
  dialogue('v1-3', 'how long does walking pneumonia take to clear?', 'A few weeks.'),
  {
    ...dialogue('v2-4', 'My son got a rash from amoxicillin, is that an allergy?'),
    segment: 'askdocs',
  },
  { ...dialogue('v2-5', 'Rash after amoxicillin in my child again'), segment: 'askdocs' },
  { ...dialogue('v1-6', 'my kid has a rash after amoxicillin'), split: 'test' },
  { ...dialogue('v2-7', 'rash after amoxicillin in a child'), flags: ['duplicate'] },
  { ...dialogue('v2-8', 'Child with a rash after amoxicillin'), segment: 'machine-translated' },
  {
    ...dialogue('v1-9', 'i have a cough and a cold'),
    turns: [
      { role: 'patient', text: 'i have a cough and a cold' },
      { role: 'doctor', text: 'Rest and fluids.' },
      { role: 'patient', text: 'now my ears hurt and there is fluid behind my eardrum' },
      { role: 'doctor', text: 'That sounds like an ear infection after the cold.' },
    ],
  },
];
const retriever = createChatRetriever(pool);

describe('createChatRetriever', () => {
  it('finds similar cases in the reference pool only: no test split, flagged or other segments', () => {
    const cases = retriever.retrieve('My toddler broke out in a rash on amoxicillin');
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBeLessThanOrEqual(CHAT_RETRIEVAL.k);
    const ids = cases.map((c) => c.dialogueId);
    expect(ids).toContain('v1-1');
    for (const excluded of ['v1-6', 'v2-7', 'v2-8']) expect(ids).not.toContain(excluded);
    expect(cases.map((c) => c.score)).toEqual([...cases.map((c) => c.score)].sort((a, b) => b - a));
  });

  it('gives each case the exchange the model will read, with its provenance', () => {
    const [first] = retriever.retrieve('is losing your sense of smell a covid symptom');
    expect(first).toEqual({
      dialogueId: 'v1-2',
      text: 'Patient: is loss of smell and taste a sign of covid?\nDoctor: It can be; get tested.',
      dataset: 'v1',
      segment: 'covid-scrape-2020',
      flags: [],
      description: 'is loss of smell and taste a sign of covid?',
      exchange: 0,
      score: expect.any(Number),
    });
  });

  it('cites a clinic snippet about the complaint, whole, but not one from another note section', () => {
    const snippet = (id: string, description: string): Dialogue => ({
      ...dialogue(id, ''),
      dataset: 'mts',
      segment: 'clinic-snippet',
      description,
      turns: [
        { role: 'doctor', text: 'What brings you in today?' },
        {
          role: 'patient',
          text: 'My knees hurt going up the stairs and feel stiff in the morning.',
        },
        { role: 'doctor', text: 'How long has this been going on?' },
        { role: 'patient', text: 'About a year now, worse in the cold.' },
      ],
    });
    const chat = createChatRetriever([
      ...pool,
      snippet(
        'mts-1',
        'History of present illness: Bilateral knee pain on stairs, morning stiffness.',
      ),
      snippet('mts-2', 'Family and social history: Knee arthritis in her mother.'),
      { ...snippet('mts-3', 'Chief complaint: Knee pain.'), split: 'test' },
    ]);
    const cases = chat.retrieve('my knees hurt on the stairs and are stiff every morning');
    expect(cases.map((c) => c.dialogueId)).toEqual(['mts-1']);
    expect(cases[0]!.text).toBe(
      'Doctor: What brings you in today?\n' +
        'Patient: My knees hurt going up the stairs and feel stiff in the morning.\n' +
        'Doctor: How long has this been going on?\nPatient: About a year now, worse in the cold.',
    );
    expect(cases[0]!.description).toBe('Bilateral knee pain on stairs, morning stiffness.');
  });

  it('cites a clinic snippet in which the doctor gives the assessment of the complaint', () => {
    const snippet = (id: string, description: string, doctor: string): Dialogue => ({
      ...dialogue(id, ''),
      dataset: 'mts',
      segment: 'clinic-snippet',
      description,
      turns: [
        { role: 'patient', text: 'So what is causing the hot flashes and the mood swings?' },
        { role: 'doctor', text: doctor },
      ],
    });
    const chat = createChatRetriever([
      ...pool,
      snippet(
        'mts-4',
        'Assessment: 1. Postsurgical menopause. 2. Mood swings.',
        'Your hot flashes and mood swings come from the menopause after your surgery.',
      ),
      snippet(
        'mts-5',
        'Medications: Estradiol.',
        'You take estradiol for the hot flashes and the mood swings.',
      ),
    ]);
    const cases = chat.retrieve(
      'hot flashes and mood swings since my surgery, is it the menopause',
    );
    expect(cases.map((c) => c.dialogueId)).toEqual(['mts-4']);
    expect(cases[0]!.description).toBe('1. Postsurgical menopause. 2. Mood swings.');
  });

  it('matches the exchange of a thread that is about the question, not the thread’s start', () => {
    const [found] = retriever.retrieve('fluid behind the eardrum and my ears hurt');
    expect(found).toMatchObject({ dialogueId: 'v1-9', exchange: 1 });
    expect(found!.text).toBe(
      'Patient: now my ears hurt and there is fluid behind my eardrum\nDoctor: That sounds like an ear infection after the cold.',
    );
  });

  it('shows nothing rather than something unlike the question', () => {
    expect(retriever.retrieve('best sunscreen for a toddler with sensitive skin')).toEqual([]);
    expect(retriever.retrieve('   ')).toEqual([]);
    expect(retriever.retrieve('what is it?')).toEqual([]);
  });

  it('gives an emergency or a crisis message no cases from the dataset', () => {
    // The same complaint without the crisis has cases: the rule, not the search, empties them.
    expect(retriever.retrieve('my child has a rash after amoxicillin').length).toBeGreaterThan(0);
    expect(retriever.retrieve('I want to kill myself, I have a rash after amoxicillin')).toEqual(
      [],
    );
    expect(
      retriever.retrieve(
        'my child has a rash after amoxicillin and now her throat is closing up and lips swelling',
      ),
    ).toEqual([]);
  });

  it('shows a case only if its opening is about the complaint, not only the same person or place', () => {
    const filler =
      'We moved house last month and she started at a new nursery, the weather has been cold and wet, ' +
      'her brother is fine, she eats and sleeps as usual, she plays all day and her appetite is good, ' +
      'our paediatrician saw her in spring for her checkup and everything was normal then, ' +
      'she has all her vaccines and no allergies that we know of, and no one at home smokes. ';
    const mentions = dialogue(
      'v1-20',
      `My toddler is two. ${filler.repeat(2)}She also had a cough.`,
    );
    const about = dialogue('v1-21', 'Toddler with a cough every night for a week, should I worry?');
    const other = dialogue('v1-22', 'my knee hurts when i run');
    const question = 'my toddler has had a cough at night';
    expect(createChatRetriever([mentions, other]).retrieve(question)).toEqual([]);
    expect(
      createChatRetriever([mentions, about, other])
        .retrieve(question)
        .map((c) => c.dialogueId),
    ).toEqual(['v1-21']);
  });

  it('reads a lab value as what it means: "hemoglobin 9" finds a case about anemia', () => {
    const pool = [
      dialogue('v1-30', 'my hemoglobin came back low and they say i am anemic, what should i eat?'),
      dialogue('v1-31', 'is my hemoglobin normal for a man of 40?'),
      dialogue('v1-32', 'i have a cough and a fever since monday'),
    ];
    const cases = createChatRetriever(pool).retrieve('lab results say my hemoglobin is 9');
    expect(cases.map((c) => c.dialogueId)).toEqual(['v1-30']);
  });
});
