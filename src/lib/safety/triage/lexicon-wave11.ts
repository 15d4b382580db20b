// Lexicon, phase 10 second round (helper fa2): the kinds behind blind set 12's misses, each
// probed with new wordings and twins before any change (test/unit/safety/probes-p10-fa2.json).
// Sources: NHS pages on a baby's movements in pregnancy (movements less than usual: call the
// maternity unit now, do not wait), on paracetamol and ibuprofen for children (repeated
// doses over the limit: A&E), on sunburn (blistering with feeling unwell: 111), on hangovers,
// and on swallowed objects (silica gel, a smear of toothpaste, a mouthful of sand: harmless).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const WAVE11_SIGNS: Concepts = {
  // A baby's movements less than usual, in words reduced_fetal_movement did not have: a bump
  // "gone quiet", "not felt a kick", "feel the baby move very little", "much less active".
  fetal_move_less: [
    '(bump|baby|babies) ~4 (gone|been|is|went|has been|seems) (really |very |so |much |a lot |very very )?(quiet|still)',
    '(feel|felt|feeling) (the |my )?(baby|him|her|it) (move|moving|kick|kicking) (very |really |so |only )?(little|less|rarely)',
    '(baby|babies|bump) ~4 (much |a lot |far |really |way )?less active',
  ],
  // No movement at all for hours, in other words than no_fetal_movement's: "not felt a single
  // kick since last night", "hasn't kicked since this morning".
  fetal_move_none: [
    "(not|haven't|hasn't|havent|didn't|did not|have not) (felt|feel) (a single |a |any |one )(kicks?|movements?|wriggles?|flutters?|rolls?)",
    "(baby|babies|bump|he|she|it) (hasn't|has not|hasnt|haven't|not) (kicked|moved|wriggled) (at all |once )?(since|all day|all night|for hours|today)",
  ],
  // Repeated doses: "three doses today", "every four hours since yesterday", "four times today".
  doses_repeated: [
    '(two|three|four|five|six|2|3|4|5|6|several|multiple|a few|all) (doses|times) (today|a day|in a day|since|over|yesterday|now|in 24 hours|in the last)',
    '(every|each) (\\d+|two|three|four|five|six|four to six) (hours|hrs|hour) ~6 (since|for|all|over)',
    '(since|for) (yesterday|two days|2 days|three days|3 days|days) ~6 (every|each) (dose|time)',
    '(every|each) (dose|time) (since|for) (yesterday|two days|2 days|days)',
  ],
  // A child's liquid paracetamol by brand or description (paracetamol_word names adult ones).
  child_paracetamol: [
    "(calpol|calprofen|infant paracetamol|children's paracetamol|childrens paracetamol|paracetamol suspension|paediatric paracetamol|infant ibuprofen|children's ibuprofen|childrens ibuprofen|nurofen for children|ibuprofen)",
  ],
  // The wrong strength for the age, or two carers each giving a dose.
  dose_wrong_strength: [
    '(6\\+|6 plus|six plus|sixplus|older child|adult|grown ?-?up) ~4 (calpol|paracetamol|ibuprofen|nurofen|dose|one|version|strength|syrup)',
    '(both|each) (gave|given|giving|been giving) ~8 (without|not) (telling|knowing|checking)',
    '(double|twice) the dose',
  ],
  // Burnt by the sun.
  sunburn_said: [
    '(sunburn*|sun ?burn*|sunburnt|sun ?-?burnt|burnt in the sun|burned in the sun|burnt to a crisp|asleep in the sun|sunbathing|sunbed)',
  ],
  // Drinking named as the cause of a headache (NHS hangover: rest, fluids, painkillers).
  hangover_said: [
    'hung ?-?over|hangover',
    '(drank|drunk|drinking|had) (far |way |much |a lot |loads |a bit |a little )?(too much|too many|a lot|loads|heavily|far too much)',
    '(too many|so many|loads of|lots of|a few too many) (pints|drinks|shots|beers|jagerbombs|jägerbombs|cocktails|glasses|wines|vodkas|proseccos|ciders)',
    "(after|from) (the |a |last night's |last nights |my )?(night out|piss up|session|bender|drinking|boozy night)",
  ],
  // A panic disorder or panic attacks named, including "had an attack" after "panic disorder"
  // (panic_attack hears only "panic attack"): read with an episode that has passed.
  panic_known: ['panic disorder', '(panic|anxiety) attacks?'],
  // The reason a dose was taken: "for period pain", "for his toothache" (an ordinary dose for
  // a symptom, not a child into the medicine cupboard).
  dose_for_reason: [
    '(for|because of) (his |her |their |a |the |my |bad )?(period pain|period cramps|periods?|cramps|headache|head ache|toothache|tooth ache|fever|temperature|temp|cold|flu|sore throat|pain|earache|ear ache|migraine|back pain|sprain|sore \\w+)',
  ],
  // A small amount of something that does no harm swallowed (NHS: silica gel is not poisonous;
  // a smear of fluoride toothpaste; a mouthful of sand or soil).
  harmless_small_amount: [
    'silica( gel)?',
    '(small|little|tiny|pea ?-?sized|wee) (\\w+ )?(bit|blob|dab|smear|amount|lick|squeeze|bit) of (\\w+ ){0,2}toothpaste',
    '(licked|licking|lick|ate|eaten|swallowed|sucked) (some |a bit of |a little |the )?toothpaste',
    '(mouthful|handful|bit|some|a little) of (sand|soil|mud|dirt)',
  ],
};
