// Probes for phase 22's second fresh set (test/fixtures/triage-everyday/fresh-triage-p22a.json:
// 160 first messages by an author of no code on situations that change the answer — medicine
// effects, after operations, outdoors, chronic conditions flaring, care homes with
// observations), by mechanism, with twins. A fresh cast with worsening pain and cold, tingling
// toes is an emergency; a cast gone tight, ticagrelor or clopidogrel run out after a stent, an
// SGLT2 inhibitor with sickness, a man's urine infection ("Mr K"), a cloudy PD bag, a lithium
// level over the range, milder serotonin toxicity and fever on daily prednisolone are for today.
// Routine: an adult's snoring with pauses, a high sugar already corrected, an episode "all gone
// now" that raised only an urgent flag, a face swelling after an extraction that is going down,
// an INR in range, and "i feel hot" is no hot knee. Twins stay. Kept out of the triage net's
// training (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p22a-fresh.json' with { type: 'json' };

describeProbes(
  'phase 22 triage probes: situations that change the answer, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
