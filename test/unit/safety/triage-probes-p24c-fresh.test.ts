// Probes for phase 24's third fresh set (test/fixtures/triage-everyday/fresh-triage-p24c.json:
// 160 first messages by an author of no code on injuries, accidents and first aid), fixed by
// mechanism with twins. Emergencies: a vehicle that rolled or flipped over and a helmet or
// riding hat split in a fall, even "feeling fine"; a burn gone white and painless or a whole
// hand blistered; a deep or heavily bleeding bite to the face; a head injury with no memory of
// getting home. For today: a bat or a foreign street dog's bite or scratch, a tetanus-prone
// wound with no tetanus jab, a sliver of metal in the eye, a joint that will not straighten or
// a swollen big toe the person can barely walk on, hurt ribs, bleach on the skin still stinging,
// a toddler's scald. Routine: a small burn with no blisters, a mouth burnt on food, a little toe
// walked on, a scalp cut that bled everywhere and stopped, a head knock days ago whose headache
// is easing, grit rinsed out and fine, a cricket ball to the lip, rolling over in bed. Kept out
// of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts). A regression
// guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p24c-fresh.json' with { type: 'json' };

describeProbes(
  'phase 24 triage probes: injuries, accidents and first aid, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
