// Lexicon, brain and mind: stroke told without the word (NHS "BE FAST": balance, eyes, face,
// arms, speech, time; a TIA that has passed), sudden severe headache, meningitis signs (NICE
// NG240), seizures (NHS: 999 for a first fit, one over 5 minutes, one after another, or not
// waking), headache red flags (NICE CKS: giant cell arteritis, raised pressure), and mental
// health crisis (NICE CG16/NG225 risk cues: a plan, the means, goodbyes, putting affairs in
// order; psychosis, mania). Pattern language: pattern.ts.

import { near, type Concepts } from './lexicon-types';

/** What one "goes on" that is no life: a treatment, a diet, a trip ("go on insulin"). */
const GO_ON_OBJECT =
  '(?! (the |a |an |any |more |another |some |these |those |this |that |stronger |daily |long[- ]term )?(\\w+ )?(injections?|insulin|jabs?|shots?|meds|medications?|medicines?|tablets?|pills?|drugs?|antidepressants?|statins?|steroids?|hrt|treatment|chemo\\w*|dialysis|oxygen|a diet|diet|holiday|vacation|trip|the pill|birth control|contraception|them|it)\\b)';
/**
 * After "cut my arm" and the like: an accident's place or activity, not self-harm ("cut my arm
 * on a fence last week and now it's red, hot and oozing": phase 22, read as suicide risk).
 * Not "on purpose". "With" is no accident by itself ("with a razor").
 */
export const ACCIDENT_AFTER =
  '(?! (?:on|against|while|whilst|when|at|climbing|falling|gardening|cooking|shaving|doing|opening|moving|fixing)\\b(?! purpose\\b))';
/**
 * Not a self-injury: an accident told after "cut myself" or "hurt myself" ("shaving", "cooking",
 * "on a broken glass", "falling off"), or a slice cut for oneself. Narrower than ACCIDENT_AFTER,
 * which also sets aside "at" (stop 52).
 */
const SELF_ACCIDENT_AFTER =
  '(?! (?:shaving|cooking|chopping|slicing|peeling|opening|gardening|climbing|falling|fixing|doing|moving|playing|running|lifting|on (?:a|an|the|some|my|broken|glass|metal|paper)|(?:a|some|another) (?:slice|piece|bit|portion|sandwich))\\b)';
/** No topic after "make sense": not "... make sense about the plan / to me / with the slang". */
const NO_TOPIC = '(?! (about|to me|to us|to anyone|with|of|in|because|for))';

export const BRAIN_SIGNS: Concepts = {
  face_droop: [
    ...near(
      '(face|mouth|smile|lip|lips|eyelid|cheek)',
      '(droop*|dropped|lopsided|crooked|uneven|wonky|sagging|fallen|slanting|melting|twisted|slipped|slid|sunk)',
      4,
    ),
    '(face|mouth|smile|lip|eyelid|cheek) ~3 (droop*|dropp*|dropped|lopsided|crooked|uneven|wonky|sagging|sag|sags|twisted|fallen|slumped|hanging)',
    // "her face is looking lower on the left side" (phase 25, fresh-triage-p27p ih008).
    '(face|mouth|smile|lip|cheek) ~3 (lower|down|sunken|sunk) on (the |one |her |his |my |their )?(left|right|one) side',
    '(droop*|lopsided|crooked|wonky|uneven|sagging) (face|smile|mouth)',
    "(one|left|right) side of ({poss} )?(face|mouth) ~3 (droop*|dropp*|weak|won't move|isn't moving|fallen|slack|sag*|paralys*|paralyz*|not moving)",
    "(can't|cannot|unable to) (smile|move) (on )?(one|the left|the right) side",
    'facial (droop*|weakness|palsy|paralysis)',
    "bell's palsy",
    'dribbl* (from|out of) (one|the) (side|corner)',
    '(mouth|face|smile|lip|lips) ~3 (going|gone|goes|pulled|pulling|drawn|dropped|slanting|twisted|went) (to|on|down on) (one|the) side',
  ],
  face_numb: [
    '(face|mouth|lip|lips|cheek|tongue) ~2 ({numb}|tingl*|dead)',
    '{numb} (on|in|of) ({poss} )?(face|mouth|lips?)',
  ],
  limb_weak: [
    '(arm|leg|hand|side|foot) ~3 (went|is|has gone|gone|going|feels?|felt|became|turned|was|are|been) ~2 (weak|numb|floppy|dead|heavy|limp|useless|paralys*|paralyz*)',
    "(can't|cannot|couldn't|unable to|not able to|struggling to) (lift|raise|move|use|feel|grip with|hold up) ({poss} )?((right|left) )?(arm|leg|hand|side)",
    '(hand|arm|fingers|leg) ~2 (just )?(stopped|stop) working',
    "(can't|cannot|couldn't|not able to|unable to|no able to) (hold|grip|pick up|grab) (a |the |his |her |my )?(cup|glass|spoon|fork|pen|phone|mug|things|anything) ~4 (in |with )?({poss} )?(right|left) (hand|arm)",
    // Not hands too sweaty to hold a pen ("my hands sweat so much i cant hold a pen in exams";
    // stop 47, fresh-triage-p28w jo143).
    "(?<!\\b(sweat|sweaty|sweating|wet|slippery)\\b[^.!?]{0,30})(can't|cannot|couldn't) (hold|grip|pick up) (things|anything|my phone|his phone|her phone|a cup|the cup|a pen|his cup|her cup|my cup|cup|\\w+ properly)",
    // Not a connection or a call (phase 25, fresh-triage-p26z hr078).
    '(keeps|kept|keep|keeps on) dropping (things|his|her|my|stuff|the|cups?|\\w+)(?! (\\w+ )?(bluetooth|connection|signal|wifi|call|calls|network|internet|line|stitch|stitches|weight|pounds|kilos))',
    'dropping things',
    '(felt|feels|feel|feeling) like (it|they|it is|they are) (belong|belongs|belonged|belonging) to (someone|somebody) else',
    '({numb}|weak*|tingl*|pins and needles|heaviness|no feeling) (on|down|in|of) (one|the left|the right|his left|his right|her left|her right|my left|my right|left|right) (side|arm|leg|hand)',
    // "now his left leg is dragging and hes slumped to the left" (phase 25, fresh-triage-p27x
    // ip011).
    '(left|right|one) (leg|foot|arm) (is |has been |keeps |started |suddenly )?(dragging|trailing|dangling|flopping|giving way)',
    "(left|right|one) side (of ({poss} )?body )?~2 (numb|weak|dead|floppy|paralys*|heavy|not working|isn't working|not moving|won't move|isn't moving|doesn't move)",
    "(isn't|not|stopped) using ({poss} )?(right|left) (side|arm|hand|leg)",
    'one ?-?sided (weakness|numbness)',
    '(weak|numb|floppy|limp|heavy|dead) (right|left) (arm|leg|hand|side)',
    '(arm|leg) (went|gone|is|has gone|goes) floppy',
    '(missing|misses|missed) things when (he|she|i) (reach|reaches|reached)',
    '(arm and leg|leg and arm) ~4 (weak|numb)',
    "(arm|leg|hand|side|arm and leg|leg and arm|arms|legs) ~3 (wouldn't|won't|doesn't|didn't|don't|isn't|not) (work|working|move|moving)",
    'hemipar*',
    "(fingers|hand|hands) ~3 (won't|wouldn't|don't|didn't|can't|not) (obey|do what)",
    "sudden* ~4 (can't|cannot|couldn't|won't|unable to|lost) (grip|hold|grasp|the grip|my grip)",
  ],
  // An arm or leg that is heavy, sore or will not lift because of a strain or a knock told as
  // such: "after carrying a sofa up the stairs", "sore when I squeeze the muscle", "pulled
  // something" (phase 20: both read as a stroke). The stroke rule still reads it with a face,
  // speech, vision or numbness sign, a head injury or confusion.
  limb_strain_told: [
    '(sore|tender|hurts|painful|aches?) (when|if) (i |he |she )?(squeeze|press|touch|push on|prod) (the |my |his |her )?(muscle|muscles|it|arm|bicep|biceps|forearm|shoulder|calf|thigh)',
    'pulled (a |my |his |her )?(muscle|something|it)',
    '(strained|pulled|tweaked) (a |my |his |her )?(arm|shoulder|muscle|bicep|back|leg|calf|hamstring)',
    'after (carrying|lifting|moving|pushing|pulling|shifting|heaving|throwing|painting|gardening|digging|the gym|gym|a workout|working out|training|lifting weights|weights)',
  ],
  limb_weak_gradual: [
    '(arm|leg|legs|hand|arms) ~4 (getting|got|become|becoming|gradually|slowly) ~2 (weaker|weak|numb|number)',
  ],
  numb_explained: [
    '(slept|sleep|sleeping|lie|lying) on (it|my arm|my hand|his arm|her arm|it funny)',
    'pins and needles',
    'after (sitting|kneeling|leaning|crossing)',
    'carpal tunnel',
    // Tight footwear pressing on the foot ("new work boots are tight, top of my foot has been a bit
    // numb for a week"; phase 25, stop 46 review, fresh-triage-p28l jd131).
    '(boots|shoes|trainers|laces|heels|ski boots|cast|brace|strap|splint) (are |is |were |was )?(too |really |very |a bit )?(tight|rubbing|pressing|digging in)',
    // Carpal tunnel in lay words: the thumb and first fingers, a wrist splint (phase 25,
    // fresh-triage-p25e fw039: "hands go numb and tingly at night, mainly thumb and first 2
    // fingers. i type all day"; NHS: see a GP if it does not settle).
    '(thumb|thumbs) ~5 (first|index|middle|pointer|1st) ~3 (fingers?|finger)',
    '(thumb|thumbs) and (the )?(first|index|middle|1st) (two |2 |three |3 )?fingers?',
    'wrist (splint|splints|brace|braces|support)',
    // Tingling hands and lips when panicking (phase 25, fresh-triage-p25i ga127: overbreathing).
    '(when|while|during|whenever|if) (i |he |she |they )?(panic|panics|am panicking|is panicking|have a panic attack|has a panic attack|get anxious|gets anxious|hyperventilat\\w*|overbreathe|overbreathing)',
    // A shoulder strain: the arm will not go above the head since painting or lifting.
    '(lift|raise|get|put|move) ({poss} )?arms? (up )?(above|over|past) (my|his|her|their|shoulder) (head|height|shoulder)',
    'funny bone',
    'shook it',
    'sleeping on it',
  ],
  gradual: [
    'for (a few|several|\\d+|two|three|four|five|a couple of) (days|weeks)',
    'over (the )?(last |past )?(few |several |a few |couple of |\\d+ |two |three )?(days|weeks|months)',
    'gradual*',
    'slowly (getting|got)',
    '(in|during) the (evenings|mornings)',
    'every (evening|morning|night)',
    'this week',
  ],
  speech_problem: [
    'slurr*',
    'speech ~3 (slurr*|strange|weird|garbled|jumbled|muddled|funny|not right|wrong|off|thick|sounds? (weird|strange|funny|drunk|off))',
    'words ~3 (coming out|come out|came out|are|were|sound|sounding) ~2 (wrong|jumbled|muddled|mixed up|garbled|strange|weird|funny)',
    // Said without a verb, as a report on the phone: "her words all jumbled" (blind-16); not
    // the habit "she gets her words jumbled when she's excited".
    '(?<!\\b(?:get|gets|getting|got|mix|mixes|mixing) )(his|her|my|their) words ~2 (jumbled|muddled|mixed up|garbled|scrambled)',
    "(can't|cannot|couldn't|unable to|struggling to|not able to|trouble|difficulty) (get|getting|find|finding) ((his|her|my|the|any|their) )?(words?)( out)?",
    "(can't|cannot|couldn't|unable to|not able to|not|doesn't|don't|didn't) (speak|talk|talking|speaking) (properly|clearly|right|normally|at all|well|good)",
    // Not "can't talk through them" of contractions (stop 49, fresh-triage-p30c ku104: labour).
    "(can't|cannot|couldn't|unable to|not able to) (speak|talk)(?! (english|to|with|about|for|on|much|loud|louder|over|long|now|right now|here|freely|openly|through))",
    '(talking|talkin|speaking) (gibberish|nonsense|strange|funny|weird)',
    'gibberish',
    "(talking|talk|speaking|speech|words|voice) (is |are )?(not|isn't|aren't) (clear|clearly|making sense|normal)",
    '(talk|talks|speaks|speak) (strange|weird|funny)',
    "(can't|cannot|doesn't|does not|couldn't) understand (anything|what) (we|i|people|you|anyone) (say|said|says|are saying)",
    "(can't|cannot|doesn't) understand (anything|us|me)",
    '(trouble|difficulty|problems?) (speaking|talking|with (his|her|my) speech)',
    'stopped (talking|speaking) (mid|halfway|suddenly)',
    '(suddenly )?stopped talking',
    'a?phasia|dysphasia',
    'sounds? drunk',
    "(words|speech|what (he|she) (says|said)) ~3 (don't|doesn't|didn't|not) make (any )?sense",
    'mixing up (his |her |my )?words',
  ],
  // Phase 14 (recall2): "suddenly doesn't make sense when she talks", "her sentences did not
  // make sense", "what he says makes no sense, words all jumbled": a person's speech, read as a
  // stroke sign only when sudden or in an older adult (rules-brain-mind.ts). Not "doesn't make
  // sense when he talks about crypto", "my teenager's sentences don't make sense with all the
  // slang", "what they said at the pharmacy didn't make sense" (review14b batch 2).
  speech_sense_lost: [
    `(doesn't|does not|didn't|did not|isn't|is not|wasn't|was not|not) mak(e|es|ing) (any )?sense when (she|he) (talk|talks|talked|speak|speaks|spoke|talking|speaking)(?! (about|to|it|through|on|of|with))${NO_TOPIC}`,
    `(his|her) (sentences|words|speech) ~3 ((doesn't|does not|didn't|did not|don't|do not|not|isn't|wasn't) (make|making|made) (any )?sense|makes? no sense|made no sense)${NO_TOPIC}`,
    `what (she|he) (says|said|is saying|was saying) ~3 ((doesn't|does not|didn't|did not|don't|do not|not|isn't|wasn't) (make|making|made) (any )?sense|makes? no sense|made no sense)${NO_TOPIC}`,
    '(his|her|the) words (are |were )?all (jumbled|muddled|mixed up)',
  ],
  // The eye named (vision lost in one eye), and vision that has stayed lost: with these a
  // blackout of vision on standing is not the brief postural greying of both eyes.
  vision_one_eye: [
    '(in|of|from|out of|with) ({poss} )?(left |right )?eye',
    'one eye',
    'one side of ({poss} )?vision',
  ],
  vision_stays: [
    'still (black|dark|blank|grey|gray|gone|blind|blurry|blurred)',
    '(not|never) (come|came|coming) back',
    '(since|for) (an|\\d+|one|two|three|several|a few|a couple of) (hour|hours|minutes|mins)',
  ],
  vision_loss: [
    '(lost|lose|losing|loss of) (all |most )?(the |my |his |her )?(sight|vision|eyesight) (in|of|from) ({poss} )?(left |right |one )?(eye|eyes)',
    '(eye|sight|vision) ~~4 (just )?(gone|went|going|turned) (completely )?(dark|black|blank)',
    '{sudden} ~3 (lost|loss of|losing|lose) (\\w+ )?(vision|sight|eyesight)',
    '(lost|loss of|losing|lose) (the )?(vision|sight|eyesight) (in|of|from) ({poss} )?(left |right |one |both )?(eye|eyes|side)',
    "(can't|cannot|couldn't|unable to) see (anything |a thing |much )?(out of|from|with|in) ({poss} )?(left |right |one )?eye",
    "(can't|cannot|couldn't) see (anything )?(on|to) (the |his |her |my )?(left|right)( side)?",
    // Not a child's clumsiness told as a habit ("bumps into things a lot and falls over more than
    // her friends"; phase 25, stop 46, fresh-triage-p28h iz114).
    '(walking|bumping|walks|bumps|walked|bumped) into things(?![^.!?]{0,60}\\b(a lot|all the time|always|loads|constantly|more than|like (all|most|other)|clumsy|not looking))',
    "(can't|cannot|couldn't) see ~5 half (of )?({poss} )?(vision|sight)",
    '(left|right) half of ({poss} )?(vision|sight)',
    "(can't|cannot|couldn't|unable to) see (out of |on |to )?(the )?(left|right|top|bottom|one) (half|side)",
    'lost (half|part|the left|the right|one side) of ({poss} )?(vision|sight)',
    "(can't|cannot|couldn't) see (out of|with) (it|that eye|this eye)",
    // Not a relative's blindness of long ago: "my grandma went blind from glaucoma" (stop 50,
    // fresh-triage-p30e kw124).
    "(?<!\\b(?:grandma|grandmother|grandad|granddad|grandfather|nan|nana|nanna|granny|gran|grandpa|great[- ]\\w+|aunt|auntie|aunty|uncle|late \\w+)(?:'s)? )(went|gone|going) blind(?! (from|with|because of|due to|in (her|his) (70s|80s|90s|old age)))",
    "(?<!\\b(?:grandma|grandmother|grandad|granddad|grandfather|nan|nana|nanna|granny|gran|grandpa|great[- ]\\w+|aunt|auntie|aunty|uncle|late \\w+)(?:'s)? )(went|gone|going) blind (from|with|because of|due to) (?!(glaucoma|diabetes|macular|amd|old age|cataracts?|retinitis))",
    '{sudden} ~3 blind*',
    'blindness in (one|my|his|her|the) (left |right )?eye',
    'blind in (one|my|his|her|the) (left |right )?eye',
    '(curtain|shadow|veil) (is |was |has |had |has been |had been |keeps )?(came|coming|come|drawn|pulled|over|across|down|creeping|creeps|crept|spreading|moving|growing)',
    'like a (curtain|shadow|veil|blind) ~4 (vision|eye|sight|coming|came|down|across)',
    '(can only|only) see (shadows|light|shapes|blurs?|outlines)',
    '(vision|sight|everything|eye) ~4 (went|has gone|gone|turned|going|goes) ~2 (black|dark|blank|blind)',
    'sudden (loss of )?(vision|sight)',
    'lost (my|his|her) (sight|vision)',
  ],
  // Phase 14 (helper recall): sight gone from one eye said plainly ("the vision in my left eye
  // went completely, as though a curtain had dropped", "no vision in my left eye", "the sight
  // in his left eye vanished as if a shutter came down"). Read by the eye-emergency rules.
  vision_gone_lay: [
    // Not "has gone blurry" or "went a bit funny": that is blurring, read elsewhere.
    '(vision|sight|eyesight) (in|of|from) ({poss} )?(left |right |one |bad |good )?eye ~~3 (went|gone|has gone|just went|disappeared|has disappeared|vanished|has vanished|went out|cut out|switched off|blacked out)(?! (a bit|a little|slightly|bit|all|quite|really|very|kind of|blurr*|fuzzy|funny|weird|odd|strange|cloudy|misty|hazy|wavy|double|worse|bad|red|sore|itchy|watery|dry|up|down|off colour|dim|grey|gray|pink|yellow|wobbly|jumpy|shimmery|sparkly))',
    '(no|zero|lost all|lost my|lost his|lost her) (vision|sight|eyesight) (in|from|of|out of) ({poss} )?(left |right |one )?eye',
    '(vision|sight|eyesight) ~~3 (went|gone|disappeared|vanished|cut out|went out|blacked out) (all at once|just like that|like a light)',
    // "Went completely" with its onset told: not long-standing blindness ("registered blind,
    // his sight went completely after glaucoma").
    '(vision|sight|eyesight) ~~3 (went|gone|disappeared|vanished|cut out|went out|blacked out) (completely|totally|entirely) ~8 ({sudden}|today|tonight|this morning|this afternoon|this evening|just now|(a few |few |\\d+ |ten |twenty |an? )?(minutes?|mins?|hours?|hrs?|hour) ago)',
    '({sudden}|today|tonight|this morning|this afternoon|this evening|just now|(a few |few |\\d+ |ten |twenty |an? )?(minutes?|mins?|hours?|hrs?|hour) ago) ~8 (vision|sight|eyesight) ~~3 (went|gone|disappeared|vanished|cut out|went out|blacked out) (completely|totally|entirely)',
    // A curtain or blind over the sight, said with an eye or vision word in the sentence.
    '(eye|eyes|vision|sight|eyesight|see) ~12 (as though|as if|like) (a |someone )?(curtain|blind|shutter|shade|veil|black curtain|dark curtain) (had |has |was |just )?(dropped|fell|fallen|came down|come down|pulled down|pulled|drawn|closed|been pulled|been drawn|come over|came over)',
    '(as though|as if|like) (a |someone )?(curtain|blind|shutter|shade|veil|black curtain|dark curtain) (had |has |was |just )?(dropped|fell|fallen|came down|come down|pulled down|pulled|drawn|closed|been pulled|been drawn|come over|came over) ~12 (eye|eyes|vision|sight|eyesight|see)',
    '(eye|eyes|vision|sight|eyesight|see) ~12 (someone|somebody) (pulled|drew|dropped) (a |the )?(curtain|blind|shutter|shade) (down )?(over|across|down)',
    '(someone|somebody) (pulled|drew|dropped) (a |the )?(curtain|blind|shutter|shade) (down )?(over|across|down) ~8 (eye|eyes|vision|sight|eyesight)',
  ],
  double_vision: [
    'vision ~2 (went|gone|is|goes|going) double',
    '(see|seeing|sees) (things |everything )?double',
    'double vision',
    'seeing (double|two of everything)',
    'see (double|two of)',
    'diplopia',
    'everything (is |looks |has gone |went |goes )?(doubled|double)',
    'two of (every|each) ?\\w*',
  ],
  ataxia: [
    '(room|world|everything) (is |keeps |was )?(spinning|moving|tilting)',
    'falling (over )?to (one|the left|the right|the side|left|right)',
    "(can't|cannot|unable to|struggling to) (walk|stand) (in a )?(straight|straight line|properly|up straight|without falling)",
    '(loss of|lost (my|his|her)|losing (my|his|her)) balance',
    '(unsteady|wobbly|staggering|stumbling|veering)',
    'keeps? (falling|tripping)',
    'ataxi*',
  ],
  stroke_stated: [
    "(am having|is having|are having|i'm having|he's having|she's having|is this|is it|could (this|it) be|might be having|think (i'm|i am|he's|she's|he is|she is|it's|it is|this is)( having)?|scared (it's|he's having|she's having)|worried (it's|he's having|she's having)) (a )?(mini[ -]?)?(stroke|tia)",
  ],
  thunderclap: [
    'thunderclap',
    "worst headache (of (my|his|her) life|ever|i've ever had|i have ever had|ever had)",
    "headache ~6 worst (ever|of (my|his|her) life|i've ever had)",
    'headache ~6 like a (bang|bomb|thunderclap|gunshot|explosion|clap of thunder)',
    'headache ~6 (during|while (i was )?having|after) (sex|orgasm|intercourse)',
    '(during|while (i was )?having) (sex|orgasm|intercourse) ~8 (pain|headache) ~4 (head|back of ({poss} |the )?head)',
    'worst (pain|headache) (of (my|his|her) life|ever)',
    '(hit|struck|smacked|whacked|kicked) (on|in|over|at) the (back of the )?head (with|by) (a )?(bat|hammer|brick|plank)',
    'like (being|i was|someone|somebody|i got|he got|she got) (hit|struck|kicked|smacked|whacked) ~4 (bat|hammer|brick|head)',
    'like a (bat|hammer|brick|bomb|explosion|gunshot) (in|to|on|inside) ({poss} )?head',
    'explo* (in|inside) ({poss} )?head',
    '(head|skull) ~3 (explod*|burst) (with|in) pain',
    'headache ~4 (came on|started|began|hit) ~2 ({sudden}|in (a|one) (second|instant|moment)|seconds|instantly)',
  ],
  // Migraines or headaches told as the person's own pattern, not as one happening now: "I get
  // migraines with zigzag lights before the headache starts", "migraine with flashing lights,
  // 2-3 times a month", "I get these throbbing headaches with flashing lights". Flashing lights
  // are the usual aura then (NHS "migraine": see a GP), unless the message says this one is
  // new or different (never_before). Phase 20 (everyday questions read as urgent).
  headache_pattern_known: [
    '(i|he|she|they|we) (always |often |sometimes |usually |regularly |still |keep )?(get|gets|getting|have|has|suffer from|suffers from|suffer with|have been getting|keep getting) (these |those |the |bad |regular |frequent |occasional |really bad |terrible )?(\\w+ )?(headaches|migraines)',
    'migraines? with (an )?(aura|flashing|zigzags?|zig zags?|visual|lights)',
    'migraines? ~8 ((\\d|two|three|four|once|twice|a few|several|many) (times )?(a|per|every) (month|week|year)|since (i was|childhood|my teens|school))',
    '(my|his|her) (usual|normal|typical|regular) (migraines?|auras?|headaches)',
    'auras? (before|with) (my|the|his|her) (migraines?|headaches?)',
    // "always get flashing lights before my migraines" (phase 25, fresh-triage-p26d gv064).
    '(always|usually|normally|often) (get|gets|have|has) (flashing lights|zig ?-?zags?|auras?|sparkles|shimmering lights|visual (aura|disturbance)) (before|with) (my|his|her|the) (migraines?|headaches?)',
  ],
  never_before: [
    "worst (ever|(i've|he's|she's|i have) ever had)",
    'never (had|felt|experienced) (anything|a \\w+|pain|one|this) like (it|this|that)',
    'never (have|had|felt|experienced|get|got) (such|this|a|any|so) (\\w+ )?(pain|headache|bad)',
    'first time (ever|in my life)',
    'not like (my|his|her) (usual|normal) (migraines?|headaches?)',
  ],
  headache: [
    ...near(
      '(head|skull|temples?)',
      '({pain}|pounding|throbbing|splitting|bursting|banging|explod*|burst)',
      3,
    ),
    'headache*',
    'head ?ache',
    'migraine*',
    'head (is |was |keeps |feels )?(\\w+ )?(pounding|pounds|killing|splitting|throbbing|hurts?|hurting|banging|bursting|exploding|aching)',
    '(pain|pains|ache|pressure) (in|at) (the )?(back of |front of |side of |top of )?({poss} )?(head|temple|temples)',
    '(pounding|splitting|throbbing|banging|thumping) head',
    '(head|back of ({poss} )?head) ~4 (explod*|{pain})',
    'head pain',
  ],
  stiff_neck: [
    ...near('neck', '(stiff*|rigid)', 3),
    'neck ~4 (hurts?|{pain}|stiff) ~4 (bend|bending|look down|looking down|chin|forward|move it|moving it)',
    'stiff (\\w+ )?neck',
    'neck (is |feels |very |really |so ){0,5}(stiff|rigid)',
    "(can't|cannot|unable to|won't|doesn't want to|hurts to) (bend|touch|put|move|lower|tilt) ((his|her|my) )?(chin|head|neck)",
    'neck (stiffness|rigidity)',
  ],
  photophobia: [
    'light (hurts|is hurting|bothers|is too bright|hurting) ({poss} )?eyes',
    "(can't|cannot) (stand|bear|look at|tolerate) (the )?(light|lights|bright light)",
    '(sensitive|sensitivity) to (the )?light',
    'photophobi*',
    '(hates|hiding from|avoiding) (the )?light',
    // "screwing it up in the light" (phase 25, fresh-triage-p26w ho149).
    '(screwing|screws|scrunching|scrunches) (it|them|her eyes?|his eyes?|their eyes?) up (in|against|at) the (light|lights|sun)',
    // "squinting cos the light hurts" (phase 25 after fresh-triage-p26o).
    'squint* (cos|because|coz|cause|cuz|from|at) (of )?(the )?(light|lights)',
    '(the )?(light|lights) (hurts?|is hurting|hurting|bothers|are hurting)(?! \\w)',
  ],
  non_blanching_rash: [
    // A named everyday rash that lasts ("nappy rash that won't go away") is not one that stays
    // under a glass, nor is one called itchy first (phase 18: "itchy red rash on my inner
    // thighs that won't go away, kinda ring shaped" read as meningitis): the rash of
    // meningococcal sepsis does not itch. Any other rash said not to go away still counts
    // ("it was itchy at first but now it's dark purple" too), and a glass test said of an
    // itchy rash is read by the pattern after this one.
    "(?<!\\b(nappy|diaper|heat|sweat|razor|shaving) )(?<!\\b(itchy|itching|itches|itch)\\b[^.!?]{0,40})(rash|spots|dots|marks|blotches|bruises) ~6 (doesn't|don't|does not|do not|won't|didn't|not|isn't|aren't|never) (\\w+ )?(fad(e|es|ing)|disappear*|go (away|white|pale|lighter)|going (away|white|pale))",
    "(doesn't|don't|does not|do not|won't|didn't|not) (fade|disappear|blanch) (when|under|with|after) ~3 (glass|press*|pushed)",
    'non ?-?blanching',
    // Not flat purple blotches told as coming from knocks (an older person's skin on aspirin,
    // senile purpura; phase 25, fresh-triage-p27b ht086): a bruise has its cause.
    '(purple|dark red|red-purple|maroon) (spots|dots|rash|blotches|pinpricks|marks|patches)(?![^.!?]{0,40}\\b(from|after|with) (the |a |any |every |the slightest |the smallest |the tiniest |the lightest |a tiny |a slight |a little |the least )?(knocks?|bumps?|bangs?|touch)\\b)',
    // Not itchy spots of heat rash or prickly heat, nor the spots round the edge of a nappy
    // rash (thrush; phase 17: "a red angry rash in the nappy area ... little red spots round
    // the edges" read as meningitis), nor spots "like teenage acne" on a baby's face (stop 49,
    // fresh-triage-p30l: baby acne).
    '(?<!\\b(itchy|itching|prickly heat|heat rash|heat)[^.!?]{0,30})(?<!\\b(nappy|diaper)[^.!?]{0,100})(tiny|little|small|pinprick|pin ?prick) (red|purple|dark|blood) (spots|dots|marks)(?![^.!?]{0,80}\\b(?:acne|milia|milk spots|pimples?|whiteheads?)\\b)(?![^.!?]{0,40}\\b(itch\\w*|prickly heat|heat rash|sunbath\\w*|nappy|diaper|spiders?|spider ?(naevi|nevi|veins?|angiomas?)|legs coming out|fade|fades|faded|fading|go white|goes white|went white|go pale|turn white|turns white|disappear|disappears|blanch|blanches|blanching)\\b)',
    'petechi*',
    // Not the benign purpura of old skin or the sun: "senile purpura", "actinic purpura" (stop 53,
    // fresh-triage-p31j: read as meningitis).
    "(?<!\\b(senile|actinic|solar|bateman's|batemans|bateman) )purpur*",
    '(rash|spots|marks) ~3 (like|looks like|look like) ~2 (bruis*|blood spots)',
  ],
  seizure: [
    '(?<!anti-?)seizur*(?! (medication|medicine|meds|tablets|drugs|free|plan|diary|alarm|nurse|clinic|action))',
    'seizing',
    'convuls*',
    // "hes fitting on the floor" (phase 24).
    "(he's|hes|she's|shes|is|was|started|keeps|been|they're|theyre|baby's|babys) (fitting|having a fit)",
    // Not a fit note, a fit-to-fly letter or "fit for work" (phase 25, fresh-triage-p25m ge066,
    // ge153: "need a fit note, back pain", "need a fit to fly letter at 28 weeks").
    '(a|having|had|has|have|another|her|his|my|usual|one|first|1st|second|2nd|epileptic|big|bad|long|the) fits?(?! (in (with|well|perfectly|nicely|there|here|fine|ok|okay|alright|the (box|car|space|bag|gap|hole|slot|suitcase|boot))|into|well|perfectly|together|me|him|her|the)\\b)(?!( |-)(note|notes|to fly|to travel|to work|for work|for duty|to drive|to return|to go back|letter|certificate|cert|test|and well|and healthy|for purpose)\\b)',
    'fits? for (\\d+|a few|several|five|six|seven|eight|ten|fifteen|twenty) (min|mins|minutes)',
    '(\\d+|two|three|four|several|multiple|repeated) fits',
    "(is|was|been|still|started|now|keeps|kept|he's|she's|currently) fitting",
    'fitting (for|again|now|still|non ?stop)',
    // A person named, then "fitting" (phase 25, fresh-triage-p25i ga028: "wife fitting after
    // stopping her diazepam"). Not "fitting room", a kitchen, a coil or a dress fitting.
    '(wife|husband|partner|son|daughter|baby|toddler|child|kid|mum|mom|dad|brother|sister|friend|gran|grandad|nan|grandma|grandpa|flatmate|boyfriend|girlfriend|he|she|they) fitting(?! (room|rooms|in|into|well|the|a|an|new|out|together|for (a|an|the|her|his|my)|of|properly|tight|loose|my|his|her|their|it|them)\\b)',
    '(shaking|jerking|twitching) (all over|uncontrollab*|violently|and (jerking|shaking|stiff|eyes))',
    'eyes (rolled|rolling|roll|go|went|going) (up|back)',
    'grand mal',
    'tonic ?-?clonic',
    'status epilepticus',
    '(fell|fall|falls) down and (shaking|jerking)',
  ],
  seizure_ongoing: [
    'still (fitting|seizing|shaking|jerking|convulsing)',
    'keeps? (fitting|seizing|having (seizures|fits))',
    'one after (another|the other)',
    'back to back',
    '(\\d+|two|three|four|several|multiple|many) (seizures|fits) (in a row|in (the last|an?|one|less than an?|under an?) (hour|half hour|day|row)|today|back to back)',
    "(doesn't|does not|didn't|not|hasn't|isn't) (come|coming|came|wake|waking|woken|wake up) (round |up )?(in )?between",
    'second (one|seizure|fit) (in|within)',
    "(and )?(won't|will not|not|isn't|doesn't) stop(ping)?",
    "(fitting|seizing|shaking|convulsing) ~3 (still|won't stop|not stop)",
  ],
  // Phase 14 (helper recall, probes-p14-recall.json): a fit told only as movement ("HE WON'T
  // STOP SHAKING ITS BEEN 6 MINUTES HES EPILEPTIC"). Read as a seizure with epilepsy or a
  // collapse and with "won't stop" or 5 minutes or more (findings.ts), never a hand or lip
  // tremor (tremor_local).
  fit_motion: [
    '(shaking|shakes|shook|jerking|jerks|jerked|twitching|convulsing|thrashing|juddering|trembling)',
  ],
  // The movement and its "won't stop" in one sentence ("she's jerking on the sofa and won't
  // stop", "he is shaking very much and not stop"), not a "won't stop" said of something else.
  fit_motion_ongoing: [
    '(shaking|shakes|jerking|jerks|twitching|convulsing|thrashing|juddering|trembling) ~5 (still going|not stop|not stopping|not stopped|no stop)',
    '(still|not stop|not stopping|keeps|keep) (shaking|jerking|twitching|convulsing|thrashing|juddering|trembling)',
  ],
  // The shaking said of a machine or an animal ("washing machine won't stop shaking", "our dog
  // has been shaking for 5 minutes"): not a person's fit.
  fit_motion_not_person: [
    '(machine|dryer|washer|engine|car|phone|table|floor|windows?|house|dog|dogs|puppy|cat|cats|kitten|pet|horse|rabbit|hamster) ~4 (shaking|shakes|shook|jerking|twitching|trembling|juddering|not stop)',
  ],
  tremor_local: [
    '(hand|hands|finger|fingers|lip|lips|chin|eyelid|eyelids|voice) ~~3 (shak*|shook|trembl*|twitch*|jitter*|tremor*)',
    '(hand|hands|finger|fingers|lip|lips|chin|eyelid|eyelids|voice) (not|can not|cannot) stop (shak*|trembl*|twitch*)',
    '(shaky|trembly|jittery) (hand|hands|fingers)',
    // Its own cause said with it: "shaking with cold after swimming".
    '(shaking|shivering|trembling|shaky|shakes) (with|from|because of) (the )?(cold|fear|nerves|laughter|laughing|excitement|crying|adrenaline|anxiety|panic|fright|shock)',
    // Or its cause said after it: "shaking for 5 minutes after the gym", "trembling for 10
    // minutes before her exam", "just nerves".
    '(shaking|shook|shakes|trembling|jerking|twitching|juddering) ~8 (after|before|from) (the |a |an |my |his |her |their |our )?(gym|workout|work out|exercise|run|running|training|race|match|exam|exams|test|interview|near miss|fright|fireworks|coffee|coffees|caffeine|energy drinks?)',
    '(just|only|probably|must be|think it was|think its|think it is) (nerves|adrenaline|anxiety|the cold)',
  ],
  rescue_med: [
    '(buccal |rescue )(midazolam|diazepam|medicine|medication|meds|remedy)',
    'buccolam',
    'epistatus',
    'midazolam',
    'rectal diazepam',
  ],
  first_seizure: [
    'first (ever )?(seizure|fit)',
    '(seizure|fit|fits) for the first time',
    'never had (a seizure|a fit) before',
    // "had a fit on Sunday, first one ever" (stop 50, probes of fresh-triage-p30j lb002).
    '(seizure|fit|convulsion) ~4 (first one ever|first ever one|first one in (his|her|my|their) life|never had one before)',
  ],
  post_ictal: [
    "(not|isn't|hasn't|won't|doesn't|didn't) (waking|wake|woken|come round|coming round|come to|came round) (up )?(properly )?(after|afterwards|since)",
    "(not|isn't) waking up properly",
  ],
  gca: [
    ...near('scalp', '({pain}|tender*)', 3),
    '(temple|temples) ~3 ({pain}|headache|tender)',
    '{pain} ~3 (in|at|by|near) ({poss} )?temple',
    'scalp ~3 (tender|sore|painful|hurts)',
    // "my jaw gets tired chewing steak", a side of the head "sore when I lie on the pillow"
    // (stop 50, fresh-triage-p30e kw126, aged 71).
    "jaw (gets|get|goes|feels|is getting) (\\w+ )?(tired|achy|aching|sore|painful) (when |while |after )?(i'm |im |i am )?chewing",
    '(side of (my|his|her) head|temple|temples|scalp) ~8 (sore|tender|hurts|painful) (when|to|if) (i |he |she )?(lie|lay|rest|put) (\\w+ ){0,2}on (the|my|his|her|a) pillow',
    // Jaw PAIN (or tiring) on chewing; a jaw that clicks or pops when chewing is not it.
    '(jaw ~3 ({pain}|tired|tires|tiring|fatigue*|stiff*)|{pain} ~3 jaw) ~4 (when|while|on|after) (i |he |she )?(chew*|eat*)',
    '(pain|ache|aches) (when|while|on) chewing',
    'jaw claudication',
    'giant cell|temporal arteritis',
  ],
  headache_red_pattern: [
    'headache ~8 (worse|worst) ~4 (lie|lying|morning|first thing|cough*|bend*|strain*)',
    'headaches? ~3 (every|each) morning',
    'headache ~4 worse (in the morning|when (i )?(lie|lying|cough|bend|strain|sneez)|lying down)',
    '(morning|early morning) headaches?',
    'wakes? (me|him|her) (up )?(from sleep )?with (a )?headache',
  ],
  headache_persistent: [
    '(headache|migraine) ~5 (for|since|over) (a week|weeks|\\d+ (days|weeks)|days|ages)',
    "(headache|migraine) ~4 (every day|all the time|constant|won't go|not going|isn't going)",
    '(headache|migraine) ~~8 (different from|different to|not like|unlike) ({poss} )?(usual|normal|other|previous|ones)',
    '(different from|different to|not like|unlike) ({poss} )?(usual|normal|other|previous) (headaches|migraines|ones)',
    "(paracetamol|painkillers|ibuprofen|tablets) ~3 (not|isn't|aren't|doesn't|don't) (touching|helping|working)",
  ],
  blurred_vision: [
    '(blurred|blurry|blurring|misty|cloudy|hazy|fuzzy) (vision|sight|eyesight)',
    '(vision|sight|eyesight) ((is|has|has gone|gone|went|going|getting|became|a bit|very|really|suddenly) ){0,5}(blurred|blurry|cloudy|misty|hazy|fuzzy|dim|blurr*)',
    "(can't|cannot) see (properly|clearly|well|straight)",
    'everything (looks|is|went) (blurry|blurred)',
  ],
  flashing_lights: [
    'flashing lights',
    'lights (are )?flashing',
    '(flashing|flickering|sparkling) ~3 (in|before) ({poss} )?eyes',
    '(seeing|see|saw) (flashes|flashing|spots|stars|sparkles|zigzags|zig zags)',
    'flashes of light',
    'spots (in front of|before) ({poss} )?eyes',
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  twitching: [
    'twitch*',
    'jerk(ing|y|s)',
    'muscle (spasms|jerks)',
    '(rigid|stiff) muscles',
    'muscles (are )?(rigid|stiff|jerking)',
  ],
  ascending_numbness: [
    '(tingl*|{numb}|pins and needles) ~6 both (feet|hands|legs)',
    '(creep*|spread*|moving|gone|going|crept) up ~3 (legs|knees|thighs|arms|calves)',
  ],
};

export const MIND_CRISIS: Concepts = {
  suicidal: [
    // Not a rate, a warning label or a paramedic's calls ("the number of suicides we attend",
    // "safe with the suicide warnings", "the highest suicide rates"; stop 47, p28p).
    'suicid*(?! (rates?|statistics|stats|figures|numbers|warnings?|warning labels?|prevention|awareness|research|stud(y|ies)|risk factors|helplines?|hotlines?|training|course|module)\\b)(?! (we|they|i|you) (attend|see|deal with|go to|get called to|cover)\\b)',
    '(kill|killing|kill off|end|ending|hang|hanging|drown|shoot|poison|gas) (myself|my self|himself|herself|themselves|themself)',
    // Not an accident told after it ("cut myself shaving, tiny nick", "hurt myself falling off
    // the ladder") nor a slice cut ("I cut myself a slice of cake"; stop 52).
    `(hurt|hurting|harm|harming|cut|cutting) (myself|my self|himself|herself|themselves|themself)${SELF_ACCIDENT_AFTER}`,
    '(end|ending|take|taking|finish|finishing) (it all|my life|his life|her life|their life|my own life|his own life|her own life|everything)',
    '(end|ending) it( all)?(?! (with|for|on|at|there|off))',
    // "cant stop thinking about ending things" (phase 25, fresh-triage-p25d fv154); not ending
    // things with someone.
    '(thinking|thought|thoughts|think|thinks) (about|of) (end|ending) things(?! (with|between|off))',
    '(will|going to|gonna|plans? to|planning to|wants? to|is going to) end it (on|at|by|before|after|tonight|tomorrow|next)',
    `(cutting|cuts|cut|scratching|burning) (her|his|my|their) (own )?(arms|wrists|legs|thighs|skin)${ACCIDENT_AFTER}`,
    '(has|have|had) been (cutting|self[- ]?harming)(?=[,.;!?]|$)',
    '(scratched|scratch|scratching|cut|cutting|burned|burnt|burning) (my|his|her) (own )?(arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin) (with|using) (a |the )?(blade|razor|knife|scissors|glass|lighter)',
    '(want|wants|wanted|wanting|wish|wishes|wished) (\\w+ )?(to )?(die(?![.,!]{0,3} of (boredom|embarrassment|shame|laughter|laughing|cringe|cuteness|happiness|excitement|jealousy))|be dead|was dead|were dead|not be here|not to be here|not exist|not to exist|not wake up|to disappear)',
    // Not "go on" a treatment or a trip: "I don't want to go on injections" (phase 17: an
    // HbA1c question read as suicidal).
    `(don't|do not|doesn't|does not) want to (live|be alive|be here|wake up|go on${GO_ON_OBJECT}|exist)`,
    "(don't|do not|can't|cannot) see (the|any) point (in living|anymore|any more|in going on|of living|in life|in anything)",
    "what's the point (of|in) (living|life|going on|anything)",
    'better off (dead|without me|without him|without her|without them)',
    "(everyone|everybody|they|we|family|world|you) (would|will|'d) be better (off )?without (me|him|her|them)",
    'no (reason|point) (in |to )?(living|go on|going on|being alive|carrying on|live)',
    "(not|isn't) worth living",
    "(can't|cannot) (go on|do this|take (it|this)|cope) (any ?more|anymore|much longer)",
    "can't do this anymore",
    'goodbye (message|letter|note|text)s?',
    '(this is|saying) (my )?goodbye',
    '(written|wrote|writing|left) (\\w+ )?(letters?|notes?) (to|for) ((her|him|them|mum|mom|dad|my mum|my mom|my dad|my wife|my husband|my partner) and )?(everyone|(my|his|her|our|the) (family|kids|children|wife|husband|partner|mum|mom|dad|parents|sons?|daughters?|friends|loved ones|sister|brother|boyfriend|girlfriend))(?! ~~5 (for|about|with|in) (my|the|a|our|his|her|their|your) (will|solicitor|lawyer|christmas|birthdays?|wedding|anniversary|funeral plan|letter of wishes))',
    '(suicide|goodbye) note',
    '(notes?|letters?|messages?) ~6 (sorry to everyone|goodbye|loves? (us|you)|love you all|sorry for everything)',
    '(jump|jumping|throw (myself|himself|herself)) (off|from|in front of) (the |a )?(bridge|balcony|roof|building|cliff|cliffs|train|tracks|car|bus|motorway|car park)',
    '(thinking|thought|think|thinks) about jumping',
    '(stood|standing|stand|sat|sitting|at|on|went to|drove to|driven to) (on |at |to )?(the |a )?(edge|bridge|cliff|cliffs|roof|railway|train tracks|tracks|balcony) ~6 (jump*|end|die|kill)',
    'in front of a (train|bus|lorry|car)',
    'noose',
    'self ?-?harm*',
    'cutting (myself|my arms|my wrists|my legs|again)',
    `(cut|slit|slashed) (my|his|her) (wrists?|arms?|throat)${ACCIDENT_AFTER}`,
    '(gave|giving|given) away (his|her|my|all (his|her|my)) (\\w+ )?(things|stuff|belongings|possessions|dog|cat|guitar|pets?|money)',
    '(giving|gave|given|give) (all )?(my|his|her|their) (\\w+ )?(things|stuff|belongings|possessions|clothes|money) away',
    '(tidying|tidied|putting|put|sorting|sorted|getting) (up |in order )?(my|his|her) (affairs|will|things in order)',
    "(cancel*|gave away|giving away|sold) ~10 (won't|will not|wont) (need|be needing)",
    "(nobody|no one|noone) (will|would|'d) (miss|care|notice)",
    '(tired|sick) of (living|being alive|life)',
    'wants? to die(?![.,!]{0,3} of (boredom|embarrassment|shame|laughter|laughing|cringe|cuteness|happiness|excitement|jealousy))',
    '(nothing|no one|nobody|noone) (left )?to live for',
    '(going to|gonna|will|want to|wants to|about to) (walk|swim|wade) (out )?(into|in) the (sea|river|lake|ocean|water)',
    "(go|going|went) to sleep and (never|not|don't|won't) wake( up)?",
    "(going to|gonna|about to|i will|i'll|want to|wants to) jump(?! (in|into|on|over|up|rope|the queue|start|around|for))",
    // "might have overdone the co-codamol on purpose earlier (like 2 boxes)" (stop 49,
    // fresh-triage-p29x kp035); not "overdid it at the gym on purpose".
    '(overdone|overdid|overdoing) (it )?(on |with )?(the |my |his |her |some |all )?{drug} ~6 on purpose',
    // Not "cut out biscuits on purpose" or "been walking more ... on purpose" (stop 52: an
    // 81-year-old's planned weight loss read as suicidal).
    '(took|taken|overdose*|crash*|swerv*|drive|driving|drove|step*|burn*|drown*|jump*|cut(?! (out|down|back|off|back on)\\b)|cutting(?! (out|down|back|off)\\b)|hurt*|starv*) ~6 on purpose',
    '(walk*|ran|run|running) (out )?(into|in front of|onto) ~6 on purpose',
    'plan to (take|end|kill|overdose|jump|die|do it)',
    '(going to|gonna|about to|will) (take|swallow|down|neck) (all|every one of|the whole) ~3 (pills|tablets|meds|them|these|those|bottle|packet|lot)',
    'how many (paracetamol|pills|tablets) (it )?(would|will|to) (take|kill)',
    '(looked|looking|look|searched|googled) up (how|ways) to',
    '(looked|looking) up how many',
    'ways to (die|kill)',
    "life (is not|isn't|is no longer) worth",
    "(i'm )?done with (life|living)",
    // Not "want to stop" a habit ("i drink 3-4 beers most nights and want to stop": phase 21).
    'want (it )?(all )?to (end|be over)',
    'want (it|it all|all of it|everything|all this) to stop',
    'want to stop (existing|living|being alive|being here|breathing|waking up)',
    // Slang for suicide, said as people type it (phase 19's second fresh set): "kms" (kill
    // myself), "unalive", "sewerslide", "self delete".
    'kms',
    '(unalive|unaliving|unalived) (myself|my self|me|urself|ur self|yourself|your self|himself|herself|themselves|themself)',
    '(want|wanna|going|gonna|plan|planning|about|thinking about|thought about) (to )?(unalive|self[- ]?delete)',
    'sewer ?slide',
    'how many (paracetamol|pills|tablets|\\w+) (would|will|does|do) it take to (unalive|kill|end it|die|od|overdose)',
    // The same question with its end left unsaid: "how many of my amitriptyline would it take.
    // i have about 60 here" (phase 20's fresh set: read routine). Not "... would it take to
    // work", "to help", "to kick in", nor steps or days.
    'how many (of (my|his|her|their|these|those|the|your)( \\w+){1,2}|(\\w+ )?(pills|tablets|meds|capsules|paracetamol|painkillers|sleeping pills)) (would|will|does|do) it take(?! to (work|help|kick in|start|feel|notice|see|get|make|lower|raise|bring|fix|clear|cure|take effect|have an effect|show|heal|reach|build|settle|go))',
  ],
  crisis_means: [
    '(bought|buying|got|have|saved|saving|stockpil*|collected|hoarded|hoarding) ~4 (packs|boxes|packets|bottles|lots|loads|load) of (paracetamol|pills|tablets|painkillers)',
    '(packs|boxes|packets) (of \\w+ )?from different (shops|chemists|pharmacies)',
    '(got|have|put|laid|lined) (all )?(my|the|his|her) (pills|tablets|meds) (out|up|ready|lined up)',
    '(pills|tablets|meds) (are )?(ready|out on the table|lined up|saved up)',
    'have the (pills|tablets|rope|knife|razor|blades?) ready',
    // Blades taken out of a razor and laid ready: "i've got the blades out of my razor and
    // they're on the side" by a bath (stop 50, fresh-triage-p30i la093). Not a razor's blade
    // changed or cleaned.
    '(got|taken|took|take|taking|getting|popped|snapped|broke|broken) (the |a |both )?(blades?) out (of|from) (my|a|the|his|her|their|a disposable|the disposable|my disposable) (razors?|sharpeners?|pencil sharpeners?)(?! ~~4 (to|for) (clean|change|replace|swap|recycl*|bin|sharpen))',
    // Not one's medicines taken along for a trip, work or an appointment (phase 8).
    "(got|have|i've got) (the|my|all the|all my) (pills|tablets|meds) (here|ready|with me|next to me|in front of me)(?! ~~4 (for|on|at|to) (the |my |a |our |his |her |this |next )?(holiday*|hols|trip|travel*|flight|plane|journey|abroad|work|shift|school|uni|college|appointment|hospital|gp|doctor|dentist|clinic|festival|camping|cruise|visit))",
    // "saving up my mum's tablets" (phase 23): a possessive before the medicine; not a supply
    // saved for a trip.
    "(saved|saving|stockpil*|collected|hoarded|gathered) (up )?(all )?((my|the|his|her|their|these|those) )?([\\w']+ )?(pills|tablets|meds|paracetamol|painkillers|sleeping pills|insulin)(?! ~~4 (for|on|to take on|to take to|to last|while|during) (the |my |a |our |his |her |this |next )?(holiday*|hols|trip|travel*|flight|journey|abroad|cruise|festival|camping|visit|time away|weeks? away))",
    '(pills|tablets|meds|paracetamol|painkillers) ~8 (going to|gonna|about to|plan to|planning to|will) (take|swallow|down|neck) (them|it|all|the lot|every)',
    '(collecting|collected|saving|stockpiling|hoarding|gathering) (up )?((my|the|his|her) )?(pills|tablets|meds|paracetamol|painkillers|insulin)',
    "(have|got|i've got|has) the (means|tools|stuff|things) (to )?(do it|end it|kill (myself|himself|herself))",
    'rope ~8 (thought about|planned|where|how|when|tonight)',
    "thought about (how|where|when) (i'd|i would|i will|to) (do it|end it|kill)",
    'pills saved',
    '(stash|hoard|stockpile|supply) of ~3 (pills|tablets|meds|paracetamol|painkillers|sleeping pills)',
    "know how (i'm|i am|i will|i'll) (going to )?do it",
    "how (i'm|i am) going to do it",
  ],
  // Medicines put by until there is enough: "I've been saving up my sertraline and zopiclone
  // for about a month and there's enough now" (phase 22's fresh set: read routine). The
  // medicine is read by its own concepts (rules-brain-mind.ts); not enough "for" a trip or "to
  // last" a while.
  hoarded_enough: [
    "(saved|saving|stockpil*|hoarded|hoarding|stashed|stashing|collected|collecting|gathered|gathering|kept|keeping|put|putting|held|holding) (up|back|aside|by|away) ~12 (there's|there is|i have|i've got|i've|i now have|have got|got|have|has) (now |finally |got )?enough(?! (for|to last|to cover|to get|to see|to take|while|when|until|till|during|of a supply)\\b)",
    // Hidden too ("i've been hiding my oramorph and have enough to finish it tonight"; phase 25,
    // fresh-triage-p26q hi074).
    "(stockpil*|hoarded|hoarding|stashed|stashing|hiding|hidden|hid|secretly kept|secretly keeping) ~12 (there's|there is|i have|i've got|i've|i now have|have got|got|have|has) (now |finally |got )?enough(?! (for|to last|to cover|to get|to see|to take|while|when|until|till|during|of a supply)\\b)",
  ],
  harm_others: [
    // Not what hurts a child ("big hard pellets that hurt him"; phase 25, fresh-triage-p26k).
    // Nor "it really hurt her so we stopped" (stop 47, fresh-triage-p28w jo007).
    "(?<!\\b(that|which|they|it|its|it's|poos?|pellets|stools?|teeth|shoes|injections?|jabs?|needles?) )(?<!\\b(it|that|which|this|sex) (really|so|quite|properly|badly|kinda) )(kill|hurt|harm|stab|attack) (someone|somebody|people|him|her|them|(my|our|his|her|the) (wife|husband|baby|child|kids|children|son|daughter|partner|mum|dad|mother|father|brother|sister|parents|grandma|grandad|gran|nan|family|neighbours?|teacher|boss|flatmate|girlfriend|boyfriend|friend))",
    'thoughts? (of|about) (hurting|harming|killing) (my|someone|people|others)',
    // Not the knife of an accident: "cut my finger with a kitchen knife" (phase 20).
    // Nor toast taken out of a toaster with a knife (phase 25, fresh-triage-p26f gx072).
    '(?<!\\b(cut|cuts|cutting|sliced|slicing|nicked|chopping|chopped|peeling|peeled|carving|caught|slipped|toast|toaster|bread|butter|crumpet|bagel)\\b[^.!?]{0,30})(has|have|got|holding|carrying|waving|with|grabbed|took|picked up|keeps|sleeping with|hiding) (a |an |his |her |the |their )?(\\w+ ){0,2}(knife|knives|weapon|weapons|gun|axe|machete|blade|sword)(?! (block|drawer|set|sharpener|wound))',
    'threaten* (to (kill|hurt|stab)|people|us|me|with)',
  ],
  /** A tool that is only a weapon in the hands of someone who is psychotic (see rules). */
  weapon_tool: [
    '(has|got|holding|carrying|waving|grabbed|picked up|keeps|sleeping with|hiding) (a |an |his |her |the |their )?(\\w+ ){0,2}(hammer|baseball bat|bat|crowbar|screwdriver|scissors|poker|stick|bottle)',
    '(will|going to|gonna|wants? to) (deal with|get|sort out|teach|punish|stop) (them|him|her|the neighbours|everyone)',
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts). Goodbye cues.
  goodbye_cue: [
    '(goodbye|bye|farewell) to (whoever|anyone who|everyone who|anybody who) (reads|is reading|sees)',
    '(sorry|love you) (mum|mom|dad|everyone|to everyone|for everything|all)',
    '(decided|picked|chosen|set) (the |a |my )?(date|day|time|spot|place|way|method)',
    '(will|is going to|gonna) be (my |the )?last (one|day|night|weekend|time)',
    'said (my )?goodbyes?',
    '(goodbye|bye|farewell) (everyone|world|all|cruel world|forever)',
    '(made|making|make) (my|his|her) peace',
    'see (you|u|you all|everyone) (on )?the other side',
    "(this is|this will be|it's|here is) (my|the) (last|final) (message|text|post|words|goodbye)",
    '(will|going to|gonna|can) finally (rest|be at peace|be free|sleep forever|stop hurting)',
    "tell (my|his|her|our) (mum|mom|mam|dad|kids|children|family|sister|brother|parents|wife|husband|son|daughter|girlfriend|boyfriend) (that )?(i|he|she) (love|loved|loves|am sorry|'m sorry|was sorry)",
    "(it's been|it was|been) (nice|good|lovely) knowing (you|everyone|you all)",
    "(decided|planned|worked out|figured out|know|knows) (exactly )?(how|when|where) (i|i'll|i'm|he|she|he'll|she'll) (will |would |am going to |is going to |'m going to )?(do it|end it|go through with it)",
    '(decided|planned|worked out) (how|when|where) and (how|when|where)',
    '(say|saying|said|text*|messag*) goodbye to (everyone|you all|all of you|my (family|kids|children|wife|husband|mum|dad|friends))',
    "(last time|never again) (that )?(you|anyone|u|any of you) (will|'ll|would) (hear|see|speak|talk)",
    "(won't|will not|never) (hear from|see|talk to) me again",
    "(won't|will not) be (around|here) (much longer|for long|tomorrow|anymore|any more)",
    "know (what|how|where) (i'm|i am|i'll) (going to )?(use|do it|go)",
    '(rope|noose|ligature) ~8 (picked|chosen|found|planned|spot|place|tree|beam|ready|tonight|set up|bannister|loft|garage)',
    '(photo|picture|pic|video|selfie) of (a |the |his |her |some )?(rope|noose|pills|tablets|gun|bridge|knife|blade|razor)',
    "(easier|better) (if i )?(not to wake up|to not wake up|if i didn't wake up|to be dead|if i wasn't here|if i was gone)",
    "wish i (could )?(just )?(disappear|not wake up|wasn't here|was gone|was dead|could sleep forever)",
  ],
  not_sleeping: [
    "(not|isn't|hasn't|haven't|can't|cannot|hardly|barely|stopped) (been )?(sleeping|slept|sleep)",
    'no sleep',
  ],
  farewell_words: [
    '(saying|says|said|texted|messaged|wrote|writes|text|message) ~5 (sorry|loves? (me|us|you|everyone)|thank(s| you) for everything)',
  ],
  // The place alone, said as now ("standing on the bridge rn": phase 21's fresh set, read
  // routine). A crisis message may say no more than where the person is.
  danger_place_now: [
    '(standing|stood|sitting|sat|perched) (on|at) (the |a )?(edge of (the |a )?)?(bridge|cliff|cliff edge|ledge|parapet|railway line|train tracks|tracks|roof|rooftop) (now|right now)',
  ],
  danger_place: [
    '(standing|stood|sitting|sat|climbing|climbed|is|now) (on|at|over) (the |a )?(bridge|cliff|cliff edge|cliffs|train tracks|railway|railway line|roof|ledge|edge|parapet|railings?)',
    '(going|gone|went|heading|walking|driving|drove|on (his|her|my) way) (off )?to (the |a )?(bridge|cliffs?|railway|train tracks|tracks|roof|edge|motorway bridge|multi-?storey)',
    '(on|at) (the |a )?(bridge|cliff edge|cliffs|train tracks|railway line|roof) (now|right now|alone)',
    '(top|roof|edge) (floor |storey |level )?of (the |a )?(car park|building|block|multi-?storey|tower|flats)',
  ],
  // Phase 14 (helper recall): the place said with "I'm", "at", "on the edge of" ("im on the
  // cliff edge", "Im at the train tracks", "on the roof of my building").
  danger_place_said: [
    "(i'm|i am|am|he's|he is|she's|she is|they're|they are|we're|still|currently|up|right now) (on|at|over|by) (the |a )?(top of the |edge of the )?(bridge|cliff|cliff edge|cliffs|train tracks|tracks|railway|railway line|railway bridge|roof|ledge|parapet|railings?|multi-?storey|motorway bridge)(?!\\s?(?:station|terrace|garden|bar|club|cafe|restaurant|deck|party|tiles?|rack|repairs?|works|walk|path|crossing|shop|museum|tour|view|garage|extension|space|hotel|pub)\\b)",
    '(on|at) (the )?(top|edge) of (the |a |my |this )?(bridge|cliff|cliffs|roof|building|block|car park|multi-?storey|multi storey|tower|flats)(?!\\s?(?:station|terrace|garden|bar|club|cafe|restaurant|deck|party|shop|museum|tour|view|hotel|pub)\\b)',
    'on the roof of (my|the|a|our|his|her|this) (building|block|flats|tower|car park|multi-?storey|multi storey|hospital|office)(?!\\s?(?:station|terrace|garden|bar|club|cafe|restaurant|shop)\\b)',
  ],
  // Hopelessness and a last word in lay terms, read with a danger place only: "whats the point
  // anymore", "nothing matters now", "nobody would notice if I was gone", "just wanted someone
  // to know", "tell my mum I love her".
  hopeless_lay: [
    // Said alone or of everything, not "what's the point of physio".
    "(what's|whats|what is) the point (anymore|any more|now|of (anything|it all|living|life|going on|me|carrying on|trying))",
    // A bare "what's the point" only as its own sentence ("Im standing on the bridge. whats
    // the point"), not at the end of a grumble ("train cancelled again, what's the point?").
    "(?<=(?:^|[.?!])\\s{0,3})(what's|whats|what is) the point(?=\\s{0,3}(?:[.?!,;]|$))",
    "(what's|whats|what is) the point (of|in) (it|this|any of it|any of this)(?=\\s{0,3}(?:[.?!,;]|$))",
    "(there's|theres|there is) no point (anymore|any more|now|in anything|in living|in going on|to anything|to any of it|carrying on)",
    "(there's|theres|there is) no point(?=\\s{0,3}(?:[.?!,;]|$))",
    'no point (anymore|any more|in anything|in living|in going on)',
    "(can't|cannot|can not|don't|do not) see the point( (anymore|any more|of anything|in anything))?",
    // To the end of the clause: not "nothing matters now as much as getting fit".
    'nothing (matters|means anything)( to me)?( now| anymore| any more)?(?=\\s{0,3}(?:[.?!,;]|$))',
    '(everything|life|it all|it|my life) (is|feels|seems) (so )?(pointless|meaningless)',
    'life (has|have) no (meaning|point)',
    // Of me, or said alone: not "nobody would mind if I vape here".
    "(nobody|no one|noone|no-one) (would|will|is going to|gonna) (even )?(notice|care)( if (i|i'm) (was|were|am|died|disappeared|went|left|jumped|wasn't|weren't) ?\\w*)?(?=\\s{0,3}(?:[.?!,;]|$))",
    "(nobody|no one|noone|no-one) (would|will|is going to|gonna) (even )?(miss me|care about me|notice i was gone|notice i'm gone)",
    '(better off|be better) without me',
    '(just |only )?(wanted|want|needed|need) (someone|somebody|anyone|anybody|some one) (to )?(know|to tell|to talk to one last)',
    '(just |only )?(wanted|want) to (tell|say goodbye to|say bye to) (someone|somebody|anyone|you)',
    'tell (my )?(mum|mom|mam|dad|family|kids|wife|husband|sister|brother|partner|nan|gran) (that )?i love (her|him|them)',
    'say goodbye to (someone|somebody|anyone|everyone)',
  ],
  done_cue: [
    // "I just want the pain to stop for good": a goodbye or low mood makes it a crisis (rules-more.ts).
    '(want|wanting|need|needing) (the|this|all the|my) pain to (stop|end|go away) (for good|forever|permanently)',
    "(can't|cannot|don't|can not) see (a|any) way out",
    'no way out',
    "(i'm|im|i am) done(?! with (work|my|the|this|it|school|exams|him|her))",
    "what's the point (of|in) (anything|it all|everything|going on|trying|living|life)",
    "(can't|cannot) (do|take) (this|it) (any ?more|anymore)",
  ],
  // Phase 6: kinds of message an independent blind set missed, told by kind only and written as the
  // guidance frames them (NHS 111 / 999 lists, NICE CKS, NICE fever-in-under-5s and diarrhoea-and-
  // vomiting traffic lights).
  //
  // Carbon monoxide from a car in a closed garage or through a hose: a means of suicide.
  co_plan: [
    'garage ~8 (car|engine) ~4 (running|left on|switched on|on)',
    '(car|engine) ~4 (running|left on|switched on) ~6 garage',
    '(hose|hosepipe|pipe|tube) ~6 exhaust',
    'exhaust ~6 (hose|hosepipe|pipe|tube)',
  ],
  // Getting affairs in order, giving things away, writing to everyone (NHS warning signs).
  affairs_prep: [
    '(sorted|sorting|put|putting|got|getting) (out )?(all )?(my|his|her|their) (affairs|things|finances|will) (in order|sorted|out|in place)',
    '(sorted|sorting) out (all )?(my|his|her|their) affairs',
    '(given|gave|giving) away (all )?(my|his|her|their) (things|stuff|belongings|possessions|pets?|dog|cat)',
    '(written|wrote|writing) to (everyone|everybody|all of (us|them|you))',
  ],
};

export const MIND_SIGNS: Concepts = {
  intrusive: ['intrusive (thoughts|images)', 'would never (do it|act on|hurt)', 'ocd'],
  psychosis: [
    '(thinks|believes|convinced|says|sure) ~6 (tv|television|radio|phone|neighbours|people|government|police|cameras|aliens) ~~4 (sending|send|talking|watching|following|spying|controlling|reading|messages)',
    'hearing (voices|things|whispers|noises that)',
    '(voices|voice) ~3 (telling|tell|told|say|saying|talking|command)',
    "seeing (things|people|bugs|spiders|insects) (that|which|who) (aren't|are not|isn't|nobody else)",
    'seeing things',
    'seeing (insects|bugs|spiders|snakes|animals|people) (on|in|crawling|everywhere)',
    'hallucinat*',
    'paranoi*(?! about (being|getting|germs|hygiene|safety|security|preparing|it|that|this))',
    '(thinks?|believes?|convinced|says?) (that )?(people|someone|everyone|they|the neighbours|the government|the police|we) (are|is) (watching|following|after|poisoning|spying|plotting|out to get|trying to)',
    'psychosis',
    'psychotic',
    'delusion*',
    "(baby|he|she|it|they|child|husband|wife|people|everyone) (is|are|was|isn't|aren't) (possessed|evil|the devil|cursed|an imposter|imposters|replaced|swapped|not (mine|ours|real|my baby|our baby|human))",
    '(the )?(tv|television|radio|phone) (is )?(talking|speaking|sending (messages|signals)) (to|about) (me|him|her)',
    // "god is talking to her through the tv" (stop 50, fresh-triage-p30f kx117).
    '(god|jesus|the devil|satan|angels|spirits|someone) (is |are |keeps )?(talking|speaking|sending (messages|signals)) (to|at) (me|him|her|them) (through|on|via|in) (the )?(tv|telly|television|radio|phone|walls|microwave)',
    '(saying|talking|says) (strange|weird|bizarre|odd) things',
    'not (sleeping|slept) at all',
    "talking to (people|someone) (who|that) (isn't|aren't|are not) there",
    // Phase 14 (recall2, probes-p14-recall2.json): a belief told as what the person keeps
    // saying ("he's been saying the neighbours are watching him through the walls", "keeps
    // saying the tv is sending him messages"), food tampered with, thoughts controlled.
    // The object is the person ("watching him", "after her"), not "after his pension",
    // "talking about the new diet drug" (review14b batch 2).
    '(saying|keeps saying|kept saying|insists|insisting|told (me|us)|tells (me|us)) (that )?(the |his |her |our )?(neighbours|neighbors|people|someone|everyone|they|government|police|tv|television|radio|news|friends|family) ~3 (are |is |were |was )?(watching|following|spying on|listening to|poisoning|plotting against|after|out to get|sending|talking about|reading|controlling) (him|her|me)\\b',
    // Food tampered with by a third party ("someone is putting poison in her food", "they put
    // something in his food"), or poisoned; not "I put stuff in my tea like honey".
    '(someone|somebody|they|people|neighbours|neighbors|staff|nurses|carers|government|family) ~3 (is |are |was |were |has |have |keeps? )?(putting|put|puts|adding|added) (things|something|stuff|poison|chemicals|drugs) in (his|her|my|their) (food|drink|drinks|water|tea|meals)',
    '(poisoning|poisoned|tampering with|tampered with) (his|her|my) (food|drink|drinks|water|tea|meals)',
    // Thoughts controlled, with a controller named: someone, they, the TV.
    '(someone|somebody|they|people|tv|television|radio|government|neighbours|neighbors|aliens|voices) ~6 (is |are )?(controlling|control|controls|reading|reads|stealing|steals|putting thoughts in|puts thoughts in) (his|her|my) (thoughts|mind|brain)',
    '(tv|television|radio|news|people on the (news|tv|radio)) ~4 (talking (about|to) (him|her|me)|sending (him|her|me) (messages|signals)|messages (for|to) (him|her|me))',
    'whispers when no one',
    '(hears|hearing|heard|hear) ~4 (talking|speaking|whispering|telling|calling) (to )?(her|him|me|them)',
    '(telling|tells|told|tell) (her|him|me|them) to (do (bad )?things|hurt|kill|harm|jump)',
  ],
  mania: [
    "(not|haven't|hasn't|hardly|barely) (slept|sleeping) ~4 (\\d+|two|three|four|several|few) (days|nights)",
    // "hasn't slept for days", a mission from God (phase 25 probes; fresh-triage-p25a fs108).
    "(not|haven't|hasn't|hardly|barely) (slept|sleeping) (for|in) (days|nights)",
    '(special|secret|divine|holy|sacred) (mission|purpose|task|message)',
    '(god|jesus|the universe|angels) ~3 (has |have )?(chosen|picked) (her|him|me|them) (to|for|as)',
    '(god|jesus|the universe|angels) ~3 (has |have )?(chosen|picked) (her|him|me|them)(?=[.!,;]|$)',
    '(been )?up (for )?(\\d+|two|three|four|five|six|several) (days|nights) (straight|in a row|without (any )?sleep)',
    '(god|jesus|the universe|angels) ~3 (has |have )?(given|sent) (her|him|me|them) (a|on a) (mission|task|message|sign|quest)',
    '(racing|rushing) thoughts',
    'thoughts (are )?(racing|rushing)',
    'spending (loads|lots|a lot|huge amounts|all|thousands)',
    'manic',
    'mania',
    '(talking|talks|talk|speaking|speaks) (really |very |so )?(fast|quickly|non ?stop)',
    '(special|super|magic|magical) ?powers',
    "(thinks|believes|convinced|says) (that )?(she|he|they|i) (is|are|am|has|have|'s) (god|jesus|the messiah|a prophet|chosen|the chosen one|invincible|a genius|royalty|a superhero)",
  ],
  mh_not_coping: [
    "(can't|cannot) (leave|get out of) (the )?(house|bed)",
    "(can't|cannot|not) (cope|coping|function|functioning)",
    '(falling|fallen) apart',
    'panic attacks? (every|all|several|constantly|daily)',
    '(medication|meds|tablets|antidepressants|prescription) (have |has )?(run out|ran out)',
    'run out of (my )?(medication|meds|tablets|antidepressants)',
    'in a (really )?(bad|dark) place',
  ],
  low_mood: [
    'depress*',
    '(feel|feeling|felt|been) (so |very |really )?(low|down|flat|empty|hopeless|worthless|numb|miserable)',
    'hopeless*',
    'worthless',
    'low mood',
    'not enjoying',
    'crying (all the time|a lot|every day)',
    'anxious',
    'anxiety',
    'panic attack*',
  ],
  // Phase 10 second round (helper fa2: blind set 12's misses; probes-p10-fa2.json).
  //
  // A panic disorder or panic attacks named, including "had an attack" after "panic disorder"
  // (panic_attack hears only "panic attack"): read with an episode that has passed.
  panic_known: [
    'panic disorder',
    '(panic|anxiety) attacks?',
    // "feel like i cant breathe when im anxious" (phase 25, fresh-triage-p27k ic126): anxiety
    // named as when it comes.
    "when (i'm|im|i am|i get|i feel|i become|he's|she's|he gets|she gets) (really |so |very |a bit )?(anxious|panicky|stressed|stressed out|worked up|wound up|nervous)",
  ],
  // Panic attacks told as a pattern, not as one happening now: "I get panic attacks in the
  // supermarket", "panic attacks out of nowhere ... how to stop them", "since two months"
  // (phase 17: each read as an emergency, its racing heart and "can't breathe" the attack's
  // own).
  panic_recurrent: [
    '(i|he|she|they|we) (always |often |sometimes |still |keep |keeps |have been |has been |been |started |start )?(get|gets|getting|have|having|suffer from|suffers from|suffer with|suffering from) (these |bad |really bad |terrible |frequent |regular |constant |daily )?(panic|anxiety) attacks',
    '(panic|anxiety) attacks (out of nowhere|every|whenever|when|in the|at night|at work|at school|since|for|most|all the time|a lot|again|lately|recently)',
    '(panic|anxiety) attacks? (since|for) (\\d+|two|three|four|a few|several|many|some) (weeks?|months?|years?)',
    'how (do i|can i|to|would i) (stop|prevent|control|manage|cope with|deal with|handle|get rid of) (them|these|my panic|panic|the panic|the attacks|my attacks|panic attacks|anxiety attacks)', // The same told of what comes: "get dizzy and tingly fingers and feel like i cant breathe
    // when im anxious".
    "(i |he |she |they )?(always |often |sometimes |still )?(get|gets)\\b[^.!?]{0,80}?\\bwhen (i'm|im|i am|i get|i feel|he's|she's|he gets|she gets) (really |so |very |a bit )?(anxious|panicky|stressed|stressed out|worked up|wound up|nervous)",
  ],
  // Phase 10 third round (helper fa3: blind set 13's emergency misses; probes-p10-fa3.json).
  //
  // An episode that has settled, in words resolved lacks ("calmed down after a while",
  // "feeling better today"): read with a known panic attack only.
  panic_passed: [
    '(calmed|settled|passed|stopped|eased|wore off|subsided|went away) (down |off )?(after|within|in|by|on its own|by itself)',
    "(feel|feeling|felt|i am|im|i'm) (much |a lot |loads )?(better|ok|okay|fine|normal|alright|all right) (now|today|again|since)",
  ],
  // Phase 10 (helper fa, probes-p10-fa.json): eating next to nothing, counted.
  //
  // With eating next to nothing (NICE NG69 eating disorders): weight lost, counted, or periods
  // that have stopped. Read by rules-wave10.ts; "barely eats" alone is a fussy eater.
  weight_lost_amount: [
    '(lost|dropped|down|losing) (\\d+|a|two|three|four|half a) ?(stone|st|kg|kgs|kilos?|pounds|lbs)',
  ],
  periods_stopped: [
    '(periods?|menstruation) (have |has |had )?(stopped|gone|disappeared|stopped coming)',
    "(not had|haven't had|hasn't had|no) (a )?periods? (for|since|in) ",
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  alcohol_withdrawal: [
    '(stopped|quit|stopping|cut down|gave up|coming off|came off) ~3 (drinking|the booze|alcohol|the drink)',
    '(alcohol|drink) withdrawal',
    'delirium tremens',
    'the dts',
  ],
};
