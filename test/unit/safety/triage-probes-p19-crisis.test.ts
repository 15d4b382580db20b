// Probes for phase 19's second fresh set (160 first messages by an author of no code, leaning
// to indirect crisis talk, babies and carers): suicide said in slang ("kms", "unalive"), "I just
// want the pain to stop for good" with a goodbye "to whoever reads this", and a baby's age given
// as "born 10 days ago" (a fever under 3 months is an emergency). Look-alikes stay routine: an
// exam that will "make me kms lol", a parent asking what "unalive" means, back pain to stop for
// good, a paracetamol dose, a son born 10 years ago. Kept out of the triage net's training
// (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p19-crisis.json' with { type: 'json' };

describeProbes(
  'phase 19 triage probes: crisis slang, goodbyes, a newborn born days ago (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
