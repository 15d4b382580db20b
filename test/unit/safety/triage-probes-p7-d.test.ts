// Probes for phase 7 (helper d, wave 9): cross-cutting situations. A whole scene told instead
// of a symptom, emergencies told by what someone cannot do, environment and sport (heat, cold
// water, diving, altitude, the gym, festival drugs, venomous bites abroad, fever after a
// malaria area, long flights), work (chemicals, gases, electricity, crush, falls from height,
// high-pressure injection), people who cannot say what is wrong (non-verbal, learning
// disability, dementia, a carer's view), long-term conditions whose usual story changes
// (sickle cell, cystic fibrosis, dialysis, transplant, VP shunt, Addison's, myasthenia, MS, a
// tracheostomy, a baclofen pump, a spinal cord injury), and style extremes. The set
// (probes-p7-d.json, "probe" entries) was written from NHS 999 / A&E / 111 lists, NICE CKS red
// flags, TOXBASE and UKHSA travel guidance BEFORE the triage code was read, and scored once
// untouched (E 60/80, U 28/50, false alarms 8/50); "variant" entries are new wordings of each
// kind that missed, written before its fix (untouched E 13/34, U 6/23, false alarms 7/13).
// "wave2" entries are a second set of new situations in the same areas (heat, altitude, falls
// from a height, confined spaces, carers, long-term conditions, dictation, non-native English,
// long and many-topic messages), scored once untouched (E 21/31, U 6/7, false alarms 2/16), then
// fixed by kind; "variant2" entries are new wordings of those kinds, written after the fix;
// "wave3" a third set (frostbite, river water and dengue, impaled objects, bleeding disorders,
// congenital heart disease, cannot stay awake, agonal breathing, swarms of stings), untouched
// E 14/23, U 9/10, false alarms 0/11; "variant3" and "guard" entries were written after the
// fixes, to test them and their look-alikes; "wave4" the same areas in dictation, lower case,
// non-native English, long and many-topic messages (untouched E 10/17, U 8/10, false alarms
// 1/8), and "variant4" new wordings written after its fixes.
// A regression guard, NOT an evaluation (that is the blind sets). Entries marked "open" are
// misses left alone, with the reason; they are not asserted.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p7-d.json' with { type: 'json' };

describeProbes(
  'phase 7 wave 9 (d) triage probes by kind (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
