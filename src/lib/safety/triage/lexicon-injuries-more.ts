// Lexicon, phase 25 twenty-eighth round: injuries, accidents and first aid, a second author on
// p24c's theme (fresh-triage-p26f.json, committed unread at 2f9b49f, read at 6c0357c: 5 of 40
// emergencies missed): a cut spurting with every heartbeat, a 9-month-old's big squishy lump
// after a fall from a changing table, a drunk flatmate who cannot be woken properly after hitting
// his head, metal in the eye from an angle grinder, a grandfather on the floor "until his carer
// came"; a chipped adult tooth with a pink dot, a pop in the knee with swelling within an hour and
// giving way. Sources: NHS and the Resuscitation Council (arterial bleeding: 999), NICE NG232 (under 1
// year: a swelling over 5 cm on the head, a CT within an hour), NHS eye injuries (high-speed
// metal: A&E), NHS falls (a long lie). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const INJURIES_MORE_SIGNS: Concepts = {
  // A big or soft swelling on the head.
  head_lump_big: [
    '(big|large|huge|massive|squishy|boggy|soft|spongy|golf ?ball|egg-sized|egg sized) (\\w+ ){0,2}(lump|bump|swelling) ~6 (head|forehead|side of (his|her|the) head|skull|scalp)',
    '(head|forehead|skull|scalp) ~6 (big|large|huge|massive|squishy|boggy|soft|spongy|golf ?ball) (\\w+ ){0,2}(lump|bump|swelling)',
  ],
  // The sight blurred, said plainly ("and its blurry").
  sight_blurred_lay: [
    "(it's|its|it is|everything's|everything is|vision is|vision's|sight is|eye is|eye's|vision has gone|sight has gone) (a bit |really |very |all |gone |now |still )?(blurry|blurred|fuzzy|cloudy|misty)",
  ],
  // A chipped adult tooth with a pink or red dot in the middle (the pulp showing).
  tooth_pulp: [
    '(chipped|broken|snapped|cracked|broke|chipped off) ~8 (tooth|teeth) ~12 (pink|red|bloody) (dot|spot|bit|centre|center|middle)',
    '(pink|red) (dot|spot) (in the middle|in the centre|showing)',
  ],
  // A pop in a knee with swelling within hours or giving way (a ligament: same day).
  knee_pop: [
    '(heard|felt) (a |something )?(pop|snap|crack|tear) ~6 (knee|knees)',
    '(knee|knees) ~4 (popped|went pop)',
  ],
  knee_unstable: [
    '(swelled|swollen|swelling|blew up|ballooned) (up )?(within|in) (an|1|one|a few|2|two|half an) (hour|hours|minutes)',
    '(keeps?|kept|keep on) (giving way|giving out|buckling|collapsing)',
    '(gives|gave) way',
  ],
};
