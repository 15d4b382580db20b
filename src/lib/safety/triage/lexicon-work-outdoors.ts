// Lexicon, phase 25 thirty-seventh round: work, sport, travel and the outdoors, a second author
// on p25e's theme (fresh-triage-p26p.json, committed unread after a38b303, read at once: 4 of 40
// emergencies missed): a foot run over by a forklift, a tendon that popped with the muscle
// bunched up, mountain sickness that is not settling. Sources: NHS (a crush or a suspected
// fracture: minor injuries or urgent care today), BESS/BOA (distal biceps rupture: early
// orthopaedic assessment), NHS and the International Society for Mountain Medicine (altitude
// sickness: do not go higher, see a doctor).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const WORK_OUTDOORS_SIGNS: Concepts = {
  // A foot or a hand run over by a vehicle (a crush: an X-ray today even if it bears weight).
  run_over_limb: [
    '(forklift|pallet truck|car|van|truck|lorry|tractor|quad|quad bike|dumper|digger|trailer|wheel) ~3 (ran|run|drove|rolled|went|gone|reversed|backed) over ({poss} )?(foot|feet|toes|ankle|hand|leg)',
    '(ran|run|drove|rolled|went) over ({poss} )?(foot|feet|toes|ankle|hand) (with|in) (a |the |his |her |my )?(forklift|pallet truck|car|van|truck|lorry|tractor|quad)',
  ],
  // A tendon that popped with the muscle bunched up ("my bicep has bunched up towards my
  // shoulder", a "Popeye" arm).
  tendon_pop_bunched: [
    '(bicep|biceps|muscle) ~4 (bunched|balled|rolled|pulled|gone) (up|into a ball|into a lump)',
    'popeye (arm|muscle|bicep|sign)',
    '(heard|felt) a (pop|snap) ~6 (elbow|bicep|biceps|shoulder)',
  ],
  // Eyes that feel full of sand after welding (arc eye: eye casualty or urgent care today).
  eyes_gritty_lay: [
    '(eye|eyes) ~4 (full of|like) (sand|grit|gravel)',
    '(eye|eyes) ~3 (feel|feels|feeling) (sandy|gritty|scratchy)',
  ],
  // Sleepy from shift work, not an illness ("keeps dozing at his desk after night shifts").
  shift_tired: [
    '(after|from|on|doing|with|because of|cos of) (\\w+ )?(night shifts?|nights|shift work|long shifts?|double shifts?|a double)',
    'night shifts?',
  ],
  // Saddle numbness from the bike itself, gone soon after getting off.
  saddle_from_riding: [
    '(after|from|during|on) (a |my |the |long |big |longer ){0,3}(rides?|cycling|cycles|bike rides?|spin class(es)?|sportives?|turbo sessions?|time on the bike)',
  ],
  numb_wears_off: [
    '(goes|go|went|wears|wore) (away|off) (within|after|once|when|by|a few|an|in)',
    '(eases|settles|passes|fades) (within|after|once|when|in)',
  ],
  // Altitude sickness not settling with painkillers or rest ("isn't shifting with paracetamol").
  altitude_not_settling: [
    "(isn't|isnt|is not|hasn't|hasnt|has not|won't|wont|not) (shifting|settling|easing|touching it) (with|after|despite|even with) ~3 (paracetamol|ibuprofen|painkillers|tablets|rest|sleep|water|fluids)",
  ],
};
