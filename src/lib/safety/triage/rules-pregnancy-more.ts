// Rules, phase 25 twenty-seventh round: pregnancy, birth and after (lexicon-pregnancy-more.ts;
// fresh-triage-p26d, read at 502d498). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const PREGNANCY_MORE_RULES: readonly RuleSource[] = [
  // Jerking with foam at the mouth: a fit (999 for a first one); in pregnancy or after a birth,
  // eclampsia.
  [
    'seizure-prolonged',
    'foam_mouth_fit & !(usual_seizure | seizures_known) & !(epilepsy & (resolved | back_to_normal))',
  ],
  [
    'pregnancy-emergency',
    'foam_mouth_fit & (pregnant | postpartum | postpartum_said | postpartum_word)',
  ],
  // Pictures of harming the baby with no trust in oneself (999); without it, intrusive thoughts
  // (the perinatal team today), unless the writer says they never would (a spent p19b message:
  // "I would never ever do it ... Is something wrong with me?", routine). Not a partner worried
  // about sex.
  ['mental-health-danger', 'harm_baby_thought & not_trust_self & !partner_worry_sex'],
  ['mental-health-urgent', 'harm_baby_thought & !no_plan & !partner_worry_sex'],
  // A soft or pus-filled lump with mastitis or breastfeeding (a breast abscess: same day).
  ['skin-infection', 'lump_squishy & (mastitis | breastfeeding)'],
  // Big clots after a birth (secondary postpartum haemorrhage: maternity today).
  ['pregnancy-warning', 'clots_big_lay & (postpartum | postpartum_said | postpartum_word)'],
  // Zigzag lines with a headache from 20 weeks (pre-eclampsia: as flashing lights).
  ['pregnancy-emergency', 'zigzag_lay & headache & preg_20w'],
  // A headache on sitting up after an epidural or spinal (post-dural puncture headache).
  ['headache-warning-signs', 'epidural_said & headache_upright'],
];
