// Lexicon, phase 25 fiftieth round: English as written around the world (fresh-triage-p27d.json;
// rules-englishes-second.ts). Sources: Stroke Association (not understanding speech all of a
// sudden is aphasia, a stroke sign).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const ENGLISHES_SECOND_SIGNS: Concepts = {
  // Suddenly not understanding what anyone says (receptive aphasia).
  understanding_lost: [
    "(not|can't|cannot|doesn't|does not|didn't|unable to) (seem to )?understand (what )?(anyone|anybody|people|we|i|you|they|everyone) (is |are |am )?(saying|say|says|tell|telling)",
  ],
};
