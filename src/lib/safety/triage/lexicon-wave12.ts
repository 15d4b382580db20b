// Lexicon, phase 10 third round (helper fa3): the kinds behind blind set 13's emergency misses,
// each probed with new wordings and twins before any change (test/unit/safety/probes-p10-fa3.json).
// Sources: NHS pages on lithium (signs of too much lithium: being sick, diarrhoea, shaking,
// unsteadiness, slurred speech: get help now), heatstroke (hot skin that is not sweating,
// confusion or collapse: 999) and eye injuries (something hitting the eye at high speed, as
// from a grinder, drill or strimmer, with blurred sight: A&E). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Context: who takes lithium. Counted now even when said with "for years", as a medicine
 *  taken long term still is (the sign table's "lithium" reads "for years" as history). */
export const WAVE12_CONTEXT: Concepts = {
  lithium_taker: [
    '(on|taking|take|takes|taken|taking|prescribed|started) (lithium|priadel|camcolit|liskonum)',
  ],
};

export const WAVE12_SIGNS: Concepts = {
  // The dentist's numbing injection named in words local_anaesthetic lacks ("after the dental
  // injection", "the dentist's jab", "a filling 3 hours ago"): a droop or dribble while it
  // wears off is expected.
  dental_injection: [
    "(dental|dentist|dentists|dentist's) (injection|jab|anaesthetic|anesthetic|numbing)",
    "(injection|jab|numbing) (at|from|by) (the |my )?(dentist|dentists|dentist's|dental)",
    // Dental work a few hours ago (the numbing lasts hours; "yesterday" is not this).
    '(filling|fillings|root canal|extraction|tooth out|teeth out|crown) (about |around |only )?(\\d+|an|a|one|two|three|four|a few|a couple of) (hours?|hrs?) ago',
  ],
  // Something thrown into an eye by a tool or a strimmer, in words eye_projectile lacks: a
  // stone, grit or wood, or "flew into my eye really fast".
  eye_hit_fast: [
    '(stone|grit|pebble|wood|glass|concrete|brick|tile|wire|something|it) ~3 (flew|shot|pinged|flicked|bounced|went|came) ~2 (in |into |at )?({poss} )?eye',
  ],
  // A dose given a little before it was due ("an hour early", "half an hour too soon"): the
  // day's total is what matters, and a dose early is not an overdose by itself.
  dose_given_early: [
    '(an|one|half an|a half|\\d+|few|couple of|20|30|40|45) (hour|hours|hr|hrs|minutes|mins) (too |a bit |or so )?(early|earlier|soon|too soon|before it was due|before (he|she|they) was due)',
    '(a bit|a little|slightly|bit) (too )?(early|soon)',
  ],
  // Learning or teaching how or when to use an adrenaline pen (a nursery, school or
  // childminder shown how): a plan, not a reaction now.
  epipen_howto: [
    '(how|when) (and when |and how )?to (use|give|inject) ~3 (epipen|epi ?pen|epipens|adrenaline pen|adrenaline pens|auto ?-?injector|auto ?-?injectors|jext|emerade)',
    '(show|showing|shown|teach|teaching|train|training|trained|practis*|practic*) ~6 (use|using|give|giving) ~3 (epipen|epi ?pen|epipens|adrenaline pen|adrenaline pens|auto ?-?injector|auto ?-?injectors|jext|emerade)',
  ],
  // An adrenaline pen actually used or given ("they had to use it" after the pen is named).
  epipen_given: [
    '(had to|needed to|have had to|have to) (use|give|inject) (it|the pen|his pen|her pen|their pen|one)',
    '(used|gave|given|injected|jabbed|had to use) ~3 (epipen|epi ?pen|epipens|adrenaline pen|adrenaline pens|auto ?-?injector|auto ?-?injectors|jext|emerade)',
    '(epipen|epi ?pen|epipens|adrenaline pen|adrenaline pens|auto ?-?injector|auto ?-?injectors|jext|emerade) (was |has been |had been )?(used|given|jabbed)',
  ],
  // An episode that has settled, in words resolved lacks ("calmed down after a while",
  // "feeling better today"): read with a known panic attack only.
  panic_passed: [
    '(calmed|settled|passed|stopped|eased|wore off|subsided|went away) (down |off )?(after|within|in|by|on its own|by itself)',
    "(feel|feeling|felt|i am|im|i'm) (much |a lot |loads )?(better|ok|okay|fine|normal|alright|all right) (now|today|again|since)",
  ],
  // A sore, cut or blister placed on a foot in more words than foot_wound reaches ("a sore on
  // the bottom of my big toe"), read with signs of infection.
  foot_sore_placed: [
    '(ulcer|sore|wound|cut|blister|graze) (on|under|underneath|between) (the |my |his |her |their )?(bottom|underside|side|sole|tip|top|ball|back|base|edge) of (the |my |his |her |their )?(right |left |big |little |small |second ){0,2}(foot|feet|toe|toes|heel)',
  ],
  foot_infection_signs: [
    '(yellow|green|white|smelly) (stuff|gunk|goo|gunge|pus|discharge|fluid)',
    '(smells?|smelly|stinks?|oozing|weeping|pus)',
    '(gone|going|turned|turning|is|looks) (red|angry|hot)',
  ],
  // A dark speck or spot seen on the eye after an injury (a fragment, or the iris showing
  // through a wound).
  eye_dark_spot: [
    '(dark|black|brown) (speck|spot|dot|blob|fleck|mark) ~6 (eye|clear bit|clear part|coloured bit|coloured part|colored part|cornea|pupil|on it)',
  ],
};
