// Rules, phase 25 forty-sixth round: the mind and the body together
// (lexicon-mind-body-second.ts; fresh-triage-p26y). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const MIND_BODY_SECOND_RULES: readonly RuleSource[] = [
  // Catatonia with no food or drink (a medical emergency); "not drunk anything" told apart from
  // the food (stop 49, fresh-triage-p29x kp099).
  [
    'mental-health-danger',
    '(catatonia_posture | catatonic) & (not_eating_drinking | drinking_little) & (psych_illness | psychosis | catatonia_posture)',
  ],
  // Wernicke's: a heavy drinker confused, walking as if drunk when sober, or with flicking eyes.
  [
    'very-unwell',
    '(heavy_drinker | alcohol_heavy) & confused & (gait_odd | ataxia | acting_drunk | nystagmus_lay) & (sober_said | nystagmus_lay)',
  ],
  // Mania in the weeks after a birth, sleeping little (the crisis team today).
  [
    'mental-health-urgent',
    '(postpartum_word | postpartum_said | postpartum) & mania_signs_lay & not_sleeping',
  ],
  // Lithium stopped, sleeping less or high (relapse: advice today).
  [
    'mental-health-urgent',
    'lithium_stopped_cue & (not_sleeping | sleeping_less | mania_signs_lay | mania | mania_lay)',
  ],
  // Benzodiazepines without, or taken daily in quantity and to be stopped (withdrawal: today).
  ['medicine-supply', 'benzo_without & (shaky | sweaty | agitated | not_sleeping | hr_fast)'],
  ['benzo-dependence', 'benzo_daily_heavy'],
  // Alcohol: a first day off with shakes and sweats or a fast pulse; morning shakes in a heavy
  // drinker (NICE CG100: medically assisted withdrawal, today).
  ['alcohol-withdrawal', '(off_drink | stopped_drinking) & shaky & (sweaty | hr_fast)'],
  ['alcohol-withdrawal', '(heavy_drinker | alcohol_heavy | alcohol_drink) & morning_shakes'],
  // An antidepressant stopped because it ran out, with zaps or dizziness.
  ['medicine-supply', 'ssri_ran_out_after & (brain_zaps | dizzy | vomiting)'],
  // A triptan or tramadol with an SSRI, then shivers, twitching or diarrhoea (serotonin
  // syndrome: advice today).
  [
    'medicine-side-effect',
    'serotonergic_more & (ssri_more | psych_meds) & (twitching | rigors | diarrhoea | agitated | sweaty) & !overdose',
  ],
  // An antipsychotic in dementia with falls or more sleep (MHRA: review today).
  ['medicine-side-effect', 'antipsychotic & dementia_known & (fall | drowsy | sleepier_lay)'],
];
