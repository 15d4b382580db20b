// Probes for phase 11, helper neg (issue 10: negation scope as a grammar rule), in
// probes-p11-neg.json: 64 written BEFORE any change, 32 where a negation must not reach a
// warning sign past a clause boundary (a comma item with its own verb: "no appetite, been sick
// 3 times", "not the infant one, 3 doses today", "No known allergies, throat feels like it's
// closing"; "but", "now", "however"; "not sure if it's chest pain") and 32 look-alikes where it
// must cover every item of a list ("no fever or rash", "denies chest pain, shortness of breath
// or sweating", "neither ... nor", "no X, no Y and no Z"), in texting, typos, non-native
// English, third person, British, American, clinical and long styles. Split by FNV-1a of the
// text (odd: "split": "held-out", 39 of 64), each half scored before and after the fix (tuned
// on the tuning half only):
//   tuning    E 7/8   U 1/2  R 15/15  →  E 8/8   U 2/2  R 15/15
//   held-out  E 11/19 U 3/3  R 17/17  →  E 14/19 U 3/3  R 17/17
// The five held-out emergencies still missed are not negation (each names what reads it
// wrong); four are left open, one keeps the weaker bar U. Then 10 more ("source":
// "probe-p11-neg-after"), written after the fix: over-reach checks of "or" lists with a verb
// in -ing ("no cough, passing out or chest pain") and new wordings; 10/10.
// Phase 12 (p12-over) fixed three of the open ones (a reassurance's reach, meningism without
// a fever): they are asserted since.
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p11-neg.json' with { type: 'json' };

describeProbes(
  'phase 11 triage probes, helper neg (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
