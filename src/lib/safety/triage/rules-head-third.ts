// Rules, phase 25 fifty-seventh round: the head, nerves, eyes and balance, a fourth author
// (lexicon-head-third.ts; fresh-triage-p27k, read once at 150ffee). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const HEAD_THIRD_RULES: readonly RuleSource[] = [
  // One ear that can barely hear since yesterday or overnight (sudden hearing loss: ENT today).
  ['sudden-hearing-loss', 'hearing_barely & (since_yesterday | sudden | overnight | abrupt)'],
  // A tooth socket still oozing after biting on gauze (the dentist or 111 today).
  ['bleeding-needs-check', '(tooth_extraction | dental_work) & socket_oozing'],
];
