// Rules, stop 52: two dangers in the weeks after a birth that the rules missed (lexicon-same-day-
// fifth.ts), and crisis words the rules set aside; stop 53: intent with the means ready
// (lexicon-same-day-sixth.ts). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const CRISIS_SEVENTH_RULES: readonly RuleSource[] = [
  // Thoughts of taking the baby or the children too ("I wouldn't do anything but last night I
  // thought about taking us both"): 999 whatever is said of a plan (NICE CG192, NG225).
  ['suicide-risk', 'taking_others_too'],
  // After a birth, the baby believed not theirs, swapped or evil, or voices heard: postpartum
  // psychosis (NICE CG192: the perinatal or crisis team within hours; the spent fresh sets'
  // authors gave every such message 'emergency', and mania alone after a birth 'urgent').
  [
    'mental-health-danger',
    '(postpartum | postpartum_word | postpartum_said) & (baby_not_theirs | psychosis) & !(psychosis_dx & !postpartum_said & !postpartum_word)',
  ],
  // A decision told calmly, with a railway, a bridge or a height named and time alone arranged
  // ("I feel really calm now. I've decided. Checked the train times for the line behind halls
  // and my flatmates are away this weekend so nobody will bother me": stop 52, read routine).
  ['suicide-risk', 'decided_final & means_place_lay & alone_arranged'],
  // Intent to die with the means told as ready, even inside a condition ("if one more thing goes
  // wrong i'm going to kill myself, i've got the rope ready": stop 53, a probe that read routine,
  // the "if" setting both aside). Read from cues, whatever the scope.
  ['suicide-risk', 'intent_to_die_said & means_ready_lay'],
  // A belief of flying or being invulnerable with a balcony, a window or a height named ("out on
  // our 4th floor balcony saying he can fly. We can't get him back in": stop 53, fresh-triage-p29j
  // kb150, read same day).
  ['mental-health-danger', 'invulnerable & high_place_lay'],
];
