// Rules, phase 25 twenty-ninth round: infections in adults and teenagers
// (lexicon-infections-more.ts; fresh-triage-p26g, read at d9b3a89). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const INFECTIONS_MORE_RULES: readonly RuleSource[] = [
  // Close to someone who now has meningitis (UKHSA: antibiotics may be needed; today).
  ['exposure-treatment', 'meningitis_contact_more'],
];
