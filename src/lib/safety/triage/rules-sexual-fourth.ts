// Rules, phase 25, stop 46 sixth round: sexual and reproductive health, a fourth author
// (lexicon-sexual-fourth.ts; fresh-triage-p28e, read once at ff8002c). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const SEXUAL_FOURTH_RULES: readonly RuleSource[] = [
  // Sudden pain low in the belly with fainting or nearly fainting, pale or dizzy (bleeding
  // inside: a ruptured cyst or ectopic, 999).
  [
    'abdominal-emergency',
    '(low_side_pain | pain_low_right | pain_one_side_more | abdo_pain) & sudden & (fainted | near_faint) & (pale | dizzy)',
  ],
  // A belly hard as a board with the pain getting worse or a fever (peritonitis, 999).
  [
    'abdominal-emergency',
    'belly_board & (worsening | fever | fever_word | temp_bare_high | severe_pain_any)',
  ],
  // An object stuck inside (removal in hospital today).
  ['genital-warning', 'object_stuck_inside'],
  // A zip caught on a foreskin or penis (freed with pain relief today).
  ['genital-warning', 'zip_caught'],
  // Rhesus negative and anti-D asked about after a miscarriage, a bleed in pregnancy or a
  // procedure (NICE NG126: within 72 hours; firm against the net, net.ts).
  [
    'pregnancy-warning',
    'rh_negative & anti_d_said & (miscarriage | gyn_procedure | vaginal_bleeding | pregnant_word)',
  ],
  // Pain worse than a period and not settling the day after a coil went in (perforation: FSRH).
  [
    'severe-abdominal-pain',
    'coil_recent & (not_settling | worse_lately | worsening) & !(resolved | healed)',
  ],
];
