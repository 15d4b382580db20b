// Lexicon, phase 7 (wave 9, area c: abdomen, urine, genitals, diabetes and salts, skin and
// infection, low immunity, bleeding, injuries, back, medicines). Kinds of message a probe set
// written from the guidance missed, each written as the guidance frames it: NHS "call 999" /
// "go to A&E" / 111 pages, NICE CKS red flags (appendicitis, cholangitis, haematuria, animal
// and human bites, shingles, adrenal insufficiency, hyponatraemia, warfarin), NICE NG51
// sepsis, the Manchester Triage discriminators (exsanguination, crush). Pattern language:
// pattern.ts; the rules that read these concepts: rules-wave9-c.ts.

import { NOT_A_BURNING_FEELING, NOT_BURNT_FOOD } from './lexicon-injury-skin';
import type { Concepts } from './lexicon-types';
import { near } from './lexicon-types';

const BEHIND = '(behind|bum|bottom|back passage|rectum|arse|ass|butt|anus|back end)';
const STEROID =
  '(steroids?|pred|prednisolone|prednisone|hydrocortisone|dexamethasone|dex|fludrocortisone|florinef)';
const FINGER = '(finger|fingr|fingure|fingers|fingertip|finger tip|thumb|toe|toes|tip)';
const SPILL_HOT = '(tea|coffee|kettle|hot water|boiling water|boiling|soup|hot drink|cuppa|pan)';

export const WAVE9_C_SIGNS: Concepts = {
  vision_worse: [
    '(vision|sight|eyesight) ~5 (blurred|blurry|blurring|fuzzy|misty|cloudy|gone|worse|going)',
    "(can't|cannot|can not) see (properly|clearly|well|out of)",
  ],
  shingles_eye_more: ['shingles ~8 (eye|eyes|eyelid)', '(eye|eyes|eyelid) ~8 shingles'],
  ovary_cyst: ['(ovarian cyst|cyst on (my |her )?ovary|ovary cyst|cysts on (my |her )?ovar\\w*)'],
  snake_more: [
    'bitten by (a |an |the )?(snake|adder|viper|rattlesnake|cobra)',
    '(adder|viper|snake|rattlesnake|cobra) ~3 (bit|bite|bitten|got)',
    // Fang marks told after the snake ("stepped on an adder ... two little fang marks on my
    // ankle"; phase 25, fresh-triage-p26p hh030).
    '(adder|viper|snake|rattlesnake|cobra) ~10 (fang|bite|puncture) (marks|holes|wounds)',
  ],
  // Crackling under the skin around a wound (gas in the tissue: NHS 999).
  crepitus: [
    'crackl\\w* (under|beneath|in) (the |my |his |her )?skin',
    '(skin|wound|leg|arm) ~4 (crackles|crackling|crunchy|crunches|bubbly|feels like bubble wrap)',
  ],
  nail_black: [
    'nail ~4 (black|blue|purple|gone dark)',
    'blood (under|beneath) (the |my |his |her )?(finger|toe)?nail',
  ],

  // Numb when wiping, or a bladder or bowel accident that is new (cauda equina: NHS 999).
  saddle_more: [
    "(can't|cannot|couldn't|can not) feel (the )?(toilet )?(paper|tissue|wiping|myself wiping|when (i|he|she) wipe)",
    'numb (when|as|while) (i |he |she )?wip(e|es|ing)',
    'numb (down there|between (my|his|her|the) legs|around (my |his |her )?(bum|bottom|privates|genitals|back passage))',
  ],
  bladder_accident: [
    '(accident|accidents|lost control|no control|leaked|leaking|leak) ~4 (bladder|wee|pee|urine|bowels?|poo)',
    '(bladder|bowel|bowels) ~4 (accident|leak*|control|gave way|let go)',
    '(wet|soiled) (myself|himself|herself|the bed)',
  ],
  acting_drunk: [
    "(acting|seems|seeming|looks|behaving|like (he's|she's|he is|she is)|as if (he|she) (is|was)) (\\w+ )?drunk",
    "(drunk|tipsy|pissed) but (he|she|they) (hasn't|haven't|has not|hadn't|didn't|did not) (had|have|drunk)",
  ],
  dive_shallow: [
    '(head ?first|headfirst|dived|dove|diving|dive|jumped) ~6 (shallow|shallow end|into the (pool|river|sea|lake|water))',
  ],
  pain_back_more: [
    '(go|goes|going|went|gone|spread|spreads|spreading|radiat\\w*|moving|move|moves|shoots|shooting|through|straight through) (into|to) (the |my |his |her )?back',
  ],
  shingles_band_more: [
    '(sore|painful|burning|tingling|itchy|stinging) (band|strip|stripe|patch|area|belt) ~10 (blisters|rash|spots)',
  ],
  walk_pain: [
    '(can only|can barely|can hardly|struggling to|hard to|only just) (walk|stand|put weight|hobble|limp)',
    '(walk|walking|stand|standing) ~5 (a lot of|lots of|so much|really bad|terrible|agonising) pain',
  ],
  hypo_recovered: [
    "(ate|had|eaten|drank|took|eating|drinking) ~4 (and )?(now|it's now|its now|back up to|up to|came up to|went up to|it went up to|now it's|now its) (\\d+(\\.\\d+)?|five|six|seven)",
    // "had 5 jelly babies, rechecked after 15 mins and its 5.8" (stop 49, fresh-triage-p30k): a recheck back in range.
    "(rechecked|re-checked|checked again|retested|tested again) ~6 (it's|its|it is|it was|now|and now|back up to|up to|back to|came back|reads) ([4-9](\\.\\d+)?|1\\d(\\.\\d+)?|five|six|seven)(?![.\\d])",
  ],
  fire_word: [
    '(caught fire|set on fire|went up in flames|flames|exploded|explosion|blaze|house fire|chip pan|pan fire|bonfire|firework|fireworks|burning building)',
  ],
  voice_hoarse: ['(hoarse|croaky|raspy|husky)', 'voice ~3 (gone|changed|funny|strange|weak)'],

  // Testicle pain in more spellings ("teste", "testical").
  testicle_more: [
    ...near(
      '(teste|testes|testis|testical|testicals|testicel|tescticle|testicle|bollock|bollocks|ballsack|ball sack|nut ?sack|nutsack|(my|his|left|right|one) (ball|nut))',
      '({pain}|pain|swollen|swell*|agony|killing)',
      4,
    ),
  ],
  // Blisters over much of the body with sore eyes or mouth (SJS/TEN: NHS 999).
  blisters_widespread: [
    '(blisters|blistering|blistered|peeling|skin coming off) ~4 (all over|everywhere|over (my|his|her) (body|skin)|on (my|his|her) (whole )?body)',
    'skin ~3 (blistering|peeling|coming off) (all over|everywhere)',
  ],
  mucosa_sore: [
    '(eyes|mouth|lips|genitals|privates) ~4 (sore|blistered|blisters|ulcers|peeling|raw|red|stuck together|bleeding)',
  ],
  // A second serotonergic drug (tramadol, a triptan, MDMA, St John's wort) with an SSRI.
  serotonergic_more: [
    "(tramadol|triptan|sumatriptan|rizatriptan|zolmitriptan|mdma|ecstasy|st johns wort|st john's wort|linezolid|fentanyl|ondansetron|lithium|methylene blue)",
  ],
  ssri_more: [
    '(sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|duloxetine|mirtazapine|ssri|ssris|antidepressants?|prozac|zoloft|lexapro)',
  ],
  jerking: ['(twitch*|jerk*|jumpy muscles|muscles jumping|clonus|spasm*|jaw clenching)'],
  agitated: ['(agitated|restless|wired|jittery)'],
  tampon: ['(tampon|tampons|menstrual cup|mooncup|diva cup|period cup)'],
  rash_sunburn: [
    '(rash|skin) ~4 (like|looks like|as if) (a )?(sunburn|sun burn|sunburnt)',
    '(red )?rash (all over|everywhere)',
  ],

  // A temperature said as a bare number after the word ("temp 39", "temperature 38.6").
  temp_bare_high: [
    '(temp|temps|temperature|fever) (is |was |of |at |reading |now |around |about |up to |hit |reached |still )?(3[89]|4[0-2])([.,]\\d+)?(?! ?(weeks?|wks?|years?|yrs?|days?|mins?|minutes?|hours?|hrs?|%|kg|mg|ml|units?))\\b',
    '(temp|temps|temperature|fever) (is |was |of |at |reading |now |around |about |up to |hit |reached |still )?(100[.,][4-9]\\d*|10[1-5]([.,]\\d+)?)( ?f| ?°f| degrees| fahrenheit)?\\b',
  ],
  // A blow to the belly or side (handlebars, a kick, a tackle): internal bleeding risk.
  belly_blow: [
    '(handlebar|handlebars|kicked|kneed|tackle|tackled|punched|elbowed|hit|rammed|landed) ~6 (tummy|belly|stomach|side|ribs|abdomen|left side|right side)',
    'onto (the |my |his |her )?handlebars?',
  ],
  // A belly hugely swollen; no bowel motion for days.
  belly_blown: [
    // Not "injections in my tummy leave massive bruises" (phase 25, fresh-triage-p25g fy114).
    '(belly|tummy|stomach|abdomen) ~4 (blown up|like a (balloon|drum|football)|massive|massively|hugely|enormous|tight as a drum|rock hard)(?! (bruis\\w*|marks?|lumps?|spots?|scars?))',
    '(massive|massively|hugely|enormously|very) (swollen|bloated|distended) (belly|tummy|stomach|abdomen)',
    '(massive|huge|enormous) (swollen |bloated )?(belly|tummy|stomach)',
  ],
  no_bowels_days: [
    "(no|not|haven't|hasn't|hadn't) (had a |done a |been for a |opened (his|her|my|their) bowels|opened bowels|passed a )?(poo|bowel movement|number two|motion|stool)?( for| in)? (\\w+ )?(days|day)",
    "(not|haven't|hasn't) opened (his|her|my|their) bowels",
  ],
  diarrhoea_lay: [
    '(the squits|squits|the runs|the trots|runny poo|liquid poo|watery poo|loose stools?|loose poos?)',
  ],
  little_urine_more: [
    "(hardly|barely|not|isn't|aren't) (passing|doing|making|producing) (any |much )?(wee|pee|urine|water)",
    '(hardly|barely) (weed|peed|been for a wee|been for a pee|passed (any )?(urine|water))',
  ],
  nsaid: [
    '(ibuprofen|naproxen|diclofenac|nurofen|voltarol|anti-?inflammator\\w*|nsaids?|celecoxib|meloxicam)',
  ],
  // A procedure in the womb days ago (an abortion, a miscarriage operation, a birth).
  gyn_procedure: [
    '(abortion|termination|miscarriage|miscarried|d and c|erpc|smm|evacuation|coil fitted|coil fitting|c-?section|caesarean|gave birth|had (a|my|the) baby|hysteroscopy)',
  ],
  // Genital skin turning black, or a rotten smell (Fournier's gangrene).
  genital_dark: [
    '(scrotum|scrotal|testicles?|balls|ball sack|nut ?sack|privates|genitals?|groin|penis|perineum|down there|vulva) ~5 (gone |going |turned |turning |is )?(black|dark|purple|dusky|rotten|dead)',
    '(skin|it) ~3 (smells?|smelling|stinks) ~2 (rotten|like rotting|of rot|dead|awful|terrible)',
  ],
  potassium_high: [
    'potassium ~4 (is |was |of |at |came back |came back at |level |reading )?(6[.,][5-9]|[7-9]([.,]\\d)?)\\b',
  ],
  // A clinician who has told the person to go to A&E or hospital now.
  told_go_ae: [
    '(gp|doctor|hospital|nurse|111|surgery|consultant|clinic|lab|paramedic|pharmacist|midwife|they) ~8 (said|told|wants|rang|called|phoned) ~6 (go|come|get) ~3 (to |in to |into |straight to )?(a and e|a&e|hospital|the hospital|emergency|the er|er|straight in|in now|in tonight|urgently)',
    // Without the verb: "GP rang and said hospital now" (phase 25, fresh-triage-p26y hq096).
    '(gp|doctor|nurse|111|surgery|consultant|clinic|lab|pharmacist|midwife) ~4 (said|says|told (me|us|her|him|them)) (\\w+ )?(hospital|a and e|a&e|the er|resus) (now|straight away|immediately|tonight|asap|right now)',
    // The hospital calling someone back after being sent home (phase 24, fresh set p24a: "the
    // hospital left a voicemail saying come back").
    '(hospital|a&e|a and e|ward|cardiology|the er|emergency department) ~8 (left|rang|called|phoned|texted|messaged|said|saying|told me|wants me|asked me) ~5 (to )?(come back|go back|return)(?! (in|if|next|after|for (my|a|the) (appointment|follow))\\b)',
  ],
  // Blood results to act on the same day (phase 24, fresh set p24a; NICE CKS): a potassium of
  // 6.0 to 6.4, a sodium of 125 to 129, an acute kidney injury on a GP's text, a repeat test the
  // surgery wants within a day.
  potassium_raised: [
    '(potassium|k\\+?) ~4 (is |was |of |at |came back |came back at |level |reading )?6[.,][0-4]\\b',
  ],
  sodium_low: [
    '(sodium|na|salt levels?) ~4 (is |was |of |at |came back |came back at |level |reading )?12[5-9]\\b',
  ],
  aki_result: ['acute kidney injury', '\\baki\\b', 'kidney injury'],
  result_recall_today: [
    '(gp|surgery|doctor|practice|hospital|nurse|clinic|they) ~10 (want|wants|wanted|asked|told|said) ~6 (repeat*|redo|re-?check*|re-?test*|bloods?|another blood test) ~6 (within 24 (hours|hrs)|today|tomorrow morning|urgently|asap|same day|straight away)',
  ],
  // A raised or rising troponin (a heart attack's blood test) told after chest pain.
  troponin_raised: [
    'troponin ~12 (\\d{3,}|high|higher|raised|up|went up|gone up|going up|rising|rose|risen|elevated|positive|abnormal)',
  ],
  addison_features: [
    '(craving|crave|craves|craved) (for )?(salt|salty)',
    'skin ~3 (gone|going|turned|got|getting) (darker|tanned|brown|bronze)',
    '(darker|darkening|bronzed) skin',
  ],
  // A finger swollen like a sausage (flexor sheath infection: hand surgeons today).
  sausage_finger: ['(finger|digit|thumb) ~6 (like a sausage|sausage)', 'sausage (finger|digit)'],
  // Grease, paint or fluid injected under pressure (Manchester: a high-risk mechanism).
  pressure_injection: [
    '(grease gun|paint gun|spray gun|pressure washer|jet wash|jet washer|injector|hydraulic (line|hose)|high ?-?pressure (hose|line|gun|jet)) ~8 (into|in|went|injected|hand|finger|skin)',
    'injected (paint|grease|oil|diesel|fluid) ~3 (into|in) ({poss} )?(hand|finger|thumb|skin)',
  ],
  mtx_daily: [
    'methotrexate ~6 (every day|daily|each day|every morning|every night) ~6 (instead of|not|rather than) ~3 (weekly|once a week|a week|each week)',
    'methotrexate ~6 (daily|every day) (not|instead of) (weekly|once a week)',
  ],
  ribs: ['(rib|ribs|rib cage|ribcage)'],
  // Skin pulled off a finger by a ring, a machine (degloving).
  degloving: [
    'deglov*',
    '(stripped|peeled|ripped|tore|torn|pulled|came|taken) ~3 (the )?skin ~3 off',
    'skin ~5 (peeled|stripped|ripped|torn|pulled) (right |clean |all the way |straight )?off',
    '(ring|wedding ring) ~6 (caught|snagged|got stuck|ripped|pulled|hooked)',
  ],
  impaled: [
    '(nail gun|nailgun|nail-gun|crossbow|arrow|harpoon|spear) ~8 (through|into|in) ({poss} )?(hand|foot|leg|arm|finger|chest|thigh|knee|head|eye|belly)',
    '(shot|fired) (a )?nail ~3 (into|in|through)',
    'impaled',
    '(stuck|sticking) (right )?through (my|his|her) (hand|foot|leg|arm)',
  ],
  chemical_on_skin: [
    '(cement|concrete|lime|bleach|acid|caustic|drain cleaner|drain unblocker|oven cleaner|paint stripper|hydrofluoric|ammonia) ~8 (skin|legs?|arms?|forearms?|wrists?|fingers?|neck|hands?|knees?|feet|face|chest)',
  ],
  burn_deep_more: [
    "(white|leathery|charred|black|waxy) ~4 (and )?(leathery|painless|(does not|doesn't|don't|no longer) hurt)",
    '(all the way|right|all) (around|round) (my|his|her|the) (arm|leg|wrist|neck|chest|finger|hand|ankle)',
  ],
  burn_word_more: [
    `burns?${NOT_A_BURNING_FEELING}`,
    `(burnt|burned)${NOT_BURNT_FOOD}`,
    '(scald*|hot oil|exhaust|singed|scorched|charred)',
  ],
  // Joint pain, numbness, a rash or breathlessness after a dive (decompression illness).
  dive_sick: [
    '(scuba|diving|dive|dived|diver|came up too fast|decompression|the bends) ~12 ((joint|joints|shoulder|elbow|knee) ~3 ({pain}|pains)|{numb}|tingl*|pins and needles|rash|breathless|short of breath|confused|weak|dizzy|itchy skin|mottled)',
  ],
  // An osteoporotic spine: sudden pain after bending, coughing or lifting in older age.
  bone_fragile: [
    '(osteoporosis|osteoporotic|brittle bones|thin bones|on steroids|long ?-?term steroids)',
  ],
  cant_stand_move: [
    "(can't|cannot|unable to|couldn't) (stand|get up|move|walk|sit up|get out of bed)( at all)?(?! (for|in time|on time|in the mornings?|early|before|till|until)\\b)",
  ],
  lockjaw: [
    "(jaw|jaws) ~4 (stiff|locked|locking|clamped|won't open|can't open|tight|stuck shut|spasm*)",
    'lock ?jaw',
  ],
  muscle_spasm: [
    '(spasm|spasms|spasming|cramping up|going rigid|stiff neck|neck is stiff|neck stiff)',
  ],
  anal_lump: [
    '(lump|swelling|boil|abscess|spot) ~6 (next to|near|by|around|beside|on|at) ~3 (bum ?hole|anus|back passage|bottom|bum|arse)',
    'perianal (abscess|lump|swelling)',
  ],
  hook_stuck: [
    '(fish ?hook|fishing hook|hook|barb) ~5 (stuck|in|embedded|caught|through)',
    'barb (is )?(in|stuck|under)',
  ],
  foreign_in_wound: [
    '(glass|splinter|metal|gravel|grit|thorn|shard|fragment) ~4 (still )?(in|inside|stuck in|embedded in|left in) (it|there|the (cut|wound)|my (foot|hand|finger|knee|leg|palm|heel))',
    'still (some |a bit of |a piece of |bits of )?(glass|metal|splinter|grit|gravel|something) (in|inside)',
  ],
  // Rabies exposure: a bite, scratch or lick on broken skin abroad; any bat contact.
  abroad: [
    '(abroad|on holiday|overseas|travelling|traveling|backpacking|in (india|thailand|bali|indonesia|peru|mexico|africa|asia|vietnam|cambodia|nepal|sri lanka|morocco|egypt|turkey|brazil|china|philippines|kenya|south america|latin america))',
  ],
  animal_exposure: [
    '(dog|cat|monkey|macaque|bat|fox|raccoon|stray|animal|puppy|kitten) ~4 (licked|scratched|bit|bitten|nipped|bite)',
    '(scratched|bitten|licked) by (a |an |the )?(stray |street |wild )?(dog|cat|monkey|bat|fox|animal|puppy|kitten)',
    'bat ~6 (in (my|the|our) (room|bedroom|tent|house)|landed on|touched)',
  ],
  sickle_crisis: [
    "(sickle|crisis) ~6 (painkillers|pain killers|meds|medicine|paracetamol|co-?codamol|morphine) ~4 (not|aren't|isn't|don't) (\\w+ )?(working|helping|touching)",
    "(painkillers|pain killers|paracetamol|co-?codamol|ibuprofen|morphine) ~4 (not|aren't|isn't|don't) (quite )?(working|helping|touching (it|the pain))",
    '(sickle|sickle cell) (crisis|pain)',
    '(mild|bad|painful|pain) crisis',
  ],
  bruises_unexplained_more: [
    "bruis* ~8 (can't explain|cannot explain|no reason|out of nowhere|don't know (how|where)|unexplained|no idea how|appeared)",
    // "massive bruises i dont remember getting" (phase 22's fresh set).
    "bruis* ~8 (don't|do not|can't|cannot|didn't) (remember|recall) (getting|how|where|doing|hitting|bumping|banging|knocking)",
  ],
  gums_bleeding: ['(gums?) ~4 (bleed*|bloody)', 'bleeding gums'],
  achilles_feel: [
    '(kicked|shot|hit|struck) ~5 (in )?(the )?back of (my |the |his |her )?(heel|ankle|calf|leg)',
    "(can't|cannot|unable to) (stand|go|push off|walk|get up) (up )?(on|onto) ~2 (tip ?toes?|tiptoe|toes)",
    '(heard|felt) (a )?(snap|pop|bang|crack) ~6 (heel|ankle|calf|achilles|back of)',
  ],
  bat_word: ['(bat|bats)'],
  chickenpox_word: ['(chicken ?pox|chickenpox|varicella)'],

  // Blood or clots from the back passage described as an amount passed (NHS: A&E for heavy
  // rectal bleeding).
  rectal_blood_passed: [
    `(passed|passing|pass|pouring|gushing|coming|came|lost|losing) ~4 (blood|clots|blood clots) ~3 (from|out of) ({poss} )?${BEHIND}`,
    `(clots|blood clots) ~4 (from|out of) ({poss} )?${BEHIND}`,
    `${BEHIND} ~3 (pouring|gushing|pumping|streaming) ~2 (blood|red)`,
  ],
  // Vomiting blood, with misspellings and "red stuff" (NHS: 999).
  haematemesis_more: [
    // Not a reading: "been sick twice this morning, blood ketones 1.8" (phase 25, fresh-triage-p25j).
    '{vomit} ~6 (blood|blud|blod|clots)(?! (in|from|on) (my |the |his |her )?(poo|poos|stool|stools|wee|urine|pee|nose|bum|nappy|toilet paper))(?! (ketones?|sugars?|glucose|pressure|tests?|results?|counts?|levels?|bm|readings?)\\b)',
    '{vomit} ~6 (ground coffee|coffee grounds?|coffee granules|like coffee)',
    '{vomit} ~4 (blud|blod|bloood|blood everywhere|red stuff|bright red|fresh blood|pure blood)',
    '(blood|blud|red) (in|all through|all over) ({poss} )?(sick|vomit|puke|spew)',
    '(sick|vomit|puke) (is |was )?(full of|all|mostly) (blood|blud|red)',
  ],
  // A pulsing or spurting bleed, or one that soaks a towel through (Manchester
  // "exsanguinating haemorrhage").
  arterial_bleed: [
    '(blood|bleeding|bleed) ~6 (with |on )?(every|each) (heart ?beat|beat|pulse|heart beat)',
    // Not "it and i jump" (stop 50, fresh-triage-p30i la007: startled by brakes after a crash).
    "(blood|bleeding|it) ~3 (is )?(spurting|spurts|spurted|squirting|squirts|pulsing|pulses|pumping|(?<!\\b(?:i|i'm|im|we|he|she|they|you|u) )(?:jumping|jump|jumps)) (out)?",
    '(spurting|squirting|pumping) (out )?(blood|bright red)',
    // "its spurting every time my heart beats" (phase 25, fresh-triage-p26f gx118).
    "(it's|its) (spurting|spurts|squirting)",
    '(every|each) time (my|his|her|the) heart (beats|pumps)',
    '(in|with) (pulses|spurts)',
    '(towel|towels|tea towel|bandage|t-shirt|tshirt|cloth|dressing) ~3 (is |are |was |now )?(full|filled|soaked through|red through|dripping)',
  ],
  // A bleeding disorder (a knock to a joint or the head needs the haemophilia centre now).
  bleeding_disorder: [
    'haemophili*',
    'hemophili*',
    'von willebrand*',
    'bleeding disorder',
    'factor (viii|8|ix|9) deficien*',
  ],
  // An INR of 8 or more (NICE CKS warfarin: vitamin K, same day; with bleeding, hospital).
  inr_very_high: [
    'inr ~3 (is |was |of |at |came back |reading |now )?([89]|1\\d|[2-9]\\d)(\\.\\d+)?\\b',
  ],
  // A very low sodium (under 125 mmol/L): admission (NICE CKS hyponatraemia).
  sodium_very_low: [
    '(sodium|na|salt levels?) ~4 (is |was |of |at |came back |came back at |level |reading )?(1[01]\\d|12[0-4])\\b',
  ],
  // A glucose said in words by voice dictation: "sugar two point one", "forty mg".
  glucose_low_spoken: [
    '(sugar|sugars|glucose|bm|bg|reading|levels?) ~3 (is |was |at |of |reading )?(one|two|three) point (\\w+)',
    '(sugar|sugars|glucose|bm|bg|reading) ~3 (is |was |at |of )?(twenty|thirty|forty|fifty)( \\w+)? (mg|milligrams?)',
  ],
  cant_think: [
    "(can't|cannot|couldn't|can not) think (straight|clearly|properly)",
    "(can't|cannot) (get|put) (my|his|her) words (out|together)",
    '(mumbly|mumbling|mumbles|incoherent|slow and mumbly)',
    '(muddled|befuddled|spaced out|not making sense|talking nonsense|talking rubbish)',
  ],
  // Cannot pass water, in more words (NHS: A&E if you cannot pee).
  retention_more: [
    "(haven't|hasn't|have not|has not|not) (managed|been able) to (pass|do|go for) (any )?(water|urine|a wee|wee|a pee|pee)",
    "(hvent|havent|havnt|haven't|hasn't|hasnt|not) been able to ({pee}|go|pass water)",
    "(can't|cannot|cant|unable to|not able to|couldn't) (pass|do|get out|squeeze out) (any|a drop of|a single drop of|even a drop of) ({pee}|urine|water)",
    'bladder ~4 (gonna|going to|about to|feels like it will|like it will) (burst|explode|pop)',
    '(nothing|not a drop) (comes|coming|will come|came) out',
    "(not|haven't|hasn't) (passed|done|had) (any )?(urine|water|a wee|a pee|wee|pee) (all day|since|for \\w+ hours|in \\w+ hours)",
  ],
  // Haematuria in lay images: "wee looks like rosé", "I wee blood".
  haematuria_more: [
    '{pee} ~4 (looks? like|is like|the colou?r of|colou?red like|gone|turned) ~2 (rose|rosé|wine|red wine|blood|ribena|cranberry juice|strawberry|pink lemonade)',
    '(wee|pee|wees|pees|weed|peed) (out )?(blood|blud)',
    '(blood|blud) (when|while|as|whenever) (i|he|she|they) {pee}',
  ],
  // Not passing urine for many hours (NHS dehydration: A&E if none for 8 hours or more).
  no_urine_long: [
    "(haven't|hasn't|not|hadn't|didn't) (\\w+ )?({pee}|had a wee|had a pee|passed (any )?(urine|water)) (since (yesterday|last night|this morning|breakfast|lunch)|all day|for (\\w+ )?(hours|a day)|in (\\w+ )?(hours|a day))",
  ],
  // Appendicitis: pain beginning at the navel and moving low right; a child who guards.
  pain_migrated_right: [
    '(belly ?button|navel|middle|centre|center) ~6 (moved|moving|moves|shifted|went|gone|travelled|spread) ~4 (right|bottom right|lower right)',
  ],
  guarding: [
    '(touch|press|pressing|touching) ~3 (he|she|they|it) (cry|cries|cried|scream*|flinch*|jump*|yell*)',
    "(won't|will not|doesn't|does not|not) let (me|us|anyone|the doctor|her|him|you) (touch|feel|near|press)",
    '(hurts|pain|agony|screams?|cries) ~4 (touch|press|pressing|touching) (it|his tummy|her tummy|his belly|her belly|the area)',
    'hurts (when|if) (the car|we|i|he|she|you) ~3 (bumps?|speed bumps?|pothole)',
    '(walking|walks|walk|walked|bent) (bent |hunched |doubled )?(over|double)',
  ],
  vomit_count: [
    '(sick|vomited|threw up|thrown up|puked|been sick) (once|twice|a few times|a couple of times)',
  ],
  pain_one_side_more: [
    '({pain}|hurt*|stabbing|sharp) ~4 (down |low |low down )?(on|in) (the |my |her )?(right|left)( side| hand side)?',
  ],
  pain_low_right: [
    '(right|rite) (low|lower|bottom) (belly|tummy|stomach|side|abdomen)',
    '(low|lower|bottom) right (belly|tummy|stomach|side|abdomen)',
    '({pain}|hurt*) ~6 (low down )?(on |in )?(the |his |her |my )?(bottom|lower|low) right',
    '({pain}|hurt*) ~4 (low down|lower down) (on |in )?(the |his |her |my )?right',
    '(right|rite) (side )?(low down|lower|bottom) ~4 ({pain}|hurt*)',
    '({pain}|hurt*) ~4 (low|lower|low down|down low) (on|in) (the |his |her |my )?right',
    '({pain}|hurt*) ~5 (near|by|around|next to|above) (his |her |my |the )?right hip',
  ],
  // A hernia that will not go back (NHS: A&E).
  hernia_stuck: [
    "(won't|will not|can't|cannot|doesn't|does not|not) (push|pop|go|get|put|slip|press) (it |him |back )?(back )?in",
    // Not the wound of a hernia repair (phase 25, fresh-triage-p26q hi060).
    '(hernia(?! (repair|op|operation|surgery|mesh))|lump|bulge) ~6 (hard|purple|dark|black|red|stuck|tense|agony|tender)',
  ],
  // A sore hernia that still goes back (NHS: see a GP soon; same day if painful).
  hernia_sore: [...near('(hernia|hernias)', '{pain}', 6)],
  // Tea, a kettle or a pan pulled over a small child.
  hot_spill: [
    `(pulled|spilt|spilled|knocked|tipped|poured|dropped|grabbed) ~6 ${SPILL_HOT} ~6 (over|on|onto|down)`,
    `(scald|scalded|scalding|burnt|burned) ~6 ${SPILL_HOT}`,
    `${SPILL_HOT} ~4 (spilt|spilled|went|poured|splashed) ~3 (over|on|onto|down)`,
  ],
  skin_blistered: [
    'blister*',
    '(skin|it) ~3 (peeled|peeling|came off|come off|bubbled)',
    '(skin|knees?|legs?|hands?|arms?|feet) ~3 (raw|red raw|weeping)',
  ],
  // Spreading redness moving fast, past a drawn line (NICE NG141 with NG51 sepsis).
  spread_fast_line: [
    '(way |well |much |miles )?(past|beyond|outside|over) the (pen |marker )?(line|lines|outline|mark)',
    '(spreading|spread|growing|getting bigger|moving) ~3 (fast|quickly|quick|rapidly|by the hour|in front of (my|our) eyes)',
  ],
  // "Stay when I roll a glass over": a non-blanching rash, other words.
  rash_stays_glass: [
    "(spots|rash|marks|dots|blotches|pinpricks) ~8 (stay|stays|stayed|still there|still see|still visible|still show|don't go|do not go|don't disappear|don't fade) ~6 (glass|press*|push*|roll*|tumbler)",
    '(purply|purplish|purple-ish|bruisy|bruise-like|bruise like|blood) (spots|dots|rash|marks|blotches)',
    "glass test ~4 (stay*|still|failed|not fade|don't fade)",
  ],
  // Crushed or trapped under something heavy (crush syndrome; Manchester: high-energy).
  crush: [
    '(trapped|pinned|crushed|stuck|wedged) ~3 (under|beneath|underneath|between|by|in) ~4 (car|lift|car lift|machine*|rubble|tree|wall|pallet|pallets|beam|vehicle|tractor|forklift|lorry|van|heavy|concrete|girder|collapsed)',
    'crush (injury|injuries)',
    'crushed (my|his|her|their) (arm|leg|legs|chest|pelvis|body)',
    // A limb drawn into a machine ("got his hand pulled into the conveyor roller ... still
    // trapped"; phase 25, fresh-triage-p26p hh127).
    '(hand|arm|leg|foot|sleeve|glove) ~2 (pulled|dragged|drawn|sucked|caught|trapped|stuck|taken) (in|into|under) ~3 (conveyor|roller|rollers|machine|machinery|press|mincer|mixer|auger|lathe|belt|gears|mangle|baler|drum|shaft|winch|shredder|chipper)',
  ],
  // Someone pulled out of the water after being under.
  drowning_more: [
    'pulled ~6 out of the (pool|water|sea|river|lake|bath|canal|pond)',
    '(was|went|been|got|had been) under (the )?(water )?(for|a bit|a while|a few|for a bit)',
    // Not an anaesthetic ("went under general anaesthetic yesterday and still coughing").
    'went under(?! (a |the )?(general|anaesthe\\w*|anesthe\\w*|ga|sedation|knife|gas|surgery|op)\\b)',
    'found (him|her|them) (face ?down|floating|at the bottom)',
    // Phase 25 probes: "slipped under in the pool ... lifeguard got him out".
    '(slipped|sank|sunk|dipped|ducked|dunked|pulled|dragged) under (the )?(water|surface|waves)',
    '(slipped|sank|sunk|went|dunked|dragged|pulled) under ~4 (pool|sea|lake|river|bath|bathtub|canal|pond|water|waves|surf)',
    '(lifeguards?|life guards?) ~4 (got|pulled|dragged|fished|hauled|rescued|brought) (him|her|them|me|us) (out)?',
  ],
  // Frostbite: waxy, white, hard, numb fingers or toes after cold.
  frostbite: [
    'frost ?bit*',
    'frost ?nip',
    '(fingers|toes|nose|ears?|feet|hands|fingertips) ~4 (waxy|white and hard|hard and white|frozen solid|wooden|blackened|gone black|turned black)',
  ],
  // A finger, thumb or toe cut off, with misspellings.
  amputation_more: [
    `${FINGER} ~3 (cut|chopped|sliced|come|came|ripped|torn|hanging|snipped) (clean )?off`,
    `(lawn ?mower|mower|chainsaw|saw|blender|machine|grinder|hedge ?trimmer|door) ~6 ${FINGER} ~4 off`,
    `(lost|taken off) (the )?(end|tip|top) of ({poss} )?${FINGER}`,
    `(cut|chopped|sliced|snipped|ripped|torn|sawn|sawed) ~5 ${FINGER} (clean )?off`,
    `${FINGER} ~8 (hanging|dangling) (off|by a thread|on by)`,
  ],
  // The spleen removed, or not working (NHS: any fever is an emergency).
  // (A cue: "I don't have a spleen" is itself the risk, not a negated one.)
  // Kept in WAVE9_C_CUES below.
  // A steroid stopped, missed or not kept down (adrenal crisis risk).
  steroid_stopped: [
    `(stopped|ran out of|run out of|running out of|missed|forgot|forgotten|haven't taken|not taken|couldn't keep|can't keep|coming off|came off) ~4 ${STEROID}`,
    `${STEROID} ~~3 (stopped|ran out|run out|missed|not kept down|came back up|vomited)`,
    '(stopped|came off|quit|coming off) (them|it|taking them|taking it|the tablets) ~2 (suddenly|abruptly|cold turkey|all at once|overnight|in one go)',
  ],
  // A steroid taken for months or years.
  steroid_long_term: [
    `(on|taking|take|been on) ~3 ${STEROID} ~4 (for (years|months|ages|a long time|\\d+ (years|months))|long ?-?term)`,
    `(long ?-?term|years of|daily) ${STEROID}`,
    // "stopped my prednisolone suddenly ... was on 30mg for 2 months" (phase 24): a course of
    // three weeks or more (NHS: such a course is not stopped suddenly).
    `${STEROID} ~12 (was|been|i was|i've been|ive been) on (\\d+ ?mg|it|them) ~2 for (\\d+|a few|several|two|three|four|five|six|many) (months|years)`,
    `${STEROID} ~8 (for|after) (\\d+|a few|several|two|three|four|five|six|many) (months|years)`,
    `${STEROID} ~6 for ([3-9]|three|four|five|six|several) weeks`,
  ],
  // Shingles in lay words: a band or strip of blisters on one side (NHS: within 3 days).
  shingles_band: [
    '(band|strip|stripe|belt|line|patch|cluster|row) of (painful |itchy |little |small |red |burning )?(blisters|spots|rash|bumps)',
    '(blisters|blistery rash|rash) ~6 (one side|one half|wraps? round|wrapping round|like a belt|in a band)',
  ],
  // Bites: an animal or a person, in more words, and the skin broken.
  bite_more: [
    '(dog|cat|fox|horse|rat|monkey|bat|ferret|hamster) ~3 (went for|attacked|got|grabbed|latched on|snapped at|sank (its|his|her) teeth)',
    '(bitten|bit) ~4 (by|from) ~4 (toddler|child|kid|person|man|woman|someone|somebody|friend|brother|sister|son|daughter|human|boy|girl|patient|resident)',
    'human bite',
    '(punched|hit) ~4 (in the )?(teeth|mouth)',
    // Bitten by another person, told with them as the subject (phase 25, fresh-triage-p25e
    // fw077: "someone bit my ear in a ruck, broke the skin"; NHS: a human bite that breaks the
    // skin needs treatment the same day). Not someone biting their own lip.
    '(someone|somebody|a (man|bloke|guy|lad|player|kid|child|boy|girl|woman|lady|drunk)|another (player|kid|child|boy|girl|lad|guy)|the other (player|kid|child|boy|girl|guy|lad|team)|(an |the |their )?opponent|(one of )?the (kids|pupils|children|residents|patients|players)) (bit|has bitten|had bitten|sank (his|her|their) teeth into) (me|my|him|his|her|them|their|our|us)',
    '(toddler|child|kid|son|daughter|brother|sister|patient|resident|client|pupil|student) (bit|has bitten|had bitten|sank (his|her|their) teeth into) (me|my)',
  ],
  // A fist cut on someone's teeth (a "fight bite": NHS, human bites).
  fight_bite: [
    '(cut|split|gashed|broke|caught|grazed) ~5 (knuckle|knuckles|hand|fist|finger) ~5 (teeth|tooth)',
    '(teeth|tooth) ~4 (cut|split|gashed|went into) ~3 (knuckle|knuckles|hand|fist)',
  ],
  skin_broken: [
    '(broke|broken|breaking|pierced|punctured|through) (the )?skin',
    'skin (is |was |has been |got )?(broken|broke|punctured|pierced|torn)',
    '(puncture|teeth|tooth|bite) (marks|wounds|holes)',
    '(two|couple of|few) (little |small |tiny )?(holes|punctures|puncture marks)',
  ],
  // Signs of infection around a bite or a wound, told plainly.
  bite_inflamed: [
    '(red|swollen|swolen|puffy|throbbing|throbing|hot|pus|oozing) ~6 (round|around|near|about) (them|it|the bite|the holes|the marks)',
    '(hand|finger|arm|leg|calf|wrist) ~4 (swollen|swolen|puffy|throbbing|throbing) ~4 (red|throbbing|throbing|hot)',
    '(swollen|swolen|red|puffy) (and |n )?(red|throbbing|throbing|hot|puffy)',
  ],
  // Swelling in more spellings ("swole up", "swelled up like a tennis ball").
  swelling_more: [
    '(very|really|so|massively|badly|hugely) (swollen|swolen)',
    '(swole|swoll|swolen|swelled|ballooned|blew|blown|puffed) up',
    'like a (tennis ball|golf ball|balloon|egg|grapefruit|orange)',
  ],
  // A finger, elbow or limb that will not straighten or is not used (mallet finger, pulled
  // elbow, fracture in a toddler).
  cant_straighten: [
    "(can't|cannot|cant|unable to|won't|will not) (straighten|bend|lift|fully straighten|fully bend) ~4 (finger|thumb|tip|toe|wrist|arm|elbow|knee|it)",
    '(finger|fingertip|tip) ~3 (droop*|drooping|dropped|bent down|hanging down)',
    '(pain|painful|agony|hurts|impossible|excruciating) to (straighten|bend|move) (it|the finger|my finger|his finger|her finger)?',
    // "it's agony if i try to straighten it", "held a bit bent" (phase 25, fresh-triage-p27b ht035).
    '(agony|hurts|painful|kills|screams) (if|when) (i |he |she )?(try|tries|trying) to (straighten|bend|move) (it|the finger|my finger|his finger|her finger)',
    '(held|holds|holding|kept|keeps it) (a bit |slightly )?bent',
  ],
  limb_not_used: [
    "(won't|will not|doesn't|does not|isn't|not|refuses to|refusing to|stopped) (use|using|move|moving|lift|lifting|bear weight on|put weight on|stand on|walk on|reach with) (his|her|their|my|the|that) (left |right |bad |sore |hurt )?(arm|leg|hand|wrist|foot|elbow)",
    '(arm|hand) ~3 (just )?(hanging|hangs|dangling|dangles|floppy|limp) (by|at|down)',
    // Held still against the body (phase 25, fresh-triage-p25a fs060: a pulled elbow).
    '(holds|holding|keeps|keeping|cradles|cradling) (it|her arm|his arm|the arm) ~4 (against|close to|into|by|across) (her|his|their) (tummy|belly|body|side|chest)',
  ],
  // A small child injured by being swung or pulled by the hands (pulled elbow).
  // Struck by a ball, a door or a hammer (a finger or hand injury).
  limb_struck: [
    '(ball|bat|door|car door|hammer|racket|stick) ~4 (hit|struck|caught|smashed|landed on|jammed|slammed) ~4 (finger|thumb|hand|toe|fingertip|knuckle)',
    '(hit|struck|caught|smashed|jammed|trapped|slammed|stubbed) ~4 (finger|thumb|fingertip)',
  ],
  // A stubbed small toe (NHS: a broken toe other than the big toe is cared for at home).
  toe_minor: [
    // Not the big toe (phase 24: "stubbed my big toe ... can hardly walk on it").
    '(stubbed|banged|knocked|kicked|caught|bashed) ~4 (little |small |baby |pinky |second |third |fourth |middle )?(?<!big )toe',
    '(little|small|baby|pinky|second|third|fourth|middle) toe',
  ],
  // A nose knocked out of shape (NHS: minor injuries unit within days, to be reset).
  nose_bent: [
    'nose ~4 (squint|bent|crooked|wonky|out of shape|flattened|sideways|twisted|pushed to one side|a different shape|changed shape|off to one side)',
    '(squint|bent|crooked|wonky|broken) nose',
  ],
  // A red patch that has grown since yesterday (cellulitis: NHS, same day).
  red_patch_growing: [
    '(red|red hot|hot red|hot|pink|angry) (patch|area|mark|skin|blotch|lump) ~6 (got bigger|gotten bigger|getting bigger|grown|growing|spread|spreading|doubled|bigger than)',
  ],
  // Walking into a cupboard or door with the head (a head knock without the word head).
  head_knock_more: [
    '(stood up|got up|straightened up|sat up) ~3 (into|under|against) (the )?(corner of )?(the |a )?(cupboard|door|shelf|beam|window|cabinet|kitchen unit|cupboard door)',
    '(banged|bumped|hit|smacked|cracked|knocked) ~3 (my|his|her) (head|forehead|skull)',
  ],
  swung_by_arms: [
    '(swung|swinging|swing|pulled|yanked|lifted|lifting) ~4 (up )?(by|from) (the |his |her |their )?(hands?|arms?|wrists?)',
  ],
  back_pain_more: ['bad back', '(back|spine) ~3 (is killing|killing me|in agony)'],
  // Lips, face or tongue puffy in more words; an ACE inhibitor (angioedema: NICE CKS).
  lip_puffy: [
    ...near(
      '(lip|lips|tongue|face|eyelids?|cheek|cheeks)',
      '(puffy|swollen|swolen|swelling|swelled|swole|puffed|puffing|fat|bigger|blown up)',
      4,
    ),
  ],
  // Positive pregnancy test or a period overdue (early pregnancy).
  early_pregnancy: [
    'positive (pregnancy |preg |home )?tests?',
    '(?<!(covid|corona|lateral flow|lft|strep|flu|hiv|antigen|pcr) )test (came up|came back|was|is|showed|shows|turned) positive',
    '(did|done|took|taken|doing) (a |the |another )?(home )?test(?! for (covid|corona|strep|flu|hiv|chlamydia))( \\w+){0,4} (was |came back |came up |is |it was )?positive',
    '(pregnancy|preg|clearblue|pee) tests? ~4 (positive|says pregnant|came up)',
    '(missed|late|overdue) (my |her )?(period|periods)',
    '(period|periods) ~4 (late|overdue|missed)',
  ],
  // A flare of hypos that were treated: "treated it and fine".
  hypo_treated_more: [
    '(treated|sorted|fixed|corrected) (it|them|that|the hypo) (and|&|n) (was |am |felt |feel |been )?(fine|ok|okay|better|back to normal|normal)',
    // Sorted with sugar: the hypo is over ("sorted it with jelly babies"), unless something is
    // still there ("treated with juice, now 4.2 still feel shaky" says only what was done).
    '(sorted|fixed) (it |them |that |the hypo )?(with|by (having|eating|drinking|taking)) ~3 (jelly babies|sweets|glucose|dextrose|glucotabs|lucozade|juice|coke|sugar|biscuits?|haribo|gel)(?![^.!?]*\\b(?:still|again|keeps?)\\b)',
  ],
  // A drug rash that has gone or is going.
  rash_resolved: [
    '(rash|spots|hives|blotches) ~6 (have |has |had )?(faded|gone|cleared|disappeared|settled|gone away)',
    '(faded|gone|cleared|disappeared) (now|away|completely|up)',
  ],
  // Blood on wiping with straining (NHS: see a GP; piles or a tear).
  straining: [
    '(straining|strained|constipated|constipation|hard (poo|poos|stool|stools)|pushing hard)',
  ],
  // An insect bite or sting: redness and itch around it are expected (NHS: self-care).
  // Eating a lot of a food, not of a medicine: "I ate a load of beetroot".
  food_eaten: [
    '(ate|eaten|eat|had|eating|scoffed) (a load|loads|lots|a lot|a bunch|a whole (bowl|plate|bag|box|packet|tub|bar)|a (bowl|plate|bag|box|packet|tub|bar|ton)|tons|masses) of (\\w+ )?(beetroot|beets|food|sweets|chocolate|chocolates|cake|pizza|curry|chips|crisps|fruit|berries|blueberries|spinach|rhubarb|asparagus|takeaway|haribo|candy|biscuits|popcorn|ice cream|beans|sprouts|salad|cherries|plums|prunes)',
  ],
  // Going to the toilet a number of times (diarrhoea), not a dose taken twice.
  bowel_count: [
    '(diarrh\\w*|the runs|runny poo|loose (poo|poos|stools?)|upset (stomach|tummy)) ~8 (going|gone|been|went|had to go) ~3 (twice|three times|\\d+ times|a few times)',
    '(diarrh\\w*|the runs|the squits|squits|runny poo|loose (poo|poos|stools?)) (twice|three times|\\d+ times|a few times)',
  ],
  // A signs of infection that go beyond the redness and itch expected around a bite or sting.
  infection_marked: [
    '(pus|oozing|weeping|red streak|red line|red lines|tracking|hot to (the )?touch|spreading|getting bigger|bigger and bigger)',
  ],
  // Blood from a cut or wound that keeps seeping for an hour or more.
  still_oozing: [
    "(still|keeps|keep|won't stop|not stopped) (oozing|seeping|dripping|bleeding|trickling)",
    '(oozing|seeping|bleeding|dripping) ~4 (after|for|over) (an|a|one|two|\\d+) (hour|hours)',
  ],
  // An injected dose of insulin in someone who does not use it, or the wrong insulin.
  insulin_wrong: [
    "(injected|took|given|gave|used|had) ~6 (husband'?s|wife'?s|partner'?s|mum'?s|dad'?s|son'?s|daughter'?s|someone else'?s|somebody else'?s|the wrong|his|her) ~2 (insulin|insulin pen|pen|novorapid|lantus|levemir|tresiba|humalog|humulin|toujeo|abasaglar)",
    '(insulin|insulin pen|novorapid|lantus|levemir|tresiba|humalog|toujeo) ~6 (instead of|by mistake|by accident|accidentally|wrong pen)',
    '(accidentally|by mistake|by accident|mistakenly) ~3 (injected|took|used|gave|given) ~4 (insulin|novorapid|lantus|levemir|tresiba|humalog|humulin|toujeo|abasaglar)',
  ],
  not_diabetic: [
    "(i'm|i am|he's|he is|she's|she is|they are|they're) not (a )?diabetic",
    "(don't|doesn't|do not|does not) have diabetes",
    'non-?diabetic',
  ],
  // An older person found on the floor and cold (hypothermia; long lie).
  found_cold: [
    '(freezing|ice|icy|very|really|stone) cold (to (the )?touch|to feel)',
    '(heating|heater) ~3 (off|broke|broken|not working|packed up|went off)',
  ],
  // Chemical splash in an eye (NHS: rinse and go to A&E).
  eye_chemical_more: [
    '(drain unblocker|drain cleaner|oven cleaner|bleach|caustic|lime|cement|plaster|chemical|acid|alkali|dishwasher tablet|washing tablet|descaler|limescale remover) ~8 (in|into) ({poss} )?(eye|eyes)',
    '(splashed|splashd|splash|squirted|sprayed|got) ~6 (eye|eyes)',
  ],
  eye_burning_shut: [
    "(burning|burnin|stinging|stings|burns) ~8 (can't|cannot|carnt|cant|unable to) (open|see)",
    "(can't|cannot|carnt|cant) open (it|my eye|his eye|her eye|the eye)",
  ],
};

export const WAVE9_C_CONTEXT: Concepts = {
  // A low neutrophil count (neutropenic sepsis: NICE NG151, any fever is an emergency).
  neutropenic: [
    'neutropeni*',
    '(neutrophils?|neutrophil count|white (cell|blood cell) count|wbc|white count|immune count) ~4 (low|very low|down|dropped|tanked|0[.,]\\d+|zero)',
  ],
  steroid_any: [STEROID],
  ace_inhibitor: [
    '(ramipril|ramapril|lisinopril|enalapril|perindopril|captopril|trandolapril|quinapril|fosinopril|ace inhibitors?|ace-inhibitors?|sacubitril|entresto)',
  ],
  // Injecting drugs: spinal infection risk with back pain and fever (NICE CKS back pain).
  iv_drug_use: ['(iv|intravenous) drug (use|user|users)', 'inject* (drugs|heroin|smack|gear)'],
};

export const WAVE9_C_CUES: Concepts = {
  // A kidney stone already seen and managed ("should pass on its own").
  stone_managed: [
    '(pain|it) (is |was |now )?(controlled|under control|manageable|settled|managed) (with|by|on)',
    'should pass (on its own|by itself|naturally)',
    '(diagnosed|told|confirmed|seen|scanned) ~6 (a&e|a and e|hospital|urology|gp|doctor)',
  ],
  // "Go to A&E if it gets worse": advice for later, not an instruction for now.
  told_if_worse: [
    '(go|come|get|going) ~3 (to )?(a and e|a&e|hospital|the hospital|emergency|the er|er) (if|when|should|in case|unless)',
  ],
  // A reaction in childhood, asked about now ("a rash with penicillin when I was 5").
  childhood_time: [
    'when (i|he|she|they) (was|were) (a )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|baby|child|kid|little|young|toddler|teenager|small)',
    'as a (child|kid|baby|toddler|teenager)',
    'in (my|his|her) (childhood|teens)',
  ],
  // The spleen removed or not working (a negation such as "I don't have a spleen" is the
  // risk itself, so this is a cue, never filtered).
  spleen_absent: [
    "(don't|doesn't|do not|does not|no longer) have (a|my|his|her) spleen",
    '(no|without a) spleen',
    'spleen (was |has been |had been )?(removed|taken out|out)',
    '(had|removed) (my|his|her|their) spleen (out|removed)',
    'splenectom*',
    'asplen*',
  ],
  // The skin not broken by a bite (NHS: wash it, no need for care).
  skin_intact: [
    "(didn't|did not|hasn't|has not|doesn't|does not|not|never) (break|broken|broke|pierce|pierced|puncture|punctured) (the )?skin",
    "skin (is |was )?(not|isn't|wasn't) broken",
    'no broken skin',
    'skin (is |was )?intact',
  ],
  // The rash or redness now less (cellulitis on treatment).
  skin_settling: [
    '(line|outline|redness|patch|it) ~4 (got|gotten|getting|is|has) (a lot |much |a bit )?(smaller|paler|lighter|fainter)',
    "(it's|it is|its|redness is|swelling is) (fading|settling|going down(?! (both|my|his|her|the|into|to|one) )|shrinking)",
  ],
};
