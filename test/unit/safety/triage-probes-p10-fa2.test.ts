// Probes for phase 10, helper fa2 (blind set 12's misses, fixed by kind), in probes-p10-fa2.json:
// 65 written BEFORE any fix, 4 to 8 per kind of miss, each with twins of the other label: fewer
// or no baby movements late in pregnancy, a young child given too much paracetamol dose after
// dose, blistering sunburn with feeling unwell, a dental abscess swelling into the face, an
// animal in a simile ("like a hamster" set the sentence aside as about a pet), chest-wall
// soreness after a workout, a hangover headache, a question asked for study or writing, a
// known panic attack that has passed, harmless things a child swallowed, and low-harm messages
// the triage net had raised. Scored before and after the fixes:
//   before  E 14/21  U 9/10  routine 25/34
//   after   E 18/21  U 9/10  routine 33/34 (bars as first written)
// Then 6 more ("source": "probe-p10-fa2-late"), written before their fix, for a false alarm
// found while rechecking last round's net kinds: an older child who took one ordinary dose of
// paracetamol for a reason read as an overdose (before: routine 2/4, twins E 2/2; after 4/4, 2/2).
// Then 14 twins written after the fixes ("source": "probe-p10-fa2-after") to show over-reach:
// each exception with a red flag beside it (a study frame with a stroke, chest-wall tenderness
// with sweating, a hangover with a sudden bang): 14/14 at their level.
// Entries still wrong carry a note and a weaker bar (U: urgent or above; N: stay out of
// emergency); one, a negation reaching over a comma, is left open. Kept out of the triage net's
// training (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation
// (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p10-fa2.json' with { type: 'json' };

describeProbes(
  'phase 10 triage probes, helper fa2 (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
