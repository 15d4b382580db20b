// Rules, phase 25 thirtieth round: mood, crisis and self-harm, a second author on p25x's theme
// (lexicon-crisis-second.ts; fresh-triage-p26h, read at cc06040). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const CRISIS_SECOND_RULES: readonly RuleSource[] = [
  // Many tablets taken, in any English (A&E now; a week's supply at once is
  // supply_taken_at_once, rules-older-carers.ts).
  ['overdose-poisoning', 'took_many_lay'],
  // Psychosis, mania or a belief of being invulnerable on a roof ("now hes on the garage roof
  // saying he can fly down"; not "thinks he's invincible" alone, which a p24g author labels for
  // today), or a tool taken to confront someone (999).
  ['mental-health-danger', '(mania | psychosis | invulnerable) & on_roof_lay'],
  [
    'mental-health-danger',
    '(psychosis | psychosis_dx | persecutory_lay) & weapon_tool_more & (persecutory_lay | psychosis | harm_others | weapon_tool)',
  ],
  // A pupil's fresh self-harm she wants kept from her parents (the safeguarding lead today).
  ['mental-health-urgent', '(self_harm_done | self_harm_minor) & keep_from_parents'],
  // A benzodiazepine stopped cold turkey after long use (fits: a doctor today).
  ['medicine-side-effect', 'benzo_stopped_abrupt & benzo_long_use'],
  // Wanting to be with someone who has died, or being a burden, or "not long now" (NICE NG225:
  // the same day).
  [
    'mental-health-urgent',
    'join_dead_wish | burden_lay & (low_mood | hopeless_lay | passive_death_wish | suicidal | not_eating_drinking | burden_lay)',
  ],
];
