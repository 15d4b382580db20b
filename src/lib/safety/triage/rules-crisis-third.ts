// Rules, phase 25 fifty-fifth round: mood, crisis and self-harm, a third author
// (lexicon-crisis-third.ts; fresh-triage-p27j, read once at b958a81). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

/** Low mood or hopelessness in any words the lexicon knows. */
const LOW =
  '(low_mood | low_mood_plain | hopeless_lay | suicidal | passive_death_wish | done_cue | had_enough)';

export const CRISIS_THIRD_RULES: readonly RuleSource[] = [
  // "Decided tonight's the night" with a note of goodbye or of low mood (Samaritans: a sudden
  // calm after a decision is a warning sign; 999). Not "feeling better" alone: "tonight's the
  // night! feeling better after the flu so going to the party" is a party.
  [
    'suicide-risk',
    `decided_the_night & (farewell_said | farewell_words | goodbye_cue | goodbye_word | ${LOW})`,
  ],
  // A farewell posted or said, and nobody can reach them (999 for a welfare check).
  [
    'suicide-risk',
    '(farewell_said | farewell_words | goodbye_cue | goodbye_word) & (nobody_reaches | not_answering)',
  ],
  // "Says he is next" after a death or a killing, with a gun at home or the means (999); with low
  // mood alone, for today ("since grandad died, dad keeps saying he's next" may mean his age).
  ['suicide-risk', 'says_next & (firearm_access | crisis_means)'],
  ['mental-health-urgent', `says_next & ${LOW}`],
  // Mania or a belief of being invulnerable, going up to a roof (999).
  ['mental-health-danger', '(mania | psychosis | invulnerable) & going_up_roof'],
  // Affairs put in order or treasured things given away, with low mood, then gone out telling no
  // one to wait up or not answering (a missing person at risk: 999).
  [
    'suicide-risk',
    `(affairs_lay | affairs_prep | giving_treasured | giving_things) & ${LOW} & (gone_no_wait | not_answering | nobody_reaches | danger_place | water_place)`,
  ],
  // Two warning signs together without a plan told (NHS: get help today): things given away,
  // affairs put in order, "won't be needing them", "not being around by christmas".
  [
    'mental-health-urgent',
    `giving_treasured & (wont_need_them | not_around_by | affairs_lay | ${LOW}) | affairs_lay & (wont_need_them | not_around_by | ${LOW}) | not_around_by & (wont_need_them | ${LOW})`,
  ],
  // The overdose asked about with the tablets already taken (TOXBASE: A&E).
  ['overdose-poisoning', 'od_count_question & (self_reveal | ingested)'],
  // The crisis team's call after an overdose did not come (NICE NG225: follow-up within 48 hours
  // after discharge; the days after are the riskiest).
  ['mental-health-urgent', '(overdose | overdose_past_cue | self_harm_done) & followup_missed'],
];
