// Rules, phase 25 sixty-seventh round: sexual and reproductive health, a third author
// (lexicon-sexual-third.ts; fresh-triage-p27w, read once at 3f60cfb). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const SEXUAL_THIRD_RULES: readonly RuleSource[] = [
  // A threat to kill from someone outside or in the house now (999).
  ['someone-in-danger', 'threat_to_kill & threatener_here'],
  // A late period or a pregnancy that may be, with one-sided low pain and shoulder-tip pain or
  // nearly fainting (a ruptured ectopic: 999).
  [
    'pregnancy-emergency',
    '(period_late | periods_stopped | early_pregnancy | period_late_positive | preg_test_positive) & (low_side_pain | one_side_ache | pain_low_right) & (shoulder_tip | shoulder_tip_lay | near_faint | fainted)',
  ],
  // Spiked and hard to keep awake or being sick again and again (999).
  [
    'overdose-poisoning',
    'spiked_lay & (eyes_barely_open | drowsy | vomit_persistent | unresponsive)',
  ],
  // A child's night-time visits by an adult at home (safeguarding: today).
  ['safeguarding-concern', 'night_visits_child & (child | teen_word | child_word)'],
];
