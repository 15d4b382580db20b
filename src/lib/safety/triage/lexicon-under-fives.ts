// Lexicon, phase 25 twenty-fourth round: babies and children under five who are unwell, a third
// author on p25w's and p25y's theme (fresh-triage-p25z.json, read once at 107da14): a forearm
// with a clear bend in it after a fall, most of a bottle of infant paracetamol drunk, a baby
// under a day old who looks properly yellow; pain that started round the belly button and moved
// low on the right, a toddler who will not walk after a fall, a second febrile fit, croup's rasp
// only when crying, a child's grab at hair straighteners told in two sentences. Look-alikes: a
// newborn's grunts and red face when doing a poo, blue hands and feet with pink lips and face.
// Sources: NHS broken arm or wrist (A&E for a child's arm bent at an odd angle), TOXBASE and
// NICE CKS (paracetamol over 150 mg/kg in a child: hospital now), NICE CG98 (jaundice in the
// first 24 hours: a doctor within 2 hours), NICE CKS appendicitis, NHS (a toddler who will not
// walk after a fall: a same-day check for a toddler's fracture), NHS febrile seizures, NHS croup,
// NHS burns (a child under 5 with a burn: get it checked), NHS newborn care (acrocyanosis and
// infant dyschezia are normal). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const UNDER_FIVES_SIGNS: Concepts = {
  // A bend in a limb where there should be none ("a clear bend in it where it shouldn't be").
  limb_bend: [
    '(clear|obvious|visible|big|definite|weird|strange|funny|new|noticeable|massive) (bend|kink|bump|step|angle|dip) in (it|the bone|the middle|{poss} (arm|forearm|leg|wrist|shin|finger|thigh|collarbone|lower arm|upper arm))',
    "(bend|kink|angle|bump) in (it|{poss} \\w+) where (it|there) (shouldn't|should not|isn't supposed to|is not supposed to) be",
  ],
  // Most of, or a whole, bottle or pack of a medicine ("most of a new bottle of calpol").
  bottle_most_drunk: [
    '(whole|entire|full|half a|half the|most of a|most of the|most of his|most of her|all of a|all of the|nearly all of (a|the)|almost all of (a|the)) (new |full |fresh |big |brand new |large |100 ?ml |200 ?ml )?(bottle|packet|box|pack|strip|sachet) of ~2 ({drug}|calpol|nurofen|medicine|piriton|antihistamine*|cough (syrup|medicine)|ibuprofen|paracetamol|medised|calprofen)',
    '(drunk|drank|drink|had|swallowed|necked) (most|all|half|loads|lots) of (the |a |her |his )?(new |full )?(bottle|calpol|nurofen|medicine|syrup)',
  ],
  // Yellow said plainly, of a baby ("she looks properly yellow on her face").
  yellow_lay: [
    '(looks?|look|looking|gone|turned|turning|going|is|she is|he is) (properly |proper |really |quite |very |a bit |slightly |so |pretty |fairly |more |much more |definitely )?yellow(?! (discharge|phlegm|mucus|snot|stool|stools|poo|poos|pee|urine|crust|sputum|spots?|heads?|middles?|centres?|pus|blisters?|fluid|crusts?|t-?shirt|top|dress|jumper|coat|babygro|vest|sick|vomit))',
  ],
  // Pain that started round the belly button and is now low on the right.
  pain_moved_lay: [
    '(started|began|starting|was|first) (\\w+ )?(round|around|near|by|at|in) (the |her |his |my |their )?(belly button|tummy button|middle|navel|centre|center) ~10 (now|then|moved|moving|gone|went|shifted) ~6 (lower right|bottom right|right side|right hand side|down (on )?the right|right lower|low (down )?on the right)',
  ],
  // A fall in other words ("tumbled down 3 stairs", "took a tumble").
  tumble: ['(tumbled|tumbles|took a tumble|had a tumble|toppled) (down|off|over|from|out of)?'],
  // A child's grab at hair straighteners told in two sentences ("Hair straighteners. 3yo grabbed
  // them").
  hair_tool_grabbed: [
    '(straighteners|straightners|curling (iron|tongs|wand)|hair tongs)[.!?]? ~6 (grabbed|touched|picked up|caught|held|burnt|burned|pulled) (them|it)',
  ],
};

/**
 * Never filtered by scope: a newborn's normals that read like signs. Both halves of each must be
 * said for it to count as the normal.
 */
export const UNDER_FIVES_CUES: Concepts = {
  // A second febrile fit told as the news: the message opens with it ("Second febrile seizure
  // (first was last spring). Lasted about 2 minutes"), or it is "this is her second" or dated
  // today. A cue, as the first fit's date in brackets would date it as past.
  second_fit: [
    '^[^a-z0-9]{0,5}(a |her |his |our )?(second|2nd|third|3rd) (febrile )?(fit|seizure|convulsion)',
    "(this is|that's|thats|it's|its|that was) (her|his|their) (second|2nd|third|3rd) (febrile )?(fit|seizure|convulsion|one)",
    '(second|2nd|third|3rd) (febrile )?(fit|seizure|convulsion) (tonight|today|this (morning|afternoon|evening)|just now)',
  ],
  // Grunting, straining or going red when doing a poo (infant dyschezia).
  grunt_poo: [
    '(grunt*|strain*|goes red|went red|red in the face|goes purple|pushes|pushing) ~8 (poo|poos|pooing|pooping|bowel movement|trying to go|do a poo|pass (a )?poo|wind|fart*)',
  ],
  // Blue hands and feet (acrocyanosis) ...
  hands_feet_blue: [
    '(hands|feet|hands and feet|fingers|toes|fingers and toes) (\\w+ ){0,3}(go|goes|going|are|look|looks|gone|turn|turns|get|gets|a bit) (a bit |slightly |quite |a little )?(blue*|bluish|purple*|dusky|mottled)',
  ],
  // ... with the lips, face or body pink.
  pink_centre: [
    '(lips|face|tongue|mouth|body|chest|gums|lips and face|face and lips|lips and tongue) (\\w+ ){0,3}(pink|rosy)',
  ],
};
