// Lexicon, phase 25 fifty-eighth round: injuries, accidents and first aid, a third author on the
// theme (fresh-triage-p27n.json, committed unread at 60833bd and read once there: 4 of 40
// emergencies missed): clear watery fluid from the nose after a "rugby knock" with a headache
// getting worse, a piece of wood 8 cm long stuck in a thigh, a child who bit through a lamp cable
// with a burn at the corner of his mouth, a wrist "bent like a dinner fork"; and glass still felt
// in a foot. Sources: NICE NG232 (clear fluid from the nose after a head injury: A&E), NHS "cuts
// and grazes" and St John Ambulance (leave a large embedded object in place, A&E; something still
// felt in a wound needs it checked today), NHS "electric shock" (a burn from a cable in the mouth
// needs A&E), NHS "broken arm or wrist" (an odd shape: A&E). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const PART =
  '(thigh|leg|arm|hand|foot|chest|belly|tummy|stomach|back|neck|side|bum|buttock|calf|knee|shoulder|palm|eye|face|cheek|head)';

export const INJURIES_THIRD_SIGNS: Concepts = {
  // A knock in a contact sport, without the word head: "rugby knock earlier".
  sport_knock: [
    '(rugby|football|boxing|hockey|hurling|lacrosse|martial arts|mma|judo|cricket ball|headed the ball) (knock|bang|hit|clash|collision|tackle|blow)',
    '(knock|bang|hit|clash|collision|blow|clash of heads) (at|in|during|playing) (rugby|football|boxing|hockey|training|a match|the match|the game)',
  ],
  // A large thing stuck in the body: "a piece of wood ... maybe 8cm long, stuck in my thigh".
  large_object_stuck: [
    `(piece|chunk|shard|length|lump|bit|stick|spike) of (wood|glass|metal|fence|fencing|branch|bamboo|plastic|bone) ~12 (stuck|lodged|embedded|sticking out|still in) (in|into|out of|inside) ({poss} |the )?(\\w+ )?${PART}`,
    `(\\d+ ?cm|\\d+ ?mm|\\d+ ?inch\\w*|an inch|two inches|a few inches|(\\w+ )?centimet\\w+) (long )?(splinter|piece|shard|stick|spike|nail|bit) ~10 (stuck|lodged|embedded|sticking out|still in) (in|into|out of|inside) ({poss} |the )?(\\w+ )?${PART}`,
    `(splinter|piece|shard|stick|spike) ~4 (\\d+ ?cm|\\d+ ?inch\\w*|a few inches|two inches) (long)? ~10 (stuck|lodged|embedded|sticking out) (in|into|out of|inside) ({poss} |the )?(\\w+ )?${PART}`,
  ],
  // Something still felt in a wound: "i can feel something sharp in there when i walk".
  fb_felt_in_wound: [
    "(feel|can feel|still feel|feels like there is|feels like theres|feels like there's) (a |some |something |bits? of |a bit of )?(sharp|glass|hard|stuck|something)( \\w+)? (in there|inside|in it|still in|in the (cut|wound|sole|heel|foot|hand|palm|finger))",
  ],
  // Stepping on glass.
  glass_stood_on: [
    '(stood|stepped|trod|treaded|walked|knelt) on (a |some |the )?(broken )?(glass|bottle|shard|piece of glass)',
  ],
  // An animal's bite told with the animal first: "dog at the park nipped my calf". Read only
  // with the skin broken (animal_bite, read by more rules, keeps its narrower patterns).
  animal_nipped_lay: [
    '(dog|cat|puppy|kitten|fox|horse|rat|ferret|hamster) ~4 (bit|bitten|has bitten|nipped|nips|bites) (me|him|her|them|us|my|his|our|their)\\b',
  ],
  // A wrist, an arm or a leg, not a finger or a toe (a crooked finger is for a minor injuries
  // unit today; a bent wrist or leg for A&E).
  major_limb: ['(wrist|arm|forearm|elbow|leg|ankle|shin|thigh|hip|shoulder|collarbone|knee)s?'],
  // A cable or a wire bitten or chewed, by a child: "bit through the lamp cable".
  cable_bitten: [
    '(bit|bitten|chewed|chewing|biting|sucking|sucked) (through |into |on )?(a |the |an )?(lamp |phone |charger |charging |electric |extension |laptop |tv |live )?(cable|wire|flex|lead)',
  ],
};
