// Probes for phase 23's fresh set (test/fixtures/triage-everyday/fresh-triage-p23a.json: 160
// first messages by an author of no code on life stages and body areas — pregnancy and birth,
// babies, children and teenagers, eyes, ENT, teeth, skin, genitals and sexual health, older age,
// carers), fixed by mechanism with twins. Emergencies: a baby that "hasnt really moved since last
// night" at 33 weeks, an urge to push with contractions (birth imminent). For today: "26 weeks
// pg" with itching "on my palms and the soles". Routine: a nail gone black under a dropped tin,
// bumps on "the head of my penis", spots "with yellow middles", "confused which one is for
// what" among 14 tablets, a weak urine flow. Twins stay. Kept out of the triage net's training
// (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p23a-fresh.json' with { type: 'json' };

describeProbes(
  'phase 23 triage probes: life stages and body areas, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
