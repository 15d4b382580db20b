// Lexicon, phase 25 thirty-eighth round: after surgery, hospital stays and serious long-term
// illness, a second author on p25g's theme (fresh-triage-p26q.json, committed unread after
// a38b303, read after the thirty-seventh round: 3 of 40 emergencies missed): over-reads of
// everyday life with a long-term condition. Sources: NICE CKS (bruising at heparin injection
// sites is expected), Diabetes UK and NICE NG17 (a high reading after a meal with no ketones and
// feeling well: a correction, not a same-day call), MS Society (Uhthoff's phenomenon: symptoms
// brought on by heat that settle on cooling are not a relapse).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const LONG_TERM_SECOND_SIGNS: Concepts = {
  // Bruises put down to injections ("bruises all over my tummy from the clexane injections").
  injection_bruise: [
    '(bruise|bruises|bruising|bruised) ~6 (from|where|at|around|after) (the |my |his |her |all the |those )?(\\w+ )?(injections?|jabs?|injection sites?|needles?|shots?)',
  ],
  // No ketones said in words ("no ketones", "ketones negative").
  ketones_none: [
    '(no|zero|nil|negative|0) ketones',
    'ketones (are |were |was |is )?(negative|zero|none|nil|fine|normal|ok|okay)',
  ],
  // A sugar reading told as taken after a meal or a treat.
  after_meal_reading: [
    // "sugar 14 after a big pasta dinner" (phase 25, fresh-triage-p26r hj092).
    '(sugar|sugars|glucose|bm|reading|level|\\d+) ~3 after (a |my |the |some |his |her )?(\\w+ ){0,2}(cake|meal|dinner|lunch|breakfast|eating|pizza|dessert|pudding|takeaway|curry|pasta)',
    '(\\d+|one|two|an|a couple of) (hours?|hrs?) after (a |my |the |some |his |her )?(\\w+ ){0,2}(cake|meal|dinner|lunch|breakfast|tea|eating|food|pizza|dessert|pudding|takeaway|curry|pasta|chips)',
  ],
  // A wound said to be healing ("a bit red at one end but healing").
  wound_healing_said: [
    '(but|and|otherwise|seems|is|looks|its|it is) (to be )?(healing|healing well|healing nicely|healing fine|healing ok)',
  ],
  // Symptoms brought on by heat that settle on cooling (Uhthoff's phenomenon in MS).
  heat_brings_on: [
    '(hot bath|hot baths|hot shower|hot showers|sauna|hot weather|the heat|hot tub) ~10 (back to normal|goes away|go away|settles|settle|passes|wears off|fine again|ok again|okay again|normal again) ~4 (cool|cools|cooled|cooling)',
  ],
};
