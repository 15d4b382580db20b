// Probes for phase 7, helper a (heart and circulation, clots, stroke, seizures, headache, head
// injury, confusion, breathing, allergy, eyes, ENT, teeth): 220 messages written by kind BEFORE
// the triage code was read (first score: emergency 77/90, same-day 57/70, false alarms 6/60),
// then 49 new wordings of the kinds fixed (written after the first fixes, scored before their
// own), then wave 2: 69 new situations of the same area (first run E 31/39, U 12/15, FA 3/15,
// fixed by kind after), then wave 3: 63 in texting, typos, non-native English and long messages
// (first run E 24/30, U 11/15, FA 3/18), then wave 4: 55 more situations (first run E 25/30, U 8/10,
// FA 1/15) and 6 look-alike guards written after its fixes. Each message must reach its level; six the rules still miss, or whose label now looks
// wrong, carry a note and only have to stay out of the emergency level. A regression guard,
// NOT an evaluation (that is the blind sets).
import { readFileSync } from 'node:fs';
import { describeProbes, type Probe } from './probe-harness';

interface P7Probe {
  text: string;
  expected: 'emergency' | 'urgent' | 'routine';
  kind: string;
  assert?: 'E' | 'U' | 'X' | 'N' | 'R';
  note?: string;
}

const LETTER = { emergency: 'E', urgent: 'U', routine: 'R' } as const;

const raw = JSON.parse(
  readFileSync(new URL('./probes-p7-a.json', import.meta.url), 'utf8'),
) as P7Probe[];

const probes: Probe[] = raw.map((p) => ({
  want: p.assert ?? LETTER[p.expected],
  kind: p.kind,
  text: p.text,
}));

describeProbes('phase 7 triage probes, helper a (regression, not evaluation)', probes);
