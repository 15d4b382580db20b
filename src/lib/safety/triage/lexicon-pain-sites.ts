// Lexicon, pain sites where severity and onset make an emergency, in lay words the other
// lexicon files do not already have: a limb without pulse or cold and white, a limb swollen
// tight after an injury, lying still for a belly pain, an eye that hurts with sight dimmed,
// pain that rips through to the back, the privates named after the pain. Read with onset and
// severity (lexicon-onset-course.ts) in rules-sudden-loss.ts. Sources: NHS pages on limb
// ischaemia and compartment syndrome (A&E), peritonitis (A&E), acute glaucoma (A&E), aortic
// dissection (999), testicular torsion (A&E). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const PAIN_SITE_SIGNS: Concepts = {
  // No pulse found in a limb: "I can't feel a pulse in my foot".
  limb_pulse_absent: [
    "(can't|cannot|couldn't|can not) (feel|find) (a |the |any |his |her |my )?pulse (in|on|at) ({poss} )?(foot|feet|ankle|wrist|leg|arm|hand)",
    'no pulse (in|on|at) ({poss} )?(foot|feet|ankle|wrist|leg|arm|hand)',
  ],
  // A limb named, then its colour and cold further on: "pain in my foot went from nothing to
  // unbearable and it's white and cold".
  limb_cold_white_far: [
    '(foot|feet|leg|hand|arm|toes|fingers) ~12 (white|pale|blue|grey|gray|mottled) and (cold|icy|numb)',
  ],
  // A limb swollen tight after an injury: "his calf is very tight, shiny and swollen",
  // "swelling up tight".
  limb_tight_swollen: [
    '(calf|shin|leg|forearm|arm|thigh|foot|hand) ~4 (tight|tense|shiny|rock hard|hard as)',
    '(swelling|swollen|swelled) (up )?(tight|tense|hard)',
  ],
  // Lying still for a belly pain, or pain at any touch or move: peritonism told in lay words
  // ("lying dead still", "screams if we touch it", "hurts to even touch it").
  belly_still: [
    '(lying|lie|lay|keeping|keep|staying) (dead |really |very |completely |perfectly )?still',
    '(lying|lie|lay|keeping|keep|staying) as still as (i|he|she|they) (can|could)',
    '(screams|screaming|cries|crying|winces|wincing|yelps|jumps) (if|when) (we|you|i|anyone|someone) (even )?(touch|touches|press|presses)',
    'hurts (to|if i|when i|if you|when you) (even )?(touch|touches|press|move)',
  ],
  // An eye that hurts, said the lay way round: "never had pain like it in my eye", "my eye
  // hurts like crazy".
  eye_pain_lay: [
    '({pain}|pain like it|agony) ~4 (in|of|behind) ({poss} )?(left |right )?(eye|eyes|eyeball)',
    '(eye|eyes|eyeball) ~3 ({pain}|hurts?|killing|agony)',
  ],
  // Sight dimmed, not lost: "can barely see through it", "the sight has gone foggy".
  vision_dimmed: [
    '(can|could) (barely|hardly|only just) see',
    '(sight|vision|eyesight) ~4 (foggy|misty|smoky|dim|dimmed|murky|milky)',
  ],
  // Pain that rips or tears through to the back: "pain ripped through my chest to between my
  // shoulder blades".
  tearing_lay: [
    '(ripped|rips|tore|tears) (through|into|across|up|down) ({poss} )?(chest|back|belly|tummy|stomach|abdomen)',
    '(chest|belly|tummy|stomach) ~6 (through|into|to) ({poss} )?(back|between ({poss} )?shoulder ?blades)',
  ],
  // The privates named after the pain, in a boy or man: "his privates are killing him".
  privates_pain_after: [
    '(privates|private parts|private area|down below|down there|groin|willy|crotch) ~4 (killing|agony|{pain}|hurts?|hurting)',
  ],
};
