// Rules, phase 11 (helper fa): textbook signs described rather than named, each probed with new
// wordings and routine look-alikes before any change (test/unit/safety/probes-p11-fa.json).
// Concepts: lexicon-*.ts. Expression language: expression.ts.
// (A single minor slip of a common medicine is an exception to medication-error, written as the
// derived concept minor_slip in rules.ts.)

import type { RuleSource } from './rule-types';

export const WAVE13_RULES: readonly RuleSource[] = [
  // Acute urinary retention told without the words: urine that will not come properly (only
  // dribbles, a few drops, nothing comes) with a full, hard or sore lower belly, or no proper
  // wee for hours (NHS: A&E if you cannot pee). Not a sting or a frequent urge (cystitis, where
  // "only a little comes out"), not a weak stream for weeks or months (prostate, GP).
  [
    'urinary-retention',
    'urine_obstructed & (bladder_full_sore | no_proper_wee_hours) & !uti_symptoms & !urine_sting_or_often & !polyuria & !chronic_pattern & !child & !baby',
  ],
  // Appendicitis told without the word, past its classic story (which is urgent, NHS: 111 or
  // urgent GP): pain at or moved to the lower right that keeps the person from walking or
  // standing straight, with sickness or a temperature (peritonitis: A&E now).
  [
    'abdominal-emergency',
    '(pain_migrated_right | pain_moved_right_low | rlq_pain | pain_low_right) & (abdo_pain | pain_migrated_right) & cant_walk_straight & (vomiting | vomit_persistent | fever) & !period & !chronic_pattern',
  ],
];
