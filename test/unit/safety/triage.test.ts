import { describe, expect, it } from 'vitest';
import { bannerFor, SHORT_DISCLAIMER, TRIAGE_BANNERS } from '@/lib/safety/disclaimer';
import { formatTriageReport, measureTriage } from '@/lib/safety/evaluate';
import { normalize, triage, TRIAGE_FLAGS } from '@/lib/safety/triage';
import { TRIAGE_CASES } from './triage-table';

const ids = (text: string) => triage(text).flags.map((f) => f.id);

describe('triage on the labelled table', () => {
  const measures = measureTriage(TRIAGE_CASES);

  it('has a table large and varied enough to mean something', () => {
    expect(TRIAGE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(measures.support.emergency).toBeGreaterThanOrEqual(20);
    expect(measures.support.urgent).toBeGreaterThanOrEqual(20);
    expect(measures.support.routine).toBeGreaterThanOrEqual(20);
    expect(TRIAGE_CASES.filter((c) => c.note === 'negation').length).toBeGreaterThanOrEqual(5);
    expect(TRIAGE_CASES.filter((c) => c.note === 'misspelling').length).toBeGreaterThanOrEqual(3);
  });

  it('catches every emergency', () => {
    const missed = measures.mistakes.filter((m) => m.expected === 'emergency');
    expect(missed).toEqual([]);
    expect(measures.emergencyRecall).toBe(1);
  });

  it('raises urgent-or-worse messages to at least urgent', () => {
    expect(measures.urgentOrAboveRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('alarms on at most 5% of routine messages', () => {
    expect(measures.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});

describe('triage levels and flags', () => {
  it('returns routine with no flags for empty or everyday messages', () => {
    expect(triage('')).toEqual({ level: 'routine', flags: [] });
    expect(triage('   ')).toEqual({ level: 'routine', flags: [] });
    expect(triage('i have acne on my forehead')).toEqual({ level: 'routine', flags: [] });
  });

  it('separates chest pain with red flags from chest pain alone', () => {
    expect(triage('chest pain radiating to my jaw').level).toBe('emergency');
    expect(ids('chest pain radiating to my jaw')).toEqual(['chest-pain-red-flags']);
    expect(triage('chest pain and sweating').level).toBe('emergency');
    expect(triage('chest pain and short of breath').level).toBe('emergency');
    expect(ids('my chest is a bit sore')).toEqual(['chest-pain']);
    expect(triage('my chest is a bit sore').level).toBe('urgent');
  });

  it('drops the urgent flag when its emergency counterpart is raised', () => {
    const flags = ids('chest pain spreading to my left arm');
    expect(flags).toContain('chest-pain-red-flags');
    expect(flags).not.toContain('chest-pain');
    expect(ids("he's been seizing for 6 minutes")).toEqual(['seizure-prolonged']);
  });

  it('lists the most serious flags first and keeps every one raised', () => {
    const result = triage('i have blood in my urine and i want to kill myself');
    expect(result.level).toBe('emergency');
    expect(result.flags.map((f) => f.id)).toEqual(['suicide-risk', 'blood-urine-stool']);
  });

  it('reads temperatures in °C and °F, and ignores ages and doses', () => {
    expect(triage('temperature of 39.5').level).toBe('urgent');
    expect(triage('temp 39.5°c').level).toBe('urgent');
    expect(triage('fever 103 f').level).toBe('urgent');
    expect(triage('fever of 101').level).toBe('routine');
    expect(triage('temperature 38.9').level).toBe('routine');
    expect(triage("i'm 40 years old and have a fever").level).toBe('routine');
    expect(triage('took 400 mg ibuprofen for the fever').level).toBe('routine');
    // A number is not negated by a "no" for another symptom.
    expect(triage('no cough, temp 39.8').level).toBe('urgent');
  });

  it('sends a hot swollen joint or a limp with a fever to a doctor today, and with sepsis signs to 999', () => {
    const knee = 'knee swelled up overnight, hot and red, cant bend it, temp 38.3, no injury';
    expect(triage(knee).level).toBe('urgent');
    expect(ids(knee)).toContain('hot-joint-today');
    expect(triage('4yo wont put weight on his right leg, temp 38.2, no fall').level).toBe('urgent');
    expect(triage('knee swelled up overnight, hot and red, temp 39.4, no injury').level).toBe(
      'emergency',
    );
    expect(triage('knee hot and swollen, temp 38.3 and now he is confused and drowsy').level).toBe(
      'emergency',
    );
    expect(triage('my knee replacement is hot and swollen, temp 38.5 and shivering').level).toBe(
      'emergency',
    );
  });

  it('sends a well baby of 5 weeks to 3 months at 38.0-38.3 to a doctor today, and any other sign to 999', () => {
    const well = 'my 8 week old has a temp of 38.2 under the arm, feeding fine and smiling';
    expect(triage(well).level).toBe('urgent');
    expect(ids(well)).toEqual(['infant-fever-today']);
    expect(triage('my 8 week old has a temp of 38.2, feeding a bit less than usual').level).toBe(
      'emergency',
    );
    expect(triage('my 8 week old has a temp of 38.2 and is really sleepy').level).toBe('emergency');
    expect(triage('my 8 week old has a temp of 38.6, feeding fine').level).toBe('emergency');
    expect(triage('my 3 week old has a temp of 38.2, feeding fine').level).toBe('emergency');
    expect(triage('my 7 week old has a rectal temp of 100.6F, feeding ok').level).toBe('emergency');
  });

  it('treats a fever in a baby under 3 months as an emergency, and not at 3 months', () => {
    expect(ids('my 8 week old has a fever')).toEqual(['infant-fever']);
    expect(ids('my 10 day old baby has a temperature of 38.2')).toEqual(['infant-fever']);
    expect(triage('my 2 month old has a fever').level).toBe('emergency');
    expect(triage('my 4 month old has a mild fever').level).toBe('routine');
    expect(triage('my 6 week old has a blocked nose, no fever').level).toBe('routine');
  });

  it('counts fever days and weeks', () => {
    expect(triage('fever for 2 days').level).toBe('routine');
    expect(triage('fever for 3 days').level).toBe('urgent');
    expect(triage('fever for three days').level).toBe('urgent');
    expect(triage('fever for a week').level).toBe('urgent');
  });

  it('reads oxygen saturation', () => {
    expect(ids('my spo2 is 89')).toEqual(['low-oxygen']);
    expect(ids('oxygen 93%')).toEqual(['oxygen-borderline']);
    expect(triage('oxygen level 98%').level).toBe('routine');
    expect(triage('keep sats above 90').level).toBe('routine');
  });

  it('asks for help for a first or long seizure, a clinician for a short known one', () => {
    expect(triage('my son just had his first seizure').level).toBe('emergency');
    expect(triage('seizure lasting 10 mins').level).toBe('emergency');
    expect(triage('had a seizure, lasted a minute, he has epilepsy').level).toBe('urgent');
    expect(triage('i take anti-seizure medication').level).toBe('routine');
    expect(triage('my back seized up lifting boxes').level).toBe('routine');
  });
});

describe('negation', () => {
  it('negates with no, denies, without, not, never', () => {
    expect(triage('no chest pain').level).toBe('routine');
    expect(triage('denies chest pain').level).toBe('routine');
    expect(triage('cough without shortness of breath').level).toBe('routine');
    expect(triage('not suicidal').level).toBe('routine');
    expect(triage("i don't have chest pain").level).toBe('routine');
    expect(triage('never had a seizure').level).toBe('routine');
  });

  it('negates every item of a list after one cue', () => {
    expect(triage('no fever, cough, chest pain or shortness of breath').level).toBe('routine');
    expect(triage('denies chest pain, sweating, nausea or difficulty breathing').level).toBe(
      'routine',
    );
  });

  it('stops at the end of the clause, not the end of the message', () => {
    expect(triage('no fever but chest pain going down my arm').level).toBe('emergency');
    expect(triage('no fever. chest pain and sweating').level).toBe('emergency');
    expect(triage('no fever, i have chest pain and i am sweating').level).toBe('emergency');
    expect(triage('no chest pain but i am sweating and short of breath').level).toBe('urgent');
    expect(triage('i was not suicidal before but now i want to die').level).toBe('emergency');
  });

  it('stops after a few words', () => {
    expect(
      triage('no idea what is going on with me lately and now chest pain to my arm').level,
    ).toBe('emergency');
    expect(triage("i don't know why but my chest hurts and i'm sweating").level).toBe('emergency');
    expect(triage('not sure if this is chest pain but i am sweating a lot').level).toBe(
      'emergency',
    );
  });

  it('is not fooled by negation inside the symptom itself', () => {
    expect(triage("can't breathe").level).toBe('emergency');
    expect(triage("the bleeding won't stop").level).toBe('emergency');
    expect(triage("i don't want to live anymore").level).toBe('emergency');
    expect(triage("he isn't breathing").level).toBe('emergency');
    expect(triage("i've never had chest pain like this before").level).toBe('urgent');
  });
});

describe('misspellings and dataset style', () => {
  it('normalizes misspellings and contractions written without apostrophes', () => {
    expect(normalize('Chset pain, cant breath')).toBe("chest pain, can't breath");
    expect(normalize('I feel SUICIDLE')).toBe('i feel suicidal');
    expect(normalize('had a siezure')).toBe('had a seizure');
    expect(normalize('anafalaxis')).toBe('anaphylaxis');
    expect(normalize('dont know, wont stop')).toBe("don't know, won't stop");
    expect(normalize('“quoted” it’s')).toBe('"quoted" it\'s');
  });

  it('corrects a one-letter slip in a long symptom word but leaves real words alone', () => {
    expect(normalize('unconsciuos')).toBe('unconscious');
    expect(normalize('bleedingg')).toBe('bleeding');
    expect(normalize('breeding')).toBe('breeding');
    expect(normalize('overdone')).toBe('overdone');
    expect(triage('i overdone it at the gym').level).toBe('routine');
  });

  it('corrects a slip in any long word the lexicon spells out, not a real word or a plural', () => {
    // fuzzy-words.json (scripts/build-fuzzy-words.ts): the lexicon's words, and the real words
    // one slip away from them that stay as they are.
    expect(normalize('took the whole box of paractamol')).toBe('took the whole box of paracetamol');
    expect(normalize('stops breathnig')).toBe('stops breathing');
    expect(normalize('dropping')).toBe('dropping');
    expect(normalize('defibrillators')).toBe('defibrillators');
    expect(triage('took the whle box of paractamol abuot an hour ago').level).toBe('emergency');
    expect(triage('friend is lyiing on her back pukinng and not responidng').level).toBe(
      'emergency',
    );
  });

  it('corrects a slip in a five-letter word the lexicon spells out (stop 50)', () => {
    expect(normalize('my chset feels tight')).toBe('my chest feels tight');
    expect(normalize('a feevr since monday')).toBe('a fever since monday');
    // A target with an s added stays as written ("bellys" is not "bells").
    expect(normalize('my bellys swollen')).toBe('my bellys swollen');
    expect(triage('my chset feels tight and heavy and im sweating').level).toBe('emergency');
    expect(triage('my visin went black in one eye').level).toBe('emergency');
  });

  it('flags misspelled emergencies', () => {
    expect(triage('CHSET PAIN AND SWEATING').level).toBe('emergency');
    expect(triage('feeling suicidle').level).toBe('emergency');
    expect(triage('she is having a siezure for 10 minutes').level).toBe('emergency');
    expect(triage('anafalaxis').level).toBe('emergency');
    expect(triage('i cant breath').level).toBe('emergency');
  });

  it('does not alarm on general questions, but does when a person is named', () => {
    expect(triage('can covid cause chest pain?').level).toBe('routine');
    expect(triage('is shortness of breath a symptom of pneumonia?').level).toBe('routine');
    expect(triage('can covid cause chest pain? mine started today').level).toBe('urgent');
    expect(triage('i have chest pain, can covid cause that?').level).toBe('urgent');
  });

  it('does not alarm on history, except for suicide', () => {
    expect(triage('i had a seizure 10 years ago, can i get the vaccine?').level).toBe('routine');
    expect(triage('history of blood in stool, now fine').level).toBe('routine');
    expect(triage('i tried to kill myself years ago and feel that way again').level).toBe(
      'emergency',
    );
  });
});

describe('flag texts', () => {
  const all = Object.values(TRIAGE_FLAGS);

  it('has unique, stable kebab-case ids', () => {
    const flagIds = all.map((f) => f.id);
    expect(new Set(flagIds).size).toBe(flagIds.length);
    for (const id of flagIds) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  it('tells people at an emergency to call the emergency number', () => {
    for (const f of all.filter((x) => x.level === 'emergency')) {
      expect(f.advice, f.id).toMatch(/emergency number|911/);
    }
  });

  it('gives the 988 crisis line for suicide risk', () => {
    const [flag] = triage('i am suicidal').flags;
    expect(flag?.advice).toContain('call or text 988 in the US, or your local crisis line');
  });

  it('never states a diagnosis as certain', () => {
    for (const f of all) {
      expect(`${f.label} ${f.advice}`, f.id).not.toMatch(
        /\byou (?:have|are having) (?:a|an) (?:heart attack|stroke)\b|\bthis is (?:a|an) (?:heart attack|stroke)\b/i,
      );
    }
  });
});

describe('measureTriage', () => {
  it('computes recall, false alarms and the confusion matrix', () => {
    const fixed = (level: 'emergency' | 'urgent' | 'routine') => () => ({ level, flags: [] });
    const cases = [
      { text: 'a', expected: 'emergency' as const },
      { text: 'b', expected: 'urgent' as const },
      { text: 'c', expected: 'routine' as const },
      { text: 'd', expected: 'routine' as const },
    ];
    const m = measureTriage(cases, fixed('urgent'));
    expect(m.emergencyRecall).toBe(0);
    // The emergency shown as urgent still counts as urgent-or-above.
    expect(m.urgentOrAboveRecall).toBe(1);
    expect(m.falseAlarmRate).toBe(1);
    expect(m.accuracy).toBe(0.25);
    expect(m.confusion.emergency).toEqual({ emergency: 0, urgent: 1, routine: 0 });
    expect(m.confusion.routine).toEqual({ emergency: 0, urgent: 2, routine: 0 });
    expect(m.mistakes.map((x) => x.text)).toEqual(['a', 'c', 'd']);
    expect(formatTriageReport(m)).toContain('false alarms on routine   100.0%');
  });

  it('reports NaN rather than a made-up figure when a level has no cases', () => {
    const m = measureTriage([{ text: 'x', expected: 'routine' }], () => ({
      level: 'routine',
      flags: [],
    }));
    expect(m.emergencyRecall).toBeNaN();
    expect(m.falseAlarmRate).toBe(0);
    expect(formatTriageReport(m)).toContain('emergency recall          n/a');
  });
});

describe('disclaimer and banners', () => {
  it('has a short disclaimer that names the emergency number', () => {
    expect(SHORT_DISCLAIMER).toMatch(/not medical advice/i);
    expect(SHORT_DISCLAIMER).toContain('911 / 112 / 999');
    expect(SHORT_DISCLAIMER.length).toBeLessThan(220);
  });

  it('shows a banner for emergency and urgent messages, with the flags advice', () => {
    const banner = bannerFor(triage('crushing chest pain and sweating'));
    expect(banner?.role).toBe('alert');
    expect(banner?.title).toBe(TRIAGE_BANNERS.emergency.title);
    expect(banner?.advice[0]).toContain('heart attack');
    expect(bannerFor(triage('blood in my stool'))?.role).toBe('status');
    expect(bannerFor(triage('how do i treat a cold?'))).toBeNull();
  });
});
