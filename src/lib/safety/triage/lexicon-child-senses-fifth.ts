// Lexicon, stop 47: eyes, ears, nose, throat and teeth (a fifth author) and a poorly child
// aged 3 months to 12 years (a second author) (fresh-triage-p29g.json and p29c.json, committed
// unread at 4ed3ac5 and f9686a8, read once with the triage of 565cacc: 1 and 3 of 40
// emergencies missed, 3 and 2 of 80 urgent or emergency read routine). Missed: hands squeezed
// round the neck last night with a changed voice and painful swallowing; a boy drooling, leaning
// forward, with a muffled voice and a noise breathing in (epiglottitis, read same day); a
// 6-year-old drinking and weeing for weeks, now vomiting and breathing "in a funny heavy
// sighing way" (DKA); a button battery up a nose. For today: an adult tooth pushed up into the
// gum, a socket still bleeding after biting on gauze twice, a cold sore on the eyelid with a
// gritty, light-sore eye, morning headaches with sickness and new clumsiness. Sources: FFLM
// (non-fatal strangulation: A&E), NICE NG18 (DKA), NHS (a button battery anywhere: A&E), IADT
// (intruded permanent tooth), NICE CKS (herpes simplex keratitis), HeadSmart and NICE NG12.
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const CHILD_SENSES_FIFTH_SIGNS: Concepts = {
  // Hands round the neck ("someone grabbed me round the neck last night and squeezed hard").
  strangled_lay: [
    '(grabbed|held|squeezed|had|pinned|got) (me|her|him|them) (round|around|by) the (neck|throat)',
    '(squeez\\w*|choked|choking|strangl\\w*|throttl\\w*) (me|her|him|my neck|her neck|his neck|my throat|her throat)',
    'hands? (round|around) (my|her|his|their) (neck|throat)',
  ],
  // An adult tooth pushed into the gum ("got pushed up into the gum, it looks shorter").
  tooth_pushed_up: [
    '(tooth|teeth) ~6 (pushed|knocked|shoved|forced|gone|went) (up |back )?(into|in|up into) (the |her |his |my )?gums?',
    '(tooth|teeth) ~6 (looks|look|is|are) (shorter|higher|pushed in)',
  ],
  adult_tooth: ['(adult|permanent|new adult|grown ?-?up) (front )?(tooth|teeth)'],
  // Gauze bitten on for long ("bitten on gauze for an hour solid twice").
  gauze_bitten: [
    '(bitten|bit|biting|bite|pressed|pressing) (down )?on (the |a |some )?(gauze|swab|tea ?bag|pad) ~6 (hour|hours|twice|ages|\\d+ ?mins|\\d+ ?minutes)',
  ],
  cold_sore_eye: ['cold ?sores? ~6 (eye|eyelid|eyelids|eyebrow)'],
  // Morning headaches ("getting headaches ... mostly when she wakes up").
  morning_headache_lay: [
    'headaches? ~8 (when (she|he|i|they) (wakes?|gets up)|on waking|in the mornings?|first thing|wakes? (her|him|me|them) up)',
  ],
  clumsy_new: [
    '(more|really|very|getting|gone|become|becoming) clumsy',
    'clumsier',
    '(writing|handwriting|balance|coordination|walking) ~3 (has )?(gone|got|getting|become) (\\w+ )?worse',
  ],
  sick_mornings: ['(sick|vomit\\w*|throws? up|threw up) (in|most|every|some) (the )?mornings?'],
  // Breathing deep and sighing (Kussmaul breathing in DKA).
  sighing_breathing: [
    '(breathing|breathes|breaths|breath) ~4 (sighing|deep and (fast|heavy)|really deep|deep heavy|funny heavy|kussmaul)',
  ],
};
