// Lexicon, phase 25, stop 46 seventh round: eyes, ears, nose, throat, mouth and teeth, a fourth
// author on the theme (fresh-triage-p28f.json, committed unread at ff8002c and read once at
// 15eacf3: 4 of 40 emergencies missed, 4 of 80 urgent or emergency read routine). Jaw and teeth
// aching on both sides walking uphill, easing at rest, back at the desk with sweating (a heart
// attack told as toothache); bleeding after extractions that will not stop, faint and clammy, on
// two antiplatelets; the worst sore throat of a life, unable to swallow water, leaning forward to
// breathe with a muffled voice (epiglottitis). Same day: lightning flashes and a load of new
// floaters; the top of an ear swollen and squishy after rugby; new double vision in a diabetic.
// Sources: NICE CG95 (chest pain felt in the jaw on exertion, with sweating: 999), NHS (bleeding
// after a tooth out that will not stop: A&E), NICE CKS sore throat (drooling, muffled voice,
// leaning forward: airway, 999), NHS (new flashes and floaters: eye casualty the same day; a
// cauliflower-ear haematoma: drained within a day or two). An adult tooth knocked out "roots and
// all" (ix127, labelled 999) stays same day: nine other labelled messages, written by other
// authors, say same day. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SENSES_FOURTH_SIGNS: Concepts = {
  // Jaw or teeth aching, on both sides or with the arm.
  jaw_ache_lay: [
    '(jaw|jaws|teeth|lower teeth) ~8 (ach*|pain*|hurt*|tight*|heavy|pressure)',
    '(ach*|pain*|hurt*|tight*) ~4 (in|of) (my|his|her) (jaw|teeth)',
  ],
  // Sitting leaning forward to breathe.
  lean_forward_breathe: [
    '(sitting|sit|sat|leaning|leant|leaned|lean|hunched) (up )?(leant |leaning )?forward ~8 (breathe|breathing|breath)',
  ],
  // Lightning or flashes at the edge of one eye.
  flashes_edge_lay: [
    // "I keep seeing flickers of light at the edge when I move my eyes" (stop 50, kw125).
    '(flicker|flickers|flickering|flickery) (of )?(light|lights) ~4 (edge|corner|side)',
    '(flash|flashes|flashing|lightning|sparks|sparkles) ~6 (corner|edge|side) of (my|his|her) (left |right )?(eye|vision|sight)',
  ],
  // The ear's outer part swollen, squishy or like a balloon after a knock.
  ear_outer_swollen: [
    '(ear|ears|top of (my|his|her) ear) ~6 (swollen|squishy|like a balloon|puffed up|ballooned|fluid|blown up)',
  ],
};

/** Read only beside other signs (cues): never set aside by a negation, so never quiet the net. */
export const SENSES_FOURTH_CUES: Concepts = {
  // Brought on by effort and eased by rest ("started aching walking up the hill ... eased when I
  // stopped").
  effort_then_rest: [
    '(walking|climbing|going|running|hurrying|carrying|cycling) (up|uphill|upstairs|up the (hill|stairs))[^.!?]{0,60}(eased|eases|settled|went|goes|stopped|stops) (off |away |down )?when (i|he|she|we) (stopped|stop|rested|rest|sat down|sit down|slowed down)',
  ],
  // New floaters told in lay words ("a load of new black dots and a cobweb thing floating
  // about").
  floaters_lay: [
    '(load of|loads of|lots of|new|sudden|shower of|bunch of) (new )?(black |dark |little |tiny )?(dots|spots|specks|cobwebs?|squiggles|floaters|blobs)',
    '(cobweb|cobwebs|web|hair|strings?) ~4 (floating|drifting|moving about)',
    // "last night a big cobweb floater appeared" after cataract surgery (stop 50,
    // fresh-triage-p30e kw125).
    '(big|large|huge|massive|new|dark|black) (\\w+ )?floaters? (appeared|has appeared|turned up|came|showed up|popped up)',
  ],
  ear_knock: [
    '(rugby|boxing|wrestling|judo|mma|scrum|tackle|punched|hit|whacked|kicked|headbutt*|knock*|bang*)',
  ],
};
