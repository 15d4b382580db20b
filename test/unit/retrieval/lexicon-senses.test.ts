// @vitest-environment node
// Lexicon sense errors fixed by class, not by question: a colour is jaundice or a colour
// change only when said of the skin, the eyes, the lips or the face; a word whose stem is
// another sense's word is read by its own sense ("spotting" is bleeding, "burning" a
// sensation, "ED" no hypermobility); drowsiness is a complaint, not sleep. Each class is
// checked on phrasings the held-out sets M and N did not contain, and on the sense that must
// still be read.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/lib/retrieval/analyze';
import { compileLexicon } from '@/lib/retrieval/lexicon';
import { createRetriever, type RetrieverOptions } from '@/lib/retrieval/retriever';
import { dialogue } from '../chat/fakes';
import { SMALL_POOL_OPTIONS } from './small-pool-options';

const reads = (text: string) => analyzeDocument(text);

/** Gates low enough that only what a question is read as decides which case it finds. */
const loose: RetrieverOptions = { ...SMALL_POOL_OPTIONS, minCoverage: 0.1 };

describe('colour words', () => {
  it.each([
    'coughing up yellow green phlegm for a week',
    'my snot is yellow',
    'big toenail has gone yellow and thick',
    'yellowish discharge from the wound',
    'nails turning yellow',
  ])('are no jaundice when said of anything but skin or eyes: %s', (text) => {
    expect(reads(text)).not.toContain('=jaundice');
  });

  it.each(['his skin is yellowing', 'the whites of my eyes are yellow', 'yellow eyes and itchy'])(
    'are jaundice when said of the skin or the eyes: %s',
    (text) => {
      expect(reads(text)).toContain('=jaundice');
    },
  );

  it.each([
    'i think i broke my toe, it is purple and swollen',
    'veins on my calves are blue and bulging',
    'took the little blue pill',
    'pale stool for three days',
  ])('are no colour change of the body when said of something else: %s', (text) => {
    expect(reads(text)).not.toContain('=colorchange');
  });

  it.each(['his lips turned blue', 'she looks pale and sweaty', 'my face went pale'])(
    'are a colour change when said of the lips, the face or how someone looks: %s',
    (text) => {
      expect(reads(text)).toContain('=colorchange');
    },
  );
});

describe('words whose stem is another sense’s word', () => {
  it('reads spotting as bleeding between periods, a spot on the skin as skin', () => {
    expect(reads('spotting nearly every day since starting the pill')).toEqual(
      expect.arrayContaining(['=spotting', '=period']),
    );
    expect(reads('spotting nearly every day')).not.toContain('=skin');
    expect(reads('i spotted a lump in my neck')).not.toContain('=skin');
    expect(reads('a dark spot on my arm')).toContain('=skin');
  });

  it('reads a burning feeling as a sensation, a burn as a burn', () => {
    expect(reads('tingling and burning in my feet at night')).toContain('=burning');
    expect(reads('tingling and burning in my feet at night')).not.toContain('=burn');
    expect(reads('burning when i pee')).toContain('=dysuria');
    expect(reads('burned my hand on the stove')).toContain('=burn');
  });

  it('reads ED (the emergency department), lbs, discharge and sobbing as themselves', () => {
    expect(reads('went to the ED last night')).not.toContain('=hypermobility');
    expect(reads('I was diagnosed with EDS')).toContain('=hypermobility');
    expect(reads('lost 10 lbs in a month')).not.toContain('=heartblock');
    expect(reads('ECG shows LBBB')).toContain('=heartblock');
    expect(reads('thick white vaginal discharge')).not.toContain('=hospital');
    expect(reads('discharged from hospital yesterday')).toContain('=hospital');
    expect(reads('sobbing all day')).not.toContain('=dyspnea');
    expect(reads('cough and SOB')).toContain('=dyspnea');
  });

  it('refuses a written sense naming a concept the lexicon does not have', () => {
    expect(() =>
      compileLexicon({ same: { a: ['spot'] }, broader: {}, suggests: [], written: { x: 'b' } }),
    ).toThrow(/written "x" names unknown b/);
  });
});

describe('drowsiness', () => {
  it('is its own complaint, not sleep', () => {
    expect(reads('she seems drowsy and wobbly on her feet')).toContain('=drowsiness');
    expect(reads('she seems drowsy and wobbly on her feet')).not.toContain('=sleep');
    expect(reads('i cant sleep at night')).toContain('=insomnia');
  });

  it('finds a case about drowsiness, and none about sleeping badly', () => {
    const r = createRetriever(
      [
        dialogue('v1-1', 'trouble falling asleep and waking at 3am every night'),
        dialogue('v1-2', 'feeling drowsy all day since the new tablets'),
      ],
      loose,
    );
    expect(r.search('my mum is so sleepy lately').map((m) => m.dialogue.id)).toEqual(['v1-2']);
  });
});

describe('hot flashes and the menopause', () => {
  it('reads a hot flash or flush as a hot flash, not the face flushing after a drink', () => {
    for (const text of [
      'hot flashes every night, soaking the sheets',
      'getting hot flushes since my periods stopped',
      'is hot flashing normal at 45',
    ]) {
      expect(reads(text)).toContain('=hotflash');
      expect(reads(text)).not.toContain('=flushing');
    }
    expect(reads('my face goes red and flushed after one beer')).toContain('=flushing');
  });

  it('reads the menopause, perimenopause and HRT as one concept', () => {
    for (const text of [
      'am i menopausal at 47',
      'perimenopause symptoms, anxious and not sleeping',
      'post menopausal bleeding',
      'should my mum start HRT',
      'hormone replacement therapy and clots',
    ]) {
      expect(reads(text)).toContain('=menopause');
    }
  });

  it('finds a case about hot flashes in the menopause, and none about alcohol flushing', () => {
    const r = createRetriever(
      [
        dialogue('v1-1', 'my face flushes bright red whenever i drink alcohol'),
        dialogue('v1-2', 'perimenopausal and the hot flushes wake me every night'),
      ],
      loose,
    );
    expect(r.search('hot flashes at 50, is this the menopause').map((m) => m.dialogue.id)).toEqual([
      'v1-2',
    ]);
  });
});

describe('broke and broken', () => {
  it('are a fracture when said of a bone or a body part', () => {
    for (const text of [
      'i think i broke my toe, it is purple and swollen',
      'broken wrist from a fall off my bike',
      'my son broke his arm at school',
      'fell on the ice and i think its broken',
    ]) {
      expect(reads(text)).toContain('=fracture');
    }
  });

  it('are no fracture when something else broke', () => {
    for (const text of [
      'the condom broke with a new partner, which std tests do i need',
      'broke out in a rash after the new soap',
      'my phone broke so i could not call the doctor',
      'we broke up and i cannot sleep',
    ]) {
      expect(reads(text)).not.toContain('=fracture');
    }
  });
});
