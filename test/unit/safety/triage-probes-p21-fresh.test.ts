// Probes for phase 21's first fresh set (test/fixtures/triage-everyday/fresh-triage-p21a.json:
// 160 first messages by an author of no code leaning to hidden and social danger — drugs and
// drink, overdoses asked about casually, domestic violence, assault, self-harm, eating
// disorders), by mechanism, with twins. A danger place said as now ("standing on the bridge
// rn"), GHB or benzodiazepine withdrawal with hallucinations, slow breathing after a sedative
// or drink, "is it bad if I took 15 of my sleeping tablets" (an event, not a question) and
// "talking weird" with a fever are emergencies; being choked, a pregnant woman pushed, a child
// telling of abuse and a needle-stick are for today. Routine: "want to stop" drinking, "can you
// actually overdose on weed", "could kill my boss lol", "killing myself at the gym", "blackout
// drunk", a friend's healed self-harm, "clean for 6 years", 15 vitamin C gummies. Twins stay.
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts). A
// regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p21-fresh.json' with { type: 'json' };

describeProbes(
  'phase 21 triage probes: hidden and social danger, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
