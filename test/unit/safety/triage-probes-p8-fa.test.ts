// Probes for phase 8, helper fa (six false alarms at the emergency or urgent level, fixed by
// kind), in probes-p8-fa.json: for each kind 4-6 routine or urgent look-alikes in other words
// (texting, third person, typos), the reported message itself, and 3 dangerous twins that
// must stay emergencies. Written and scored once BEFORE the fixes (E 15/16, U 7/8, FA 16/30):
// a jaw that clicks on chewing (not jaw pain, a giant-cell-arteritis sign); a prescribed course
// taken "as the GP said" (not an overdose); one's tablets "with me for the holiday" (not a
// means); vision greying out for a moment on standing (postural, not a stroke); fingers white
// in the cold that recover on warming (Raynaud's); a reliever working less well than it did
// (an urgent asthma review, not 999). After the fixes and the net's retraining: E 19/19
// (three despair twins of the trip kind added after the fix), U 8/8, FA 0/30. A regression guard, NOT an evaluation (that is the
// blind sets).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p8-fa.json' with { type: 'json' };

describeProbes(
  'phase 8 triage probes, helper fa (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
