// Probes for phase 18 (issue 11): a rash called itchy that "won't go away" is a lasting skin
// complaint, not a rash that stays under a glass. F17's "itchy red rash on my inner thighs that
// wont go away, its kinda ring shaped" (ringworm) read as meningitis, showed a 999 banner and
// withheld its similar cases (src/lib/chat/cases-withheld.ts). Four such messages must read
// routine; seven twins must stay emergencies: a feverish, floppy or sleepy child whose rash
// won't go away (no itch said), a glass test or purple spots said of an itchy rash, and a rash
// that "was itchy at first but now it's dark purple". Kept out of the triage net's training
// (HELD_OUT in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p18-rash.json' with { type: 'json' };

describeProbes(
  'phase 18 triage probes: an itchy rash that lasts, and its dangerous twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
