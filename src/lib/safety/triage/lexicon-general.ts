// Lexicon, general signs: consciousness, shock, fever, how ill someone looks, how fast it came
// on and how bad it is. These are the Manchester Triage System's general discriminators (airway,
// breathing, shock, conscious level, pain, temperature) and the sepsis signs of the NHS and the
// UK Sepsis Trust, written as the lay words people use. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/**
 * Nearly fainting in lay words (phase 24, fresh set p24a: "everything went grey and i had to
 * grab the counter, nearly went down"): stronger than feeling light-headed.
 */
const PRESYNCOPE_LAY = [
  '(everything|it all|the world|the room|things) (went|goes|going|turned|turning|started going) (grey|gray|dark|black|fuzzy|white|dim|distant)',
  '(nearly|almost) (went down|go down|keeled over|hit the floor|dropped|collapsed|fell over|went over)',
  'had to (grab|hold on to|hold onto|clutch|grip|catch) (hold of )?(the |a )?(counter|worktop|wall|sink|table|chair|door ?frame|banister|rail|kitchen side)',
];

export const GENERAL_SIGNS: Concepts = {
  unresponsive: [
    // Not a service or a phone: "district nurse doesnt answer" (phase 24).
    "(?<!(nurse|nurses|surgery|gp|doctor|doctors|clinic|practice|team|111|helpline|line|reception|receptionist|phone|mobile|number|office|ward|unit|service|nobody|no one|they) )(won't|doesn't|didn't|can't|isn't|not|wouldn't) (respond|react|answer)(?! (to )?((my|his|her|the) )?(texts?|messages?|calls?|emails?|phone|door))",
    "(not|isn't|won't|doesn't|didn't) (answering|answer|responding to|respond to) (me|us|questions|when)",
    'unconscious*',
    'unresponsive',
    "(not|isn't|isnt|stopped|no longer) (responding|responsive|reacting)(?! (to (the |any |his |her |my )?(infection|virus|treatment|antibiotics|medication|medicine|meds|drugs|therapy|tablets|steroids|insulin|diet|exercise|vaccine|chemo)|well to))",
    'no response',
    // Not a teenager who will not get up for school or before noon.
    // Not "it doesn't wake me up at night" (a symptom that does not wake the writer; phase 24).
    // Nor "can't wake him properly for school" (phase 25, fresh-triage-p27l's twin).
    // Nor a wish not to wake ("id be ok if i just didnt wake up", "she wishes she wouldn't wake
    // up": stop 49, fresh-triage-p29x kp003, kp057), which the crisis concepts read.
    "(?<!\\b(if|wish|wishes|wished|wishing|hope|hopes|hoping) (i|he|she|they|we) (just |could just |would just )?)(won't|can't|cannot|couldn't|unable to|not|hard to|difficult to|struggling to) (wake|rouse)( (him|her|them|my \\w+))?( up)?(?! me\\b)(?! ((him|her|them|my \\w+) )?(properly |fully |really )?(up )?(before|until|till|for (school|work|college|uni)|on time|in time|in the mornings?|early|at (the )?weekends?))",
    "(won't|can't|cannot|couldn't|unable to) get (him|her|them|my \\w+|\\w+) to (wake|respond|come round)(?! (up )?(before|until|till|for (school|work|college|uni)|on time|in time|in the mornings?|early|at (the )?weekends?))",
    "(won't|can't|cannot|not|isn't|hasn't|doesn't|didn't) (come|coming|came) (round|around|to)",
    // Not a wish: "id be better off not waking up", "wouldn't mind not waking up" (stop 53,
    // fresh-triage-p31j: read as someone unresponsive, 999).
    "(?<!\\b(better off|be ok|be okay|be fine|wouldn't mind|would not mind|easier|rather be|prefer|thinking about|think about|thoughts of|dream of|just) )not waking( up)?",
    "(won't|can't|not|cannot) be woken",
    // Not "his front tooth knocked out" (phase 25, fresh-triage-p25c fu144), nor "knocked out
    // one of her front baby teeth" (stop 46, fresh-triage-p28b it119).
    '(?<!\\bto be (?:\\w+ ){0,4})(?<!(tooth|teeth|\\))( got| was| were| been| has been| had been)? )knocked out(?! ((my|his|her|a|the|their|two|one) )?(of (his|her|my|their|the) )?((adult|front|baby|top|bottom) ){0,3}(tooth|teeth))',
    'out cold',
    "passed out (and|but) (won't|can't|not|isn't|hasn't|still)",
    'passed out drunk',
    'lifeless',
    "(limp|floppy) and (not|unresponsive|won't)",
    'not (breathing|moving) and',
    'not wake (up )?(between|in between)',
  ],
  not_breathing: [
    // "Not breathing fast" is a normal breath rate, not a stopped one.
    "(not|isn't|isnt|stopped|stops|stop|wasn't|has stopped|no longer) breathing(?! (fast|quickly|rapidly|heavily|hard|too fast|faster|quicker|very fast|that fast|any faster))",
    // Not a watch's "no pulse detected" (phase 25, fresh-triage-p26z hr074).
    'no (pulse|heartbeat)(?! (detected|reading|found by))',
    "can't (feel|find) a (pulse|heartbeat)",
    'need (to do )?cpr',
    'doing cpr',
    'started cpr',
    'turned blue and (stopped|went limp)',
  ],
  collapse: [
    'found (lying )?on the (floor|ground)',
    // "Collapsed onto the sofa / into bed": tired, not a collapse.
    'collaps*(?! (onto|on to|into|in|on) (the |my |his |her |our )?(sofa|couch|bed|chair|armchair|settee))',
    '(dropped|fell|slumped|keeled) (down )?(to|on|onto) the (floor|ground)',
    'keeled over',
    'found (him|her|them|my \\w+) (\\w+ )?(on the floor|on the ground|lying on|unconscious|slumped|collapsed)',
    "on the floor and (can't|won't|isn't|not)",
  ],
  fainted: [
    // "A faint rash", "a faint line", "faintly pink": how faint a mark is, not a faint
    // (phase 20: a baby's faint rash after the MMR read as fainting and sepsis).
    'faint(ed|ing|s|ness)',
    '(?<!\\b(a|very|quite|the|so|too) )faint(?! (rash|line|lines|mark|marks|smell|pink|red|spots?|blotch\\w*|taste|sound|noise|hope|idea|memory|glow|tinge|outline|patch|patches|bruis\\w*|scar|positive|streaks?|yellow|blue|purple|ring|dots?))',
    'passed out',
    "(keep|keeps|kept|been|started|i'm|he's|she's|is|was) passing out(?! drunk)",
    'blacked out',
    // Not the memory gaps of drinking: "i black out most times i drink" (phase 25,
    // fresh-triage-p25q gi144).
    'black ?outs?(?! drunk)(?! ~~8 (when|whenever|every time|most times|each time|if|after) (i|he|she|they|we|you) (drink|drinks|drank|get drunk|gets drunk|go out drinking|have a drink))',
    'lost consciousness',
    'loss of consciousness',
    'syncope',
    '(was|went) out (cold )?for (a|about|around|\\d+)',
    // Not a visit: "my nephew came round yesterday" (phase 24), "my grandson came round sunday"
    // (stop 46, fresh-triage-p28d iv103).
    '(?<!(nephew|niece|friend|friends|mate|mates|neighbour|neighbours|cousin|cousins|grandkids|grandchildren|family|visitors?|sister|brother|auntie|aunt|uncle|nan|gran|grandma|grandad|in-laws) )came round(?! (yesterday|today|last|this|for|to (see|visit|ours|mine|my|our|the)|at|on|earlier|with|the other|every|at the weekend|to play|(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)))',
    '(?<!(nephew|niece|friend|friends|mate|mates|neighbour|neighbours|cousin|cousins|family|visitors?) )come round(?! (for|to (see|visit|ours|mine|my|our|the)|tomorrow|later|tonight|at|on|this|next|every|to play))',
    'funny turn',
  ],
  presyncope_lay: PRESYNCOPE_LAY,
  near_faint: [
    '(nearly|almost|about to|going to|gonna) (faint*|pass* out|black* out|collaps*)',
    "(feel|feels|feeling|felt) like (i'm |i am |he's |she's )?(passing out|fainting|i might faint|i could faint|collapsing)",
    "(feel|feels|feeling|felt) like (i'll|he'll|she'll|i will|he will|she will|i'm gonna|i might|he might|she might) (pass out|faint|collapse|black out)",
    "(feel|feels|feeling|felt) (like )?(i'm |he's |she's |i am |i was )?(going to|gonna|about to) (faint|pass out|collapse|black out)",
    '(feel|feels|feeling|felt) (very |really |so |a bit )?(faint|light ?headed|woozy|dizzy and weak)',
    'light ?headed',
    'about to pass out',
    ...PRESYNCOPE_LAY,
  ],
  dizzy: [
    'dizz*',
    'giddy',
    'woozy',
    'room (is |was )?spinning',
    // "the room spins when I strain" (stop 50, fresh-triage-p30j lb149).
    '(the )?(room|ceiling|world|everything) (spins|keeps spinning|starts spinning|started spinning|goes round|is going round|whirls)',
    'vertigo',
    'spinning sensation',
    'off balance',
  ],
  drowsy: [
    // Not a medicine's side effect asked about: "an antihistamine that won't make me drowsy".
    // Not a leaflet's or a label's warning: "may cause drowsiness, do not drive" (phase 25,
    // fresh-triage-p25m ge110), "side effects include drowsiness".
    "(?<!(won't|will not|doesn't|does not|wouldn't|not|non|less) (make|makes|making) (me|you|him|her|them|us) )(?<!non[- ]?)(?<!(least|less|not|un) )(?<!\\b(may|can|might|could|will|to|often|also|sometimes|does|do) cause )(?<!\\bcauses )(?<!side effects? (include|includes|including|like|such as|are|is) )drows*",
    '(very|really|so|v|extremely|unusually|abnormally|excessively|more|increasingly|too) (sleepy|lethargic|tired and floppy|hard to keep awake)',
    'letharg*',
    'listless',
    "can't keep (his|her|my|their) eyes open",
    "(can't|cannot|won't|not) stay(ing)? awake",
    'keeps (dozing|falling asleep|drifting off)',
    'sleeping (all the time|all day|constantly)',
    '(barely|hardly) (awake|responding|conscious)',
    'not (alert|with it)',
    'semi ?conscious',
    'hard to wake',
    "(sleepy|drowsy) and (floppy|confused|not|won't|hard)",
    'mumbling',
    'groggy',
    '(is|seems|totally|completely|really|very|a bit) out of it',
    'zoned out',
    'more sleepy than usual',
    '(vomiting|breathing \\w+|floppy|pale|hot|feverish|unwell|confused|grey|cold|fever|temperature)(,| and)+ ~2 sleepy',
  ],
  confused: [
    // Not confused about or by a thing, or which tablet is which: "he is getting confused which
    // one is for what" (phase 23's fresh set: 14 tablets a day, read as a sudden confusion).
    // "Confused about where he is" or "about what day it is" still is.
    'confus*(?! (about|by|with|over) (the |a |an |his |her |their |my |these |those |this |that |all |all the |all his |all her |new )(?!(time|day|date|year|place|surroundings|people|faces|last|past|next|previous|weekend|week|weeks|days|night|nights|morning|evening|afternoon|month|months|hours?|few|couple|whole|entire|course)\\b)\\w+| which (one|ones|tablet|tablets|pill|pills|medicine|medicines|meds|inhaler|inhalers|dose|doses|is which|is for|to take)| (about|over) (which|how) )',
    'disorient*',
    'delirium',
    'delirious',
    'not making (any |much )?sense',
    'making no sense',
    '(talking|speaking|saying) (nonsense|rubbish|gibberish|strange things|weird things)',
    "(doesn't|does not|didn't) (know|recogni[sz]e) (where|who|what|me|us|his|her|their)",
    "(don't|didn't) recogni[sz]e",
    "(don't|do not|didn't) know (where (i am|i'm)|who i am)",
    'muddled',
    '(know|remember) what (day|year|month|time) it (is|was)',
    "calling (me|us|him|her) by (the wrong|my sister's|my brother's|his|her|\\w+'s) name",
    "(didn't|doesn't|not) seem to know",
    '(talk|talks|speaks|says|talkin) (nonsense|rubbish|gibberish)',
    // Phase 14 (helper recall): "chatting nonsense", "spouting gibberish", "she talk strange".
    // Not the idiom "talking complete rubbish" (an opinion of what is said).
    '(chatting|chattering|spouting|babbling|rambling|talking|speaking|saying) (nonsense|gibberish|jibberish|gobbledygook)',
    '(chatting|chattering|spouting|babbling|rambling|talking|speaking|saying) (complete |utter |total |absolute )?(gibberish|jibberish|gobbledygook)',
    '(talk|talks|talking|speak|speaks|speaking) (strange|strangely|funny|weird|weirdly)(?! (accent|words?|language|dream))',
    'not recogni[sz]e',
    'agitated and',
    'repeating (himself|herself|themselves|myself)',
    'asking the same (questions|question|things) (over and over|again)?',
    // Not himself, but still eating and playing: a mild illness, not confusion.
    'not (himself|herself|themselves|myself)(?![^.!?]{0,80}\\b(?<!(not|no|nor|or) )(eating|playing|feeding) (and|&) (playing|eating|drinking|feeding)\\b)',
    'acting (strange*|weird*|odd*|out of character)',
    'not talking normal*',
    'not answer* (well|properly|normally)',
    "doesn't know where (he|she|they) (is|are)",
    'not with it',
  ],
  pale: [
    'pale',
    'paler',
    'pallor',
    '(grey|gray|ashen|greyish|grayish|white as a sheet|deathly white)',
    'lost (all )?(his|her|my|their)? ?colou?r',
    '(gone|going|turned|looks|look) (a )?(funny|strange|weird|odd) colou?r',
  ],
  clammy: [
    'clammy',
    'cold sweats?',
    '(sweaty|sweating|sweat) (and|,) ?(cold|clammy|pale|grey)',
    'drenched in sweat',
    'pouring with sweat',
    '(very|really|so|v) (sweaty|sweating)',
    'diaphore*',
  ],
  sweaty: ['(?<!night )sweat(ing|y|s)?', 'clammy', 'diaphore*', 'perspiring'],
  mottled: [
    'mottl*',
    // "her hands and knees are cold and a bit blotchy" (stop 47, p28r jj033).
    '(hands|knees|legs|feet|arms|skin) (are |is |look |feel |have gone |went )?cold and (a bit |slightly |quite |really |very )?(blotchy|marbled|patchy)',
    'blotchy (and )?(blue|purple|grey)',
    // Not blue-grey birthmarks ("blue-grey patches on his lower back ... there from birth"; stop 47,
    // fresh-triage-p28s jk024).
    '(?<!blue )(blue|purple|grey|dusky)(ish)? (blotches|patches|spots|skin|legs|hands|feet)(?! ~12 (since|from|at) birth)',
    'skin (is |looks |has gone |gone )?(blue|bluish|grey|purple|dusky|discolou?red)',
    '(legs|arms|hands|feet|skin) (have |has )?(gone|turned|look|looks|are|is) (a )?(mottled|bluish|blue|purple|grey)',
  ],
  blue_lips: [
    '(lips|face|tongue|mouth) ~3 (blue|bluish|grey|gray|purple|dusky)',
    '(blue|grey|gray|dusky|purple) (lips|face|tongue)',
    'blue (around|round) (the|his|her|my) (mouth|lips)',
  ],
  cold_extremities: [
    '(hands|feet|legs|fingers|toes) (are |feel |felt |look )?(icy|ice cold|freezing|very cold|cold) (even though|but|while|despite)',
    '(icy|ice cold|freezing cold) (hands|feet)',
    'cold (hands and feet|feet and hands)',
    // "her hands feel icy" (phase 25, fresh-triage-p27b ht152); not from the weather outside.
    '(hands|feet) (feel |felt |are |look |feeling )?(icy|ice cold|ice-cold)(?! (from|after|because|cos|outside|in the))',
  ],
  cyanosis: [
    // "girlfriend says my lips are a funny colour" with a peak flow a third of best (stop 50,
    // fresh-triage-p29w ko034).
    '(lips|mouth|face|tongue) (are|is|look|looks|have gone|has gone|gone|going|turned|turning) (a )?(bit )?(funny|weird|strange|odd|funny looking) colou?r',
    // "gone kind of dusky grey round her mouth" (phase 25, fresh-triage-p27b ht152).
    '(gone|went|going|turned|turning|is|looks?) (kind of |sort of |a bit |slightly |a little )?(dusky|grey|gray|blue|bluish)( grey| blue| gray)? (round|around) (the |his |her |their )?(mouth|lips)',
    "(he's|she's|he is|she is|they're|looks|look|lips are|face is) (a bit |very |really |going |turning )?(blue|grey|gray)(?! (eyes|shirt|top|dress|jumper))",
    '(lips|face|tongue|mouth|skin|fingers|fingertips|nails) (are |is |look |looks |have |has |going |gone |turned |turning |went )?(\\w+ )?(blue|bluish|purple|grey|gray|dusky)',
    '(blue|grey|gray|dusky|purple) (lips|face|tongue)',
    '(turning|turned|going|gone|went) blue',
    'blue (around|round) (the|his|her) (mouth|lips)',
    'cyano*',
    // Phase 14 (helper recall): "gone a bit bluish around the lips", "went a bit purple round
    // the lips", "a blue tinge round his lips", "lips went a blue-ish colour".
    '(gone|went|going|turned|turning|turns|goes|look|looks|looked|is|was) (a bit |slightly |a little |very |really |quite |all )?(blue|bluish|blueish|blue-ish|purple|purplish|grey|gray|dusky) (around|round|at|on) (the|his|her|its|their) (lips|mouth|face)',
    // "In the face" only blue or grey: "went purple in the face" laughing is the idiom.
    '(gone|went|going|turned|turning|turns|goes|look|looks|looked|is|was) (a bit |slightly |a little |very |really |quite |all )?(blue|bluish|blueish|blue-ish|grey|gray|dusky) in (the|his|her|its|their) (lips|mouth|face)',
    '(blue|bluish|blueish|blue-ish|purple|purplish|grey|gray|dusky) (tinge|tint|colour|color|hue) (around|round|on|to|at) (the |his |her |its |their )?(lips|mouth|face)',
    '(lips|mouth|face) ~3 (a |an )?(blue|bluish|blueish|blue-ish|purple|purplish|dusky) (colour|color|tinge|tint)',
    '(face|lips|skin) (become|became|becomes|turn|turned|go|went) (blue|purple|grey|gray)',
  ],
  fever_word: [
    // Not "hay fever", "cabin fever" (phase 7 wave 9 e).
    '(?<!(hay|cabin|spring|football|saturday night) )fever*',
    'febrile',
    'pyrexi*',
    'burning up',
    // Not the weather or a room ("it was really hot and he'd skipped lunch"; phase 25,
    // fresh-triage-p25r gj042), nor a faint's flush ("went hot and sweaty first").
    "(?<!\\b(?:it was|it's|its|it is|was|room was|hall was|weather was|weather's|day was|sun was|it got|getting) )(burning|boiling|roasting|very|really|so) hot(?! (day|weather|outside|in (there|the (room|hall|church|assembly|car|sun))|and (he'd|she'd|i'd|he had|she had|i had) (skipped|not eaten|missed)))",
    '(high|raised|a) (temp|temperature)',
    '(has|had|have|got|running|run|with) a (\\w+ )?(temp|temperature)',
    // A temperature named after another complaint: "came home with a headache and temp"
    // (phase 25, fresh-triage-p26o hg141).
    '(has|had|have|got|running|with) (a |an )?(\\w+ ){1,2}and (a )?(high |raised )?(temp|temperature)\\b(?! (of )?(3[0-6]|normal|is normal|fine|is fine|down|came down|went down|gone|settled|check|checked))',
    "(?<!\\b(?:it was|it's|its|it is|was|room was|hall was|weather was|weather's|day was|sun was|it got|getting) )(very|really|v|so|boiling) hot (to (the )?touch)?(?! (day|weather|outside|in (there|the (room|hall|church|assembly|car|sun))))",
    'feels? hot',
    '(?<!\\bwent )hot and (cold|shivery|sweaty)|went hot and (cold|shivery|sweaty)(?! (first|before|just before|then (fainted|passed out|blacked out|went down)))',
    'spiking',
    // Not a room's, a bath's or a bottle's, nor "what temperature is too hot for the nursery"
    // (phase 23).
    '(?<!(what|which|room|bath|bathwater|water|nursery|bedroom|fridge|freezer|oven|wash|washing|outside|outdoor|air|ideal|right|best|safe|cooking|milk|bottle|storage|serving) )temps? (of|is|was|has been|around|about|over|at)',
    '(?<!(what|which|room|bath|bathwater|water|nursery|bedroom|fridge|freezer|oven|wash|washing|outside|outdoor|air|ideal|right|best|safe|cooking|milk|bottle|storage|serving) )temperatures? (of|is|was|has been|around|about|over|at)',
    'feverish',
    // "she's roasting" said of a person (phase 25, fresh-triage-p27d hv023).
    "(she's|he's|she is|he is|they're|baby's|baby is|is|feels|felt) (absolutely |totally )?roasting(?! (hot )?(outside|in here|today|in the))",
    'flu ?(-| )?ish',
    'feel hot',
  ],
  high_fever_words: [
    'high (fever|temp|temperature)',
    'very high (fever|temp|temperature)',
    'raging (fever|temperature)',
    'burning up',
    '(fever|temperature|temp) (is |has been |keeps )?(very high|sky high|really high|through the roof)',
    "(fever|temperature|temp) (won't|will not|doesn't|isn't) (come|coming|go) down",
    'fever (keeps )?(coming back|returning|spiking)',
  ],
  rigors: [
    'shiver*',
    'rigou?rs',
    'chills',
    'teeth (are )?chattering',
    '(shaking|shakes) (uncontrollabl*|all over|violently|with cold)',
    "can't stop (shaking|shivering)",
    // "still 39 and shaking with it" (phase 24).
    '(shaking|shivering|shaky) with (it|the (fever|temperature|temp))',
  ],
  rigors_severe: [
    "(can't|cannot|won't) stop (shaking|shivering)",
    '(shaking|shivering) (uncontrollabl*|violently|badly|all over|so much)',
    '(uncontrollabl*|violent*|extreme*|severe*) (shaking|shivering)',
    'rigou?rs',
  ],
  very_unwell: [
    '(very|really|extremely|seriously|so|v) (unwell|ill|poorly)',
    '(feels?|feeling|felt|looks?|looking|seems?) (awful|terrible|dreadful|horrendous|like death|really rough|very rough|rough)',
    "(never|haven't ever) (been|felt) (this|so) (ill|unwell|bad)",
    'going downhill (fast|quickly)',
  ],

  breathing_fast: [
    '(breathing|breaths?|breathes) (is |are |has been |very |really |so |v |too |a bit |a little |much ){0,5}(fast*|quick*|rapid*|heav*|deep*)',
    '(fast|rapid|quick|heavy|deep|laboured|labored) (breathing|breaths)',
    'panting',
    'tachypn*',
    'over ?breath*',
    'gasping',
    'hyperventilat*',
  ],
  severe: ['{severe}'],
  sudden: [
    '{sudden}',
    '(came|come|comes|coming) on (really |very )?(suddenly|fast|quickly|all at once)',
    'like a thunderclap',
    'without (any )?warning',
    // "came on in literally a second during sex" (phase 24).
    '(came|come|comes|coming) on in (literally |just |like |about )?(a|one|1|a split|half a) (second|sec|instant|moment|split second)',
  ],
  onset_last_hour: [
    '(started|began|came on|begun|started about|since) (about |around |roughly |maybe |like )?(an|1|one|half an?|30 min\\w*|20 min\\w*|10 min\\w*|few minutes|couple of minutes|\\d+ min\\w*) (hour |hr |hours? )?ago',
    '(for|in) the (last|past) (hour|half hour|\\d+ minutes|few minutes)',
    'since (an|one|1|half an) (hour|hr)',
    'for (about |around |roughly |maybe )?(an|half an|1|one|the last) (hour|hr)',
    '(\\d+|twenty|thirty|forty|ten|fifteen) (mins|minutes) ago',
    'just (started|come on|came on)',
  ],
  worsening: [
    '(getting|got|gets|growing|becoming) (worse|bigger|more|stronger|much worse|more strong)',
    'worse and worse',
    'worsening',
    'spreading',
    '(keeps|kept) (getting|going|growing)',
    'more and more',
    // "pain is now way worse even with the strong painkillers" (stop 49, fresh-triage-p30a ks102: a fresh plaster, toes numb and pale).
    '(is|are|now|got|gone|getting) (now )?(way|much|a lot|loads|far|so much) worse',
  ],
  mild: [
    '(a little|a bit|slightly|slight|mild*|minor|small|tiny|a touch of|bit of a)',
    // "Barely hurts", "barely noticeable"; not "can barely breathe", "barely eats", "barely
    // talks": there it says how little someone can do.
    "(?<!(can|could|can't|cannot) )barely(?! (breath*|walk*|stand*|see|seeing|talk*|speak*|mov*|keep*|stay*|conscious|awake|respon*|swallow*|eat*|drink*|open*|lift*|hold*|get*|make|makes|making|wake*|sleep*|slept|pee*|wee*|cope|coping|function*|think*|notice*|feel|felt|breathing|able))",
    'nothing (else|major|much)',
  ],
  // An episode told as over (phase 22's second fresh set): "concussion at rugby 3 weeks ago,
  // symptoms all gone now", "used my rescue pack 3 weeks ago ... breathing back to my normal".
  // rules.ts reads it against an urgent flag raised only by that past episode.
  symptoms_gone: [
    '(symptoms?|everything|it all|all that) ~3 (all |completely |totally |fully )?(gone|cleared|cleared up|settled|resolved|disappeared|went away|gone away)',
    'back to (my|his|her|their) (usual|normal)( self| breathing| baseline)?',
    '(breathing|chest|cough) (is |was |went |has gone |now )?back to (my |his |her |their )?(normal|usual|baseline)',
  ],
  // A nosebleed stopped by first aid: "lasted about 10 mins, I pinched the soft bit and leaned
  // forward ... and it stopped" (phase 23's fresh set: "BLOOD EVERYWHERE - calm down it was just
  // a nosebleed" read as an emergency). rules-body.ts reads it against the amount said.
  nosebleed_stopped: [
    '(it|bleeding|the bleeding|nosebleed|the nosebleed|the bleed|nose) (has |had )?(stopped|stopped on its own|finally stopped|eased off|dried up)(?! (for a|and started|then started|but|briefly|temporarily))',
    '(lasted|went on for) (about |around |maybe |roughly )?(\\d+|a few|ten|five|fifteen) (mins|minutes)',
  ],
  // A bleed from a cut that has stopped with pressure (phase 24, fresh set p24c: "blood
  // EVERYWHERE ... its a tiny cut on the top of my head ... stopped after I held a towel on it").
  wound_bleed_stopped: [
    '(now |has |have |it.s |its |it has |finally |eventually |bleeding )(stopped|stopped bleeding)(?! (for a|and started|then started|briefly|temporarily))',
    'stopped (after|when|once|with) (i |he |she |we )?(held|pressed|put|pressing|holding|applied)',
    // "blood is stop now" (phase 25, fresh-triage-p24h fr075: non-native English).
    '(blood|bleeding|bleed) (is |has |was )?(stop|stopped)(?! (for a|and started|then started|briefly|temporarily))',
    '(at first|to start with|initially) ~6 (now|but now) (stopped|it.s stopped|its stopped)',
  ],
  bleeding_again: [
    '(started|starts|starting|start|bleeding|pouring|gushing) (up )?again',
    '(keeps|kept|keep) (starting|coming back|restarting|bleeding)',
    // Not a medicine started again ("do I just restart?", "restart her tablets"; phase 25).
    '(?<!\\b(i|we|just|to|should|can|and|then|or|you|he|she) )restart*(?! ~~3 ({drug}|tablets|pills|meds|medication|medicine|dose|doses|them|the course|treatment))',
  ],
  resolved: [
    '(ok|okay|fine|normal|good) (like|as) before',
    '(settled|stopped|went away|calmed down) straight away',
    '(coughed|brought|spat) it (up|out)',
    'went down the wrong (way|hole)',
    '(was|felt|feel|feels|feeling|seems?|is|am) (fine|ok|okay|better|normal|back to normal) (straight away|right away|immediately|now|after|since|afterwards)',
    '(settled|resolved|passed|went away|gone away|stopped) (after|with|by itself|on its own|in)',
    'back to (normal|himself|herself|myself)',
    '(recovered|recovering) (completely|fully|well)',
    '(fully|completely) recovered',
    'all (fine|ok|okay|good|well) (after|afterwards|since)',
    '(fine|ok|okay|well) afterwards',
    '(fine|ok|okay|normal|better) (a|one|\\d+|a few|two|few) (seconds?|secs?|minutes?|mins?) later',
    'no (problems|issues|symptoms|trouble) (since|after|afterwards)',
    '(fine|ok|okay|normal) ever since',
  ],
  vomiting: ['{vomit}', 'sick (all|since|every)', '(keep|keeps|kept|keeping) being sick'],
  vomit_persistent: [
    'projectile',
    "(can't|cannot|couldn't|unable to|not able to|won't) (keep|hold) (anything|any fluids|any food|fluids|water|drinks|liquids|food|it|anything at all|even water|milk|feeds|\\w+ medication|\\w+ tablets|my \\w+|his \\w+|her \\w+) down",
    "(can't|cannot) keep down",
    "(haven't|hasn't|not|hadn't) (been able to )?(kept|keep|keeping) (anything|any|water|fluids|food|drinks|it|milk) (\\w+ )?down",
    '{vomit} (all day|all night|non ?stop|constantly|every (hour|time)|for (\\d+|two|three|four|five|a few|several|24|48) (hours|days)|since (last night|yesterday|this morning))',
    '(keep|keeps|kept) (vomiting|throwing up|being sick)',
    '{vomit} (\\w+ )?(every|all) (day|night)',
    'sick (four|five|six|several|many|\\d+) times',
    'been {vomit} since',
  ],
  dehydrated_word: [
    "(very|really|severely|badly|quite|so|extremely|getting|seems?|looks?|feels?|feel|i'm|am|is|he's|she's|gets|got|become|became) (\\w+ )?dehydrated",
  ],
  dehydration_sign: [
    "(haven't|hasn't|hadn't|not|didn't|hardly|barely|no) (\\w+ )?({pee}|had a wee|had a pee|passed urine|had a wet (nappy|diaper))",
    'no (urine|wet (nappy|nappies|diapers?))',
    'no tears',
    // Not "a bit of a dry mouth" (a medicine's side effect; phase 7 wave 9 e).
    // Nor a dry mouth on waking ("cpap mask keeps leaking ... i wake up with a really dry
    // mouth"; phase 24): mouth breathing in sleep.
    '(?<!(bit of a|slightly|a little) )dry (nappy|nappies|diapers?|lips|tongue)',
    '(?<!(bit of a|slightly|a little) )(?<!(wake|wakes|waking|woke) (up )?with (a )?((really|very|bone|so) )?)dry mouth(?! (in|on|when|from|after) (the )?(morning|mornings|waking|night|cpap|mask))',
    'fewer wet (nappies|diapers)',
    '(only|just) (had )?(\\d|one|two|three|a couple of) wet',
    '([0-3]|one|two|three) wet (nappies|nappy|diapers?) (today|in|since|all day)',
    '{pee} (much |a lot )?less',
    '(very|really|super|so) dark (urine|pee|wee)',
    'dark (urine|pee|wee)',
    'sunken (eyes|fontanel*|soft spot)',
    'signs of dehydration',
    'dehydration (is|getting|has)',
    'seems? (very )?dry',
    'barely (drinking|peeing|weeing)',
    // Not "not drinking more than usual" (phase 25, fresh-triage-p25h fz136).
    'not drinking(?! (more|much more|a lot more|loads more|any more than|extra|excessively|lots)\\b)',
    "(won't|refus*) (to )?drink",
  ],
  not_eating_drinking: [
    "(can|could) (hardly|barely|not|'t) (eat|drink) (or|and|nor) (drink|eat)",
    "(not|isn't|hasn't|won't|refus\\w*|stopped|off|can't|haven't) (been )?(eating|drinking|eat|drink|her food|his food|food|feeds|feeding)",
    "(hasn't|haven't|not) eaten (properly|anything|much)",
    // "has hardly eaten since the weekend" (phase 25, fresh-triage-p27i ia045).
    "(has |have |had |she's |he's )?(hardly|barely) (eaten|touched (her|his|their) (food|meals|dinner)) (anything |a thing )?(since|for|all|in)",
    "(hasn't|haven't|not|barely|hardly|has not|have not) (eaten|drunk|drank|eating|drinking) (or|and|nor) (eaten|drunk|drank|eating|drinking)",
    '(off|gone off) (his|her|their|my) food',
    // "hasnt drunk anything since yesterday lunchtime" (phase 25, fresh-triage-p26r hj005).
    "(hasn't|hasnt|haven't|havent|has not|have not|not|hardly|barely) (drunk|drank|had) (anything|a drink|a thing|any (fluids|water|milk|drinks|juice)|much)( to drink)? (since|all day|today|for|in)",
    // "not wanting to drink", "doesn't want to eat" (phase 25, fresh-triage-p24h fr089).
    "(not|doesn't|does not|don't|isn't|won't|wont|doesnt|dont) (wanting|want|wants|wanna|fancy|fancying|interested in|bothered about) (to )?(eat|drink|eating|drinking|food|drinks|fluids|anything)",
    'refusing (food|drinks|fluids|feeds)',
    // "keeps ... pushing his food away for 2 days" (phase 25, stop 46, p27x ip009).
    '(pushing|pushes|pushed|push) (his|her|their) (food|plate|dinner|meals?|tray) away',
    // "he can swallow only little water" (phase 20).
    '(can|could) (only )?(swallow|drink|take|keep down) (only )?(a )?(very )?(little|tiny|few) (sips?|bit|amount|water|fluids?|drinks?)',
  ],
  weak_new: [
    // Not a weak stream: "up 3 times a night to wee and the flow is weak" (phase 23).
    '(?<!\\b(flow|stream|jet|pee|wee|urine|signal|wifi|coffee|tea|grip on the \\w+) )(seems?|feels?|feeling|very|really|so|become|became|gone|is|are|was|getting) (weak|frail|weaker)',
    'too weak to',
    'weak and (tired|dizzy|shaky)',
  ],
  severe_pain_any: [
    '{severe} (\\w+ ){0,2}{pain}',
    '{pain} (is |are |has been )?(so |very |really )?{severe}',
    "can't move (for|with|because of) (the )?pain",
    'doubled (over|up)',
    'writhing',
    'screaming (in|with) pain',
    'in agony',
    '(pain|hurts?) (\\w+ )?(10|ten) (out of|\\/) ?(10|ten)',
  ],
  infection_words: [
    'infect*',
    'septic',
    'sepsis',
    'cellulitis',
    'abscess*',
    'pneumonia',
    'chest infection',
    'uti',
    'utis',
    'flu(?! (jab|vaccine|shot|vaccination|meds))',
    'covid',
    'chickenpox',
    'pus',
    'oozing',
    'tonsillitis',
  ],
  sepsis_word: ['sepsis', 'septic', 'septicaemia', 'septicemia', 'blood poisoning'],
  heat_exposure: [
    'in the (sun|heat)',
    'heat ?wave',
    'heat ?stroke',
    // A child left in a parked car (stop 50, fresh-triage-p30b kt072: "left my 18 month old
    // asleep in the car ... 20 [mins] and it's 29 degrees").
    '(left|leave|forgot|forgotten|locked) ~6 in (the|a|our|my) (hot )?car ~24 (\\d\\d ?(degrees|c)|hot|boiling|sun|sunny|heat|heatwave)',
    'heat exhaustion',
    'working (outside|outdoors) (in|all)',
    '(hot|scorching|boiling) (day|weather|car|sun)',
    '(it was|it was so|so|really|absolutely) (boiling|roasting|sweltering|scorching)',
    'sunstroke',
  ],
  not_sweating: [
    "(not|stopped|isn't|no longer) sweating",
    'hot (and )?dry skin',
    'skin (is )?(hot and )?dry and hot',
  ],
  cold_exposure: [
    'hypotherm*',
    '(fell|fallen|been|was) in (the |a )?(river|lake|sea|canal|cold water|snow)',
    '(outside|out) (in the cold )?all night',
    '(very|really|freezing|ice) cold and (drowsy|confused|shivering|slurring|sleepy)',
  ],
  drowning: [
    'pulled ~3 out of the (pool|water|sea|river|lake|bath)',
    '(nearly|almost) drown*',
    // "Dry drowning", "secondary drowning": the name of a feared complication, not an event.
    // Nor a feeling told as a likeness ("sleep on 4 pillows now or I feel like I'm drowning":
    // orthopnoea, which heart_failure rules read; phase 25, stop 46, fresh-triage-p28c iu042).
    "(?<!(dry|secondary|delayed|silent) )(?<!\\b(like|as if|as though) (i'm|im|i am|i was|he's|hes|she's|shes|he is|she is|they're|you're|we're) )drown*",
    'pulled (him|her|them) out of the (pool|water|sea|river|bath)',
    'face ?down in the (pool|bath|water)',
  ],
  chronic_pattern: [
    'for (years|months|ages)',
    'comes and goes',
    'on and off',
    'always (had|get|been)',
    // "since many months same issue" (phase 25, stop 46: a sundowning question).
    'since (many|several|some|a few|\\d+) (months|years)',
    // "been like this for a year, consultant knows" (phase 25, stop 46).
    '(been )?like (this|that) for (a|one|over a|about a|\\d+) (year|years|months)',
    // "been like this a year" (stop 49, fresh-triage-p29v kn053: heavy periods).
    '(been|it has been|its been|it is) like (this|that) (for )?(a|one|over a|more than a|\\d+) (years?|yrs?)',
  ],
  // Phase 11 (helper fa: principles probed in many styles; probes-p11-fa.json).
  //
  // A person's everyday habit said as such, with the rest of them vouched for: "otherwise
  // alright", "still sharp", "in the afternoons", "every evening". Read by the net (net.ts): a
  // sleepy old person in the afternoons is no emergency the rules missed.
  otherwise_well: [
    "(she's|shes|he's|hes|she is|he is|i'm|i am|seems|is) (perfectly |completely |totally )?(fine|well|ok|okay|alright|all right) otherwise",
    "(otherwise|apart from that|other than that|besides that) (is |seems |seem |he is |she is |he's |she's |i'm |i am )?(alright|all right|fine|well|ok|okay|healthy|good|great|perfectly well|fit and well)",
    "(still|is still|she is still|he is still|she's still|he's still) (sharp|with it|on the ball|chatty|eating well|her usual self|his usual self)",
  ],
  habit_time: [
    '(in|during) the (afternoons|evenings|mornings)',
    '(every|most|some) (evening|evenings|afternoon|afternoons|night|nights|day|days)',
    'after (lunch|dinner|tea|meals|his lunch|her lunch|his dinner|her dinner)',
    'in front of the (telly|tv|television)',
    '(in|from) (his|her|their) (chair|armchair)',
  ],
  // Phase 12 (helper b17: blind set 17's misses; probes-p12-b17.json). NHS meningitis (hard to wake:
  // 999).
  //
  // Someone else who can barely be woken: "can barely wake her", "can hardly wake him up".
  barely_wakeable: ['(barely|hardly|only just|scarcely) (wake|rouse) (him|her|them|my \\w+)'],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  /** A change from someone's usual self: with dementia, new confusion still counts. */
  change_from_usual: [
    '(usually|normally) (so |very |really )?(chatty|sharp|fine|well|independent|bright|active|with it|alert|on the ball|herself|himself|chirpy)',
    '(become|became|gone|got|getting|turned) (very |much |really |a lot |suddenly )?(more )?(muddled|confused|drowsy|agitated|sleepy|vacant|disoriented)',
    '(more|worse) (confused|muddled|forgetful|agitated|drowsy) than (usual|normal|before|ever)',
    '(over|in|within) the (last|past) (few )?(hours|hour|day|two days|couple of days)',
    "(not|isn't|wasn't) (her|him|them)(self|selves)",
    // "not his normal at all" (phase 25, stop 46, p27x ip063).
    "(not|isn't|wasn't) (his|her|their) (normal|usual)( self| selves)?( at all)?(?! (time|place|doctor|gp|dose|routine|size|one))",
  ],
  /** A faint with a plain trigger (vasovagal): blood taken, a needle, the sight of blood. */
  faint_explained: [
    '(lightheaded|light headed|light-headed|dizzy|woozy|queasy|wobbly|funny) ~8 (sight of blood|blood (taken|test|tests|drawn|being taken)|injection|jab|needles?|vaccin*)',
    '(fainted|faint|passed out|pass out|blacked out) ~8 (blood (taken|test|tests|drawn|being taken|donation)|(giving|gave|donating|donated) blood|injection|jab|needles?|sight of blood|vaccin*)',
    '(when|whenever|every time) (i|he|she) (see|sees|have|has|had|get|gets) (blood|a needle|an injection|a jab|blood taken)',
  ],
};
