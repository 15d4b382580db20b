// Lexicon, phase 25 thirty-second round: an ordinary week from families (fresh-triage-p26k.json,
// read at 610fe01) and an ordinary week (fresh-triage-p25v.json, unread since 1e0f3ff, read at
// 610fe01): a temperature told with where it was taken ("38.2 under the arm"), the tablets in
// front of someone who has written the letters, a GP who wants someone seen today, a toddler
// swung up by the arms who will not use one, measles at soft play in a pregnancy without MMR,
// bruises with pinprick dots and bleeding gums. Sources: NICE NG143 (under 3 months at 38 or
// more: red), NICE NG225, NHS pulled elbow, UKHSA measles in pregnancy (human normal
// immunoglobulin within 6 days), NICE NG12 and CKS (unexplained bruising or petechiae: a blood
// count within 48 hours). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const FAMILIES_SIGNS: Concepts = {
  // Where a temperature was taken, after a figure ("38.2 under the arm").
  temp_site_said: [
    // "checked under her arm and its 38.2" (stop 47, fresh-triage-p28u jm047).
    '(checked|took|taken|measured|tested) (it )?(under (her|his|their|the) (arm|armpit)|in (her|his|their|the) (ear|armpit|bottom)) (and )?(it|it is|its|it was|was|reads|said|says)? ?3[5-9](\\.\\d)?',
    // "38.1 rectal" (phase 25, fresh-triage-p27e hw091).
    '\\b3[5-9](\\.\\d)? ?(°|degrees)? ?c? ?(rectal|rectally|in (the|her|his|their) (bottom|bum)|under (the|her|his|their) (arm|armpit|tongue)|in (the|her|his|their) (ear|armpit|mouth)|underarm|axillary|on (the|her|his) forehead|forehead|ear thermometer)',
  ],
  // The means in front of someone ("the tablets are in front of me").
  means_in_front: [
    '(tablets|pills|meds|medication|blades?|razor|rope|knife) (are |is )?(in front of|next to|beside|on the (table|bed|floor) (in front of|next to)) (me|him|her|them)',
  ],
  // Letters or notes written (with the means in front: a farewell).
  letters_written: [
    "(i've |ive |i have |i )?(written|wrote|writing|left|finished) (the |my |some |goodbye |farewell |all the )?(letters|notes|a note|a letter|note to)",
  ],
  // A clinician who wants someone seen today.
  seen_today_said: [
    '(want|wants|wanted|need|needs|needed) (me|him|her|us|them) (to be )?(seen|to come in|to go in|in) (today|this afternoon|this morning|tonight|asap|urgently)',
    '(said|told) (me|him|her|us) to (come|go) in (today|this afternoon|now)',
  ],
  // An arm held still and not used (with swung_by_arms, lexicon-wave9-c.ts: a pulled elbow).
  arm_held_still: [
    '(holding|holds|keeps) (that|her|his|the|one) arm (down|still|by (her|his) side|limp)',
    "(won't|wont|will not|doesn't|does not|not) (use|using|move|moving|lift|lifting) (that|her|his|the|it|one) ?(arm|hand|it)?",
  ],
  // No MMR had, or not known.
  no_mmr_said: [
    "(don't think|not sure|no idea|can't remember|cant remember|never) (i |she |he )?(had|have had|got) (the |my |her |his )?(mmr|measles jab|measles vaccine)",
    '(no|not had|never had|missed) (the |my |her |his )?(mmr|measles jab|measles vaccine)',
  ],
  // Gums bleeding.
  gums_bleed_lay: ['gums? (bleed|bleeds|bleeding|bled)', 'bleeding gums'],
  // Bruises not remembered.
  bruises_unexplained_lay: [
    "bruis* ~8 (can't remember|cant remember|don't remember|no idea how|out of nowhere|for no reason|without knocking|didn't knock)",
  ],
};

/**
 * Never filtered by scope: measles met ("just found out the kid i sat next to at soft play on
 * monday has measles" read as asked about).
 */
export const FAMILIES_CUES: Concepts = {
  measles_met_cue: [
    '(sat next to|played with|was with|been with|next to|near|beside|in the same (room|class|ward|waiting room) as) ~8 (has|had|got|with|caught|diagnosed with) measles',
  ],
};
