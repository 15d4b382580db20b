// Lexicon, conditions the first tables lacked, from the NHS "call 999" / "go to A&E" / 111
// lists and NICE CKS: alcohol withdrawal (delirium tremens), smoke inhalation, kidney failure
// (no urine, missed dialysis), a blocked catheter, an infected eye socket, distorted vision,
// chemical burns, tick bites, a diabetic foot, pressure sores, ear infections in diabetes, a
// knocked-out tooth, genital blisters, emergency contraception, a Bartholin's abscess,
// amputation, a tight cast, drug toxicity from pills bought online, sickle cell, Guillain-Barre
// (numbness creeping up both legs), and goodbye cues. Pattern language: pattern.ts.

import { near, type Concepts } from './lexicon-types';

export const MORE_SIGNS: Concepts = {
  /** A change from someone's usual self: with dementia, new confusion still counts. */
  change_from_usual: [
    '(usually|normally) (so |very |really )?(chatty|sharp|fine|well|independent|bright|active|with it|alert|on the ball|herself|himself|chirpy)',
    '(become|became|gone|got|getting|turned) (very |much |really |a lot |suddenly )?(more )?(muddled|confused|drowsy|agitated|sleepy|vacant|disoriented)',
    '(more|worse) (confused|muddled|forgetful|agitated|drowsy) than (usual|normal|before|ever)',
    '(over|in|within) the (last|past) (few )?(hours|hour|day|two days|couple of days)',
    "(not|isn't|wasn't) (her|him|them)(self|selves)",
  ],
  /** A faint with a plain trigger (vasovagal): blood taken, a needle, the sight of blood. */
  faint_explained: [
    '(lightheaded|light headed|light-headed|dizzy|woozy|queasy|wobbly|funny) ~8 (sight of blood|blood (taken|test|tests|drawn|being taken)|injection|jab|needles?|vaccin*)',
    '(fainted|faint|passed out|pass out|blacked out) ~8 (blood (taken|test|tests|drawn|being taken|donation)|(giving|gave|donating|donated) blood|injection|jab|needles?|sight of blood|vaccin*)',
    '(when|whenever|every time) (i|he|she) (see|sees|have|has|had|get|gets) (blood|a needle|an injection|a jab|blood taken)',
  ],
  /** Breathing that stops for seconds in sleep with snoring: sleep apnoea, not an arrest. */
  sleep_apnoea: [
    '(stops|stopped|stop|pauses) breathing ~6 (at night|in (his|her|my|their) sleep|when (he|she|i) (sleeps|is asleep)|while (asleep|sleeping)|for a few seconds)',
    'snor* ~8 (stops|stop|stopped|pauses) breathing',
  ],
  /** Chest pain that pressing brings on, or that follows coughing: the chest wall. */
  chest_wall: [
    '(when|if) (i|he|she|you) (press|push|touch|prod|poke) (on )?(it|there|the spot|the area|{poss} (ribs?|chest|breastbone|sternum))',
    '(when|if) (i|he|she|you) (press|push|touch|prod|poke) (on )?(1|one|a|that|this) (spot|point|place|bit|area)',
    '(pulled|strained|tweaked) (something|sumthin|summat|a muscle|muscle) ~~4 (lifting|liftin|carrying|moving|at the gym|training)',
    '(tender|sore|hurts?|painful) (to|when|if) (the )?(touch|touched|pressed|press|i press)',
    '(after|from) (all )?(the |this |that |lots of |a lot of |so much )?(coughing|cough)',
    '(sore|aching|achy|stiff|tight|pulled) ~3 (after|from) ~3 (bench|bench press|bench pressing|press ?ups|push ?ups|pull ?ups|the gym|gym|a workout|workout|weights|lifting|training|chest day)',
    'chest muscles? ~3 (sore|aching|achy|stiff|pulled|strained|tight)',
    '(press|pressing|push|pushing|prod|prodding|poke|poking) on (the |my |his |her )?(ribs?|rib cage|ribcage|breastbone|sternum)',
  ],
  alcohol_withdrawal: [
    '(stopped|quit|stopping|cut down|gave up|coming off|came off) ~3 (drinking|the booze|alcohol|the drink)',
    '(alcohol|drink) withdrawal',
    'delirium tremens',
    'the dts',
  ],
  smoke_inhalation: [
    'smoke inhalation',
    '(breathed|inhaled|breathing|breathe) in ~3 smoke',
    '(breathed|inhaled|breathing|swallowed) ~3 (smoke|fumes from the fire)',
    '(house|flat|home|kitchen|room|building|car) (caught|was|is|went up|on) (on )?fire ~10 (hoarse|cough*|breath*|smoke|voice)',
    // Not a throat or a chest that is "on fire" (a figure of speech).
    '(?<!(on|of) )fire ~8 (cough*|hoarse|voice|soot|black (spit|phlegm|mucus))',
    '(soot|black) (spit|phlegm|sputum|mucus|snot)',
    'soot (around|in) ({poss} )?(nose|mouth)',
  ],
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
    '(bleach|oven cleaner|chemical*|acid|alkali|cement|lime|caustic|drain cleaner|ammonia|paint stripper) ~6 (on|over|onto) ({poss} )?(arm|hand|skin|leg|face|body|hands|arms|legs)',
    'chemical burn',
  ],
  tick_bite: [
    'tick (bite|bit)',
    'bitten by a tick',
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
  ],
  vulval_lump: [
    '(lump|swelling|abscess|cyst|bump) ~~5 (entrance|opening|lips?) (to|of) ({poss} )?(vagina|vulva)',
    '(bartholin*)',
    ...near('(vulva|labia|vagina|down below)', '(lump|swollen|swelling|abscess|cyst)', 4),
  ],
  amputation: [
    '(cut|chopped|sliced|severed|ripped|torn) (off|through) ~5 (finger|fingertip|toe|thumb|hand)',
    '(finger|fingertip|toe|thumb) ~3 (cut|chopped|sliced|came|ripped|hanging) off',
    'amputat*',
    'severed',
  ],
  tight_cast: ["(cast|plaster) ~4 (too tight|tight|agony|unbearable|numb|tingl*|can't move)"],
  twitching: [
    'twitch*',
    'jerk(ing|y|s)',
    'muscle (spasms|jerks)',
    '(rigid|stiff) muscles',
    'muscles (are )?(rigid|stiff|jerking)',
  ],
  drugs_unknown: [
    '(pills|tablets|drugs|powder|something|stuff) ~4 (bought|got|ordered) ~2 (online|the internet|the dark web|a friend|a stranger|a dealer|someone)',
    '(pills|tablets|something) (at|from) (a|the) (party|club|festival|rave)',
  ],
  ascending_numbness: [
    '(tingl*|numb*|pins and needles) ~6 both (feet|hands|legs)',
    '(creep*|spread*|moving|gone|going|crept) up ~3 (legs|knees|thighs|arms|calves)',
  ],
  rest_pain_limb: [
    ...near('(foot|leg|toes)', '(dusky|pale|blue|purple|cold)', 4),
    'better (when )?(hanging|dangling) ~4 (bed|down)',
  ],
  cough: ['cough*', 'chesty'],
  inr_high: ['inr ~3 ([5-9]|\\d\\d)', 'inr (is |was )?(high|too high|very high)'],
  healed: ["(it's|it has|has|now|all) healed", 'healed (up|now|fine|well)'],
  joking: ['lol', 'lmao', 'haha', 'jk'],
  orthostatic: ['(stand|standing|stood|get|getting) up (too )?(fast|quick*)'],
  groin_lump: [...near('(lump|bulge|swelling)', 'groin', 3)],
  tooth_broken: [
    ...near(
      '(tooth|teeth|filling|crown)',
      '(broke|broken|cracked|snapped|chipped|fell out|fallen out)',
      3,
    ),
  ],
  ovary_pain: [...near('(ovary|ovaries|pelvis|pelvic)', '({pain}|agony)', 4)],
};

/** Said once, cues that someone is saying goodbye or has given up (crisis kind). */
export const MORE_CRISIS: Concepts = {
  goodbye_cue: [
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
  danger_place: [
    '(standing|stood|sitting|sat|climbing|climbed|is|now) (on|at|over) (the |a )?(bridge|cliff|cliff edge|cliffs|train tracks|railway|railway line|roof|ledge|edge|parapet|railings?)',
    '(going|gone|went|heading|walking|driving|drove|on (his|her|my) way) (off )?to (the |a )?(bridge|cliffs?|railway|train tracks|tracks|roof|edge|motorway bridge|multi-?storey)',
    '(on|at) (the |a )?(bridge|cliff edge|cliffs|train tracks|railway line|roof) (now|right now|alone)',
    '(top|roof|edge) (floor |storey |level )?of (the |a )?(car park|building|block|multi-?storey|tower|flats)',
  ],
  done_cue: [
    "(can't|cannot|don't|can not) see (a|any) way out",
    'no way out',
    "(i'm|im|i am) done(?! with (work|my|the|this|it|school|exams|him|her))",
    "what's the point (of|in) (anything|it all|everything|going on|trying|living|life)",
    "(can't|cannot) (do|take) (this|it) (any ?more|anymore)",
  ],
};

/** Who and what context the first tables lacked. */
export const MORE_CONTEXT: Concepts = {
  dementia_known: ['dementia', "alzheimer'?s", 'alzheimers'],
  dialysis: ['dialysis', 'kidney failure', 'renal failure'],
  single_kidney: [
    '(only|just) (have )?(one|a single) kidney',
    'one kidney',
    'single kidney',
    'kidney transplant',
  ],
  eczema: ['eczema', 'atopic'],
  af: ['atrial fibrillation', '\\baf\\b', 'irregular heart(beat)?'],
  sickle: ['sickle cell', 'sickle'],
  psych_meds: [
    '(antipsychotic|olanzapine|haloperidol|risperidone|quetiapine|clozapine|lithium|sertraline|fluoxetine|citalopram|venlafaxine|tramadol|mdma|ecstasy)',
  ],
};
