// Probes for phase 24's fifth fresh set (test/fixtures/triage-everyday/fresh-triage-p24e.json:
// 160 first messages by an author of no code on the belly, bowels, waterworks and genitals),
// fixed by mechanism with twins. Emergencies: a toilet gone red or big clots passed; a fever with
// a racing heart or fast breathing days after an operation; a patch of skin gone dark or purple
// with fever (necrotising infection). For today: a sexual assault told in lay words ("kept going
// when I told him to stop", "I didn't consent"), a tampon stuck for days. Routine: a symptom that
// "doesn't wake me up at night", a tampon already out, a split condom on the pill with none
// missed. Twins stay: someone who cannot be woken, a split condom with no contraception or missed
// pills, a wound a bit red after surgery without fever. Kept out of the triage net's training
// (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p24e-fresh.json' with { type: 'json' };

describeProbes(
  'phase 24 triage probes: the belly, bowels, waterworks and genitals, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
