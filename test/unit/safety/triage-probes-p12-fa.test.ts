// Probes for phase 12, helper fa (issue 10: false alarms on routine look-alikes), in
// probes-p12-fa.json: 95 written BEFORE any change, 58 routine look-alikes over 25 kinds (an
// episode checked and cleared in A&E, by a GP, a scan or paramedics; a harmless explanation:
// beetroot, iron tablets, coffee, a known cause; hypotheticals; questions about a condition,
// a named drug or a relative's past event; negated symptoms; hyperbole; a chronic symptom
// unchanged; a past attempt with the person well; a child's ingestion scare that was nothing;
// normal readings in °F, °C, mmol/L, mg/dL) and 37 near-twins that are emergencies or urgent
// (cleared last week but a new sign today, the explanation does not fit, the hypothetical is
// happening now), in texting, typos, non-native English, third person, long, brand names.
// Split by FNV-1a of the text (odd: "split": "held-out", 45 of 95), each half scored before the
// fixes and after them (tuned on the tuning half only):
//   tuning    E 13/13  U 4/4  R 28/33  →  E 13/13  U 4/4  R 32/33 (the one left is open)
//   held-out  E 17/17  U 2/3  R 25/25  →  E 17/17  U 2/3  R 25/25 at its one scoring
// The held-out U miss (red pee blamed on beetroot, "but I haven't eaten any", pain in the side
// and 38.6) was then fixed by the principle it shows (a harmless cause named and denied,
// lexicon-look-alikes.ts): held-out U 3/3 after that, no longer a held-out figure. Then six
// rounds of after-probes ("source": "probe-p12-fa-after", 233), written after the first fixes,
// each scored before the fix it led to: 76/83, 37/40, 36/40, 34/40, 22/26 (rounds 1-2, 3, the
// first 40 of 4, 5, 6); 229/233 after. Each fix is a kind, not a sentence (scope-checked-clear.ts,
// scope-fiction-scene.ts, scope-ingestion-disproved.ts, scope-hypothetical-now.ts,
// scope-hyperbole.ts, scope-people-question.ts, scope-what-like.ts, scope-dated-and.ts,
// scope-age-then-now.ts, lexicon-look-alikes.ts, net.ts's passing moments); no other labelled
// message of the project changed level. Entries still wrong carry a note and a weaker bar, or
// "open" where no bar fits (a bare "I want to die", "gonna kill my brother", a child's blue
// lips from a cold pool: each read at its word on purpose).
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p12-fa.json' with { type: 'json' };

describeProbes(
  'phase 12 triage probes, helper fa (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
