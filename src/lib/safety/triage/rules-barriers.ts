// Rules, phase 25 fourteenth round: barriers to care (lexicon-barriers.ts; fresh-triage-p25o,
// read once at b0535f6). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BARRIERS_RULES: readonly RuleSource[] = [
  // An ear gone deaf overnight or suddenly (NICE CKS: ENT the same day; steroids work best
  // early), even when the writer assumes wax.
  ['sudden-hearing-loss', 'ear_deaf_lay & (sudden | overnight | abrupt)'],
  // No point in being here any more, said by the person or of them (a mental health team or
  // GP today; 999 if there is a plan or means).
  ['mental-health-urgent', 'point_gone_lay'],
];
