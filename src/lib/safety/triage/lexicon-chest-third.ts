// Lexicon, phase 25 fifty-sixth round: the chest, heart and breathing, a fourth author on the
// theme (fresh-triage-p27i.json, committed unread at 9fd35f1, read once at de4f3a1: 2 of 40
// emergencies missed): a child with croup noisy even sitting still, drooling and not lying back;
// the angina spray used more this week with pain on less walking. Sources: NICE CKS "croup"
// (stridor at rest with drooling, agitation or a child who will not lie down: severe, 999),
// NICE CG126 and NHS "angina" (pain coming more often or with less exertion: unstable, a doctor
// today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const CHEST_THIRD_SIGNS: Concepts = {
  // Will not lie back or down, sits up and forward to breathe.
  wont_lie_back: [
    "(won't|wont|will not|refuses to|can't|cannot|doesn't want to) (lie|lay) (back|down|flat)",
    '(sitting|sits|sat) (bolt )?(up|upright|forward) (to breathe|and leaning forward|leaning forward)',
  ],
};

/**
 * Never filtered by scope: the angina spray needed more "this week", told as a change now (the
 * dating of "this week" or "none since yesterday" does not make the worsening over).
 */
export const CHEST_THIRD_CUES: Concepts = {
  angina_more_now: [
    '(using|used|needing|needed|need|taking|had to use) ~3 (spray|gtn|nitro\\w*|angina (spray|tablets?)) (a lot |loads |much |way )?more ~4 (this week|this month|lately|recently|these (last )?(few )?days|the (last|past) (few )?(days|week|fortnight))',
    '(pain|angina|tightness|it) (is |keeps |has been )?(coming on|comes on|starting|starts) (with|after|on) less (walking|exercise|exertion|effort|activity)',
  ],
};
