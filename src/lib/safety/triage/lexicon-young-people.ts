// Lexicon, phase 25 seventh round: school-age children and teenagers (fresh-triage-p25h.json,
// read once at bf18911). Marks of a child being hurt at home seen by a teacher, a slipped hip
// in a teenager, a concussion that has settled, and the words young people use for what
// happened to them. Sources: NSPCC and Working Together to Safeguard Children (signs of abuse),
// NHS and RCS (slipped capital femoral epiphysis), England Rugby / UK concussion guidelines for
// grassroots sport (graduated return), Rape Crisis and the NHS (sexual assault: help within
// days). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const YOUNG_PEOPLE_SIGNS: Concepts = {
  // Bruises shaped like a grip, a hand or a belt (NSPCC: a pattern to report the same day).
  safeguarding_marks: [
    '(bruises?|bruising|marks?) ~8 (finger ?-?marks?|finger ?-?tips?|fingers|grip|grip marks?|hand ?-?prints?|shape of (a )?(hand|fingers?)|belt|buckle|slap marks?)',
    '(finger ?-?mark|finger ?-?tip|grip|hand ?-?print|belt|slap) (bruises?|bruising|marks?)',
    '(bruises?|bruising|marks?) ~4 (both (upper )?arms|upper arms|the backs? of (his|her) legs|(his|her) neck|(his|her) ears?)',
  ],
  // A child afraid of someone at home, or telling of their temper (NSPCC).
  safeguarding_fear: [
    "(flinch*|cowers?|cowered|scared to go home|afraid to go home|frightened to go home|(doesn't|does not|won't|will not) want to go home)",
    "(daddy|mummy|dad|mum|stepdad|step-dad|step ?mum|mum's boyfriend|mums boyfriend|mom's boyfriend) (gets|got|is|was|goes|went) (really |so |very )?(cross|angry|mad|rough|scary|shouty)",
    '(frightened|scared|afraid|terrified) of (her|his|their) (dad|mum|father|mother|stepdad|step-dad|daddy|mummy)',
  ],
  // A pupil, or a child in a teacher's care.
  pupil_word: [
    '(pupil|pupils|student in my class|child in my class|kid in my class|year [1-9]|reception class|my class)',
  ],
  // A foot or leg turned outwards (with a painful hip and no weight on it: a slipped hip).
  foot_turned_out: [
    '(foot|feet|knee|toes|leg) ~3 (is |are )?(turned|turning|pointing|pointed|rolled|rotated|twisted) (out|outwards|outward|sideways|to the side)',
  ],
  // Days or weeks since a concussion or head injury ("10 days after a concussion at rugby").
  head_injury_days_ago: [
    '(\\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of) (days|weeks) (after|since|post|on from) (a |the |his |her |my |their )?(concussion|head injury|head knock|bang on the head)',
    '(concussion|head injury) ~4 (\\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of) (days|weeks) ago',
  ],
  // Sex when they said no, were asleep or too drunk to say it (an assault; Rape Crisis).
  sex_without_consent: [
    "(had sex with|slept with|did (stuff|things|it) to|forced (himself|herself|themselves) on|forced|made) (me|her|him|them) ~10 (saying no|said no|say no|kept saying no|told him no|told her no|didn't want|did not want|asleep|passed out|too drunk|couldn't say no|could not say no|without (my |her |his )?consent|unconscious|out of it|blacked out)",
    "(i|she|he) (said|kept saying|was saying|tried to say|told (him|her|them)) (no|stop) ~8 (he|she|they) (still|carried on|kept going|did it anyway|had sex|didn't stop|did not stop)",
  ],
};
