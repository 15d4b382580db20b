// Lexicon, phase 25 sixty-fourth round: skin, allergy, bites, stings and burns, a third author on
// the theme (fresh-triage-p27r.json, committed unread at 4771b3c and read once there: 4 of 40
// emergencies missed): a wasp in a can that "stung me on the tongue, its getting fatter, hard to
// talk" read routine; hot oil blistering both forearms and the neck "way more than my hand size";
// soot round a neighbour's nose and mouth after a house fire (in fire_event); a toddler's palm
// blistered by hair straighteners (left same day). Sources: NHS "insect bites and stings" (stung in
// the mouth or throat: 999), NHS "burns and scalds" (a burn bigger than the person's hand, or
// blistering over a large area: A&E). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SKIN_THIRD_SIGNS: Concepts = {
  // Stung or bitten inside the mouth or throat: "stung me on the tongue".
  sting_in_mouth: [
    // A sting only: "bit my tongue" is one's own teeth.
    '(stung|stings) (me|him|her|them|my \\w+)? ?(on|in|inside) (the|my|his|her|their) (tongue|mouth|throat|gums?|inside of (my|his|her) (mouth|cheek))',
    '(sting) (on|in|inside) (the|my|his|her|their) (tongue|mouth|throat)',
    '(swallowed|drank|drunk) (a )?(wasp|bee|hornet)',
  ],
  // The tongue or the throat swelling, in lay words: "its getting fatter".
  tongue_swelling_lay: [
    '(tongue|throat|mouth|lip) ~6 (getting|gone|going|is|feels|feel|looks) (fatter|bigger|thicker|swollen|huge|massive|tight)',
    "(it's|its|it is) (getting|gone|going) (fatter|bigger|thicker|more swollen)",
    "(hard|difficult|struggling|can't|cannot) to (talk|speak|swallow)|(hard|difficult|struggling) (talking|speaking|swallowing)",
  ],
  // Bigger than the person's hand, said: "way more than my hand size" (burn_large also reads a
  // whole palm, which is no bigger than a hand).
  burn_over_hand_size: [
    '(way |much |a lot |far )?(bigger|larger|more|wider) than (a |his |her |my |the |their )?(hand|palm)( size|-size|-sized)?',
    'size of (two|both|his|her|my) (hands|palms)',
  ],
};
