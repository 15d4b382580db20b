// Lexicon, phase 25 forty-first round: food, eating and drinking, a second author on p25f's
// theme (fresh-triage-p26t.json, committed unread after 7018f0a, read after the fortieth round:
// 1 of 40 emergencies missed). Sources: Resuscitation Council UK (a cough that stays after a
// choke: a doctor today), MHRA and BSACI (two in-date adrenaline pens at all times: replace a
// used one today), NICE CKS (infant formula made too strong: hypernatraemic dehydration, advice
// today), NICE NG69 (purging with weakness or twitching: same-day potassium check), Epilepsy
// Action (missed doses with warning auras: advice today).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const FOOD_SECOND_SIGNS: Concepts = {
  // No adrenaline pen left after one was used ("didn't get a new one and the spare expired").
  no_pen_left: [
    "(didn't|did not|never|haven't|have not|hasn't) (get|got|been given|given|have|had) (a |any )?(new|replacement|spare|second|another) (one|pen|epipen|jext|emerade)",
    '(spare|other|second|only|last) (pen|epipen|jext|emerade|one) (has |is |was )?(expired|out of date|gone|used)',
  ],
  // Formula made too strong.
  formula_too_strong: [
    '(too many|extra|double|way too many|twice the) scoops',
    'double strength',
    '(formula|bottles?|feeds?) ~3 (made|mixed|making|mixing) ~3 (wrong|too strong|too thick|double)',
  ],
  // Making oneself sick after eating.
  purging_lay: [
    '(making|make|made|makes) (myself|herself|himself|themselves) (be )?sick',
    'purging',
    '(throwing|throw) up (on purpose|after (every|most|each) meal)',
  ],
  // A couple of doses missed.
  missed_couple: [
    '(missed|forgot|skipped) (a couple|a few|some|two|2|three|3)( of)?( doses| tablets| pills)?',
  ],
  // An epileptic's own warning feelings.
  warning_feelings: ['(warning|funny|strange|odd) (feelings?|turns?|sensations?)', 'auras?'],
};
