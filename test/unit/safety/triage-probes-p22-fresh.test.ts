// Probes for phase 22's fresh set (test/fixtures/triage-everyday/fresh-triage-p21b.json: 160
// first messages by an author of no code on message shape — one-word messages, forum posts,
// pasted results and readings), by mechanism, with twins. A dated event inside a hypothetical
// ("what do you do if your flatmate took like 30 paracetamol about an hour ago"), medicines
// saved up until "there's enough now", blue lips spelled "bleu", a lay word for the breast and
// "not even water" after "can't keep anything down" are read; so are bruises "i dont remember
// getting" with bleeding gums, and repeated home readings of 180/110 or more however well the
// writer feels. A "worst pain ever" in the side or back is no headache, a feverish child who is
// sleepier but wakes and smiles is for today, and a breastfeeding mother's fever with a red
// wedge on her "boob" is hers; an arm cut "on a fence" is an injury, not self-harm. Twins stay. Kept out of the triage net's training (HELD_OUT in
// scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p22-fresh.json' with { type: 'json' };

describeProbes(
  'phase 22 triage probes: message shape, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
