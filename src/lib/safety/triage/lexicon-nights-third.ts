// Lexicon, phase 25 sixty-ninth round: nights out, drink and drugs, a third author on the theme
// (fresh-triage-p27u.json, committed unread at 3f60cfb and read once there: 1 of 40 emergencies
// missed): someone "asleep" and snoring loudly an hour after G (GHB), "we shook her and shouted
// and nothing", asked "is it normal". Sources: NHS "GHB" and Resuscitation Council UK (someone who
// cannot be roused: 999, the recovery position). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const NIGHTS_THIRD_SIGNS: Concepts = {
  // Shaken and shouted at with nothing back: "we shook her and shouted and nothing".
  no_response_lay: [
    "(shook|shaken|shaking|shouted at|shouting at|shouted|pinched|rubbed|splashed|called) (her|him|them|my \\w+) ~6 (and )?(nothing|no response|no reaction|not a flicker|didn't (wake|respond|move|react|flinch)|didnt (wake|respond|move|react)|won't wake|wont wake|doesn't wake|doesnt wake)",
  ],
};
