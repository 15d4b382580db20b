// Probes for phase 24's reading of phase 23's unread set (test/fixtures/triage-everyday/
// fresh-triage-p23b.json: 160 first messages by an author of no code on time and change), fixed
// by mechanism with twins. An episode on an earlier day that went away and has not come back is
// a warning sign that has passed, for today (chest pain two days ago, a numb clumsy hand
// yesterday afternoon), not while it is back or anything of it is still there, and never for a
// button battery or magnets swallowed days ago. A faint long past with a clear trigger ("on the
// floor for a few seconds"), a tight chest that two puffs of the reliever cleared, a slow change
// over a year (forgetfulness, breathlessness on hills) are routine; known angina coming on with
// less effort, a long steroid course stopped all at once with dizziness, a second missed pill
// with sex are for today. Kept out of the triage net's training (HELD_OUT in
// scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p24-fresh.json' with { type: 'json' };

describeProbes(
  'phase 24 triage probes: time and change, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
