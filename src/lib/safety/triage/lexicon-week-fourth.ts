// Lexicon, stop 47: four more sets read together (fresh-triage-p29i someone who cannot say,
// p29l what a device or a test said, p29m English around the world, p29n belly, bowels,
// waterworks, back and joints; committed unread at a0de08a, b65fd79, 65c0698, 361ce9b and read
// once with the triage of 129c831, the twelfth round: 1, 0, 0 and 2 of 40 emergencies
// missed, 1, 2, 1 and 2 of 80 urgent or emergency read routine). Missed: a leg white, cold and
// mottled in someone with AF and dementia ("carers thought she'd just slept on it funny"),
// ulcerative colitis with 10-12 bloody stools a day, 38.3 and a pulse of 112, a sore back with
// a fever and legs weak and stumbling in someone who injects heroin (an epidural abscess). For
// today: a PEG pulled out, creatinine 88 → 241 on naproxen, a white count of 98, burning on
// passing urine then a pained side, fever and shivering, a new hot swollen knee at 81, a new
// back pain worse at night after breast cancer (the net took it back). Sources: NICE CG147 and
// ESVS (acute limb ischaemia), NICE NG130 and Truelove and Witts (acute severe UC), NICE NG234
// (MSCC: within 24 hours), NICE NG148 (AKI), NICE NG12, NICE NG111 (pyelonephritis), NICE CKS
// (hot swollen joint), BAPEN (a dislodged gastrostomy: replaced within hours). Pattern
// language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const WEEK_FOURTH_SIGNS: Concepts = {
  // A creatinine told high ("the app shows my creatinine is 241").
  creatinine_high: ['creatinine ~3 (1[5-9]\\d|[2-9]\\d\\d)\\b'],
  // An earlier, lower value ("it was 88 in the spring").
  result_was_lower: ['(it was|was|from|up from) (only |about )?([4-9]\\d|1[0-2]\\d)\\b'],
  // A white count of 50 or more ("flagged white cell count 98").
  wcc_very_high: [
    '(white (cell|blood cell) count|wcc|wbc|white cells?) ~4 ([5-9]\\d|\\d\\d\\d)\\b(?![.,]\\d)',
  ],
  // Burning on passing urine, as many Englishes say it.
  burning_passing_urine: [
    'burning (while|when|on|during|with) (passing )?(urine|urinating|pee|peeing|wee|weeing|water)',
  ],
  // A joint swollen and hot ("her left knee swollen up like a balloon, hot to touch").
  joint_hot_swollen: [
    '(knee|ankle|wrist|elbow|joint|big toe) ~6 (swollen|swelled|swelling|puffed) ~8 (hot|warm|red)',
    '(knee|ankle|wrist|elbow|joint|big toe) ~6 (hot|warm|red) ~8 (swollen|swelled|swelling|puffed)',
  ],
  // Known gout flaring again ("gout flare again in my big toe ... same as the last few times").
  gout_again: [
    'gout ~6 (again|flare|flares|flaring|same as|as usual|like before|last (time|few times))',
  ],
  // A sore back in lay words ("back has been really sore for a week in one spot").
  back_sore_lay: [
    "back (has been |is |'s |been )?(really |very |so |super )?(sore|painful|agony|killing me)",
  ],
};
