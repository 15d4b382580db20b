// Rules, phase 25 sixty-ninth round: nights out, drink and drugs, a third author
// (lexicon-nights-third.ts; fresh-triage-p27u, read once at 3f60cfb). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const NIGHTS_THIRD_RULES: readonly RuleSource[] = [
  // Shaken and shouted at with no response (999, whatever was taken).
  ['unresponsive', 'no_response_lay'],
];
