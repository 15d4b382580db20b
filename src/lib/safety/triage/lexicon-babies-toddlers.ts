// Lexicon, phase 25 twenty-third round: babies and toddlers who are unwell, a second author on
// p25w's theme (fresh-triage-p25y.json, read once at a5d7a04 and 6341cd4): pinprick spots that
// stay when the skin is stretched, a baby who opens her eyes and drifts straight off again, an
// eye swollen shut that bulges or hurts to move, a swallowed coin with drooling and gagging on
// water, and a stomach bug with no wet nappy and sunken eyes; a baby kept awake only by talking
// and rubbing her feet, croup's noise breathing in only when crying, a second febrile fit just
// had. Sources: NICE NG143 (fever in under 5s: non-blanching rash, "does not wake or if roused
// does not stay awake" red, "wakes only with prolonged stimulation" amber), NICE CKS
// periorbital and orbital cellulitis (proptosis, painful or restricted eye movement: same-day
// admission), NHS "swallowed objects" (A&E for drooling or trouble swallowing), NICE CG84
// (diarrhoea and vomiting in under 5s: red flags), NHS febrile seizures (another one under 5
// minutes: an urgent GP appointment or 111). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const BABIES_TODDLERS_SIGNS: Concepts = {
  // Pinprick spots in a colour of blood, their size said twice ("a few tiny dark red pinprick
  // spots"). Not those of a heat rash or an itch (the existing non_blanching_rash rule's
  // exclusions): the spots of meningococcal sepsis do not itch.
  pinprick_spots: [
    '(?<!\\b(itchy|itching|prickly heat|heat rash|heat)[^.!?]{0,30})(tiny|little|small|few|some) (dark red|dark|red|purple|purply|purplish|reddish|maroon|brownish|deep red) (pinprick|pin prick|pin-prick|pinpoint|pin point|pin-point|dotty|freckle-like) (spots|dots|marks|rash|bruises)(?![^.!?]{0,40}\\b(itch*|prickly heat|heat rash|fade|fades|faded|fading|go white|goes white|went white|go pale|disappear|disappears|blanch|blanches|blanching)\\b)',
    '(?<!\\b(itchy|itching|prickly heat|heat rash|heat)[^.!?]{0,30})(pinprick|pin prick|pinpoint|pin point) (dark red|red|purple|purply|dark|blood) (spots|dots|marks|rash)(?![^.!?]{0,40}\\b(itch*|prickly heat|heat rash|fade|fades|faded|fading|go white|goes white|went white|go pale|disappear|disappears|blanch|blanches|blanching)\\b)',
  ],
  // The stretch test: spots that stay when the skin is stretched (the glass test's twin).
  stretch_test_stays: [
    "(stay|stays|stayed|still there|don't fade|doesn't fade|didn't fade|don't go|doesn't go|didn't go|don't disappear|won't fade|don't change|didn't change) (\\w+ )?(when|if|after) (i |you |we )?(stretch|stretched|stretching|pull|pulled) (the |his |her |their )?skin",
    "(stretch|stretched|stretching|pulled|pull) (the |his |her |their )?skin ~6 (still there|they stay|they stayed|stay|stayed|don't fade|doesn't fade|didn't fade|don't go|didn't go|still see|can still see|still showing|still visible)",
  ],
  // A baby or child who cannot be woken properly ("i cant really wake her properly").
  cant_wake_properly: [
    "(can't|cannot|couldn't|cant|unable to) (really |properly |fully |quite )?(wake|rouse) (her|him|them|the baby|my \\w+)( up)? (properly|fully|at all)(?! (before|until|till|for (school|work|college|uni)|in the mornings?))",
    "(can't|cannot|couldn't|cant) (really |properly |fully )(wake|rouse) (her|him|them|the baby|my \\w+)(?! (up )?(before|until|till|for (school|work|college|uni)|in the mornings?))",
  ],
  // Roused, but does not stay awake: eyes open, then straight back off (not a night's sleep
  // that went on "till 8").
  eyes_then_drifts: [
    '(opens?|opened|opening) (her|his|their|its) eyes (\\w+ ){0,3}(then|and|but) (just )?(drifts?|drifted|goes|went|falls?|fell|nods?|nodded|flops?) (straight |right |immediately |instantly )?(back )?(off|to sleep|asleep)(?! (till|until|for|again till|again until))',
    '(wakes?|woke|stirs?|stirred) (up )?(for a (second|sec|moment|few seconds) )?(then|and|but) (drifts?|drifted|goes|went|falls?|fell|nods?|nodded) (straight|right|immediately|instantly) (back )?(off|to sleep|asleep)(?! (till|until|for|again till|again until))',
  ],
  // Wakes only with prolonged stimulation (NICE NG143: amber).
  wakes_only_stimulated: [
    '(only|just) (stays?|stayed|keeps?|kept) awake (if|when|while|as long as) (i|we|you) (keep|kept|carry on|keep on)',
    '(only|just) (wakes?|woke|comes? round) (up )?(if|when) (i|we|you) (keep|kept|really|properly|shake|shook|rub|rubbed|tickle|tickled|blow|blew|undress|undressed|strip|stripped|wipe|wiped)',
    '(hard work|a struggle|struggling|difficult|so hard) (to|trying to) keep (her|him|them|the baby) awake',
  ],
  // An eye that bulges or is pushed forward.
  eye_bulging: [
    '(eye|eyeball|eyes) (\\w+ ){0,3}(bulg*|sticking out|sticks out|pushed (out|forward)|popping out|protrud*|poking out)',
  ],
  // Pain or trouble moving the eye.
  eye_move_pain: [
    '(hurts?|pain|painful|sore|cries|crying|screams?|screaming|winces?|wincing) (\\w+ )?(when|if|to) (she |he |they |i |you )?(tries |try |trying )?(to )?(look*|mov*|turn*|roll*) (\\w+ )?(eyes?|sideways|to the side|up|down|left|right|around|side to side)',
    "(can't|cannot|won't|isn't|not) (able to )?(move|moving|turn|turning) (her|his|their|my|the) (eye|eyes|eyeball)",
    "(eye|eyes|eyeball) (won't|doesn't|can't|isn't|is not|does not) (move|moving)",
  ],
  // An eye swollen shut.
  eye_swollen_shut: [
    '(eye|eyelid|eyelids|lids?) (\\w+ ){0,5}(swollen|swelled|puffed|puffy) (up )?(completely |totally |right |fully |nearly )?(shut|closed)',
    '(eye|eyelid)\\b[^.!?]{0,60}\\b(completely|totally|fully) (shut|closed)',
  ],
  // A swallowed thing stuck: gagging or bringing drinks back up, or unable to swallow.
  swallow_blocked: [
    '(gag*|retch*|chok*|coughs? (it )?(up|out)|bring(s|ing)? (it|them|everything|drinks?) (back )?up|spits? (it|everything) (back )?out|sick) (\\w+ )?(when|if|as soon as|every time|whenever) (she|he|they|i) (tries|try|trying|tried) to (drink|swallow|eat|have)',
    "(can't|cannot|won't|unable to|isn't able to|not able to) swallow (\\w+ )?(anything|her spit|his spit|saliva|spit|water|drinks?|her drink|his drink|milk)",
  ],
  // Croup's noise breathing in, only when crying ("makes a hoarse noise breathing in but only
  // when hes crying").
  noisy_in_crying: [
    "(noise|noisy|sound|squeak*|whistl*|rasp*|harsh|crowing|hoarse) (\\w+ ){0,3}(breathing|breathes|breath|breathe) in,? (but )?(only |just )?(\\w+ )?(when|if|while) (she|he|they|she's|he's|shes|hes|baby|the baby) (is )?(cries|cry|crying|upset|gets upset|screaming|screams)",
    // A rasp or squeak only when crying, with no "breathing in" (phase 25, fresh-triage-p25z:
    // "raspy noise when shes crying but when shes calm it goes away").
    "(noisy|squeaky|squeak*|whistl*|rasp*|harsh|crowing|hoarse) (noise |sound |breathing )?(only )?(when|if|as|while) (she|he|they|shes|hes|she's|he's|baby|the baby) (is )?(cries|cry|crying|upset|gets upset|screaming|screams)",
  ],
  // Sunken eyes (NICE CG84: a red flag of dehydration in an under-5).
  sunken_eyes: [
    '(eyes?) (look |looks |looking |are |is |seem |seems |have gone |gone |went |are a bit |look a bit )?(really |very |a bit |quite )?(sunken|sunk|hollow)',
    'sunken (eyes|eye|fontanelle|soft spot)',
  ],
};

/**
 * Never filtered by scope: what dates or frames a fit the writer tells as past ("had a
 * febrile seizure last winter and just had another one tonight"), a scene the net misreads
 * (night terrors), and a look-alike of pinprick spots.
 */
export const BABIES_TODDLERS_CUES: Concepts = {
  // A fit had again now, after one in the past.
  another_fit_now: [
    '(fit|fits|seizure|seizures|convulsion*) ~14 (just|has just|he just|she just|they just) (had|has had) (another|a second|a 2nd|one more) (one|fit|seizure|convulsion|febrile (fit|seizure))',
    '(fit|fits|seizure|seizures|convulsion*) ~14 (had|has had|having) (another|a second|a 2nd|one more) (one|fit|seizure|convulsion|febrile (fit|seizure)) (tonight|today|just now|this (morning|afternoon|evening)|earlier today|(an?|\\d+|half an) (mins?|minutes|hours?|hrs?) ago)',
  ],
  // Night terrors as parents tell them: sits up screaming, eyes open, does not know them,
  // back to sleep, no memory of it (NHS night terrors: not harmful).
  night_terror_said: [
    "(sits? up|sat up|wakes? up|woke up|screams?|screaming) ~12 (doesn't|does not|don't|didn't) (seem to )?(know|recogni[sz]e|see) (i'm|im|i am|we're|were|we are|me|us)",
    "(doesn't|does not|don't|didn't) (remember|recall) (it|anything|a thing) (in|the next|by) (the )?(morning|day)",
    'night terrors?',
  ],
  // Spots round the eyes or face after being sick, coughing or crying hard: pressure
  // petechiae (NHS, NICE NG143: above the nipple line after forceful vomiting or coughing).
  strain_spots: [
    '(round|around|under|on) (his|her|their|the|my) (eyes|face|eyelids|cheeks|neck) ~10 (after|from|with) ~4 (being sick|sick|vomit*|throwing up|cough*|crying|straining|screaming)',
    '(after|from) ~4 (being sick|vomit*|throwing up|cough*|crying|straining|screaming) ~10 (round|around|under|on) (his|her|their|the|my) (eyes|face|eyelids|cheeks)',
  ],
};
