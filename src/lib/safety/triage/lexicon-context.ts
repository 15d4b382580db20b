// Lexicon, who and what context: the person (a baby, a child, pregnant, just given birth, an
// older adult) and the risks that turn a mild story into an emergency (anticoagulants,
// chemotherapy, immunosuppression, diabetes, a heart condition, recent surgery or a long
// journey). Only a negation ("not pregnant", "I'm not diabetic") cancels these: a history of
// diabetes is still diabetes. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const WHO: Concepts = {
  baby_word: ['{baby}', '\\d+ ?(day|week|wk|month|mo|mth)s? old', '(day|week|month)s? old'],
  newborn: [
    'newborn',
    'new ?-?born',
    'neonate',
    "(?<!\\b(its|it's|it is|they're|theyre|they are|\\d ?(cm|mm)),? )(\\d+|two|three|four|five|six|seven|ten) days? old",
    // Not "cuts on her upper arm, a few days old" (stop 47, p28p jh045).
    '(?<!\\ba )few days? old',
    'born (yesterday|today|last night|this morning)',
  ],
  child_word: [
    '{child}',
    '(year|yr) old (son|daughter|boy|girl)',
    '(\\d|1[0-5]) ?(year|yr)s? ?old',
    // "He's 2 and seems fine": a bare age after "he's", not a count of something.
    "(he's|she's|he is|she is|who's|who is) (only |just )?([1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?! (weeks?|wks?|days?|months?|hours?|hrs?|mins?|minutes?|seconds?|times?|tablets?|pills?|doses?|foot|feet|ft|stone|st|kg|kilos?|lbs?|pounds|cm|inches|percent|%|out|of|mg|ml|points?|cups?|pints?|drinks?|kids?|children))",
    'teenager',
    'nursery',
    'calpol',
    'nappy|nappies|diaper',
  ],
  older_word: [
    'elderly',
    'grand(ma|mother|pa|father|dad|ad)',
    'gran',
    'nan',
    'nana',
    'granny',
    '(care|nursing) home',
    'dementia',
    'old (dad|mum|mom|father|mother|man|lady|woman|boy|girl)(?! (school|friend|job|house|flat|car|phone))',
    'frail',
    'old (man|woman|lady|person|people|chap)',
    'in (his|her|their|my) (seventies|eighties|nineties|70s|80s|90s)',
    'older (person|people|adult)',
    'pensioner',
    '(walking |zimmer )?frame',
    'zimmer',
  ],
  pregnant_word: [
    '(\\d+|six|seven|eight|nine|ten|twelve) (weeks?|wks) gone',
    // Not a past pregnancy: "had them before when pregnant" (stop 50, fresh-triage-p30f kx020).
    '(?<!\\b(?:had|got) (?:them|it|this|these|those|one|piles) (?:before |previously |last time )?(?:when|while) )pregnan*',
    'preg',
    'expecting (a baby|twins)',
    '(first|second|third) trimester',
    'weeks (pregnant|along|gestation)',
    "(i'm|im|am|she's|she is|wife is|sister is|partner is|girlfriend is|daughter is|mum is|mom is) (1[2-9]|[23]\\d|4[0-2]) ?(weeks|wks|w)(?! (old|ago|post|after|since|into|of|off|late|early|now since))",
    // "my wife's 34 weeks" (phase 25, fresh-triage-p25m ge116, found at the end of stop 44).
    "(wife's|partner's|girlfriend's|sister's|daughter's|fiancee's|missus') (1[2-9]|[23]\\d|4[0-2]) ?(weeks|wks|w)(?! (old|ago|post|after|since|into|of|off|late|early|now since))",
    // Anyone else: "my friend is 30 weeks", "my colleague's 36 weeks", "our patient is 28 wks"; and
    // a message that opens with the weeks ("30 weeks, baby moving less today"; stop 53: the
    // spent sets' friends, colleagues and bare openings were not read as pregnant).
    "(friend|friends|colleague|cousin|niece|neighbour|neighbor|flatmate|housemate|patient|client|gf|fiancee|fiancée|other half|bestie|mate|lodger|employee|pupil|student|granddaughter|daughter-in-law|sister-in-law|she) (is|'s|s) (1[2-9]|[23]\\d|4[0-2]) ?(weeks|wks|w)(?! (old|ago|post|after|since|into|of|off|late|early|now since))",
    "^(i'm |im |i am )?(1[2-9]|[23]\\d|4[0-2]) ?(\\+\\d )?(weeks|wks|w)\\b(?! (old|ago|post|after|since|into|of|off|late|early|now since|postpartum|post partum|pp))",
    '(my|the|her) bump',
    'antenatal',
    'midwife',
    'maternity',
    '(positive )?pregnancy test',
  ],
  postpartum_word: [
    'post ?-?partum',
    'post ?-?natal',
    'after (giving birth|the birth|delivery|my c-?section|having (the|my|our|a) baby)',
    '(gave|given|giving) birth',
    'just had (a|my|the|our|her) baby',
    'had our baby',
    'baby was born',
    'c-?section',
    'caesarean',
    'breastfeeding',
    'since (the birth|having (the |my |our )?baby)',
  ],
  male: [
    "(i'm|i am|as) a (\\d+ ?(year|yr)s? old |\\w+ )?(man|male|guy|bloke)",
    '(man|male|guy|bloke),? (aged |age )?\\d\\d',
    '\\d\\d ?m',
    'my (son|husband|dad|father|brother|boyfriend|grandad|grandfather|grandpa)',
    'prostate',
    // A care home's "Mr K 91" (phase 22's second fresh set).
    'mr',
  ],
};

export const RISK: Concepts = {
  anticoagulant: [
    'warfarin',
    'apixaban',
    'rivaroxaban',
    'edoxaban',
    'dabigatran',
    'eliquis',
    'xarelto',
    'pradaxa',
    'lixiana',
    'coumadin',
    'heparin',
    'clexane',
    'enoxaparin',
    'dalteparin',
    'fragmin',
    'blood ?-?thinn*',
    'anticoag*',
    'ha?emophilia',
    'bleeding disorder',
    // Misspelt and voice-typed ("shes on a picks a ban"; phase 25, fresh-triage-p25b ft155).
    '(a ?picks? ?a ?ban|apix\\w+|apixiban|epixaban|rivarox\\w+|riva ?roxa ?ban|war ?farr?[ae]n|warf[ae]r[ei]n|warfr[ei]n|eliq\\w+|eloquis|aliquis|xeralto|zarelto|xarelto|edox\\w+|dabig\\w+)',
  ],
  chemo: [
    'chemo*',
    'immunotherapy',
    'on treatment for (cancer|leuk\\w+|lymphoma|myeloma)',
    '(cancer|leuk\\w+|lymphoma|myeloma|tumou?r|sarcoma|neuroblastoma) ~~6 (on|having|getting|undergoing|in|during) (treatment|therapy)',
    'cancer treatment',
    'neutropeni*',
    'low (white (cell|blood cell)s?|neutrophils?)',
    '(bone marrow|stem cell) transplant',
  ],
  immunosuppressed: [
    'immuno ?-?suppress*',
    'immuno ?-?compromised',
    'transplant',
    // "kidney tx 2 yrs ago" (phase 25, fresh-triage-p26q hi030).
    '(kidney|liver|heart|lung|renal|pancreas|organ|bone marrow|stem cell) (tx|txp)',
    'hiv',
    'cd4',
    '(long ?-?term|high ?-?dose) steroids',
    'on (steroids|prednisolone|methotrexate|biologics?|humira|adalimumab|infliximab|azathioprine|tacrolimus|ciclosporin|mycophenolate)',
    // "I take prednisolone 10mg every day for my PMR" (phase 22's second fresh set).
    '(take|taking|takes) (my )?(steroids|prednisolone|prednisone|methotrexate|biologics?|humira|adalimumab|infliximab|azathioprine|tacrolimus|ciclosporin|mycophenolate)',
    '(steroids|prednisolone|prednisone) (\\d+ ?mg )?(every day|daily|each day|long[- ]term)',
    '(no|removed) spleen',
    'splenectomy',
    'spleen (out|removed|taken out)',
    'sickle cell',
  ],
  diabetic: [
    '(have|has|with) sugar( problems?| disease)?',
    'sugar (problems?|disease)',
    'diabet*',
    'type (1|one|i|2|two|ii)',
    't1d?',
    't2d?',
    'insulin',
    'metformin',
    'gliclazide',
  ],
  type1: ['type (1|one|i)', 't1d?'],
  // Suicidal thoughts named, in any scope ("had suicidal thoughts most days for years. today I
  // drove to the bridge and sat there for an hour"; phase 24).
  suicidal_known: [
    'suicidal (thoughts?|feelings?|ideas?|ideation)',
    'thoughts? of (suicide|killing myself|ending (it|my life))',
  ],
  // A collapsed lung, in any scope (phase 24: "i had a collapsed lung last year. got a little
  // twinge same side today").
  pneumothorax_known: ['collapsed lung', 'pneumothorax', 'punctured lung'],
  // Angina named, in any scope (phase 24: crescendo angina, rules-heart-lungs.ts).
  angina_known: ['angina'],
  heart_condition: [
    'angina',
    'heart (attack|disease|condition|problems?)',
    'stents?',
    'bypass',
    'heart valve',
    'pacemaker',
    'icd',
    'cardiac',
  ],
  heart_failure: ['heart failure', 'ccf', 'chf'],
  // The bite of an insect, however long ago (phase 23: "got bitten by something in the garden 2
  // days ago" was dated, so its swelling read as an infected wound): it says what the swelling
  // is (rules-body.ts). Moved here from lexicon-wave9-c.ts.
  insect_bite: [
    '(insect|bug|mosquito|mozzie|midge|gnat|horsefly|horse fly|flea|spider|ant|bee|wasp|harvest mite) (bite|bites|sting|stings|bit|stung)',
    'bitten by (a |an )?(insect|bug|mosquito|mozzie|midge|gnat|horsefly|horse fly|flea|spider)',
    // "Got bitten by something in the garden" (phase 23): not an animal named.
    '(bitten|bit|stung) by (something|summat|some ?thing|a thing|whatever it was) (in|on|at|while|when|outside|last|yesterday|2|two|3|three)',
  ],
  // Dental work done, however long ago (phase 22's second fresh set): the swelling after it that
  // is going down is the healing (rules-body.ts).
  dental_work: [
    '(tooth|teeth|molar|molars|wisdom tooth|wisdom teeth) ~4 (pulled|out|extracted|removed|taken out)',
    'extraction',
    'root canal',
  ],
  // A coronary stent, however long ago: its antiplatelet medicines must not stop early.
  stent_word: ['stents?', 'angioplasty', 'pci'],
  asthma: ['asthma*', 'inhaler', 'reliever', 'ventolin', 'salbutamol'],
  copd: ['copd', 'emphysema', 'chronic bronchitis'],
  epilepsy: [
    'epilep*',
    '(her|his|my) usual (seizures?|fits?|ones?)',
    'known (seizures|epilepsy)',
    'usual seizures?',
    // Phase 25 (fresh-triage-p24h fr024, "carer forgot dads keppra … hes had seizures before
    // if he misses"): seizures had before, or a medicine taken only for them, is a known
    // seizure disorder, not a first fit.
    "(has|have|had|'s had|'ve had|hes had|shes had|he's had|she's had) (seizures|fits) (before|in the past|when|if)",
    '(keppra|levetiracetam|lamotrigine|lamictal|epilim|valproate|carbamazepine|tegretol|phenytoin|epanutin|lacosamide|vimpat|zonisamide|zonegran|brivaracetam|briviact|perampanel|fycompa|topiramate|ethosuximide|oxcarbazepine|trileptal|clobazam|cenobamate)',
  ],
  hernia: ['hernia'],
  // Phase 14 (helper recall): someone fine until today ("was completely fine yesterday
  // evening", "normal yesterday", "since he woke up"): with confusion in an older adult, a
  // sudden change (NHS: sudden confusion, call 999).
  // Confused about or by a thing ("confused about his new tablets", "by the new phone"): not
  // a sudden confusion of the mind.
  confused_about_thing: [
    '(confused|muddled|mixed up|baffled) (about|by|with|over) (his|her|their|my|the|a|an|all|these|those|this|that|which|how|what|new)',
  ],
  fine_until_today: [
    '(was|were|seemed|been|is usually|was totally) (completely |totally |perfectly |absolutely |quite |fine and |her |his )?(fine|normal|ok|okay|alright|all right|herself|himself|sharp|well|lucid|normal self) (yesterday|last night|at lunch|this morning|earlier|earlier today|a few hours ago|at breakfast|at dinner|at tea|yesterday evening|last evening)',
    '(fine|normal|ok|okay|sharp|lucid|herself|himself) (yesterday|last night|at lunch|at breakfast|earlier today|yesterday evening)',
    '(yesterday|last night|yesterday evening) ((she|he|they|mum|dad) )?(was |were |seemed )?(completely |totally |perfectly |absolutely )?(fine|normal|ok|okay|well|sharp|lucid|herself|himself)',
    '(sharp as anything|sharp as a tack) (yesterday|last night|this morning)',
    'since (he|she|they) woke( up)?',
    'since (this morning|lunch|lunchtime|breakfast|this afternoon|earlier today|a few hours ago|an hour ago)',
    '(woke|woken|wakes|has woken|woke up) (up )?(totally |very |really |completely |all |so )?(confused|muddled|disorientated|disoriented)',
    '(within|in|over) the (last|past) (few |couple of |2 |3 |two |three )?hours',
  ],
  // Phase 14 (helper recall): mushrooms or plants picked in the wild and eaten (NHS: A&E if you
  // may have eaten a poisonous mushroom or plant). Read with a sign of poisoning (rules-body.ts).
  // Not berries alone (blackberries picked on a walk) unless their kind is not known.
  foraged_eaten: [
    '(foraged|foraging|forage|forager) ~15 (ate|eaten|eat|eating|cooked|cook|made|make|tea|soup|risotto|salad|mushrooms?|fungi|leaves|plants?|berries|picked|dinner|lunch|breakfast)',
    '(mushrooms?|fungi|leaves|plants?|berries|food) ~3 (foraged|we foraged|i foraged|he foraged|she foraged)',
    // An eating or drinking verb with the picked or wild item: not "wild mushrooms growing in
    // our lawn, how do I get rid of them".
    '(ate|eaten|eat|eating|cooked|cook|had|tried|tasted|fried|made) ~6 (wild|picked|found|growing|garden|woods|forest|field|lawn|hedgerow|park) ~4 (mushrooms?|fungi|fungus|toadstools?)',
    '(wild|picked|found|growing|garden|woods|forest|field|lawn|hedgerow|park) ~4 (mushrooms?|fungi|fungus|toadstools?) ~8 (ate|eaten|eat|eating|cooked|fried|tasted|tried|for (dinner|lunch|breakfast|tea))',
    // "picked mushrooms in the woods yesterday and had them in a risotto", "chewing a little brown
    // mushroom from the lawn" (stop 47, fresh-triage-p28t jl111, jl141).
    '(picked|found|gathered|collected) ~4 (mushrooms?|fungi|toadstools?) ~12 (had them|ate them|cooked them|fried them|in a (risotto|omelette|soup|stew|pasta|stir ?-?fry|curry)|for (dinner|lunch|breakfast|tea))',
    '(chewing|chewed|eating|ate|eaten|swallowed|sucking|licking|bit|bitten) ~4 (mushrooms?|toadstools?|fungus|fungi) ~4 (from|in|on|off|growing) (the |our )?(lawn|garden|grass|park|woods|field)',
    '(ate|eaten|eat|eating|cooked|cook|had|tried|tasted|fried|made) ~6 (mushrooms?|fungi|toadstools?) ~6 (picked|gathered|collected|found|growing) ~4 (woods|forest|garden|field|park|lawn|walk|hedge|hedgerow|wild|ourselves|myself|himself|herself|themselves)',
    '(ate|eaten|eat|eating|cooked|cook|had|tried|tasted|drank|drunk|drinking|made|boiled|chewed) ~6 (leaves|leaf|plant|plants|flowers|roots|seeds|herbs?|weeds|stems|bulbs) (that )?(i|we|he|she|they) (picked|found|gathered|collected|pulled|dug up)',
    '(leaves|leaf|plant|plants|flowers|roots|seeds|herbs?|weeds|stems|bulbs) (that )?(i|we|he|she|they) (picked|found|gathered|collected|pulled|dug up) ~8 (ate|eaten|eat|eating|cooked|drank|drunk|drinking|chewed|boiled|in (a |the |some )?(tea|soup|salad))',
    // Tea from herbs picked or found, not from the shop's.
    '(tea|soup|salad|smoothie|infusion) (made )?(from|with|of|out of) ~4 (wild|picked|foraged|found|hedgerow|garden|woods|field) ~3 (leaves|plant|plants|flowers|roots|herbs?|weeds)',
    '(tea|soup|salad|smoothie|infusion) (made )?(from|with|of|out of) ~4 (leaves|plant|plants|flowers|roots|herbs?|weeds) ~6 (picked|found|gathered|foraged|growing|from the (garden|woods|hedgerow|field|park))',

    "(berries|mushrooms?|leaves|plant|plants|seeds) ~6 (not sure what|don't know what|no idea what|unknown|unidentified|not sure which)",
    '(foxglove|deadly nightshade|belladonna|hemlock|lily of the valley|yew berries|monkshood|aconite|death cap|destroying angel|oleander|laburnum|water dropwort|cuckoo ?pint|lords and ladies|jimson ?weed|datura)',
  ],
  aneurysm: [
    'aneurysm',
    'aaa',
    'aortic',
    // Phase 14 (helper recall): a known aneurysm in lay words ("a slightly enlarged artery in
    // his tummy ... only to be watched", "a bulge in his main artery", "a widened aorta").
    '(enlarged|swollen|widened|widening|bulging|stretched|dilated|expanded|ballooning|weak|weakened) (main )?(artery|aorta|blood vessel)',
    '(bulge|bulging|swelling|ballooning|widening|weakness|stretch) (in|of) (the |his |her |my |their )?(main )?(artery|aorta|blood vessel)',
    'aorta ~3 (enlarged|swollen|widened|bulging|dilated|expanded|stretched|too big|bigger)',
  ],
  clot_risk: [
    'long (bus|coach|train|car|plane) (trip|journey|ride)',
    '(bus|coach|train) (trip|journey) ~~3 (hours|all day|\\d+ ?h)',
    '(microgynon|rigevidon|yasmin|cilest|femodene|marvelon|lucette|ovranette|levest|millinette|gedarel|katya|zoely|qlaira|eloine|yaz|nuvaring|evra)',
    '(combined|birth control|contraceptive) (pill|patch|ring)',
    '(oestrogen|estrogen) (tablets|patches|gel)',
    'long ?-?haul',
    '(flying|flew|flight|plane journey|long drive|long journey|coach trip)',
    'long (flight|car (journey|ride|trip)|drive|coach)',
    '(plaster )?cast',
    'on the (pill|contraceptive pill|combined pill)',
    'contraceptive pill',
    'hrt',
    '(recent|recently had|just had) (an? )?(surgery|operation|op)',
    '(after|since) (my|his|her|an|the|a) (\\w+ )?(operation|surgery|op|replacement|c-?section)',
    'bed ?-?bound',
    'immobile',
    'bed rest',
    '(dvt|clot|pe|pulmonary embolism) (before|in the past|previously)',
  ],
  travel_tropical: [
    '(back|returned|got back|just back|came back|home) from ~3 (africa|kenya|nigeria|ghana|uganda|tanzania|india|pakistan|bangladesh|thailand|vietnam|cambodia|indonesia|brazil|sierra leone|congo|malawi|zambia|zimbabwe|mozambique|sudan|ethiopia|cameroon|asia|the tropics|safari)',
    'malaria',
  ],
  alcohol: ['drinking (a lot|heavily|loads)', 'alcohol*', 'drunk', 'been drinking', 'binge'],
  period: ['periods?', 'menstrua*', 'menses', 'time of the month'],
  surgery_recent: [
    '(after|since) (my|his|her|the|a) (\\w+ )?(operation|surgery|op|procedure|replacement)',
    '(operation|surgery|op|procedure|c-?section|caesarean) ~4 (days?|weeks?) ago',
    '(after|since) (my|his|her|the) (operation|surgery|op|procedure)',
    // "3 days after having my gallbladder out (keyhole)" (phase 24).
    '(days?|weeks?|a week|a day) after (having |my |his |her |the ){1,2}(\\w+ )?(out|removed|taken out|operation|op|surgery|replaced)',
  ],
  allergy_context: [
    'allerg*',
    'reaction (to|after)',
    '(after|since) (eating|having|taking|starting) ',
    'ate (some |a |an )?(peanuts?|nuts|prawns?|shrimp|shellfish|fish|sesame|eggs?|satay|mussels|crab|lobster)',
    '(eat|eating|had) (peanuts?|nuts|prawns?|shrimp|shellfish|satay)',
    '(bee|wasp|insect|hornet) stings?',
    'stung (by|on)',
    '(amoxicillin|penicillin|antibiotic|antibiotics|ramipril|lisinopril|enalapril|perindopril)',
    '(peanut|shellfish|prawn|satay|nut)',
    'injection',
    'contrast dye',
  ],
  allergen_trigger: [
    '(bee|wasp|insect|hornet|jellyfish) stings?',
    'stung (by|on)',
    // Not "had egg collection" for IVF (phase 25, stop 46, fresh-triage-p28e iw143).
    '(ate|eaten|eat|eating|had|tasted|touched) (some |a |an |the )?(\\w+ )?(peanuts?|nuts|cashews?|almonds?|prawns?|shrimp|shellfish|fish|sesame|eggs?|satay|mussels|crab|lobster|kiwi|walnuts?)(?! (collection|retrieval|transfer|harvest|freezing|donation))',
    '(after|since) (taking|starting|having|the first dose of) (the |a |my |his |her )?(new )?(antibiotic|amoxicillin|penicillin|medicine|tablet|injection|drug)',
    '(injection|jab|contrast dye|anaesthetic) ~4 (swell*|wheez*|rash|hives|itch*)',
  ],
  new_medicine: [
    '(new|started|starting|first dose of|just started|began|begun) ~3 (antibiotic*|medication|medicine|tablets?|drug|pills?|treatment)',
    '(since|after) (starting|i started|taking|beginning) (?!(going|to|work|school|college|uni|university|my (job|new job|course)|running|training|the gym|swimming|exercising|dating|working)\\b)',
    '(amoxicillin|penicillin|co-?amoxiclav|trimethoprim|nitrofurantoin|lamotrigine|carbamazepine|allopurinol)',
    '(augmentin|amoxil|keflex|floxapen|klaricid|zithromax|macrobid|bactrim|flagyl|cipro|ciproxin)',
    '(co-?trimoxazole|septrin|doxycycline|clarithromycin|erythromycin|azithromycin|flucloxacillin|cefalexin|ciprofloxacin|levofloxacin|metronidazole|phenytoin|sulfasalazine|naproxen|diclofenac)',
  ],
  cirrhosis: ['cirrhosis', 'liver (disease|failure)'],
  cancer: [
    'cancer',
    'tumou?r',
    'metasta*',
    'spread to (my|his|her|the) bones',
    'malignan*',
    'leuka?emia',
    'lymphoma',
    'myeloma',
    'oncolog*',
  ],
  osteoporosis: ['osteopor*', 'brittle bones'],
  prosthetic_joint: ['(knee|hip|joint|shoulder) replacement', 'prosthe*', 'new (knee|hip)'],
  injects_drugs: [
    'inject (drugs|heroin)',
    'iv drug',
    'injecting',
    '(needle|syringe|works|foil|spoon and needle) ~4 (next to|beside|by|near|in) (him|her|them)',
  ],
  addisons: [
    "addison'?s",
    'adrenal insufficiency',
    'hydrocortisone',
    'steroid dependent',
    'hypopituit*',
  ],
  benign_colour: [
    'beetroot',
    'beets',
    'food colou?ring',
    'spinach',
    'vitamins',
    'rifampicin',
    'blueberries',
    'dragon fruit',
    'iron (tablets|supplements|pills)',
    '(taking|on|started) iron',
    'ferrous',
    'pepto',
    'bismuth',
    'liquorice',
    'licorice',
    // "he ate half a pack of red jelly sweets at a party" (phase 25, fresh-triage-p27m ie106).
    '(red|blue|green|black|purple) (jelly |gummy |fizzy )?(sweets|sweeties|lollies|candy|jelly babies|jelly beans|gummies|ice pops?|slushies?|icing|cake|drink)',
    'red velvet',
  ],
  // Phase 10 third round (helper fa3: blind set 13's emergency misses; probes-p10-fa3.json). Who
  // takes lithium: counted now even when said with "for years", as a medicine taken long term still
  // is (the sign table's "lithium" reads "for years" as history). NHS: signs of too much lithium,
  // get help now.
  lithium_taker: [
    '(on|taking|take|takes|taken|taking|prescribed|started) (lithium|priadel|camcolit|liskonum)',
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
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
  // Phase 25 (fresh-triage-p25b ft137): the antipsychotics and the anti-sickness medicines of
  // the same kind, by name or as a depot injection.
  antipsychotic: [
    '(antipsychotics?|haloperidol|haldol|olanzapine|zyprexa|risperidone|risperdal|quetiapine|seroquel|clozapine|clozaril|aripiprazole|abilify|paliperidone|invega|xeplion|zuclopenthixol|clopixol|flupentixol|depixol|chlorpromazine|amisulpride|lurasidone|metoclopramide|prochlorperazine|depot (injection|jab))',
  ],
  psych_meds: [
    '(antipsychotic|olanzapine|haloperidol|risperidone|quetiapine|clozapine|lithium|sertraline|fluoxetine|citalopram|venlafaxine|tramadol|mdma|ecstasy)',
  ],
  // Phase 6: kinds of message an independent blind set missed, told by kind only and written as the
  // guidance frames them (NHS 111 / 999 lists, NICE CKS, NICE fever-in-under-5s and diarrhoea-and-
  // vomiting traffic lights).
  digoxin: ['(digoxin|lanoxin)'],
};
