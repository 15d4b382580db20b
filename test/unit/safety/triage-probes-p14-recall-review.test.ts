// Probes for phase 14, helper recall, the reviewer's file (issue 10), in
// probes-p14-recall-review.json: 227 messages a read-only reviewer wrote against this round's
// new readings, BEFORE their narrowing (142 routine look-alikes, 85 dangerous twins, in the
// families the round touched: a fit told as shaking, a danger place, sight gone, no baby
// movement, a button battery, a blood thinner's bleed, confusion, foraging, a watch's heart
// rate, a child's scald, a question with its onset, cyanosis, melaena).
// A look-alike must read no higher than main did before the round ("R", or "N" where main
// read it urgent); one main already read as emergency is "open" (an older reading). A twin
// must read emergency; the three this round did not reach were "open" until p14-recall2 (an
// unnamed button battery, speech that suddenly makes no sense, a baby who "forgets to
// breathe"), now asserted.
//   look-alikes read urgent+  55/142 -> 36/142 (main 36); twins emergency 80/85 -> 82/85
//   after p14-recall2: look-alikes unchanged (36/142), twins 85/85
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p14-recall-review.json' with { type: 'json' };

describeProbes(
  "phase 14 triage probes, helper recall, the reviewer's look-alikes and twins (regression)",
  fromLabelled(PROBES as LabelledProbe[]),
);
