// Probes for phase 20: everyday questions read as urgent or above (test/fixtures/triage-everyday,
// sets M to E2), by mechanism, with dangerous twins. A burning feeling ("it burns when I eat")
// is no burn; a dose "twice daily" is no double dose; a racing heart in someone who names their
// panic attacks or lasting anxiety is no palpitation to be seen today; flashing lights as the
// person's usual migraine aura, and heartburn told as a pattern after meals for weeks, stay
// routine; a nail going yellow is no jaundice; a sore cracked nipple is no mastitis; drowsiness
// from a sedating antihistamine, or in an older person "lately" or every afternoon and fine
// otherwise, is no emergency; and, from phase 19's second fresh set, a friend's dad who "died by
// suicide" is a story, "drowning in work" a figure. The twins stay where they were: a scald
// with blisters, a double dose in a child or of warfarin, a heart at 190, migraine-like lights
// for the first time at 58, heartburn with sweat or on exertion, yellow skin, a red hot breast
// with fever, a toddler who took Benadryl, an old man suddenly hard to wake, a brother's
// suicide followed by one's own thoughts, a child pulled from a pool. Kept out of the triage
// net's training (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an
// evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p20-overreads.json' with { type: 'json' };

describeProbes(
  'phase 20 triage probes: everyday over-reads and their twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
