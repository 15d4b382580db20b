// Probes for phase 14, helper recall2 (issue 10), in probes-p14-recall2.json: 121 written
// BEFORE their mechanisms' change, new wordings of blind 21 and 22's under-reads with routine
// look-alikes of each: magnets counted short with a small child and no swallow said; a
// household's headaches that clear away from home with a fuel-burning appliance; a child with
// sickness and diarrhoea who is hard to wake ("no tears when she cries" had read as packaging
// with no tears, clearing the sentence); a mouth that will not open or water that will not go
// down; a button battery told as "the round silver thing from the remote"; an older adult who
// suddenly makes no sense; a baby who "forgets to breathe"; first-episode psychosis told as what
// someone keeps saying; self-harm feared again tonight; redness past a pen line, new bleeding on
// a blood thinner and an INR of 5 or more that the net had taken back ("feel fine in myself");
// grit in the eye after grinding metal "without goggles" (read as negating the grit).
// Split by FNV-1a of the text (dev-set halfOf; "split": "held-out"), each half scored before
// and after (tuned on the tuning half only):
//   tuning    E 19/21  U 19/22  R 16/17  →  E 21/21  U 22/22  R 16/17
//   held-out  E 21/25  U 13/14  R 20/22  →  E 24/25  U 13/14  R 20/22 at its one scoring
// Entries the rules still miss are marked "open" with the reason (not asserted).
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p14-recall2.json' with { type: 'json' };

describeProbes(
  'phase 14 triage probes, helper recall2 (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
