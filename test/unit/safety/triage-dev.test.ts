import { describe, expect, it } from 'vitest';
import { measureTriage } from '@/lib/safety/evaluate';
import { TUNE } from './dev-set';

// Guards the figures on the tuning half only: the held-out half is scored by
// `npm run triage:report`, never asserted here, so no rule is ever written to pass it.
describe('triage on the tuning half of the development set', () => {
  const m = measureTriage(TUNE);
  const misses = (expected: string) =>
    m.mistakes.filter((x) => x.expected === expected && x.predicted === 'routine');

  it('catches emergencies told without the words a rule expects', () => {
    expect(m.emergencyRecall).toBeGreaterThanOrEqual(0.97);
  });

  it('raises same-day messages to at least urgent', () => {
    expect(misses('urgent')).toEqual([]);
    expect(m.sameDayRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('rarely alarms on routine messages', () => {
    expect(m.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});
