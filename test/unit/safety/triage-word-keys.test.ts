// The words triage reads off each pattern (pattern-starts.ts) decide which patterns a message
// skips and where the rest are tried: a word listed that a match can lack would silently lose
// that match. So every match of every pattern over the fixture messages is checked to hold,
// within itself, a word of each group the pattern needs, and to begin with one of its leads.
import { describe, expect, it } from 'vitest';
import { LEXICON, regexOf } from '@/lib/safety/triage/lexicon';
import { normalize } from '@/lib/safety/triage/normalize';
import { matchPrefixes, requiredWords } from '@/lib/safety/triage/pattern-starts';
import { WordStarts, wordId } from '@/lib/safety/triage/word-starts';
import { DEV_SET } from './dev-set';
import { TRIAGE_CASES } from './triage-table';
import BLIND_9 from '../../fixtures/triage-blind/blind-9.json' with { type: 'json' };

describe('the words a pattern needs', () => {
  it("lists each needed word whole, and a negation as its n't words", () => {
    expect(requiredWords('(left|right) arm')).toEqual([['left', 'right'], ['arm']]);
    expect(requiredWords('swell*')).toEqual([['swell']]);
    expect(requiredWords('(very )?pale')).toEqual([['pale']]);
    expect(requiredWords('(?<!night )sweat(s)?')).toEqual([['sweat']]);
    expect(requiredWords('(we are|he is) (so |very )*(tired|pale)')).toEqual([
      ['we', 'he'],
      // One word of each alternative, the rarest: "are" of "we are", and "he" of "he is".
      ['are', 'he'],
      ['tired', 'pale'],
    ]);
    // Common first words, rarer later ones: "sleeping", "sleep" or "night" is needed too.
    expect(requiredWords('(not sleeping|no sleep|up all night)')).toContainEqual([
      'sleeping',
      'sleep',
      'night',
    ]);
    // After a group that may end inside a word, what follows is not a word of its own.
    expect(requiredWords('(head|tummy)ache')).toEqual([['head', 'tummy']]);
    expect(requiredWords('h?a?emoptysis')).toEqual([
      ['haemoptysis', 'aemoptysis', 'hemoptysis', 'emoptysis'],
    ]);
    expect(requiredWords('giant cell|temporal arteritis')).toEqual([['giant', 'temporal']]);
    const [negation, who] = requiredWords('not (himself|herself)');
    expect(negation).toContain('not');
    expect(negation).toContain("isn't");
    expect(who).toEqual(['himself', 'herself']);
  });

  it('finds a word only where it begins a word of the message, whole', () => {
    const words = new WordStarts('my chest hurts, i chewed it; swelling and a rachest');
    expect(words.of(wordId('chest'))).toEqual([3]);
    expect(words.has(wordId('chew'))).toBe(true);
    expect(words.has(wordId('chewy'))).toBe(false);
    expect(words.of(wordId('swell'))).toEqual([29]);
    expect(words.has(wordId('est'))).toBe(false);
  });
});

describe('soundness of the needed words', () => {
  const texts = [
    ...DEV_SET.map((c) => c.text),
    ...TRIAGE_CASES.map((c) => c.text),
    ...BLIND_9.map((c) => c.text),
  ];
  const corpus = texts.map(normalize).join('\n');

  it('every match holds a word of each needed group and begins with a lead', () => {
    let checked = 0;
    const unsound: string[] = [];
    for (const concept of LEXICON) {
      for (const part of concept.parts) {
        const groups = requiredWords(part.pattern);
        const leads = matchPrefixes(part.pattern);
        for (const m of corpus.matchAll(regexOf(part))) {
          // The words must lie inside the match itself: a match starts at a word start.
          const words = new WordStarts(m[0]);
          const lacks = groups.find((g) => !g.some((w) => words.has(wordId(w))));
          if (lacks) unsound.push(`${part.pattern}: "${m[0]}" lacks ${lacks.join('|')}`);
          if (leads && !leads.some((w) => words.of(wordId(w)).includes(0))) {
            unsound.push(`${part.pattern}: "${m[0]}" begins with none of ${leads.join('|')}`);
          }
          checked++;
        }
      }
    }
    expect(unsound).toEqual([]);
    expect(checked).toBeGreaterThan(3000);
  }, 60_000);
});
