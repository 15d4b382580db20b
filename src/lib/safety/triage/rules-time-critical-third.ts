// Rules, stop 49: time-critical emergencies that the rules knew by name but not as people tell
// them, read on five of the ten sets committed unread at stop 48's end (fresh-triage-p29v,
// p29x, p30a, p30c, p30d; docs/history/triage-net.md, "Stop 49"). The other five sets stay held
// out. Most fixes of the round widen existing concepts (a boiler, a cord, a spinal level, a
// rock-hard bump, blood down the legs, a pet rehomed); these are the new combinations.
// Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const TIME_CRITICAL_THIRD_RULES: readonly RuleSource[] = [
  // Jaw and teeth aching with a clammy sweat and sickness or breathlessness that began within
  // the hour: cardiac pain felt in the jaw, with no chest pain "as such" (NICE CG95: 999;
  // fresh-triage-p29v kn106, 67, "had a filling last month maybe its that?").
  [
    'chest-pain-red-flags',
    'jaw_ache_lay & (clammy | sweaty) & (nausea | breathless | vomiting) & (onset_last_hour | sudden)',
  ],
  // After egg collection: the tummy swollen, breathless lying down and little dark urine (severe
  // ovarian hyperstimulation: hospital now, RCOG Green-top 5; fresh-triage-p30c ku157).
  [
    'very-unwell',
    'fertility_treatment & (distension | belly_blown | bloated_lay) & (breathless | orthopnoea) & (little_urine | little_urine_more | tiny_amount | pee_little | dark_urine)',
  ],
  // The means ready with goodbyes done: letters written, a pet rehomed (fresh-triage-p29x
  // kp085: "i've got what i need in the garage ... before tonight").
  [
    'suicide-risk',
    'means_in_hand & (letters_written | giving_things | farewell_words | goodbye_cue | hopeless_lay)',
  ],
  // A birth happening now: pushing or the head seen, with a baby named (fresh-triage-p30l ld154:
  // "she's pushing, i can see the head!!! ... 2nd baby"; no pregnancy word).
  ['pregnancy-emergency', 'birth_imminent & (baby_word | child_word)'],
  // In labour after a caesarean, with pain along the scar or contractions stopped for a constant
  // pain (uterine rupture, RCOG Green-top 45: 999; fresh-triage-p30l ld132).
  [
    'pregnancy-emergency',
    'previous_caesarean & (contractions | contractions_regular | labour_now_lay) & (scar_pain_labour | tearing | constant_pain)',
  ],
];
