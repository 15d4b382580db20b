// Probes for phase 14, helper recall (issue 10: plain emergencies read as routine), in
// probes-p14-recall.json: 113 written BEFORE any change, new wordings of nine families with
// routine look-alikes of each (a fit that stopped after a minute, a bridge walked across, a
// baby moving loads, an aortic bulge checked and stable...): a fit told only as shaking or
// jerking that will not stop in someone with epilepsy; a danger place said with "I'm", "at" or
// "on the edge of" and hopelessness in lay words; sight gone from one eye said plainly; no
// movement felt at all with a hedge ("I don't think I've felt him move"); a button battery
// described, not named, missing with a small child; a known aneurysm in lay words with severe
// back or belly pain; heatstroke, a big gut bleed with a faint and a bleed on a blood thinner
// that will not stop. Split by FNV-1a of the text (dev-set halfOf; "split": "held-out"), each
// half scored before and after (tuned on the tuning half only):
//   tuning    E 28/43  R 15/17  →  E 43/43  R 15/17
//   held-out  E 27/33  R 19/20  →  E 32/33  R 19/20 after the first change, E 33/33 after the
//   second (its one miss, a bleed on blood thinners, was seen in this test's output; the fix
//   came from blind set 18's warfarin nosebleed and the tuning half)
// Entries the rules still miss are marked "open" with the reason (not asserted).
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts).
// A regression guard, NOT an evaluation (that is the next blind set).
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p14-recall.json' with { type: 'json' };

describeProbes(
  'phase 14 triage probes, helper recall (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
