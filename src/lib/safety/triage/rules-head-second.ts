// Rules, phase 25 thirty-fifth round: the head, nerves, senses and balance
// (lexicon-head-second.ts; fresh-triage-p26n). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const HEAD_SECOND_RULES: readonly RuleSource[] = [
  // Suddenly disoriented (NHS: sudden confusion, 999), even asked as "is this dementia".
  ['confusion-drowsy', 'disoriented_lay & (sudden | onset_last_hour)'],
  // Constant spinning with vomiting or unable to stand (same day).
  ['neuro-warning', 'vertigo_constant & (vomiting | cant_stand | cant_stand_move)'],
  // A first-ever aura, zigzags or flashing lights, with a headache (same day).
  ['headache-warning-signs', '(zigzag_lay | aura_lay | flashing_lights) & never_migraine_lay'],
  // A wrist that hangs (same day).
  ['neuro-warning', 'wrist_drop_lay'],
  // An older person who went down with no warning (NICE CG109: same day).
  ['fainting', 'drop_no_warning & (older | older_word | older_age | found_down | floor_long)'],
  // Lost on a familiar route in the last days or weeks, with muddle (an urgent referral).
  [
    'older-adult-decline',
    'lost_familiar_route & recent_weeks & (confused | forgetful | older | older_word)',
  ],
];
