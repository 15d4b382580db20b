// Probes for phase 24's second fresh set (test/fixtures/triage-everyday/fresh-triage-p24b.json:
// 160 first messages by an author of no code on infections, fevers, rashes and reactions),
// fixed by mechanism with twins. Emergency: a fever in pregnancy with the baby moving less
// ("barely moved since this morning"). For today: a chickenpox contact when pregnant or on
// immunosuppressants and not immune, a chest infection with a fever at 65 or over, a urine
// infection in a man (firm: the net cannot take it back), antibiotics two days or more and no
// better. Routine: a child with a fever who is playing and eating, or perked up after Calpol;
// "raging" words under a measured 39; roseola's rash once the fever has gone; improving on
// antibiotics; "hurts to swallow but managing"; shingles crusting after a week; a bite's own
// warm swelling; pityriasis rosea's "christmas tree". Twins stay: a baby under 3 months, a
// rash that does not fade, fast breathing, a fever of 4 days, a first or long febrile fit. Kept
// out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts). A regression
// guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p24b-fresh.json' with { type: 'json' };

describeProbes(
  'phase 24 triage probes: infections, fevers, rashes and reactions, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
