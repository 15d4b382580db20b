// Lexicon, phase 25 twentieth round: skin, bites, stings, burns and allergic reactions
// (fresh-triage-p25u.json, read once at 40e9eab): an adrenaline pen used after a sting in lay
// words, a scald from bath water or a child's grab at hair straighteners, a red raw patch after
// drain unblocker, a baby's sunburn, a spreading cold sore on methotrexate, measles in an
// unvaccinated child, blisters with red eyes and mouth ulcers on a new medicine. Sources:
// Resuscitation Council UK (anaphylaxis), NHS and BBA (burns in children, to the hands or face,
// and all chemical burns: A&E), NHS (sunburn in babies under 6 months: GP), NICE CKS (herpes
// simplex in the immunosuppressed; measles), BAD (Stevens-Johnson syndrome). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const SKIN_MORE_SIGNS: Concepts = {
  // An adrenaline pen used, in lay words ("we used the pen").
  pen_used_lay: [
    '(used|given|gave|jabbed|did|done|injected|administered) (\\w+ )?(the |her |his |my |their |an? )?(pen|epi ?-?pen|epipen|jext|emerade|auto-?injector|adrenaline)',
  ],
  // Growing sleepy, pale or floppy after a sting or an allergen.
  getting_sleepy_lay: [
    '(getting|going|gone|become|becoming) (really |very |so )?(sleepy|drowsy|floppy|limp|pale|grey|faint)',
  ],
  // A burn from a hot thing grabbed or a hot bath.
  burn_lay_more: [
    '(grabbed|touched|held|picked up|caught|pulled) ~4 (hair )?(straighteners|curling (iron|tongs|wand)|tongs|iron|hob|kettle|oven|radiator|hot plates?)',
    'hot (bath ?water|bath|tap water)',
    '(bath|shower|tap) water ~4 (too hot|hot|boiling|scalding)',
  ],
  // The hands or palms, or the face.
  hands_or_face: ['(palms?|hands?|fingers|face|cheeks?|lips)'],
  // A raw patch of skin ("a red raw patch").
  raw_patch_lay: ['(red )?raw (patch|area|bit|skin)', 'skin (is |has gone |looks )?(raw|red raw)'],
  // Sun on a baby's skin, in lay words.
  sun_on_skin_lay: [
    '(got|caught|had) (too much |a bit of |some )?sun (on|to) ~2 (legs|arms|face|back|shoulders|skin|neck|feet)',
    'sunburn\\w*',
  ],
  // Blisters or a cold sore spreading or growing.
  blisters_spreading_lay: [
    '(cold sores?|herpes|blisters|blister) ~6 (spreading|getting bigger|bigger every day|growing|all over)',
  ],
  // Mouth ulcers in lay words.
  mouth_ulcers_lay: [
    'mouth (has|is|got|full of|covered in) (\\w+ )?(ulcers|sores|blisters)',
    '(ulcers|sores) in (my|his|her|their) mouth',
  ],
  // Red or stinging eyes.
  eyes_red_lay: [
    'eyes? (are|is|r|n|going|gone)? ?(really |very )?(red|bloodshot|stinging|sore|gritty)',
  ],
  // Feeling as if with flu.
  flu_like_lay: [
    "(feel|feels|feeling|felt) (like (i|he|she) (have|has|had|'ve got|'s got|got) (the )?flu|fluey|flu-?like)",
    'flu-?like',
  ],
  // Measles named; not vaccinated.
  measles_named: ['measles'],
  unvaccinated_lay: [
    "(not|never|hasn't|haven't|hasnt|havent|didn't|didnt|not had|no|never had|he not have|she not have) (had )?(the |his |her |any )?(mmr|vaccine|vaccination|vaccinations|jabs?|immunisations?|immunizations?)",
    'unvaccinated|not vaccinated|not immunised',
  ],
};
