// Lexicon, phase 25, stop 46 ninth round: a poorly child from 3 months to 12 years, another
// author on p27o's theme (fresh-triage-p28h.json, committed unread at 5785eb1 and read once at
// 451da2f: no emergency missed, 3 of 80 urgent or emergency read routine). A 6-year-old drinking
// pints and wetting the bed again after years dry, with looser trousers (new type 1 diabetes); a
// 12-year-old cutting her arm with a sharpener blade, shallow, "doesn't want to die"; a
// 2-year-old who suddenly will not stand and screams when put on his feet, with no temperature.
// Sources: NICE NG18 (a child with thirst, wees and weight loss: same-day referral), NICE NG225
// (a child or young person who self-harms: assessment the same day), NICE CKS acute limp (a
// child under 3 who will not bear weight: same day, a toddler's fracture). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const CHILD_FOURTH_SIGNS: Concepts = {
  // Cutting their own skin on purpose, told by a parent or of oneself: a blade, a sharpener, a
  // compass ("cutting her arm with a pencil sharpener blade"), or "cutting herself" said as an
  // ongoing act. Not an accident ("cut his arm on broken glass at the park").
  cutting_told: [
    '(cutting|cut|scratching|scratched|carving|carved) (her|his|their|my) (own )?(arms?|wrists?|legs?|thighs?|stomach|skin|hands?) (with|using) (a |the |her |his |my )?([a-z]+ ){0,2}(blade|blades|razor|razors|sharpener|knife|scissors|compass|glass|pin|needle)',
    '(been|is|was|keeps|started) (cutting|scratching|burning) (herself|himself|themselves|myself)',
  ],
};

/** Read only beside other signs (cues): never set aside by a negation before them. */
export const CHILD_FOURTH_CUES: Concepts = {
  // A child's speech or skill asked about against the age ("is that normal for his age").
  normal_for_age_asked: [
    '(normal|usual|ok|okay) for (his|her|their|a|my) (age|\\d+ ?(year|yr|month) old)',
    'learning to (talk|speak)',
  ],
  // Wetting the bed again after being dry.
  bedwetting_again: [
    '(wetting|wet|wets) (the|her|his) bed again',
    'started (wetting|wetting the bed|having accidents) again',
    '(wetting|wet) the bed ~6 after being dry',
  ],
};
