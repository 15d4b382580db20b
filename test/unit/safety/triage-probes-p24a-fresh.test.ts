// Probes for phase 24's fresh set (test/fixtures/triage-everyday/fresh-triage-p24a.json: 160
// first messages by an author of no code on numbers, devices and long-term conditions), fixed by
// mechanism with twins. Emergencies: a slow pulse with near-faints in lay words ("everything
// went grey", "had to grab the counter"), a meter that says HI with thirst or sickness, a raised
// or rising troponin and a hospital calling someone back. For today: blood results (a
// potassium of 6.0 to 6.4, a sodium of 125 to 129, an acute kidney injury, a repeat the surgery
// wants within a day), a fistula gone quiet, one ICD shock and well since, a finger-prick sugar
// of 28 with thirst, a dry socket, a stingy wee in pregnancy, HIV medicines left at home.
// Routine: an oxygen reading at a person's stated usual level, a low reading from cold fingers
// corrected, a corrected sugar with normal ketones, a dry mouth on waking with a CPAP mask, a
// nephew who "came round", a district nurse who "doesnt answer". Kept out of the triage net's
// training (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p24a-fresh.json' with { type: 'json' };

describeProbes(
  'phase 24 triage probes: numbers, devices and long-term conditions, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
