// Probes for phase 14, helper recall2, the reviewer's file (issue 10), in
// probes-p14-recall2-review.json: 95 messages a read-only reviewer (review14b) wrote against
// this round's new readings BEFORE their narrowing. 48 routine look-alikes aimed at the new
// patterns (speech that makes no sense, a belief told as what someone keeps saying, self-harm
// again, magnets missing, an unnamed battery gone, carbon monoxide's better-away-from-home,
// airway, grit in the eye, an INR, a baby's breathing) and 47 dangerous twins.
// A look-alike must read no higher than main did ("R", or "N" where main read it urgent); one
// main already read as emergency is "open" (an older reading). A twin must read at its level;
// the one not reached is "open" (a 3-week-old's breathing that "stops like he forgets" reads
// urgent); the misspelt "swalow 2 magnet" is caught since "swalow" joined the spelling table, and
// redness "now way past the line" since "is ... the line" stopped reading as staying inside it.
//   look-alikes read urgent+  28/48 -> 11/48 after the narrowing (base 11)
//   twins caught              40/47 -> 44/47 (base 36) -> 46/47 (the two fixes above)
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p14-recall2-review.json' with { type: 'json' };

describeProbes(
  "phase 14 triage probes, helper recall2, the reviewer's look-alikes and twins (regression)",
  fromLabelled(PROBES as LabelledProbe[]),
);
