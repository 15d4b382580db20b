// Rules, phase 25, stop 46 ninth round: a poorly child from 3 months to 12 years
// (lexicon-child-fourth.ts; fresh-triage-p28h, read once at 451da2f). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const CHILD_FOURTH_RULES: readonly RuleSource[] = [
  // A child who has cut or hurt themselves, not long ago (NICE NG225: assessment the same day).
  // Not a child's friend's cutting that a parent asks how to handle (stop 50, probes).
  [
    'mental-health-urgent',
    '(child | child_word) & cutting_told & !(crisis_long_past | healed | resolved) & !(harm_of_childs_friend & support_question)',
  ],
  // A young child who suddenly will not stand or walk, with no fever (a toddler's fracture or
  // an irritable hip: seen the same day, NICE CKS acute limp).
  [
    'possible-fracture',
    '(child | child_word) & refuses_walk & (sudden | fine_until_today | overnight)',
  ],
];
