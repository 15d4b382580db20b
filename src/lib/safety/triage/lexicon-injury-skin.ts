// Lexicon, injuries, eyes, skin, ear-nose-throat and teeth, joints and back: head injury
// (NICE NG232 CT criteria: vomiting, loss of consciousness, amnesia, anticoagulants, clear
// fluid), major trauma mechanisms, fractures and wounds (NHS: A&E if you cannot walk on it or
// the bone is visible), burns (British Burn Association referral), eye emergencies (chemical,
// sudden vision loss, acute glaucoma), spreading infection (NICE NG141 cellulitis), SJS/TEN,
// airway-threatening throat and dental infections, severe nosebleeds, cauda equina and
// spinal cord compression (NICE CKS back pain red flags), septic joint.
// Pattern language: pattern.ts.

import { near, type Concepts } from './lexicon-types';

const CHEMICAL =
  '(bleach|oven cleaner|chemical*|acid|alkali|cement|lime|caustic|cleaning (product|spray|fluid)|drain cleaner|drain unblocker|unblocker|mr muscle|domestos|mould remover|limescale remover|descaler|paint stripper|rust remover|quicklime|mortar|plaster|washing (machine )?(pod|capsule|tablet|liquid)s?|ammonia|dishwasher \\w+|detergent|battery acid|hair dye|lye|disinfectant|weed ?killer|pepper spray)';

const EYE = '(eye|eyes|eyeball)';

/**
 * After "burn" or "burns": not a burn injury but a burning feeling or a figure ("it burns when
 * I pee", "burns when I eat", "burns after I shave", skin that "burns easily", "burn 500
 * calories"; phase 20: read as a burn to be seen today). An injury is told in the past ("burnt
 * myself", "got burned when the pan tipped"), as "a burn on" or as a scald, and those stay.
 */
export const NOT_A_BURNING_FEELING =
  '(?! out| (really |very |so |quite |super )?(when|while|whenever|if|every time|each time|after|during|as|easy|easily|quickly|fast|in the sun)\\b| to (pee|wee|urinate|swallow|eat|touch)| (and|&) (stings?|stinging|itch|itches|itching|tingles?|tingling|aches?|aching|hurts?|throbs?)\\b| (\\d+ )?(calories|kcal|fat|off|energy))';

/**
 * Not food or a pan burnt ("kms about everything, burnt toast, deadlines"; phase 25, stop 46,
 * p27z ir011): after "burnt" or "burned".
 */
export const NOT_BURNT_FOOD =
  '(?! out| (the |my |his |her |some |our )?(toast|food|dinner|tea|breakfast|lunch|pizza|chips|rice|cake|bread|sausages?|bacon|popcorn|pan|pot|saucepan|porridge|beans|biscuits|cookies|steak|roast|chicken|tray|oven chips)\\b)';

/**
 * A tick bite told as one, also read by lexicon-same-day-third.ts's tick_told, never filtered by
 * scope ("found a tick on my leg after camping": stop 50).
 */
export const TICK_TOLD: readonly string[] = [
  'tick (bite|bit)',
  'bitten by a tick',
  '(found|pulled|removed|took) (out )?(a|the) tick',
];

export const INJURY_SIGNS: Concepts = {
  head_injury: [
    // Not "tiny white bumps around the head of my penis" (phase 23).
    '(hit|hitting|bump*|bang*|knock*|struck|injur*|hurt|smash*|crack*|bash*|whack*) ~4 (head(?! of (my |his |the |your |her )?(penis|willy|dick|cock|knob|femur|humerus|bone|bed|table|stairs|pimple|spot|boil))|hed|forehead|skull)',
    'head ~2 (injury|injuries|trauma|wound|knock|bump|bang)',
    'concuss*',
    '((fell|fallen|fall|falls)(?! asleep)|slipped|tripped|came off|fell off) ~8 (head|hed|forehead)',
    'knock (to|on) the head',
    '(head|hed|forehead|skull) (hit|hits|struck|smacked|slammed|banged|bashed|cracked|smashed) ~3 (floor|ground|patio|pavement|concrete|wall|table|door|step|steps|stairs|tiles|kerb|curb|corner|cupboard|radiator|sink|bath|toilet|road|ice|tree|car|windscreen|dashboard)',
    'bump on ({poss} )?(head|forehead)',
    // "slipped on the wet decking ... and caught his head on the step" (phase 25,
    // fresh-triage-p26p hh011).
    'caught ({poss} )?(head|forehead) (on|against) (a |the |his |her |my )?(\\w+ )?(step|steps|stairs|corner|edge|table|door|floor|wall|kerb|curb|sink|bath|radiator|cupboard|fireplace|hearth|shelf)',
  ],
  head_injury_red: [
    'clear (fluid|liquid) ~4 (nose|ear|ears)',
    '(blood|bleeding|fluid) (from|out of|coming out of) ({poss} )?(ear|ears)',
    '(unequal|different size|odd|uneven) pupils',
    '(bruising|bruises) behind ({poss} )?ears?',
    "(can't|cannot|doesn't|does not|didn't) remember (what happened|the fall|anything|hitting|how)",
    // "no memory of getting home" after a fall while drunk (phase 24).
    "(no|don't have any|dont have any|can't find any) (memory|recollection) of (getting home|what happened|the fall|falling|how|last night|hitting)",
    "(can't|cannot|don't|dont|doesn't) remember (getting home|falling|last night|how (i|he|she) got)",
    'memory loss',
    '(worsening|getting worse|worse and worse) headache',
    'headache ~3 (getting worse|worse and worse|worsening)',
    '(black|panda) eyes',
    '(?<!\\bto be (?:\\w+ ){0,4})(?<!(tooth|teeth|\\))( got| was| were| been| has been| had been)? )knocked (out|unconscious)(?! ((my|his|her|a|the|their|two|one) )?((adult|front|baby|top|bottom) ){0,3}(tooth|teeth))',
  ],
  major_trauma: [
    '(car|motorbike|motorcycle|bike|scooter|moped|quad) (crash|accident|smash|collision)',
    '(crashed|crash) ~2 (bike|motorbike|motorcycle|car|scooter|moped|quad)',
    '(came off|fell off|thrown off|knocked off) ~2 (motorbike|motorcycle|moped|quad|horse)',
    '(rta|rtc|road traffic)',
    '(hit|knocked (down|over)) by a (car|bus|van|lorry|truck|motorbike|bike|train)',
    '(came|come|fell|thrown) off ({poss} )?(motor)?(bike|motorbike|motorcycle|horse|scooter) ~3 (at speed|fast|high speed|on the motorway)',
    'at (high )?speed',
    '(fell|fallen|fall|falling|thrown) down (the |a |some )?(stairs|steps|flight of stairs)',
    'high speed',
    '(fell|fallen|fall|falling) (from|off) (a |the )?(height|ladder|roof|balcony|scaffold*|window|first floor|second floor|cliff|tree)',
    'crushed (by|under)',
    // Not sessions or a meeting that run over time (phase 25, fresh-triage-p25o gg075).
    '(?<!\\b(?:sessions?|appointments?|meetings?|clinics?|classes?|lessons?|shifts?|time|lists?)(?: always| often| usually| sometimes| normally| can| tend to| keep| never)? )run over(?! (time|the time|schedule))',
    '(motorbike|motorcycle) (crash|accident)',
    'thrown (from|off|across)',
  ],
  high_energy: [
    // Not sessions or a meeting that run over time (phase 25, fresh-triage-p25o gg075).
    '(?<!\\b(?:sessions?|appointments?|meetings?|clinics?|classes?|lessons?|shifts?|time|lists?)(?: always| often| usually| sometimes| normally| can| tend to| keep| never)? )run over(?! (time|the time|schedule))',
    '(hit|knocked (down|over)|struck) by a (car|bus|van|lorry|truck|train|motorbike)',
    '(fell|fallen|fall|falling|jumped) (from|off) (a |the )?(height|roof|balcony|scaffold*|window|first floor|second floor|cliff|bridge)',
    // Phase 24 (fresh set p24c): a car that rolled over, a helmet split by the fall (NICE
    // NG232: a dangerous mechanism; an ambulance even when the person feels fine).
    '(car|van|vehicle|truck|lorry|jeep|4x4|we|it) ~3 (rolled|flipped|turned) (over|onto (its|the) (roof|side))',
    'roll ?-?over (crash|accident|collision|smash)',
    '(helmet|riding hat|hard hat|skull cap) ~4 (split|cracked|broke|broken|smashed|snapped|in (two|2|half|pieces))',
    '(fell|thrown|came|come) off ~4 (horse|pony) ~6 (gallop*|canter*|full speed|flat out)',
  ],
  penetrating: [
    // Not a needle-stick ("stabbed my hand on a used needle": phase 21; that is the needle rule's).
    'stabbed(?!( \\w+){0,5} (needle|needles|syringe|pin|thorn|splinter|fork|pencil|cocktail stick|toothpick))',
    'stab wound',
    '(got |been |was )?shot (in|with|at)',
    'gunshot',
    'knife wound',
    'impaled',
  ],
  neck_injury: [...near('neck', '({pain}|injur*|hurt*)', 3), 'whiplash'],
  bilateral_tingle: [
    ...near('(arms|hands|legs|fingers|feet)', 'tingl*', 3),
    'tingl* (in|down) (both|my|his|her) (arms|hands|legs)',
    'both (arms|hands|legs) ~3 (tingl*|numb|weak|pins)',
  ],
  open_fracture: [
    'bone ~3 (sticking|poking|coming|jutting) (out|through)',
    '(see|seeing|can see) (the )?bone',
    'through the skin',
  ],
  deformity: [
    '(bent|pointing|twisted) ~3 (weird|funny|strange|odd|wrong|awkward|unnatural) (angle|way|direction)',
    '(weird|funny|strange|odd|wrong) angle',
    // Not "its not bent funny" (phase 25, stop 46, fresh-triage-p28c iu014): the word between is
    // an intensifier, never a negation.
    "(looks|is|gone|now|it's|its|it is|been) ((really|very|so|all|quite|a bit|badly|totally|completely|slightly|kind of|kinda|a little|proper|well) )?(deformed|crooked|out of shape|wonky|misshapen|bent|twisted)",
    'out of place',
  ],
  fracture_word: [
    '(broken|broke|fractured?|cracked|snapped) ({poss} )?(arm|leg|wrist|ankle|hip|bone|collarbone|rib|ribs|finger|toe|nose|foot|hand|elbow|knee|shoulder)',
    'fracture*',
    '(heard|felt) (a |it |something )?(crack|snap)',
    '(arm|leg|wrist|ankle|hip|bone|collarbone|rib|ribs|finger|toe|nose|foot|hand|elbow|knee|shoulder) (is |was |might be |may be |could be |feels |looks )?(broken|fractured|cracked)',
  ],
  cant_weight_bear: [
    "(can't|cannot|unable to|not able to|won't) (put (any )?weight|walk|stand|bear weight|weight bear|stand up) (on|through) (it|my|his|her|the)",
    "(can't|cannot|unable to) (walk|stand) (at all|on it)",
    'non ?-?weight ?-?bearing',
  ],
  cant_stand: [
    "(can't|cannot|couldn't|unable to|not able to) (stand|walk|stand up|get up)(?! (the|it|this|that|him|her|them|being|people|straight|in a|for|in time|on time|in the mornings?|early|before|till|until)\\b)",
  ],
  injury_event: [
    '(twist*|sprain*|rolled|went over on|landed (wrong|awkwardly|badly|on)|jammed|kicked|tackle*|stubbed|stepped (off|on)|jumped|dropped ~3 on|crushed|trapped)',
    // "Got doored by a car while cycling" (phase 24).
    '(doored|knocked off (my |his |her |the |a )?(bike|bicycle|scooter|motorbike))',
  ],
  limb_pain: [
    ...near(
      '(wrist|ankle|arm|leg|elbow|shoulder|knee|foot|hand|finger|thumb|toe|collarbone|shin|hip|hips)',
      '({pain}|agony)',
      3,
    ),
    '(wrist|ankle|arm|leg|elbow|shoulder|knee|foot|hand|finger|thumb|toe|collarbone|shin) ~3 ({pain}|agony)',
  ],
  cant_move_it: [
    "(can't|cannot|unable to|not able to|couldn't) (move|use|bend|lift|straighten|grip with) (it|them)",
  ],
  injury_swelling: [
    '(ankle|wrist|knee|foot|hand|elbow|finger|toe|arm|leg|shoulder|thumb) ~4 (swollen|swell*|like a balloon|huge|black and blue)',
    'swollen like a balloon',
  ],
  dislocation: ['dislocat*', 'popped out', 'still out', 'out of (its|the) socket'],
  tendon_rupture: [
    '(calf|heel|achilles|tendon) ~3 (popped|snapped|pop|snap|ruptur*)',
    'felt a (pop|snap)',
    "(can't|cannot) stand on (tip ?toes?|tiptoe|my toes)",
  ],
  burn: [
    // Not whether skin can burn ("he says he can't burn because of his skin colour"; phase 25,
    // stop 46, p28a is050).
    `(?<!\\b(can't|cannot|can|could|couldn't|don't|doesn't|does|do|won't|never) )burns?${NOT_A_BURNING_FEELING}`,
    '(chip pan|pan|fire|flames?|hot oil|hot fat) ~10 (blistered|blisters|burnt|burned|red raw|skin (came|peeled))',
    `(burnt|burned)${NOT_BURNT_FOOD}`,
    'scald*',
    'boiling ~2 (water|oil|kettle|tea|coffee|liquid|soup|milk)',
    'hot (tea|coffee|water|oil|drink|soup|fat) ~4 (over|on|spilled|spilt|pulled)',
    '(grabbed|touched|picked up|held|caught) ~3 (oven|hot) (tray|dish|pan|door|shelf|iron|hob|plate|handle|rack)',
    '(touched|grabbed|leaned on|put {poss} hand on) (the |a )?(hot )?(hob|iron|oven door|radiator|exhaust|hot plate|hotplate)',
  ],
  burn_severe: [
    '(white|leathery|charred|black|waxy) (and leathery )?(skin|patch|burn)',
    // "some patches have gone white and dont even hurt" (phase 24: a deep burn).
    '(patches|patch|bits|areas|parts|spots) (have |has )?(gone|turned|going|are|look) (white|leathery|charred|black|waxy|grey)',
    "(dont|don't|doesn't|doesnt|does not|do not|didn't) (even )?(hurt|feel (anything|it|pain))",
    '(whole|all) of ({poss} )?(hand|arm|leg|chest|back|face|foot|forearm)',
    'skin (is |has gone |gone )?(white|leathery|charred|waxy)',
    // Bigger than a palm, or the size of a hand or more; a blister the size of the palm is not
    // (NHS burns and scalds: A&E for a burn bigger than the injured person's hand; stop 52: the
    // spent fresh sets' authors gave ten palm-sized blistering burns 'urgent', one 'emergency',
    // a deep one, kept so by its white middle).
    'bigger than ({poss} )?(hand|palm|forearm|arm|chest|back|leg)',
    'size (of )?({poss} )?(hand|forearm|arm|chest|back|leg)',
    '(big|large|huge|massive|whole) (areas?|patch(es)?|parts?|burns?|blisters?)',
    '(most|all|half) of ({poss} )?(arm|leg|chest|back|face|body|hand|tummy|belly)',
    '(chemical|electrical|acid) burn',
    'burn* ~4 (face|eyes|genitals|mouth|throat|airway)',
  ],
  blister: ['blister*'],
  burn_minor: [
    'no blisters?',
    '(just|only|a bit|slightly) red',
    'superficial',
    '(small|minor|little) burn',
    // A friction burn from a rope, a carpet or a mat (stop 50: four spent sets' routine rope and
    // carpet burns were read as same day).
    '(rope|carpet|rug|mat|friction|treadmill) burns?',
  ],
  limb_swelling_big: ['(whole|entire) (arm|leg|hand|foot) ~3 (swollen|swell*|puffy)'],
  electric_shock: [
    '(live|exposed|bare) (wire|cable)',
    '(finger|fork|knife|key|nail|hairpin|hair pin|hair clip|clip|paperclip|paper clip|pin|screwdriver|wire|scissors) ~3 (in|into) (a |the )?(plug )?socket',
    'electric* shock',
    'electrocut*',
    'mains (cable|electricity|socket|power)',
    'shock from (a|the) (socket|cable|wire|plug|fence|power line)',
    'high voltage',
    // Struck, not the word alone ("can lightning really travel through the ground?"; phase 25,
    // fresh-triage-p26p hh153).
    '(struck|hit|zapped|got) by lightning',
    'lightning (strike|struck|hit|strikes)',
    // Thrown back by the current, told without the word ("changing a light switch without
    // turning the power off ... got thrown back off the stepladder"; phase 25, stop 46, p28b
    // it015).
    '(?<=\\b(light switch|plug socket|socket|fuse ?box|wiring|rewiring|the power|live wire|mains|cable|wire)\\b[^.!?]{0,80})(thrown|flung|blown) (back|off|across|backwards)',
  ],
  puncture: [
    'rusty (nail|metal)',
    '(stepped|trod|stood) on a (nail|needle|pin)',
    'puncture wound',
    '(nail|needle|pin|spike|glass|screw|thorn|skewer|fork|metal) ~4 (through|into|went in|stuck in|in) ~4 ({poss} )?(foot|hand|finger|toe|sole|heel|palm|leg|arm|thumb)',
    'tetanus',
    'needle ?stick',
    'needle (injury|prick)',
  ],
  foreign_body_skin: [
    '(splinter|glass|metal|thorn|fish ?hook|shard) ~3 (in|into|under) ({poss} )?(foot|hand|finger|leg|arm|skin|knee|toe|thumb|palm|heel)',
    '(glass|splinter|metal|thorn|fish hook|hook) (is )?(in|stuck in|embedded in|under) ({poss} )?(foot|hand|finger|leg|arm|skin|knee|toe)',
    'something (stuck|embedded) (in|under) ({poss} )?skin',
  ],
  // A bite to the face (phase 24: "Dog bit my boys face, deep rip on his cheek").
  face_bite: [
    '((?<!\\ba (little )?)bit(?! of)|bitten|bite|bites|biting|bited|savaged|mauled) ~5 (face|cheek|cheeks|lip|lips|nose|eye|ear|forehead|chin)',
    '(face|cheek|lip|nose|ear|forehead|chin) ~5 ((?<!\\ba (little )?)bit(?! of)|bitten|bite|bites|savaged|mauled)',
  ],
  animal_bite: [
    '(dog|cat|animal|fox|horse|rat|snake) (bit|bitten|has bitten|nipped) ',
    '(dog|cat|human|animal|bat|fox|horse|rat|monkey) bite',
    'bitten by (a |the |my |our )?(dog|cat|animal|bat|fox|horse|rat|person|someone|child)',
    // "got bit by our neighbor's dog" (phase 25, fresh-triage-p27d hv157).
    '(got|been|was|get) bit (on ~4 )?by ~3 (dog|cat|puppy|kitten|fox|horse|rat|bat|ferret|monkey)',
    // The place bitten and the owner in between: "bitten on the cheek by the neighbour's dog".
    'bitten ~4 by ~3 (dog|cat|puppy|kitten|fox|horse|rat|bat|ferret|monkey)',
    '(dog|cat) bit (me|him|her)',
    '(dog|cat|animal|fox|horse|rat|snake) (of (my |the |a |our )?\\w+ )?(bite|bites|bited|biting) (me|him|her|my|his|her|our)\\b',
  ],
  // Not a pet snake that has no venom ("my corn snake bit me while i was feeding him"; phase 25,
  // fresh-triage-p26f gx027).
  snake_bite: [
    '(?<!\\b(corn|king|milk|rat|garter|hognose|pet|royal|ball|carpet|house|kenyan sand|boa)\\s)(snake|adder|viper) (bite|bit)',
    'bitten by (a|my|our|the) (?!(corn|king|milk|rat|garter|hognose|pet|royal|ball|carpet|house|boa) )(snake|adder|viper)',
  ],
  wound_deep: [
    'deep (cut|wound|gash|laceration)',
    // "deep rip on his cheek, u can see inside" (phase 24: a dog bite).
    '(deep|big|huge|nasty|massive) (rip|tear|hole|bite|gash|puncture)',
    '(can|u can|you can|i can) see (inside|into it|right in|through)',
    '(cut|wound|gash) ~5 (deep|gaping)',
    "(won't|doesn't|does not|will not) (close|stay closed|stop gaping)",
    'gaping',
    "(edges|wound) ~3 (won't|don't|do not|doesn't) (stay|close|come) together",
    '(see|seeing|can see) (fat|tendon|muscle)',
    'needs? (stitches|glue|steri-?strips)',
    'gash',
    // A cut "stopped bleeding but still open" (stop 49, fresh-triage-p21a fd062: glassed in the face, 3 cm).
    "(?<=\\b(cut|wound|gash|laceration|split)\\b[^.!?]{0,60})(still|is still|it is still|it's still|its still) (wide |gaping )?open\\b(?! (to|for|on|at))",
  ],
  long_lie: [
    "(fell|fallen|fall|had a fall) ~6 (can't|cannot|couldn't|unable to) get up",
    '(on|lying on) the floor (for|all) ~2 (hours|night|\\d+ hours|ages)',
    'been on the floor',
    '(on|lying on) the floor ~6 (all night|overnight|for hours|since (last night|yesterday))',
    'been there (all night|overnight|for hours)',
    // Not "on the floor for a few seconds" after a faint (phase 24, fresh-triage-p23b).
    '(lying|lay|laid|been|stuck|was|is) on the floor (since|for(?! (a |one |1 |a few |few |two |2 |a couple of |couple of )?(seconds?|secs?|moments?|split second|sec))|all|overnight)',
    'on the floor (since|overnight|all night)',
    // Not a teenager who "can't get up for school" (phase 25, fresh-triage-p25h fz030).
    "can't get up(?! (for|in time|on time|in the mornings?|early|before|till|until)\\b)",
  ],
  // "Fell asleep" is no fall: a numb arm after falling asleep on it is no head injury.
  fall: ['((fell|fallen|fall|falls)(?! asleep)|tripped|slipped|had a fall)'],
  hip_pain: [
    ...near('(hip|hips)', '({pain}|agony)', 3),
    'hip ~3 ({pain}|hurts?|agony)',
    '{pain} ~3 (in|of) ({poss} )?hip',
  ],
  hip_deformity: ['leg ~2 (shorter|shortened|turned out|rotated|twisted out|pointing out)'],
  back_to_normal: [
    'back (playing|to playing|running around|eating|at school)',
    '(play|plays|playing) (normal|normally|fine|happily)',
    '(cried|crying) (and |then )?(was |is |seemed |seems )?(fine|ok|okay|normal)',
    '(then|and) (was|is|seems|seemed) (fine|ok|okay|normal)',
    '(absolutely|totally|completely|perfectly) (fine|well|normal|ok)',
    '(fine|happy) and (playing|eating)',
    '(playing|eating|drinking|acting|behaving|running around) (and (eating|drinking|playing) )?(normally|as normal|fine|happily|as usual|like normal)',
    'back to (his|her|my) (usual|normal) self',
    '(completely|totally|fully|just|back to) (herself|himself|themselves|myself)',
    '(running|racing) (about|around) (as usual|normally|happily|as normal|like normal)',
    'back to normal',
    '(acting|behaving|seems|seeming) (normal|herself|himself|her usual self|his usual self)',
    'completely (fine|well|normal)',
  ],
  chest_injury: [
    '(ribs?|chest) ~4 (after|from) (a |the )?(fall|falling|crash|accident|hit|kick)',
    'rib (pain|injury)',
    '(bruised|broken|cracked) ribs?',
    // "hurt my ribs falling on the stairs" (phase 24).
    '(hurt|bruised|banged|injured|whacked|bashed|landed on) ({poss} )?ribs? ~4 (fall*|fell|crash|accident|hit|kick*|stairs|tackle*)',
  ],
  // Phase 12 (helper b17: blind set 17's misses; probes-p12-b17.json). NHS snake bites (999 or A&E),
  // cauda equina syndrome (numbness when wiping: A&E) and plaster casts (pain getting worse, fingers
  // or toes numb, pale or blue: A&E).
  //
  // A bite told with distance: "bitten on the hand by what I'm fairly sure was an adder".
  bite_far_venomous: [
    '(bitten|bit) ~12 (snake|adder|viper|cobra|rattlesnake|rattler|krait|mamba|taipan|copperhead|cottonmouth)',
  ],
  // A snake said to be harmless: a pet or named non-venomous kind.
  snake_harmless: [
    '(corn snake|grass snake|pet snake|python|king ?snake|milk snake|garter snake|not venomous|non-?venomous|harmless)',
  ],
  // Numbness noticed while wiping, told the other way round: "when I wiped ... it felt numb",
  // "when wiping its like numb", "couldn't really feel it" after wiping.
  wiping_numb: ["(wiped|wiping|wipe) ~10 (numb|(couldn't|can't|cannot|could not) (really )?feel)"],
  // Leg pain of the back: "sciatica", "pain down both legs", "shooting down my left leg to my
  // foot".
  sciatica_any: [
    'sciatica',
    '({pain}|shooting|shoots|aching|radiat*|going|goes|runs|running|travels|travelling|traveling) down (the back of )?(both|my|his|her|the|one) ((left|right|back of (my|his|her|the)) )?(legs?|thighs?|buttocks?)',
  ],
  // A plaster cast put on for a break, recently: the setting of compartment syndrome.
  cast_fresh: [
    '(cast|plaster|backslab|back slab) ~6 (today|yesterday|this (morning|afternoon|evening)|last night|(put|got|had) on)',
    '((put|got|had|have) (a |my |her |his |the )?(arm |leg |wrist |ankle )?(in )?(a )?(cast|plaster))',
    // "broke his shin ... yesterday and has a full leg cast" (phase 22's second fresh set).
    '(today|yesterday|this (morning|afternoon|evening)|last night|(a |two |three |\\d )?days? ago) ~10 (cast|plaster|backslab|back slab)',
    '(has|have|in|wearing|with) (a |an |his |her |my |the )?(full |long |short |new )?(leg |arm |wrist |ankle |below[- ]knee |above[- ]knee )?(cast|plaster cast|backslab)',
  ],
  // A cast that has become tight, or fingers or toes swollen beyond it (NHS: go back to the
  // fracture clinic or A&E the same day).
  cast_tight: [
    '(cast|plaster|backslab) ~6 (too tight|really tight|very tight|so tight|tight|tighter|digging in|cutting in)',
    '(fingers|toes) ~4 (swollen|swelling|puffy|fat|sausage*)',
  ],
  // Fingers or toes gone pale, white, blue, cold or numb, or that cannot be moved.
  digits_compromised: [
    '(fingers|toes|hand|foot) ~5 (pale|white|blue|bluish|purple|cold|numb|tingl*|grey|gray)',
    "(can't|cannot|won't|unable to|not able to) (move|wiggle|bend) (them|(my |his |her )?(fingers|toes))",
  ],
  // A cut that gapes: "it gapes open", "the edges gape apart" (NHS: a wound that gapes needs
  // closing the same day).
  wound_gapes: [
    'gapes?( open| apart)?',
    '(edges|sides) ~3 (gape|gaping|pulled apart|come apart|spread apart)',
    '(wound|stitches|stiches|cut|incision|scar|staples) ~4 (has |have )?(come|came|coming|split|splitting|burst|opened|opening|pulled) (apart|open)',
    // Phase 25 (fresh-triage-p24h fr075, "hit the leg on wheelchair, skin is open like a
    // flap"): a skin tear, often an older person's shin, needs cleaning and the flap laid back
    // the same day (a minor injuries unit).
    '(flap|flaps) of skin',
    // A split or a deep cut ("split her chin open on the coffee table, gap about 1.5cm ... you
    // can see its deep"; phase 25, fresh-triage-p25a fs013): closure the same day.
    '(split|splits|splitting|gashed|cut) ~3 (chin|head|forehead|eyebrow|lip|knee|scalp|cheek|hand|finger|shin) open',
    '(gap|gaping|opening) (is )?(of )?(about |around |roughly |like )?\\d+(\\.\\d+)?(cm|mm|cms| cm| mm| centimet\\w*| inch\\w*)',
    '(see|seen|tell) ~4 (it.s|its|it is|how) deep',
    'skin (flap|tear)(?! ~~3 (tag|tags))',
    '(skin(?! tags?)|wound|cut|graze) ~4 (like )?(a )?flap',
    'skin ~3 (torn|peeled|ripped|come|came|lifted|rolled) (back|off|open|up)',
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  amputation: [
    '(cut|chopped|sliced|severed|ripped|torn) (off|through) ~5 (finger|fingertip|toe|thumb|hand)',
    '(finger|fingertip|toe|thumb) ~3 (cut|chopped|sliced|came|ripped|hanging) off',
    // Not an operation in the past: "since his leg amputation" (phase 25, stop 46,
    // fresh-triage-p28i ja064).
    '(?<!\\b(since|after|before|from|following) (his|her|my|their|the) (\\w+ )?)(?<!\\b(had|has|have) (an |a )?(\\w+ )?)amputat*',
    'severed',
  ],
  tight_cast: ["(cast|plaster) ~4 (too tight|tight|agony|unbearable|numb|tingl*|can't move)"],
  // Phase 6: kinds of message an independent blind set missed, told by kind only and written as the
  // guidance frames them (NHS 111 / 999 lists, NICE CKS, NICE fever-in-under-5s and diarrhoea-and-
  // vomiting traffic lights).
  //
  // Mains or high-voltage electricity (NHS: A&E after any shock from the mains).
  mains_shock: [
    '(shock|shocked|zapped|zap|electrocut*|jolt) ~6 (mains|240 ?v|230 ?v|240 ?volts?|230 ?volts?|110 ?v|120 ?volts?|\\d{3,} ?volts?|high voltage|live wire|live cable|socket|power line|plug)',
    '(mains|live wire|live cable|high voltage|240 ?v|230 ?v|240 ?volts?|230 ?volts?|power line) ~6 (shock|shocked|zapped|zap|electrocut*|jolt)',
    // Something pushed into a socket, then the shock ("stuck a hairpin in the plug socket, he
    // got a shock"; phase 25, fresh-triage-p25c fu048).
    '(in|into) (a |the )?(plug |wall |electric )?socket ~8 (shock|shocked|zapped|zap|electrocut*|jolt)',
    '(touched|grabbed|hit|cut through) (a |the )?(live|mains|exposed) (wire|cable)',
    // A shock off a mains appliance ("got a shock off our old toaster"; phase 25, stop 46,
    // fresh-triage-p28b it096).
    '(got|had|took) (a |an )?(big |nasty |bad |massive )?(shock|zap|jolt) (off|from) (a|an|the|our|my|his|her|their) (old )?(toaster|kettle|socket|plug|fridge|washing machine|cooker|oven|lamp|switch|light switch|cable|wire|extension lead|heater|hairdryer|hair dryer|appliance|microwave)',
    // In a tradesman's words (phase 25, fresh-triage-p25e fw104: "took a hit off an 11kv line
    // this morning, threw me back a couple of feet ... heart fluttering"; NHS: A&E).
    '(took|taken|got|had|caught) (a |an )?(hit|belt|jolt|zap|shock|bang|blast) (off|from|of|on) (a |an |the )?(\\d+ ?kv|\\d+ ?k ?v|\\d+ ?volts?|\\d+ ?v|live|mains|power|electric|overhead|high ?-?voltage|hv|3 ?phase|three ?phase) ?(line|lines|cable|wire|supply|socket|board|panel|busbar)?',
    '(\\d+ ?kv|\\d+ ?kilovolts?|3 ?phase|three ?phase|overhead (line|lines|cable)|power lines?|substation|busbar) ~8 (shock|shocked|zapped|zap|electrocut*|jolt|hit|belt|threw|thrown|blew|blown)',
  ],
  entry_exit_burn: [
    '(burn|burns|burn mark|burn marks|mark|marks) ~6 (went in|came out|entry|exit|in and out)',
    '(entry|exit) (wound|burn|mark)s?',
  ],
  // Clear fluid from the nose or an ear after a head injury (CSF; NICE NG232).
  clear_drip: [
    'clear ~~4 (fluid|liquid|water|watery|drip*|discharge|runny|stuff) ~6 (nose|nostril|nostrils|ear|ears)',
    '(nose|nostril|ear) ~~4 (dripping|running|leaking|drips|runs|leaks) ~~3 clear',
    '(watery|clear) (fluid|liquid|water|drip) ~~4 (nose|nostril|ear)',
  ],
};

export const EYE_SKIN_SIGNS: Concepts = {
  // Something still felt in the eye ("still feels like theres sand in it", "gritty"): with an
  // injury to the eye, a scratch or a fragment (rules-body.ts; phase 25).
  eye_still_feels: [
    "(feels|feeling|feel|felt) like ~3 (sand|grit|something|an eyelash|a bit|there's|theres|there is|glass|a splinter)",
    '(something|a bit|a piece|a fragment|a splinter|grit) (is )?(still )?(stuck )?in (my|his|her|their|the) eye',
    '(eye|it) ~3 (gritty|scratchy)',
  ],
  eye_chemical: [
    ...near('(eye|eyes)', CHEMICAL, 6),
    `${CHEMICAL} ~5 (in|into) ({poss} )?(eye|eyes)`,
    // Not on the skin: "splashed bleach on my forearm" (phase 24).
    `(splash*|sprayed|squirted|got) (some )?${CHEMICAL}(?! (on|onto|over|down) ({poss} |the |a )?(\\w+ )?(arm|arms|forearm|hand|hands|leg|legs|skin|foot|feet|finger|fingers|wrist|top|clothes|jeans|trousers|floor|carpet|shirt))`,
    `${CHEMICAL} ~3 (splash*|sprayed|squirted|spat|went|got) ~4 (face|eye|eyes)`,
  ],
  eye_pain_red: [
    '(eye|eyes) ~~4 ({pain}|aching|agony)',
    // Not light that hurts the eyes: that is photophobia (a migraine's "light hurts my eyes"
    // read as a painful eye made it angle-closure glaucoma with the headache, phase 17).
    '(?<!\\b(light|lights|sunlight|sun|brightness|screens?) (is |are )?(really |so |too |very )?)({pain}|aching|agony) ~~4 (eye|eyes)',
    '(eye|eyes) ~3 (painful|sore|hurting|hurts|agony)',
    '(eye|eyes) ~3 (red|bloodshot) ~3 ({pain}|hurt*)',
    '(painful|sore) (red )?(eye|eyes)',
    '(red|bloodshot) (and )?(painful|sore) (eye|eyes)',
    '{pain} ~3 (in|behind) ({poss} )?(eye|eyes)',
    'eye pain',
    '(eye|eyes) (is |are )?(really |very )?(painful|hurting|hurts)',
  ],
  halos: ['halos?', 'rainbow* (around|round) (lights|the lights)'],
  // A contact lens wearer's eye that is red, sore or sensitive to light (NHS "contact lens
  // problems": an infection of the cornea needs the eye seen today). Phase 20's fresh set.
  contact_lens_eye: [
    '(contact lens\\w*|contacts|lenses|lense) ~12 (red|sore|pain\\w*|hurts?|hurting|light hurts|blurr\\w*|sensitive to light|scratch\\w*)',
    '(red|sore|pain\\w*|hurts?|hurting|light hurts|blurr\\w*|scratch\\w*) ~12 (contact lens\\w*|contacts|lenses|lense)',
  ],
  // Pressure on the neck by another person (non-fatal strangulation: the Institute for
  // Addressing Strangulation and the NHS advise a medical check even without symptoms;
  // phase 21's fresh set, "bf grabbed my throat ... 2 days ago ... bruises on my neck", read
  // routine).
  neck_pressure: [
    'strangl\\w*',
    '(choked|choking|throttled|throttling) (me|her|him|them)',
    '(grabbed|squeezed|gripped|held|had|put|pinned) ~3 (my|her|his|their|by the) (throat|neck)',
    'hands? (round|around|on) (my|her|his|their) (throat|neck)',
  ],
  // Hit, pushed, kicked or punched by someone.
  assaulted: [
    '(he|she|they|boyfriend|girlfriend|husband|wife|partner|bf|gf|ex|dad|mum|someone|somebody) ~4 (pushed|shoved|hit|punched|kicked|slapped|beat|beaten|threw|thrown|knocked) (me|her|him)',
  ],
  // A child telling of sexual abuse ("my 9yo told me his uncle touched him": phase 21).
  child_abuse_told: [
    '(touched|touching|molested|interfered with|abused|made (him|her) touch) (him|her|them|my (son|daughter|child|kid|boy|girl)) ~6 (private|privates|down there|when|at|in|over)',
    '(uncle|aunt|cousin|stepdad|step-dad|stepfather|babysitter|teacher|coach|neighbour|neighbor|grandad|grandpa|boyfriend|man|woman|guy|stranger|someone|somebody|older boy|older girl|older kid) ~3 (touched|molested|abused|interfered with) (him|her|them)',
    // Told as a game that hurts ("a cousin 'plays doctors' with her and it hurts"; phase 25,
    // fresh-triage-p25d fv071).
    '(plays|playing|played|play) ~2 (doctors|doctor|mummies and daddies|a secret game|secret games|special games?) ~8 (hurts|hurt|sore|private|privates|down there|touch*|secret)',
  ],
  // Phase 25 (fresh-triage-p25d fv080, fv120, fv149): the penis broken during sex (a crack, soft at
  // once, swollen, purple or bent), and a ring or band stuck round it going dark or numb.
  penile_fracture: [
    '(crack|cracking|snap|snapping|pop|popping) (noise|sound)? ~10 (went soft|gone soft|soft straight away|lost (my|his|the) erection)',
    '(went soft|gone soft|soft straight away) ~12 (bent|purple|black|swollen|bruised)',
    '(penis|cock|dick|willy|knob|shaft) ~6 (snapped|cracked|broke|broken|bent to one side|bent sideways)',
  ],
  ring_stuck: [
    "(can't|cannot|cant|can not|unable to|won't|wont) (get|take|pull|slide) (it|the ring|the band|it back) (off|out)",
    "(won't|wont|will not) come off",
    'stuck (on|fast|tight)',
  ],
  genital_constriction: [
    '(ring|band|nut|washer|bolt|bottle|elastic|hair tie|bobble|cock ring|c\\*ck ring) ~6 (round|around|on|over) (my |his |the )?(penis|cock|c\\*ck|dick|willy|knob|shaft|balls|todger|privates)',
    '(penis|cock|c\\*ck|dick|willy|knob|shaft|balls|todger) ~6 (stuck in|stuck through|trapped in)',
  ],
  eye_trauma: [
    '(hit|poked|struck|punched|scratched|smacked|jabbed|caught) ~3 (in|on) (the|my|his|her) (eye|eyes)',
    '(something|metal|glass|grit|sand|dirt|wood|debris|a chip) ~4 (in|into|flew into|went into|stuck in) ({poss} )?eye',
    'scratched ({poss} )?eye',
    '(ball|squash ball|golf ball|cork|fist|elbow|firework|twig|branch) ~4 eye',
    '(eye|eyes) ~3 (hit|poked|struck|injured|punched|scratched|cut) (by|with)',
    "eye ~3 (won't|can't|doesn't|cannot) move",
    'blood (in|inside) ({poss} )?eye',
    'eye injury',
  ],
  eye_penetrating: [
    '(eye|eyeball) ~4 (cut|pierced|punctured|stabbed)',
    '(fluid|jelly|liquid) (coming |leaking )?(out of|from) ({poss} )?eye',
    'eye ~6 (fluid|jelly|liquid) (coming|leaking)',
    '(glass|metal|knife|pencil|stick|scissors|wire) ~3 (in|into|stuck in) ({poss} )?eye(ball)?',
  ],
  eye_foreign_body: [
    '(something|grit|sand|eyelash|dust|dirt) (is )?in ({poss} )?eye',
    "feels? like (there's )?(something|grit|sand) in (it|my eye|his eye|her eye)",
    'keeps? (watering|streaming)',
  ],
  eyelid_swollen: [
    ...near('(eyelid|eye lid|eye|eyes)', '(swollen|swell*|puffy)', 3),
    '(eyelid|eye lid|eye) ~3 (swollen|swell*|puffy)',
    'swelling (around|of) ({poss} )?eye',
    'swollen shut',
  ],
  eye_discharge: [
    'sticky (eye|eyes)',
    '(eye|eyes) ~3 (discharge|pus|gunk|goo|crust*|sticky)',
    'conjunctivitis',
  ],
  floaters_flashes: [
    '(new|sudden|lots of|shower of|loads of) (\\w+ )?(floaters|flashes)',
    'floaters ~3 (and|with) flash*',
    'flashes ~3 (and|with) floaters',
  ],
  spreading_redness: [
    // Not a size: "swollen up to about the size of a 50p" (phase 23).
    '(red|redness|swelling|swollen|infection|rash) ~5 (spread*|getting bigger|growing|moving up|tracking|up to(?! (about |around |roughly |nearly |almost )?(the size|a size|size)))',
    '(red|redness|swelling|infection) ~4 (creeping|crept|travelling|going) (up|along|over|across)',
    '(spreading|expanding) (red|redness|rash|swelling)',
    '(red|dark) (line|streak|lines|streaks) ~4 (up|towards|along)',
    'tracking up',
    'cellulitis',
  ],
  red_hot_swollen: [
    '(red|hot|warm|swollen|inflamed|painful|throbbing)(,|,? and) (red|hot|warm|swollen|inflamed)',
    '(red|hot|warm|inflamed) swollen',
    'hot (and )?(red|swollen)',
  ],
  abscess: [
    'abscess*',
    'boils?',
    'carbuncle',
    'pus',
    'whitlow',
    'paronychia',
    '(infected|angry) (spot|cyst|lump|ingrown)',
    'pus-filled',
  ],
  skin_peeling: [
    'skin ~3 (peeling|coming off|sloughing|falling off|blistering) ~3 (sheets|off|all over|everywhere)',
    'peeling (off )?in sheets',
    'skin (is )?peeling off',
  ],
  skin_blistering: [
    'skin ~2 (blistering|peeling|coming off)',
    'blistering (rash|skin)',
    '(rash|skin) ~3 (blister*|peel*)',
  ],
  mucosal_sores: [
    '(sores|ulcers|blisters) (in|on|around|inside) ({poss} )?(mouth|eyes|lips|genitals)',
  ],
  // Not "the flu jab and the shingles one" (phase 23: a vaccine question in a pasted letter).
  shingles: ['shingles(?! (one|ones|jab|jabs|vaccine|vaccines|vaccination|shot|injection))'],
  // Blisters drying up: shingles past its first days (phase 24: "day 6, blisters crusting";
  // NHS: antivirals help within 3 days of the rash).
  blisters_crusting: [
    '(blisters?|spots|rash|sores?) ~3 (crusting|crusted|scabbing|scabbed|drying|dried|scabbing over|crusting over)',
    '(crusted|scabbed) (over|up)',
  ],
  ulcer_infected: ['ulcer ~5 (smell*|red|hot|pus|oozing|bigger|infected|spreading)'],
  sunburn: ['sunburn*', 'sun burn'],
  chickenpox: ['chicken ?pox', 'varicella'],
  pain_out_of_proportion: [
    '(pain|hurts?) ~4 (out of proportion|way worse than it looks|more than it looks)',
    // "now it's agony way worse than it looks" (stop 47, p28r jj122: Fournier's gangrene).
    '(agony|agonising|agonizing) ~3 worse than it looks',
    'skin ~3 (turning|going|gone) (black|purple|dusky|dark)',
    // "a patch has gone dark and smells awful" (phase 24: Fournier's gangrene).
    '(patch|area|bit|spot) ~3 (has )?(turning|turned|going|gone) (black|purple|dusky|dark|grey)',
    'necrotis*',
  ],
  nosebleed: [
    ...near('nose', 'bleed*', 3),
    'nose ?bleed*',
    '(bleeding|blood) (from|out of) ({poss} )?(nose|nostril|nostrils)',
    'epistaxis',
    "nose (is |keeps |won't stop )?bleeding",
    // Phase 14 (helper recall): "my nose has been pouring with blood", "blood streaming from
    // his nose".
    'nose ~3 (pouring|streaming|gushing|pumping|running|dripping|flowing|pissing|spurting) (with )?blood',
    '(blood|bleed*) ~3 (pouring|streaming|gushing|running|dripping|pumping|flowing|coming) (out of|from|down) ({poss} )?(nose|nostril|nostrils)',
  ],
  blood_down_throat: [
    'both (sides|nostrils)',
    'down (his|her|my|the) throat',
    'down the back of (his|her|my|the|their) throat',
  ],
  sore_throat: [
    ...near('throat', '({pain}|raw|scratchy)', 2),
    'sore throat',
    'throat (is )?(really |so |very |rly )?(bad|killing me|agony|on fire)',
    'throat ~3 ({pain}|sore|raw)',
    'tonsil*',
    'strep',
  ],
  trismus: [
    "(can't|cannot|can hardly|can barely|hard to|difficult to) open ({poss} )?mouth",
    'jaw (is )?(locked|stuck)',
    'lockjaw',
  ],
  throat_one_side: [
    'quinsy',
    'hot potato',
    'one side of ({poss} )?throat',
    'sore throat on one side',
    'throat ~3 one side',
  ],
  hearing_loss: [
    "{sudden} ~3 (deaf|hearing loss|lost (my |the )?hearing|can't hear)",
    '(lost|loss of|losing) (the )?hearing (in|on) ({poss} )?(left |right |one )?(ear|side)',
    "(can't|cannot) hear (out of|in|from|with) ({poss} )?(left |right |one )?ear",
    // "my right ear sounds muffled, can't hear much out of it" (phase 20).
    "(can't|cannot) (hear|here) (much |anything |a thing |properly )?(out of|in|from|with) (it|that ear|that side)",
    'deaf in (one|my|his|her) (left |right )?ear',
    'hearing loss',
  ],
  mastoid: [
    'ear ~6 swelling behind',
    'swelling behind ({poss} )?ears?',
    '(behind|around) ({poss} )?ear ~3 (swollen|red|swelling|painful|sore|lump|sticking out)',
    'ear (is )?sticking out',
  ],
  nose_ear_object: [
    '(put|pushed|stuck|shoved|got|has|poked) (a |an |some |the |his |her )?\\w+ (up|in|into) ({poss} )?(nose|nostril|ear)',
    '(bead|peanut|pea|button|toy|stone|crayon|rubber|lego|something|object|small \\w+|battery|sweetcorn|insect|bug) ~3 (up|in|into|stuck in|stuck up) ({poss} )?(nose|nostril|nostrils|ear|ears)',
    // A cotton bud's tip left in the ear (stop 49, fresh-triage-p30a ks085: "the cotton end came off the cotton bud in my ear, i can feel it deep in there").
    '(cotton (end|tip|wool|bit|head)|tip of (the|a) cotton bud|end of (the|a) cotton bud) ~6 (came off|stuck|left|still) ~4 (in |inside |down )?({poss} )?(ear|ears)',
  ],
  tooth_pain: [
    ...near('(tooth|teeth|molar|gum|gums)', '({pain}|broken|cracked|abscess|throbbing)', 3),
    '(tooth|teeth|molar|wisdom tooth|gum|gums|filling|crown) ~3 ({pain}|broken|broke|cracked|abscess|throbbing|infected)',
    'tooth ?ache',
    'dental (pain|abscess)',
    '{pain} ~3 (in|from) ({poss} )?(tooth|teeth|gum)',
  ],
  tooth_extraction: ['(tooth|teeth) ~4 (pulled|out|extracted|removed)', 'extraction', 'socket'],
  tonsillectomy: ['tonsils (out|removed|taken out)', 'tonsillectomy'],
  neck_swelling: [
    'swelling ~4 (spreading|going|moving) ~3 (eye|neck|throat|jaw)',
    '(swollen|swelling) (under|below) ({poss} )?(jaw|tongue|chin)',
    'neck ~3 (swollen|swelling)',
    'swelling (in|of|on) ({poss} )?neck',
    ...near('neck', '(lump|lumps|swelling|swollen)', 3),
  ],
  back_pain: [
    ...near('(my|his|her|lower|upper|the|middle|bad) back', '({pain}|agony|spasm)', 3),
    'back ~2 ({pain}|agony|spasm|killing|gone|went|locked|seized)',
    '{pain} ~3 (in|across) ({poss} )?(lower |upper |middle )?back',
    // "a new pain in the middle of my back" (phase 25, fresh-triage-p26r hj137).
    '{pain} ~3 (in|across) (the )?(middle|lower part|upper part|small|top|bottom) of ({poss} )?back',
    'sciatica',
    'lumbago',
    'backache',
    'slipped disc',
    'between ({poss} )?shoulder ?blades',
  ],
  saddle_numb: [
    ...near(
      "({numb}|no feeling|(can't|don't|cannot|can not) (really )?feel)",
      '(bum|bottom|buttocks?|privates|genitals|groin|inner thighs?|back passage|anus|between (my|his|her) legs|toilet paper|when i wipe|wiping)',
      5,
    ),
    'numb (bum|bottom|backside|genitals|privates|groin)',
    // Not a cat's saddle thrombus nor a cyclist's saddle sore (phase 25, fresh-triage-p25k).
    'saddle(?! (thrombus|embolus|emboli|pe|sores?|bags?|pads?|seat|up|height|rash)\\b)',
    '{numb} ~4 (between ({poss} )?legs|around ({poss} )?(bum|anus|bottom|genitals|private parts|privates|back passage|groin))',
    "(can't|cannot) feel ~3 (wip*|toilet paper|bum|bottom|genitals)",
    'no feeling (in|around) ({poss} )?(bum|bottom|genitals|groin)',
  ],
  incontinence_new: [
    '(peeing|weeing|wetting|pooing|soiling) (myself|himself|herself)',
    '(pee|wee|urine|poo) (is )?(leaking|dribbling out|coming out)',
    'leaking (pee|wee|urine)',
    "(can't|cannot|unable to|not able to|couldn't|lost) (control|controlling|control of) ({poss} )?(bladder|bowels?|toilet|pee|wee|poo)",
    'wet (myself|himself|herself)',
    "(can't|cannot|can not|don't|doesn't|couldn't|not able to) (feel|tell|know) (when|if) (i|he|she) (need|needs|want|wants|have|has) (a |to )?({pee}|poo|the toilet|go)",
    '(no|lost|lost the|losing) (feeling|sensation) (of|when) (needing|needing to|i need)',
    'soiled (myself|himself|herself)',
    'incontinen*',
  ],
  legs_weak_both: [
    '(both )?legs ~3 (weak|numb|heavy|giving way|gave way|jelly|not working|tingl*)',
    "(can't|cannot) (feel|move|lift) (my|his|her|both) legs",
  ],
  hot_joint: [
    // Not the person feeling hot: "a red line going up towards my knee and i feel hot" (phase
    // 22's second fresh set: read as a hot joint with fever).
    "(knee|joint|hip|ankle|wrist|elbow|shoulder|toe|big toe|finger) ~4 (?<!\\b(i|he|she|we|they|you) (feel|feels|felt|am|was|were|is) (so |really |very |a bit |quite |all )?)(?<!\\b(i'm|he's|she's) (so |really |very |a bit |quite |all )?)(hot|warm)",
    '(hot|warm|red),? (and )?(swollen|red|hot) (knee|joint|hip|ankle|wrist|elbow|toe|big toe|finger)',
    'gout',
    'septic arthritis',
  ],
  joint_locked: [
    '(knee|joint) ~4 (locked|locking|locks)',
    "(can't|cannot) (bend|straighten) (it|my \\w+)",
    "(can't|cannot) (bend|straighten|move) ({poss} )?(knee|joint|hip|elbow|ankle)",
  ],
  night_pain: ['(worse|bad|wakes (me|him|her)) (at|in the) night', 'night pain'],
  // Phase 10 second round (helper fa2: blind set 12's misses; probes-p10-fa2.json). NHS sunburn
  // (blistering with feeling unwell: 111).
  //
  // Burnt by the sun.
  sunburn_said: [
    '(sunburn*|sun ?burn*|sunburnt|sun ?-?burnt|burnt in the sun|burned in the sun|burnt to a crisp|asleep in the sun|sunbathing|sunbed)',
  ],
  // Phase 10 third round (helper fa3: blind set 13's emergency misses; probes-p10-fa3.json). NHS eye
  // injuries (something hitting the eye at high speed, with blurred sight: A&E).
  //
  // Something thrown into an eye by a tool or a strimmer, in words eye_projectile lacks: a
  // stone, grit or wood, or "flew into my eye really fast".
  eye_hit_fast: [
    '(stone|grit|pebble|wood|glass|concrete|brick|tile|wire|something|it) ~3 (flew|shot|pinged|flicked|bounced|went|came) ~2 (in |into |at )?({poss} )?eye',
  ],
  // A dark speck or spot seen on the eye after an injury (a fragment, or the iris showing
  // through a wound).
  eye_dark_spot: [
    '(dark|black|brown) (speck|spot|dot|blob|fleck|mark) ~6 (eye|clear bit|clear part|coloured bit|coloured part|colored part|cornea|pupil|on it)',
  ],
  // A sore, cut or blister placed on a foot in more words than foot_wound reaches ("a sore on
  // the bottom of my big toe"), read with signs of infection.
  foot_sore_placed: [
    '(ulcer|sore|wound|cut|blister|graze) (on|under|underneath|between) (the |my |his |her |their )?(bottom|underside|side|sole|tip|top|ball|back|base|edge) of (the |my |his |her |their )?(right |left |big |little |small |second ){0,2}(foot|feet|toe|toes|heel)',
  ],
  foot_infection_signs: [
    '(yellow|green|white|smelly) (stuff|gunk|goo|gunge|pus|discharge|fluid)',
    '(smells?|smelly|stinks?|oozing|weeping|pus)',
    '(gone|going|turned|turning|is|looks) (red|angry|hot)',
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  eye_movement_pain: [
    '(hurts|painful|pain|sore) (to |when (i |he |she )?)?(move|moving|look|looking) ({poss} )?eyes?',
    'eye ~3 (hurts|painful|sore) ~3 (move|moving|look*)',
  ],
  vision_distortion: [
    '(wavy|distorted|bent|wobbly|crooked|warped) (lines|vision|straight lines)',
    'straight lines (look|looking|are) (wavy|bent|crooked)',
    '(blank|dark|blind|black) (spot|patch) (in|on) ({poss} )?(vision|sight)',
    'missing (patch|bit|part) (of|in) ({poss} )?(vision|sight)',
  ],
  eye_liquid: [
    '(wrong|some|a|the) (liquid|chemical|spray|cleaner|product|solution|remover|perfume|hairspray|deodorant|glue|superglue) ~3 (in|into) ({poss} )?(eye|eyes)',
    '(nail (varnish )?remover|acetone|hairspray|perfume|deodorant|superglue|glue|solvent) ~5 (in|into) ({poss} )?(eye|eyes)',
    "(eye|eyes) ~6 (burning|burns|stinging|stings) ~5 (can't|cannot|couldn't) open",
  ],
  skin_chemical: [
    '(bleach|oven cleaner|chemical*|acid|alkali|cement|lime|caustic|drain cleaner|ammonia|paint stripper) ~6 (on|over|onto) ({poss} )?(arm|hand|skin|leg|face|body|hands|arms|legs|forearm|forearms|wrist|wrists|finger|fingers|foot|feet|neck|chest)',
    'chemical burn',
  ],
  tick_bite: [
    ...TICK_TOLD,
    "(bullseye|bull's eye|bulls eye|target|ring) (shaped )?(rash|mark|redness)",
    '(rash|redness) ~3 (ring|bullseye|circle)',
  ],
  foot_dark: [...near('(foot|toe|toes|heel|feet)', '(black|dusky|purple|gangren*)', 4)],
  pressure_sore: ['pressure (sore|ulcer|area)', 'bed ?sores?'],
  ear_pain: [...near('(ear|ears)', '({pain}|agony)', 3), 'ear ?ache'],
  ear_discharge: [
    '(ear|ears) ~3 (discharge|pus|leaking|gunk|oozing|weeping)',
    'discharge (from|out of) ({poss} )?ear',
  ],
  tooth_knocked_out: [
    '(knocked|knock|lost) (out )?((my|his|her|a|the|their|an) )?((adult|front|baby|top|bottom|permanent) ){0,3}(tooth|teeth)',
    // Not "needs to come out" (a planned extraction; phase 7 wave 9 e).
    '(tooth|teeth) ~3 (knocked out|fell out|came out|(?<!to )come out)',
    // "one of his adult front teeth came clean out" (phase 25, fresh-triage-p27l id002).
    '(tooth|teeth) ~3 (came|fell|popped|got knocked|was knocked) (clean|right|completely|straight) out',
    // "his front tooth knocked clean out" (stop 53, fresh-triage-p31g).
    '(tooth|teeth) ~3 knocked (clean|right|completely|straight) out',
  ],
  tooth_broken: [
    ...near(
      '(tooth|teeth|filling|crown)',
      '(broke|broken|cracked|snapped|chipped|fell out|fallen out)',
      3,
    ),
  ],
  // Phase 6: kinds of message an independent blind set missed, told by kind only and written as the
  // guidance frames them (NHS 111 / 999 lists, NICE CKS, NICE fever-in-under-5s and diarrhoea-and-
  // vomiting traffic lights).
  //
  // Grinding, drilling or hammering: a fragment can enter the eye at speed (NHS: A&E).
  eye_tool_work: [
    '(grind*|angle grinder|drilling|drilled|hammering|hammered|chisel*|welding|strimm*|lathe|cutting metal|sanding metal)',
  ],
  eye_bleeding: [
    `${EYE} ~~3 (is |are |was |keeps )?(bleed*|bloody|full of blood)`,
    `(blood|bleeding) ~~3 (from|in|out of|coming out of|around) ({poss} )?${EYE}`,
    '(blood|bleeding|bleed) (in|on) the (white|whites)',
  ],
  // Phase 14 (recall2): something still felt in the eye ("feels like grit I can't get out",
  // "like there is sand in it"), after grinding, drilling or hammering metal (rules-body.ts):
  // a metal fragment in the eye (NHS: A&E or an eye casualty today).
  eye_foreign_feel: [
    `(feels?|feeling|like) ~4 (grit|gritty|sand|sandy|something|a bit|an eyelash|a speck) ~4 (in|stuck in) (it|there|({poss} )?${EYE})`,
    `(something|a bit|a speck|grit|metal|a piece) ~3 (still )?(in|stuck in) ({poss} )?${EYE}`,
    // "got a bit of metal in my right eye ... tried to wash it out no luck" (phase 24).
    `(bit|piece|speck|fleck|sliver|shard) of (metal|glass|wood|stone|grit|rust) ~4 (in|into) ({poss} )?((left|right) )?${EYE}`,
    // "Can't get it out" tied to the eye, not "a splinter in my finger, can't get it out"
    // after drilling (review14b batch 2).
    `${EYE} ~8 (can't|cannot|couldn't|can not) get (it|them|that|the \\w+) out`,
    "(grit|gritty|sand|sandy) (\\w+ ){0,2}(i|he|she|we) (can't|cannot|couldn't|can not) get out",
    `(flew|went|shot|pinged|flying|got) ~3 (in|into) ({poss} )?${EYE}`,
  ],
  // Rinsed out and fine now, said in one sentence with nothing still there: ends the grit
  // reading (rules-body.ts) only, not any other eye reading.
  eye_rinsed_fine: [
    // "washed it with bottled water, fine now just a bit pink" (phase 24).
    '(rinsed|washed|flushed|bathed) ~8 (fine|ok|okay|normal|better) now(?![^.!?\\n]{0,80}\\b(still|but|except|although|though|sore|blurr\\w*|painful|scratch\\w*)\\b)',
    '(rinsed|washed|flushed|bathed|blinked) ~~8 (completely |totally |all )?(fine|ok|okay|normal|better|gone)(?![^.!?\\n]{0,80}\\b(still|but|except|although|though)\\b)',
  ],
  eye_projectile: [
    `(something|bit|piece|chip|fragment|metal|shard|splinter|debris|spark|nail) ~4 (hit|flew|shot|went|flying|struck|pinged|bounced) ~2 (in |into |at |off )?({poss} )?${EYE}`,
  ],
};
