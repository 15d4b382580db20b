// Lexicon, phase 5: signs from the NHS 111 "get an urgent GP appointment / ask for help from
// 111 today" pages and NICE CKS red flags that earlier tables lacked or only knew in one word
// order: a leg or calf swelling the other way round ("swelling and hot"), waters leaking
// ("water leaking"), itching of the hands and feet with other words between (obstetric
// cholestasis), bleeding from an ear, blood sugars that keep going low, pain during sex.
// Pattern language: pattern.ts.

import { MUST_NOT_STOP } from './lexicon-same-day';
import type { Concepts } from './lexicon-types';

export const GP_TODAY_SIGNS: Concepts = {
  ear_bleeding: [
    '(ear|ears|eardrum) ~~4 (bleed*|blood|bloody)',
    '(blood|bleeding) ~~3 (from|out of|coming out of|in) ({poss} )?(ear|ears)',
  ],
  waters_leaking: [
    '(water|waters|fluid|liquid) ~~3 (leak*|gush*|trickl*|dripping|coming out|came out|running down)',
  ],
  itch_hands_feet: ['itch* ~6 (hands|feet|palms|soles)'],
  hypo_repeated: [
    '(sugars?|glucose|levels?|readings?|bms?) ~~3 (going|goes|gone|went|keeps? going|keeps? dropping|dropping|dropped|drops?|crash*) (really |very |too |so )?low',
    '(sugars?|glucose) ~~3 (keeps? )?(crash*|plummet*)',
    '(hypos?|low sugars?) (every|each|most) (day|night|morning)',
    '(several|many|lots of|few|frequent|repeated) (hypos|low sugars)',
  ],
  discharge_word: ['(vaginal |white |a |some |the )?discharge'],
  pelvic_pain: [
    'pelvic {pain}',
    '{pain} ~~3 (in|around) ({poss} )?(pelvis|down there)',
    '{pain} down there',
  ],
  dyspareunia: [
    '{pain} ~~3 (during|with|after|when (i )?(have|having)) sex',
    'sex (is|was|has been) (really |very |so )?(painful|sore)',
  ],
  groin_pain: ['{pain} ~~4 (in|around|at) ({poss} )?groin', 'groin ~~3 {pain}'],
  limping: ['limp*', "(can't|cannot) walk (properly|normally|right)"],
  foot_drop: [
    '(foot|feet) ~~3 (keeps? )?(slapping|slaps|dragging|drags|flopping|flops|dropping) (down|on the floor)?',
    "(can't|cannot|unable to) (lift|raise|pull) ~~3 (toes|foot|feet) up",
    'foot drop',
    'tripping over ({poss} )?(foot|toes)',
  ],
  vomit_meds: [
    '{vomit} ~~4 (tablets?|pills?|meds|medication|medicine|doses?)',
    `{vomit} ~~3 ${MUST_NOT_STOP}`,
    '(tablets|pills|meds|medication|medicine|doses?) ~~3 (come|came|coming) (back )?up',
    "(can't|cannot|couldn't) keep ~~3 (tablets|pills|meds|medication|medicine|doses?) down",
  ],
  meds_not_working: [
    "({drug}|sumatriptan|triptans?|inhaler|ventolin|antihistamines?|painkillers|medicine|medication|tablets) ~~4 (isn't|aren't|not|doesn't|don't|hasn't|haven't|won't|no longer) (touching|helping|working|doing anything|making (any )?difference|settl*)",
    '(nothing|none of (it|them|the \\w+)) (is |has been )?(helping|working|touching it)',
  ],
  not_settling: ["(isn't|not|won't|wont) (settling|settle|calming down|going away|stop)"],
  reliever_often: [
    '(ventolin|salbutamol|blue inhaler|reliever|inhaler|puffer|pump) ~6 every (\\d+|one|two|three|four|few|couple of)( ?- ?\\d+)? (hours?|hrs?)',
    '(ventolin|salbutamol|blue inhaler|reliever|inhaler|puffer) ~~4 (more and more|more often|more than usual|all the time|constantly|lots|a lot)',
    '(needing|needs|need|using|uses|taking|takes) ~~3 (ventolin|salbutamol|blue inhaler|reliever|inhaler|puffer) ~~3 (more and more|more often|all the time|constantly)',
  ],
  sandpaper_rash: [
    'sand ?-?paper*',
    'strawberry tongue',
    'tongue ~~4 (red and bumpy|bumpy and red|like a strawberry|white coat*)',
    'scarlet fever',
  ],
  rash_spreading: [
    '(rash|hives|bumps|spots|welts|blotches) ~6 (spreading|spread|getting worse|getting bigger|all over)',
    '(spreading|spread) ~~3 (rash|hives|bumps|spots)',
  ],
  fumes_mixed: [
    '(bleach|cleaners?|cleaning products?|chemicals|ammonia|descaler) ~~6 (together|mixed|mixing|mix|with (ammonia|vinegar|acid|another|other))',
    '(mixed|mixing|mix) ~~3 (bleach|cleaners?|chemicals)',
    '(breathed|inhaled|breathing|smelled|smelt) ~~3 (in )?(the |some |toxic |chemical )?(fumes|gas|vapou?rs?)',
    '(fumes|vapou?rs?|smell|gas) ~~4 (very |so |really )?(strong|toxic|chemical)',
  ],
  antiplatelet: [
    '(clopidogrel|plavix|ticagrelor|brilique|brilinta|prasugrel|efient|dipyridamole)',
    'dual antiplatelet',
    'aspirin and (clopidogrel|ticagrelor|prasugrel)',
  ],
  keeps_happening: [
    '(keep|keeps|kept) (getting|having|happening|coming back|starting again)',
    '(\\d+|two|three|four|five|several) (so far|times today|in a day|today)',
    '(again and again|over and over|one after another)',
  ],
  piles_known: ['(piles|haemorrhoids|hemorrhoids)'],
  hypo_treated: [
    '(had|ate|took|drank|gave (him|her|them)|eaten) ~~3 (jelly babies|sweets|glucose|dextrose|glucotabs|lucozade|juice|coke|sugar|biscuits?|haribo|gel)',
    "(it's|its|now|back up to|up to|came up to|went up to|back to) \\d+(\\.\\d+)? now",
  ],
  support_question: [
    '(how|what) (can|do|should|could) (i|we) (best )?(support|help|say to|talk to|be there for)',
    '(support|supporting|help|helping) (a |my )?(friend|partner|son|daughter|sister|brother|colleague|student|child|teen\\w*)',
  ],
  already_helped: [
    '(already|now) (getting|gets|has|having|receiving|in|seeing|under) (\\w+ )?(help|support|therapy|treatment|counsel*|a therapist|a counsellor|camhs|the mental health team)',
    "(she's|he's|they're|she is|he is|they are) (safe|safe now|getting help)",
  ],
  casual_kill: [
    '(kill|murder|strangle) ~~4 (if|when) (she|he|they|you|it) ~~4 (again|one more time|ever)',
    "(could|gonna|going to|will|would|i will|i'll) (literally |actually |honestly |seriously |genuinely )?(kill|murder|strangle) ~~4 (for|if) ~~3 \\w+ing",
  ],
  benign_trigger: [
    'after (that|the|an|my|a|this) (exam|exams|test|party|night out|long day|long shift|shift|meeting|wedding|gig|concert|session|drinking|hangover)',
    '(forgot|forget|skipped|missed|no time) (to eat|to drink|lunch|breakfast|dinner|a meal|meals|eating)',
    "(barely|hardly|didn't|not) (slept|sleep|sleeping)",
    'hung ?-?over|hangover',
  ],
  seen_in_ae: [
    '(checked|seen|assessed|looked at|scanned|examined|x-?rayed|checked out) ~~4 (in|at|by) (a and e|the hospital|hospital|er|the er|urgent care|minor injuries|the walk-in|a doctor|the doctor|my gp|the gp)',
    '(went|been|was|got taken|go) to (a and e|the er|er|hospital|the hospital|urgent care|minor injuries) ~8 (said|told|diagnosed|checked|discharged|sent (me|him|her) home)',
  ],
  eye_burning: ['(eye|eyes) ~~3 (burn*|sting*|streaming)'],
  knock_injury: [
    '(knocked|banged|bumped|hit|whacked|bashed|smashed) (his|her|my|their|the) (\\w+ )?(thigh|leg|arm|knee|shin|hip|elbow|shoulder|ribs|chest|side)',
  ],
  forgetful: ['more forgetful', 'forget* (very much|a lot|everything|more|things)'],
};
