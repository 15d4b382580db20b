// The triage net (src/lib/safety/triage/net.ts): what it reads, when it may change a level, and
// that its weights were trained on the sets the training script names, none of them held out.
import { describe, expect, it } from 'vitest';
import { triage } from '@/lib/safety/triage';
import { findConcepts } from '@/lib/safety/triage/findings';
import { netFeatures } from '@/lib/safety/triage/net-features';
import {
  NET_THRESHOLDS,
  netLevel,
  readNet,
  withNet,
  type NetReading,
} from '@/lib/safety/triage/net';
import WEIGHTS from '@/lib/safety/triage/net-weights.json';
import { flagsFor } from '@/lib/safety/triage/rules';
import { LEVEL_RANK } from '@/lib/safety/triage/types';
import { TRIAGE_FLAGS } from '@/lib/safety/triage/flags';
import { DEV_SET } from './dev-set';
import {
  FRESH_RESERVED,
  HELD_OUT,
  trainingMessages,
  urgentTrainingMessages,
} from '../../../scripts/lib/triage-labelled';

/** A reading with the agree head reading what the urgent head reads, unless told. */
const reading = (emergency: number, urgent: number, quiet = false, agree = urgent): NetReading => ({
  emergency,
  urgent,
  agree,
  quiet,
});

describe('what the net reads', () => {
  it('reads a word the person denies apart from the same word affirmed', () => {
    const said = netFeatures("i'm short of breath");
    const denied = netFeatures("i'm not short of breath at all");
    expect(said).toContain('w:breath');
    expect(denied).toContain('w:q:breath');
    expect(denied).not.toContain('w:breath');
  });

  it('lets a negation reach only to the end of its clause', () => {
    const f = netFeatures('no fever but crushing chest pain');
    expect(f).toContain('w:q:fever');
    expect(f).toContain('w:crush');
    expect(f).toContain('b:crush_chest');
  });

  it('marks the words of a span the rules set aside', () => {
    const text = 'my dad had a stroke years ago';
    const f = netFeatures(text, [{ at: text.indexOf('stroke'), length: 'stroke'.length }]);
    expect(f).toContain('w:q:stroke');
    expect(f).not.toContain('w:stroke');
  });
});

describe('when the net may change a level', () => {
  const t = NET_THRESHOLDS;

  it('raises to emergency only when the emergency head is sure and the agree head agrees', () => {
    expect(netLevel('routine', reading(t.emergency, t.agree))).toBe('emergency');
    expect(netLevel('urgent', reading(t.emergency, t.agree))).toBe('emergency');
    expect(netLevel('routine', reading(0.99, t.agree - 0.01))).toBe('routine');
    // The retrained urgent head has no say in a raise to emergency (stop 48): it lost
    // emergencies the agree head keeps (a button battery missing, an infant's pauses).
    expect(netLevel('routine', reading(0.99, 0.1, false, t.agree))).toBe('emergency');
    expect(netLevel('routine', reading(0.99, 0.99, false, t.agree - 0.01))).toBe('urgent');
  });

  it('raises a routine message to urgent when the urgent head is very sure', () => {
    expect(netLevel('routine', reading(0.2, t.urgent, false, 0))).toBe('urgent');
    expect(netLevel('routine', reading(0.2, t.urgent - 0.001, false, 0))).toBe('routine');
  });

  it('lets the agree head raise to urgent unless the urgent head reads it as routine', () => {
    expect(netLevel('routine', reading(0.2, t.urgentVeto, false, t.agreeUrgent))).toBe('urgent');
    expect(netLevel('routine', reading(0.2, t.urgentVeto - 0.01, false, 0.999))).toBe('routine');
    expect(netLevel('routine', reading(0.2, 0.9, false, t.agreeUrgent - 0.01))).toBe('routine');
  });

  it('reads a two-head net (no agree head) at the thresholds of phases 10-47', () => {
    const two = (urgent: number): NetReading => ({ emergency: 0.1, urgent, quiet: false });
    expect(netLevel('routine', two(0.97))).toBe('urgent');
    expect(netLevel('routine', two(0.969))).toBe('routine');
    expect(netLevel('urgent', two(0.029))).toBe('routine');
    expect(netLevel('urgent', two(0.03))).toBe('urgent');
  });

  it('raises no emergency when the rules set part of the message aside, and urgent only when both heads are all but certain', () => {
    expect(netLevel('routine', reading(0.99, 0.98, true))).toBe('routine');
    expect(netLevel('routine', reading(0.99, 0.99, true, 0.98))).toBe('routine');
    expect(netLevel('routine', reading(0.99, 0.99, true))).toBe('urgent');
    expect(netLevel('urgent', reading(0.99, 0.999, true))).toBe('urgent');
    // A two-head net (the training experiments) never raises a quiet message.
    expect(netLevel('routine', { emergency: 0.1, urgent: 0.999, quiet: true })).toBe('routine');
  });

  it('never lowers an emergency, and takes back an urgent flag only when almost sure', () => {
    expect(netLevel('emergency', reading(0, 0))).toBe('emergency');
    expect(netLevel('urgent', reading(0, t.routine / 2, false, 0.9))).toBe('routine');
    expect(netLevel('urgent', reading(0, t.routine, false, 0.9))).toBe('urgent');
    expect(netLevel('urgent', reading(0.6, 0))).toBe('urgent');
    // The agree head may take back too, unless the urgent head reads the message as urgent.
    expect(netLevel('urgent', reading(0, t.routineVeto - 0.01, false, 0.01))).toBe('routine');
    expect(netLevel('urgent', reading(0, t.routineVeto, false, 0.01))).toBe('urgent');
  });

  it('never takes back a number it cannot read, an assault, a contact, a child given the wrong dose, a sore gone black', () => {
    for (const text of [
      'no cough, temp 39.8',
      "last night my date kept going when I told him to stop. I'm not injured. what should I do?",
      'my boyfriend has been admitted with meningococcal meningitis, we live together, do I need antibiotics?',
      'type 1, since the basal dose change my libre shows lows every night around 3am',
      'gave my 5 year old 10 ml of calpol instead of 5 ml by mistake, is that dangerous?',
      'great grandma has a pressure sore on her heel that has turned black',
    ]) {
      const read = readNet(findConcepts(text));
      expect(read.firm, text).toBe(true);
      expect(netLevel('urgent', { ...read, urgent: 0, agree: 0 }), text).toBe('urgent');
      expect(triage(text).level, text).toBe('urgent');
    }
    expect(readNet(findConcepts('temp 38.2, feel rough')).firm).toBe(false);
  });

  it('never takes back the urgent flag of a seizure told now, however sure it is', () => {
    const fit = readNet(
      findConcepts('had a fit last night, missed two of my epilepsy tablets, I feel fine now'),
    );
    expect(fit.firm).toBe(true);
    expect(netLevel('urgent', { ...fit, emergency: 0, urgent: 0 })).toBe('urgent');
    expect(
      readNet(findConcepts('no seizures for three years, my epilepsy is well controlled')).firm,
    ).toBe(false);
    expect(readNet(findConcepts('stubbed my toe, can walk on it fine')).firm).toBe(false);
  });

  it('never takes back the urgent flag of a rule declared firm beside itself', () => {
    // rules-newborns-third.ts: a measles contact too young for MMR, { firm: true }.
    const contact = readNet(
      findConcepts('a child at nursery had measles, my baby is 4 months old, she seems well'),
    );
    expect(contact.firm).toBe(true);
    expect(netLevel('urgent', { ...contact, emergency: 0, urgent: 0 })).toBe('urgent');
    expect(
      readNet(findConcepts('my baby is 4 months old, when is the measles jab due?')).firm,
    ).toBe(false);
  });

  it("puts its own flag first and keeps the rules' flags after it", () => {
    const rules = [TRIAGE_FLAGS['medicine-not-kept-down']!];
    const raised = withNet(rules, reading(0.99, 0.99));
    expect(raised.map((f) => f.id)).toEqual(['reads-like-emergency', 'medicine-not-kept-down']);
    expect(withNet([], reading(0.1, 0.99)).map((f) => f.id)).toEqual(['reads-like-same-day']);
    expect(withNet(rules, reading(0, 0))).toEqual([]);
  });

  it('never gives a message of the development set less than the rules gave, but an urgent taken back', () => {
    for (const { text } of DEV_SET) {
      const rules = flagsFor(findConcepts(text))[0]?.level ?? 'routine';
      const level = triage(text).level;
      if (rules === 'urgent' && level === 'routine') continue;
      expect(LEVEL_RANK[level], text).toBeGreaterThanOrEqual(LEVEL_RANK[rules]);
    }
  });
});

describe('the weights', () => {
  it('were trained on every labelled set there is now (run scripts/train-triage-net.ts)', () => {
    const counts = (ms: readonly { source: string }[]) => {
      const out: Record<string, number> = {};
      for (const m of ms) out[m.source] = (out[m.source] ?? 0) + 1;
      return out;
    };
    // The emergency and agree heads as phase 10 trained them; the urgent head since stop 48.
    expect(WEIGHTS.trainedOn).toEqual(counts(trainingMessages()));
    expect(WEIGHTS.urgentTrainedOn).toEqual(counts(urgentTrainingMessages()));
  });

  it('never saw a held-out set: the development held-out half, the fresh set, the held-out blind sets', () => {
    for (const sources of [Object.keys(WEIGHTS.trainedOn), Object.keys(WEIGHTS.urgentTrainedOn)]) {
      expect(sources).not.toContain('fresh');
      expect(sources).not.toContain('dev-heldout');
      for (const id of HELD_OUT) expect(sources).not.toContain(id);
      for (const file of FRESH_RESERVED) expect(sources).not.toContain(file.replace(/\.json$/, ''));
    }
    const taught = new Set(urgentTrainingMessages().map((m) => m.text));
    const heldOut = DEV_SET.filter((c) => !taught.has(c.text));
    expect(heldOut.length).toBeGreaterThan(300);
  });
});
