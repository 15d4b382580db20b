// Lexicon, phase 7 wave 9 (helper b): mental health, poisoning, babies and children,
// pregnancy and after the birth, older adults. Kinds a breadth probe set missed, written as the
// guidance frames them: goodbyes told without the word (NICE NG225 warning signs: "won't be
// around", a farewell text and then silence, a chosen place, things given away), a near
// attempt at a platform edge, mania or psychosis with danger (a roof, a road, "can fly"),
// violence at home, alcohol withdrawal with hallucinations or disorientation, eating
// disorders with physical danger (NICE NG69 / MEED), staggered paracetamol excess (TOXBASE),
// detergent capsules, someone else's insulin, a baby grey or with a high cry (NICE NG143), a
// cord felt after the waters break, pre-eclampsia swelling of hands and face, lochia that
// smells or gets heavier again, a long lie on the floor, a child's unexplained limp, croup,
// a baby sick after every feed. Pattern language: pattern.ts.

import { near, type Concepts } from './lexicon-types';

const NUM_9_UP =
  '([9]|[1-9][0-9]|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty\\w*|thirty\\w*|forty\\w*|fifty)';
const FAMILY =
  '(mum|mom|mam|dad|mother|father|husband|wife|partner|son|daughter|brother|sister|gran|nan|grandad|grandma|grandpa|friend|flatmate|boyfriend|girlfriend)';

/** Not after weight lost "without trying" in the same sentence: appetite lost, not restricted. */
const NOT_UNINTENDED = '(?<!\\b(without|not) (even )?(trying|dieting|meaning to)[^.!?]{0,60})';

export const WAVE9B_SIGNS: Concepts = {
  // Mania or psychosis: a belief of being unable to be hurt.
  invulnerable: [
    "(thinks|believes|convinced|says|said|sure|think|believe) (that )?(he|she|they|i)('s|'re| is| are| am)? ?(invincible|immortal|bulletproof|indestructible|can fly|could fly|can't die|cannot die|can not die|won't die|will never die)",
    '(she|he|they|i) (can|could) fly',
  ],
  // A dangerous place reached in a crisis: a roof, a balcony rail, a road or motorway on foot.
  danger_spot: [
    '(went|gone|going|climbed|climbing|is|up|standing|sitting|stood|sat|out) (up )?(on|onto|on to|out on|over) (the |a )?(roof|balcony rail|balcony railing|balcony edge|ledge|window ?sill|parapet|railings)',
    '(walking|walks|walked|running|wandering|standing|dancing|lying) (along|on|in|across|down|into) (the )?(middle of the )?(motorway|dual carriageway|railway|tracks|traffic|main road)',
    '(balcony|window) (rail|railing|ledge|edge)',
    // Into deep water (phase 25 probes: "god has chosen me. im walking into the sea tonight").
    '(walking|walk|walked|wading|wade|going|gone|went|swim|swimming|jump|jumping|jumped) (out )?(into|in to) (the )?(sea|river|lake|canal|loch|reservoir|waves|deep water)',
  ],
  // Violence at home now: things being smashed, walls punched, things thrown at someone.
  // A child shut out in the cold at night (phase 24, fresh set p24g: "locked outside again in her
  // pyjamas, its 11pm and freezing, shes crying and theres shouting and smashing").
  child_shut_out: [
    '(locked|shut|left|put) (out|outside) ~10 (freezing|cold|night|pyjamas|pjs|midnight|\\d+ ?pm|in the dark|rain|snow)',
  ],
  violent_now: [
    '(smashing|smashed|breaking|trashing|trashed|wrecking|wrecked|destroying|destroyed) (up )?(the|his|her|our|my|their) (flat|house|home|place|room|bedroom|kitchen|things|stuff|furniture|windows?|doors?|tv)',
    'punch* (the )?(walls?|doors?|windows?)',
    '(throwing|threw|hurling) (things|stuff|plates|furniture|chairs|knives) (at|around)',
    'threatening (us|me|to (hurt|kill|stab|attack)|the kids|the children|everyone|people)',
  ],
  agitation_severe: [
    'completely out of control',
    '(lost it|lost the plot|gone berserk|going berserk|on a rampage|rampaging)',
    "(can't|cannot|won't) (calm|settle) (him|her|them) (down)?",
  ],
  fear_of_harm: [
    "(scared|afraid|frightened|terrified|worried) (that )?(he|she|they)('s|'ll|'re| is| will| are)? ?(going to |gonna |might |will )?(hurt|harm|kill|attack|hit|stab) (me|us|someone|somebody|the kids|the children|the baby|my|our|himself|herself|themselves)",
  ],
  // Alcohol: off it now, in many wordings; hallucinations and disorientation said plainly.
  off_drink: [
    '(day|days) (\\d+|one|two|three|four|five) (no|without|off|of no) (the )?(booze|drink|alcohol|drinking)',
    '(\\d+|one|two|three|four|five|a couple of|a few) days? (off|without|sober|dry|no) (the )?(drink|booze|alcohol|drinking)',
    '(trying|tryna|try|want|wants|wanting|going) (to )?(stop|quit|give up|come off|get off|cut out) (the )?(drinking|drink|booze|alcohol)',
    '(come|came|coming|get|getting|got) off (the )?(booze|drink|alcohol)',
    '(cut|cutting) (down|back) ~8 to (nothing|zero|none)',
  ],
  hallucinating: [
    'hallucinat\\w*',
    "(seeing|see|saw|sees) (shadow|shadows|shadow people|shadow figures|bugs|spiders|insects|things that (are not|aren't) there)",
    "(seeing|seein|sees|saw|see) ~3 (spiders|bugs|insects|ants|snakes|rats|mice|people|faces|things) ~6 (aren't|arent|are not|isn't|isnt|is not|nobody|no one|walls?|ceiling|floor|bed|crawling|everywhere)",
    "(talking|talks|talked|shouting|speaking) to (people|someone|somebody|things|voices) (who|that|which) (aren't|are not|isn't|is not) (there|real)",
    // "seeing little children in the garden that aren't there" (phase 25, stop 46, p28i ja057).
    "(seeing|sees|saw|see) ([a-z]+ ){0,8}(that|who|which) (aren't|arent|are not|isn't|isnt|is not|weren't|wasn't) (there|real)",
  ],
  disoriented: [
    "(don't|doesn't|didn't|does not|do not) (know|kno|knw|recogni[sz]e) (what day|what year|where (he|she|i|they) (is|am|are)|who (i am|he is|she is|we are)|what (time|day) it is|(his|her|their) own)",
  ],
  // Eating disorders (NICE NG69): named, or told as starving, purging or eating next to nothing.
  eating_disorder: [
    'anorexi*',
    'bulimi*',
    'eating disorder',
    'arfid',
    '(making|make|makes|made) (herself|himself|myself|themselves) (sick|throw up|vomit)',
    'purg(e|es|ing|ed)',
    '(starving|starve|starves|starved) (herself|himself|myself|themselves)',
    // Not appetite lost with weight lost "without trying": the opposite of restricting (phase
    // 17: "my mom keeps losing weight without trying and barely eats anything" read as an
    // eating disorder, a mental-health crisis).
    `${NOT_UNINTENDED}(eating|eats|eaten|ate) (almost |practically |basically |next to )?(nothing|hardly anything|barely anything)`,
    `${NOT_UNINTENDED}(barely|hardly) (eats|eating|eaten|ate) (anything)?`,
    '(only|just) (eating|eats|having|has) (an? )?(apple|cracker|crackers|one meal|black coffee|water) (a|per) day',
    '(eating|eats|having|has|had) (only|just) (an? )?(apple|cracker|crackers|one meal|black coffee|water|\\d+ calories) (a|per) day',
  ],
  // Paracetamol or other tablets, nine or more within a day or counted in total.
  tablets_many_day: [
    `(took|taken|had|have had|swallowed|taking|been taking|ate) ~4 ${NUM_9_UP} ~2 (paracetamol|tablets|pills|co codamol|cocodamol|panadol|tylenol|{drug})`,
    `${NUM_9_UP} (paracetamol|tablets|pills|co codamol|cocodamol) ~6 (in|within|over) (24|twenty ?four|the last 24|a day|one day|today|yesterday)`,
    `(about|around|like|roughly|maybe|probably) ${NUM_9_UP} (tablets |pills |paracetamol )?in total`,
    // "probs 16 or 18 tablets in the last day" (phase 25, fresh-triage-p25b ft018).
    `${NUM_9_UP} (or|to|-) ${NUM_9_UP} (paracetamol|tablets|pills|co codamol|cocodamol)`,
    `${NUM_9_UP} (paracetamol|tablets|pills|co codamol|cocodamol) ~6 (in|within|over) (the )?(last|past) (day|24 hours|24 hrs|twenty four hours)`,
  ],
  // Paracetamol doses closer than four hours apart, kept up ("2 paracetamol every 3 hrs since
  // yesterday"): with doses_repeated, more than the day's maximum (a staggered overdose).
  dose_too_often: [
    '(every|each) (hour|1|2|3|one|two|three|couple of|1-2|2-3|one or two|two or three|1 or 2|2 or 3) (hours|hrs|hour|hr)',
    'hourly',
  ],
  paracetamol_word: [
    '(paracetamol|paracetemol|paracetomol|parcetamol|panadol|tylenol|acetaminophen|co codamol|cocodamol|solpadeine|lemsip|beechams)',
    // By brands sold elsewhere (phase 25, fresh-triage-p25j gb085: "25 Dolo 650 tablets").
    '(dolo|dolo 650|crocin|pacimol|calpol 650|biogesic|panamax|hedex|tempra|apap)',
  ],
  // Detergent capsules and pods, singular or plural, by brand.
  detergent_capsule: [
    '(laundry|washing|washing machine|dishwasher|detergent|liquid|gel) (capsules|pods|tablets|tabs|liquitabs|gel pods)',
    '(ariel|persil|fairy|bold|finish|surf|daz) (pods?|capsules?|tablets?|liquitabs?|3 in 1|all in one)',
    '(toilet|loo) (cleaner|duck|bleach|block)',
    '(liqitab*|liquitab*|liquid tabs?|liqui tabs?)',
  ],
  // Household irritants short of corrosive: harmful with symptoms, advice without.
  irritant_household: [
    '(rinse aid|fabric (softener|conditioner)|washing powder|stain remover|dishwasher (salt|gel|detergent)|carpet (cleaner|shampoo)|furniture polish|air freshener)',
  ],
  // Cyanosis and breathing pauses in other spellings (blueish, purply).
  cyanosis_more: [
    '(lips|face|tongue|mouth|skin|fingers) ~3 (blueish|blue-ish|bluey|blue ?grey|purply|purplish|dusky blue)',
    '(blueish|bluey|purply|purplish) (lips|face|tongue|colour|color|tinge)',
  ],
  breath_pauses: [
    '(breathing|breath|breaths) ~6 (pauses|pausing|stops and starts|stopping and starting|keeps stopping|gaps)',
    '(pauses|gaps) (in|between) (his|her|their|the) (breathing|breaths)',
  ],
  // Waters leaking, in other words.
  waters_leak: [
    '(water|waters|fluid|liquid) ~4 (coming|leaking|trickling|dripping|running|came|gushing|gushed) (out )?(from )?(down|down there|below|down below|my vagina|out of me)',
  ],
  // After a birth: not bonding with the baby.
  bond_fail: [
    "(can't|cannot|don't|not|unable to|struggling to) (bond|bonding) (with )?(the|my|our|her|his) (baby|son|daughter)",
    "(can't|cannot|don't|doesn't) (feel|feeling) (anything|any love|love|nothing) (for|towards) (the|my|our|her|his) (baby|son|daughter)",
    'feel* nothing (for|towards) (the|my|our|her|his) (baby|son|daughter)',
  ],
  mouth_contact: [
    "(on|in|around|round) (his|her|their|the baby's) (lips|mouth|tongue)",
    '(sucked|sucking|licked|licking|mouthed|mouthing|chewed|chewing|bitten|bit (into|on|off|it|one|a))',
  ],
  // Insulin that is not the person's own: a non-diabetic, a partner's pen, a dare.
  insulin_not_own: [
    "(injected|inject|gave|given|took|taken|used|had|shot|jabbed) ~4 (someone else's|somebody else's|(husband|wife|partner|mum|mom|dad|mother|father|son|daughter|gran|nan|grandad|brother|sister|friend|flatmate)('s|s)) ~2 insulin",
    'insulin ~8 for a dare',
    'insulin ~8 instead of (my|his|her|their|the|your) (\\w+ )?(tablets?|pills?|meds|medicines?|medication|inhaler|vitamins?|painkillers?)',
    "(not|non|isn't|is not|aren't|am not|i'm not) ?-?diabetic ~12 insulin",
    "insulin ~12 (not|non|isn't|is not|who isn't|who is not) ?-?diabetic",
    '(mixed up|mix up|mixed|wrong) (the )?(insulin )?(pens|pen)',
  ],
  insulin_word: ['insulin'],
  // A baby or child grey, ashen or with a high, shrill cry (NICE NG143 red).
  skin_grey: [
    '(gone|going|turned|turning|looks?|looking|is|a|very|pale) (a )?(grey|gray|greyish|grayish|grey-blue|blue-grey|blue-gray|gray-blue|ashen|ashy)( colou?r)?',
    '(grey|gray|ashen) (and|&) (cold|floppy|limp|clammy)',
  ],
  high_cry: [
    '(cry|crying|cries|scream|screaming|screams|wail|wailing) (is |sounds |in a )?(very |really |so |a |strange |weird ){0,3}(high|shrill|squeaky|piercing)',
    '(high|shrill|squeaky|piercing) (\\w+ ){0,2}(cry|voice|scream|wail)',
  ],
  // A baby's age said without "old": "he is 3 months only", "she's just 6 weeks".
  baby_age_bare: [
    "(is|he's|she's|baby|only|just|he is|she is) (only |just )?(\\d|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (days?|weeks?|wks?|months?|mths?)( only| old)?(?! (pregnant|ago|later|of|since))",
  ],
  // Umbilical cord felt or seen after the waters break (cord prolapse: 999).
  cord_felt: [
    '(?<!(spinal|vocal) )(umbilical cord|cord|loop of cord) ~6 (hanging|coming|came|sticking|poking|out|down|vagina|felt|visible)',
    "(feel|felt|see|saw|there is|there's) ~6 (loop of cord|umbilical cord|the cord|a cord)",
    // "i can feel something in my vagina, like a loop of something soft ... is this the cord??" after the waters went
    // (stop 49, fresh-triage-p30c ku120).
    '(feel|felt|see|saw|there is) ~8 loop of (something|it|soft)',
    '(is|could) (this|it|that) (be )?the cord',
  ],
  // Unresponsive by degrees: barely responding, only groaning.
  barely_responsive: [
    '(barely|hardly|only just|not really|not properly) (responding|responds|responsive|reacting|reacts|conscious|rousable|rouseable|answering)(?! to (my |his |her |the |any )?(texts?|messages?|calls?|emails?|treatment|antibiotics|medication|tablets))',
    '(just|only) (groans|moans|grunts|mumbles) when (we|i|you|they|someone) (talk|speak|call|touch)',
  ],
  // A long lie: found on the floor, or there for hours or all night.
  floor_long: [
    '(on|lying on|laid on|lay on|was on|been on) the (\\w+ )?(floor|ground) ~8 (all night|overnight|since (last night|yesterday|this morning)|for (hours|ages|a long time|the night|most of the night|about \\d+ hours|\\d+ hours|several hours|a few hours|many hours))',
    '(stay|stayed|staying|stays|been|was|lay|lying|laid|left) on the (\\w+ )?(floor|ground) (until|till|til|all) ((the )?morning|night|the night|day)',
    "(been|had been|he'd been|she'd been|lying|lay) there (all night|overnight|since (last night|yesterday)|for (hours|ages|a long time|about \\d+ hours|\\d+ hours))",
    '(found|find) (him|her|them|my \\w+|grandad|grandma|nan|mum|dad|gran) ~3 (on|lying on) the (\\w+ )?(floor|ground)',
    '(found|find) (him|her|them|my \\w+|grandad|grandma|nan|mum|dad|gran) (on|on the|lying on) (his|her|their|the) (\\w+ )?(floor|ground)',
    '(on|lying on) (his|her|their) (\\w+ )?floor ~8 (found|freezing|cold|all night|hours)',
  ],
  cold_touch: [
    "(feels?|felt|skin is|body is|hands are|is|he's|she's|he is|she is|they're|was|looks?) (\\w+ )?(freezing|ice|icy|stone) cold",
    '(very|so) cold to (the )?touch',
    'cold to (the )?touch',
    'hypotherm*',
    "(is|he's|she's|he is|she is) freezing",
  ],
  // Found outdoors after wandering (an older person with dementia, at night or in the cold).
  found_outdoors: [
    '(wandered|wandering|went) (off|out|outside|away) ~8 (night|found|police|cold|garden|park|street)',
    '(found|found him|found her) (in|on|at) (the |a )?(park|street|road|garden|field|woods|bus stop)',
  ],
  // Third-person and texted farewells, and silence after them.
  not_answering: [
    "(not|isn't|hasn't been|won't|stopped|no longer) (answering|picking up|replying|responding|returning) ~3 (phone|calls?|texts?|messages?)?",
    "(stopped|has stopped|he's stopped|she's stopped) (replying|answering|responding)",
    "phone (is |'s )?(off|switched off|dead|going (straight )?to voicemail)",
    "(can't|cannot|unable to) (get hold of|reach|contact|get through to) (him|her|them)",
  ],
  // A weight-bearing hip knocked or bruised (an older person's fall: NICE hip fracture).
  hip_hurt: [
    '(bruised|banged|hurt|hit|knocked|landed on|jarred) (his|her|my|their|the) (left |right )?hip',
    ...near('hip', '(aches|aching|achy|bruised|sore|stiff|tender)', 3),
  ],
  // A child's limp: woke with it, not walking properly on one leg.
  limp_new: [
    '(woke|woken|wakes|started|began) (up )?(limping|with a limp)',
    "(not|isn't|won't|can't|cannot) (walking|walk|putting weight|put weight) (properly |normally |right )?on (his|her|their|the|one) (left |right )?(leg|foot)",
  ],
  // A baby sick after every feed.
  vomit_every_feed: [
    '({vomit}|sick|bringing up|brings up|brought up|throwing up|throws up) ~4 (every|each|all) (of )?(his |her |their |the )?(single )?(feed|feeds|bottle|bottles|feeding|feedings)',
    '(every|each) (feed|bottle) ~4 ({vomit}|sick|comes (back )?up)',
  ],
  // Neck pain on bending the head forward (meningism in a child with a fever).
  neck_flex_pain: [
    'neck ~6 (hurts?|{pain}|stiff) ~6 (looks?|looking|look|bend|bends|bending|tilt|tuck|put) ~3 (down|at (his|her|my) (feet|toes|tummy|chest)|forward|chin)',
    'hurts? ~3 (his|her|my) neck ~4 (look|looking|bend|bending) (down|at (his|her) (feet|toes|tummy))',
  ],
  // Severe depression told as not getting up, not coping with self-care, crying all day.
  not_getting_up: [
    "(haven't|hasn't|have not|has not|not|hardly|barely) (left|got out of|gotten out of|been out of|leaving|getting out of) (my |his |her |their |the )?(bed|room)",
  ],
  self_care_failing: [
    "(can't|cannot) (look after|take care of|wash|feed) (myself|himself|herself)",
  ],
  crying_constant: [
    '(crying|cry|cries) (constantly|all day|non ?stop|every day|all the time|nonstop)',
    "(i|he|she|i'm|he's|she's) (can't|cannot) stop crying",
  ],
  low_mood_plain: [
    "(i'm|i am|he's|he is|she's|she is) (so|really|very|really really) (down|low|depressed)",
  ],
  // Croup: a barking cough, like a seal.
  croup_cough: [
    'croup*',
    '(barking|barky|bark|seal|sea lion|sealion) ~3 cough',
    'cough ~4 like a (seal|sea lion|sealion|dog|bark)',
  ],
  // Pre-eclampsia: hands, fingers or face swelling, rings that no longer fit.
  hands_face_swelling: [
    ...near(
      '(hands|fingers|face|feet and hands|hands and feet|hands and face|face and hands)',
      '(swollen|swelled|swelling|swell|puffy|puffed( up)?|bloated)',
      4,
    ),
    "rings (won't|don't|will not|do not|no longer) (fit|go on|come off)",
  ],
  // Lochia after a birth that smells, or that gets heavier again.
  lochia_change: [
    '(bleeding|blood|discharge|loss|lochia) ~6 (smells?|smelly|smelling|stinks?|stinking|foul|offensive|whiffy|pongs?)',
    '(bleeding|blood|loss|lochia) ~4 (heavier|got heavier|getting heavier|increased|started again|come back|came back)',
  ],
  smells_bad: [
    '(smells|smelling|smelly|stinks|stinking|pongs) (really |very |so )?(bad|off|foul|awful|horrible|rotten|fishy|funny|strange|wrong)',
    '(foul|offensive|horrible|awful|rotten) (smell|smelling|odour|odor)',
  ],
  heavier_again: ['(got|getting|gone|went|became|become|is|are) heavier( again)?', 'heavier again'],
  // Early pregnancy: weeks 1 to 23, when first movements may not yet be felt.
  // Not the days of "30+2 weeks" (stop 47, fresh-triage-p28v jn115).
  preg_before_24w: ['(?<!\\+)(\\d|1\\d|2[0-3]) ?(weeks|wks|wk|w)\\b(?! ago)'],

  // A carbon monoxide alarm sounding (the bare words no longer count: a question about
  // buying an alarm is not an exposure).
  co_alarm_sounding: [
    'carbon monoxide (alarm|alarms|detector|detectors|monitor|sensor) ~3 (going off|went off|goes off|gone off|beeping|sounding|sounded|alarming)',
  ],
  // Eating disorders: a BMI of 13 or under (MEED high risk).
  bmi_very_low: ['bmi (is |of |was |at |now |down to |around |about )?(1[0-3]|[5-9])(\\.\\d)?\\b'],
  // A newborn who has not passed meconium.
  no_poo_since_birth: [
    // Not the mother's own: "had my baby 4 days ago ... i havent pooed yet" (stop 50,
    // fresh-triage-p30l ld106).
    "(?<!\\b(?:i|we|i've|i have) )(hasn't|has not|not|no|never|hasn't yet|didn't) (done|had|passed|pooed|pooped|opened (his|her) bowels)( a| any| his first| her first)? ?({poo}|meconium|dirty nappy|dirty nappies)? ~4 (since (he|she|they) (was|were) born|since birth|since (he|she) came home|yet)",
  ],
  // The umbilical stump red, smelly, oozing.
  stump_infected: [
    '(belly button|umbilical|cord stump|stump|umbilicus) ~6 (red|redness|smelly|smells|oozing|pus|weeping|swollen|hot|sticky)',
  ],
  // A bruise on a baby who cannot yet move about (NICE CG89: non-mobile infant).
  bruise_any: ['bruis*'],
  not_mobile: [
    "(can't|cannot|not|isn't|doesn't) (even |yet )?(roll|rolling|crawl|crawling|walk|walking|move about|moving about|sit up)( over)?( yet)?",
    'non ?-?mobile',
  ],
  bruise_explained: [
    '(jab|jabs|injection|vaccine|vaccination|immunisation|heel prick|blood test|cannula)',
  ],
  // Two carers each gave the same medicine, or a dose given again too soon.
  dose_given_twice: [
    '(both|each|two of us) (gave|given|give|have given) ~6 ({drug}|calpol|nurofen|a dose|medicine)',
    '(gave|given) (him|her|them|my \\w+|our \\w+) ~6 ({drug}|calpol|nurofen) ~6 (again|twice|too soon|within (an|the|half an) hour|an hour (later|apart))',
  ],
  // Catatonia: staring, not speaking or eating.
  catatonic: [
    '(just |only )?staring (at the wall|at the walls|into space|blankly|at nothing)',
    "(not|hasn't|has not|won't|stopped|haven't) (eaten or )?(spoken|speaking|talking|talked|said a word) ~3 (for|in|since) ((\\d+|two|three|four|a couple of|a few) )?(days?|a day|hours)",
    'mute',
  ],
  psych_illness: ['(schizophreni\\w*|schizoaffective|bipolar|psychosis|psychotic)'],
  // Agitation or aggression in dementia that is new (delirium).
  lashing_out: [
    '(lashing out|hitting out|hitting|punching|kicking|biting|scratching|attacking|aggressive|violent|agitated|screaming|shouting) ~4 (at )?(the )?(carers?|nurses?|staff|us|me|people|everyone|family)',
  ],
  new_behaviour: [
    "(this is|that's|it's|which is) (new|not like (her|him))",
    '(never|not) (done|been|acted like) (this|that|like this) before',
    'out of character',
    // "slept most of the day ... which isnt like her" (phase 25, stop 46).
    "(which|that|this|it) (isn't|is not|wasn't|was not) like (her|him|them)( at all)?",
  ],
  // A fall onto the bump, or down the stairs, in pregnancy.
  bump_word: ['(bump|belly|tummy|stomach|abdomen)'],
  // A carer's belief that a baby is evil or possessed (postpartum psychosis: 999).
  baby_delusion: [
    '(devil|demon|evil|satan|something evil|an evil spirit) (is )?(in|inside|possessing|has possessed|has got into) (the|my|our|her|his) baby',
    '(the|my|our|her|his) baby (is|has) (a |the )?(devil|demon|possessed|evil|cursed)',
    // "saying the baby isnt her real baby someone swapped it" (stop 50, fresh-triage-p30f kx117).
    "(baby|child|son|daughter) (isn't|is not|isnt|wasn't|aren't) (her|his|my|our|their) (real|own|actual) (baby|child|son|daughter)",
    '(someone|somebody|they|the hospital|the nurses|the midwives) (has |have |had )?(swapped|switched|replaced|changed|stole) (it|him|her|the baby|my baby|our baby|her baby|his baby)',
  ],
  belief_said: [
    '(says|saying|said|thinks|believes|convinced|insists|insisting|keeps saying|told me|tells me|sure)',
  ],
  // Nicotine products a child can chew or drink (toxic in small amounts: TOXBASE).
  nicotine_product: [
    '(nicotine (patch|patches|gum|pouch|pouches|lozenges?|liquid|refills?|spray)|vape (liquid|juice|pods?|refills?)|e-?liquid|snus)',
  ],
  // A smell of gas, or fumes, at home.
  gas_smell: ['(smell|smelt|smelled|smelling|smells) (of )?gas', 'gas (smell|leak)'],
  // Drinking at a party or heavily, for alcohol poisoning with confusion or collapse.
  drinking_event: [
    '(drinking|drank|drunk|downing) ~3 (at|after|from) (a|the) (party|club|festival|gathering)',
    '(got|was|is|been) (very |really |so )?(drunk|wasted|hammered|smashed)',
    'binge drink*',
  ],
  // Losing weight with restricting or compulsive exercise (an eating disorder beginning).
  weight_losing: [
    '(losing|lost|dropped|dropping) (so much |a lot of |lots of |loads of |a load of |too much )?weight',
  ],
  teen_word: ['(teen|teens|teenager|teenage|adolescent)'],
  exercise_excess: [
    'exercis* (for hours|obsessively|compulsively|constantly|all the time|excessively)',
    '(hours|hours and hours) (of|a day of) exercis*',
  ],
  // A tiny or diluted amount (bath water, a lick).
  tiny_amount: ['(bath ?water|bathwater|diluted|watered down|a drop|a lick|a tiny bit|a sip)'],
  // A ligature round the neck (a near attempt).
  ligature_neck: [
    '(tied|tie|tying|put|wrapped|wrapping|wrap|pulled) (a |my |the |his |her )?(\\w+ ){0,2}(cord|rope|belt|cable|flex|ligature|string|wire|tights|shoelace|charger) (tight )?(round|around) (my|his|her|their) (own )?neck',
  ],
};

export const WAVE9B_CRISIS: Concepts = {
  // NHS crisis words: "I can't keep myself safe".
  means_in_hand: [
    "(have|got|holding|i've got|i have got) (the|my|all the|all my|a handful of) (pills|tablets|meds|blade|razor|knife|rope) (in my hand|in my hands|in front of me|right here|with me|next to me)",
    // "i've got what i need in the garage ... before tonight" (stop 49, fresh-triage-p29x kp085).
    "(i've got|i have got|i've|i have|i got|got|bought|collected) (everything |all )?(what )?i need ~6 (in the (garage|shed|loft|car|drawer|bathroom)|ready|for tonight|to do it|sorted)",
  ],
  had_enough: [
    "(had|have had|i've had|i have had) enough (of )?(everything|it all|life|living|this life|all of this)",
  ],
  cant_keep_safe: [
    "(can't|cannot|cant|unable to|not able to|don't think i can|doesn't think (he|she) can) keep (myself|himself|herself|themselves|themself) safe",
    'not safe (from myself|to be (left )?(alone|on my own))',
  ],
  // "I won't be around after tonight", "you won't hear from me again".
  not_around: [
    "(won't|will not|not going to|not gonna) be (around|here|alive|about) (after|by|much longer|for much longer|for long|anymore|any more|tomorrow|next)",
    "(by|after) (tomorrow|tonight|today|the morning|this weekend),? (i|he|she) (won't|will not) be (here|around|alive)",
    "(you|u|you'll|nobody|no one) (won't|will not|will never|'ll never)? ?(hear from|see) me (again|anymore|any more)",
    "(this is|it's) the last (time )?(you('ll| will)? )?(hear from|see) me",
  ],
  // A farewell said in the person's words or reported: sorry for everything, tell mum I love her.
  farewell_said: [
    'sorry for (everything|being a burden|all the trouble|all of it|being such a burden)',
    'thank(s| you| u) for everything',
    `tell (the kids|my kids|the children|everyone|my family|the family|${FAMILY}|them|him|her) (that )?(i|he|she) (love|loves|loved|am sorry|'m sorry|is sorry|was sorry)`,
    'love (u|you|you all) (always|forever)',
    `told (my|his|her) (${FAMILY}|parents|family) (that )?(i|he|she) (love|loved|loves)`,
  ],
  // Things given to named people, in one go (NHS warning signs).
  giving_things: [
    '(giving|gave|given|give|handing|handed) (away )?(all )?(my|his|her) ~6 to (my|his|her|the) (\\w+ )?(mates|friends|friend|brother|sister|cousin|mum|dad|neighbour|family)',
    // A pet rehomed (stop 49, fresh-triage-p29x kp085: "i've written the letters, rehomed the cat and i've got what i need").
    '(rehomed|re-homed|found (a )?(new )?homes? for) (the|my|his|her|our) (cat|cats|dog|dogs|pets?|rabbits?|budgie|hamster)',
  ],
  // A place chosen: "I know which bridge", "picked the bridge and the date".
  place_chosen: [
    '(know|knows|picked|chosen|chose|decided on|found|worked out) (exactly )?(which|what|the|a) (bridge|building|cliff|cliffs|car park|multi-?storey|block of flats|tracks|railway line|tree)',
  ],
  keep_secret: ["(don't|do not) tell (anyone|anybody|my (mum|mom|dad|parents|family))"],
  jump_from: ['jump(ing)? (off|from)', "(i'm|im|i am) going to jump"],
  // A near attempt: almost stepped in front of the train, nearly did it.
  near_attempt: [
    '(almost|nearly|so close to|came close to) (stepped|stepping|jumped|jumping|walked|walking|threw (myself|himself|herself)|throwing (myself|himself|herself)) (out )?in front of (the |a )?(train|bus|lorry|car|traffic)',
    '(almost|nearly) (did it|went through with it|ended it( all)?|killed (myself|himself|herself))',
  ],
  near_step: [
    '(almost|nearly|so close to|came close to) (stepped|stepping|jumped|jumping|went|let go|leaned|walked|stepped off)',
  ],
  platform_edge: [
    '(edge of the|platform) (platform|edge)',
    '(waiting|wait|waited) for the (fast|express|next|through) (one|train)? ?~4 (come|go|pass) (through|past)',
  ],
};

export const WAVE9B_CONTEXT: Concepts = {
  // Third person or texted: after a birth, said as "had the baby 3 weeks ago", "days after birth".
  postpartum_said: [
    '(had|having had|delivered|gave birth to) (my |the |our |her |a )?(baby|daughter|son|twins|little one) ~4 ((\\d+|a|one|two|three|four|five|six) (days?|weeks?) ago|last (week|month)|yesterday)',
    '(\\d+|a|one|two|three|four|five|six|ten) (days?|weeks?) (after|since) (the )?(birth|giving birth|having (the|my|a|our) baby|delivery|my section|c-?section)',
  ],
};

export const WAVE9B_CUES: Concepts = {
  // A self-harm or attempt that a friend told of, long past (a support question, not a crisis).
  crisis_long_past: [
    '(used to|years ago) ~4 (self ?-?harm|cut|hurt)',
    '(self ?-?harmed|cut (herself|himself|themselves)|attempted|tried) ~4 (years ago|in school|at school|at uni|as a teen\\w*)',
    '(self ?-?harm|self ?-?harmed|cut (herself|himself)) ~6 (years ago|in school|at uni|in the past)',
    // A friend's disclosure told as long past: "last year my friend told me she'd thought about
    // killing herself" (stop 50, fresh-triage-p30i la063).
    '(last year|a year ago|years ago|months ago|last summer|last christmas) ~8 (told me|told us|admitted|confided|said) ~4 (thought about|thought of|been thinking about|had thoughts of|wanted to) (killing|kill|ending|end|suicide|self ?-?harm|hurting)',
  ],
  // "I haven't felt the baby move yet" at a stage when first movements may still be to come.
  first_movements_not_yet: [
    "(haven't|have not|not|never|didn't|did not) (yet )?(felt|feel) ~4 yet",
    "(haven't|have not|not|never|didn't|did not) (yet )?(felt|feel) (any|a single) (kicks?|movements?|flutters?)(?! (since|today|all day))",
    '(first|any) (kicks?|movements?|flutters?) yet',
  ],
  // "Want to die of embarrassment": a figure of speech.
  die_of_figure: [
    '(die|died|dying) of (boredom|embarrassment|shame|laughter|laughing|cringe|cuteness|happiness|excitement|jealousy)',
  ],
};
