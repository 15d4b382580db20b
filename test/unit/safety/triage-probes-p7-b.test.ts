// Probes for phase 7 (helper b, wave 9): mental health, poisoning and ingestions, babies and
// newborns, children's fever and illness, pregnancy, after the birth, older adults. The set
// (probes-p7-b.json) was written from NHS 999 / A&E / 111 lists, NICE CKS red flags and the
// NICE fever traffic lights BEFORE the triage code was read, and scored once untouched
// (E 77/90, U 55/70, false alarms 7/60); "variant" entries are new wordings of each kind that
// missed, written before its fix; "wave2" entries are a second set of new situations in the
// same areas, scored once untouched (E 22/28, U 17/24, false alarms 2/20), then fixed by kind;
// "wave3" the same areas in typos, dictation, non-native English and long messages (untouched
// E 19/26, U 12/15, false alarms 0/10); "wave4" more situations (untouched E 16/21, U 9/10,
// false alarms 1/9); "wave5" (untouched E 11/14, U 6/8, false alarms 0/8).
// A regression guard, NOT an evaluation (that is the blind sets). Entries marked "open" are
// misses left alone, with the reason; they are not asserted.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p7-b.json' with { type: 'json' };

describeProbes(
  'phase 7 wave 9 (b) triage probes by kind (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
