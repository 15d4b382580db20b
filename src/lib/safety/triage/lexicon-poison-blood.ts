// Lexicon, poisoning, bleeding and blood sugar: overdoses and staggered overdoses (TOXBASE /
// NHS: any paracetamol overdose needs A&E even without symptoms), a child into someone's
// medicines, button batteries, magnets and caustics (NHS: A&E at once), opioid toxicity,
// medication errors; major bleeding, vomiting blood, black stools; DKA, HHS and severe
// hypoglycaemia (NICE NG17/NG28, JBDS), adrenal crisis. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const POISON_BLOOD_SIGNS: Concepts = {
  overdose: [
    'overdos*',
    '(took|taken|take|swallowed|had|ate|drank|downed|necked|chewed) ~3 (too many|a (whole|full) (bottle|packet|box|pack|strip|load)|all (of )?(my|the|his|her|their)|loads of|a load of|a bunch of|a handful of|a lot of|lots of|a fistful of|double|triple|extra) ~2 ({drug}|pills|tablets|stuff|of them)',
    'too many {drug}',
    '(took|taken|injected|gave|given|had|swallowed|drank) ~3 too much ~2 ({drug}|insulin|medicine|of (it|his|her|my|the))',
    '(whole|entire|full|half a|most of a) (bottle|packet|box|pack|strip) of ~2 ({drug}|calpol|nurofen|medicine|piriton|antihistamine*|cough (syrup|medicine))',
    'took a (load|lot|bunch|handful) of',
    'more than the (max|maximum|recommended) (daily )?dose',
    '(kept|been|keep|keeps) taking ~4 every (hour|couple of hours|two hours|few hours|2 hours|\\d+ hours)',
    'lost count',
    '(?<!(food|blood) )poison(ed|ing)',
  ],
  took_unknown: [
    "(taken|took|had|swallowed|'s taken|has taken) something",
    'taken (some|a load of) (stuff|drugs)',
  ],
  child_into_meds: [
    "(found|got into|ate|eat|eats|eaten|swallowed|swallow|took|take|chewed|had|into|playing with|drank|drink) ~4 (grandma's|grandad's|granny's|nan's|mum's|dad's|my|his|her|the|some|someone's|a|your|our) ~2 ({drug}|pill organi[sz]er|medicine cabinet|vitamins|iron)",
    '({drug}) (from|out of|in) ~2 (grandma|grandmother|granny|nan|grandad|grandfather|mum|dad|mother|father|handbag|bag|cupboard|drawer|bedside)',
    'pill (organi[sz]er|box|pot|bottle) ~6 (open|empty|missing)',
    'compartments? ~3 (empty|missing)',
    '(think|thinks|may|might|could|possibly) (he|she|they|the baby) (ate|swallowed|took|had|has eaten|has swallowed|chewed) (some|one|a few|them|it)',
  ],
  button_battery: [
    '(button|coin|lithium|watch|small|round|remote|hearing aid) (cell )?batter(y|ies)',
    'batter(y|ies) (from|out of|of) ~3 (remote|watch|toy|key|scale|card)',
    '(swallow*|ate|eat|eats|eaten|put in|bit|chewed) ~4 batter(y|ies)',
  ],
  magnets: [
    'magnets',
    'magnet (pieces|balls|beads|bits)',
    '(two|three|several|some|\\d+) magnets?',
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
    'weed ?killer',
    'antifreeze',
    'paraffin',
    'white spirit',
    'lamp oil',
    'petrol',
    'pesticide',
    'rat poison',
    'slug pellets',
    'e-?liquid',
    'nicotine liquid',
    'methanol',
  ],
  ingested: [
    '(swallowed|ate|eaten|drank|drunk|drink|licked|chewed|bit into|bitten into|bite into|sucked|took|taken|had a mouthful|got into|gulped)',
    'put (it |some |one )?in (his|her|their) mouth',
  ],
  mouth_burns: [
    'foam* (at|round|around) ({poss} )?mouth',
    '(burns?|blisters?|burning) (in|on|around) ({poss} )?(mouth|lips|tongue|throat)',
  ],
  swallowed_object: [
    '(swallowed|ate|eaten|has swallowed|swallow) ~3 (coin|penny|10p|20p|5p|1p|2p|pound coin|marble|bead|pin|needle|screw|nail|earring|toy|lego|button|stone|ring|key|small \\w+|piece of)',
    'coin (is )?stuck',
  ],
  household_mild: [
    '(washing ?-?up liquid|soap|shampoo|bubble bath|hand (gel|sanitiser|sanitizer)|crayon|play ?-?doh|silica gel|moisturiser|sun ?cream|lipstick)',
  ],
  recreational: [
    '(ketamine|cocaine|coke|mdma|ecstasy|molly|spice|ghb|gbl|heroin|fentanyl|crack|amphetamines?|meth|lsd|shrooms|magic mushrooms|legal highs?|xanax|benzos|nitrous|drugs)',
    '(pills|something) at (a|the) (party|club|festival)',
  ],
  opioid: [
    '(heroin|fentanyl|methadone|morphine|oxycodone|codeine|tramadol|opioids?|opiates?|smack|buprenorphine)',
  ],
  alcohol_heavy: [
    '(drank|drunk|had|downed) ~3 (a |half a |a whole |whole |most of a |half )?(bottle|litre|liter) of (vodka|whisky|whiskey|rum|gin|spirits|tequila|wine)',
    'very drunk',
    'alcohol poisoning',
    'paralytic',
  ],
  medication_error: [
    "(took|taken|given|gave|had|take) ~10 (twice|two doses|double|a double dose|an extra dose|the wrong|someone else's|by mistake|by accident)",
    '(accidentally|by mistake|by accident) ~4 (took|taken|gave|given|had|swallowed|double)',
    'double dose',
    'wrong (tablet|tablets|medicine|medication|dose|pills)',
    "(husband|wife|partner|mum|dad|mother|father|son|daughter)'s ~3 (tablet|pill|medicine|medication|tablets|pills)",
  ],
  high_risk_drug: [
    '(warfarin|insulin|digoxin|lithium|methotrexate|morphine|oxycodone|fentanyl|iron tablets|tricyclic|amitriptyline|beta ?-?blockers?|propranolol|verapamil|diltiazem|clonidine|gliclazide|sulfonylurea|paracetamol|opioids?)',
  ],
  carbon_monoxide: [
    'carbon monoxide',
    '(co|carbon) (alarm|detector) ~3 (going off|went off|beeping)',
    '(boiler|heater|gas fire|generator|barbecue|bbq) ~6 (headache|dizzy|sick|fumes)',
    'fumes',
  ],
  wild_plants: [
    '(ate|eaten|swallowed) ~3 (wild |some |a )?(mushrooms?|berries|plant|leaves|toadstools?|fungi|seeds)',
  ],
  severe_bleeding: [
    "(bleeding|blood|bleed) ~3 (won't|will not|doesn't|does not|isn't|not|can't|cannot) (stop|stopping|slow)",
    "(won't|will not|can't|cannot|doesn't) stop (the )?bleed*",
    '(bleeding|bleed*) (very |really |so )?(heavily|profusely|badly|a lot|loads|everywhere|like crazy|non ?stop)',
    'blood (is )?(everywhere|all over|pouring|gushing|spurting|pumping|squirting)',
    '(gushing|spurting|pouring|pumping|squirting) (blood|out)',
    'soak* ~4 (bandages?|through|towels?|dressings?|tea towel|cloth|plaster|gauze)',
    'through the (bandages?|dressings?|towels?)',
    '(lots|loads|pool|puddle) of blood',
    'losing (a lot of |lots of )?blood',
    'so much blood',
    'much blood',
    'deep (cut|wound|gash) ~4 (bleed*|blood)',
    'bleeding for (over |more than |about )?(an hour|\\d+ (hours|hrs)|half an hour)',
  ],
  haematemesis: [
    '{vomit} (up )?((?!(and|but|or|then|since) )\\w+ ){0,4}(blood|bloody)',
    '(blood|bloody) (in|with) ({poss} )?(vomit|sick)',
    'ha?ematemesis',
    'vomit blood',
  ],
  blood_in_mouth: [
    '(fresh )?blood ~3 (coming|comes|keeps coming) (into|in|from|out of) ({poss} )?mouth',
    'spitting (out )?blood',
  ],
  bleeding_any: [
    'bleed*',
    'blood(?! (tests?|pressure|sugars?|glucose|type|group|count|results?|work|donation|thinners?|clot risk))',
  ],
  bruising_unexplained: [
    'bruis* ~3 (easily|for no reason|everywhere|all over|without)',
    'unexplained bruis*',
  ],
  hyperglycaemia_word: [
    '(blood )?sugars? ~3 (very |really |sky |super |too |so )?(high|hi)',
    'high (blood )?sugars?',
    'hyperglyc*',
    'meter (says|reads|showing|shows) (hi|high)',
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
};
