// Lexicon, phase 25, stop 46 tenth round: infections in adults, a fourth author on the theme
// (fresh-triage-p28j.json, committed unread at f231b9b and read once there: 2 of 40
// emergencies missed, 1 of 80 urgent read routine). Bloody diarrhoea after a barbecue last week,
// now barely passing urine with a puffy face and ankles and bruises unexplained (haemolytic
// uraemic syndrome); paracetamol every 4 hours "day and night" with Lemsip on top, now sick,
// yellow and sore under the right ribs (lexicon-poison-blood.ts). Same day: "tested positive for
// covid" on rituximab (lexicon-devices.ts). Its 999 over-reads: sepsis in January, in intensive
// care, asked about now; shaking after a cold-water swim, warmed up, asked whether it was a
// rigor. Sources: UKHSA (STEC: bloody diarrhoea then less urine, swelling or bruising is HUS,
// A&E), NICE TA878 (COVID-19 antivirals within 5 days for the highest-risk), NICE NG51 (life
// after sepsis). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Read only beside other signs (cues). */
export const INFECTIONS_FOURTH_CUES: Concepts = {
  // A stay in intensive care, or sepsis, dated months ago and asked about ("I was in ICU with
  // sepsis in January ... Is this normal after sepsis?").
  sepsis_past_asked: [
    '(was|been|were|ended up) (in )?(icu|itu|intensive care|hdu|hospital) (with|for|from) sepsis (in|last|back in|\\d+ (months?|years?) ago) ~4 (january|february|march|april|may|june|july|august|september|october|november|december|year|spring|summer|autumn|winter|month)',
    '(had|survived|recovered from|recovering from) sepsis (in|last|back in|\\d+ (months?|years?) ago|a few months ago)',
    '(after|since|following) (my |the )?sepsis',
  ],
  // Shivering after cold water, warmed up since.
  cold_water_shiver: [
    '(cold water|cold|sea|lake|open water|wild) swim*',
    '(sea|water|lake|river) (was )?\\d+ ?(degrees|c)\\b',
  ],
};
