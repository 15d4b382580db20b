// How retrieval reads a question and a dataset text: what a person who wrote it would call
// the same thing must read the same, and filler must not read as anything.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeQuery, type QueryVocabulary } from '@/lib/retrieval/analyze';
import { LEXICON } from '@/lib/retrieval/lexicon';
import { createSpeller } from '@/lib/retrieval/spelling';
import { tokenize } from '@/lib/retrieval/tokens';

const terms = (text: string) => analyzeDocument(text);
const sameReading = (a: string, b: string) => expect(new Set(terms(a))).toEqual(new Set(terms(b)));

describe('tokens', () => {
  it('keeps a number only with a unit, and reads ages, readings and heart rates as words', () => {
    expect(tokenize('fever of 102 F for 3 days, took 500mg').map((t) => t.term)).toEqual([
      'fever',
      'of',
      '102f',
      'for',
      'dai',
      '|',
      'took',
      '500mg',
    ]);
    expect(tokenize('24F, 5\'3", 93% on the oximeter').map((t) => t.word)).toContain('93%');
    expect(tokenize('24F, 5\'3"').map((t) => t.term)).toEqual(['|']);
    expect(tokenize('my 2 year old').map((t) => t.word)).toEqual(['my', 'child']);
    expect(tokenize('bp was 150/95').map((t) => t.word)).toEqual(['bp', 'was', 'high', 'bp']);
    expect(tokenize('resting heart rate of 110').map((t) => t.word)).toContain('tachycardia');
    expect(tokenize('sooo tiiired').map((t) => t.word)).toEqual(['so', 'tired']);
  });
});

describe('analyzeDocument', () => {
  it('drops filler that matches every post: get, feel, days, back, still, split contractions', () => {
    expect(
      terms("I still get this feeling for days, the rash came back and I don't know why"),
    ).toEqual(['=rash']);
    expect(terms("don t isn t I've")).toEqual([]);
  });

  it('reads lay words and their clinical names as one concept', () => {
    sameReading('tummy ache', 'abdominal pain');
    sameReading('pooped', 'stool');
    sameReading('blood in my poop', 'rectal bleeding');
    sameReading("I'm short of breath", 'trouble breathing');
    sameReading('Tylenol', 'paracetamol');
    sameReading('acetaminophen', 'panadol');
    sameReading('skipped beats', 'palpitations');
    sameReading('my hair is coming out in clumps', 'hair loss');
    sameReading('my hair has been coming out', 'hair loss');
    sameReading('takeaway', 'food');
    sameReading('pee burns', 'dysuria');
    sameReading('ferrous sulfate', 'iron tablets');
    sameReading('a few more drops come out after I pee', 'dribbling');
    sameReading('Prevnar', 'pneumonia shot');
    sameReading('throwing up, cant keep anything down', 'vomiting');
    sameReading('she lost a lot of weight', 'weight loss');
    sameReading('my heel hurts in the morning', 'plantar fasciitis in the morning');
    // Drinking alcohol is one thing, not "drink" (water, coffee…) and alcohol besides.
    sameReading('can I drink alcohol on antibiotics', 'alcohol antibiotics');
    sameReading('I drink a few beers on weekends', 'alcohol weekends');
    // British brands, as the American ones are read.
    sameReading('Piriton', 'Zyrtec');
    sameReading('Gaviscon', 'antacid');
    sameReading('Flixotide', 'inhaler');
    sameReading('Lemsip', 'NyQuil');
    // Indian English, a diabetic's shorthand, a baby's reflux, a vaccine by its maker.
    sameReading('loose motion since 2 days', 'diarrhea');
    sameReading('my sugars are all over the place', 'diabetes all over the place');
    sameReading('he spits up after every feed', 'reflux after every feed');
    expect(terms('Moderna')).toEqual(expect.arrayContaining(terms('covid vaccine')));
    sameReading('virus on cardboard and groceries', 'virus on surfaces');
  });

  it('drops manner adverbs, weekdays and where a rumour was read: they match any post', () => {
    expect(terms('honestly my knee suddenly and constantly hurts')).toEqual(terms('knee hurts'));
    expect(terms('diagnosed on friday, visiting this weekend')).toEqual(terms('visiting'));
    expect(terms('someone on facebook said ibuprofen')).toEqual(terms('ibuprofen'));
    // Words in -ly that name something stay.
    expect(terms('tingly smelly belly')).toHaveLength(3);
    expect(terms('splenomegaly')).toHaveLength(1);
  });

  it('does not read a word that merely looks like a complaint as one', () => {
    // "Thinning" hair is not underweight.
    expect(terms('my hair is thinning all over')).not.toContain(terms('underweight')[0]);
    // Nicotine gum is about smoking, not the gums.
    expect(terms('nicotine gum')).not.toContain(terms('gums')[0]);
  });

  it('drops texting filler and lab units, which match any post', () => {
    expect(terms('wat does it mean if ur heart races n slows tho')).toEqual(
      terms('heart races slows'),
    );
    expect(terms('ferritin 80 ng/mL, sodium 140 mmol/L')).toEqual(terms('ferritin sodium'));
  });

  it('reads a limb that falls asleep as numbness, and not falling asleep as insomnia', () => {
    expect(terms('my arm fell asleep')).toEqual(terms('numbness'));
    expect(terms('my legs fall asleep when I sit')).toContain(terms('tingling')[0]);
    expect(terms('I cannot fall asleep at night')).not.toContain(terms('numb')[0]);
    expect(terms('I cannot fall asleep at night')).toContain(terms('insomnia')[0]);
  });

  it('stems, so that forms of a word match', () => {
    sameReading('skips', 'skipped');
    sameReading('coughing', 'coughed');
  });

  it('leaves out what the person does not have, to the end of the clause', () => {
    expect(terms('no fever, bad cough')).toEqual(['=cough']);
    // The knee is read as a body site, with the joints it belongs to.
    expect(terms("I don't have a rash but my knee is swollen")).toEqual([
      '=knee',
      '=joint',
      '=swelling',
    ]);
    expect(terms('non smoker with a cough')).toEqual(['=cough']);
    expect(terms("not sure if it's covid")).toEqual(['=covid']);
  });
});

describe('analyzeQuery', () => {
  const vocabulary = (words: string[]): QueryVocabulary => {
    const known = new Map(words.map((w) => [w, 5]));
    const stems = new Set(words.flatMap((w) => terms(w)));
    return { knows: (t) => stems.has(t), speller: createSpeller(known) };
  };

  it('corrects a misspelling to a word the pool uses, not short words', () => {
    const read = analyzeQuery(
      'pnuemonia and diarhea, lice',
      vocabulary(['pneumonia', 'diarrhea', 'like']),
    );
    // "lice" is a word of its own (the lexicon knows it), never "like".
    expect([...read.terms.keys()]).toEqual(['=pneumonia', '=diarrhea', '=lice']);
    expect(read.corrected.get('pnuemonia')).toBe('pneumonia');
    expect(read.corrected.has('lice')).toBe(false);
  });

  it('reads blood in the semen as what it is, never as a misspelling of "seen"', () => {
    // As the retriever asks: a word the pool or the lexicon knows is never corrected.
    const pool = vocabulary(['seen', 'blood']);
    const read = analyzeQuery('noticed blood in my semen twice', {
      ...pool,
      knows: (t) => pool.knows(t) || LEXICON.words.has(t),
    });
    expect(read.corrected.has('semen')).toBe(false);
    expect(read.terms.has('=hematospermia')).toBe(true);
    expect(read.suggested.has('=semen')).toBe(true);
  });

  it('suggests an allergic reaction for a swollen lip or tongue, not for a swollen gum', () => {
    const lip = analyzeQuery('my lip is swollen', vocabulary([]));
    expect(lip.suggested.has('=anaphylaxis')).toBe(true);
    const gum = analyzeQuery('the gum around my wisdom tooth is swollen', vocabulary([]));
    expect(gum.suggested.has('=anaphylaxis')).toBe(false);
    // Nor for an eye that will not close in a drooping face.
    const palsy = analyzeQuery("my face is drooping and I can't close my eye", vocabulary([]));
    expect(palsy.suggested.has('=anaphylaxis')).toBe(false);
    expect(palsy.terms.has('=facialpalsy')).toBe(true);
  });

  it('suggests an eating disorder for weight loss with constant exercise, not for a thin teen who eats', () => {
    const worried = analyzeQuery(
      'my daughter barely eats, lost a lot of weight and exercises constantly',
      vocabulary([]),
    );
    expect(worried.suggested.has('=eatingdisorder')).toBe(true);
    const thin = analyzeQuery(
      "I'm 16 and only 110 lbs, I eat a lot but can't gain weight",
      vocabulary([]),
    );
    expect(thin.suggested.has('=eatingdisorder')).toBe(false);
    expect(
      analyzeQuery('is anorexia in teens dangerous', vocabulary([])).terms.has('=eatingdisorder'),
    ).toBe(true);
  });

  it('adds what symptoms suggest, at half weight, without it counting as said', () => {
    const read = analyzeQuery('it burns when I pee', vocabulary([]));
    expect(read.terms.get('=dysuria')).toBe(1);
    expect(read.suggested.get('=uti')).toBe(0.5);
    expect(read.terms.has('=uti')).toBe(false);
  });
});

describe('lab values and readings', () => {
  it('reads an out-of-range value as what it means, and an in-range one as nothing', () => {
    expect(terms('my hemoglobin is 9')).toEqual(expect.arrayContaining(['=anemia']));
    expect(terms('hemoglobin 14.2')).not.toContain('=anemia');
    expect(terms('pulse oximeter says 93 percent')).toEqual(expect.arrayContaining(['=oxygen']));
    expect(terms('calcium came back 12.1')).toContain('=calcium');
    expect(terms('wbc 3.1 on two tests')).toContain('=neutropenia');
    // A number that no lab reports is not a lab value ("sat for 60 minutes").
    expect(terms('I sat for 60 minutes')).not.toContain('=oxygen');
  });
});
