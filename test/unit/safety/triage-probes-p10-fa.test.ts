// Probes for phase 10, helper fa (false alarms on routine messages, fixed by kind), in
// probes-p10-fa.json: 245 written BEFORE the triage code was read, 165 routine look-alikes over
// 30 areas and styles (texting, typos, non-native English, third person, long messages) and 80
// dangerous twins (the same situation with the warning sign), split by FNV-1a of the text into
// a tuning half (130) and a held-out half (115, "split": "held-out"), each scored before the
// fixes and the held-out half once after them:
//   tuning    E 31/31  U 12/12  FA 14/87 (5 at emergency)  →  E 31/31  U 12/12  FA 4/87 (0)
//   held-out  E 24/25  U 12/12  FA 6/78 (4 at emergency)   →  E 24/25  U 12/12  FA 4/78 (1)
// Then 39 new wordings and twins of the kinds fixed ("source": "probe-p10-fa-after"), written
// after the fixes. The whole file is kept out of the triage net's training (HELD_OUT in
// scripts/lib/triage-labelled.ts: trained on, the net lost emergencies elsewhere). Entries
// still wrong carry a note and a weaker bar (N: stay out of emergency; U: reach urgent); two
// that reach emergency (a held-out Bell's palsy droop, and a net false alarm) are left open.
// A regression guard, NOT an evaluation (that is the blind sets).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p10-fa.json' with { type: 'json' };

describeProbes(
  'phase 10 triage probes, helper fa (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
