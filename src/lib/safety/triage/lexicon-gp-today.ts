// Lexicon, phase 5: signs from the NHS 111 "get an urgent GP appointment / ask for help from
// 111 today" pages and NICE CKS red flags that earlier tables lacked or only knew in one word
// order: a leg or calf swelling the other way round ("swelling and hot"), waters leaking
// ("water leaking"), itching of the hands and feet with other words between (obstetric
// cholestasis), bleeding from an ear, blood sugars that keep going low, pain during sex.
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const GP_TODAY_SIGNS: Concepts = {
  ear_bleeding: [
    '(ear|ears|eardrum) ~~4 (bleed*|blood|bloody)',
    '(blood|bleeding) ~~3 (from|out of|coming out of|in) ({poss} )?(ear|ears)',
  ],
  waters_leaking: [
    '(water|waters|fluid|liquid) ~~3 (leak*|gush*|trickl*|dripping|coming out|came out|running down)',
  ],
  itch_hands_feet: ['itch* ~6 (hands|feet|palms|soles)'],
  hypo_repeated: [
    '(sugars?|glucose|levels?|readings?|bms?) ~~3 (going|goes|gone|went|keeps? going|keeps? dropping|dropping|dropped|drops?|crash*) (really |very |too |so )?low',
    '(sugars?|glucose) ~~3 (keeps? )?(crash*|plummet*)',
    '(hypos?|low sugars?) (every|each|most) (day|night|morning)',
    '(several|many|lots of|few|frequent|repeated) (hypos|low sugars)',
  ],
  discharge_word: ['(vaginal |white |a |some |the )?discharge'],
  pelvic_pain: [
    'pelvic {pain}',
    '{pain} ~~3 (in|around) ({poss} )?(pelvis|down there)',
    '{pain} down there',
  ],
  dyspareunia: [
    '{pain} ~~3 (during|with|after|when (i )?(have|having)) sex',
    'sex (is|was|has been) (really |very |so )?(painful|sore)',
  ],
};
