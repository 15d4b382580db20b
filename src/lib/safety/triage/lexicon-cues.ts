// Lexicon, cues: phrases that are themselves a guess, a question, a reassurance or a figure of
// speech ("probably slept on it funny?", "can concussion come on later?", "only a bruise",
// "this essay is killing me"); a rule reads them as exceptions ("& !concept"). Kind "cue":
// scope never filters them (lexicon.ts). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const CUES: Concepts = {
  // Phase 6: kinds of message an independent blind set missed, told by kind only and written as the
  // guidance frames them (NHS 111 / 999 lists, NICE CKS, NICE fever-in-under-5s and diarrhoea-and-
  // vomiting traffic lights).
  //
  // A benign cause offered as a guess or a question ("probably slept on it funny?"): it does
  // not explain away a hand or arm that suddenly stopped working; an asserted one does.
  explanation_guessed: [
    '(probably|prob|prolly|maybe|perhaps|possibly|guess|guessing|must have|might have|may have|could have|think|assume|suppose|reckon|wonder if) ~3 (slept|sleep|sleeping|lay|lying|lain|trapped|pinched|pulled|strained)',
    '(did|have|has) (i|he|she) ~2 (slept|sleep|lie|lain|lay|trapped|pinched)',
    '(is|could|might|can) (it|this|that) (be )?(just )?(from|because|cause|due to|after) ~3 (slept|sleep|sleeping|lying)',
    '(slept|sleep|sleeping|lay|lying|lain) (on )?(it|\\w+ (arm|hand)|funny|wrong|awkward\\w*)( funny| wrong| awkward\\w*| weird)?(?=\\s*\\?)',
  ],
  // A burn said to be minor in a way scope would read as negated ("no blisters"), or a mouth
  // burnt on food (phase 24, fresh set p24c: "red sore fingers, no blisters, been under cold
  // tap 20 min"; "burnt my tongue on pizza").
  burn_no_blister: [
    "(no|not|without|hasn't|has not|haven't|didn't|did not|isn't) (any )?(blisters?|blistered|blistering|blister)",
  ],
  // A jolt on falling asleep (hypnic jerk; phase 24: "every night just as im dropping off i get
  // a big jerk like im falling and it wakes me. is that a seizure?").
  hypnic_jerk: [
    'hypnic',
    '(dropping|drifting|falling|nodding) off ~8 (jerk|jerks|jolt|jolts|twitch|twitches|start|kick)',
    // "as im falling asleep my whole body jerks" (phase 25, fresh-triage-p26n hf049).
    '(dropping|drifting|falling|nodding) (asleep|to sleep) ~8 (jerk|jerks|jolt|jolts|twitch|twitches|start|kick)',
    '(jerk|jerks|jolt|jolts|twitch|twitches) ~8 (as|when|just as) (i.m |im |i am |he.s |she.s )?(dropping|drifting|falling|nodding) (off|asleep)',
  ],
  // The pill taken without a miss (phase 24: "my girlfriend is on the pill and hasn't missed
  // any").
  pill_taken_ok: [
    "(on the pill|takes? the pill|taking the pill|on (the )?(combined pill|mini ?pill)) ~10 (hasn't|has not|haven't|have not|not|never|didn't|did not) (missed|forgotten|skipped) (any|one|a (single )?(pill|day))",
    "(hasn't|has not|haven't|have not|never|didn't|did not) (missed|forgotten|skipped) (any|a single|one) (pills?|days?)",
  ],
  // A mouth burnt on food or a drink: no airway burn (phase 24).
  burn_mouth_food: [
    '(burnt|burned|scalded|scolded) (the )?({poss} )?(tongue|mouth|lip|lips|roof of ({poss} )?mouth) (on|with|from|eating|drinking)',
  ],
  // Cellulitis treated and settling: the redness stays inside the pen line, fading.
  skin_improving: [
    // Not "is now way past the line": past, beyond, outside or over the line is spreading.
    '(staying|stays|stayed|still|is|within|inside) ~~3 (the )?(pen |marker )?(?<!\\b(past|beyond|outside|over|crossed) (the )?(pen |marker )?)(line|lines|outline)',
    '(getting|going|gone|looking|looks) (a bit |much |lot )?(paler|smaller|better|less red|less swollen)',
    // Not pain "going down both legs" (phase 25, fresh-triage-p26r hj150).
    '(redness|swelling|red patch|rash) ~~3 (going down(?! (both|my|his|her|the|into|to|one) )|fading|shrinking|settling|improving|receding)',
  ],
  // "Can concussion come on later?": asking about a delayed effect, not describing one.
  concussion_question: [
    '(can|could|does|do|is|will|might) (a |delayed )?(concussion|symptoms?|it) ~~4 (come on|appear|show|develop|start|be delayed|kick in|happen|turn up) ~~2 (later|days later|after|afterwards|delayed)?',
    'delayed concussion',
  ],
  // A knock that left only a bruise or a small lump (NHS: a minor head injury, care at home).
  only_bump: [
    '(just|only) (a |an )?(small |little |tiny |minor |bit of a )?(lump|bump|bruise|graze|scratch|egg)',
  ],
  // A child's own medicine, at its dose: not a child into someone else's tablets.
  own_medicine_dose: [
    '(his|her|their) own (\\w+ )?(dose|doses|medicine|medication|calpol|nurofen|ibuprofen|paracetamol|antibiotics?|inhaler)',
    '(his|her|their) (usual|normal|prescribed|right|correct) (dose|medicine|medication)',
  ],
  // Alarm words used as figures of speech ("this essay is killing me").
  figurative_kill: [
    '(essay|work|job|boss|exam|exams|revision|traffic|kids|deadline|deadlines|commute|meeting|meetings|week|day|homework|this \\w+|uni|course|heat|noise|neighbours) ~~3 (is|are|was|were|has been|have been) (literally )?killing me',
    '(will|gonna|going to|would|is going to|is gonna) (literally )?(kill|murder) me',
    // "This exam is gonna make me kms lol": with a joke, slang hyperbole (phase 19).
    '(make|makes|making) me (want to |wanna )?(kms|unalive)',
    // "lol i want to kms 💀" about a spreadsheet: with a joke, the same hyperbole (phase 25,
    // fresh-triage-p25x gp077).
    "(i|i'm|im) (want to|wanna|gonna|going to|will|could|might|about to) (literally |actually )?kms",
  ],
  // Phase 7 (helper e: false alarms; formerly lexicon-wave9-e.ts).
  //
  // After a knock: the warning signs said to be absent ("tiny bump, no headache now").
  head_signs_denied: [
    "(no|not|without|hasn't had|haven't had|hasn't been|haven't been) (any )?(headache|headaches|sickness|vomiting|sick|being sick|dizziness|dizzy|drowsiness|drowsy|confusion|other symptoms)",
  ],
};
