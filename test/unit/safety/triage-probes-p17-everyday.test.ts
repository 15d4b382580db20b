// Probes for phase 17 (issue 11): everyday questions of the judged retrieval sets that triage
// read as emergencies, which also withheld their similar cases (src/lib/chat/cases-withheld.ts),
// in probes-p17-everyday.json. Twelve of them by mechanism ("I don't want to go on injections"
// read as suicidal, snoring pauses as not breathing, a migraine's "light hurts my eyes" as a
// painful red eye, sciatica's numb toes as a stroke, heartburn lying down as cardiac chest pain,
// "freezing spray didn't work" as angina spray, spots round a nappy rash as a non-blanching
// rash, panic attacks told as a pattern as an emergency now, a mother who "barely eats" while
// losing weight "without trying" as an eating disorder), each asserted out of emergency (the
// last routine, with two twins of mine that stay urgent and emergency);
// and 70 messages a reviewer who read no code wrote against those seven mechanisms: 42
// dangerous twins (a suicidal "don't want to go on with it all", a baby's pauses with blue
// lips, angle-closure glaucoma, a stroke in someone with a bad back, a diabetic's chest pain
// unrelieved by Gaviscon, a GTN spray that has not worked, a feverish baby's non-blanching spots)
// and 28 routine look-alikes.
//   before the changes: 55 of 70 reviewer messages at their level; after: 70 of 70 (two of the
//   misses, a GTN spray used twice and a diabetic's antacid, were older gaps in recall).
// Then three routine messages of a fresh set written for phase 17 (test/fixtures/triage-everyday,
// fresh-everyday-p17.json), read as emergencies after its one scoring: a toddler's
// breath-holding spell, "did I overdose on caffeine?" after coffees, a 14-year-old's acne (the
// net); each with twins of mine that must stay at their level (a child blue and floppy after
// holding his breath, caffeine pills with vomiting, acne with goodbye letters). Last, two of
// mine from the review of the whole change: a child's pauses in sleep are sleep apnoea only
// when snoring is said ("my 3 year old stopped breathing in her sleep for about 20 seconds"
// stays an emergency).
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p17-everyday.json' with { type: 'json' };

describeProbes(
  'phase 17 triage probes: everyday false alarms, their twins and look-alikes (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
