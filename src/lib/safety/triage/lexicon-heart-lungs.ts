// Lexicon, heart, lungs, allergy and circulation: the words for chest pain and what makes it
// an emergency (NHS "call 999": chest pain that spreads, with sweating or breathlessness;
// NICE CG95), breathing (NHS 999/111 breathing lists, BTS asthma severity: words per breath,
// reliever not helping), choking and a blocked airway, anaphylaxis (Resuscitation Council UK:
// airway, breathing or circulation problem after a trigger), clots (NICE NG158: DVT, PE) and a
// limb losing its blood supply. Pattern language: pattern.ts.

import { near, type Concepts } from './lexicon-types';

const CHEST = '(chest|sternum|breastbone)';
const TIGHT =
  '(tight*|heav*|pressure|pressing|squeez*|crush*|burning|pounding|weird|funny|strange)';
/** "chest" as a place that hurts, not "chest infection" or "chest x-ray". */
const CHEST_SITE =
  '(chest|sternum|breastbone)(?! (infection|infections|x-?rays?|xray|scans?|congestion|cold|drain|hair|compressions|physio|wall|clear))';
const CHEST_WRONG =
  '({pain}|twing*|pressure|pressing|tight*|heav*|crush*|squeez*|burning|discomfort|weight|closing|band|stabbing|sharp|elephant|vice)';

const LINE =
  '(picc|picc line|central line|hickman|hickman line|portacath|port-a-cath|port a cath|chemo port|port|cannula|drip|iv line|iv|line in)';

/** A relief medicine that has not worked: the pain is still there... */
const STILL_THERE =
  "(still|hasn't gone|not gone|won't go|doesn't go|no better|still there|not going|isn't going|not going away|not shifting|won't shift|not easing|isn't easing)";
/** ... or the medicine is not helping. */
const NOT_HELPING =
  "(not|isn't|hasn't|didn't|doesn't|no|without) (working|helping|touching|help|work|worked|helped|touched|easing|eased|difference|effect)";

export const HEART_LUNG_SIGNS: Concepts = {
  chest_pain: [
    `(${CHEST}|heart) (pains?|tight*|pressure|discomfort|heav*|ache|aches|aching|hurts?|hurting|burn*|squeez*|crush*|sore*|spasms?)`,
    `${CHEST} ((is|feels?|feeling|felt|was|has been|had been|keeps|getting|gets|got|gone|going|went|started|became|becoming|really|very|so|a bit|a little|quite|kind of|kinda|pretty|v|super|too|all|and upper back|and back) ){1,4}({pain}|${TIGHT}|like (it's|its|it is) (being )?(crushed|squeezed|on fire|in a vice))`,
    `{pain} ~3 (in|on|across|around|behind|at|under|of|into|to) (the )?(middle of |centre of |center of |left side of |left of )?({poss} )?${CHEST}`,
    `(${TIGHT}|painful|sore|achy) ${CHEST}`,
    `${TIGHT} ~3 (in|on|across|around|behind) (the )?(middle of |centre of |center of |left side of |left of )?({poss} )?${CHEST}`,
    'pressure (in|on) ({poss} )?chest',
    '{pain} (in|on|across|around) ({poss} )?((upper|lower|middle) )?(back|arm|arms|shoulder|neck|jaw|stomach|tummy) and ({poss} )?chest',
    'chest (and|&) (upper )?(back|arm|arms|jaw|neck|shoulders?) (feels?|are|is|hurts?|hurt) ~2 ({pain}|heavy|tight)',
    'angina (attack|pain|is|keeps)',
    'clutch* (at )?((his|her|my|their) )?chest',
    'elephant',
    '(sitting|standing|pressing|kneeling|sat|stood|pushing) (down )?on ({poss} )?chest',
    'band (around|across|round) ({poss} )?chest',
    ...near(CHEST_SITE, CHEST_WRONG, 5),
  ],
  // Known angina (angina_known, lexicon-context.ts) coming on with less effort or more often
  // than it did (phase 24, fresh set p23b: "only ever got it on steep hills. past 3 days i get
  // it just walking to the kitchen"): crescendo angina (NICE CG95: same-day assessment).
  angina_worse: [
    '(get|getting|gets|got|having|had|comes? on|coming on|came on|bring(s|ing)? (it|them) on) (it|them|angina|the pain|pain|chest pain|the tightness|an attack|attacks)? ?~2 (just|even|when|while|now) ~3 (walking|sitting|resting|at rest|getting dressed|doing nothing|lying|in bed|watching|on the flat|washing|talking|eating|standing|getting up|going to the (toilet|loo|kitchen))',
    '(angina|attacks|pains?|spray|gtn) ~8 (more often|more and more|more frequent*|every day now|most days now|getting worse|worse than (usual|before|normal)|(twice|three times|\\d+ times|several times) (a|per) day)',
    '(less|hardly any|much less|little) (effort|exertion|walking|activity) ~6 (than|before|it comes|brings)',
    // "Used to be only on the big hill, this week I get it going up the stairs."
    '(now|this week|these days|lately|recently|(past|last) (few|\\d+|couple of) days|today) ~3 (i |he |she )?(get|gets|getting|am getting|is getting|have|has|having) (it|them|angina|the pain|pain|attacks) ~3 (going up|walking|on the (stairs|flat)|stairs|at rest|sitting|resting|getting dressed|doing nothing|in bed)',
    '(used|using|needed|needing|need) ~3 (spray|gtn) ~6 (more|more often|every day|(\\d+|several|a few) times)',
    // "this week it's coming on walking to the kitchen and once when I was sat watching telly"
    // (stop 53, fresh-triage-p31i ma151: crescendo angina read as routine).
    '(coming|comes|came|come) on (just |now |even )?(walking|sitting|sat|resting|at rest|watching|in bed|lying|getting dressed|talking|eating)',
    "(when|while|whilst) (i was |i'm |im |i am |he was |she was |he's |she's )?(sat|sitting|resting|lying|in bed) (down |still |quietly )?(watching|reading|doing nothing|in (my|his|her|the) chair)",
  ],
  chest_pressure_type: [
    '(crushing|squeezing|gripping|heavy|heaviness|pressure|vice|elephant|tight band|constricting)',
  ],
  radiates: [
    '(radiat*|spread*|going|goes|go|went|moving|moves|moved|shoot*|travel*|extend*|passing|runs|running|down|up|into) ~3 (to|into|down|up|through|towards?|in|along) ({poss} )?((left|right|both) )?(arms?|jaw|neck|back|shoulders?|shoulder blades?|teeth)',
    '(left arm|jaw|left shoulder) ~2 ({pain}|{numb}|tingl*|heav*|weak|dead|funny)',
    '(pain|ache|numbness|tingling|heaviness) (in|down|into) ({poss} )?(left )?(arm|jaw)',
    'pain (to|into|down) ({poss} )?((left|right) )?(arms?|jaw|neck|back|shoulders?)',
    'through to ({poss} )?back',
  ],
  arm_jaw_pain: [
    '{pain} ~3 (in|down|into) ({poss} )?((both|left) )?(arms?|jaw)',
    '(jaw|left arm|both arms) ~2 ({pain}|heavy|heaviness)',
    '(arm|arms|jaw|shoulder) (aches|hurts|is aching|is heavy|feels heavy|is hurting|pain|ache)',
  ],
  indigestion: ['indigestion', 'heartburn', 'heart burn'],
  pain_to_back: [
    '(through|goes|going|went|radiat\\w*|spread\\w*) (through )?(to|into) ({poss} )?back',
    'and (upper |lower )?back',
  ],
  tearing: [
    ...near('(tearing|ripping|torn)', '({pain}|chest|back|feeling|sensation)', 4),
    '(like|feels like|as if) (something )?(is )?(tearing|ripping|being torn|being ripped)',
    '(tearing|ripping|torn|rips?|tear) ~3 ({pain}|chest|back|feeling|sensation)',
    "(pain|chest pain) like (something|i am|i'm|it is|it's) (is )?(tearing|ripping|being torn)",
  ],
  heart_attack_stated: [
    "(am having|is having|i'm having|he's having|she's having|is this|is it|could (this|it) be|might be having|think (i'm|i am|he's|she's|he is|she is|it's|it is|we're|this is)( having)?|scared (it's|i'm having|this is)|worried (it's|i'm having|he's having|she's having)) (a )?heart attack",
    'heart attack (right )?now',
  ],
  gtn_no_relief: [
    `(gtn|nitro\\w*|angina (spray|tablets?)) ~8 ${STILL_THERE}`,
    "(gtn|nitro\\w*|angina (spray|tablets?)) ~12 (hasn't|has not|didn't|did not|haven't|not) (worked|work|helped|help|touched|eased|done anything|made (any|a) difference)",
    '(used|taken|had|done|did|took) ~3 (gtn|nitro\\w*|angina (spray|tablets?)) ~4 ((three|3|two|2|several) times|twice)',
    `(gtn|nitro\\w*|angina (spray|tablets?)) ~4 ${NOT_HELPING}`,
    'not (relieved|helped) by ({poss} )?(gtn|nitro\\w*|angina (spray|tablets?))',
    // "I have a GTN spray from before, used it twice, no help" (phase 24).
    '(gtn|nitro\\w*|angina (spray|tablets?)) ~12 (no help|no relief|no difference|nothing|not helping|not working|no good|useless)',
  ],
  // Whooping cough in lay words (phase 24: "coughing fits then makes a whooping noise").
  whoop: ['whoop*', '(coughing|cough) fits? ~8 (sick|vomit*|throws? up|threw up)'],
  // Croup's noise when upset (stridor on crying; NHS croup: a GP today).
  noisy_cry: [
    '(noisy|squeaky|whistl*|rasp*|harsh|crowing) ~3 (when|if|as) (she|he|they|baby) (cries|cry|crying|is upset|gets upset|upset)',
  ],
  // A twinge on the side of a collapsed lung before (pneumothorax_known, lexicon-context.ts).
  side_twinge: [
    '(twinge|pain|ache|stitch|sharp pain|catch) ~4 (same side|that side|on the same side|same place)',
  ],
  // A silent chest: wheeze gone quiet in an asthma attack (BTS: life-threatening; phase 24:
  // "his ribs were sucking in and now hes gone quiet and sleepy, not even wheezing much
  // anymore").
  silent_chest: [
    "(not|no longer|isn't|stopped|hardly) (even )?(wheezing|wheezy)( much)? ?(any ?more|now)",
    'silent chest',
    "(can't|cannot|can not) hear (any|the|his|her) (wheeze|wheezing)",
  ],
  // A spray or an antacid that did not help, not named as the angina spray: a GTN spray only
  // when said of chest pain, an antacid with chest pain in someone at risk (rules); not
  // "freezing spray didn't work" on a wart or "Gaviscon isn't helping" for heartburn (phase 17:
  // both read as a heart attack).
  spray_no_relief: [
    // Not "spray still works each time" (phase 25, fresh-triage-p25t gl159).
    `spray ~8 ${STILL_THERE}(?! (works|working|helps|helping|eases|easing|does the (job|trick)|sorts it|settles it)\\b)`,
    // "done the spray twice and its not going" (phase 25, fresh-triage-p27i ia028): "twice" is
    // a count on its own.
    '(used|taken|had|done|did|took) ~3 spray ~4 ((three|3|two|2|several) times|twice)',
    `spray ~4 ${NOT_HELPING}`,
    'not (relieved|helped) by ({poss} )?spray',
  ],
  antacid_no_relief: [
    "(gaviscon|rennies?|tums|antacids?|indigestion (medicine|tablets)) ~2 but (it's |its |it is |i'm |im |i am |am |the pain is |there's |it's )?(still|no better)",
    `(gaviscon|rennies?|tums|antacids?|indigestion (medicine|tablets)) ~8 ${STILL_THERE}`,
    `(gaviscon|rennies?|tums|antacids?|indigestion (medicine|tablets)) ~4 ${NOT_HELPING}`,
  ],
  // Burning in the chest told as reflux: after meals, lying down after food, antacids taken
  // (NHS "heartburn and acid reflux").
  reflux_told: [
    'indigestion',
    'heart ?burn',
    '(acid )?reflux',
    'gerd',
    'gord',
    '(after|when i eat|from) (eating|meals?|food|dinner|supper|tea|lunch|big meals|spicy food)',
    '(tums|gaviscon|rennies?|antacids?|omeprazole|lansoprazole|pantoprazole|ranitidine|famotidine|pepcid|nexium|zantac)',
  ],
  // Reflux told as a lasting pattern: "every night after dinner", "after every meal", "for
  // months", "tried tums, not helping much". With reflux_told and nothing of the heart's
  // (spread to the arm or jaw, sweating, breathlessness, exertion, a heart condition, older
  // age, diabetes), burning in the chest is heartburn for a pharmacist or a GP visit, not
  // chest pain to be seen today (NHS "heartburn and acid reflux"; phase 20: six everyday
  // questions read as urgent).
  reflux_pattern: [
    'every (night|nite|evening|day|morning|time (i|he|she) (eat|eats|lie|lies|go to bed))',
    'after (every|each|most|all|any) (meals?|dinners?|food|big meals?|spicy food)',
    'most (nights|evenings|days)',
    'almost every (night|day|evening)',
    '(for|since) (weeks|months|years|ages|(a|\\d+|two|three|four|six|several|a few|a couple of) (weeks?|months?|years?))',
    'long[- ]?term',
    '(keep|keeps|always) (getting|get|gets|having)',
  ],
  palpitations: [
    'palpitat*',
    'heart (is |was |keeps |has been |keeps on |feels )?(\\w+ )?(racing|pounding|thumping|flutter*|skipping|jumping|missing beats|beating (really |very |so |super |too )?(fast|quick*|hard|irregular*|strong|weird)|going (really |very )?(fast|mad|crazy)|all over the place|irregular|out of rhythm)',
    'heart ?beats? (is |was |going |feels |keeps )?(\\w+ )?(fast|mad|crazy|irregular|racing|pounding|not regular|strong|weird)',
    '(racing|pounding|fluttering|irregular|fast|skipping) (heart|heart ?beat|pulse)',
    '(missed|skipped|extra) beats',
    'heart (flutter|flutters)',
    '(weird|funny|strange|odd|irregular|fast|racing|pounding|skipping) heart ?beats?',
    'flip ?-?flop*',
    'heart ~4 (weird|funny|strange|odd) (thing|beat|beats|rhythm)',
    'heart ~3 (flip*|jump*|somersault*|missing (a )?beats?|misses (a )?beats?|skips (a )?beats?)',
    'heart ~3 (beating|pounding|thumping|banging) out of ({poss} )?chest',
    // Phase 14 (helper recall): "my heart started absolutely hammering", "heart thudding like
    // crazy", "heart is banging in his chest".
    // And "my heart is going mental", "heart going crazy".
    'heart ~4 (hammering|hammered|thudding|banging|pummelling|drumming|going like mad|going like crazy|going like the clappers|going mental|going crazy|going mad|going nuts|going wild|going berserk|going insane)',
  ],
  icd_shock: [
    '(defibrillator|icd|defib|pacemaker) ~4 (shock*|fired|went off|going off|zapped)',
    'shocked (him|her|me) (twice|again|\\d+ times|three times)',
    // The device named, then "it" in the next sentence ("got an ICD for heart failure. it went off
    // once about an hour ago"; phase 25, stop 46, fresh-triage-p28d iv114).
    '(?<=\\b(defibrillator|icd|defib)\\b[^!?]{0,80})(it|the device|the thing|the box) (went off|fired|shocked me|zapped me|gave me a shock|has gone off)',
  ],
  // One shock only (BHF: one shock and well afterwards, ring the device clinic the same day;
  // more than one, or unwell, 999; phase 24, fresh set p24a).
  icd_shock_single: [
    '(defibrillator|icd|defib|it|device) ~3 (shocked|zapped|fired|went off) (me |him |her )?(once|one time|just the once)',
    '(one|a single|1|just one|only one) (shock|zap)',
  ],
  exertional: [
    '(when|while|on|during|after) (i |he |she )?(climb*|walk*|exert*|exercis*|running|run|jog*|going up|go up|gardening|carrying|hurry*)',
    'on exertion',
    'climbing (the )?stairs',
  ],
  // Breathless with effort, said straight after the word ("breathless walking uphill").
  breath_on_effort: [
    '(breathless*|out of breath|short of breath|sob|puffed|puffing|winded) ~3 (walking|climbing|going up|(up|on) (the )?(stairs|hills?)|uphill|hills|stairs|inclines?|exertion|exercise|exercising)',
  ],
  at_rest: [
    'at rest',
    'even (when )?(sitting|resting|lying|at rest|still)',
    '(sitting|lying) (still|down)',
    'while (resting|sitting|lying)',
    "(won't|doesn't|does not|will not|isn't|not) go(ing)? away",
  ],
  orthopnoea: [
    // Not "breathless when I go up the stairs" (stop 48, probes-p12-fa: read as orthopnoea).
    'breathless (lying|at night|in bed)',
    'breathless when (lying|lie|lay|i lie|i lay|he lies|she lies|laying|i lay down|i lie down)',
    "(can't|cannot|unable to) (lie|lay|sleep) (flat|down)",
    '(wake|waking|woke|wakes) (up )?(at night )?(gasping|breathless|short of breath|fighting for breath)',
    '(need|sleep on|sleeping on|propped up on) (more|extra|\\d+|three|four) pillows',
    'breathless lying (flat|down)',
  ],
  ankle_swelling: [
    '(ankles?|legs|feet|calves|shins) ~3 (swollen|swell*|puffy|puffed|fluid)',
    'swollen (ankles|legs|feet)',
    'o?edema',
  ],
  breathless: [
    '(gets|getting|got|get|is|becomes) (so |very |really )?puffed( out)?',
    'short(ness)? (of )?breath*',
    'breath (is )?(\\w+ )?short',
    'out of breath',
    'breathless*',
    '(difficulty|difficulties|trouble|problems?|hard|harder|struggl*|difficult|laboured|labored|issues?) (\\w+ )?(breath(e|ing)?|to breath(e)?|getting (my |his |her )?breath)',
    '(breath|breathing) ~2 (difficult|hard|harder|labou?red|shallow|heavier|worse|tight|tough)',
    '(struggling|struggle|hard|difficult|difficulty|trouble) ~5 (to )?breath(e|ing)?',
    "(can't|cannot|couldn't|unable to|struggling to|can not) (catch|get) (my|his|her|their|a) breath",
    "(not|can't|unable to) breath(e|ing)? (properly|well|normally|right|proper|deep*|in deep*)",
    "can't take (a )?deep breaths?",
    'dyspn*',
    'winded',
    'puffed out',
    'air hunger',
    '(hard|struggling|struggle|trying) to breath(e)?',
    'breathing (problems|difficulties|difficulty|trouble|issues)',
    'catch (my|his|her) breath',
  ],
  breathless_explained: [
    '(when|while|if) (i |he |she )?(run|jog|exercise|do sport|play football|go to the gym|work out)',
    '(after|when|from) (running|exercise|exercising|the gym|sport|a run|jogging|playing|a workout|working out|dancing|swimming|cycling)',
    'running for the bus',
    'unfit',
    'out of shape',
  ],
  wheeze: ['wheez*', 'whistl* (when|in) (i |he |she )?breath*'],
  breathless_severe: [
    // Nor "I CANT BREATHE!!! nose totally blocked from this cold" (phase 24).
    "(can't|cannot|can not|couldn't|unable to|barely|hardly) breath(e|ing)?(?! (through|out of|thru) (my|his|her|the) nose)(?![^.?]{0,40}\\b(nose|nostrils?) (is |are |totally |completely |so |all ){0,3}(blocked|bunged|stuffed|stuffy|congested)\\b)",
    'gasping',
    'fighting for (breath|air)',
    '(struggling|struggles|fighting|labouring) (to|for) (breathe|breath|air)',
    "(breathless|short of breath|shortness of breath|struggling to breathe|can't breathe|out of breath|can't get (my|his|her) breath) (even )?(when |while )?(at rest|sitting|resting|doing nothing|talking)",
    '{severe} ~2 (shortness of breath|breathless*|difficulty breathing|breathing difficult*|breathing problems)',
    // Not in a foreign language ("can't finish a sentence in French").
    "(can't|cannot|unable to|struggling to|too breathless to) (speak|talk|say|finish|get) (in )?(full |a )?(sentences?|a sentence|words|properly|more than)(?! (in|of) (french|spanish|german|english|italian|portuguese|arabic|chinese|mandarin|japanese|welsh|polish|urdu|hindi|a (foreign|new|second) language|another language)| yet)",
    '(only|just) (say |speak |get out |manage )?(a few|few|a couple of|one|two|three|\\d)( or (two|three|four|\\d))? words',
    'can barely (talk|speak|breathe)',
    '(ribs|chest|tummy|stomach|skin|belly|neck) (are |is |keeps )?(going|suck*|pull*|sink*|cav*|draw*) in',
    'suck* in (under|between|at|below) ({poss} )?ribs',
    '(dip|hollow) (at|in) (the )?(bottom|base) of (his|her|the) (neck|throat)',
    'tracheal tug',
    'recession',
    'nostrils? flar*',
    'head bobbing',
    'grunt*',
    "(can't|cannot) (lie|lay) down ~4 (gasping|breath)",
    '(severe|worst|bad) (asthma )?attack',
    "(can't|cannot) get (any )?air (in|into)",
    'suffocat*',
    "(can't|cannot) (swallow|talk|speak|eat) (or|and) breath(e|ing)?",
    'working (really |very |so )?hard to breathe',
    'using (his|her|their|my) (tummy|stomach|neck|belly) (muscles )?to breathe',
    "(can't|cannot|can not) (take|get|catch) (any |in |enough )?(air|breath|a breath)",
    "(can't|cannot|not) get enough (air|breath|oxygen)",
    'chest (is |feels )?(closing|closing up)',
    'breathing (is )?(really |very )?(bad|terrible|awful|scary)',
  ],
  // Not a purpose ("put babies on their tummies so they wouldnt choke on sick"; stop 47,
  // fresh-triage-p28s jk011).
  choking: [
    "(?<!\\bso (that )?(they|he|she|it|babies|baby|the baby|you|we|i) (wouldn't|wouldnt|won't|wont|don't|dont|doesn't|doesnt|didn't|didnt|can't|cant|couldn't|couldnt) )chok*",
    'something stuck in (his|her|my|their) (throat|windpipe)',
  ],
  cant_cough_cry: [
    "(can't|cannot|not able to|unable to|isn't able to|won't) (cough|cry|speak|make a sound|make any noise|breathe or)",
    'no sound',
    'silent',
  ],
  food_stuck: [
    '(bone|food|something|it) ~4 (stuck|lodged)',
    '(swallowed|eating|ate) ~5 (stuck|lodged)',
    '(food|meat|steak|chicken|bone|fish ?bone|something|piece of \\w+|sweet|grape|bolus) (is |got |has got |has been |was |that )?(stuck|lodged) (in )?({poss} )?(throat|gullet|o?esophagus|windpipe|chest)?',
    'stuck in ({poss} )?(throat|gullet)',
    // "a bit of chicken is stuck low in my chest" (phase 25, fresh-triage-p25f fx132: a food
    // bolus; endoscopy within 24 hours).
    '(food|meat|steak|chicken|beef|pork|lamb|bread|bone|fish ?bone|tablet|pill|bit of \\w+|piece of \\w+|lump of \\w+|chunk of \\w+|mouthful) ~3 (stuck|lodged) ~4 (throat|gullet|o?esophagus|chest|food ?pipe)',
  ],
  cant_swallow_saliva: [
    "(can't|cannot|unable to|not able to|can not) (even )?swallow ((my|his|her|their) )?(own )?(spit|saliva)",
    "(can't|cannot) swallow ~4 (not even|even) ((my|his|her|their) )?(own )?(spit|saliva)",
  ],
  // Phase 14 (recall2, probes-p14-recall2.json): not even water goes down ("cant swallow even
  // water", "can't get any fluids down"), or saliva spat out because it will not: with a jaw
  // that will not open or one side swollen, an airway threat (quinsy, deep neck infection).
  cant_swallow_fluids: [
    "(can't|cannot|can not|unable to|not able to|can hardly|can barely) (even )?swallow (even )?(a sip of |sips of |any |a drop of )?(water|fluids?|liquids?|drinks?|sips)",
    "(can't|cannot|can not) swallow ~4 (not even|even) (water|fluids|liquids|drinks|sips)",
    "(can't|cannot|can not|unable to|not able to|can hardly|can barely) (get|keep) (any |even )?(water|fluids|liquids|drinks|sips)( of water)? down",
    '(spitting|spits|spit) (it |his saliva |her saliva |my saliva |saliva )?(out )?into (a|the) (cup|bowl|bucket|tissue|sink)',
  ],
  drooling: ['drool*'],
  cant_swallow: [
    // Not "hurts to swallow but managing soup and drinks ok" (phase 24), nor "it hurts to swallow.
    // can swallow ok tho" (stop 49, fresh-triage-p30a ks005: a fish bone felt in the throat).
    // Nor tablets that are hard to swallow, a knack rather than dysphagia (phase 25,
    // fresh-triage-p25f fx030: "always found tablets hard to swallow ... since kid").
    "(?<!\\b(tablets?|pills?|capsules?|big ones|large ones|meds|medicines?) (are |is |were |always )?)(can't|cannot|unable to|struggling to|hard to|difficult to|hurts to|difficulty|trouble|can hardly|can barely|not able to) (\\w+ )?swallow*(?! (tablets?|pills?|capsules?|big tablets|large tablets))(?! ~~6 (but|though|tho) (i'm |im |he's |she's )?(managing|can (still )?(eat|drink|swallow)|still (eating|drinking)|eating|drinking))(?![^.!?]{0,40}[.!?]? ?(i |he |she |but |though |tho )?(can|could) (still )?(swallow|eat|drink) (ok|okay|fine|alright|normally))",
    'swallowing (is )?(very |really )?(hard|difficult|painful|impossible)',
  ],
  stridor: [
    '(noisy|whistl*|squeak*|strange|funny|weird|high|rasp*|harsh) (sound|noise|noises|sounds) ~~3 (when|while|as|with) (he |she |i |they |it )?(breathe|breathes|breathing|breath|breaths)',
    'stridor',
    '(high pitched|whistling|squeaky|crowing|harsh|strange|noisy|rasping) (noise|sound|noises|sounds|breathing) ~3 (breath*|breathing) in',
    '(noise|sound|noises) (when|as) (he |she |i )?(breathe|breathes|breathing) in',
    'noisy breathing (in|when)',
  ],
  croup: ['croup*', 'barking cough', 'cough like a seal'],
  noisy_breathing: [
    '(breathing|breath) (is |sounds )?(really |very )?(noisy|rattly|rattling|gurgling|bubbly|crackly)',
    'death rattle',
    'rattl* (in|from) (his|her|the) chest',
    'noisy breathing',
    '(gurgling|rattling|rattly) (noises?|sounds?|breathing)',
  ],
  slow_breathing: [
    '(breathing|breaths) (is |are |has |have |feels |feel |seems |seem |is getting |getting )?(really |very |so |gone |become )?(slow|shallow)',
    '(slow|shallow) (breathing|breaths)',
    'barely breathing',
    'long (pauses|gaps) (between|in) ({poss} )?(breaths|breathing)',
    "snoring and (won't|can't|not)",
  ],
  apnoea: [
    '(stopped|stops|stop|pausing|pauses|paused|pause) (breathing|in (his|her) breathing)',
    'keeps pausing',
    'pauses (in|between) (his|her) breath*',
    // Not the condition's name, "sleep apnoea" (phase 25, fresh-triage-p26w ho110: "snores
    // really loud ... is that sleep apnoea?"); pauses told in words still read.
    '(?<!\\bsleep )apno?ea',
  ],
  haemoptysis: [
    'cough* up ~10 (blood|bloody)',
    'cough* up ~6 (bright red |fresh |dark )?(blood|bloody)',
    '(cough*|spit*|bringing up|hacking up) (up )?((?!(and|but|or|then|since) )\\w+ ){0,4}{blood}',
    '{blood} (in|with|on) ({poss} )?(phlegm|sputum|mucus|spit|tissue when i cough)',
    '(bloody|blood ?stained|blood ?streaked|pink|rusty) (phlegm|sputum|mucus|spit)',
    'streaks? of blood(?! (on|in) (the )?(toilet|paper|tissue|poo|stool|nappy))',
    'h?a?emoptysis',
  ],
  blood_heavy_amount: [
    'a lot',
    'lots of',
    // Not "after coughing loads" (phase 25, fresh-triage-p26m he056).
    '(?<!\\b(coughing|coughed|sneezing|sneezed|crying|cried|vomiting|retching|straining|sick) )loads',
    'cup ?fuls?',
    'mouthfuls?',
    'large amounts?',
    'so much',
    'much blood',
    'pouring',
    'gushing',
    'everywhere',
    'big clots',
  ],
  pleuritic: [
    '({pain}|sharp|stabbing) ~4 (when|if|as|on) (i |he |she )?(breathe|breathing|take a (deep )?breath|breath in|inhale|breathe in)',
    'hurts to (breathe|take a breath|breath)',
    'pain on (breathing|inspiration)',
    // "says it catches in his chest when he breathes in" (phase 23).
    '(catch|catches|catching|caught) (in )?({poss} )?(chest|side|lung|ribs?)? ~3 (when|if|as|on) (i |he |she |you )?(breathe|breathes|breathing|take a (deep )?breath|takes a (deep )?breath|breath in|inhale|breathe in|breathes in)',
  ],
  asthma_attack: [
    'asthma attack',
    "asthma (is |has been |'s been )?(bad|worse|flaring|playing up|getting worse|really bad)",
    'attack of asthma',
  ],
  inhaler_no_relief: [
    "(inhaler|inhalers|reliever|ventolin|salbutamol|puffer|pump|nebuli[sz]er|blue one) ~4 (not|isn't|hasn't|doesn't|didn't|no|without) (working|helping|help|work|touching|doing anything|making (a |any )?difference|easing|effect)(?! (as|so) (well|good|much|effectively|long))",
    'no (relief|help|difference) (from|with) ({poss} )?(inhaler|reliever|puffer|ventolin|nebuli[sz]er)',
    // Not the usual one or two puffs ("took 2 puffs of my blue inhaler and it went"; phase 24).
    // Not the question "how many puffs can she have" (phase 25, fresh-triage-p27g hy158).
    '(?<![\\d.])(?<!\\bhow )([5-9]|[1-9]\\d+|five|six|seven|eight|nine|ten|twenty|loads of|lots of|many|so many) puffs',
    '(inhaler|reliever|ventolin) every (\\d+ )?(few )?(minutes|hour)',
    'inhaler not working(?! (as|so) (well|good|much|effectively|long))',
    '(inhaler|reliever|spray) ~4 (only|barely) (helps|lasts|works|helping|lasting) ~4 (hour|hours|while|minutes)',
    '(inhaler|inhalers|reliever|ventolin|salbutamol|puffer|pump|nebuli[sz]er) ~3 (doing nothing|does nothing|did nothing|useless|no use|no good)',
  ],
  reliever_overuse: [
    '(reliever|inhaler|ventolin|salbutamol|blue inhaler) ~4 (\\d+|five|six|several|many|lots of|more) times (a|per|each) day',
    'using (my|his|her) (reliever|inhaler) (a lot )?more (than usual|often)',
    // Every four hours or more often (Asthma + Lung UK: get an urgent appointment; phase 20).
    '(reliever|inhaler|ventolin|salbutamol|blue inhaler|blue one|puffer|pump) ~4 every (\\d|two|three|four|couple of|few)( ?(-|to|or) ?(\\d|two|three|four))? (hours|hrs|hour)',
    'waking (at night|up) (coughing|wheezing)',
    // The reliever working less well than it did (an asthma review, not an attack by itself).
    '(inhaler|inhalers|reliever|ventolin|salbutamol|puffer|blue one) ~4 (not|seem to|seems to) ~2 (working|work|helping|help|lasting|last) (as|so) (well|good|much|long)',
  ],
  breathing_worse: [
    'more (breathless|short of breath|wheezy) than usual',
    '(breathing|breathless*|short of breath) (is |has )?(getting|got|gone|become) worse',
    'harder than usual',
    'flare ?-?up',
    'exacerbation',
    // Started or taking it, not asking for a new one (phase 24: "need a new rescue pack,
    // feeling fine").
    '(started|starting|start|using|taken|taking|on|opened|begun) ~3 rescue pack',
    'green (phlegm|sputum)',
  ],
  anaphylaxis_word: ['anaphyla*'],
  epipen: [
    // Not "haven't needed it in years" (phase 7 wave 9 e).
    "(epipen|epi ?pen|adrenaline pen|auto ?-?injector) ~4 (didn't|not|hasn't|isn't|wasn't|help*|work*)(?! (needed|need|used|had|had to|been needed|expired|out of date|renewed|replaced))",
    '(used|gave|given|use|using|injected|jabbed) ~3 (epipen|epi ?pen|adrenaline|epinephrine|auto ?-?injector|jext|emerade)',
    '(epipen|epi ?pen|auto ?-?injector) (was |has been )?(used|given)',
  ],
  throat_closing: [
    "throat ((is|feels|feel|like|it's|its|it|getting|has|keeps|was|going|gone|really|very|so|a bit) ){0,5}(closing|closed|tight|tightening|closing up|constricting|narrowing)",
    '(closing|tightening) (of )?(up )?((my|his|her|the) )?throat',
    'feels? like ({poss} )?throat (is )?(closing|shutting)',
  ],
  throat_swelling: [
    'throat (is |feels |getting |has |was )?(swelling|swollen|swell*|puffy)',
    '(mouth|tongue|lips?) and throat (is |are )?(swell*|swollen)',
    'swelling (in|of) ({poss} )?throat',
  ],

  tongue_swelling: [
    '(tongue|uvula) ~3 (swell*|swollen|thick|big|bigger|huge|puffy|enlarg*|massive|enormous|fat)',
    'swell* (of|in|on) ({poss} )?(tongue|throat)',
    'swollen (tongue|throat)',
    'swell* ~3 tongue',
    '(lips?|face|mouth) and tongue ~2 (swell*|swollen)',
  ],
  lip_face_swelling: [
    '(lips?|face|tongue|mouth|eyes?|eyelids?) (is|are|got|gets|get|gone|went|became|become|look|looks|getting) (very |so |really |too |all )?(big|bigger|fat|fatter|huge|puffy|swollen|swelled)',
    ...near(
      '(lips?|face|eyes?|eyelids?|mouth|cheeks?|jaw)',
      '(swell*|swollen|puffy|puffed up|blown up|ballooning|massive|enormous)',
      3,
    ),
    '(lips?|face|eyes?|eyelids?|mouth|cheeks?) ~3 (swell*|swollen|puffy|puffed up|puffing up|blown up|blowing up|ballooning)',
    'swell* (of|in|on|around) ({poss} )?(face|lips?|mouth|eyes)',
    'swollen (face|lips?|eyes|mouth)',
    'angio ?o?edema',
    '(face|lips?) (is |are )?(a bit |slightly )?puffy',
  ],
  hives: [
    'hives',
    'urticaria',
    'nettle rash',
    'welts',
    'itch* all over',
    'rash all over',
    '(raised|itchy|red) (bumps|lumps|rash|blotches) (all over|everywhere)',
    'itchy (all over|everywhere)',
  ],
  voice_change: [
    'voice ~3 (gone|changed|hoarse|weird|strange|muffled|croaky|different|funny|odd|squeaky|husky)',
    'hot potato',
  ],
  rash: ['rash*', 'spots all over', 'blotches'],
  limb_cold_white: [
    '(leg|foot|arm|hand|fingers?|toes?) ~3 (cold|white|pale|(?<!black and )blue|waxy|icy|mottled)',
    '(cold|white|pale|icy) (and )?(white|cold|numb|pale|blue) (leg|foot|arm|hand|fingers|toes)',
    "(no|can't feel (a|the)) pulse in ({poss} )?(foot|leg|arm|wrist)",
    // "my left leg suddenly went really painful, it's cold and white compared to the other"
    // (stop 47, fresh-triage-p28v jn080).
    "(leg|foot|arm|hand) ~8 (it's|its|it is|is|has gone|gone|went) (cold and (white|pale|blue|grey)|(white|pale) and cold)",
  ],
  limb_cant_move: [
    "(not|can't|cannot|unable to|doesn't|don't|won't|couldn't|can not) (move|moving|feel|feeling) (his|her|my|their|both) (legs|arms|leg|arm|feet)",
    "(can't|cannot|unable to|not able to) (move|feel|wiggle|lift|raise) ({poss} )?(right |left )?(foot|leg|toes|fingers|hand|arm)",
    "(can't|cannot) really (move|feel|wiggle|lift) ({poss} )?(right |left )?(foot|leg|toes|fingers|hand|arm)",
    "(leg|foot|arm|hand|fingers?|toes?) ~3 (numb|dead|paralysed|paralyzed|won't move)",
  ],
  raynaud_pattern: [
    'raynaud*',
    'white then (red|blue)',
    'in (the )?(cold|winter)',
    "when (it's|its|i'm|i get|(he|she|they|we|you) gets?|(he's|she's|they're|we're|you're)) cold",
    // The colour coming back on warming: "then they turn red and tingle when they warm up".
    '(turn*|go|goes|went|come|comes|came) (back )?(red|pink) ~8 (warm|warms|warmed|warming)',
    '(when|once|after|as) (i|he|she|they|we|you|it) (warm|warms|warmed|get warm|gets warm) (up|them|back up)',
    'cold weather',
    // Cold water swimming; fingers that came back within minutes.
    'cold (water|sea|swim\\w*|dip|plunge|lake|river)',
    '(wild|open ?water|sea|winter) swim*',
    '(came|come|went|going) back (to normal )?(within|after|in) (a few|\\d+|five|ten|a couple of) (minutes|mins)',
  ],
  calf_pain: [
    ...near('(calf|calves)', '({pain}|tight|cramp*|swollen|swell*|red|hot|warm|hard)', 4),
    '(calf|calves) ~3 ({pain}|tight|cramp*|swollen|swell*|red|hot|warm|hard)',
    '({pain}|swelling|swollen) (and (swelling|pain|redness|tenderness) )?(in|of|behind) ({poss} )?(calf|calves)',
    // "his other calf (the left, not the operated one) is fat and sore" (phase 23).
    '(calf|calves) ~10 (is|are|looks|feels|gone|went|has gone|got) (all |really |very |a bit |quite )?(fat|fatter|puffy|bigger|tender|sore|swollen|tight|hard)',
  ],
  leg_swollen_one: [
    '(one|left|right) (leg|calf|ankle|thigh) ~3 (swollen|bigger|swell*|fatter|thicker)',
    'swollen (left|right) (leg|calf)',
    '(swollen|swelling|swell*|bigger|puffy) ~8 (only|just) (on )?(one|1) (side|leg)',
    '(leg|calf) (is )?(swollen|red|hot) and (painful|tender|red|hot|warm)',
    // One side named by the operation or an old clot: "my calf on the same side is now swollen",
    // "the same leg has got the same heavy ache and swelling again" (stop 53, fresh-triage-p30n
    // lf128 and p30t ll071: a calf after a knee replacement and a DVT's leg again read as routine).
    '(leg|calf|thigh) on the (same|operated|op|other) side ~5 (swollen|swelling|swell*|puffy|bigger|fatter|tight)',
    '(same|operated|op|bad|affected) (leg|calf) ~8 (swollen|swelling|swell*|puffy|bigger|fatter)',
  ],
  leg_swelling_any: [
    '(leg|calf|thigh) (it )?(is|are|looks?|gone|got) (very |so |really |all )?(big|bigger|fat|puffy|swollen)',
    '(leg|calf|thigh) ~3 (swollen|swelling|swell*)',
    '(leg|calf|calves|thigh) (is|are|looks?|gone|got|getting|feels?) (all |very |really |a bit |so )?(puffy|puffed up|fat|fatter)',
    'swelling (in|of) ({poss} )?(leg|calf|thigh)',
    '(swelling|swollen) (all the way )?(down|up) to ({poss} )?(ankle|knee|foot|thigh|calf)',
    '(behind|back of) ({poss} )?knee ~4 (swell*|swollen)',
  ],
  vein_inflamed: [...near('(vein|veins)', '(swollen|hard|red|painful|tender|lump|lumpy)', 3)],
  dvt_word: ['dvt', '(blood )?clot (in|on) ({poss} )?(leg|calf|thigh)', 'thrombosis'],
  varicose_bleed: ['(varicose|vein) ~6 (bleed*|burst|blood|oozing)'],
  bp_high_word: [
    '(blood pressure|bp) (is |was |has been )?(very |really |dangerously |sky )?(high|through the roof)',
    'hypertensive crisis',
  ],
  bp_low_word: ['(blood pressure|bp) (is |was |has )?(very |really |dropped |gone )?(low|dropped)'],
  // Phase 10 third round (helper fa3: blind set 13's emergency misses; probes-p10-fa3.json).
  //
  // Learning or teaching how or when to use an adrenaline pen (a nursery, school or
  // childminder shown how): a plan, not a reaction now.
  epipen_howto: [
    '(how|when) (and when |and how )?to (use|give|inject) ~3 (epipen|epi ?pen|epipens|adrenaline pen|adrenaline pens|auto ?-?injector|auto ?-?injectors|jext|emerade)',
    '(show|showing|shown|teach|teaching|train|training|trained|practis*|practic*) ~6 (use|using|give|giving) ~3 (epipen|epi ?pen|epipens|adrenaline pen|adrenaline pens|auto ?-?injector|auto ?-?injectors|jext|emerade)',
  ],
  // An adrenaline pen actually used or given ("they had to use it" after the pen is named).
  epipen_given: [
    '(had to|needed to|have had to|have to) (use|give|inject) (it|the pen|his pen|her pen|their pen|one)',
    // Not pens prescribed: "we've been given 2 EpiPens" (stop 53, fresh-triage-p31g: a new
    // diagnosis at the allergy clinic read as anaphylaxis now).
    '(?<!\\b(been|were|was|got|get) )(used|gave|given|injected|jabbed|had to use) ~3 (epipen|epi ?pen|epipens|adrenaline pen|adrenaline pens|auto ?-?injector|auto ?-?injectors|jext|emerade)(?! (to|for) (carry|keep|take|school|nursery|home|use))',
    '(epipen|epi ?pen|epipens|adrenaline pen|adrenaline pens|auto ?-?injector|auto ?-?injectors|jext|emerade) (was |has been |had been )?(used|given|jabbed)',
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  /**
   * Breathing that stops for seconds in sleep with snoring: sleep apnoea, not an arrest; in a
   * child past infancy too (enlarged tonsils: a GP's referral, NHS "sleep apnoea"), not in a
   * baby (rules: a baby's pauses stay an emergency).
   */
  sleep_apnoea: [
    '(stops|stopped|stop|pauses) breathing ~6 (when|while|as) ({who} )?(snor*|sleep*|asleep)',
    '(pauses|gaps|stops) in ({poss} )?breathing ~6 (at night|in (his|her|my|their) sleep|while (asleep|sleeping)|when (he|she|i|they) (sleeps|is asleep|snores))',
    'snor* ~8 (pauses|gaps|stops) in ({poss} )?breathing',
    '(stops|stopped|stop|pauses) breathing ~6 (at night|in (his|her|my|their) sleep|when (he|she|i) (sleeps|is asleep)|while (asleep|sleeping)|for a few seconds)',
    'snor* ~8 (stops|stop|stopped|pauses) breathing',
  ],
  /** Snoring said: a child's pauses in sleep read as sleep apnoea only with it (rules). */
  snoring: ['snor*'],
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
  rest_pain_limb: [
    ...near('(foot|leg|toes)', '(dusky|pale|blue|purple|cold)', 4),
    'better (when )?(hanging|dangling) ~4 (bed|down)',
  ],
  cough: ['cough*', 'chesty'],
  // "stand up to quick" (stop 50: the five-letter spelling experiment restored "vison" and
  // showed the rules read this as sight lost).
  orthostatic: ['(stand|standing|stood|get|getting) up (too |to )?(fast|quick*)'],
  // Phase 6: kinds of message an independent blind set missed, told by kind only and written as the
  // guidance frames them (NHS 111 / 999 lists, NICE CKS, NICE fever-in-under-5s and diarrhoea-and-
  // vomiting traffic lights).
  //
  // Pain or tightness across the upper back, between the shoulder blades (aortic dissection,
  // an atypical heart attack in diabetes or older age).
  interscapular_pain: [
    '({pain}|tight*|tearing|ripping|pressure|heavy|heaviness|burning) ~6 between ({poss} )?shoulder ?blades',
    'between ({poss} )?shoulder ?blades ~4 ({pain}|tight*|tearing|ripping|pressure|heavy|heaviness)',
    '({pain}|tight*|tearing|ripping|pressure|heaviness) ~3 (across|in|through|into) ({poss} )?upper back',
    '(going|goes|went|shooting|radiating) (right )?through to ({poss} )?back',
  ],
  // Upper-limb DVT beside a line, a port or a recent drip (NICE CKS DVT).
  line_context: [LINE],
  arm_swollen_any: [
    ...near(
      '(arm|arms|forearm|upper arm|hand)',
      '(swollen|swell*|puffy|puffed|heavy|heaviness|tight|tightness|bigger|fat)',
      8,
    ),
  ],
  // Phase 7 (helper e: false alarms; formerly lexicon-wave9-e.ts).
  //
  // A heartbeat described by how it feels, with words the palpitation lists lack ("fluttery
  // heartbeat", "my heartbeat keeps skipping"); the twin of "fluttery after coffee".
  palp_lay_e: [
    '(fluttery|flittery|flutter|jumpy|thudding|banging|hammering|galloping|erratic|jittery|wobbly|skippy|uneven|irregular) (heart ?beats?|heart ?rate|pulse)',
    'heart ?beats? (is |was |feels |keeps |has been )?(\\w+ )?(flutter*|skipping|jumping|erratic|all over the place|thudding|banging|hammering|galloping)',
  ],
};
