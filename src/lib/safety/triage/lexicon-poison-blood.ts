// Lexicon, poisoning, bleeding and blood sugar: overdoses and staggered overdoses (TOXBASE /
// NHS: any paracetamol overdose needs A&E even without symptoms), a child into someone's
// medicines, button batteries, magnets and caustics (NHS: A&E at once), opioid toxicity,
// medication errors; major bleeding, vomiting blood, black stools; DKA, HHS and severe
// hypoglycaemia (NICE NG17/NG28, JBDS), adrenal crisis. Pattern language: pattern.ts.

import { near, NOT_SOAKED_CLOTHES, type Concepts } from './lexicon-types';

/** Carbon monoxide's household symptoms (better_away_home). */
const CO_SYMPTOM =
  '(headaches?|head ?aches?|migraines?|sick|nause*|queasy|dizz*|drows*|sleepy|tired|confused|vomit*|light-?headed|groggy)';
/** Easing words: not a bare "goes" (review14b: "goes away when I get home"). */
const CO_EASE =
  '(better|fine|clears?|cleared|clear up|clears up|goes away|go away|went away|gone|disappears?|disappeared|eases?|eased|improves?|improved|lifts?|lifted)';
/**
 * After "twice" or "two times": not a schedule ("metformin 500 twice daily", "twice a day"):
 * a dose taken as prescribed is no double dose (phase 20: read as a medicine error).
 */
const NOT_A_SCHEDULE =
  '(?! (a |per |each |every )?(day|daily|days|week|weekly|weeks|night|nightly|nights|month|monthly|morning and (night|evening))| (this|last|in the|in a|in one|over the) (past |last )?(week|month|year|fortnight))';

/** The rest of one sentence: a gap that never crosses . ! ? or a new line. */
const SAME_SENTENCE = '\\b[^.!?\\n]{0,120}?\\b';

/** "the round silver thing", "the little disc", "the coin cell" (battery_unnamed_gone). */
const BATTERY_UNNAMED =
  '(thing|things|disc|disk|discs|disks|cell|cells|coin cells?|battery|batteries)';
/** No "ran out", "replaced", "used up", "dead", "flat", "in the bin", "recycling" in the sentence. */
const BATTERY_NOT_SPENT =
  '(?<!\\b(ran|run|runs) out\\b[^.!?\\n]{0,120})(?<!\\b(replaced|swapped|used up|binned|recycl\\w*|threw|thrown)\\b[^.!?\\n]{0,120})(?![^.!?\\n]{0,120}\\b(ran out|run out|runs out|replaced|swapped|used up|(is|was|went|gone|were|are) (flat|dead)|in the bin|binned|recycl\\w*|threw (it )?(away|out)|thrown (it )?(away|out))\\b)';

/** The rest of this sentence, or of the one before and into this one (better_away_home). */
// A pill organiser or a pharmacy's weekly pack, by any of its names.
const PILL_ORGANISER =
  '(dosette|dossette|doset|pill organi[sz]er|pill ?box|pill case|blister pack|nomad (pack|tray)|webster pack|dose box|(tablet|pill|meds?|medication|medicine) (box|tray|organi[sz]er|pack))';
// Days' doses gone from it at once, not run out for a refill.
const DOSES_GONE =
  "(whole|entire|all|all of|all the|all this|all of the|all of this|every|several|(two|three|four|five|six|\\d+) days'?) (week's )?(week|weeks|week's|day|days|compartment|compartments|slot|slots|dose|doses|pot|pots|section|sections) ~3 (is |are |was |were |now |all )?(empty|emptied|gone|missing|taken)(?! ~~6 (refill*|renew*|pharmacy|chemist|deliver*|collect*|prescription|repeat))";
const CO_NEAR = '\\b(?:[^.!?\\n]{0,200}[.!?]+\\s+)?[^.!?\\n]{0,120}?\\b';
/** A child, told in the sentence itself (magnets_missing, battery_unnamed_gone). */
const KID =
  "({child}|{baby}|toddler|\\d+ ?(yo|y/o|yr|yrs|year|years|month|months|mo|mth|mths)( old)?|he|she|him|her|his|he's|she's|brother|sister|grandson|granddaughter)";
/** Magnets counted and some short ("3 are missing", "only 8 of the 10 buckyballs"). */
const MAGNETS_COUNTED =
  '((magnet*|magnetic|buckyballs?|neocubes?) ~14 (\\d+|two|three|four|five|several|some|a few|a couple|few) (of them )?(are |is |were )?(missing|gone|unaccounted for|not there)|((only|just) (found|find|count*|have|got|see|can find)|(found|find|counted|count|have|got|can find|could find) (only|just)) ~2 (\\d+|two|three|four|five|six|seven|eight|nine|ten) (of|out of) (the )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) (small |tiny |little )?(magnet*|magnetic \\w+|buckyballs?|neocubes?))';

export const POISON_BLOOD_SIGNS: Concepts = {
  overdose: [
    // Not "did I overdose on caffeine?" after coffees or an energy drink (phase 17); caffeine
    // pills or powder still count.
    'overdos*(?! on (coffee|coffees|energy drinks?|monster|red ?bull|sugar|chocolate|caffeine(?! (pills|tablets|powder|capsules))))',
    '(took|taken|take|swallowed|had|ate|drank|downed|necked|chewed) ~3 (too many|a (whole|full) (bottle|packet|box|pack|strip|load)|all (of )?(my|the|his|her|their)(?! (course|malaria|antibiotics?|anti ?-?malarials?|prescribed|doses?))|loads of|a load of|a bunch of|a handful of|a lot of|lots of|a fistful of|double|triple|extra) ~4 ({drug}|pills|tablets|stuff|of them)(?! ~~6 (as|like) (i was |he was |she was |we were )?(the |my |his |her |their )?(gp|doctor|docter|dr|pharmacist|chemist|nurse|dentist|consultant|prescribed|directed|instructed|told|advised|recommended|label|leaflet))',
    // Not a question of too many regular medicines: "could it be too many medicines?", "she's
    // on too many tablets" (phase 17: an 86-year-old's medicines review read as an overdose).
    "(?<!\\b(on|be|it's|its|is it|it is|are|were|of|taking) )too many {drug}",
    '(took|taken|injected|used|had|done|did|smoked|snorted) ~3 too much(?! (coffee|caffeine|tea|food|sugar|chocolate|cake|salt|cheese|fibre|sun|to eat|to drink|energy drinks?|red ?bull|cola|junk|fun|screen time|exercise|sleep|alcohol|booze|wine|prosecco|champagne|fizz|beer|lager|cider|vodka|gin|rum|whisky|whiskey|tequila|cocktails?|sambuca))',
    '(took|taken|injected|gave|given|had|swallowed|drank) ~3 too much ~2 ({drug}|insulin|medicine|of (it|his|her|my|the))',
    '(whole|entire|full|half a|most of a) (bottle|packet|box|pack|strip) of ~2 ({drug}|calpol|nurofen|medicine|piriton|antihistamine*|cough (syrup|medicine))',
    // Not blood taken at a donation or a test ("they took a lot of blood"; phase 25 probes).
    'took a (load|lot|bunch|handful) of(?! (blood|bloods|samples?|tubes?|vials?|photos|pictures|time|notes|x-?rays))',
    // The rest of a pack, or a month's supply at once: "swallowed the rest of the packet".
    '(swallowed|took|taken|had|downed|necked) the rest of (the|my|his|her|their) (packet|pack|box|bottle|strip|tablets|pills)',
    '(took|taken|swallowed) (the|her|his|my|their) (whole|entire) (bottle|packet|pack|box|strip|tub)(?! of (water|juice|milk|wine|beer|vodka|squash|cola|coke|pop|soda|sweets|vitamins))',
    "(swallowed|took|taken|downed|necked) ~2 (whole|entire|full) (month|month's|months|week's|weeks|fortnight|fortnight's|prescription|supply|stash) (of|worth|supply)",
    // Not "had a load of new floaters" (stop 50, fresh-triage-p30j lb057), tests or stress.
    '(swallowed|took|taken|had|ate|downed|necked) (a |an |the |my |his |her )?(packet|pack|box|bottle|strip|tub|handful|load|pot) of(?! (new |little |tiny |black |dark |bright )?(floaters|spots|dots|specks|flashes|cobwebs|tests|scans|bloods|blood tests|stress|work|people|questions|symptoms|visitors|problems|issues|appointments|bruises|messages|calls|time off|sleep))',
    'more than the (max|maximum|recommended) (daily )?dose',
    '(kept|been|keep|keeps) taking ~4 every (hour|couple of hours|two hours|few hours|2 hours|\\d+ hours)',
    'lost count',
    // A medicine bottle got open and drunk from ("got the calpol bottle open and drank it, was
    // nearly full"; phase 25, fresh-triage-p25b ft139).
    "(calpol|calpol's|medicine|medicine's|syrup|{drug}|nurofen|paracetamol|ibuprofen|piriton|cough mixture|cough medicine) bottle ~8 (drank|drunk|downed|necked|swallowed|glugged)",
    '(drank|drunk|swallowed|downed|necked|drinking|glugged) (it |some |half )?(straight )?(from|out of) (the|a|his|her|my) (calpol|medicine|syrup|{drug}|nurofen|piriton|cough medicine) bottle',
    // Phase 25 (fresh-triage-p24h fr113): a pill organiser full last night and empty this
    // morning, or days' doses gone from it at once: days of tablets may have been taken
    // together, often by someone with dementia (NHS: A&E for an overdose even if they seem well).
    `${PILL_ORGANISER} ~10 (was |were )?(full|filled|done|sorted|fine|had the whole week|had a week) ~14 (empty|emptied|gone|missing|all taken)`,
    `${PILL_ORGANISER} ~14 ${DOSES_GONE}`,
    `${DOSES_GONE} ~14 ${PILL_ORGANISER}`,
    "(been|got|was|is|have been|has been|i've been|he's been|she's been) poisoned",
    '(swallowed|drank|took|ate) (some )?poison',
  ],
  took_unknown: [
    "(taken|took|had|swallowed|'s taken|has taken) something",
    'taken (some|a load of) (stuff|drugs)',
  ],
  child_into_meds: [
    // "found my 2 yr old with the infant calpol bottle, lid off ... nearly empty so maybe 60-70ml
    // gone" (stop 50, fresh-triage-p30b kt054).
    '(found|caught) ~6 (with|holding|drinking from|drinking) (the |a |an |her |his |my |our )?(\\w+ )?(calpol|nurofen|paracetamol|ibuprofen|medicine|cough medicine|piriton|medise|antibiotic) (bottle|syrup)',
    '(\\d+ ?-? ?\\d* ?ml|most of the bottle|half (of )?the bottle) (gone|missing)',
    // Not a child's own prescribed medicine: "so she can take her own tablets in school" (stop
    // 50, fresh-triage-p30j lb092).
    "(found|got into|ate|eat|eats|eaten|swallowed|swallow|took|take|chewed|into|playing with|drank|drink) ~4 (grandma's|grandad's|granny's|nan's|mum's|dad's|my|his|her|the|some|someone's|a|your|our)(?! own\\b) ~3 ({drug}|pill organi[sz]er|medicine cabinet|vitamins|iron)",
    // "had" only with a count or someone's medicine: not "had earache last night, cried a lot,
    // gave calpol" (phase 25, fresh-triage-p25c fu113).
    'had (some|one|two|three|a few|a couple|a handful|a load|loads|a bunch|a gulp|a sip|a swig|a mouthful|a taste|a lick|a bite|a nibble|a drink|a swallow) (of )?({drug}|vitamins|iron)',
    "had (some|one|two|three|a few|a couple|a handful|a load|loads|a bunch|a gulp|a sip|a swig|a mouthful|a taste|a lick|a bite|a nibble|a drink|a swallow) (of )?(grandma's|grandad's|granny's|nan's|mum's|dad's|my|his|her|the|someone's|your|our) ~2 ({drug}|vitamins|iron)",
    "had (grandma's|grandad's|granny's|nan's|mum's|dad's|someone's) ({drug}|vitamins|iron)",
    '({drug}) (from|out of|in) ~2 (grandma|grandmother|granny|nan|grandad|grandfather|mum|dad|mother|father|handbag|bag|cupboard|drawer|bedside)',
    'pill (organi[sz]er|box|pot|bottle) ~6 (open|empty|missing)',
    'compartments? ~3 (empty|missing)',
    '(think|thinks|may|might|could|possibly) (he|she|they|the baby) (ate|swallowed|took|had|has eaten|has swallowed|chewed) (some|one|a few|them|it)',
    // "Thought it was a sweet, but it was one of my blood pressure tablets": mistaken for a sweet.
    "(but|actually) (it was|they were|it turned out to be|turned out to be|it was actually) (one of |some of |two of |a couple of )?(my|his|her|our|their|the|grandma's|nan's|mum's|dad's) ~2 {drug}",
  ],
  button_battery: [
    '(button|coin|lithium|watch|small|round|remote|hearing aid) (cell )?batter(y|ies)',
    'batter(y|ies) (from|out of|of) ~3 (remote|watch|toy|key|scale|card)',
    '(swallow*|ate|eat|eats|eaten|put in|bit|chewed) ~4 batter(y|ies)',
  ],
  // Phase 14 (helper recall): a button battery described, not named ("the little round flat
  // battery is missing" from a key fob, "the tiny battery is nowhere to be found"), or the
  // battery of a small device: read missing with a small child (rules-body.ts).
  battery_described: [
    '(little|small|tiny|round|flat|silver|shiny|coin|coin-shaped|disc|disk) (round |flat |silver |shiny |coin |little |tiny ){0,2}batter(y|ies)',
    '(key ?fob|fob|car key|remote|hearing aid|watch|scales|thermometer|calculator|tea ?light|birthday card|musical card|flashing toy|toy) ~8 batter(y|ies)',
    'batter(y|ies) (of|from|in|out of) (the |his |her |my )?(watch|key ?fob|car key|remote|hearing aid|scales|thermometer|toy|card)',
  ],
  // Phase 14 (recall2): the battery not even named: "the round silver thing from the remote",
  // "the little round disc that powers the card", "the coin cell from the key fob".
  battery_unnamed: [
    '(round|flat|silver|shiny|coin|coin-shaped|little|small|tiny) (round |flat |silver |shiny |coin |little |tiny ){0,2}(thing|things|disc|disk|discs|disks|cell|cells) ~6 (from|of|in|out of|inside|that powers|powering|off) ~3 (remote|key ?fob|fob|car key|watch|hearing aid|scales?|thermometer|calculator|tea ?lights?|birthday card|greeting card|musical card|singing card|card|flashing toy|toy|controller)',
    '(remote|key ?fob|fob|car key|watch|hearing aid|scales?|thermometer|calculator|tea ?lights?|card|toy|controller) ~6 (round|flat|silver|shiny|coin) (\\w+ ){0,2}(thing|disc|disk|cell)',
    'coin cells?',
  ],
  // ... and gone from its place, in the same sentence; not a cell that ran out, was replaced,
  // is dead or flat, or went in the bin or the recycling (review14b batch 2).
  battery_unnamed_gone: [
    `${BATTERY_NOT_SPENT}${BATTERY_UNNAMED} ~~6 (is |are |was |has |have |is now |has now )?(missing|gone|disappeared|nowhere to be (found|seen)|not there( anymore)?)(?! (flat|dead))`,
    `${BATTERY_NOT_SPENT}(can't|cannot|can not) find (the|that) ~3 ${BATTERY_UNNAMED}`,
  ],
  battery_missing: [
    // Gone from its place, not run down: not "gone flat", "gone dead", "lost charge".
    "batter(y|ies) ~4 (missing|gone|disappeared|nowhere|not there|can't find|cannot find|can not find|lost)(?! (flat|dead|low|charge|its charge|their charge|power|all power|juice))",

    "(can't|cannot|can not) find (the|a|that) ~3 batter(y|ies)",
  ],
  // Phase 25 (fresh-triage-p24h fr135, "her hearing aid battery finish, where I can get new
  // one free?"): a button battery that has run down or is wanted new is a supply question, not
  // a swallowed battery (rules-body.ts reads it so only with no swallow, child or missing one).
  battery_spent: [
    'batter(y|ies) ~4 (finish*|ran out|run out|running out|runs out|run down|ran down|runs down|flat|dead|died|dies|dying|low|need* (changing|replacing|a change|replacement)|keep* (dying|running out)|last*|drain*|replac*|chang*)',
    '(buy|get|order|orders|replace|replacing|change|changing|spare|new|free|supply|supplies|prescription for|pack of|packet of) ~4 (hearing aid|watch|button|coin|lithium) batter(y|ies)',
  ],
  magnets: [
    'magnet (desk )?(toy|set|balls?|beads?|pieces?)',
    'magnetic (balls?|beads?|pieces?|toys?|sets?|bead sets?)',
    'magnets',
    'magn[aei]?ts',
    'magnet (pieces|balls|beads|bits)',
    '(two|three|several|some|\\d+) magnets?',
  ],
  // Phase 14 (helper recall2, probes-p14-recall2.json): magnets counted and some gone ("we
  // counted them and three are missing"), with no swallow said ("he ate the silver sweets"):
  // two or more can pull together through the gut wall (NHS: A&E at once). The count and the
  // magnets in one stretch, so "one magnet tile came loose, all there" is not it.
  magnets_missing: [
    // Counted short only, and a child in the same sentence (review14b: "the fridge magnet
    // from Spain is missing, I think the dog knocked it off" was not it).
    `${KID}${SAME_SENTENCE}${MAGNETS_COUNTED}`,
    `${MAGNETS_COUNTED}${SAME_SENTENCE}${KID}`,
  ],
  caustic: [
    'bleach',
    'drain (cleaner|unblocker)',
    'oven cleaner',
    'toilet (cleaner|liquid|duck|bleach)',
    'dishwasher (tablet|tablets|pod|pods|capsule|powder|liquid)',
    'washing (machine )?(pod|pods|capsule|liquitab|tablet)',
    'laundry (pod|pods|capsule|tablet|liquid)',
    'liquitab*',
    'caustic',
    'corrosive',
    'battery acid',
    'descaler',
    'liquid for clean*',
    'under (the )?sink',
    'cleaning (product|stuff|liquid|spray|fluid|tablet)',
    'weed ?killer',
    'antifreeze',
    'paraffin',
    'white spirit',
    'lamp oil',
    'petrol',
    'pesticide',
    'rat poison',
    'slug pellets',
    '(e-?liquid|e-?cig(arette)? (liquid|juice|refill|oil)|vape (liquid|juice|oil|refill))',
    'nicotine (liquid|gum|patch)',
    'methanol',
  ],
  adult_dose: [
    '(adult|adults|grown ?-?up) (paracetamol|ibuprofen|calpol|dose|doses|strength|tablets|medicine|syrup|version)',
    '(paracetamol|ibuprofen|calpol|medicine|syrup) (meant |made )?for adults',
  ],
  ingested: [
    // Not drinking water, milk or feeds ("he eat little but drink water"; phase 25,
    // fresh-triage-p25z gr095 read a parent's dose of paracetamol as an overdose that way).
    '(swallowed|ate|eaten|(drank|drunk|drink)(?! (some |a little |a bit of |lots of |plenty of |more |less |loads of |a lot of |enough |his |her |their )?(water|milk|fluids?|squash|juice|breast ?milk|formula|bottles?|feeds?)\\b)|licked|chewed|bit into|bitten into|bite into|sucked|took|taken|had a mouthful|got into|gulped)',
    'put (it |some |one )?in (his|her|their) mouth',
    '(put|had|got|popped|stuck) (a |an |the |some |one )?(\\w+ ){0,3}(in|into) (his|her|their) mouth',
  ],
  mouth_burns: [
    '(mouth|lips|tongue|throat) ~3 (red|burnt|burning|blistered|raw|white)',
    'foam* (at|round|around) ({poss} )?mouth',
    '(burns?|blisters?|burning) (in|on|around) ({poss} )?(mouth|lips|tongue|throat)',
  ],
  swallowed_object: [
    '(swallowed|ate|eaten|has swallowed|swallow) ~3 (coin|penny|10p|20p|5p|1p|2p|pound coin|marble|bead|pin|needle|screw|nail|earring|toy|lego|button|(?<!(cherry|plum|olive|peach|apricot|date|fruit|lychee|mango|avocado) )stone|ring|key|magnets?|small \\w+|piece of)',
    'coin (is )?stuck',
  ],
  household_mild: [
    '(washing ?-?up liquid|soap|shampoo|bubble bath|hand (gel|sanitiser|sanitizer)|moisturiser|sun ?cream|perfume|mouthwash)',
  ],
  // A product named free of what makes it harmful: "alcohol-free mouthwash" (blind-16).
  hazard_free: [
    '(alcohol|nicotine|caffeine) ?-?free',
    'non-?alcoholic',
    '(zero|0) ?% (alcohol|nicotine)',
  ],
  nontoxic_item: ['(crayons?|play ?-?doh|silica gel|lipstick|chalk|pencil|paper|sand|soil|mud)'],
  recreational: [
    // Not the drink: "after a can of coke", "diet coke" (phase 25, fresh-triage-p27i ia062).
    '(ketamine|cocaine|(?<!\\b(cans?|bottles?|glass|glasses|litres?|pints?|diet|cherry|vanilla|full fat|sugar free)( of)? )coke(?! (zero|cans?|bottles?|float))|mdma|ecstasy|molly|spice|ghb|gbl|heroin|fentanyl|crack|amphetamines?|meth|lsd|shrooms|magic mushrooms|legal highs?|xanax|benzos|nitrous|drugs)',
    '(pills|something) at (a|the) (party|club|festival)',
  ],
  opioid: [
    '(heroin|fentanyl|methadone|morphine|oramorph|oxycodone|oxynorm|oxycontin|zomorph|codeine|co-?codamol|dihydrocodeine|tramadol|tapentadol|opioids?|opiates?|smack|buprenorphine)',
  ],
  alcohol_heavy: [
    '(drank|drunk|had|downed) ~3 (a |half a |a whole |whole |most of a |half )?(bottle|litre|liter) of (vodka|whisky|whiskey|rum|gin|spirits|tequila|wine)',
    'very drunk',
    'alcohol poisoning',
    'paralytic',
  ],
  medication_error: [
    '(instead of|rather than) (one|1|the usual|my usual|\\d+ ?(ml|mg)?|half)',
    '{drug} ~12 (by mistake|by accident)',
    '(by mistake|by accident|accidentally) ~12 {drug}',
    'gave (him|her|them|my \\w+) ~6 (too much|double|twice|instead of)',
    `(took|taken|given|gave|take|had (my|his|her|their|the|a|an|two|2|both|another|extra|some) (\\w+ )?(dose|doses|tablet|tablets|pill|pills|medicine|medication|meds|inhaler|puffs|injection|insulin|calpol|nurofen|paracetamol|ibuprofen|capsule|capsules|jab|vaccine)) ~10 (?<!(vomited|vomit|sick|puked|threw up|been|pooed|went|gone|woke up|fainted|fallen|fell) )(twice${NOT_A_SCHEDULE}|two doses|double(?! (espressos?|shots? of|whiske?y|vodka|gin|rum|measure|cheeseburger|shift))|a double dose|an extra dose|the wrong|someone else's|by mistake|by accident)`,
    '(accidentally|by mistake|by accident) ~4 (took|taken|gave|given|had|swallowed|double)',
    'double dose',
    'wrong (tablet|tablets|medicine|medication|dose|pills)',
    "(husband|wife|partner|mum|dad|mother|father|son|daughter)'s ~3 (tablet|pill|medicine|medication|tablets|pills)",
    // A dose taken and "then again this morning because I thought today was my day" (stop 49, fresh-triage-p30k lc074: weekly methotrexate twice).
    '(took|taken|had|injected) (my |his |her )?\\w+ [^.!?]{0,40}?then again (this morning|today|tonight|this evening|later|the next day)',
  ],
  // A wrong medicine or strength caught before any was taken ("chemist gave me 20mg instead
  // of 10mg ... noticed before taking any"; phase 25, fresh-triage-p25b ft067).
  error_not_taken: [
    '(noticed|spotted|realised|realized|caught|checked|saw) ~3 before (i |he |she |we |they )?(took|taking|take|gave|giving|had|having|swallowing|swallowed|opened|opening)',
    "(haven't|hasn't|didn't|not|never) (yet )?(taken|take|took|given|give|had|swallowed|opened) (any|it|them|one|a single)",
  ],
  alcohol_drink: [
    '(whisky|whiskey|vodka|gin|rum|wine|beer|cider|spirits|alcohol|prosecco|tequila|brandy|sherry)',
  ],
  // Phase 25 (fresh-triage-p25b ft158, "toddler swallowed one of grandads amlodipine 10mg"):
  // medicines of which one adult tablet can harm a small child (calcium-channel and beta
  // blockers, sulfonylureas, opioid substitutes, antipsychotics, heart-rhythm medicines;
  // TOXBASE refers every such ingestion by a child), beyond high_risk_drug.
  child_one_pill_drug: [
    '(amlodipine|nifedipine|felodipine|lercanidipine|lacidipine|bisoprolol|atenolol|metoprolol|carvedilol|nebivolol|sotalol|labetalol|glimepiride|glipizide|glibenclamide|buprenorphine|subutex|methadone|tramadol|codeine|co ?-?codamol|dihydrocodeine|flecainide|olanzapine|quetiapine|clozapine|chlorpromazine|imipramine|nortriptyline|dosulepin|clomipramine|diphenoxylate|lomotil|loperamide|benzocaine|camphor|nicotine (gum|patch|lozenge))',
  ],
  high_risk_drug: [
    '(warfarin|insulin|digoxin|lithium|methotrexate|morphine|oxycodone|fentanyl|iron tablets|tricyclic|amitriptyline|beta ?-?blockers?|propranolol|verapamil|diltiazem|clonidine|gliclazide|sulfonylurea|paracetamol|opioids?)',
  ],
  // Phase 14 (recall2): carbon monoxide told by its pattern, not its name: symptoms that
  // clear away from home and come back there (NHS: symptoms that ease when you are away from
  // home), told with a fuel-burning appliance (co_fuel_appliance). The easing tied to being out.
  better_away_home: [
    // The symptom in the easing's sentence or the one just before it (blind 22: "all four of
    // us have had headaches ... The funny thing is we all feel better when we go out for a
    // walk"), the easing AWAY from home (outside, at work,
    // out for a walk, weekends away, when we leave the house): not "better when I get home",
    // which is the opposite of the pattern (review14b batch 2).
    `${CO_SYMPTOM}${CO_NEAR}${CO_EASE} ~6 (when|once|if|after|as soon as|whenever) (we|i|they|he|she|you)('re|'m)? ~2 (go|goes|went|get|gets|step|steps|walk|head|are|is|am) ~2 (out|outside|away|to work|to school|for a walk)`,
    `${CO_SYMPTOM}${CO_NEAR}${CO_EASE} ~6 (when|once|if|after|as soon as|whenever) (we|i|they|he|she|you) (leave|leaves|left|get out of|step out of) the (house|flat|home|caravan|cabin|tent)`,
    `${CO_SYMPTOM}${CO_NEAR}${CO_EASE} ~4 (outside|out of the house|away from (home|the house|the flat)|at work|at school|on holiday|(on |at )?(the )?(weekends?|days?|nights?|holidays?) away|at (his|her|their) (house|place|flat)|at (my|our) (mum's|mums|dad's|parents'?|friend's|friends) (house|place|flat)?|out on (the )?\\w+)`,
    `${CO_SYMPTOM}${CO_NEAR}(when|once|if|whenever) (we|i|they|he|she)('re|'m)? ~2 (are|go|get|step|walk|head) ~2 (out|outside|away|to work|to school) ~4 ${CO_EASE}`,
    `${CO_SYMPTOM}${CO_NEAR}(comes?|came|starts?|started) (back|again) (when|once|as soon as) (we|i|they|he|she) ~3 (home|back|inside|indoors|in the house)`,
    `${CO_SYMPTOM}${CO_NEAR}(only|just) (at|in|when (we are|we're|i am|i'm) at) home`,
  ],
  // A home or a household in the message: a lone "headache better when I go outside for a
  // walk, must be stress ... do I need a chimney sweep?" is not the pattern (review14b).
  co_home_or_household: [
    '(home|at home|in the house|in the flat|indoors|we|us|both|everyone|all of us|family|kids|husband|wife|partner|moved in)',
  ],
  co_fuel_appliance: [
    '(gas|oil|coal|wood|log|paraffin|propane|calor)(-| )?(boiler|fire|heater|furnace|stove|burner|water heater|geyser|cooker|oven|heating)',
    '(boiler|furnace|wood ?burner|log ?burner|generator|gas fire|gas heater|paraffin heater|chimney|flue|stove|fireplace|open fire)',
    '(yellow|orange|lazy) flame',
    // A boiler said as "boilers old" and the heating put on for the season (stop 49, fresh-triage-p29v kn152:
    // a household's headaches since the heating went on, a faint, the dog sick).
    'boilers',
    '(put|turned|switched|turn|switch|have|had) (the )?(central )?heating (on|back on)',
  ],
  carbon_monoxide: [
    '(car|engine) ~6 garage ~6 engine (on|running)',
    'garage ~6 engine (on|running)',
    'engine (on|running) ~6 garage',
    '(car|engine) ~6 (garage|running) ~6 (locked|inside|sitting|sat)',
    '(locked|sitting|sat|shut) (herself|himself|themselves|myself) in (the|a|his|her|my) car ~6 (engine|garage|running)',
    'engine running ~6 garage',
    'exhaust (pipe|fumes)',
    'hosepipe',
    ...near(
      '(boiler|heater|gas fire|generator|barbecue|bbq|stove|fire)',
      '(headaches?|dizzy|sick|fumes)',
      10,
    ),
    '(generator|bbq|barbecue|charcoal|heater) ~4 (inside|indoors|in the (house|garage|tent|room|caravan))',
    'carbon monoxide(?! (alarms?|detectors?|monitors?|sensors?|safety|awareness))',
    '(co|carbon) (alarm|detector) ~3 (going off|went off|beeping)',
    '(boiler|heater|gas fire|generator|barbecue|bbq) ~6 (headache|dizzy|sick|fumes)',
    // Not "running on fumes" (tired; stop 53, fresh-triage-p31j: read as carbon monoxide).
    '(?<!\\b(running|run|going|living|surviving) on )fumes',
    '(headaches?|dizzy|dizziness|sick|nause*|drowsy) ~10 (boiler|heater|gas fire|generator|gas leak|gas smell)',
    '(whole|all the|all of the|everyone in the|all of us in the) (family|house|household|flat) ~4 (headaches?|dizzy|sick|nause*|drowsy)',
    '(everyone|all of us|we all|the whole family) ~4 (headaches?|dizzy|sick|nause*)( too| as well)? ~8 (home|house|flat|indoors|inside)',
  ],
  wild_plants: [
    '(ate|eaten|swallowed) ~3 (wild |some |a )?(mushrooms?|berries|plant|leaves|toadstools?|fungi|seeds)',
  ],
  // Phase 14 (helper recall): a bleed that goes on despite firm pressure ("for over forty
  // minutes despite pinching it firmly", "though I have been pinching it"): read with a blood
  // thinner (rules-body.ts).
  bleed_despite_pressure: [
    // Not "though holding pressure for a minute stops it".
    '(despite|even with|even after|even though|even while|although|though) (i have been |i have |we have been |we have |she has been |he has been |been )?(pinching|pinched|pressing|pressed|pressure|holding|held|squeezing|squeezed|applying|applied|clamping) ~4 (it|nose|pressure|firmly|hard|tight|properly|the whole time)?(?! ~~6 (stops|stopped|helps|helped|works|worked|settles|settled|sorts|does the trick))',
    "(pinching|pressing|pressure|holding|held|squeezing|squeezed) ~6 (still|not stopping|not stopped|still going|still running|still pouring|still bleeding|won't stop)",

    "(we've|we have|i've|i have|she's|he's|has|have) (held|pinched|pressed) ~4 (the whole time|all along|for ages) ~4 still",
  ],
  severe_bleeding: [
    "{blood} ~12 (won't|will not|doesn't|does not|can't|cannot) stop(?! coming back)",
    "(bleeding|blood|bleed) ~3 (won't|will not|doesn't|does not|isn't|not|can't|cannot) (stop|stopping|slow)",
    "(won't|will not|can't|cannot|doesn't) stop (the )?bleed*",
    '(towel|bandage|dressing|cloth|tea towel|gauze|clothes|sheet|t-?shirt) (is |are |was |got |has |have |now )?(soaked|soaking|drenched|full of blood|covered in blood|red through)',
    '(bleeding|bleed*) (very |really |so )?(heavily|profusely|badly|a lot|loads|everywhere|like crazy|non ?stop)',
    'blood (is )?(everywhere|all over|pouring|gushing|spurting|pumping|squirting)',
    // Not a stoma pouring out its output (phase 25 probes).
    '(?<!\\b(stoma|ileostomy|colostomy|bag|pouch|output) ((has|is|keeps|been|has been|was|kept) ){0,2})(gushing|spurting|pouring|pumping|squirting) (blood|out)',
    `${NOT_SOAKED_CLOTHES}soak* ~4 (bandages?|through|towels?|dressings?|tea towel|cloth|plaster|gauze)`,
    'through the (bandages?|dressings?|towels?)',
    '(bleeding|bled|blood|bleeds) (through|thru) ~3 (bandages?|towels?|tea towels?|dressings?|cloths?|pads?|plasters?|t-?shirts?|tissues)',
    '(lots|loads|pool|puddle) of blood',
    // "theres a lot of blood coming out" (phase 25, fresh-triage-p26p hh127).
    '(a lot|a load|a ton|tons) of blood (is )?(coming out|coming from|pouring|gushing|everywhere|all over)',
    'losing (a lot of |lots of )?blood',
    '(lost|losing) (a lot of|lots of|so much|loads of|too much|a load of) blood',
    'so much blood',
    'much blood',
    'deep (cut|wound|gash) ~4 (bleed*|blood)',
    'bleeding for (over |more than |about )?(an hour|\\d+ (hours|hrs)|half an hour)',
  ],
  haematemesis: [
    '{vomit} (up )?((?!(and|but|or|then|since) )\\w+ ){0,4}(blood|bloody)',
    '(blood|bloody) (in|with) ({poss} )?(vomit|sick)',
    // "threw up what looked like a mug full of bright red blood" (phase 25, fresh-triage-p26u
    // hm012).
    '{vomit} (up )?what (looked|looks|look|looked like|seemed) ~8 (blood|bloody)',
    'ha?ematemesis',
    'vomit blood',
  ],
  blood_in_mouth: [
    '(fresh )?blood ~3 (coming|comes|keeps coming) (into|in|from|out of) ({poss} )?mouth',
    'spitting (out )?blood',
  ],
  // Clothes wet through from rain, a river or wet cement: not blood unless blood is said
  // (phase 25, fresh-triage-p25e fw069; net.ts reads it as the net's cue explained).
  clothes_wet: [
    '(trousers|jeans|pants|clothes|clothing|boots|shoes|socks|trainers|kit|uniform|coat|jacket|overalls|top|shirt) ((got|get|were|was|are|is|all|completely|totally|right|just) ){0,3}(soaked|soaking|drenched|sodden|wet) ?(through|thru)?',
  ],
  bleeding_any: [
    'bleed*',
    'blood(?! (tests?|pressure|sugars?|glucose|type|group|count|results?|work|donation|thinners?|clot risk))',
  ],
  bruising_unexplained: [
    'bruis* ~3 (for no reason|everywhere|all over|without (a |any )?(reason|bump|knock|injury))',
    'unexplained bruis*',
  ],
  // A high sugar already corrected back into range: "BG 14 two hrs after pizza, bolused a
  // correction and its 8 now" (phase 22's second fresh set: read urgent).
  glucose_corrected: [
    // "corrected and it's 7 this morning" (phase 23).
    "(bolus*|correct*|correction|extra insulin|more insulin) ~12 (its|it's|it is|now|back|down|dropped|came|come|gone|went) (down |back )?(to |at )?([4-9](\\.\\d)?|10(\\.0)?)(?! ?(hours?|hrs?|mins?|minutes?|units?|u\\b))\\b",
  ],
  // A correction dose given ("correction done"; phase 24, fresh set p24a).
  correction_done: [
    '(correction|correction dose|correcting dose|correction bolus|extra insulin) ~2 (done|given|taken|had|in|sorted)',
    '(did|done|gave|given|took|taken|had|have done) (a |my |the |his |her )?(correction|correction dose|correcting dose|correction bolus)',
  ],
  hyperglycaemia_word: [
    '(blood )?sugars? ~3 (very |really |sky |super |too |so )?(high|hi)',
    'high (blood )?sugars?',
    'hyperglyc*',
  ],
  meter_hi: [
    '(meter|monitor|glucometer|libre|sensor|dexcom|machine|reading) ~3 (says|said|reads|read|showing|shows|showed|shows just|just says) (hi|high)',
  ],
  ketones_word: [
    'ketones? ~3 (high|raised|positive|are up|moderate|large|purple|dark)',
    '(high|raised|positive|large|moderate) ketones',
    'ketoacidosis',
    'dka',
    'hhs',
  ],
  breath_smell: [
    'breath ~3 (smells?|smelling) ~3 (weird|sweet|fruity|pear drops|nail varnish|acetone|strange|funny|like)',
    '(fruity|sweet|acetone) breath',
  ],
  hypo_word: [
    'hypos?',
    'hypoglyc*',
    '(low|dropping|dropped) (blood )?sugars?',
    'sugar (is |was )?(very |really |too )?low',
    'low glucose',
  ],
  thirst_polyuria: [
    '(very|constantly|always|really|extremely|so|super|v) thirsty',
    'thirsty all the time',
    "(can't|cannot) stop drinking",
    '(peeing|weeing|urinating|going to the toilet) (all the time|constantly|loads|a lot|every)',
  ],
  weight_loss: [
    'lost (a lot of |loads of |lots of |so much |some )?weight',
    'lost (a|two|\\d+) (stone|kg|kilos|pounds|lbs)',
    'weight loss',
    'losing weight',
  ],
  insulin_problem: [
    '(run out of|ran out of|no|missed|forgot|cut down|stopped|reduced|not taking) ~3 insulin',
    'insulin pump ~3 (failed|broken|not working|came out)',
  ],
  // Phase 10 second round (helper fa2: blind set 12's misses; probes-p10-fa2.json). NHS paracetamol
  // and ibuprofen for children (repeated doses over the limit: A&E) and swallowed objects (silica
  // gel, toothpaste, sand: harmless).
  //
  // Repeated doses: "three doses today", "every four hours since yesterday", "four times today".
  doses_repeated: [
    '(two|three|four|five|six|2|3|4|5|6|several|multiple|a few|all) (doses|times) (today|a day|in a day|since|over|yesterday|now|in 24 hours|in the last)',
    // ... or "every 4 hours day and night" (phase 25, stop 46, fresh-triage-p28j jb126).
    '(every|each) (\\d+|two|three|four|five|six|four to six) (hours|hrs|hour) ~6 (since|for|all|over|day and night|night and day|round the clock)',
    // "every 2 or 3 hours plus some co-codamol on top, for 3 days straight" (phase 25,
    // fresh-triage-p27f hx107).
    '(every|each) (\\d+|two|three|four) (or|to|-) (\\d+|two|three|four|five|six) (hours|hrs) ~12 (since|for|all|over|day and night)',
    '(since|for) (yesterday|two days|2 days|three days|3 days|days) ~6 (every|each) (dose|time)',
    '(every|each) (dose|time) (since|for) (yesterday|two days|2 days|days)',
    // Daily amounts over days: "for 3 days for this flu, 8 panadol a day plus 4 lemsip sachets" (stop 49, fresh-triage-p30a ks156:
    // a staggered paracetamol overdose from two products).
    '(for|since) (\\d+|two|three|four|five|six|seven|several|a few) days ~10 (\\d+|two|three|four|five|six|seven|eight|ten|twelve) ~3 (a|per|each) day',
    '(\\d+|two|three|four|five|six|seven|eight|ten|twelve) ~3 (a|per|each) day ~10 (for|since) (\\d+|two|three|four|five|six|seven|several|a few) days',
  ],
  // A child's liquid paracetamol by brand or description (paracetamol_word names adult ones).
  child_paracetamol: [
    "(calpol|calprofen|infant paracetamol|children's paracetamol|childrens paracetamol|paracetamol suspension|paediatric paracetamol|infant ibuprofen|children's ibuprofen|childrens ibuprofen|nurofen for children|ibuprofen)",
  ],
  // The wrong strength for the age, or two carers each giving a dose.
  dose_wrong_strength: [
    '(6\\+|6 plus|six plus|sixplus|older child|adult|grown ?-?up) ~4 (calpol|paracetamol|ibuprofen|nurofen|dose|one|version|strength|syrup)',
    '(both|each) (gave|given|giving|been giving) ~8 (without|not) (telling|knowing|checking)',
    '(double|twice) the dose',
  ],
  // The reason a dose was taken: "for period pain", "for his toothache" (an ordinary dose for
  // a symptom, not a child into the medicine cupboard).
  dose_for_reason: [
    '(for|because of) (his |her |their |a |the |my |bad )?(period pain|period cramps|periods?|cramps|headache|head ache|toothache|tooth ache|fever|temperature|temp|cold|flu|sore throat|pain|earache|ear ache|migraine|back pain|sprain|sore \\w+)',
  ],
  // A small amount of something that does no harm swallowed (NHS: silica gel is not poisonous;
  // a smear of fluoride toothpaste; a mouthful of sand or soil).
  harmless_small_amount: [
    'silica( gel)?',
    '(small|little|tiny|pea ?-?sized|wee) (\\w+ )?(bit|blob|dab|smear|amount|lick|squeeze|bit) of (\\w+ ){0,2}toothpaste',
    '(licked|licking|lick|ate|eaten|swallowed|sucked) (some |a bit of |a little |the )?toothpaste',
    '(mouthful|handful|bit|some|a little) of (sand|soil|mud|dirt)',
    // The liquid of a glow stick bitten through, on the lips or in the mouth (stop 49, fresh-triage-p30a ks145:
    // the net read it as 999; UK poison advice: low toxicity, rinse the mouth).
    '(bit|bitten|chewed|sucked|broke|broken|cracked|split) (through |open |into )?(a |the |his |her |my |one of the )?glow ?-?sticks?',
    'glow ?-?stick ~4 (liquid|juice|stuff|fluid)',
  ],
  // Phase 10 third round (helper fa3: blind set 13's emergency misses; probes-p10-fa3.json).
  //
  // A dose given a little before it was due ("an hour early", "half an hour too soon"): the
  // day's total is what matters, and a dose early is not an overdose by itself.
  dose_given_early: [
    '(an|one|half an|a half|\\d+|few|couple of|20|30|40|45) (hour|hours|hr|hrs|minutes|mins) (too |a bit |or so )?(early|earlier|soon|too soon|before it was due|before (he|she|they) was due)',
    '(a bit|a little|slightly|bit) (too )?(early|soon)',
  ],
  // Phase 11 (helper fa: principles probed in many styles; probes-p11-fa.json). NHS taking an extra
  // dose by accident (for most medicines one extra dose is unlikely to harm; more care for blood
  // thinners, insulin, strong painkillers and children).
  //
  // One extra dose taken by mistake: "twice today", "two instead of one", "doubled up", "an
  // extra one", "took it again". Read with a named medicine; never a count of many.
  single_extra_dose: [
    `(took|taken|had|swallowed|take) ~6 ((twice|two times|2 times)${NOT_A_SCHEDULE}|a second (time|dose|one|tablet))`,
    '(took|taken|had|swallowed) ~4 (an|one) extra (one|dose|tablet|pill|capsule)',
    '(extra|second|double) (dose|tablet|pill|capsule) (by mistake|by accident|accidentally)',
    '(two|2) ~4 (instead of|rather than) (one|1)',
    'doubled? (up|dosed)',
    "(forgot|forgotten|didn't remember) (that )?(i'd|i had|he'd|he had|she'd|she had|i already|i'd already|i had already) (already )?(taken|had)",
    '(took|taken|had) (it|them|my \\w+|his \\w+|her \\w+) again',
  ],
  // The slip went on for days, or more than one extra dose: not a single slip.
  slip_repeated: [
    '(every day|each day|daily|all week|this week|for (\\d+|two|three|four|five|six|a few|several) (days|weeks))',
    '(three|four|five|3|4|5) (times|doses|tablets|pills)',
    "(whole|entire) (week|week's|weeks|month|pack|packet|box|strip)",
    'days in a row',
  ],
  // The whole round of medicines doubled ("took my morning tablets twice"), not one medicine:
  // several blood-pressure or heart medicines at once add up.
  whole_round: [
    '(my|his|her|their|all (of )?(my|his|her|their)) (morning |evening |night |night-time |bedtime |usual |daily |regular )?(tablets|pills|meds|medications|medicines)',
    '(both|all) (of )?(my|his|her|their|the) (tablets|pills|meds|medications|medicines)',
  ],
  // Medicines for which even one extra dose needs a check the same day (NHS: blood thinners,
  // insulin and sulfonylureas, strong painkillers, sedatives, some heart and mood medicines),
  // beyond narrow_drug and high_risk_drug: the newer blood thinners, sleeping tablets and
  // sedatives, gabapentinoids, anti-epileptics, sulfonylureas.
  slip_risky_drug: [
    '(apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|clopidogrel|ticagrelor|blood thinners?)',
    '(diazepam|lorazepam|valium|xanax|alprazolam|clonazepam|temazepam|benzos?|benzodiazepines?|zopiclone|zolpidem|sleeping (pills|tablets))',
    '(pregabalin|gabapentin|carbamazepine|phenytoin|valproate|epilim|lamotrigine|levetiracetam|keppra)',
    '(glibenclamide|glimepiride|glipizide|sulfonylureas?|sotalol|amiodarone|atenolol|bisoprolol|metoprolol|carvedilol|nifedipine|baclofen|mirtazapine|trazodone|tacrolimus|ciclosporin)',
    '(novorapid|humalog|lantus|levemir|tresiba|toujeo|fiasp|apidra|humulin|insulatard)',
  ],
  // Said outright that nothing is wrong after the slip: "no symptoms at all", "no side effects".
  no_symptoms_said: [
    '(no|not any|not got any|not having any|without any) (symptoms|side ?effects|problems|ill effects|effects)',
  ],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  drugs_unknown: [
    '(pills|tablets|drugs|powder|something|stuff) ~4 (bought|got|ordered) ~2 (online|the internet|the dark web|a friend|a stranger|a dealer|someone)',
    '(pills|tablets|something) (at|from) (a|the) (party|club|festival|rave)',
  ],
  inr_high: ['inr ~3 ([5-9]|\\d\\d)', 'inr (is |was )?(high|too high|very high)'],
  // Phase 6: kinds of message an independent blind set missed, told by kind only and written as the
  // guidance frames them (NHS 111 / 999 lists, NICE CKS, NICE fever-in-under-5s and diarrhoea-and-
  // vomiting traffic lights).
  //
  // Digoxin toxicity: yellow or green vision (xanthopsia).
  vision_yellow: [
    '(seeing|see|sees|saw|vision|sight) ~~4 (yellow*|green*|yellow-green)',
    '(things|everything|everyone|colours|colors|the world|lights?) ~~3 (look|looks|looking|seem|seems|appear*|are|is|gone|turned|tinted) ~~2 (yellow*|green*)',
    '(yellow|green|yellowish|greenish) (vision|tinge|tint|haze|halos?)',
  ],
  // Dependence on GHB/GBL or a benzodiazepine, told by how often or how long: stopping it
  // suddenly can cause a dangerous withdrawal (hallucinations, fits), like alcohol's (phase
  // 21's fresh set: "been using G every hour for weeks and ran out yesterday ... seeing shadow
  // ppl", read routine).
  sedative_dependence: [
    '(using|taking|doing|on|been on|dosing) (g|ghb|gbl|benzos?|xanax|alprazolam|valium|diazepam|etizolam|clonazepam|klonopin|lorazepam) ~6 (every (hour|few hours|\\d+ hours|couple of hours|day|night)|for (weeks|months|years)|daily|every day)',
    '(g|ghb|gbl|benzo|xanax) (withdrawal|withdrawals|withdrawl)',
  ],
  // The dependence stopped: "ran out yesterday", "stopped", "cold turkey".
  sedative_stopped: [
    '(stopped|quit|ran out|run out|cold turkey|came off|come off|went without|gone without)',
  ],
  // A medicine whose expected effect is drowsiness: the old antihistamines and sleep aids
  // (NHS "chlorphenamine", "diphenhydramine"). "Took Benadryl for hay fever and now I'm very
  // drowsy" is the medicine at work, not a confusion to be seen today (phase 20). The
  // confusion rule still reads drowsiness in a child, an older person, with confusion, or
  // when the person cannot be woken.
  sedating_med: [
    // "Non-drowsy" antihistamines that make someone sleepy all the same (phase 25,
    // fresh-triage-p26e gw015: "cetirizine makes me so sleepy at work").
    '(cetirizine|loratadine|fexofenadine|acrivastine|hay ?fever (tablets?|pills?|meds)|antihistamines?)',
    '(benadryl|diphenhydramine|piriton|chlorphenamine|chlorpheniramine|promethazine|phenergan|nytol|zzzquil|sominex|nyquil|night nurse|hydroxyzine|atarax|doxylamine|unisom|dramamine|dimenhydrinate|kwells|hyoscine|sleeping (pills?|tablets?)|sleep aids?|melatonin)',
  ],
};
