// How a triage measurement counts one set's readings (scripts/train-triage-net.ts --cv,
// scripts/triage-net-loso.ts): emergencies caught, same-day messages read as urgent or above,
// routine messages raised. A probe that only asks to stay out of emergency ("not-emergency")
// counts for none of them.
import type { TriageLevel } from '../../src/lib/safety/triage/types.ts';

export interface Tally {
  e: number;
  eHit: number;
  u: number;
  uHit: number;
  r: number;
  rAlarm: number;
}

export const tally = (): Tally => ({ e: 0, eHit: 0, u: 0, uHit: 0, r: 0, rAlarm: 0 });

/** Counts a message labelled `label` that was read at `level`. */
export function add(t: Tally, label: string, level: TriageLevel): void {
  if (label === 'emergency') [t.e, t.eHit] = [t.e + 1, t.eHit + (level === 'emergency' ? 1 : 0)];
  else if (label === 'urgent') [t.u, t.uHit] = [t.u + 1, t.uHit + (level !== 'routine' ? 1 : 0)];
  else if (label === 'routine')
    [t.r, t.rAlarm] = [t.r + 1, t.rAlarm + (level !== 'routine' ? 1 : 0)];
}
