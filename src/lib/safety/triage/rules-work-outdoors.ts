// Rules, phase 25 thirty-seventh round: work, sport, travel and the outdoors
// (lexicon-work-outdoors.ts; fresh-triage-p26p). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WORK_OUTDOORS_RULES: readonly RuleSource[] = [
  // A foot or hand run over by a vehicle, swollen, bruised or painful (an X-ray today).
  [
    'possible-fracture',
    'run_over_limb & (injury_swelling | swollen_any | bruise_any | limb_pain | severe | severe_pain_any | blood_heavy_amount)',
  ],
  // A pop with the muscle bunched up, or a pop with a big bruise at the elbow (tendon rupture:
  // early orthopaedic assessment).
  ['possible-fracture', 'tendon_pop_bunched & !healed'],
  // Arc eye: eyes full of sand after welding or grinding (eye casualty or urgent care today).
  ['eye-warning', 'eye_tool_work & eyes_gritty_lay'],
  // Altitude sickness: a headache at height with vomiting, or with sickness, no appetite or no
  // sleep that painkillers do not shift or that is bad (do not go higher; a doctor today). A
  // mild headache with a poor appetite is self-care (fresh-triage-p25e fw106, routine).
  [
    'altitude-sickness',
    'altitude & headache & (vomiting | (nausea | not_eating_drinking | not_sleeping) & (altitude_not_settling | severe | severe_pain_any)) & !(mild & !altitude_not_settling & !vomiting)',
  ],
];
