// Lexicon, phase 25 forty-third round: eyes, ears, nose, throat, mouth and teeth, a second author
// on p25c's theme (fresh-triage-p26v.json, committed unread after 8974747, read at once: 2 of 40
// emergencies missed). Sources: RCOphth (cement or lime in the eye: an alkali burn, irrigate and
// go to eye casualty now), NICE NG232 (clear fluid from the nose after a blow to the face: A&E),
// NHS (something stuck up a child's nose, a torn nail, a toothache painkillers do not touch:
// same day), NICE CKS (sudden hearing loss in one ear with no cold: ENT within 24 hours).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SENSES_SECOND_SIGNS: Concepts = {
  // A caustic that "went in it" (the eye named before).
  chemical_went_in_it: [
    '(cement|lime|bleach|oven cleaner|chemicals?|acid|alkali|mortar|plaster|caustic|drain cleaner|ammonia|concrete) ~3 (go|goes|went|gone|got|get|splashed|flew|splash) (in|into) (it|them)',
  ],
  // A blow to the face ("hit my face on the kerb").
  face_hit: [
    '(hit|smashed|bashed|banged|whacked|landed on) ({poss} )?(face|nose|cheek|cheekbone)',
    '(face|nose) ~3 (hit|smashed|banged|bashed) ~3 (kerb|curb|floor|ground|pavement|wall|door|table|step|road|handlebars)',
  ],
  // Something stuck up a nose or in an ear that will not come out.
  nose_object_stuck: [
    "(up|in|into) ({poss} |the )?(\\w+'s )?(nose|nostril|ear) ~8 (can't|cannot|couldn't|won't|not able to) (get|pull|blow|reach) (it )?out",
    "(can't|cannot|couldn't|won't) (get|pull|blow) (it |the \\w+ )?out ~6 (nose|nostril|ear)",
  ],
  // A nail torn half off or hanging.
  nail_torn: [
    '(nail|toenail|fingernail) ~4 (ripped|torn|tore|half off|came off|hanging|hanging off|lifted)',
  ],
  // Nosebleeds again and again in a day.
  nosebleeds_repeated: [
    '(2nd|3rd|4th|5th|second|third|fourth|fifth|several|a few|few|multiple) nose ?bleeds?',
    'nose ?bleeds? ~4 (\\d|two|three|four|five|several) times',
  ],
  // Waking with one ear gone muffled or deaf.
  hearing_went_overnight: [
    '(woke|woken|wake) (up )?(\\w+ ){0,5}with ({poss} )?(left |right |one )?ear (\\w+ ){0,2}(muffled|blocked|deaf|dead)',
    '(ear|ears) ~3 (muffled|muted) ~6 (underwater|under water|cotton wool)',
  ],
};
