// Lexicon, stop 47: teenagers and young adults, a second author on the theme
// (fresh-triage-p28w.json, committed unread at 3f24167 and read once at fdc6048, the triage as
// at 2ed6097: 3 of 40 emergencies missed, 4 of 80 urgent or emergency read routine). Missed were
// an erection that "wont go down" five hours after a mate's blue pill, a new driver's crash with
// a neck "killing me" and pins and needles in both hands, a punched wall with the knuckle gone
// flat, a teenager drinking loads and up peeing all night who lost a stone. Sources: NHS
// (priapism over 4 hours: A&E; neck pain with tingling after a crash: 999, keep still), NICE
// NG38 (a suspected metacarpal fracture: X-ray the same day), NICE NG18 (suspected type 1
// diabetes in a child: a same-day referral). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const YOUNG_PEOPLE_SECOND_SIGNS: Concepts = {
  // Hours counted before "it wont go down" ("its been 5 hours now and it wont go down").
  erection_hours_wont: [
    "(\\d+|three|four|five|six|seven|eight) ?(hrs|hours) ~6 (won't|wont|will not|hasn't|hasnt|isn't|isnt|not) (go|gone|going|come) down",
  ],
  // "one of those blue pills my mate had".
  blue_pill_lay: ['blue (pill|pills|tablet|tablets)'],
  // A crash in lay words ("crashed into the back of someone", "rear-ended").
  crash_lay: [
    '(crashed|crash|went|drove|ran) into (the back of )?(someone|somebody|a car|another car|a van|a lorry|a wall|a tree|a lamppost|the car in front)',
    'rear ?-?ended',
    '(shunt|bump|prang) (in|on) the (car|motorway)',
  ],
  // A wall punched ("punched a wall after an argument").
  punched_wall: [
    '(punched|punch|punching|hit|smacked|thumped) (a|the) (wall|door|window|fridge|locker|brick wall|mirror)',
  ],
  // A knuckle gone flat or sunk ("the knuckle by my little finger has gone flat").
  knuckle_flat: [
    '(knuckle|knuckles) ~6 (gone |has gone |is |looks |now )?(flat|sunken|sunk|missing|dropped|caved in|gone in)',
  ],
};
