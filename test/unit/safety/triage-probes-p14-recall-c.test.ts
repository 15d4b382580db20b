// Probes for phase 14, helper recall, third file (issue 10), in probes-p14-recall-c.json: 48
// written BEFORE their mechanisms' change, new wordings with routine look-alikes of each: a
// question frame over one's own sign whose onset is told next ("Is it normal for a shadow to
// come across the vision in my left eye? It happened suddenly an hour ago"); a newborn's
// breathing that pauses for 10 seconds or more or with blue lips said in lay words; a racing
// heart read off a watch, with a faint; a blistered scald over two or more body areas in a
// small child. Split by FNV-1a of the text (dev-set halfOf; "split": "held-out"), each half
// scored before and after (tuned on the tuning half only):
//   tuning    E 13/17  R 9/11  →  E 17/17  R 9/11
//   held-out  E 10/15  R 4/5   →  E 12/15  R 4/5 at its one scoring
// Entries the rules still miss are marked "open" with the reason (not asserted).
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p14-recall-c.json' with { type: 'json' };

describeProbes(
  'phase 14 triage probes, helper recall, third file (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
