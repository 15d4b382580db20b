// Lexicon, phase 25 fifty-third round: medicines and pharmacy, a third author on p25b's theme
// (fresh-triage-p27g.json, committed unread at 9fd35f1 and read once there: 1 of 40 emergencies
// missed): two paracetamol-containing products taken together dose after dose ("2 co-codamol + 2
// paracetamol every 4 hours ... since monday"), diarrhoea many times a day after an antibiotic
// (clindamycin), a pharmacy with none of a medicine that cannot stop and only today's tablets
// left. Sources: TOXBASE and NHS "paracetamol for adults" (co-codamol, co-dydramol and cold
// remedies contain paracetamol: taken with it, the day's maximum is passed at every dose; a
// staggered overdose needs A&E), NICE CKS "Clostridioides difficile" (diarrhoea three or more
// times a day after an antibiotic: a same-day stool test and review), Society for Endocrinology
// and NHS (steroid replacement and the other time-critical medicines must not lapse: an
// emergency supply today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';
import { MUST_NOT_STOP } from './lexicon-same-day';

/** Products that already contain paracetamol. */
const WITH_PARACETAMOL =
  '(co-?codamol|co codamol|cocodamol|co-?dydramol|co dydramol|solpadeine|zapain|kapake|tylex|migraleve|paramol|tramacet|lemsip|beechams|night nurse|day nurse|sudafed (day|cold)|cold and flu (tablets|capsules|sachets|powders?|meds|medicine))';
const PLAIN_PARACETAMOL = '(paracetamol|paracetemol|paracetomol|panadol|tylenol|calpol)';

export const MEDICINES_THIRD_SIGNS: Concepts = {
  // Two paracetamol-containing products named together: "co-codamol + paracetamol", "lemsip and
  // panadol", "paracetamol on top of the co-codamol".
  paracetamol_two_products: [
    // A "+" between them is no word, so the gap is spelled out ("2 co-codamol + 2 ibuprofen + 2
    // paracetamol"); up to twelve words apart ("2 paracetamol every 3 or 4 hours day and night
    // plus the lemsip max ones"; phase 25, stop 46, p27z ir102).
    `${WITH_PARACETAMOL} ([\\w'+-]+ ){0,12}${PLAIN_PARACETAMOL}`,
    `${PLAIN_PARACETAMOL} ([\\w'+-]+ ){0,12}${WITH_PARACETAMOL}`,
  ],
  // An antibiotic by name, with or without "on": "after clindamycin from the dentist".
  antibiotic_named: [
    '(antibiotics?|abx|clindamycin|amoxicillin|amoxycillin|co-?amoxiclav|augmentin|flucloxacillin|cefalexin|cephalexin|ciprofloxacin|cipro|levofloxacin|clarithromycin|erythromycin|azithromycin|doxycycline|metronidazole|trimethoprim|nitrofurantoin|penicillin|cefuroxime|ceftriaxone)',
  ],
  // A pharmacy with none of a medicine that cannot stop: "the pharmacy has no hydrocortisone in".
  pharmacy_none_must_not_stop: [
    `(pharmacy|pharmacies|chemist|chemists|pharmacist|boots|lloyds|superdrug) ~6 (no|none of|out of|doesn't have|does not have|don't have|hasn't got|haven't got|can't get|cannot get|couldn't get|out of stock of|owe me|owing) ~3 ${MUST_NOT_STOP}`,
    `${MUST_NOT_STOP} ~8 (out of stock|on back ?order|unavailable|shortage|not in stock)`,
  ],
  // Only today's doses left: "ive only got todays tablets left", "just one dose left".
  last_doses_left: [
    "(only|just) (got|have|has|left with|enough for) (today'?s|todays|tonight'?s|tonights|one more|1 more|one|1|2|two|the last|a day'?s|today|tonight|tomorrow) ~2 (doses?|tablets?|pills?|meds|left|days?)",
  ],
};
