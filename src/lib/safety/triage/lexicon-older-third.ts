// Lexicon, phase 25 sixty-second round: older people and their carers, a third author on the theme
// (fresh-triage-p27p.json, committed unread at cfba57b and read once there: 2 of 40 emergencies
// missed): a grandmother whose face "is looking lower on the left side" with tea coming out of her
// mouth, a dosette box with "all 7 days ... empty" on digoxin; and same-day needs read routine: a
// syringe driver alarming "occlusion" at the end of life, a bedbound father's heel sore gone black
// with yellow stuff and a smell, an 88-year-old drinking very little with dark urine and dizzy on
// standing. Sources: NHS "stroke" (FAST), NHS "pressure ulcers" (a sore that is black, smelly or
// oozing: the GP or district nurse today), NICE NG31 and Marie Curie (a syringe driver that stops
// needs the palliative or district nurse now), NHS "dehydration" (older adults: dark urine and
// dizziness, advice today). The face and the dosette box are read by face_droop, mouth_dribble
// and supply_taken_at_once. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const OLDER_THIRD_SIGNS: Concepts = {
  // A syringe driver or a pump that has stopped or alarms.
  syringe_driver_alarm: [
    '(syringe driver|driver|pump|mckinley|t34) ~6 (alarm\\w*|beeping|beeps|stopped|occlusion|occluded|blocked|not working|keeps going off)',
    'occlusion',
  ],
  // A sore gone black, or oozing and smelly: "heel sore has gone black ... yellow stuff ... smell".
  sore_gone_bad: [
    '(heel|bottom|bum|sacrum|hip|pressure|bed) (sore|ulcer|area|wound) ~6 (gone |turned |going |is |looks )?(black|dark|purple)',
    '(heel|bottom|bum|sacrum|hip|pressure|bed) (sore|ulcer|area|wound) ~12 (smell\\w*|stinks|pus|yellow stuff|green stuff|oozing|weeping)',
  ],
  // Drinking very little for a day or more.
  drinking_little: [
    '(drink|drinks|drinking|drank|drunk) (very |so )?(little|hardly anything|next to nothing|almost nothing)',
    '(hardly|barely|not) (drinking|drinks|drank|drunk) (anything|much)',
  ],
};
