// Probes for phase 10, helper fa3 (blind set 13's emergency misses, fixed by kind), in
// probes-p10-fa3.json: 33 written BEFORE any fix, 3 to 8 per kind of miss, each with twins of the
// other label: a fever during chemotherapy given as a bare reading ("it's 38.1"), lithium
// toxicity in someone on it for years (sickness, then shaking, unsteady, slurred), heatstroke
// after exertion (hot, not sweating, muddled or unable to stand), and something flying into an
// eye at speed from a tool or a strimmer with blurred sight. Scored before and after the fixes:
//   before  E 17/22  routine 10/11
//   after   E 22/22  routine 10/11 (one twin, a passed faint after a run, still urgent: bar N)
// Then 23 more ("source": "probe-p10-fa3-b"), written before their fix, for blind set 13's false
// alarms and its missed same-day kind: a numb face after a dental injection, a suicide attempt
// long past and well now, how to use an adrenaline pen, too much to drink named as a headache's
// cause, a child's dose given a little early, an infected foot sore with diabetes:
//   before  E 8/8  U 3/3  routine 6/12 (out of emergency 8/12)
//   after   E 8/8  U 3/3  routine 8/12 (out of emergency 12/12; 4 still urgent: bar N)
// Then 5 more ("source": "probe-p10-fa3-c"), written before their fix: a suicide attempt or
// overdose long past with its time in the sentence before: before routine 2/3, E 2/2; after
// routine 3/3, E 2/2.
// Then 5 more ("source": "probe-p10-fa3-d"), written before their fix: a known panic attack with
// breathlessness and a pounding heart that has passed: before routine 0/3, E 2/2; after
// routine 1/3 (out of emergency 3/3; 2 still urgent: bar N), E 2/2.
// Then 4 more ("source": "probe-p10-fa3-e"), written before their fix: an infected foot sore with
// diabetes named far from the foot, and a sore throat beside cold feet: before U 3/3, routine 0/1;
// after U 3/3, routine 1/1.
// Twins written after a fix ("source": "probe-p10-fa3-after") check over-reach: E 10/11 (the
// one missed, lips swelling after a nut with the pen only asked about, was same day before this
// round too: bar U).
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts). A
// regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p10-fa3.json' with { type: 'json' };

describeProbes(
  'phase 10 triage probes, helper fa3 (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
