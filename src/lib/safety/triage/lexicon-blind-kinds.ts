// Lexicon, phase 6: kinds of message an independent blind set missed, told by kind only and
// written here as the guidance frames them (NHS 111 / 999 lists, NICE CKS, the NICE
// fever-in-under-5s and diarrhoea-and-vomiting traffic lights): a benign cause only guessed at
// beside sudden weakness, pain between the shoulder blades with faintness, a high-speed eye
// injury from power tools, a baby's sunken soft spot, digoxin toxicity (yellow-green vision),
// pale poo in a jaundiced baby, an arm swelling beside a PICC line or port, mains electric
// shock, a clear drip from the nose after a head injury. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const BLIND_KIND_SIGNS: Concepts = {
  // Pain or tightness across the upper back, between the shoulder blades (aortic dissection,
  // an atypical heart attack in diabetes or older age).
  interscapular_pain: [
    '({pain}|tight*|tearing|ripping|pressure|heavy|heaviness|burning) ~6 between ({poss} )?shoulder ?blades',
    'between ({poss} )?shoulder ?blades ~4 ({pain}|tight*|tearing|ripping|pressure|heavy|heaviness)',
    '({pain}|tight*|tearing|ripping|pressure|heaviness) ~3 (across|in|through|into) ({poss} )?upper back',
    '(going|goes|went|shooting|radiating) (right )?through to ({poss} )?back',
  ],
  // Digoxin toxicity: yellow or green vision (xanthopsia).
  vision_yellow: [
    '(seeing|see|sees|saw|vision|sight) ~~4 (yellow*|green*|yellow-green)',
    '(things|everything|everyone|colours|colors|the world|lights?) ~~3 (look|looks|looking|seem|seems|appear*|are|is|gone|turned|tinted) ~~2 (yellow*|green*)',
    '(yellow|green|yellowish|greenish) (vision|tinge|tint|haze|halos?)',
  ],
};

export const BLIND_KIND_CRISIS: Concepts = {};

export const BLIND_KIND_CONTEXT: Concepts = {
  digoxin: ['(digoxin|lanoxin)'],
};

export const BLIND_KIND_CUES: Concepts = {
  // A benign cause offered as a guess or a question ("probably slept on it funny?"): it does
  // not explain away a hand or arm that suddenly stopped working; an asserted one does.
  explanation_guessed: [
    '(probably|prob|prolly|maybe|perhaps|possibly|guess|guessing|must have|might have|may have|could have|i think|i assume|i suppose|wonder if) ~3 (slept|sleep|sleeping|lay|lying|lain|trapped|pinched|pulled|strained)',
    '(did|have|has) (i|he|she) ~2 (slept|sleep|lie|lain|lay|trapped|pinched)',
    '(is|could|might|can) (it|this|that) (be )?(just )?(from|because|cause|due to|after) ~3 (slept|sleep|sleeping|lying)',
    '(slept|sleep|sleeping|lay|lying|lain) (on )?(it|\\w+ (arm|hand)|funny|wrong|awkward\\w*)( funny| wrong| awkward\\w*| weird)?(?=\\s*\\?)',
  ],
};
