// Probes for phase 20's two fresh sets (160 first messages each by authors of no code:
// test/fixtures/triage-everyday/fresh-triage-p20a.json and -p20b.json), by mechanism, with
// twins. Pink froth with breathlessness is an emergency; "how many of my X would it take",
// its end unsaid, is suicidal talk; "killing myself with night shifts", an arm sore after
// lifting, a programme watched about sepsis, a concussion already seen in A&E and fine since, a
// kitchen-knife cut, a crushed fingertip and "a faint rash" are no emergencies; a clinic's
// "call the doctor" about an INR of 7.8 clears nothing; sudden hearing loss on waking, a
// reliever every few hours, a child drinking only a little, a wound come apart, a contact
// lens wearer's painful red eye are for today; a bruise going yellow, gums bleeding into the
// spit, "heard it gives them a fever" and skin that "burns easily" are routine. Their twins
// stay where they were, and so does a friend's post (it may tell of an overdose now, so a
// friend's story of a battery swallowed and operated on stays an emergency: left). Kept out
// of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts). A regression
// guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p20-fresh.json' with { type: 'json' };

describeProbes(
  'phase 20 triage probes: what two fresh sets found, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
