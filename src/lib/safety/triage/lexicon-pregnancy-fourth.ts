// Lexicon, phase 25, stop 46 eighth round: pregnancy, birth and the weeks after, a fourth author
// on the theme (fresh-triage-p28g.json, committed unread at ff8002c and read once at 9e246da: 1 of
// 40 emergencies missed, a crash at 30 weeks with pain and bleeding that "paramedics weren't
// called" for had cleared; scope-cues.ts). Its 999 over-reads, read here: a worry asked after a
// fall ("Could I have hurt the baby?") read as a threat to harm a baby; a heavy bleed "after my
// first birth" read as now (scope-cues.ts HISTORY); an episode of a drama "where a woman had a
// fit" read as a fit (scope-fiction-scene.ts MEDIA_SCENE). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Read only beside other signs (cues). */
export const PREGNANCY_FOURTH_CUES: Concepts = {
  // A worry that an accident or a medicine harmed the baby, asked: not a wish to harm it.
  harm_worry_asked: [
    '(could|might|would|did|can|will|have|has) (i|we|it|that|this|the fall|falling|the bump|the crash|my fall) (have |has )?(hurt|harmed|damaged|injured) (the|my|our) (baby|bump|unborn baby)',
    "(worried|scared|afraid|worry|terrified|frightened|panicking) ~8 (i've|i have|i might have|i may have|it might have|it may have|it has|it's) (hurt|harmed|damaged|injured) (the|my|our) (baby|bump)",
  ],
};
