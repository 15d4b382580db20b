// Lexicon, phase 25 nineteenth round: the chest, the heart and breathing (fresh-triage-p25t.json,
// read once at e45bf4c): chest pressure from exertion that did not go with rest, a GTN spray
// used twice with the pain still there, inhalers run out with a wheeze, a clinic's call to come
// to hospital today. Sources: NHS and NICE CG95 (chest pain: 999 for pain lasting 15 minutes or
// more that rest does not ease; GTN twice without relief), BTS/SIGN asthma (a reliever run
// out). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const CHEST_BREATH_SIGNS: Concepts = {
  // Pain or pressure that did not go with rest ("didnt go when i stopped and sat down").
  rest_no_relief: [
    "(didn't|did not|doesn't|does not|hasn't|has not|won't|not|never) (go|ease|settle|stop|went|eased|settled|going|easing|gone|stopped|go away|went away|ease off|eased off) ~4 (when|after|once|even when|even after|with|despite) (i|he|she|they)? ?(stopped|sat down|rested|sat|stopped and sat|resting|rest)",
    '(still|not) (gone|going|easing|eased) (even )?(after|with|despite) (resting|rest|sitting down|stopping)',
  ],
  // Both inhalers or the reliever run out, or none left.
  inhaler_run_out: [
    '(ran|run|running|have run|has run) out (of )?(both )?(my |his |her |the )?(inhalers?|blue inhaler|reliever|ventolin|salbutamol|preventer|puffers?)',
    '(no|none left in|empty) (blue )?(inhaler|reliever|ventolin|salbutamol|puffer)',
  ],
  // A clinic or a GP asking the person to go to hospital today.
  sent_to_hospital_today: [
    '(want|wants|wanted|asked|told|said) (me|him|her|us|them) to (go|get|come) (to|into|in to) (the )?(hospital|a&e|ae|er|ed|emergency department|ambulatory care|sdec|assessment unit|the clinic) (today|tonight|now|straight away|this (morning|afternoon|evening))',
    '(go|going|get|come) (to|into) (the )?(hospital|a&e|er|ed|assessment unit|sdec) today for (a |an )?(scan|scans|x-?ray|bloods|tests?|ct|ultrasound|assessment)', // "said my optic nerves look swollen and i should go to eye casualty today" (phase 25,
    // fresh-triage-p27k ic121): an optician, a nurse or a pharmacist too.
    '(said|says|told me|advised|wants me|thinks) ~8 (i |we |he |she )?(should|need to|needs to|must|have to|has to|to) go (straight )?(to|into) (the )?(eye casualty|eye hospital|emergency eye (clinic|service)|hospital|a&e|a and e|ae|urgent care|ed|emergency department|assessment unit|sdec) (today|tonight|now|straight away|right away|asap|this (morning|afternoon|evening))',
  ],
};
