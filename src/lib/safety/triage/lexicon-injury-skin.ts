// Lexicon, injuries, eyes, skin, ear-nose-throat and teeth, joints and back: head injury
// (NICE NG232 CT criteria: vomiting, loss of consciousness, amnesia, anticoagulants, clear
// fluid), major trauma mechanisms, fractures and wounds (NHS: A&E if you cannot walk on it or
// the bone is visible), burns (British Burn Association referral), eye emergencies (chemical,
// sudden vision loss, acute glaucoma), spreading infection (NICE NG141 cellulitis), SJS/TEN,
// airway-threatening throat and dental infections, severe nosebleeds, cauda equina and
// spinal cord compression (NICE CKS back pain red flags), septic joint.
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const CHEMICAL =
  '(bleach|oven cleaner|chemical*|acid|alkali|cement|lime|caustic|cleaning (product|spray|fluid)|drain cleaner|ammonia|dishwasher \\w+|detergent|battery acid|hair dye|lye|disinfectant|weed ?killer|pepper spray)';

export const INJURY_SIGNS: Concepts = {
  head_injury: [
    '(hit|hitting|bump*|bang*|knock*|struck|injur*|hurt|smash*|crack*|bash*|whack*) ~4 (head|hed|forehead|skull)',
    'head ~2 (injury|injuries|trauma|wound|knock|bump|bang)',
    'concuss*',
    '(fell|fallen|fall|falls|slipped|tripped|came off|fell off) ~8 (head|hed|forehead)',
    'knock (to|on) the head',
    'bump on ({poss} )?(head|forehead)',
  ],
  head_injury_red: [
    'clear (fluid|liquid) ~4 (nose|ear|ears)',
    '(blood|bleeding|fluid) (from|out of|coming out of) ({poss} )?(ear|ears)',
    '(unequal|different size|odd|uneven) pupils',
    '(bruising|bruises) behind ({poss} )?ears?',
    "(can't|cannot|doesn't|does not|didn't) remember (what happened|the fall|anything|hitting|how)",
    'memory loss',
    '(worsening|getting worse|worse and worse) headache',
    'headache ~3 (getting worse|worse and worse|worsening)',
    '(black|panda) eyes',
    'knocked (out|unconscious)',
  ],
  major_trauma: [
    'car (crash|accident|smash|collision)',
    '(rta|rtc|road traffic)',
    '(hit|knocked (down|over)) by a (car|bus|van|lorry|truck|motorbike|bike|train)',
    '(came|come|fell|thrown) off ({poss} )?(motor)?(bike|motorbike|motorcycle|horse|scooter) ~3 (at speed|fast|high speed|on the motorway)',
    'at (high )?speed',
    'high speed',
    '(fell|fallen|fall|falling) (from|off) (a |the )?(height|ladder|roof|balcony|scaffold*|window|first floor|second floor|cliff|tree)',
    'crushed (by|under)',
    'run over',
    '(motorbike|motorcycle) (crash|accident)',
    'thrown (from|off|across)',
  ],
  penetrating: [
    'stabbed',
    'stab wound',
    '(got |been |was )?shot (in|with|at)',
    'gunshot',
    'knife wound',
    'impaled',
  ],
  neck_injury: ['neck ~3 ({pain}|injur*|hurt*)', 'whiplash'],
  bilateral_tingle: [
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
    "(looks|is|gone|now|it's|its|it is|been) (\\w+ )?(deformed|crooked|out of shape|wonky|misshapen)",
    'out of place',
  ],
  fracture_word: [
    '(broken|broke|fractured?|cracked|snapped) ({poss} )?(arm|leg|wrist|ankle|hip|bone|collarbone|rib|ribs|finger|toe|nose|foot|hand|elbow|knee|shoulder)',
    'fracture*',
  ],
  cant_weight_bear: [
    "(can't|cannot|unable to|not able to|won't) (put (any )?weight|walk|stand|bear weight|weight bear|stand up) (on|through) (it|my|his|her|the)",
    "(can't|cannot|unable to) (walk|stand) (at all|on it)",
    'non ?-?weight ?-?bearing',
  ],
  injury_swelling: [
    '(ankle|wrist|knee|foot|hand|elbow|finger|toe) ~3 (swollen|swell*|like a balloon|huge|black and blue)',
    'swollen like a balloon',
  ],
  dislocation: ['dislocat*', 'popped out', 'still out', 'out of (its|the) socket'],
  tendon_rupture: [
    '(calf|heel|achilles|tendon) ~3 (popped|snapped|pop|snap|ruptur*)',
    'felt a (pop|snap)',
    "(can't|cannot) stand on (tip ?toes?|tiptoe|my toes)",
  ],
  burn: ['burn*', 'scald*', 'boiling (water|oil|kettle)'],
  burn_severe: [
    '(white|leathery|charred|black|waxy) (and leathery )?(skin|patch|burn)',
    'skin (is |has gone |gone )?(white|leathery|charred|waxy)',
    '(size|bigger than) (of )?({poss} )?(hand|palm|forearm|arm|chest|back|leg)',
    '(chemical|electrical|acid) burn',
    'burn* ~4 (face|eyes|genitals|mouth|throat|airway)',
  ],
  blister: ['blister*'],
  electric_shock: [
    'electric* shock',
    'electrocut*',
    'mains (cable|electricity|socket|power)',
    'shock from (a|the) (socket|cable|wire|plug|fence|power line)',
    'high voltage',
    '(struck by )?lightning',
  ],
  puncture: [
    'rusty (nail|metal)',
    '(stepped|trod|stood) on a (nail|needle|pin)',
    'puncture wound',
    'tetanus',
    'needle ?stick',
    'needle (injury|prick)',
  ],
  foreign_body_skin: [
    '(glass|splinter|metal|thorn|fish hook|hook) (is )?(in|stuck in|embedded in|under) ({poss} )?(foot|hand|finger|leg|arm|skin|knee|toe)',
    'something (stuck|embedded) (in|under) ({poss} )?skin',
  ],
  animal_bite: [
    '(dog|cat|human|animal|bat|fox|horse|rat|monkey) bite',
    'bitten by (a |the |my |our )?(dog|cat|animal|bat|fox|horse|rat|person|someone|child)',
    '(dog|cat) bit (me|him|her)',
  ],
  snake_bite: ['(snake|adder|viper) (bite|bit)', 'bitten by a (snake|adder|viper)'],
  wound_deep: [
    'deep (cut|wound|gash|laceration)',
    'gaping',
    "(edges|wound) ~3 (won't|don't|do not|doesn't) (stay|close|come) together",
    '(see|seeing|can see) (fat|tendon|muscle)',
    'needs? (stitches|glue|steri-?strips)',
    'gash',
  ],
  long_lie: [
    "(fell|fallen|fall|had a fall) ~6 (can't|cannot|couldn't|unable to) get up",
    '(on|lying on) the floor (for|all) ~2 (hours|night|\\d+ hours|ages)',
    'been on the floor',
    "can't get up",
  ],
  fall: ['(fell|fallen|fall|falls|tripped|slipped|had a fall)'],
  hip_pain: [
    'hip ~3 ({pain}|hurts?)',
    '{pain} ~3 (in|of) ({poss} )?hip',
    'leg (looks )?(shorter|turned out|rotated)',
  ],
  chest_injury: [
    '(ribs?|chest) ~4 (after|from) (a |the )?(fall|falling|crash|accident|hit|kick)',
    'rib (pain|injury)',
    '(bruised|broken|cracked) ribs?',
  ],
};

export const EYE_SKIN_SIGNS: Concepts = {
  eye_chemical: [
    `${CHEMICAL} ~5 (in|into) ({poss} )?(eye|eyes)`,
    `(splash*|sprayed|squirted|got) (some )?${CHEMICAL}`,
  ],
  eye_pain_red: [
    '(eye|eyes) ~3 (red|bloodshot) ~3 ({pain}|hurt*)',
    '(painful|sore) (red )?(eye|eyes)',
    '(red|bloodshot) (and )?(painful|sore) (eye|eyes)',
    '{pain} ~3 (in|behind) ({poss} )?(eye|eyes)',
    'eye pain',
    '(eye|eyes) (is |are )?(really |very )?(painful|hurting|hurts)',
  ],
  halos: ['halos?', 'rainbow* (around|round) (lights|the lights)'],
  eye_trauma: [
    '(hit|poked|struck|punched|scratched|smacked|jabbed|caught) ~3 (in|on) (the|my|his|her) (eye|eyes)',
    '(something|metal|glass|grit|sand|dirt|wood|debris|a chip) ~4 (in|into|flew into|went into|stuck in) ({poss} )?eye',
    'scratched ({poss} )?eye',
    '(ball|squash ball|golf ball|cork|fist|elbow|firework|twig|branch) ~4 eye',
    "eye ~3 (won't|can't|doesn't|cannot) move",
    'blood (in|inside) ({poss} )?eye',
    'eye injury',
  ],
  eye_foreign_body: [
    '(something|grit|sand|eyelash|dust|dirt) (is )?in ({poss} )?eye',
    "feels? like (there's )?(something|grit|sand) in (it|my eye|his eye|her eye)",
    'keeps? (watering|streaming)',
  ],
  eyelid_swollen: [
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
    '(red|redness|swelling|swollen|infection|rash) ~3 (spreading|getting bigger|growing|moving up|tracking)',
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
  shingles: ['shingles'],
  ulcer_infected: ['ulcer ~5 (smell*|red|hot|pus|oozing|bigger|infected|spreading)'],
  sunburn: ['sunburn*', 'sun burn'],
  chickenpox: ['chicken ?pox', 'varicella'],
  pain_out_of_proportion: [
    '(pain|hurts?) ~4 (out of proportion|way worse than it looks|more than it looks)',
    'skin ~3 (turning|going|gone) (black|purple|dusky|dark)',
    'necrotis*',
  ],
  nosebleed: [
    'nose ?bleed*',
    '(bleeding|blood) (from|out of) ({poss} )?(nose|nostril|nostrils)',
    'epistaxis',
    "nose (is |keeps |won't stop )?bleeding",
  ],
  blood_down_throat: ['both (sides|nostrils)', 'down (his|her|my|the) throat'],
  sore_throat: ['sore throat', 'throat ~3 ({pain}|sore|raw)', 'tonsil*', 'strep'],
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
    'deaf in (one|my|his|her) (left |right )?ear',
    'hearing loss',
  ],
  mastoid: [
    '(behind|around) ({poss} )?ear ~3 (swollen|red|swelling|painful|sore|lump|sticking out)',
    'ear (is )?sticking out',
  ],
  tooth_pain: [
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
  ],
  back_pain: [
    'back ~2 ({pain}|agony|spasm|killing|gone|went|locked|seized)',
    '{pain} ~3 (in|across) ({poss} )?(lower |upper |middle )?back',
    'sciatica',
    'lumbago',
    'backache',
    'slipped disc',
  ],
  saddle_numb: [
    'saddle',
    'numb* ~4 (between ({poss} )?legs|around ({poss} )?(bum|anus|bottom|genitals|private parts|privates|back passage|groin))',
    "(can't|cannot) feel ~3 (wip*|toilet paper|bum|bottom|genitals)",
    'no feeling (in|around) ({poss} )?(bum|bottom|genitals|groin)',
  ],
  incontinence_new: [
    "(can't|cannot|unable to|not able to|couldn't|lost) (control|controlling|control of) ({poss} )?(bladder|bowels?|toilet|pee|wee|poo)",
    'wet (myself|himself|herself)',
    'soiled (myself|himself|herself)',
    'incontinen*',
  ],
  legs_weak_both: [
    '(both )?legs ~3 (weak|numb|heavy|giving way|gave way|jelly|not working|tingl*)',
    "(can't|cannot) (feel|move|lift) (my|his|her|both) legs",
  ],
  hot_joint: [
    '(knee|joint|hip|ankle|wrist|elbow|shoulder|toe|big toe|finger) ~4 (hot|warm)',
    '(hot|warm|red),? (and )?(swollen|red|hot) (knee|joint|hip|ankle|wrist|elbow|toe|big toe|finger)',
    'gout',
    'septic arthritis',
  ],
  joint_locked: ["(can't|cannot) (bend|straighten|move) ({poss} )?(knee|joint|hip|elbow|ankle)"],
  night_pain: ['(worse|bad|wakes (me|him|her)) (at|in the) night', 'night pain'],
};
