// @vitest-environment node
// Phase 18: how everyday words are read. Complaints people name every day that the lexicon
// did not know (bedwetting, heavy periods, nappy rash, thrush in a baby's mouth, a sticky eye,
// a flat head, "after sex"), so that a question about them matched whatever shared its other
// words (a bedwetting ten-year-old got a 21-day-old's congestion; "bleed after sex" a cut foot
// and nosebleeds: "sex" is a stop word, for the template's "Sex: F"); word senses ("cracked"
// is a fracture only of a bone; a mother breastfeeding is not a baby's complaint); white spots
// on the tonsils are a sore throat, not a skin spot; blood seen when wiping suggests piles;
// lying awake is insomnia.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeQuery } from '@/lib/retrieval/analyze';
import { createSpeller } from '@/lib/retrieval/spelling';

const reads = (text: string) => analyzeDocument(text);
const vocabulary = { knows: () => true, speller: createSpeller(new Map()) };
const asks = (text: string) => analyzeQuery(text, vocabulary);

describe('everyday complaints', () => {
  it.each([
    ['my son is 10 and still wetting the bed at night', '=enuresis'],
    ['bedwetting again after being dry for years', '=enuresis'],
    ['my periods are very heavy, soaking a pad every hour', '=menorrhagia'],
    ['teen daughter has heavy periods and misses school', '=menorrhagia'],
    ['my 6 month old has diaper rash that is not getting better', '=diaperrash'],
    ['nappy rash with little red spots', '=diaperrash'],
    ['baby has a flat spot on the back of his head', '=plagiocephaly'],
    ['is it normal to bleed after sex', '=intercourse'],
    ['pain during sex for a few months', '=intercourse'],
    ['cracked nipples from breastfeeding', '=mastitis'],
    ['child has sticky eyes in the morning', '=conjunctivitis'],
    ['oral thrush in my mouth after antibiotics', '=oralthrush'],
    ['my baby has white patches on her tongue', '=oralthrush'],
    ['my ears are blocked with ear wax', '=earwax'],
    ['she is teething and drooling', '=teething'],
  ])('%s → %s', (text, concept) => {
    expect(reads(text)).toContain(concept);
  });

  it('keeps the bleeding of "bleed after sex" as well as the sex', () => {
    expect([...asks('is it normal to bleed after sex').terms.keys()]).toEqual([
      '=bleeding',
      '=intercourse',
    ]);
  });
});

describe('word senses', () => {
  it.each(['my nipple is cracked and sore', 'cracked heels', 'my lips are cracked'])(
    '"cracked" of skin is no fracture: %s',
    (text) => {
      expect(reads(text)).not.toContain('=fracture');
    },
  );

  it.each(['i think i cracked a rib', 'x-ray showed a cracked bone'])(
    '"cracked" of a bone is a fracture: %s',
    (text) => {
      expect(reads(text)).toContain('=fracture');
    },
  );

  it.each(['the dentist pulled out two teeth', 'i pull out chunks of hair in the shower'])(
    '"pulled out" is no contraception: %s',
    (text) => {
      expect(reads(text)).not.toContain('=iud');
    },
  );

  it('reads a condom or the morning-after pill as contraception', () => {
    expect(reads('the condom broke last night')).toContain('=iud');
    expect(reads('do i need the morning after pill')).toContain('=iud');
  });

  it('reads a mother breastfeeding as breastfeeding, a baby only suggested', () => {
    const read = asks('can i take ibuprofen while breastfeeding');
    expect(read.terms.has('=breastfeeding')).toBe(true);
    expect(read.terms.has('=infant')).toBe(false);
    expect(read.suggested.has('=infant')).toBe(true);
  });

  it('reads white spots on the tonsils or in the throat as a sore throat, not a skin spot', () => {
    for (const text of [
      'white spots on my tonsils and it hurts to swallow',
      'white spots in my throat, no cough',
    ]) {
      expect(reads(text)).toContain('=sorethroat');
      expect(reads(text)).not.toContain('=skin');
    }
    expect(reads('white spots on my arm')).toContain('=skin');
  });

  it('suggests piles for bright red blood seen when wiping', () => {
    expect(
      asks('bright red blood on the toilet paper when i wipe').suggested.has('=hemorrhoid'),
    ).toBe(true);
    expect(asks('blood in my pee').suggested.has('=hemorrhoid')).toBe(false);
  });

  it('reads hemorrhoids as people misspell them', () => {
    expect(reads('i had hemroids before')).toContain('=hemorrhoid');
  });

  it('reads lying awake as insomnia', () => {
    expect(reads('i lie awake for hours every night')).toContain('=insomnia');
    expect(reads("can't fall asleep until 4am")).toContain('=insomnia');
  });
});
