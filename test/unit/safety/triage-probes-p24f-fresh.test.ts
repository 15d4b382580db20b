// Probes for phase 24's sixth fresh set (test/fixtures/triage-everyday/fresh-triage-p24f.json:
// 160 first messages by an author of no code on the chest, breathing and the heart), fixed by
// mechanism with twins. Emergencies: a GTN spray that gave "no relief", a silent chest in an
// asthma attack (quiet and sleepy, the wheeze gone), a peak flow under half the person's best.
// For today: a peak flow at half to three quarters of best, croup noisy only when the child
// cries, whooping cough, a twinge on the side of a past collapsed lung, a slow pulse with
// dizziness. Routine: a blocked nose that "can't breathe", a choke coughed straight out,
// heartburn an antacid takes away, a reliever that cleared the wheeze, a COPD rescue pack asked
// for while well. Kept out of the triage net's training (HELD_OUT in
// scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p24f-fresh.json' with { type: 'json' };

describeProbes(
  'phase 24 triage probes: the chest, breathing and the heart, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
