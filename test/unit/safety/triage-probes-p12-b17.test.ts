// Probes for phase 12, helper b17 (issue 10: blind set 17's misses, by principle), in
// probes-p12-b17.json: 28 written BEFORE any change, new wordings in other kinds and styles of
// the principles behind blind-17's misses, with twins of the other direction: an eating
// disorder with fainting or a pulse under 40, a snake bite told with distance ("bitten on the
// ankle by what I think was an adder"), torsion said as "pain down below on one side" in a boy,
// a stiff neck and headache with someone "I can barely wake", numbness when wiping told apart
// from the word "numb", a fresh plaster cast with worsening pain and pale or numb fingers, and
// the urgent misses (a gaping cut, a fall on the outstretched hand, a baby exposed to measles).
// Split by FNV-1a of the text (odd: "split": "held-out"), each half scored before and after
// (tuned on the tuning half only):
//   tuning    E 4/5  R 5/6          →  E 5/5  R 5/6
//   held-out  E 5/7  U 3/5  R 5/5   →  E 6/7  U 4/5  R 5/5 at its one scoring
// Left open (marked "open" in the file, not fixed, so the file guards what holds): a teenager's
// dull ache "down below" for weeks (held-out, urgent), a pet corn snake's nip (tuning, read
// urgent). An anorexic boy who "collapsed" with a pulse "only about 39" (held-out) was left
// open here and fixed by helper open (probes-p12-open.json): "only" before a figure is no verdict.
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p12-b17.json' with { type: 'json' };

describeProbes(
  'phase 12 triage probes, helper b17 (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
