import { describe, expect, it } from 'vitest';
import { LEVEL_RANK, prepareTriage, TRIAGE_FLAGS, triage } from '@/lib/safety/triage';
import { parseExpression } from '@/lib/safety/triage/expression';
import { LEXICON, matchesOf, regexOf } from '@/lib/safety/triage/lexicon';
import { glucoseToMmol, normalize, toCelsius, toDays } from '@/lib/safety/triage/normalize';
import { near } from '@/lib/safety/triage/lexicon-types';
import { findConcepts } from '@/lib/safety/triage/findings';
import { compilePatterns } from '@/lib/safety/triage/pattern';
import { requiredWords } from '@/lib/safety/triage/pattern-starts';
import { NET_FLAGS } from '@/lib/safety/triage/flags-net';
import { RULE_FLAG_IDS, unknownConceptNames } from '@/lib/safety/triage/rules';
import { Message } from '@/lib/safety/triage/scope';
import { WordStarts, wordId } from '@/lib/safety/triage/word-starts';

const ids = (text: string) => triage(text).flags.map((f) => f.id);
const level = (text: string) => triage(text).level;

describe('the pattern language', () => {
  const matches = (patterns: string[], text: string) => compilePatterns(patterns).test(text);

  it('matches whole words, with word endings, gaps and optional spaces', () => {
    expect(matches(['arm'], 'my arm hurts')).toBe(true);
    expect(matches(['arm'], 'self harm')).toBe(false);
    expect(matches(['swell*'], 'swelling up')).toBe(true);
    expect(matches(['chest ~ pain'], 'chest is really pain')).toBe(true);
    expect(matches(['chest ~ pain'], 'chest. pain')).toBe(false);
    expect(matches(['chest ~1 pain'], 'chest is really pain')).toBe(false);
    expect(matches(['nose ?bleed'], 'a nosebleed')).toBe(true);
    expect(matches(['nose ?bleed'], 'a nose bleed')).toBe(true);
    expect(matches(['(very )?pale'], 'pale')).toBe(true);
    expect(matches(['{sudden} onset'], 'all of a sudden onset')).toBe(true);
  });

  it('names the words every match needs, so a message without them skips the pattern', () => {
    expect(requiredWords('(left|right) arm')).toEqual([['left', 'right'], ['arm']]);
    expect(requiredWords('swell*')).toEqual([['swell']]);
    // An optional word is never required; a word with an optional letter is, spelt both ways.
    expect(requiredWords('(very )?pale').flat()).not.toContain('very');
    expect(requiredWords('a?phasia')).toEqual([['aphasia', 'phasia']]);
    expect(requiredWords('so{0,3} bad')).toEqual([['s'], ['bad']]);
    // Bars at the top level are alternatives, not words that all must be there.
    expect(requiredWords('giant cell|temporal arteritis')).toEqual([['giant', 'temporal']]);
    expect(requiredWords('\\d+ weeks')).toEqual([['weeks']]);
  });

  it('needs a negation word for "not", not any "was", "has" or "are"', () => {
    const [negation, who] = requiredWords('not (himself|herself)');
    expect(negation).toContain("isn't");
    expect(negation).not.toContain('was');
    expect(who).toEqual(['himself', 'herself']);
    expect(new WordStarts(normalize("she isn't herself")).of(wordId("isn't"))).toEqual([4]);
    expect(new WordStarts('she was herself').has(wordId("isn't"))).toBe(false);
    expect(matches(['not (himself|herself)'], "she wasn't herself")).toBe(true);
    expect(matches(['not (himself|herself)'], 'she was herself')).toBe(false);
  });

  it('finds a concept written as the second of two top-level alternatives', () => {
    expect(findConcepts('she has temporal arteritis').mentioned.has('gca')).toBe(true);
  });

  it('rejects an unknown word class, and a star after a group', () => {
    expect(() => compilePatterns(['{nonsense}'])).toThrow(/unknown pattern macro/);
    expect(() => compilePatterns(['(very )*pale'])).toThrow(/use \{0,n\} after a group/);
  });

  it('finds pairs in either order within a phrase, but not across a comma', () => {
    const pair = near('chest', '(pain|heavy)', 4);
    expect(matches(pair, 'heavy pressure in my chest')).toBe(true);
    expect(matches(pair, 'chest feels heavy')).toBe(true);
    expect(matches(pair, 'pain in my arm, chest is fine')).toBe(false);
  });

  it('lets "not" stand for any n\'t word, as normalize() writes them', () => {
    expect(matches(['not (himself|herself)'], "she isn't herself")).toBe(true);
  });
});

describe('rule expressions', () => {
  const test = (src: string, present: string[]) =>
    parseExpression(src).test((n) => present.includes(n));

  it('reads and/or/not with brackets, & binding tighter than |', () => {
    expect(test('a & b | c', ['c'])).toBe(true);
    expect(test('a & (b | c)', ['c'])).toBe(false);
    expect(test('a & !b', ['a'])).toBe(true);
    expect(test('a & !b', ['a', 'b'])).toBe(false);
    expect([...parseExpression('a & (b | !c)').names].sort()).toEqual(['a', 'b', 'c']);
  });

  it('says which rule is malformed', () => {
    expect(() => parseExpression('a & (b | c')).toThrow(/rule "a & \(b \| c": a bracket/);
    expect(() => parseExpression('a b')).toThrow(/unexpected "b"/);
  });

  it('every rule reads concepts that exist, and every flag can be raised', () => {
    expect(unknownConceptNames()).toEqual([]);
    const netFlags = new Set(NET_FLAGS.map((f) => f.id)); // raised by the net (triage-net.test.ts)
    for (const id of Object.keys(TRIAGE_FLAGS)) {
      if (id === 'earlier-warning-sign' || netFlags.has(id)) continue; // rules.ts: a past episode
      expect(RULE_FLAG_IDS.has(id), id).toBe(true);
    }
  });

  it('compiles every pattern of every concept', () => {
    for (const c of LEXICON) {
      expect(c.parts.length, c.name).toBeGreaterThan(0);
      for (const part of c.parts) {
        expect(() => regexOf(part), `${c.name}: ${part.pattern}`).not.toThrow();
      }
    }
  });
});

describe('units', () => {
  it('converts temperatures, glucose and ages', () => {
    expect(toCelsius(101.3, '°F')).toBeCloseTo(38.5, 1);
    expect(toCelsius(101.3, '')).toBeCloseTo(38.5, 1);
    expect(toCelsius(38.5, '')).toBe(38.5);
    expect(glucoseToMmol(540, 'mg/dL')).toBe(30);
    expect(glucoseToMmol(5.4, 'mmol/L')).toBe(5.4);
    expect(glucoseToMmol(90, '')).toBe(5);
    expect(toDays(7, 'weeks')).toBe(49);
    expect(toDays(3, 'mo')).toBeCloseTo(91.2, 1);
  });

  it('reads °F and °C readings in a message', () => {
    expect(ids('my 6 week old is 101.3F')).toEqual(['infant-fever']);
    expect(ids('my 6 week old is 38.5 °C')).toEqual(['infant-fever']);
    expect(ids('my 6 week old is 100.6F, feeding fine and smiling')).toEqual([
      'infant-fever-today',
    ]);
    expect(level('my 6 week old is 37.2')).toBe('routine');
    expect(level('temp 35.1, shivering and confused, had flu all week')).toBe('emergency');
  });

  it('reads glucose in mg/dL and mmol/L, and leaves HbA1c alone', () => {
    expect(level('glucose 600 mg/dl and confused')).toBe('emergency');
    expect(level('blood sugar 33 mmol/l, very drowsy')).toBe('emergency');
    expect(level('sugar 2.2 and he is confused')).toBe('emergency');
    expect(level('blood sugar 110 mg/dL after breakfast, is that ok?')).toBe('routine');
    expect(level('my hba1c is 52 mmol/mol')).toBe('routine');
    expect(level('sugars 22 mmol/L all day, no ketones, feel ok')).toBe('urgent');
  });

  it('reads ages in days, weeks, months and years', () => {
    expect(level('baby is 10 days old with a temperature of 38')).toBe('emergency');
    expect(level('my 3mo has a temp of 38.5')).toBe('emergency');
    expect(level('my 3 week old has a temp of 38.2, feeding fine')).toBe('emergency');
    expect(level('my 7 week old has a temp of 38.2, feeding fine')).toBe('urgent');
    expect(level('my 7 month old has a temp of 38.3, feeding fine')).toBe('routine');
    expect(ids('my dad (82) fell and his hip hurts a lot, he cannot stand')).toContain(
      'serious-injury',
    );
  });

  it('reads weeks of pregnancy and days since a birth', () => {
    expect(level('34 weeks, bad headache and seeing flashing lights')).toBe('emergency');
    expect(level('my baby was born 5 days ago and I am soaking a pad every hour')).toBe(
      'emergency',
    );
  });
});

describe('scope', () => {
  const scopes = (text: string, word: string) => {
    const msg = new Message(text);
    return msg.scopeOf(msg.text.indexOf(word), word.length, 'sign');
  };

  it('tells negated, hypothetical, asked-about, cleared and past words apart', () => {
    expect(scopes('no chest pain today', 'chest')).toBe('negated');
    expect(scopes('if my son has a fit what do i do', 'fit')).toBe('hypothetical');
    expect(scopes('what are the signs of a stroke', 'stroke')).toBe('about');
    expect(scopes('the gp checked my chest pain and said it was fine', 'chest')).toBe('cleared');
    expect(scopes('i had a seizure ten years ago', 'seizure')).toBe('history');
    expect(scopes('three days ago my arm went numb for ten minutes', 'numb')).toBe('recent');
    expect(scopes('my dad has chest pain', 'chest')).toBe('current');
  });

  it('ends a weak negation at the comma after a participle or a verb of the mind', () => {
    expect(scopes("i don't remember it, bad headache now", 'headache')).toBe('current');
    expect(scopes('4 yo not vaccinated, high temp, drooling', 'drooling')).toBe('current');
    expect(scopes('no fever, cough or drooling', 'drooling')).toBe('negated');
  });

  it('does not let the person themselves clear a symptom', () => {
    expect(scopes('he bumped his head and he says he is fine', 'head')).toBe('current');
  });

  it('keeps a symptom after "but now"', () => {
    expect(level('A&E said it was fine yesterday but now he cannot breathe')).toBe('emergency');
  });

  it('turns an emergency sign that passed days ago into a same-day warning', () => {
    const result = triage('a week ago my face drooped for a few minutes, fine since');
    expect(result.level).toBe('urgent');
    expect(result.flags.map((f) => f.id)).toEqual(['earlier-warning-sign']);
    expect(level('my face drooped for a few minutes this morning, fine now')).toBe('emergency');
  });

  it('counts third person like first person', () => {
    expect(level('my neighbour is slurring his words and his face has dropped')).toBe('emergency');
  });
});

describe('normalization', () => {
  it('reads texting shorthand and common misspellings', () => {
    expect(normalize('cant breth n lips r blu')).toContain("can't");
    expect(level('plz help my husbnd cant breth propely n his lips r blue')).toBe('emergency');
    expect(level('my daugter swalowed a batery')).toBe('emergency');
  });

  it('never "corrects" a real word into a symptom', () => {
    expect(normalize('dropping')).toBe('dropping');
    expect(normalize('selling')).toBe('selling');
    expect(normalize('drooling')).toBe('drooling');
  });
});

describe('levels', () => {
  it('ranks levels', () => {
    expect(LEVEL_RANK.emergency).toBeGreaterThan(LEVEL_RANK.urgent);
    expect(LEVEL_RANK.urgent).toBeGreaterThan(LEVEL_RANK.routine);
  });
});

describe('prepareTriage', () => {
  it('compiles every pattern in slices, then triage gives the same answers', async () => {
    const before = triage('crushing chest pain spreading to my left arm');
    let slices = 0;
    await prepareTriage((step) => {
      slices++;
      step({ timeRemaining: () => 2 });
    });
    expect(slices).toBeGreaterThan(0);
    expect(triage('crushing chest pain spreading to my left arm')).toEqual(before);
  });
});

describe('matchesOf', () => {
  it('finds what a full scan finds, trying each pattern only where its first word starts', () => {
    const text = normalize(
      "My chest hurts n my left arm's numb. The pain in my chest is crushing, I can't breathe properly; my 3 yr old has a temp of 39.5 and isn't feeding.",
    );
    const words = new WordStarts(text);
    let anchoredParts = 0;
    for (const concept of LEXICON) {
      for (const part of concept.parts) {
        if (part.leads) anchoredParts++;
        const full = [...text.matchAll(regexOf(part))].map((m) => [m.index, m[0]]);
        expect(
          matchesOf(part, words).map((m) => [m.index, m[0]]),
          part.pattern,
        ).toEqual(full);
      }
    }
    expect(anchoredParts).toBeGreaterThan(1000);
  });
});

describe('long messages', () => {
  it('finds a warning sign buried in the middle of a 5,000-character message', () => {
    const filler =
      'We went to the shops this morning and then had lunch with my sister, who is well. ';
    const sign = 'Now I have crushing chest pain spreading to my left arm and I am sweating. ';
    const half = filler.repeat(31);
    const text = half + sign + half;
    expect(text.length).toBeGreaterThan(5000);
    expect(triage(half + half).level).toBe('routine');
    expect(triage(text)).toEqual(triage(sign));
    expect(ids(text)).toEqual(['chest-pain-red-flags']);
  });
});
