// Rules, stop 47: eyes, ears, nose, throat and teeth, and a poorly child
// (lexicon-child-senses-fifth.ts; fresh-triage-p29g and p29c, read once with the triage of
// 565cacc). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const CHILD_SENSES_FIFTH_RULES: readonly RuleSource[] = [
  // Strangulation with a changed voice, painful swallowing or breathlessness (FFLM: A&E).
  [
    'serious-injury',
    'strangled_lay & (voice_change | cant_swallow | breathless | stridor | fainted | confused)',
  ],
  ['safeguarding-concern', 'strangled_lay', { firm: true }],
  // Drooling or unable to swallow spit, a muffled voice and a noise breathing in (999).
  ['airway-blocked', 'stridor & (dribbling_lay | swallow_blocked | muffled_voice)'],
  // Thirst and much urine, then vomiting and sighing breathing or drowsiness (DKA: 999).
  [
    'diabetes-emergency',
    '(polydipsia | polyuria | diabetic | type1) & (vomiting | abdo_pain) & (sighing_breathing | drowsy | confused & (polydipsia | polyuria))',
  ],
  // A button battery in the nose or ear (NHS: A&E at once).
  ['swallowed-hazard', 'battery_described & nose_ear_object'],
  // The same day, firm against the net.
  ['dental-infection', 'tooth_pushed_up & (adult_tooth | fall | injury_event)', { firm: true }],
  [
    'bleeding-needs-check',
    '(tooth_extraction | dental_work) & still_oozing & gauze_bitten',
    { firm: true },
  ],
  [
    'eye-warning',
    '(shingles_face | cold_sore_eye) & face_eye_said & (eyes_gritty_lay | photophobia | blurred_vision)',
    { firm: true },
  ],
  [
    'headache-warning-signs',
    '(morning_headache | morning_headache_lay) & (clumsy_new | sick_mornings | vomiting) & (child | child_word | child_age)',
    { firm: true },
  ],
];
