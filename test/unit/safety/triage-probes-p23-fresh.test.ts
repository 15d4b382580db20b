// Probes for phase 22's third fresh set (test/fixtures/triage-everyday/fresh-triage-p22b.json:
// 160 first messages by an author of no code on where the danger sits — buried in a long
// message, added at the end, quoted from a letter or forwarded), fixed in phase 23 by mechanism,
// with twins. Emergencies: "not feeling great, chest pain…" (no negation), pulmonary oedema
// beside "his ankles … but the nurse said that's normal", "he says it's indigestion" (the
// patient's guess is no clinician's), medicines saved up "of my mum's" with letters, a swollen
// calf and a breath that "catches" after a knee replacement. For today: pus told further along
// a wound's sentence, "the midwife isn't due till Friday" (no verdict), a rule flag in a long
// message (the net does not take it back), 102.5 "on the ear thermometer", a measured high sugar
// in type 1. Routine: a quoted "return to ED if…", "doesn't stop breathing or anything", a
// nosebleed that stopped, green phlegm (no green vomit), "5mg OD" (once daily), "the shingles
// one" (a vaccine), palpitations once a month, a nursery's temperature, a bite by "something",
// blood pressure readings in range. Twins stay. Kept out of the triage net's training (HELD_OUT
// in scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p23-fresh.json' with { type: 'json' };

describeProbes(
  'phase 23 triage probes: where the danger sits in a message, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
