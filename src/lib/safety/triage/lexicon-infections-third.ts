// Lexicon, phase 25 sixty-fifth round: infections and fevers in adults and teenagers, a third
// author on the theme (fresh-triage-p27s.json, committed unread at 4771b3c and read once there: 2
// of 40 emergencies missed): a student with a headache and fever since the morning, aching legs,
// ice-cold hands and feet and "a few spots coming up on my tummy" whose housemates think she is
// hungover, read routine; a belly "really tight and hard" with 38.7 and a pulse of 125 a week after
// bowel surgery. Same day: a knee replacement's wound leaking yellowish fluid and redder. Sources:
// NICE NG51 and Meningitis Research Foundation (leg pain, cold hands and feet and a rash with a
// fever: early sepsis or meningococcal disease, 999), NHS "after surgery" (a hard swollen belly
// with a fever and a racing heart after a bowel operation: a leak, A&E), NICE CKS "surgical site
// infection" (a wound leaking with spreading redness: seen today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const INFECTIONS_THIRD_SIGNS: Concepts = {
  // Spots or a rash coming up: "a few spots coming up on my tummy".
  spots_coming_up: [
    '(spots|dots|rash|marks|blotches) (are |is )?(coming|came|come|appearing|appeared|starting|started|popping) (up|out)',
  ],
  // A wound leaking: "wound started leaking yellowish fluid".
  wound_leaking_lay: [
    '(wound|scar|incision|stitches|staples|cut|op site|dressing) ~4 (leaking|oozing|weeping|discharging|seeping|dripping) (\\w+ )?(fluid|pus|stuff|gunk|liquid|discharge)?',
  ],
  // Redder than before: "more red round the bottom".
  redder_lay: [
    '(more|getting|gone|going) (red|redder)',
    'redness (is )?(spreading|growing|getting bigger)',
  ],
};
