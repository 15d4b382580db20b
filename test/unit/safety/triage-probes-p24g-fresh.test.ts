// Probes for phase 24's seventh fresh set (test/fixtures/triage-everyday/fresh-triage-p24g.json:
// 160 first messages by an author of no code on the mind, crisis and substances), fixed by
// mechanism for its emergency misses, with twins. Emergencies: someone "fitting" after drugs, a
// child locked out in the cold at night, a bare count taken after a question about a medicine
// ("took 24"), hallucinations in the weeks after a birth. For today: a trip to a bridge or cliff
// after long suicidal thoughts, home again. Routine: "I could die. Of embarrassment.", jeans
// "fitting" tight, locked out of the house, two paracetamol. Kept out of the triage net's
// training (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p24g-fresh.json' with { type: 'json' };

describeProbes(
  'phase 24 triage probes: the mind, crisis and substances, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
