// Lexicon, phase 12 (helper b17): the concepts behind blind set 17's misses, probed in other
// wordings with twins of the other direction before any change
// (test/unit/safety/probes-p12-b17.json). Sources: NHS pages on snake bites (999 or A&E), on
// testicle pain (sudden pain: A&E), on meningitis (hard to wake: 999), on cauda equina
// syndrome (numbness when wiping: A&E) and on plaster casts (pain getting worse, fingers or
// toes numb, pale or blue: A&E). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const BLIND17_SIGNS: Concepts = {
  // A bite told with distance: "bitten on the hand by what I'm fairly sure was an adder".
  bite_far_venomous: [
    '(bitten|bit) ~12 (snake|adder|viper|cobra|rattlesnake|rattler|krait|mamba|taipan|copperhead|cottonmouth)',
  ],
  // A snake said to be harmless: a pet or named non-venomous kind.
  snake_harmless: [
    '(corn snake|grass snake|pet snake|python|king ?snake|milk snake|garter snake|not venomous|non-?venomous|harmless)',
  ],
  // Someone else who can barely be woken: "can barely wake her", "can hardly wake him up".
  barely_wakeable: ['(barely|hardly|only just|scarcely) (wake|rouse) (him|her|them|my \\w+)'],
  // Pain in the privates said without naming them: "pain down below on one side", "really bad
  // pain in his privates". Read with a boy (rules-blind17.ts).
  privates_pain: [
    '({pain}|agony|hurts?|hurting|ache|aching) ~3 (down below|down there|(in|of) (his|my) (privates|private parts|private area|groin))',
  ],
  // Numbness noticed while wiping, told the other way round: "when I wiped ... it felt numb",
  // "when wiping its like numb", "couldn't really feel it" after wiping.
  wiping_numb: ["(wiped|wiping|wipe) ~10 (numb|(couldn't|can't|cannot|could not) (really )?feel)"],
  // Leg pain of the back: "sciatica", "pain down both legs".
  sciatica_any: ['sciatica', '({pain}|shooting|aching) down (both|my|his|her) legs?'],
  // A plaster cast put on for a break, recently: the setting of compartment syndrome.
  cast_fresh: [
    '(cast|plaster|backslab|back slab) ~6 (today|yesterday|this (morning|afternoon|evening)|last night|(put|got|had) on)',
    '((put|got|had|have) (a |my |her |his |the )?(arm |leg |wrist |ankle )?(in )?(a )?(cast|plaster))',
  ],
  // Fingers or toes gone pale, white, blue, cold or numb, or that cannot be moved.
  digits_compromised: [
    '(fingers|toes|hand|foot) ~5 (pale|white|blue|bluish|purple|cold|numb|tingl*|grey|gray)',
    "(can't|cannot|won't|unable to|not able to) (move|wiggle|bend) (them|(my |his |her )?(fingers|toes))",
  ],
  // A cut that gapes: "it gapes open", "the edges gape apart" (NHS: a wound that gapes needs
  // closing the same day).
  wound_gapes: [
    'gapes?( open| apart)?',
    '(edges|sides) ~3 (gape|gaping|pulled apart|come apart|spread apart)',
  ],
  // Contact with measles said as a place and a person: "was in a waiting room with a child
  // who's now been diagnosed with measles", "at nursery with a child who's got measles".
  measles_contact: [
    '(with|next to|near|beside|sat by|played with) ~8 (measles)',
    '(measles) ~8 (was|were) (in|at) (the )?(same|a|our|her|his|my)',
  ],
  // A baby barely felt today, unlike its usual (reduced fetal movements, NHS: call the
  // maternity unit straight away): "today I've barely felt anything".
  fetal_barely_felt: [
    '(barely|hardly|not really|scarcely) (felt|feeling|feel|noticed) (anything|much|him|her|the baby|baby|it|a thing|any (movement|movements|kicks))',
  ],
};
