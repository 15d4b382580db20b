// Lexicon, phase 25 twenty-first round: mood, crisis and self-harm (fresh-triage-p25x.json,
// read once at 64327dd): overdoses played down ("prob nothing serious right?"), "took every pill
// in the house", "like 10 of each", a question "for someone" that is "asking for me. already
// done", a cut deep enough to show fat, standing on the bridge "rn", a shotgun loaded with a
// goodbye, mania at the wheel with children in the car, and "I could kill him" said of a husband
// or a toddler. Sources: NICE NG225 and the Samaritans (immediate danger: 999), TOXBASE (any
// intentional overdose: A&E), NHS (a wound showing fat: A&E), NICE CG185 (mania with risk to
// others: the crisis team or 999). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const CRISIS_MORE_SIGNS: Concepts = {
  // Every pill or tablet in the house taken.
  took_every_pill: [
    '(took|taken|swallowed|had|necked|downed) (every|all the|all of the) (pill|pills|tablet|tablets|meds|medicine|medicines|medication) (in the house|i (had|have|could find)|in the cupboard|we (had|have)|in (my|the) (drawer|cabinet|bag))',
    '(took|taken|swallowed) (every|each) (pill|tablet) (i|we) (had|could find)',
  ],
  // A count "of each" of two medicines ("like 10 of each").
  count_of_each: [
    '(about |around |like |roughly |maybe )?([5-9]|[1-9][0-9]|five|six|seven|eight|nine|ten|twenty) of each',
  ],
  // On the bridge or the tracks now, said in texting ("rn", "atm").
  danger_place_now_more: [
    '\\b(on|at) (the |a )?(edge of (the |a )?)?(bridge|cliff|cliff edge|ledge|parapet|railway line|train tracks|tracks|roof|rooftop|multi-?storey) ~3 (now|right now|rn|atm|at the moment)',
    '(standing|stood|sitting|sat|perched) (on|at) (the |a )?(edge of (the |a )?)?(bridge|cliff|cliff edge|ledge|parapet|railway line|train tracks|tracks|roof|rooftop|multi-?storey) ~5 (now|right now|rn|atm|at the moment)',
  ],
  // A wound deep enough to show fat or bone.
  wound_fat_showing: [
    '(see|seeing|can see|showing|shows|visible) (the )?(yellow|yellowy|white|whitish) (fat|stuff|bits|layer)',
    '(fat|bone|tendon) (is )?(showing|visible|poking out)',
  ],
  // A cut made on purpose, in lay words ("did it w a razor").
  self_cut_lay: [
    '(did it|done it|did this|done this) (w|with) (a |my )?(razor|blade|knife|sharpener|glass)',
    "(i|i've|ive|i have) (cut|sliced|slashed) (myself|my (arms?|wrists?|thighs?|legs?|stomach))",
  ],
  // A gun made ready ("cleaned and loaded the shotgun").
  gun_readied: [
    '(got|took|taken|getting|fetched) (the |my |his |her |a |my \\w+ |his \\w+ )?(shotgun|gun|rifle|pistol|revolver) (out|down)',
    '(loaded|cleaned|got out|took out|taken out|oiled) ~3 (the |my |his |her |a )?(shotgun|gun|rifle|pistol|revolver)',
  ],
  // A goodbye in lay words ("the lads won't be seeing me on Sunday").
  goodbye_lay: [
    "(won't|will not|wont|aren't|are not|not going to) (be )?(seeing|see|hearing from|around|here|there) ~3 (me|on \\w+|anymore|any more|much longer)",
    '(nothing|no one|nobody) (left )?(left )?(for me|to live for)',
  ],
  // Mania with driving: at the wheel, erratic, with children in the car.
  manic_driving: [
    '(clipped|hit|crashed into|bumped|scraped) (a |the )?(bollard|car|kerb|wall|post|pedestrian) ~6 (drove off|kept driving|carried on|drove away)',
    '(driving|drove|drive) ~6 (kids|children|baby|the boys|the girls) (in|are in) the (back|car)',
  ],
  // A BMI of 16 or under, said as a number.
  bmi_low_lay: ['bmi ~3 \\b(1[0-6](\\.[0-9])?|9|8)\\b'],
  // Self-harm by burning, in lay words.
  self_burn_lay: [
    '(burnt|burned|burn|burning|burnin) (my|his|her|their) (wrist|wrists|arm|arms|forearm|thigh|thighs|leg|legs|hand|skin|stomach) (w|with) (a )?(lighter|cigarette|fag|iron|match|matches|lighter flame)',
  ],
  // Fresh cuts or marks on a forearm or a thigh, seen on someone.
  cuts_fresh_lay: [
    '(fresh|new|recent) (cuts|scratches|marks|slashes) (on|to|up|across) (her|his|their|my|both) (forearms?|arms?|wrists?|thighs?|legs?)',
  ],
  // Too little sleep and spending sprees (mania).
  short_sleep_lay: [
    '(sleeping|slept|sleep|getting) (about |only |just |maybe )?([0-3]|one|two|three) ?(hrs|hours) (a|per|each) night',
  ],
  spending_spree: [
    'spent (about |over |like )?(\\d+k|£?\\d{3,}|thousands|loads|a fortune|all (my|our) savings) (on|in)',
  ],
  // Mania in lay words.
  mania_lay: [
    "(hasn't|hasnt|not|hasn't been|haven't) slept (for )?(\\d+|two|three|four|five|several) (nights|days)",
    'god (has )?(chosen|told|speaks to|talks to) (her|him|me)',
    '(thinks|believes|says) (she|he) (is|has been) (chosen|god|jesus|special|on a mission)',
  ],
};

/**
 * Never filtered by scope: the end of a question "for someone" that says it was the writer's
 * own ("asking for me. already done"); a question's frame does not silence what it reveals.
 */
export const CRISIS_MORE_CUES: Concepts = {
  self_reveal: [
    "(asking for|it's for|its for|this is (for|about)|talking about) (me|myself)\\b",
    "(already|i've already|i have already|i already) (done|did|taken|took|had) (it|them|that)?",
    '(already done|done it already|did it already)',
  ],
  // A count of a medicine in the question itself.
  count_named_question: [
    '(took|taken|swallowed|had) ~3 ([9]|[1-9][0-9]|nine|ten|twenty\\w*|thirty\\w*|forty\\w*|fifty) (of )?(their |his |her |my )?(\\w+ ){0,2}(sertraline|citalopram|fluoxetine|paracetamol|co-?codamol|ibuprofen|tablets|pills|diazepam|zopiclone|amitriptyline|quetiapine|mirtazapine|tramadol|codeine)',
  ],
  // "I could (literally) kill him" of a partner or a child: exasperation, not a threat ("going to"
  // and "will" are not read so; casual_kill reads those with a joke or a stressful week).
  kill_exasperation: [
    "(i|i'm|im) could (literally |actually |honestly |seriously |genuinely )?(kill|murder|strangle|throttle) (him|her|them|you|my \\w+)(?! (with|if|when|because i)\\b)",
  ],
};
