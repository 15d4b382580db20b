import { describe, expect, it } from 'vitest';
import {
  followUpFor,
  LEVEL_RANK,
  triage,
  triageWithAnswers,
  type TriageLevel,
} from '@/lib/safety/triage';
import { FOLLOW_UP_QUESTION_IDS } from '@/lib/safety/triage/followup';

/**
 * One message per domain, with the level each "yes" must raise it to at least. Most answers
 * confirm a warning sign that needs emergency care; a few (fewer wet nappies, the baby moving
 * less, blood thinners with a small bleed) need a clinician the same day.
 */
const DOMAINS: {
  domain: string;
  text: string;
  yes: Record<string, TriageLevel>;
}[] = [
  {
    domain: 'chest-pain',
    text: 'my chest feels a bit tight today',
    yes: { 'chest-spread': 'emergency', 'chest-sweat': 'emergency', 'chest-recent': 'emergency' },
  },
  {
    domain: 'breathing',
    text: "I'm more breathless than usual with my asthma",
    yes: {
      'breath-words': 'emergency',
      'breath-blue': 'emergency',
      'breath-inhaler': 'emergency',
      'breath-chest': 'emergency',
    },
  },
  {
    domain: 'head-injury',
    text: 'my son banged his head on the table',
    yes: {
      'head-out': 'emergency',
      'head-sick': 'emergency',
      'head-thinners': 'emergency',
      'head-fluid': 'emergency',
    },
  },
  {
    domain: 'child-fever',
    text: 'my 3 year old has a fever of 38.5',
    yes: {
      'child-floppy': 'emergency',
      'child-breathing': 'emergency',
      'child-rash': 'emergency',
      'child-drinks': 'urgent',
    },
  },
  {
    domain: 'pregnancy',
    text: "I'm 30 weeks pregnant and feel a bit off today",
    yes: {
      'preg-bleeding': 'emergency',
      'preg-pain': 'emergency',
      'preg-headache': 'emergency',
      'preg-movement': 'urgent',
    },
  },
  {
    domain: 'headache',
    text: 'I have a headache that started this afternoon',
    yes: {
      'headache-sudden': 'emergency',
      'headache-neck': 'emergency',
      'headache-neuro': 'emergency',
    },
  },
  {
    domain: 'bleeding',
    text: 'my finger is bleeding from a kitchen knife cut',
    yes: {
      'bleed-pressure': 'emergency',
      'bleed-vomit': 'emergency',
      'bleed-faint': 'emergency',
      'bleed-thinners': 'urgent',
    },
  },
  {
    domain: 'abdominal-pain',
    text: 'my stomach hurts since lunch',
    yes: { 'abdo-severe': 'emergency', 'abdo-vomit': 'emergency', 'abdo-faint': 'emergency' },
  },
  {
    domain: 'low-mood',
    text: "I've been feeling really low and hopeless lately",
    yes: { 'mood-suicide': 'emergency', 'mood-plan': 'emergency', 'mood-safe': 'emergency' },
  },
];

describe('followUpFor', () => {
  it.each(DOMAINS)('asks 2 to 4 yes/no questions about $domain', ({ domain, text, yes }) => {
    expect(triage(text).level).not.toBe('emergency');
    const followUp = followUpFor(text);
    expect(followUp?.domain).toBe(domain);
    expect(followUp!.title.length).toBeGreaterThan(0);
    expect(followUp!.questions.length).toBeGreaterThanOrEqual(2);
    expect(followUp!.questions.length).toBeLessThanOrEqual(4);
    expect(followUp!.questions.map((q) => q.id).sort()).toEqual(Object.keys(yes).sort());
    for (const q of followUp!.questions) expect(q.text).toMatch(/\?$/);
  });

  it('asks nothing when the message already shows a warning sign', () => {
    const text = 'chest pain spreading to my left arm and jaw';
    expect(triage(text).level).toBe('emergency');
    expect(followUpFor(text)).toBeNull();
    expect(followUpFor(text, triage(text))).toBeNull();
  });

  it('asks nothing about a message outside those domains, or about nothing', () => {
    expect(followUpFor('which moisturiser is best for eczema?')).toBeNull();
    expect(followUpFor('   ')).toBeNull();
  });

  it('does not ask about a domain the message rules out', () => {
    expect(followUpFor('no chest pain, just a runny nose')).toBeNull();
    expect(followUpFor('what are the symptoms of a heart attack?')).toBeNull();
  });

  it('uses the result it is given rather than its own', () => {
    const text = 'my chest is a bit sore';
    expect(followUpFor(text, { level: 'emergency', flags: [] })).toBeNull();
    expect(followUpFor(text, triage(text))?.domain).toBe('chest-pain');
  });

  it('gives every question a unique id across domains', () => {
    const all = DOMAINS.flatMap((d) => Object.keys(d.yes));
    expect(new Set(all).size).toBe(all.length);
    expect([...FOLLOW_UP_QUESTION_IDS].sort()).toEqual(all.sort());
  });
});

describe('triageWithAnswers', () => {
  it.each(DOMAINS)('a "yes" in $domain raises the level it should', ({ text, yes }) => {
    for (const [id, level] of Object.entries(yes)) {
      const result = triageWithAnswers(text, { [id]: true });
      expect(LEVEL_RANK[result.level], `${id}: ${result.level}`).toBeGreaterThanOrEqual(
        LEVEL_RANK[level],
      );
      expect(result.flags.length).toBeGreaterThan(0);
    }
  });

  it.each(DOMAINS)('"no" or no answer in $domain keeps what the text gave', ({ text, yes }) => {
    const alone = triage(text);
    const allNo = Object.fromEntries(Object.keys(yes).map((id) => [id, false]));
    expect(triageWithAnswers(text, allNo)).toEqual(alone);
    expect(triageWithAnswers(text, {})).toEqual(alone);
  });

  it('never lowers the level the text gave, whatever the answers', () => {
    const text = 'crushing chest pain and I am sweating';
    expect(triageWithAnswers(text, { 'chest-spread': false, 'chest-sweat': false }).level).toBe(
      'emergency',
    );
  });

  it('ignores answers to questions it does not know', () => {
    const text = 'my chest is a bit sore';
    expect(triageWithAnswers(text, { 'not-a-question': true })).toEqual(triage(text));
  });

  it('lists the flag the answer raised first, with advice to call for help', () => {
    const result = triageWithAnswers('my chest is a bit sore', { 'chest-spread': true });
    expect(result.flags[0]?.id).toBe('chest-pain-red-flags');
    expect(result.flags[0]?.advice).toMatch(/emergency number/);
    expect(result.flags.map((f) => f.id)).not.toContain('chest-pain');
  });
});
