// Probes for phase 24's fourth fresh set (test/fixtures/triage-everyday/fresh-triage-p24d.json:
// 160 first messages by an author of no code on the head and the nerves), fixed by mechanism
// with twins. Emergency: a headache that "came on in a split second" or during sex. For today:
// the last epilepsy tablets finished, a child's eye newly turning in or out, a first-ever aura,
// close contact of someone admitted with meningitis, a headache on sitting up after a spinal or
// epidural, new morning headaches after cancer, an older person falling since new tablets.
// Routine: someone drunk and slurring who is laughing and walking, a jolt on falling asleep,
// zoning out for a few seconds, eyes that ache at a screen, a known epileptic's usual seizure
// and back to normal. Twins stay: a face droop with drink, a drunk person who cannot be woken,
// jerking in sleep who won't wake, knocked out and vomiting, a usual seizure that goes on.
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts). A
// regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p24d-fresh.json' with { type: 'json' };

describeProbes(
  'phase 24 triage probes: the head and the nerves, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
