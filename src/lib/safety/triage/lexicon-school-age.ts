// Lexicon, phase 25 thirty-sixth round: school-age children and teenagers, a second author on
// p25h's theme (fresh-triage-p26o.json, committed unread after 2f791d4, read at once: 4 of 40
// emergencies missed): tummy pain gone all over with screaming when the bed is bumped, a child
// who went under at a swimming lesson and coughed, a teenager "caught" with a knife who is pale
// and breathless, a rash that does not fade asked "is it normal" before the daughter's headache
// and temperature are told; two small wees in two days of a bug, fresh cuts found on a
// 14-year-old, dark thoughts louder on fluoxetine. Sources: NICE CKS (peritonitis), NHS and RLSS
// (a child who went under and is coughing: A&E), NHS (stab wounds: 999), NICE CG84, NICE NG225
// (self-harm under 18: same day), MHRA (antidepressants under 25: worse thoughts, today).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

// A question about the glass test, whoever it is about (a cue: never scoped away, so a rule can
// pair it with what the writer tells next).
export const SCHOOL_AGE_CUES: Concepts = {
  glass_test_asked: [
    "(not|doesn't|doesnt|don't|dont|won't|wont|does not|do not)( to)? (fade|fading|disappear|go away|blanch) ~4 (glass|tumbler|press*)",
  ],
};

export const SCHOOL_AGE_SIGNS: Concepts = {
  // Peritonism in a parent's words.
  peritonism_more: [
    '(screams?|screaming|cries|crying|yelps?|winces?) (if|when|whenever|every time) (the )?(bed|car|sofa|mattress) (gets |is )?(bumped|moved|knocked|jolted|touched)',
    "lying (completely |really |very |dead )?still( and)? (won't|doesn't|does not|not wanting to) move",
    'lying (completely |really |very |dead )?still',
  ],
  // A cough still there, or tired, after the event ("now seems ok just a bit of a cough and
  // tired").
  cough_still_lay: [
    '(still|now|just) (has |got |have )?(a bit of )?(a )?(cough|coughing|chesty|wheezy)',
    '(cough|coughing) ~4 (and|&) (tired|sleepy|drowsy|lethargic)',
  ],
  // A knife wound told as being "caught" or cut.
  knife_wound_lay: [
    // The verb may be quoted ("someone 'caught' him with a knife"); someone else, not "cut my
    // finger with a knife" (a dumped p24c kitchen cut caught a first draft).
    '[\'"]?(caught|cut|slashed|got|nicked|jabbed|poked)[\'"]? (him|her|them|my (son|daughter|brother|sister|friend|mate|partner|husband|wife|boyfriend|girlfriend|dad|mum)) with a (knife|blade|machete|shank)',
    '(knife|blade) (wound|cut) (to|on|in) (his|her|my|the) (side|chest|belly|stomach|back|neck|tummy)',
  ],
  // Few wees in a day.
  few_wees_lay: [
    'only (\\d|one|two|a couple of|a few) (small |tiny )?(wees?|pees?|wet nappies)( today| all day| since)?',
  ],
  // Cuts found on a young person's arm or legs.
  cuts_found_lay: [
    '(found|noticed|saw|seen|spotted) ~3 (fresh |new |recent |old )?(cuts|scratches|marks|slashes) (on|across|up) ~4 (arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach|tummy)',
    '(just )?needed to feel something',
  ],
  // Spots the writer has just told of on the child ("now theres a few dark spots on her arms"):
  // read only beside a question about the glass test and a temperature (rules-school-age.ts).
  spots_told_lay: [
    '(few|some|little|tiny|small|dark|purple|purplish|red|dark red) (spots|dots|marks|blotches|specks) (on|over|across|all over) ({poss} )?(arms?|legs?|chest|tummy|belly|back|body|face|neck|feet|hands|bum|bottom|skin)',
  ],
  // Dark thoughts louder or worse.
  dark_thoughts_lay: [
    '(dark|bad|horrible|scary|suicidal) (thoughts|feelings) (have |has )?(got|getting|are getting|gotten|become) (louder|worse|stronger|more)',
    'thoughts (have |are )?(got|getting|gotten) (darker|louder|worse)',
  ],
};
