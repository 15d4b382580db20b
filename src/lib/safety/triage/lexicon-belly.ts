// Lexicon, abdomen, kidneys and bladder, genitals, pregnancy and after a birth: an acute
// abdomen (rigid belly, green or faecal vomit, no wind, a hernia that will not go back; NICE
// CKS), GI bleeding, appendicitis and gallbladder pain, jaundice, kidney infection and urinary
// retention (NICE NG109, NHS 111), testicular torsion and priapism (NHS A&E lists), and the
// pregnancy and postnatal warning signs (NHS "call your maternity unit", RCOG: bleeding,
// reduced movements, pre-eclampsia, waters breaking early, cord, postpartum haemorrhage,
// sepsis, psychosis). Pattern language: pattern.ts.

import { near, NOT_SOAKED_CLOTHES, type Concepts } from './lexicon-types';

const BELLY = '(tummy|stomach|belly|abdomen|abdominal|abdo|gut)';

/**
 * Before "gone yellow": a nail, a tooth, a bruise or a callus going yellow is no jaundice ("my
 * big toenail has gone yellow and thick": a fungal nail; "massive bruise on my thigh ... it's
 * going yellow now": a bruise healing; phase 20).
 */
const NOT_NAIL_OR_TOOTH =
  '(?<!\\b(nails?|toenails?|fingernails?|teeth|tooth|bruises?|bruising|callus(es)?|corns?|tongue|pillows?|sheets?|leaves|plants?|grass|lawn)\\b[^.!?,]{0,25})(?<!\\bbruis\\w*\\b[^.!?]{0,80})';

export const BELLY_SIGNS: Concepts = {
  abdo_pain: [
    ...near(BELLY, '({pain}|twing*|agony|cramp*)', 4),
    `(${BELLY}|pelvis|pelvic|groin) ~2 ({pain}|agony)`,
    `{pain} ~3 (in|on|across|around|at|under) (the )?((top|bottom|lower|upper|left|right|middle|right side|left side) (of )?)?({poss} )?((lower|upper|left|right|bottom|top) )?(${BELLY}|side|groin|pelvis|lower right|right side|left side|belly button)`,
    `${BELLY} ?ache`,
    'colic*',
    '(pain|pains) (started|moved|began) ~4 (belly button|lower right|right side)',
    'cramping',
  ],
  rigid_abdomen: [
    `${BELLY} ~3 (rigid|hard|like a board|board-like|solid|tense|tight as a drum)`,
    `rigid (${BELLY})`,
    'guarding',
  ],
  peritonism: [
    'hurts (to|when (i|he|she)) (cough|jump|move|walk|go over bumps|stand up straight|laugh)',
    "(can't|cannot) (stand|walk) (up )?straight",
    'bumps in the (car|road)',
    "(can't|cannot) move (for|because of|with) (the )?pain",
  ],
  bilious_vomit: [
    // Not a cough bringing up green phlegm: "cough bringing up green flem, temp 38.2" (stop 53: 4
    // spent chest infections in older people read as a blocked bowel).
    '(?<!\\b(cough|coughs|coughing|coughed|chesty|hacking)\\b[^.!?]{0,25}){vomit} ~~8 green(?! (phlegm|flem|phlem|mucus|sputum|snot|spit|gunk))',
    // Not phlegm or snot: "coughing up green stuff for 5 days" (phase 23).
    '(?<!\\b(cough|coughs|coughing|coughed|hacking|spitting|spit|blowing|blew|phlegm|snot|mucus|nose|chest)\\b[^.!?]{0,25})green (vomit|sick|bile|stuff|liquid)',
    '(vomit|sick) (is |was )?green',
    // The last of several told green: "been sick a few times today and the last two were bright
    // green" (stop 53, fresh-triage-p31d lv081: a 3-week-old read as same day).
    '(been sick|vomited|vomiting|being sick|threw up|throwing up|sicked up) ~12 (the )?(last|latest|most recent|last two|last few|last couple of|last one|last lot) (\\w+ )?(was|were|is|are|has been|have been|looked|looks|came up) (bright |dark |very |really |quite )?green',
    // "sick was bright green twice" (phase 25, fresh-triage-p27e hw137).
    '(vomit|sick|puke|spit up|spit-up) (is |was |has been |looks |looked )?(bright |dark |very |proper )green',
    'bile',
    'bilious',
    // "has been sick 3 times in the last couple of hours and it's bright green, not milky" (stop 49, fresh-triage-p30l ld145: a 5-day-old).
    "{vomit} ~14 (it's|its|it is|it was|which is|that's|thats) (all |very |really )?(bright |dark |proper )?green",
  ],
  faeculent_vomit: [
    '{vomit} ~6 (smell*|looks?) like (poo|faeces|feces|poop)',
    '(brown|dark brown) (vomit|sick|stuff) ~4 smell*',
  ],
  coffee_ground_vomit: [
    'coffee ?-?grounds?',
    '{vomit} ~2 (dark brown|black|brown) (stuff|bits|liquid)',
  ],
  no_bowel_movement: [
    "(haven't|hasn't|not|no|without) ~3 (pooed|pooped|had a poo|opened (my|his|her) bowels|been for a poo|bowel movement)",
  ],
  no_flatus: [
    "(haven't|hasn't|not|no|without) ~3 (farted|fart|passed wind|broken wind|passing wind|passed gas)",
    "(hasn't|haven't|not|can't|cannot|unable to) (been able to )?(pass|passed|break|broken|broke|fart|farted) (any )?(wind|gas)",
    'no (wind|gas)',
    // "no poo and not even farting" (stop 47, p28r jj097).
    'not even (farting|farted|passing wind|breaking wind|trumping)',
  ],
  distension: [
    `${BELLY} ~3 (massive|massively|huge|swollen|distended|bloated|big|swelling|blown up|like a drum)(?! (bruis\\w*|marks?|lumps?|spots?|scars?))`,
    'swollen (up )?like a drum',
    'distended',
  ],
  irreducible: [
    "(won't|will not|can't|cannot|doesn't|does not) go back( in)?",
    'stuck out',
    '(hernia|lump|bulge) ~4 (hard|tense|tender|stuck|purple|dark)',
    '(hard|tender|painful) (lump|bulge) (in|at) ({poss} )?(groin|belly button|tummy)',
  ],
  jaundice: [
    '(yellow|yellowish|jaundice*) (colou?r|skin|tinge|look) ~~4 (getting|gone|worse|deeper|darker|spreading|spread)',
    // Not spots "with yellow middles on his chest" (phase 23: a newborn's erythema toxicum).
    '(yellow(?! (middles?|centres?|centers?|heads?|tops?|tips?|dots?|spots?|bits?|crusts?|pus|blisters?|fluid))|yellowness|jaundice*) ~6 (now )?(on|down to|spread to|reached) ({poss} )?(tummy|belly|chest|legs|feet|arms|body)',
    '(skin|eyes|whites of (my|his|her) eyes) ((is|are|look|looks|have|has|gone|turned|turning|going|a bit|slightly|very|quite|getting|went|become|becoming|both) ){0,5}(yellow|yellowish|jaundiced|orange)',
    'yellow (skin|eyes|tinge)',
    'jaundic*',
    `${NOT_NAIL_OR_TOOTH}(i'm|i am|he's|she's|he is|she is|looks?|look|gone|turned|going) (a bit |slightly |very |quite |really )?yellow(ish)?(?! (discharge|phlegm|mucus|snot|stool|poo|pee|urine|crust|sputum))`,
    `${NOT_NAIL_OR_TOOTH}(gone|turned|going|looks?|look) (a bit |slightly |very )?yellow`,
  ],
  rlq_pain: [
    `(lower|bottom) right (side|${BELLY}|of ({poss} )?${BELLY})`,
    `right (lower )?side (of ({poss} )?)?(lower )?(${BELLY})`,
    '(moved|moving|move|went|shifted) (down )?to (the )?(lower |bottom )?right',
    'belly button ~4 (moved|moving|then)',
    'right side down',
    'appendi*',
  ],
  llq_pain: [
    '(lower|bottom) left (side|tummy|abdomen|belly|of)',
    'left (lower )?side of ({poss} )?(lower )?(tummy|abdomen|belly)',
    'diverticul*',
  ],
  ruq_pain: [
    '(right upper|upper right|top right|right top) (side|tummy|stomach|belly|abdomen)?',
    'right side under ({poss} )?ribs',
    'under ({poss} )?(right )?ribs',
    '(upper|top) right',
    'below ({poss} )?ribs',
  ],
  epigastric_pain: [
    `top of ({poss} )?${BELLY}`,
    `upper ${BELLY}`,
    'under ({poss} )?breastbone',
    'pit of ({poss} )?stomach',
  ],
  renal_colic: [
    '(comes|coming|came|come) in waves',
    'kidney stones?',
    'renal colic',
    '(back|side|loin|flank) ~4 (to|into|down to|round to) ({poss} )?groin',
  ],
  loin_pain: [
    '{pain} ~3 (in|on) ({poss} )?(side|sides|flank|loin|kidneys?|lower back)',
    '(side|flank|loin|kidney) (pain|ache|hurts)',
    'pain in (my |his |her )?side',
  ],
  diarrhoea_long: [
    'diarrh* ~3 (for|over|more than|since) (a week|\\d\\d days|(8|9|ten|two|three) (days|weeks)|weeks|a fortnight)',
  ],
  diarrhoea: [
    'diarrh*',
    'loose (stools|poos?|motions)',
    'the runs',
    'runny (poo|poop|stools)',
    'watery (poo|stools)',
  ],
  bloody_diarrhoea: [
    'diarrh* (with|and|full of|containing|mixed with) ~2 {blood}',
    '{blood} (and mucus )?(in|with) ({poss} )?diarrh*',
    'bloody diarrh*',
    'blood and mucus',
  ],
  blood_in_stool: [
    '{blood} ~3 (in|on|with|when|after|mixed in with|mixed with) ((my|his|her|the|their) )?({poo}|toilet paper|nappy|nappies|diapers?|wiping|wipe|bum|bottom|back passage)',
    '(bloody|blood ?-?stained) {poo}',
    // "streaks of bright red blood in my 6 wk old's poo" (phase 25, fresh-triage-p27e hw139).
    '(streaks?|specks?|flecks?|bits|spots) of (bright red |red |fresh |dark )?blood in ~4 ({poo}|nappy|nappies|diapers?)',
    '(pooing|passing) blood',
    'rectal bleed*',
    '(bleed*|blood) (coming |pouring |dripping )?(from|out of) ({poss} )?(bum|bottom|rectum|anus|back passage|butt)',
    'blood when (i )?(wipe|wiping|poo)',
    '(bleed*|blood) (when|after) (i |he |she )?(wipe|wiping|poo*|go to the toilet)',
    'red (currant )?jelly',
    'jelly-?like (stuff|poo|mucus)',
  ],
  melaena: [
    '{poo} ~~4 (black|tarry|like tar) (and (sticky|smelly|tarry))?',
    '(black|tarry|tar|sticky black|maroon) ~2 {poo}',
    '{poo} (is |was |are |were )?(black|tarry|like tar)',
    'mela?ena',
    // Phase 14 (helper recall): "my motions have been black, sticky and foul-smelling".
    '(my|his|her|their|the) motions ~~4 (black|tarry|like tar)',
    '(black|tarry) (sticky |smelly )?motions',
    // "last 2 days motions very black and smelly": no determiner, the colour said next.
    'motions (are |were |have been |been )?(very |so |really |quite |all |pretty )?(black|tarry|like tar)',
  ],
  rectal_bleed_heavy: [
    '(huge amounts?|lots|loads|a lot|so much|masses|a large amount) of blood ~3 (from|out of) ({poss} )?(bum|bottom|back passage|rectum|behind|anus)',
    '(bowl|toilet|pan) ~3 (full of|filled with|all|was|turned|covered in) ~2 (red|blood)',
    '(bleed*|blood) ~3 (from|out of) ({poss} )?(bum|bottom|back passage) ~3 (loads|a lot|lots|pouring|heavily)',
    '(bleed*|blood) from ({poss} )?(bum|bottom) (loads|a lot|heavily)',
    'passing (big |large )?clots',
    // "the toilet water went completely red when i pooed and theres big clots" (phase 24).
    '(toilet|bowl|pan) (water )?~3 (went|turned|goes|was|is) (completely |bright |all |totally |dark )?red',
    '(big|large|huge) (blood )?clots ~8 (toilet|poo|pooed|pooing|bum|stool|bowel)',
    '(toilet|poo|pooed|pooing|stool) ~8 (big|large|huge) (blood )?clots',
  ],
  haematuria: [
    '{blood} ~3 (in|with|when) ((my|his|her|the) )?({pee}|bladder)',
    '(peeing|pissing|weeing|passing|urinating|peein) (\\w+ )?blood',
    '{pee} (is |was |looks |has been |have been )?(\\w+ )?(red|reddish|pink|pinky|pinkish|bloody|cola|dark red)',
    '(pink|red|bloody|pinky) (wee|pee|urine)',
    'ha?ematuria',
    'blood clots in ({poss} )?(pee|wee|urine)',
  ],
  uti_symptoms: [
    '(burn*|sting*|pain*|hurts?) when (i |he |she |they )?(make|makes|making|do|doing|pass|passing) (pee|wee|urine|water)',
    '(burn*|sting*|{pain}|hurts?) ~3 (when|to|while|as|on) (i |he |she )?({pee}|pass urine)',
    '(burning|stinging|painful) ({pee})',
    'dysuria',
    'cystitis',
    // "Stingy wee since yesterday", a dipstick with nitrites (phase 24).
    '(stingy|burny|burning|stinging|sore|painful) (wee|wees|pee|pees|weeing|peeing)',
    '(dipstick|urine test|test strip) ~6 (nitrites?|leukocytes?|leucocytes?) ~3 (positive|\\+)',
    '(nitrites?|leukocytes?|leucocytes?) (positive|\\+)',
    'utis?',
    '(urine|urinary|water|bladder|kidney) infection',
    'going (to the toilet|to pee|to wee) (every|all the time|constantly|loads)',
    '(peeing|weeing) (a lot|all the time|constantly|every)',
    '({pee}) (smells|is smelly|smelly|strong|cloudy)',
    'smells strong',
    'pyelo*',
    // "burning every time i wee" (stop 49, fresh-triage-p30l ld060, 23 weeks pregnant).
    '(burn*|sting*|hurts?) (every time|each time|whenever) (i |he |she |they )?({pee}|pass urine)',
  ],
  retention: [
    "(wee|pee|urine) (won't|will not|doesn't|isn't|not) (come|coming)",
    "(can't|cannot|unable to|not able to|couldn't) ({pee}|pass urine|pass water)(?! properly)",
    "(haven't|hasn't) been able to ({pee}|go)",
    'bladder ~3 (swollen|full|bursting|huge|massive|distended)',
    'urinary retention',
  ],
  retention_partial: [
    '(only|can only|just) (dribble|dribbling|trickle|trickling)',
    '(bladder|lower belly|lower tummy) (hurts|is painful|feels (full|tight|painful))',
    "(haven't|hasn't) (needed|felt the need|had the urge) (to )?(a )?(wee|pee)",
    "(can't|cannot) empty ({poss} )?bladder",
    'struggling to (pass|pee|wee)',
    'straining to (pee|wee)',
  ],
  testicle_pain: [
    // Not a cricket or tennis ball ("hit in the mouth by a cricket ball, lip swollen"; phase 24).
    ...near(
      '(testicle|testicles|testes|(?<!(cricket|tennis|foot|golf|rugby|hockey|squash|base|basket|net|snow|beach|bouncy|medicine|a|the) )ball|(?<!(cricket|tennis|golf|squash|snow|beach|bouncy|medicine) )balls|nut|nuts|scrotum)',
      '({pain}|swollen|swell*|agony|killing)',
      4,
    ),
    '(testicle|testicles|testes|testis|(?<!(cricket|tennis|foot|golf|rugby|hockey|squash|base|basket|net|snow|beach|bouncy|medicine|a|the) )ball|(?<!(cricket|tennis|golf|squash|snow|beach|bouncy|medicine) )balls|nut|nuts|scrotum|scrotal) ~3 ({pain}|swollen|swell*|agony|killing)',
    '{pain} ~3 (in|of) ({poss} )?(testicle|testicles|balls|scrotum)',
    '(testicle|ball|nut) ~5 (higher|high up|sitting up|lying sideways|horizontal)',
    'torsion',
  ],
  scrotal_swelling: [
    '(scrotum|testicle|balls|ball sack) ~3 (swollen|swell*|red|big|bigger)',
    'swollen (red )?scrotum',
  ],
  priapism: [
    "erection ~6 (hours|won't go|not going|painful|hasn't gone)",
    'priapism',
    // In lay words, kept up since last night (phase 25, fresh-triage-p25d fv091).
    '(stiffy|hard ?-?on|boner|erection) (since|from) (about |around )?(\\d+|last night|yesterday|this morning|early)',
    "(stiffy|hard ?-?on|boner) ~4 (hours|won't go down|wont go down|not going down|hasn't gone down|won't go away)",
  ],
  sexual_assault: [
    '(sexually )?assaulted',
    'raped',
    'rape',
    '(forced|made) (me|him|her) (to )?(have sex|do things)',
    "(drink|drinks|i was|i've been|i got|she was|he was|been|got|was|think) spiked(?! (to|up|at|again|over|a))",
    'sexual assault',
    // "I said no and he didn't stop" (phase 24).
    "(i|she|he) (said|told (him|her|them)) (no|stop) ~4 (he|she|they) (didn't|did not|wouldn't|would not|kept going|carried on|didnt|wouldnt)",
    "(didn't|did not|never|didnt) (consent|agree to (it|sex))",
    "(kept going|carried on|didn't stop|did not stop|wouldn't stop|would not stop|didnt stop) (when|after|even though|even when|though) (i|she|he) (told (him|her|them) to stop|said (no|stop)|asked (him|her|them) to stop)",
    'without (my|her|his) consent',
    // Woke with no memory and signs of sex ("woke up at a strangers flat ... no memory after 2
    // drinks, no knickers, sore down there"; phase 25, fresh-triage-p25d fv033).
    "(no memory|can't remember|cant remember|don't remember|dont remember|blacked out|no idea what happened|blank) ~14 (no knickers|no underwear|no pants|knickers (were )?(off|missing|gone)|underwear (was )?(off|missing|gone)|clothes (were )?(off|missing)|naked|sore down (there|below)|bleeding down (there|below))",
    "(woke|woken|waking|woke up) ~6 (naked|with no (knickers|underwear|clothes)|in a stranger's|at a stranger's|in a strangers|at a strangers|in someone's bed) ~16 (no memory|can't remember|cant remember|don't remember|dont remember|sore|hurts|bleeding)",
  ],
  paraphimosis: [
    "foreskin ~4 (stuck|won't go back|can't (pull|go|get) (it )?(back|forward)|swollen)",
    // Told over two clauses ("pulled my foreskin back to clean under it this morning and now i
    // cant get it forward again"; phase 25, fresh-triage-p26s hk012).
    "(pulled|pull|put|pushed) ({poss} |the )?foreskin back ~12 (can't|cannot|won't|couldn't) (get|pull|put|push|go|bring) (it )?(forward|back over|over|down)",
    '(penis|willy|foreskin|glans) ~3 (swollen|swelling)',
  ],
  retained_object: [
    // Not once it is out: "managed to get it out myself this morning, its all out" (phase 24).
    "tampon ~4 (stuck|inside|forgot|lost|left in|can't (get|find))(?![^.!?]{0,120}\\b(got it out|get it out|managed to (get|pull) it|it'?s (all )?out|its all out|pulled it out|removed it)\\b)",
    "(forgot|forgotten|lost|left) (a |my |her )?tampon(?![^.!?]{0,120}\\b(got it out|get it out|managed to (get|pull) it|it'?s (all )?out|its all out|pulled it out|removed it)\\b)",
    "(condom|tampon) (is )?(stuck|inside|lost)(?![^.!?]{0,120}\\b(got it out|get it out|managed to (get|pull) it|it'?s (all )?out|its all out|pulled it out|removed it)\\b)",
  ],
  smelly_discharge: [
    '(smelly|foul|offensive|green|yellow|grey|smelling|stinking|unusual|abnormal) discharge',
    'discharge ~3 (smells|smelly|foul)',
  ],
  vaginal_bleeding: [
    '(bleed*|blood|spotting) ~3 (from ({poss} )?(vagina|down below|front passage)|vaginal*)',
    'vaginal (bleed*|blood)',
    '(?<!(gums?|nose) )(bleeding|bleed|blood loss)(?! (gums|from (my|the|his|her) (gums|nose|mouth)))',
    'spotting',
    'bleeding down below',
    'some blood (come|came)',
    '(dark|fresh|bright red) blood',
    '(blood|bleeding) (is |was )?(coming|came|come)',
    // Blood seen on wiping ("little bit of pink blood on the tissue when I wiped"; phase 25,
    // fresh-triage-p25a fs001): read as vaginal bleeding only where pregnancy is named (rules).
    '(pink|brown|red|bright red|fresh|dark)? ?(blood|bleeding|spotting|discharge) ~6 (tissue|toilet paper|loo roll|wiping|wiped|wipe)',
  ],
  // A pad or tampon soaked within the hour (NHS: heavy periods, urgent when with dizziness).
  period_flooding: [
    '(pad|pads|tampon|tampons|towel|towels) ~3 (every|each|in|within) (an hour|one hour|1 hour|1 hr|an hr|half an hour|half hour|30 ?min\\w*|20 ?min\\w*|hour)',
    'flooding',
  ],
  heavy_bleeding: [
    // A pad or tampon every hour or two, or a heavy period on and on (phase 25, fresh-triage-p25j
    // gb060: "really heavy for 8 days, changing a pad every 2 hrs ... lightheaded").
    // An hour or two, not "every 4 hours" (phase 25, stop 45: a normal lochia read as a haemorrhage).
    '(changing|change|changed|soaking|soak|going through|filling|fill) (a |my |the )?(pad|pads|tampon|tampons|towel|towels|cup) (every|each) (an|one|two|half an?|1|2|1-2|one or two|couple of) ?(hours?|hrs?|hr)',
    // Two at once: "changing super tampon and pad every 2 hours" (phase 25, fresh-triage-p27m
    // ie128).
    '(changing|change|soaking|going through|filling) ~3 (tampons?|pads?|towels?|cups?) and (a |my |the )?(pad|pads|tampon|tampons|towel) (every|each) (an|one|two|half an?|1|2|1-2|couple of) ?(hours?|hrs?|hr)',
    '(period|bleeding) (has been |is |was |been )?(really |very |so |super |extremely )?heavy (for|since) (\\d+|eight|nine|ten|a week|over a week|more than a week|two weeks)( days)?',
    // Not sweat: "soaking my pyjamas with sweat every night" (phase 25, fresh-triage-p27q ii012).
    `${NOT_SOAKED_CLOTHES}soak* ~4 (pad|pads|tampons?|through|pyjamas|clothes|bed|sheets|towel)(?! (with|in|from) (sweat|sweats|sweating))`,
    '(pad|pads|tampon) (every|an|each) (hour|\\d+ minutes|half hour)',
    'flooding',
    '(big|large|huge|golf ?ball|lemon|plum) (sized )?clots',
    'gush* of (bright red |fresh )?blood',
    'bleeding (a lot|heavily|loads|really heavily|very heavily|badly)',
    'heavy bleeding',
    // Not "loads" said of the coughing ("a tiny streak of blood once after coughing loads";
    // phase 25, fresh-triage-p26m he056).
    "(blood|bleeding) ~3 (?<!(not|isn't|wasn't|no|too) )(?<!(coughing|coughed|sneezing|sneezed|crying|cried|vomiting|retching|straining) )(much|a lot|lots|heavy|heavily|loads|pouring)",
    '(much|a lot of|lots of|so much|loads of) blood',
    // Blood running down the legs (stop 49, fresh-triage-p30c ku041: a known low-lying placenta bleeding at 30 weeks).
    'blood ~3 (running|pouring|gushing|streaming|dripping|trickling) down (my|her|both) (legs?|thighs?)',
  ],
  face_hand_swelling: [
    '(face|hands|fingers|feet and hands|hands and feet|hands and face|face and hands) ~3 (swollen|swell*|puffy)',
    'swollen (face|hands|fingers)',
    'rings (are )?(too )?tight',
  ],
  reduced_fetal_movement: [
    // "babys been quieter today" (phase 25, fresh-triage-p27q ii009).
    "(baby|babies|bump|babys|baby's) ~~4 (much |a lot |far |really )?(quieter|less active|not as active|sluggish|less wriggly) ~~3 (than|today|since|usual|normal)",
    '(only|barely|hardly) (felt|feel|feeling) ~~4 (movements?|kicks?|wriggles?|flutters?)',
    '(baby|babies|bump) ~4 (moving|move|moves|movements|kicking|kicks) ~3 (less|fewer|not as much|as much|slower|different)',
    "(less|fewer|reduced|decreased|not many) (fetal |foetal |baby |baby's )?(movements?|kicks|kicking|movement)",
    "(baby|babies) ~3 (hasn't|has not|isn't|not|stopped) (been )?(moving|moved|kicked|kicking)",
    "(haven't|not|can't|didn't) (felt|feel) (the |my )?(baby|babies|him|her|it) (move|moving|kick)",
    "(haven't|not|hardly|barely|didn't|hasn't) (felt|feel|feeling|been) (much|many|any|a lot of) (movement|movements|kicks|kicking)",
    'quieter than usual',
    // "the baby has barely moved since this morning" (phase 24).
    '(baby|babies|bump|she|he|it) ~3 (has |had |have )?(barely|hardly|only just) (moved|moving|kicked|kicking|wriggled)',
    // "baby usually goes crazy after dinner but tonight hardly anything for the last few hours"
    // (phase 25, fresh-triage-p27m ie009).
    '(tonight|today|this evening|this afternoon|this morning|now) (hardly|barely) (anything|any movement|a kick|any kicks|a thing) ~4 (for|in|since) ~4 (hours?|hrs|the evening|this morning|lunch|dinner)',
    "(can't|cannot|not) (feel|felt) (her|him|the baby|baby|them) ~2 (kicking|moving|kick|move) (like|as much as|as) (normal|usual|before)",
    'moving less',
    // "cant remember when baby last kicked" (stop 49, fresh-triage-p30c ku095).
    "(can't|cannot|don't) remember when (the )?(baby|babies|he|she) (last )?(kicked|moved)",
  ],
  no_fetal_movement: [
    '(baby|babies) ~3 (stopped|not) (moving|kicking) (at all|completely)',
    "(baby|babies|bump) ~3 (hasn't|has not|not|hasnt|didn't) (moved|kicked|been moving|been kicking) (at all|all day|today|since)",
    "(haven't|not|can't) (felt|feel) (the |my )?(baby|babies) (move|moving|kick) (at all|all day|since|today)",
    'no (fetal |baby )?(movements?|kicks) (at all|all day|since|today)',
    'stopped moving',
  ],
  // Phase 14 (helper recall, probes-p14-recall.json): no movement felt at all, said with a
  // hedge or a pronoun ("I don't think I've felt him move at all today", "can't remember the
  // last time I felt her kick", "not felt baby move all day", "did not feel my baby moving").
  // Said of "it", "any" or "one", or "had"/"noticed", a pregnancy word is needed (rules).
  fetal_none_lay: [
    // Not "haven't really felt baby move much today": moving less, read as same day elsewhere.
    '(not|never|no)(?! (really|much|as much|so much|properly)) ~4 (felt|feel|feeling|noticed|had) (the |my |our )?(baby|babies|bump|bubs|bub|him|her|it|them|any|a single|one) ?(move|moves|moving|movement|movements|kick|kicks|kicking|wriggle|wriggles|wriggling) (at all|all day|all morning|all afternoon|all evening|today|tonight|since)',
    '(not|never|no)(?! (really|much|as much|so much|properly)) ~4 (felt|feel|feeling|noticed|had) (the |my |our )?(baby|babies|bubs|bub|him|her|it|any|a single|one) ?(move|moves|moving|movement|movements|kick|kicks|kicking|wriggle|wriggles|wriggling)(?! (much|many|as much|a lot|as often|often|enough|properly|as usual|like usual|as normal|like normal|as well|so much|less|very much)) ~6 (at all|all day|since|today|tonight|this morning|this evening|still nothing)',
    "(can't|cannot|can not|don't) remember (the last time|when) (i|she) (felt|last felt) (the |my )?(baby|him|her|it|a kick|any (kicks|movement))",
    '(from|since) (this morning|last night|yesterday|lunch|breakfast|dinner|this afternoon) ~4 (not|never) (felt|feel|feeling) (the |my )?(baby|him|her|it) (move|moving|kick|kicking)',
  ],
  // The same said of a baby (or kicks), so no pregnancy word is needed; "not had any movement
  // since Monday" (bowels) or "haven't felt it move" (a wobbly tooth) need one (rules-belly-child.ts).
  fetal_none_of_baby: [
    '(felt|feel|feeling|noticed|had) (the |my |our )?(baby|babies|bump|bubs|bub|him|her|them) ?(move|moves|moving|movement|movements|kick|kicks|kicking|wriggle|wriggles|wriggling)',
    '(kick|kicks|kicking|wriggle|wriggles|wriggling)',
  ],

  waters_broken: [
    '(leak*|lost|losing|gush*|trickl*) ~3 (clear )?(fluid|liquid|water)',
    'waters ~3 (broke|broken|breaking|gone|went|leaking)',
    '(leaking|gush of|trickle of) (fluid|water|clear fluid)',
    'membranes (ruptured|have ruptured)',
  ],
  // Birth about to happen (phase 23's fresh set: "4th baby, 37 wks, contractions 2 mins apart and
  // i need to PUSH, hospital is 40 mins away" read routine). NHS: call 999.
  birth_imminent: [
    "(need|needs|needing|urge|urges|want|wants|wanting|feel like|feels like|feel the need|have to|has to|got to|gotta|can't stop|trying not) (to )?(push|pushing)",
    "(the |baby|baby's|babys|its|his|her) ?head (is )?(coming|crowning|out|showing)",
    'crowning',
    "(can|could) (see|feel) (the |its |his |her |baby's |babys )?head",
    // Not "after having my baby my hair is coming out" (stop 49, blind-8).
    "(baby|babys|baby's) (is |'s |is already |is really )?coming (now|right now|out|fast|already)",
    // "she's pushing, i can see the head!!!" (stop 49, fresh-triage-p30l ld154: a second baby coming at home).
    "(she's|she is|i'm|im|i am|wife's|wife is|partner's|partner is) (already )?pushing",
  ],
  cord_visible: [
    '(see|seeing|feel|feeling|saw|felt) ~3 cord',
    "(see|seeing|saw|feel|there's) (the )?(umbilical )?cord",
    'cord ~3 (coming out|hanging|visible|out)',
    "(like|maybe|think (it is|it's|its)|could be) (the|a) (umbilical )?cord",
    'something (coming|hanging|sticking) out',
  ],
  // Contractions told as regular and close ("every 3-4 mins", "5 minutes apart"): established
  // labour, a call to the maternity unit at any stage (NICE NG235; phase 25, fresh-triage-p25a).
  contractions_regular: [
    '(contractions?|tightenings?|pains) ~8 (every|each) (\\d+|two|three|four|five|six|few|couple of)(-\\d+| to \\d+| or \\d+)? (mins?|minutes)',
    '(contractions?|tightenings?|pains) ~8 (\\d+|two|three|four|five|six|few)(-\\d+| to \\d+| or \\d+)? (mins?|minutes) apart',
    '(\\d+|three|four) (contractions?|tightenings?) (in|every) (10|ten) (mins?|minutes)',
    // "tightenings since about 4pm ... now they come every 8-10 mins regularly" (stop 49, fresh-triage-p30c ku088, 31 weeks).
    "(they|they're|they are|these|it's|its) (now )?(come|comes|coming|are coming|happen|happening|are) (every|each) (\\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple of)(-\\d+| to \\d+| or \\d+)? (mins?|minutes)",
  ],
  // Bleeding after a birth that had settled and comes back, or turns bright red again
  // (secondary postpartum haemorrhage; phase 25, fresh-triage-p25a fs109).
  bleeding_returned: [
    "(bleeding|blood|it|its|it's) ~4 (come|came|coming|comes) back",
    '(bright red|fresh red|red) ~3 again',
    'gone (bright )?red again',
  ],
  contractions: [
    'contractions?',
    'tightenings? ~3 (every|regular|minutes)',
    'labou?r pains',
    'cramping every (few|\\d+) minutes',
    'in labou?r',
    'going into labou?r',
  ],
  placenta_retained: [
    "placenta ~4 (hasn't|has not|not|didn't|hasnt|won't|still) (come|came|been delivered|delivered|out|inside)",
  ],
  bump_hard: [
    'bump ~3 (hard|tight|tense|rigid|solid)',
    '(womb|uterus) (is )?(hard|tense)',
    // "hard as a rock the whole time not like a contraction" (stop 49, fresh-triage-p30c ku095: a
    // placental abruption at 32 weeks).
    '(hard|solid) as (a )?(rock|board|stone) ~4 (the whole time|all the time|constantly|not like a contraction)',
    '(rock|board) hard ~4 (the whole time|all the time|constantly|not like a contraction)',
  ],
  constant_pain: [
    'constant (\\w+ )?(pain|tummy pain|ache)',
    "(pain|it) (that )?(doesn't|does not|won't|will not) (ease|let up|go)( off| away)?",
  ],
  chickenpox_contact: [
    '(contact|exposed|exposure) ~4 (chickenpox|chicken pox|shingles|measles|rubella|slapped cheek)',
    '(chickenpox|chicken pox|measles|shingles) ~4 (contact|exposed)',
  ],
  itchy_palms: [
    ...near('(hands|feet|palms|soles)', 'itch*', 4),
    'itch* (hands|feet|palms|soles)',
    '(hands|feet|palms|soles) (are )?(really |very )?itchy',
    // "itching like mad on my palms and the soles of my feet" (phase 23).
    'itch* ~~5 (on|of|in) (my |her |the )?(hands|feet|palms|soles)',
  ],
  one_sided_pain: [
    '(one|left|right) (side|sided) ~3 ({pain}|cramp*)',
    '{pain} (on |down |in )?(one|the left|the right|left|right) side',
    'one side of ({poss} )?(tummy|belly|abdomen|stomach|pelvis|lower tummy)',
    '{pain} (on|in|down) (the |my )?(left|right)( hand)?( side)?',
    '(left|right) ?-?sided (\\w+ )?pain',
    '{pain} (low )?(on|in|down) (the |my )?(left|right)',
    'shoulder ?-?tip ~2 ({pain}|hurts?)',
    '{pain} ~4 (on|down|in) (one|the left|the right) side',
    'one ?-?sided (\\w+ )?pain',
    'shoulder ?-?tip pain',
  ],
  wound_infected: [
    '(wound|scar|stitches|incision) ~~4 (opening|opened|open up|opening up|coming apart|split|gaping|smells?|smelly|stinks)',
    // Not "a sore throat and swollen glands" (sore said of a body part) nor "a bite of a
    // very hot chilli" (a bite of food).
    '(wound|scar|stitches|incision|cut|sore(?! (throat|throats|knees?|back|head|neck|eyes?|ears?|legs?|arms?|muscles?|feet|foot|tummy|stomach|belly|chest|shoulders?|hips?|joints?|gums?|mouth|tongue|nose|breasts?|nipples?|glands?))|ulcer|graze|bite(?! of)|blister) ~4 (red|oozing|weeping|(?<!(can|could) )open|pus|smelly|hot|gaping|infected|swollen)',
    'infected (wound|cut|scar|stitches)',
    // "The other thing is the wound: one end of it is red and hot now, it's leaking yellowy
    // pus" (phase 23): pus told further along the sentence about a wound.
    '(wound|scar|stitches|incision) ~14 (pus|puss)',
  ],
  // A sore or cracked nipple alone is how feeding latches, not mastitis (NHS "breastfeeding
  // problems"; phase 20: read as a postpartum warning).
  mastitis: [
    '(breast|breasts|boob|boobs) ~3 (red|hot|painful|lump|swollen|hard)',
    // "hard red hot wedge on my left boob" (phase 22's fresh set).
    '(red|hot|hard|swollen|lump|lumpy|wedge) ~4 (on|in) (my|the|her|one) (left |right )?(breast|breasts|boob|boobs)',
    'nipple ~3 (red|hot|lump|swollen|hard)',
    'mastitis',
  ],
  miscarriage: ['miscarr*', 'passing (tissue|clots)', 'lost the baby'],
  // Phase 10 second round (helper fa2: blind set 12's misses; probes-p10-fa2.json). NHS: baby's
  // movements less than usual, call the maternity unit now.
  //
  // A baby's movements less than usual, in words reduced_fetal_movement did not have: a bump
  // "gone quiet", "not felt a kick", "feel the baby move very little", "much less active".
  fetal_move_less: [
    '(bump|baby|babies) ~4 (gone|been|is|went|has been|seems) (really |very |so |much |a lot |very very )?(quiet|still)',
    '(feel|felt|feeling) (the |my )?(baby|him|her|it) (move|moving|kick|kicking) (very |really |so |only )?(little|less|rarely)',
    '(baby|babies|bump) ~4 (much |a lot |far |really |way )?less active',
  ],
  // No movement at all for hours, in other words than no_fetal_movement's: "not felt a single
  // kick since last night", "hasn't kicked since this morning".
  fetal_move_none: [
    "(not|haven't|hasn't|havent|didn't|did not|have not) (really )?(felt|feel) (a single |a |any |one )(kicks?|movements?|wriggles?|flutters?|rolls?)",
    // "baby hasnt really moved since last night" (phase 23).
    "(baby|babies|bump|he|she|it) (hasn't|has not|hasnt|haven't|not) (really )?(kicked|moved|wriggled) (at all |once )?(since|all day|all night|for hours|today)",
  ],
  // Phase 11 (helper fa: principles probed in many styles; probes-p11-fa.json). NHS urinary
  // retention (A&E) and appendicitis (999 or A&E when severe, spreading, or with sickness and a
  // temperature).
  //
  // Urine that will not come properly: "can't pee properly", "just dribbles", "only a few drops",
  // "keeps trying but nothing comes" (acute urinary retention described, not named).
  urine_obstructed: [
    "(can't|cannot|can not|unable to|not able to|couldn't|struggling to|struggle to|finding it hard to) (pee|wee|urinate|pass urine|pass water|go) (properly|fully|much|at all)",
    "(can't|cannot|can not|unable to|not able to|couldn't|struggling to) (\\w+ )?(pee|wee|urinate|pass urine|pass water)",
    '(only|just|can only|can just|only managed|only managing|only passing|only getting) ~5 (dribble*|trickle*|drops?|a few drops|a little bit|tiny amounts?)',
    '(keeps|keep|kept|been|keeps on) trying to (go|pee|wee) ~6 (nothing|not much|barely anything|hardly anything) (comes|coming|will come|came)',
    '(nothing|not much|barely anything|hardly anything) (comes|coming|will come|came)( out)?',
  ],
  // A sting or a constant urge, in words uti_symptoms lacks ("it burns", "going every 10 mins"):
  // cystitis, where only a little comes out each time, not retention.
  urine_sting_or_often: [
    '(it|that|which|wee|pee|peeing|weeing) (burns|stings|is burning|is stinging|really burns|really stings)',
    '(going|go|goes|running|have to go|need to go|needing to go) ~3 (every (\\d+|few|couple of|ten|five|twenty) (mins|minutes|min)|all the time|constantly|non ?-?stop)',
    '(always|constantly) (need|needing|feel like i need) (to go|a wee|a pee)',
    'polyuria',
  ],
  // A full, hard or sore bladder described: "lower belly feels full and sore", "below the navel
  // is bulging", "bladder feels like it's bursting".
  bladder_full_sore: [
    '(bladder|lower (belly|tummy|stomach|abdomen)|bottom of (my|his|her) (belly|tummy|stomach)|(belly|tummy|stomach) below (the |my |his |her )?(navel|belly ?button)|below (the |my |his |her )?(navel|belly ?button)|above (the |my |his |her )?(pubic bone|privates)) ~5 (full|swollen|bulging|bulge|hard|tight|distended|sticking out|ballooned|bloated|sore|painful|tender|agony|hurts|hurting|aching|uncomfortable)',
  ],
  // No proper wee for hours: "last proper wee was 6 hours ago", "nothing proper since last night".
  no_proper_wee_hours: [
    '(last|no) (proper |real |decent |full )?(wee|pee) (was )?(about |around |over |more than )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|a few) (hours?|hrs?)',
    '(nothing|no wee|no pee|not a proper (wee|pee)) (proper )?since (last night|this morning|yesterday|breakfast|lunch)',
    '(since|from) (last night|this morning|yesterday) ~8 (only|just) ~3 (dribble*|trickle*|drops?|a few drops)',
    '(been )?trying (to go )?for (hours|\\d+ hours|ages)',
  ],
  // Pain bad enough that the person cannot walk or stand straight or is bent double, said of a
  // belly pain (peritonism in lay words).
  cant_walk_straight: [
    "(can't|cannot|can not|unable to|couldn't|not able to) (walk|stand|stand up|get up) (up )?(straight|upright|properly|at all)",
    '(bent|doubled) (over|double|up)',
    "(can't|cannot|couldn't) (move|walk|stand) (for|because of|with) (the )?pain",
  ],
  // Belly pain that is where the appendix is, or moved there, in words the older concepts lack:
  // "moved down to the right", "shifted to the right side down low".
  pain_moved_right_low: [
    '(moved|moving|moves|shifted|gone|went|travelled|spread) (down |over )?(to |into )?(the )?(right|bottom right|lower right|right side|right hand side)( side)?( (down )?low| down low| lower down)?',
  ],
  // Phase 12 (helper b17: blind set 17's misses; probes-p12-b17.json). NHS testicle pain and reduced
  // fetal movements.
  //
  // Pain in the privates said without naming them: "pain down below on one side", "really bad
  // pain in his privates". Read with a boy (rules-blind17.ts).
  privates_pain: [
    '({pain}|agony|hurts?|hurting|ache|aching) ~3 (down below|down there|(in|of) (his|my) (privates|private parts|private area|groin))',
  ],
  // Contact with measles said as a place and a person: "was in a waiting room with a child
  // who's now been diagnosed with measles", "at nursery with a child who's got measles".
  measles_contact: [
    '(with|next to|near|beside|sat by|played with) ~8 (measles)',
    '(measles) ~8 (was|were) (in|at) (the )?(same|a|our|her|his|my)',
  ],
  // A baby barely felt today, unlike its usual (reduced fetal movements, NHS: call the
  // maternity unit straight away): "today I've barely felt anything".
  fetal_barely_felt: [
    '(barely|hardly|not really|scarcely) (felt|feeling|feel|noticed) (anything|much|him|her|the baby|baby|it|a thing|any (movement|movements|kicks))',
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  missed_dialysis: ["(missed|skipped|no|haven't had|didn't have) ~3 dialysis"],
  little_urine: [
    '(hardly|barely|very little|not much|no) (any )?(wee|pee|urine|weeing|peeing)',
    "(haven't|hasn't|not) (needed|felt the need|had the urge) (to )?(a )?(wee|pee)",
    'passing (very )?little (urine|wee)',
  ],
  dark_urine_cola: [
    'colou?r of (cola|coke|coca cola|tea|strong tea)',
    '{pee} ~4 (cola|coca cola|tea colou?red|dark brown|brown)',
    '(cola|tea|dark brown|brown) ?-?colou?red (urine|wee|pee)',
  ],
  catheter_blocked: [
    "catheter ~4 (blocked|not draining|hasn't drained|bypassing|leaking|stopped draining|isn't draining|no urine)",
  ],
  genital_blisters: [
    ...near(
      '(blisters|sores|ulcers)',
      '(genitals?|penis|vagina|vulva|down below|private parts|privates|foreskin)',
      4,
    ),
  ],
  emergency_contraception: [
    'condom (split|broke|came off|tore|burst)',
    'morning ?-?after pill',
    'emergency contraception',
    'unprotected sex',
    // Phase 25 (fresh-triage-p25d): "no protection", "didn't use anything".
    '(no|without|without any) (protection|contraception)',
    "(didn't|did not|never|not) (use|using|used) (a condom|condoms|protection|any protection|anything|contraception)",
    'condomless',
  ],
  // The progestogen-only pill, which a migraine with aura does not rule out (UKMEC).
  progestogen_only: [
    '(mini ?-?pill|progestogen ?-?only|pop|cerazette|cerelle|noriday|norgeston|slynd|hana|lovima)',
  ],
  // A period that has not come when due (with one-sided pain: an ectopic pregnancy until a test
  // says otherwise; phase 25, fresh-triage-p25d fv119).
  period_late: [
    '(still )?no period',
    "(period|periods) (is |are )?(still )?(late|overdue|hasn't come|has not come|not come|didn't come|never came)",
    '(missed|skipped) (a |my |her )?period',
    "(haven't|hasn't|not) had (a |my |her )?period",
  ],
  // A pregnancy test said negative ("did a test, negative").
  pregnancy_negative: [
    '(pregnancy test|preg test|test|tests) ~4 (negative|neg|said not pregnant|was negative|came back negative)',
    'negative (pregnancy )?tests?',
    'not pregnant',
  ],
  // Fertility treatment in the last days or weeks (phase 25, fresh-triage-p25d fv002).
  fertility_treatment: [
    '(egg collection|egg retrieval|egg harvest|ivf|embryo transfer|fertility (injections|treatment|drugs)|stimulation injections|trigger (shot|injection))',
  ],
  // Sex with no contraception at all ("im not on any contraception"), read with sex_recent.
  no_contraception: [
    "(not|isn't|aren't|i'm not|im not|she's not|not currently) on (any )?(contraception|the pill|birth control|anything)",
    'no (contraception|birth control)',
  ],
  vulval_lump: [
    '(lump|swelling|abscess|cyst|bump) ~~5 (entrance|opening|lips?) (to|of) ({poss} )?(vagina|vulva)',
    '(bartholin*)',
    ...near('(vulva|labia|vagina|down below)', '(lump|swollen|swelling|abscess|cyst)', 4),
  ],
  groin_lump: [...near('(lump|bulge|swelling)', 'groin', 3)],
  ovary_pain: [...near('(ovary|ovaries|pelvis|pelvic)', '({pain}|agony)', 4)],
};
