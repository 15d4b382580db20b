// Probes for phase 7, helper e (false alarms: routine look-alikes across every organ system,
// with the dangerous twins that share their words), in probes-p7-e.json, each wave run once
// before its own fixes and then fixed by kind:
// - 200 written by kind BEFORE the triage code was read (E 39/40, U 27/30, FA 15/130);
// - 44 new wordings (and twins) of the kinds fixed first, written after those fixes and
//   scored once (E 10/10, U 3/3, FA 3/31), then 18 more for the kinds of the fresh batch
//   (E 5/5, U 0/1, FA 2/12);
// - a fresh batch of 73 written after the first fixes (E 8/8, U 5/5, FA 10/60);
// - a second fresh batch of 50 written after the fixes of the first (E 6/7, U 2/3, FA 9/40).
// Each message must reach its level; seven the rules still miss, or whose label now looks
// wrong, carry a note and only have to stay out of the emergency level (or reach urgent). A
// regression guard, NOT an evaluation (that is the blind sets).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p7-e.json' with { type: 'json' };

describeProbes(
  'phase 7 triage probes, helper e (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
