// Rules, stop 50: emergencies read on the three sets left unread at stop 49's end (fresh-triage-
// p30h, p30i, p30j; docs/history/triage-net.md, "Stop 50"); the three new sets split off for this
// stop stay held out. Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const TIME_CRITICAL_FOURTH_RULES: readonly RuleSource[] = [
  // A week or more without food with a faint on standing or a slow heart: the physical risk of
  // starvation (RCPsych MEED 2022: syncope or bradycardia is a red flag, hospital now; la030).
  [
    'very-unwell',
    'starved_week & (fainted & !faint_explained | hr_slow | heart_slow_lay | collapse | chest_pain)',
  ],
  // Sight gone in one eye with the signs of giant cell arteritis (a tender scalp, a jaw that
  // aches to chew), even come back: the other eye is at risk within hours (BSR 2020, NICE CKS:
  // immediate steroids and eye assessment; lb016). A headache of two weeks is not the loss's
  // onset, so the slow-onset exception of 'vision_gone_lay' does not apply.
  ['eye-emergency', 'gca & vision_gone_lay'],
  // A child left in a hot car who has not woken properly (heatstroke: 999 and cool now, NHS;
  // kt072).
  ['temperature-emergency', 'heat_exposure & not_woken_properly'],
];
