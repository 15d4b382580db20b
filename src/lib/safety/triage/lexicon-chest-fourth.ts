// Lexicon, phase 25, stop 46 thirteenth round: chest, heart and breathing, a fifth author on the
// theme (fresh-triage-p28k.json, committed unread at f231b9b and read once at 2700624: no
// emergency missed, 3 of 80 urgent read routine). Same day: a sharp pain on one side only on a
// deep breath since yesterday (pleuritic pain), a pounding heart then a blackout last week (firm
// against the net, net.ts), sore ribs after a fall on rivaroxaban with tiny breaths and a new
// cough. Sources: NHS 111 (new pleuritic chest pain: seen the same day), NICE CG109 (a blackout
// with palpitations: a specialist within 24 hours), NICE CKS (rib fractures in older people or on
// anticoagulants: assessed the same day). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Read only beside other signs (cues). */
export const CHEST_FOURTH_CUES: Concepts = {
  // Breaths kept small because deep ones hurt.
  shallow_breaths: [
    '(tiny|small|shallow|little) breaths',
    "(can't|cannot|cant) (take|get) a (deep|full|proper) breath (because|cos|as) (it|that) (hurts|is sore)",
  ],
  // Pain sharp or stabbing.
  sharp_stabbing: ['(sharp|stabbing|knife ?-?like|catching)'],
};
