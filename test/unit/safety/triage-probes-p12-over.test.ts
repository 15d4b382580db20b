// Probes for phase 12, helper over (issue 10: a reassurance that over-reaches), in
// probes-p12-over.json: 91 written BEFORE any change, 67 where a reassurance, a denial, an
// "all fine", a "nothing new", a past episode already checked or a statement about someone
// else stands before, between or after a present emergency or same-day problem (overdose,
// suicide plans and goodbyes, stroke, chest pain, breathing, anaphylaxis, meningitis, bleeding,
// a head knock on anticoagulants, child ingestions, sepsis, pregnancy, infants), and 24 routine
// look-alikes where the reassurance covers everything. Split by FNV-1a of the text (odd:
// "split": "held-out", 49 of 91), each half scored before and after the fix (tuned on the
// tuning half only, the held-out half scored once at the end):
//   tuning    E 27/31 U 3/3 R 7/8   →  E 31/31 U 3/3 R 7/8
//   held-out  E 26/28 U 4/5 R 15/16 →  E 27/28 U 5/5 R 15/16
// The one held-out emergency still missed and the held-out false alarm were left open with a
// note; the tuning false alarm keeps the weaker bar N. The emergency ("it's the baby, 3 weeks
// old, vomiting green bile" after "nothing wrong with them") was fixed later by helper open
// (NEW_TOPIC in scope-reach.ts, probes-p12-open.json) and is no longer open. Then 21 more ("source":
// "probe-p12-over-after"), written after the fix: the issue's own three misses, new wordings
// (a hypothetical before a told event, "he's choking" after "asthma's fine"), and look-alikes
// where a clearance or an "if" must still cover what follows it; 21/21. The held-out half,
// scored again after those last two generalizations (totals only), is unchanged.
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p12-over.json' with { type: 'json' };

describeProbes(
  'phase 12 triage probes, helper over (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
