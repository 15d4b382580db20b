// Lexicon, phase 12 (helper fa): routine look-alikes whose alarm word has a harmless cause the
// message gives, probed with twins where it does not (test/unit/safety/probes-p12-fa.json).
// A harmless cause that is then denied counts for nothing. Slurred words while drunk that were
// gone by the morning are the drink, not a stroke (the stroke rule in rules-brain-mind.ts reads
// them together, and not with a weak limb, a drooping face, confusion, a fall, a knock to the
// head or a headache: NHS, "head injury and concussion": drinking hides the signs of a head
// injury). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const LOOK_ALIKE_SIGNS: Concepts = {
  // Drunk at the time: "after five pints", "when I was drunk", "had way too much to drink".
  drunk_episode: [
    '(after|from|with) (\\d+|a few|a couple of|several|too many|way too many|loads of|two|three|four|five|six|seven|eight|ten) (pints|drinks|beers|lagers|ciders|shots|glasses of wine|bottles of wine|vodkas|gins|cocktails|jagerbombs)',
    '(when|while|whilst|as) (i was |he was |she was |i got |he got |she got )?(drunk|hammered|wasted|smashed|plastered|tipsy|pissed)',
    '(was|got|were|been) (really |very |so |properly |absolutely )?(drunk|hammered|wasted|smashed|plastered|pissed)',
    'had (way |far |much )?too much to drink',
  ],
  // A harmless cause named, then denied: "thought it was the beetroot but I haven't eaten
  // any", "blamed the iron tablets but I stopped them a month ago". The cause does not fit,
  // so the colour counts again (the bleeding rules read it with benign_colour).
  explanation_denied: [
    "but (i|he|she|we|they) (haven't|hadn't|didn't|have not|had not|did not|never) (actually |even )?(eaten|had|eat|have|taken|take|drunk|drink|touched) (any|it|them|one|some)",
    'but (i|he|she|we|they) (stopped|finished|came off) (them|it|taking them|taking it) ~3 (ago|weeks|months)',
    "(haven't|hadn't|didn't|have not|had not|did not) (eaten|had|eat|have|taken|take) (any|a single) (beetroot|beets|blueberries|liquorice|licorice|iron|pepto|bismuth|food colouring|red food)",
  ],
  // Gone by the next morning, said as such.
  fine_next_day: [
    '(fine|ok|okay|normal|back to normal|right as rain|completely fine|totally fine) (this morning|today|the next (day|morning)|in the morning|when (i|he|she) woke up|now)',
    "(this morning|today|the next (day|morning)) (i am|i'm|he is|he's|she is|she's|i feel|he seems|she seems) (fine|ok|okay|normal|back to normal)",
  ],
};
