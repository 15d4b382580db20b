// Lexicon, phase 25 fifty-first round: newborns and babies under three months (a new author;
// fresh-triage-p27e.json, committed unread after b9e3d52, read at once: 2 of 40 emergencies
// missed). Sources: NICE NG143 (under 3 months with 38 or more: red), NICE NG232 (a baby who
// fell from a changing table and did not cry at once: A&E), NHS and BAPS (an inguinal hernia
// in a young or premature baby: seen today), NICE CKS (any burn or scald on a baby: assessed
// today).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const NEWBORNS_SECOND_SIGNS: Concepts = {
  // A baby about to turn 3 months, so under it now.
  turns_3_months: [
    '(turns|turning|will be|is nearly|nearly|almost) (3|three) months (old )?(next week|tomorrow|on|in|soon|this week)?',
  ],
  // A fall from furniture ("rolled off changing table about a metre onto wood floor").
  fall_off_furniture: [
    '(rolled|fell|fallen|dropped|slipped|tumbled) (off|from|out of) (the |a |our |my )?(changing table|changing mat|changing unit|bed|sofa|couch|worktop|counter|table|high ?chair|pram|bouncer|chair|cot)',
  ],
  // Did not cry at first after a fall (a moment of unconsciousness).
  didnt_cry_first: [
    "(didn't|didnt|did not|never|wasn't|wasnt) (cry|crying|make a sound|react) (at first|straight away|right away|immediately|for (a |about |maybe )?(few |\\d+ )?(seconds|secs|moments|a second|a moment))",
    'just lay (there|still) ~6 (then|before|now) (cried|crying|started crying)',
  ],
  // Born early ("born at 34 weeks", "prem").
  premature_born: [
    '(born|came|arrived) (early )?(at )?(2[4-9]|3[0-6]) ?(weeks|wks|w)',
    '(prem|premmie|preemie|premature|born early)',
  ],
  // A lump in a baby's groin that comes and goes.
  groin_lump_baby: [
    '(lump|bulge|swelling) in ({poss} )?(\\w+ ){0,2}(groin|tummy button|belly button|scrotum)',
  ],
};
