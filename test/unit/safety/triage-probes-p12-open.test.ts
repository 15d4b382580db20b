// Probes for phase 12, helper open (issue 10: two emergency misses left open by this phase's
// rounds, fixed by principle), in probes-p12-open.json: 27 written BEFORE any change, new
// wordings with routine twins: a clearance of one person followed by another person's
// emergency told without a verb of its own ("kids are fine, nothing wrong with them, it's the
// baby, 3 weeks old, vomiting green bile", "..., my son though, stung by a wasp, lips and
// tongue swelling"), and an eating disorder with collapse, a faint, a pulse under 40 or chest
// pain (NICE NG69, MEED), against a clearance that truly covers all and eating-disorder
// questions with no red flag. Split by FNV-1a of the text (odd: "split": "held-out"), each
// half scored before and after (tuned on the tuning half only):
//   tuning    E 6/11  R 7/7  →  E 11/11  R 7/7
//   held-out  E 4/7   R 2/2  →  E 7/7    R 2/2 at its one scoring
// The held-out half holds the issue's own example, so its figure is not unseen.
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p12-open.json' with { type: 'json' };

describeProbes(
  'phase 12 triage probes, helper open (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
