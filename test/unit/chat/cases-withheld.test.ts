// @vitest-environment node
// Which messages get no similar cases (src/lib/chat/cases-withheld.ts). The triage results are
// written out, not computed, so that these cases test the rule and not the triage of the day.
import { describe, expect, it } from 'vitest';
import { withholdsCases } from '@/lib/chat/cases-withheld';
import type { Triage } from '@/lib/safety/triage';

const emergency = (...ids: string[]): Triage => ({
  level: 'emergency',
  flags: ids.map((id) => ({ id, label: id, advice: '' })),
});
const urgent = (...ids: string[]): Triage => ({
  level: 'urgent',
  flags: ids.map((id) => ({ id, label: id, advice: '' })),
});

describe('withholdsCases', () => {
  it('gives an emergency happening now no cases, whatever came before it', () => {
    const now: [string, Triage][] = [
      [
        'crushing pain in my chest going down my left arm and I am sweating',
        emergency('chest-pain-red-flags'),
      ],
      [
        "I've had chest pain on and off for months but now it's crushing and spreading to my jaw",
        emergency('chest-pain-red-flags'),
      ],
      [
        'my dad had a stroke last year and 10 minutes ago his face started drooping again',
        emergency('stroke-signs'),
      ],
      [
        'she gets nosebleeds every week but this one has been pouring for 40 minutes and will not stop',
        emergency('severe-bleeding'),
      ],
      [
        'I get asthma attacks every few weeks, right now I cannot breathe even with my inhaler',
        emergency('breathing-severe'),
      ],
      [
        'my kidney stones come back every year, this time the pain is unbearable and I keep vomiting, what do I do',
        emergency('severe-abdominal-pain'),
      ],
      [
        'got stung by a bee and my whole arm swelled up huge, do i need an epipen now?',
        emergency('drug-reaction'),
      ],
      [
        'my husband has pneumonia and suddenly he is confused',
        emergency('sepsis-signs', 'confusion'),
      ],
    ];
    for (const [text, triage] of now) expect(withholdsCases(text, triage), text).toBe(true);
  });

  it('never gives cases to a mental-health crisis, an overdose, a swallowed hazard or withdrawal, even asked about the future', () => {
    const never: [string, Triage][] = [
      [
        "for weeks i've been thinking about ending it, how do i stop feeling like this",
        emergency('suicide-risk'),
      ],
      ['I keep cutting myself every week, how do I stop', urgent('mental-health-urgent')],
      [
        'I took 20 of my sleeping pills last night, how do I avoid doing it again',
        emergency('overdose-poisoning'),
      ],
      [
        'my son swallowed a button battery, how do I stop him doing it again',
        emergency('swallowed-hazard'),
      ],
      [
        'been drinking every day for years and stopped 2 days ago, shaking and seeing things',
        emergency('withdrawal-danger'),
      ],
      [
        'my partner hurt me again last week, how do I keep it from happening',
        emergency('mental-health-danger'),
      ],
    ];
    for (const [text, triage] of never) expect(withholdsCases(text, triage), text).toBe(true);
  });

  it('keeps cases for a physical emergency sign asked about prevention or a pattern over weeks', () => {
    const kept: [string, Triage][] = [
      [
        'Just passed my first kidney stone, worst pain of my life. How do I prevent another one?',
        emergency('sudden-severe-headache', 'severe-abdominal-pain'),
      ],
      [
        'My 3 year old gets nosebleeds several times a week that take forever to stop. Should she be tested for a bleeding disorder?',
        emergency('severe-bleeding'),
      ],
      [
        '3rd time getting cellulitis in my leg in a few months, what can I do so it does not come back?',
        emergency('skin-infection'),
      ],
      [
        'been on iron tablets for about a year and my ferritin went down, why is it not working?',
        emergency('reads-like-emergency'),
      ],
    ];
    for (const [text, triage] of kept) expect(withholdsCases(text, triage), text).toBe(false);
  });

  it('keeps cases for whatever triage does not read as a crisis', () => {
    expect(withholdsCases('my cough has lasted three weeks', { level: 'routine', flags: [] })).toBe(
      false,
    );
    expect(withholdsCases('sharp pain when I pee', urgent('urine-infection-warning'))).toBe(false);
  });
});
