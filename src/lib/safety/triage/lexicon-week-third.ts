// Lexicon, phase 25 sixtieth round: an ordinary week by a new author (fresh-triage-p27l.json,
// committed unread at 60833bd, read once at 9557b8d: 1 of 40 emergencies missed): a husband with
// type 1 diabetes, sweaty, who "can't properly wake" and "just groans", juice dribbling out; a
// child's adult front tooth knocked clean out; "something happened at a party ... that i didnt
// agree to"; and a 6-week-old who cries every evening "pulling her legs up" when the health visitor
// thinks colic (the tooth is read by tooth_knocked_out, lexicon-injury-skin.ts). Sources: NHS "low blood sugar (hypoglycaemia)" (someone who cannot be woken, or
// cannot swallow, with diabetes: 999 and no food or drink by mouth), NHS "knocked-out tooth" and
// the Dental Trauma Guide (an adult tooth out: back in its socket within the hour, an emergency
// dentist or A&E now), NHS "help after rape and sexual assault" (a sexual assault referral centre:
// evidence and emergency medicines within days, support at any time). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const WEEK_THIRD_SIGNS: Concepts = {
  // Roused only to a groan or a moan: "he just groans".
  groans_only: [
    '(he|she|they) (just|only) (groans|moans|grunts|mumbles|makes noises)',
    '(only|just) (groaning|moaning|grunting|mumbling)',
  ],
  // A drink that runs back out of the mouth: "it's dribbling out".
  drink_dribbles_out: [
    '(juice|drink|water|sugar|lucozade|coke|it) ~4 (dribbling|dribbles|dribbled|running|ran|runs|pouring|poured) (back )?out',
    "(can't|cannot|won't|unable to) swallow (the |any )?(juice|drink|sugar|lucozade|gel|glucose)",
  ],
  // Colic named by a health visitor or a GP, or told as its evening pattern: "HV thinks colic".
  // Read with an evening pattern, so that a baby's legs drawn up is no intussusception then
  // (NHS "colic": crying for hours in the evening, legs drawn up, feeding and growing well).
  colic_told: [
    '(hv|health visitor|gp|midwife|doctor|paediatrician|nurse) (thinks|says|said|reckons|thought|told us|told me) ~3 colic',
    "(it's|its|probably|just|maybe|definitely) colic",
    'colicky (baby|babies|one|little one)',
  ],
  // A sexual act told without its name: "something happened at a party that i didnt agree to".
  sex_not_agreed: [
    "(something|stuff|things|it) (happened|went on|was done) ~8 (i|she|he) (didn't|did not|never|wasn't able to|couldn't) (agree|consent|say yes|want)( to)?",
    "(didn't|did not|never) (agree|consent|say yes) to (it|what happened|what he did|what she did|that|sex|anything)",
  ],
};
