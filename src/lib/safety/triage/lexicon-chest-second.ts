// Lexicon, phase 25 thirty-fourth round: the chest, heart, lungs and breathing, a second author
// on p25t's theme (fresh-triage-p26m.json, committed unread after cb09ea7, read at once: 3 of 40
// emergencies missed): chest tightness with a sore jaw 40 minutes after the gym asked as "is it
// normal", sudden breathlessness with pain on breathing in at 34 weeks, an ICD gone off 3 times
// in an hour; a peak flow at 60% after steroids ran out, a GP who says go to the ambulatory unit
// today for a high D-dimer, a blood pressure of 84/50 with dizziness on standing on water and
// blood pressure tablets after diarrhoea. Sources: NICE CG95, RCOG Green-top 37b (breathlessness
// and pleuritic pain in pregnancy: a PE until shown otherwise), BHF and NICE TA (more than one
// ICD shock: 999), BTS/SIGN (a peak flow of 50-75% of best: a moderate attack, same day), NICE
// NG158 (a positive D-dimer: imaging today), NICE CKS (sick day rules). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const CHEST_SECOND_SIGNS: Concepts = {
  // An ICD's shocks in lay words, more than once.
  icd_fired_lay: [
    '(icd|defib|defibrillator|implanted defibrillator) ~4 (gone off|went off|going off|fired|shocked me|zapped me|has shocked|kicked in) ~4 (twice|again|(\\d|two|three|four|five|several|multiple|a few) times)',
  ],
  // A peak flow low against the best.
  peak_flow_low_lay: [
    '(peak flow|pef|pefr) ~4 ([2-6]\\d|7[0-5]) ?(%|percent|per cent)',
    '(peak flow|pef|pefr) ~4 (half|about half) (of )?(my|his|her|the) (best|normal|usual)',
  ],
  // Told to go to a hospital unit today.
  go_in_today: [
    '(need|needs|told|said|want|wants) ~3 (go|come|attend|get) (to|into|up to) (the |a )?(ambulatory|a&e|hospital|sdec|assessment|emergency department|same day emergency|medical assessment) ~4 (today|this afternoon|this morning|tonight|now)',
  ],
};
