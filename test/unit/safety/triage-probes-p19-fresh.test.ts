// Probes for phase 19: what a fresh set of 160 first messages by an author of no code
// (typos, texting, third persons, hypotheticals) found, by mechanism, with twins. Diarrhoea or
// vomiting with little urine ("only peed once") and dizziness is dehydration, seen today;
// "hypothetically if…" and "theoretically if…" are imagined like "if…"; someone's death from a
// condition ("her cousin died of sepsis") is a story, not a sign; "is chest pain a symptom of
// covid?" asks about the symptom. Their twins stay emergencies: a bite, a battery swallowed or a
// stroke happening now, sepsis or heart-attack signs told after a relative's death, crushing
// chest pain told after the question. Kept out of the triage net's training (HELD_OUT in
// scripts/lib/triage-labelled.ts). A regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p19-fresh.json' with { type: 'json' };

describeProbes(
  'phase 19 triage probes: dehydration, hypotheticals, deaths and symptom questions (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
