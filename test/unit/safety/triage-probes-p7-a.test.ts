// Probes for phase 7, helper a (heart and circulation, clots, stroke, seizures, headache, head
// injury, confusion, breathing, allergy, eyes, ENT, teeth), in probes-p7-a.json, each wave run
// once before its own fixes and then fixed by kind:
// - 220 written by kind BEFORE the triage code was read (E 77/90, U 57/70, FA 6/60);
// - 49 new wordings of the kinds fixed first (E 23/29, U 9/9, FA 4/11);
// - wave 2, 69 new situations (E 31/39, U 12/15, FA 3/15);
// - wave 3, 63 in texting, typos, non-native English, long form (E 24/30, U 11/15, FA 3/18);
// - wave 4, 55 situations (E 25/30, U 8/10, FA 1/15) and 6 guards written after its fixes;
// - wave 5, 43 long-buried, very short, dictated and figurative (E 11/15, U 6/8, FA 2/20).
// Each message must reach its level; seven the rules still miss, or whose label now looks
// wrong, carry a note and only have to stay out of the emergency level. A regression guard,
// NOT an evaluation (that is the blind sets).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p7-a.json' with { type: 'json' };

describeProbes(
  'phase 7 triage probes, helper a (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
