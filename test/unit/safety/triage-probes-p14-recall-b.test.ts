// Probes for phase 14, helper recall, second file (issue 10), in probes-p14-recall-b.json: 48
// written BEFORE their mechanisms' change, new wordings with routine look-alikes of each: "in
// the past hour" read as the distant past (it hid a bleed told "in the past hour"); confusion
// new today in an older adult ("fine yesterday", "since he woke up"); mushrooms or plants picked
// and eaten, with sickness, yellow vision or a slow pulse; a slow pulse in lay words (read
// already: a guard). Split by FNV-1a of the text (dev-set halfOf; "split": "held-out"), each
// half scored before and after (tuned on the tuning half only):
//   tuning    E 12/16  R 5/5   →  E 16/16  R 5/5
//   held-out  E 13/16  R 10/11 →  E 16/16  R 10/11 at its one scoring
// Entries the rules still miss are marked "open" with the reason (not asserted).
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p14-recall-b.json' with { type: 'json' };

describeProbes(
  'phase 14 triage probes, helper recall, second file (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
