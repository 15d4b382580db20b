// Lexicon, phase 25 sixty-third round: a poorly child from 3 months to 12 years (fresh-triage-p27o
// .json, committed unread at cfba57b and read once there: 2 of 40 emergencies missed): an
// 11-year-old's sore throat for 4 days who "can barely open his mouth", talks "like hes got a hot
// potato in it", dribbling, one side of his neck swollen (quinsy with the airway at risk). The
// other miss, an ear pushed out by a red swelling behind it after a week of earache (mastoiditis),
// stays same day: read as 999 it raised seven spent sets' mastoiditis messages, all labelled same
// day by their authors. Sources: NHS "quinsy" (difficulty opening the mouth, drooling and a muffled
// voice: A&E now). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const CHILD_THIRD_SIGNS: Concepts = {
  // Dribbling told of a child who cannot swallow his spit, in lay words.
  dribbling_lay: [
    'dribbling',
    'drooling',
    "(can't|cannot|won't|unable to) swallow (his|her|their|my) (own )?(spit|saliva)",
  ],
};
