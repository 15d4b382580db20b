// Probes for phase 12, helper b16 (issue 10: blind set 16's misses, by principle), in
// probes-p12-b16.json: 43 written BEFORE any change, new wordings in other kinds and styles of
// the principles behind blind-16's misses, each with twins of the other direction: fever on
// chemotherapy with "the line is closed, ok to wait?" (a service that is closed is no verdict),
// jumbled speech said without a verb, a bite that broke the skin told passively, palpitations
// over after espressos or energy drinks, a past hypo sorted with sugar, a helper asking how to
// ask someone about suicide, a product free of its hazard ("alcohol-free", "nicotine free"), an
// overdose dated "about nine years ago", and "kill" said over a trivial grievance. Split by
// FNV-1a of the text (odd: "split": "held-out", 23 of 43), each half scored before and after
// (tuned on the tuning half only):
//   tuning    E 5/6  U 1/1  R 10/13  →  E 6/6  U 1/1  R 12/13 (the one left is open)
//   held-out  E 9/9  U 4/4  R 7/10   →  E 9/9  U 4/4  R 8/10 at its one scoring
// The two held-out misses left then (a "double espresso" read as a double dose; "nicotine free
// vape liquid", the product after the -free word) were fixed after that scoring by the
// principles they show: held-out R 10/10 since, no longer a held-out figure. No other labelled
// message of the project changed level. "gonna kill my husband, he's given me his flu" stays
// open, as in probes-p12-fa. Then 6 emergency twins written after the fixes ("source":
// "probe-p12-b16-after": a helper's question followed by "because I am, and I have a plan", a
// closed or busy line with a current emergency, "pain free" next to blue lips): 5/6 before
// the guard it led to (scope-free-of-asking.ts, SELF_TOO), 6/6 after.
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p12-b16.json' with { type: 'json' };

describeProbes(
  'phase 12 triage probes, helper b16 (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
