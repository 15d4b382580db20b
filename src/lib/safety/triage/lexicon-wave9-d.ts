// Lexicon, phase 7 wave 9 (helper d): cross-cutting situations. A whole scene told instead of
// a symptom (found on the floor and not answering properly); environment and sport (near
// drowning, diving, exertional muscle breakdown, venomous bites and stings, travel from a
// malaria area, a bite or scratch abroad that may need rabies treatment); work (hydrofluoric
// acid, a toxic gas, a crush, a high-pressure injection, pesticides, wet cement); long-term
// conditions whose usual story changes (myasthenia, MS, a VP shunt, a tracheostomy, a baclofen
// pump, a spinal cord injury, peritoneal dialysis, a stoma, a feeding tube, a transplant); and
// people who cannot say what is wrong (non-verbal, a learning disability). Sources: NHS "call
// 999 / go to A&E" pages (snake bites, drowning, heatstroke), NHS Fit for Travel and UKHSA
// malaria and rabies guidance, NICE CKS (Guillain-Barre, MS relapse, myasthenia), TOXBASE
// (hydrofluoric acid, organophosphates), BSRM / Spinal Injuries Association (autonomic
// dysreflexia), NTSP (tracheostomy emergencies). Pattern language: pattern.ts.

import { NOT_A_BURNING_FEELING, NOT_BURNT_FOOD } from './lexicon-injury-skin';
import type { Concepts } from './lexicon-types';

const TROPICS =
  '(africa|kenya|nigeria|ghana|uganda|tanzania|india|pakistan|bangladesh|thailand|vietnam|cambodia|laos|indonesia|bali|brazil|sierra leone|congo|malawi|zambia|zimbabwe|mozambique|sudan|ethiopia|cameroon|senegal|gambia|the gambia|mali|guinea|liberia|ivory coast|togo|benin|burundi|rwanda|somalia|madagascar|papua new guinea|the tropics|safari|the amazon|peru|colombia|lagos|abuja|accra|nairobi|mombasa|kampala|dar es salaam|zanzibar|kinshasa|freetown|lusaka|harare|lilongwe|mumbai|delhi|goa|kerala|dhaka|karachi|lahore|islamabad|bangkok|phuket|hanoi|ho chi minh|jakarta|manila|yangon)';

export const WAVE9D_SIGNS: Concepts = {
  // Someone who answers but not properly, or only mumbles (a reduced level of consciousness).
  responds_poorly: [
    "(can't|cannot|couldn't|unable to) get (him|her|them|my \\w+) to (answer|respond|talk|speak|make sense) (to )?(me |us )?(properly|right|normally|at all)",
    "(won't|can't|cannot|isn't|not|doesn't) (answer|talk to|speak to|respond to) (me|us) (properly|normally|at all)",
    "(mumbling|groaning|moaning) (but|and) (can't|cannot|won't|not|isn't) (answer|talk|respond|speak)",
  ],
  // A scene: found on the floor of a named room (the bathroom, the kitchen, his hallway).
  found_down: [
    '(found|find|came home to|got back to|came in to) (him|her|them|my \\w+|grandad|grandma|nan|mum|dad|gran|our \\w+) ~5 (on|lying on|collapsed on) (the|his|her|their) (\\w+ )?(floor|ground)',
    '(lying|laid|lay|slumped|collapsed) on the (floor|ground) (in|of) the (\\w+ )?(garage|shed|bathroom|kitchen|garden|hall|hallway|bedroom|living room|lounge|toilet|office|yard|street)',
    '(lying|laid|lay|slumped|collapsed) on the (bathroom|kitchen|bedroom|hall|hallway|living room|lounge|toilet|garage|shower|stairs|landing) (floor)?',
  ],
  // Weakness that spreads or worsens over hours or days (Guillain-Barre, cord compression).
  weakness_progressing: [
    '(getting|gets|got|growing|going|gone|becoming) (\\w+ )?weaker( and weaker| by the (hour|day)| every (hour|day))?',
    'weaker (and weaker|by the (hour|day)|every (hour|day))',
    "(can't|cannot|unable to|can no longer|not able to|can hardly|can barely) (seem to |even |really )?(climb|get up|walk up|manage) (the )?(stairs|steps)",
  ],
  // Weakness that came slowly over months or years, or with age.
  slow_years: [
    '(over|for|in) (the )?(last |past )?(few |several |\\d+ |many |a couple of )?(months|years)',
    '(as|since) (i|he|she|they) (get|gets|got|getting) older',
    '(with|old) age',
  ],
  // A dialysis fistula or graft gone quiet: no buzz (thrill) felt (phase 24, fresh set p24a;
  // a clot: the dialysis unit the same day).
  fistula_no_thrill: [
    "(can't|cant|cannot|can not|couldn't|don't|dont|no longer|not|lost the|no) (feel|hear|find|feeling|hearing)? ?(the |a |any |its |my )?(buzz|buzzing|thrill|whoosh|vibration|purr) ~5 (fistula|graft|av ?f)",
    "(fistula|graft) ~6 (no|lost (its|the)|not|isn't|isnt|stopped) (buzz*|thrill*|whoosh*|purr*|vibrat*)",
    '(fistula|graft) ~4 (gone quiet|gone silent|stopped working)',
    "(can't|cant|cannot|can not|couldn't|don't|dont|not) (feel|hear|find) ((my|the|his|her) )?(fistula|graft) ~2 (buzz*|thrill*|whoosh*|purr*|vibrat*|pulse|pulsing)",
    '(fistula|graft) (is |has gone |went |gone |feels )?(quiet|silent)',
  ],
  // Worse in the last days, on top of a slow course (phase 24).
  worse_lately: [
    'worse ~3 (the |over the |in the |for the |these )?(last|past) (\\d+|few|couple of|two|three|four) (days|hours)',
    'worse (since|from) (yesterday|last night|this morning|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    '(since|from) (yesterday|last night|this morning|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday) ~5 (much |a lot |lot |far |way |even )?(more|worse)',
    '(much|a lot|lot|way|loads) worse (today|now|this week|since)',
    '(today|this week|since yesterday|the last (few|couple of|\\d+) days) ~4 (worse|bad|awful)',
  ],
  stand_hard: ['(can|could) (hardly|barely|only just|not even) (stand|walk|get up)'],
  legs_jelly: [
    '(legs?|knees?) ~4 (like jelly|jelly|giving way|give way|gave way|buckling|buckle|buckled|wobbly|useless)',
  ],
  // Near drowning: pulled out of water, went under, swallowed or breathed in water.
  water_event: [
    '(pulled|dragged|got|fished|rescued|lifted) (him|her|them|my \\w+|\\w+) ~3 out (of )?(the )?(water|pool|sea|lake|river|bath|canal|pond)',
    '(went|gone|was|been|got|slipped|pulled) under (the )?(water|waves|surface)',
    '(went|was|been|gone) under for (a few|\\d+|about|a|several|a couple of) (seconds?|secs|minutes?|mins)',
    'nearly drown*',
    'near ?-?drown*',
    'almost drown*',
    '(swallow|swallowed|swallowing|breathed in|inhaled|took in|gulped) (too )?(much|a lot of|loads of|lots of|some) (sea |pool |river |lake |bath )?water',
  ],
  // Out of open water or a pool: where "went under" is a drowning, not an anaesthetic.
  water_place: [
    '(lake|sea|pool|river|canal|pond|reservoir|quarry|beach|waves|surf|swimming|swim|paddling|bath|bathtub|water)',
  ],
  // A cough that has not stopped (phase 25, fresh-triage-p25e fw005: a 6-year-old under at the
  // lake for a minute, "seems ok now just keeps coughing a bit and is tired": water in the
  // lungs can worsen hours later; RLSS UK / Resuscitation Council UK: hospital now).
  cough_ongoing: [
    "(keeps|keep|kept|still|hasn't stopped|has not stopped|won't stop|will not stop|can't stop|cannot stop|not stopped|keeps on) (\\w+ )?(cough*|spluttering)",
    'cough* (on and off|all (the )?(time|evening|night|afternoon)|non ?-?stop|since|ever since|constantly|a lot)',
  ],
  // Diving with compressed air, today or recently.
  dive_recent: [
    '(scuba|dive|dives|diving|dived|diver|came up from (a|the|my) dive|surfaced)',
    '(came|come|coming|comes) up (too )?(fast|quick|quickly) (from|after)',
  ],
  // Decompression sickness shows as a blotchy rash, joint pain, tingling or numbness.
  blotchy_rash: ['(blotchy|marbled|mottled) (rash|skin|patches)'],
  joint_pain_deep: [
    '(joints?|shoulder|elbow|knee|hip) ~~4 (ache|aches|aching|sore|hurt*|pain)',
    '(ache|aching|pain) (deep )?in (my|his|her|the) (joints?|shoulder|elbow|knee)',
  ],
  // Pink or frothy phlegm.
  frothy_sputum: ['(pink|pinkish|frothy|foamy) ~3 (froth|stuff|phlegm|sputum|spit|mucus|foam)'],
  // Ears after a dive or a flight.
  ear_blocked_pain: [
    '(ear|ears) ~~4 (blocked|full|hurt*|pain*|sore|muffled|popping|ringing)',
    'hearing ~~3 (muffled|gone|dull|reduced)',
  ],
  // Urine darker than usual (after exercise: muscle breakdown until shown otherwise).
  urine_darker: [
    '({pee}) ~4 (darker|dark brown|brown|like tea|like cola|like coke)',
    '(darker|dark brown|brown|tea ?-?colou?red) ({pee})',
  ],
  muscles_swollen: [
    '(thighs?|calves|calf|arms?|biceps|muscles?|legs?|quads|shoulders) ~~5 (swollen|swelling|massively swollen|puffed up|hard and swollen|swollen hard|rock hard)',
  ],
  hard_exercise: [
    '(leg day|arm day|gym|workout|work out|crossfit|spin class|spinning class|hiit|bootcamp|boot camp|weights|lifting|squats|marathon|half marathon|ultra|training session|run|race|triathlon)',
  ],
  // Heat: out in the heat or a heatwave, said in other ways.
  heat_more: [
    '(in|during|out in) (this|the|that) (heat|heatwave|hot weather|sunshine|sun)',
    '(all|the whole) (afternoon|day|morning) in the (sun|garden|heat)',
    '(red|boiling|burning|roasting) hot( to (the )?touch)?',
    '(hot|dry) (to the touch|skin)',
    '(sauna|hot tub|steam room|bikram|hot yoga)',
  ],
  // High altitude: a height in metres or feet, a trek, a named mountain.
  altitude: [
    '(at|to|reached|above|over) \\d[,.]?\\d\\d\\d ?(m|metres|meters|feet|ft)',
    // "trekking in nepal, about 4800m" (phase 25, fresh-triage-p26p hh058).
    '(about|around|nearly|almost|roughly|approx|approximately|over|just under) [2-8][,.]?\\d\\d\\d ?(m|metres|meters)\\b',
    '(trek|trekking|treking|hiking|climbing) (in|through|across) (nepal|tibet|bhutan|ladakh|the himalayas?|the andes|peru|bolivia)',
    '\\d[,.]?\\d\\d\\d ?(m|metres|meters) (up|high|altitude)',
    '(high )?altitude',
    '(kilimanjaro|everest|base camp|annapurna|machu picchu|inca trail|la paz|cusco|cuzco|aconcagua|mont blanc|himalaya\\w*)',
  ],
  // A fall from a height: metres, storeys, a scaffold, a roof, a loft hatch.
  fall_height: [
    '(fell|fallen|fall|falling|dropped|came down) ~3 (\\d+|two|three|four|five|six|ten) ?(m|metres|meters|feet|ft|storeys?|stories|floors?)\\b',
    '(fell|fallen|fall|falling|came|thrown) (off|from|through|out of) (a |the |his |her |my )?(scaffold\\w*|roof|loft( hatch)?|balcony|window|tree|wall|cliff|platform|mezzanine|hayloft|crane|cherry picker)',
    // "climbed out of his bedroom window, first floor, landed on the grass ... says his tummy
    // hurts a bit" (stop 50, fresh-triage-p30b kt050).
    '(climbed|fell|fallen|tumbled|jumped|went|came) out (of )?(a |the |his |her |their |my |our )?(\\w+ )?window ~8 (landed|onto|on to|fell|fallen|dropped|hit the ground|first floor|second floor|upstairs)',
    '(fell|fallen|tumbled|jumped|dropped) out (of )?(a |the |his |her |their |my |our )?(upstairs|bedroom|first floor|second floor|top floor|landing|loft|attic) window',
  ],
  lying_still_moaning: [
    '(lying|lay|laid) (very )?still',
    "(won't|will not|doesn't|don't) let (us|me|anyone) (move|touch) (him|her|them)",
    '(moaning|groaning) (in pain)?',
  ],
  // Cystic fibrosis; unable to open the bowels.
  cant_poo: [
    "(not|haven't|hasn't|can't|cannot|unable to|couldn't) (been able to |be able to )?(poo|poop|pooed|go for a poo|open (my|his|her|their) bowels|opened (my|his|her|their) bowels|pass (a )?(stool|motion))",
  ],
  // Dialysis in other words; potassium high.
  potassium_high_word: [
    '(potassium|k\\+?) ~3 (high|raised|up|too high|was high|is high)',
    'high potassium',
    'hyperkal\\w*',
  ],
  // Pain, swelling or tenderness over a transplanted kidney.
  graft_pain: [
    '(over|around|where|near|at) (the |my |his |her )?(transplant|new kidney|graft)',
    '(transplant|graft|new kidney) ~4 ({pain}|swollen|swelling|tender)',
  ],
  // Collapsed and not answering (a confined space; a scene).
  not_answering_plain: [
    "(he's|she's|he is|she is|they're|isn't|is not|not) (not )?(answering|responding)(?! (his|her|their|the|my)? ?(phone|calls?|texts?|messages?|door|emails?)| to (the |any |his |her |my )?(treatment|antibiotics|medication|meds|tablets|therapy))",
  ],
  confined_space: [
    '(manhole|sewer|silo|grain bin|slurry (pit|tank)|septic tank|storage tank|confined space|vat|cesspit|well shaft|tank|hold of)',
  ],
  // Frostbite: toes, fingers, nose or ears white, hard or waxy after the cold.
  frostbite_d: [
    'frost ?-?bit\\w*',
    '(white|grey|gray|pale|blue|yellow),? (hard|stiff),? (and )?waxy',
    '(fingertips|fingers|toes|toe|nose|ears|ear tips) ~4 (grey|gray|white|pale|blue|black) and (hard|solid|waxy|numb and hard)',
    '(hard|stiff|white),? (and )?waxy',
    '(toes|toe|fingers|finger|fingertips|nose|ears|ear|feet|foot|hands) ~6 (hard and waxy|waxy|hard and white|white and hard|wooden|frozen solid|rock hard|(?<!\\bnail (has |had |is )?)(gone black|turning black)|blistered)',
  ],
  // Fresh water: a river, lake, canal or flood water (leptospirosis), a swim or a paddle.
  fresh_water: [
    '(swam|swimming|swim|kayak\\w*|canoe\\w*|rafting|paddle ?board\\w*|wading|fell|fallen) ~4 (river|lake|canal|flood ?water|pond|reservoir|stream)',
    '(river|lake|canal|flood ?water|pond) (swim\\w*|water)',
  ],
  // Dengue diagnosed; bleeding gums or nose.
  dengue: ['dengue'],
  gums_bleeding_d: [
    '(gums|gum) ~3 (bleed\\w*|blood)',
    '(bleeding|blood from) (the |my |his |her )?(gums|nose)',
    'nose ?bleeds?',
  ],
  // Something still stuck through or in a hand, foot or limb; a nail gun.
  impaled_d: [
    "(nail|screw|bolt|rod|metal|knife|stick|bar|spike|drill bit|blade|pole|branch|fence post|railing) (is |'s )?(still )?(stuck|lodged|sticking out|embedded) (in|inside|through|out of)",
    "(nail|screw|bolt|rod|knife|spike|blade|pole|branch) (is |'s )?still (in|inside) (it|him|her|his|my|the)",
    '(went|gone|go|goes|shot) (right |straight )?through (my|his|her|their|the) (hand|foot|palm|arm|leg|thigh)',
    '(impaled_d|skewered)',
  ],
  // A bleeding disorder (haemophilia, von Willebrand).
  // A congenital heart condition (a Fontan circulation, single ventricle, heart surgery as a
  // baby) and a colour bluer than the child's usual.
  bluer_than_usual: [
    '(bluer|more blue|more dusky|greyer|darker blue) (than|then) (his|her|their|my) (normal|usual)',
    '(bluer|more blue|more dusky) than (normal|usual)',
    '(much |a lot |even )?bluer',
  ],
  puffy_lay: ['puffy', 'puffed up', 'swollen (face|eyes|tummy|belly|legs|ankles)'],
  // Cannot stay awake, nodding off while talking.
  cant_stay_awake: [
    "(can't|cannot|can not|unable to|struggling to|won't) (stay|keep) awake",
    '(nodding|nods|dozing|drifting) off (mid|in the middle|while|when|during)',
    'keeps? (nodding off|dozing off|falling asleep|dropping off)',
  ],
  // Breathing that sounds wrong in a collapsed person (agonal, gurgling, snoring).
  breathing_abnormal: [
    'breathing (\\w+ )?(weird|weirdly|funny|strange|strangely|odd|oddly|noisy|noisily|gurgl\\w*|rattl\\w*|gasp\\w*)',
    'gurgl\\w*',
    '(snoring|snore) (\\w+ )?(weird|weirdly|heavily|loudly|strange|noise|noises)',
    '(weird|strange|funny) (snoring|breathing|noises)',
    'eyes (are )?(half ?-?open|half ?-?closed|rolled|rolling)',
  ],
  // Many stings at once (a swarm).
  many_stings: [
    '(loads of|lots of|many|a swarm of|swarm|dozens of|hundreds of|multiple|\\d\\d+|twenty|thirty|fifty) (\\w+ )?(stings|wasps|bees|hornets)',
    // Not "been stung loads before no problem" (stop 49, fresh-triage-p29v kn087: one bee sting).
    'stung (all over|loads|many times|\\d+ times|dozens of times|by a swarm)(?! (before|in the past|over the years|as a (kid|child)|no problem))',
    'swarm of (wasps|bees|hornets)',
  ],
  // A vacant look, staring through people (reduced awareness, delirium).
  looks_through: [
    '(looks|stares|staring|looking|look) (straight |right )?through (me|us|you|people)',
    '(vacant|glazed|blank|empty) (look|stare|eyes|expression)',
  ],
  burning_hot: ['(burning|boiling|roasting|red) hot', 'on fire'],
  // A limb "sleeping" (numb), in non-native or lay English.
  limb_asleep: [
    '(arm|leg|hand|foot|side) (is |has |keeps )?(gone |going )?(to )?(asleep|sleeping|sleep|dead)',
  ],
  // An erection said in lay words, lasting hours.
  erection_hours: [
    "(willy|penis|dick|cock|todger|erection|boner|privates) ~6 (hard|stiff|up|erect|won't go down) ~6 (\\d+|two|three|four|five|six|seven|eight|several|many) (hours|hrs)",
    '(hard|erect|stiff) for (\\d+|two|three|four|five|six|several) (hours|hrs)',
  ],
  // One side of the body not moving (a stroke, in lay words).
  one_side_not_moving: [
    "(not|isn't|can't|cannot|won't|stopped) (moving|using|move|use) (one|his left|his right|her left|her right|the left|the right|their left|their right|my left|my right) side",
  ],
  // More cough or phlegm than the person's usual.
  sputum_more: [
    '(more|extra|thicker|darker|green|greener) (phlegm|mucus|sputum|gunk|stuff)',
    '(coughing|cough) (a lot )?(more|worse) than (usual|normal)',
    '(phlegm|mucus|sputum) ~3 (more|thicker|green|changed colou?r)',
  ],
  wound_word: [
    '(cut|cuts|wound|graze|puncture|gash|scratch|stood on a nail|rusty|barbed wire|thorn)',
  ],
  // Venomous bites and stings: snakes, scorpions, dangerous spiders, marine stings.
  venom_bite: [
    '(bitten|bit|bite|bites|struck) ~5 (snake|adder|viper|cobra|rattlesnake|rattler|krait|mamba|taipan|copperhead|cottonmouth|funnel ?-?web|redback|black widow|brown recluse)',
    '(snake|adder|viper|cobra|rattlesnake|rattler|krait|mamba|taipan) ~3 (bite|bit|bitten|struck|got)',
    '(stung|sting|stings) ~4 (scorpion|stonefish|box jellyfish|cone snail|stingray|sting ray|lionfish)',
    '(scorpion|stonefish|box jellyfish|stingray|sting ray) (sting|stung|got)',
  ],
  snake_word: ['(snake|adder|viper|cobra|rattlesnake|rattler|krait|mamba|taipan)'],
  // Hydrofluoric acid (TOXBASE: any skin exposure needs hospital treatment).
  hf_acid: [
    'hydrofluoric',
    'hf acid',
    '(wheel|alloy|rust|brick|masonry) (cleaner|acid) ~8 (hf|hydrofluoric|fluoride)',
  ],
  // Breathing in a toxic gas or chemical fumes.
  gas_inhaled: [
    '(chlorine|ammonia|toxic|chemical|sulphur|sulfur|hydrogen sulphide|hydrogen sulfide|nitrogen|refrigerant|solvent|smoke) (gas|fumes|vapou?rs?|cloud|leak)',
    '(gas|fumes|vapou?rs?) (leak|leaked|escaped|release)',
    '(mixed|mixing) (bleach|cleaners?|chemicals) ~4 (with|and)',
    '(breathed|breathing|inhaled|inhaling) (in )?(the )?(fumes|gas|vapou?rs?|smoke|chlorine|ammonia)',
  ],
  // The reliever worked and the symptom went (phase 24: "took 2 puffs of my blue inhaler and
  // it went. same as usual for me in winter").
  reliever_worked: [
    "(inhaler|reliever|ventolin|salbutamol|puffer|puffs?|blue one|pump) ~5 (and )?(i'm |im |i am |he's |she's )?(not|no longer) (wheezing|wheezy|tight)( any ?more| now)?",
    '(inhaler|reliever|ventolin|salbutamol|puffer|puffs?|blue one|pump) ~5 (and )?(it |that |the tightness |the wheeze )?(went|cleared|settled|eased|passed|sorted it|sorts it|sorting it|did the trick|does the trick|settles it|worked)(?! (off|away for|for a bit|for a while|for an hour))',
    '(inhaler|reliever|ventolin|salbutamol|puffer|puffs?|blue one|pump) ~5 (and )?(it )?(went|cleared|settled) (away|off|up)(?! for)',
    // "took 2 puffs of blue, fine in 5 mins" (stop 49, fresh-triage-p30k).
    "(inhaler|reliever|ventolin|salbutamol|puffer|puffs?|blue one|pump|of blue|the blue) ~4 (and )?(i was |i'm |im |was |felt )?(fine|ok|okay|better|back to normal) (again )?(in|within|after) (\\d+|a few|few|five|ten|a couple of) (mins?|minutes)",
  ],
  // An antacid that took the burning away (phase 24: "burning behind my breastbone after a big
  // curry and wine, goes away with gaviscon").
  antacid_worked: [
    '(goes|went|gone|settles|settled|eases|eased|clears|cleared) (away )?(with|after) ({poss} |some |a )?(gaviscon|rennie|rennies|antacids?|tums|omeprazole|lansoprazole)',
    '(gaviscon|rennie|rennies|antacids?|tums|omeprazole|lansoprazole) ~4 (sorts it|helps|works|settles it|gets rid of it|takes it away|fixes it)',
  ],
  chest_tight_lay: [
    '(chest|chests) ~3 (is |are |feels? |feeling )?(tight|tightness|heavy)',
    'tight(ness)? (in|across) (the |my |his |her )?chest',
    '(tight|heavy) chest',
  ],
  // A crush: pinned or trapped under or against something heavy, or for a long time.
  crush_heavy: [
    '(trapped|pinned|crushed|stuck|squashed|wedged) ~4 (under|beneath|between|against|by) (a |the |an |his |her )?(\\w+ )?(pallet|car|van|tractor|forklift|machine|machinery|wall|rubble|beam|girder|vehicle|lorry|truck|load|tree|roller|press|boulder|slab|digger)',
    '(pallet|car|van|tractor|forklift|machine|wall|beam|girder|vehicle|lorry|truck|load|tree|boulder|slab|digger) ~4 (fell on|landed on|rolled onto|rolled on|pinned|crushed|trapped)',
  ],
  crush_long: [
    '(trapped|pinned|crushed|stuck|wedged) ~8 (for|over) ((over|more than|about|nearly|almost|at least) )?(an hour|hours|\\d+ hours|two hours|three hours|ages)',
  ],
  // A finger or toe crushed in a door or machine.
  finger_crush: [
    '(trapped|caught|crushed|slammed|shut|jammed|squashed) ~3 (finger|fingers|thumb|toe|toes|fingertip)',
    '(finger|fingers|thumb|toe|fingertip) ~4 (trapped|caught|crushed|slammed|shut|jammed|squashed) (in|under|between)',
  ],
  nail_black_d: [
    '(nail|fingernail|toenail) ~4 (black|purple|blue|blood under)',
    'blood under (the |my |his |her )?nail',
  ],
  // High-pressure injection into a hand (grease, paint, hydraulic fluid): surgery within hours.
  hp_injection: [
    '(grease|paint|spray|airless|hydraulic|diesel|fuel|oil|high ?-?pressure|pressure washer|injector) (gun|line|hose|injector|jet|spray|fluid|washer)? ~8 (into|in|through|under|went in|injected) ({poss} )?(skin|finger|fingers|hand|thumb|palm|arm|fingertip)',
    'injection injury',
    '(injected|shot|forced) (fluid|grease|paint|oil|diesel) (into|under) ({poss} )?(skin|finger|hand|thumb|palm)',
  ],
  // Pesticides, sheep dip and nerve-agent-like poisons (organophosphates).
  pesticide: [
    'pesticide*',
    'insecticide*',
    'organophosph*',
    'sheep dip',
    'crop spray*',
    'weed ?killer',
    'paraquat',
    'fly spray',
    '(spraying|sprayed) (the )?(crops|fields|orchard)',
  ],
  pupils_small: [
    '(pupils|pupil) ~~3 (tiny|pinpoint|pin ?-?point|very small|small|like pinpricks)',
    'pinpoint pupils',
  ],
  // Wet cement or concrete on skin for a long time (alkali burns).
  cement_skin: [
    '(cement|concrete|mortar|lime|plaster) ~8 (boots|skin|knees|shins|legs|hands|kneel*|knelt)',
  ],
  skin_burnt_raw: [
    `burns?${NOT_A_BURNING_FEELING}`,
    `(burnt|burned)${NOT_BURNT_FOOD}`,
    '(raw|blister*|peeling|weeping|red raw)',
  ],
  // Testicles hit or kicked (a blow can twist or rupture a testicle).
  testicle_hit: [
    '(kicked|hit|kneed|whacked|struck|smacked|took a (ball|hit|kick|knee)|got one|caught one|punched) ~4 (in|on|to) (the |my |his )?(balls|nuts|groin|privates|crown jewels|family jewels|goolies|knackers|testicles?|bollocks|crotch)',
  ],
  // A tackle, kick or fall onto the left side or belly; pain at the tip of the shoulder.
  side_blow: [
    '(tackled|tackle|hit|kicked|kneed|elbowed|landed|fell|fall|fallen|came off|crashed|winded|punched) ~6 (side|ribs|tummy|stomach|belly|abdomen)',
    '(got|been|was) (tackled|kicked|hit|winded)',
  ],
  left_upper_pain: [
    '(pain|ache|hurts|hurting|sore|agony) ~4 (under|below|beneath|in) (my|his|her|the) (left )?(ribs|rib cage|ribcage|side)',
    '(left|upper left) (side|ribs|upper tummy|upper belly) ~4 ({pain})',
    '{pain} ~3 (left|upper left) (side|ribs|upper tummy|upper belly)',
  ],
  shoulder_tip_lay: ['(tip of|top of) (my|his|her|the) (left )?shoulder', 'shoulder ?-?tip'],
  // Myasthenia and breathing that weakens.
  breathing_weakening: [
    '(breathing|breath|breaths|breathin) (is |are |has )?(getting|gets|got|going|become|becoming|gone) (weaker|weak|shallower|shallow|worse)',
    "(can't|cannot|unable to|not able to) count to (10|ten|20|twenty) (in )?(one|1|a single) breath",
    "(can't|cannot|couldn't|unable to) (swallow|swallowing) (his|her|my|their)? ?(drink|drinks|water|food|spit|saliva)",
    '(swallowing|chewing|talking) (is )?(getting )?(hard|harder|difficult|tiring|a struggle)',
    "(can't|cannot|couldn't|unable to) (get|take|catch) a (proper|full|deep|decent|good) breath",
    '(voice|speech) (is )?(going|fading|getting (weak|weaker|quieter|faint))',
  ],
  mg_symptoms: [
    '(eyelids?|lids?|eye) ~4 (droop*|drooping|droopy|heavy|closing)',
    '(jaw|jaws) ~4 (tired|tires|tiring|weak|aches) ~4 (chewing|eating)',
    '(speech|talking|voice) ~4 (slurry|slurred|nasal|fades|goes) ',
    'weaker than (usual|normal)',
  ],
  // Multiple sclerosis, said as a diagnosis.
  new_neuro_lay: [
    '(weaker|numb|number|heavier|tingly|clumsier) than (usual|normal|before)',
    '(numbness|tingling|weakness) ~4 (spreading|creeping|moving|new)',
    '(new|spreading) (numbness|tingling|weakness)',
    '(vision|sight|eye) ~6 (blurry|blurred|blurring|fuzzy|misty|gone grey|greyed)',
    'hurts? to move (my|his|her) eye',
  ],
  // A ventriculo-peritoneal or other CSF shunt.
  sunset_eyes: [
    '(eyes|eye) ~4 (looking|looks|stuck|turned|pointing|fixed|going|keep going|rolling|roll) (down|downwards)',
    'sunset eyes',
  ],
  sleepy_lay: ['(really|very|so|more|unusually|extremely|quite) (\\w+ and )?(sleepy|drowsy)'],
  quiet_withdrawn: ['(gone|going|very|really|so|unusually) (very )?quiet', 'withdrawn'],
  // A tracheostomy tube out or blocked.
  trach_problem: [
    '(trach|trache|trachy|trachi|tracheostomy|trachea tube|trach tube|tracheotomy) ~6 (came out|come out|fell out|falling out|pulled out|popped out|dislodged|blocked|block*|out)',
    "(can't|cannot|couldn't|unable to) (get|put) (the )?(new |spare |replacement )?(one|tube|trach|trachy) (back )?in",
  ],
  // An intrathecal baclofen pump.
  pump_alarm: ['(pump|alarm) ~4 (alarm*|beep*|ran out|run out|empty|stopped|failed)'],
  stiff_body: ['(very |really |so )?(stiff|rigid|spasms?|spasming|jerking)'],
  itchy_all: ['itch* (all over|everywhere)'],
  // A spinal cord injury (autonomic dysreflexia above T6).
  flushed_sweaty_above: [
    '(sweating|sweaty|flushed|blotchy|red) ~4 (above|over) (the |my |his |her )?(injury|level|chest|neck)',
    '(face|head) ~3 (flushed|red|sweaty|sweating)',
  ],
  // Peritoneal dialysis bag cloudy.
  pd_cloudy: [
    '(bag|fluid|dialysate|drainage|drain|effluent|bags) ~6 (cloudy|murky|milky|not clear)',
    'cloudy (bag|fluid|drainage|drain|effluent)',
  ],
  // A stoma with no output; a feeding tube out.
  stoma_no_output: [
    "(nothing|no output|no poo|not had anything|hasn't had anything|hasn't had any output|no output|empty) ~8 (bag|stoma|since|for \\d+ hours|for hours)",
    "(bag|stoma) ~6 (nothing|no output|empty|not working|stopped working|hasn't had any output)",
    "(hasn't|has not|not) had (any )?(output|anything)",
  ],
  feeding_tube_out: [
    '(peg|rig|gastrostomy|jejunostomy|feeding tube|feeding button|mic-?key|mickey button|ng tube|nasogastric tube) ~6 (fell out|came out|come out|pulled out|popped out|fallen out|dislodged|out)',
    '(feeding )?tube in (his|her|my|their) (stomach|tummy) ~4 (came out|fell out|pulled out|out)',
  ],
  // Transplant, kidney clinic: asked to come in today.
  called_in_today: [
    '(want|wants|wanted|asked|told|need|needs) (me|him|her|us|them) (to )?(come|go|be) (in|seen|back in|up) today',
    '(want|wants|asked|told) (me|him|her|us) (in|up) today',
  ],
  // People who cannot say what is wrong.
  pain_behaviour: [
    '(holding|pulling|grabbing|hitting|banging|clutching|rubbing) (at )?(his|her|their) (ear|ears|head|tummy|stomach|belly|side|jaw|mouth|face|leg|chest)',
    '(crying|screaming) (all night|non ?stop|for hours|constantly)',
    "(limping|won't put weight|will not put weight|not putting weight|not weight bearing|won't walk|won't stand)",
  ],
  // Yellow eyes or skin said the other way round.
  yellow_eyes: [
    '(yellow|yellowish|yellowy|yellowing) (in|of) (the |his |her |my )?(eyes|whites|skin)',
    '(eyes|whites of (the |his |her |my )?eyes) (have |are |look |looks |gone |going |turning |turned |a bit |slightly |quite |very |getting ){1,3}(yellow|yellowish|yellowy)',
  ],
  // A temperature given as a bare number ("and 38.8", "39,5"), read only alongside travel.
  bare_temp_high: ['(3[89]|4[01])[.,]\\d', '(39|40|41) ?(c|°c|°|degrees)'],
  fever_lay: [
    'hot and cold',
    '(cold )?sweats',
    '(shivering|shivery|shakes|shaking) ~4 (fever|hot|temperature|sweats|cold)',
    'flu ?-?like',
    '(fever|fevers)',
  ],
  // A rib hurt on breathing in after a fall or a blow.
  rib_pain: ['ribs? ~6 ({pain}|sore|hurt*)', '({pain}|sore|hurt*) ~4 ribs?'],
  breath_in_pain: [
    '(when|if|as) (i |he |she )?(breathe|breath) (in|deep|deeply)',
    '(deep|big) breath',
  ],
  swollen_any: ['(swollen|swelling|swells|swelled)'],
  swelling_spreading: [
    '(swelling|swollen|swell*) ~4 (fast|quickly|rapidly|spreading|up (my|his|her|the) (leg|arm|foot|hand))',
  ],
  throbbing_any: ['throb*'],
  achy_lay: [
    "(feel|feels|feeling|i am|am|i'm) (\\w+ )?(achy|aching|sore all over|achey)",
    'aching all over',
  ],
  rash_widespread: [
    'rash ~6 (all over|over (my|his|her|their) (back|body|chest|arms|tummy|legs|trunk)|spreading|spread)',
  ],
  swollen_glands: [
    '(glands|lymph nodes|neck glands|nodes) ~3 (up|swollen|big|enlarged|came up|massive)',
  ],
  // Sickle cell pain that the usual painkillers do not touch.
  sickle_pain_uncontrolled: [
    "(painkillers|tablets|codeine|paracetamol|ibuprofen|morphine|meds|medication) ~6 (not|aren't|isn't|haven't|hasn't|no) (touching|helping|working|touched|helped|worked|doing anything|making a difference)",
    '(not|nothing) (touching|helping|working) ~4 (pain|it)',
  ],
};

export const WAVE9D_CONTEXT: Concepts = {
  // The slow course said of the breathlessness or the forgetfulness itself, within a few words
  // ("breathless walking uphill, gradually worse over the last year"), not of something else
  // in the sentence ("I do get breathless on the stairs and I'm always tired, heavy periods
  // for years", with a haemoglobin of 68: the years are the periods'). Phase 24.
  breath_effort_slow: [
    '(breathless*|out of breath|short of breath|sob|puffed|winded) ~8 (over|for|in|during) (the )?(last |past )?(few |several |\\d+ |many |a couple of |couple of |about |over |nearly |almost |around )?(a |one )?(months|years|year|yr|yrs)',
    '(gradual*|slowly) ~6 (breathless*|out of breath|short of breath)',
  ],
  confusion_slow: [
    '(forgetful|forgetting|memory|confused|confusion|muddled|repeating (himself|herself|themselves|myself)) ~8 (over|for|in|during) (the )?(last |past )?(few |several |\\d+ |many |a couple of |couple of |about |over |nearly |almost |around )?(a |one )?(months|years|year|yr|yrs)',
    '(over|for|in|during) (the )?(last |past )?(few |several |\\d+ |many |a couple of |couple of |about |over |nearly |almost |around )?(a |one )?(months|years|year|yr|yrs) ~8 (forgetful|forgetting|memory|confused|confusion|muddled|repeating (himself|herself|themselves|myself))',
    '(memory|forgetful*) ~4 (slowly|gradually) ~4 (worse|got worse|getting worse)',
  ],
  // A course of months or years, read in any scope ("getting more forgetful over the last
  // year", "breathless walking uphill, gradually worse over the last year"; phase 24, fresh set
  // p23b): a slow change, seen by a doctor but not today.
  course_long: [
    '(over|for|in|during) (the )?(last |past )?(few |several |\\d+ |many |a couple of |couple of )?(months|years|yrs)',
    '(over|for|in|during) (the )?(last|past) (year|twelve months|12 months|yr)',
    '(for|over) (about |over |more than |nearly |almost |around )?(a|one|1) (year|yr)',
    'since (last year|the start of the year)',
    '(gradual*|slowly) ~6 (months|years|year|yr)',
  ],
  addison_more: ['addison( disease)?', 'addisons'],
  // Long-term conditions and situations that last (a shunt, a pump, a disability): only a
  // negation cancels them, not 'had' or 'years ago'.
  cf_known: ['cystic fibros\\w*', 'cf'],
  dialysis_more: [
    '(haemo|hemo|peritoneal) ?dialysis',
    'haemodialysis',
    'hemodialysis',
    'on dialysis',
    // "On PD at home" (phase 22's second fresh set); not "has PD" (Parkinson's).
    'on pd',
    'pd (bag|bags|fluid|exchange|exchanges|cycler|catheter|nurse|unit|team)',
    'capd',
  ],
  bleeding_disorder_d: [
    'ha?emophil\\w*',
    'von willebrand',
    'bleeding disorder',
    'factor (8|viii|9|ix) deficien\\w*',
  ],
  chd_known: [
    'fontan',
    'glenn (op|operation|procedure|shunt)',
    'norwood',
    'tetralogy',
    'hypoplastic (left|right) heart',
    'single ventricle',
    'congenital heart',
    'heart (condition|defect|problem) (since|from) birth',
    'heart (surgery|op|operation) as a baby',
  ],
  mono: ['glandular fever', 'mono', 'mononucleosis', 'epstein ?-?barr', '\\bebv\\b'],
  myasthenia: ['myasthen*', 'mysthen*', 'myasthenia gravis', 'mg crisis'],
  ms_known: [
    'multiple sclerosis',
    "(i have|i've got|ive got|has|have|diagnosed with|my|his|her|got|known|i've had|had) ms\\b",
    '\\bms (patient|relapse|nurse|team|flare)',
    '(?<![\\d.] ?)ms(?=, (new|my|i|the|and|now|since|getting|worse|numb|weak|vision|legs?|arms?))',
  ],
  shunt: ['(vp|v ?-?p|csf|brain|ventricul\\w*|lp) ?shunt', 'shunt'],
  baclofen_pump: ['(baclofen|itb|intrathecal) pump', 'intrathecal'],
  spinal_injury_known: [
    'spinal (cord )?injur*',
    'paraplegi*',
    'tetraplegi*',
    'quadriplegi*',
    '(broke|broken) (his|her|my) (neck|back) (years|\\d+ years)',
    'paralysed from the (chest|neck|waist)',
    // A level said as people with a spinal cord injury say it: "a T6 para" (stop 49, fresh-triage-p30d kv127:
    // autonomic dysreflexia, a blocked catheter, a pounding headache and a blood pressure of 190/110).
    '[tcl]\\d{1,2} (para|paraplegic|tetra|quad|complete|incomplete|spinal|injury|sci)',
  ],
  stoma: ['stoma', 'ileostomy', 'colostomy', 'urostomy', 'stoma bag'],
  cant_tell: [
    'non ?-?verbal',
    "(can't|cannot|couldn't|unable to|doesn't|won't) (tell|say|explain|communicate|show) ~3 (what|where|us|me|how)",
    '(learning|intellectual) (disability|disabilities|disabled|difficulties)',
    '(severe|profound) (autism|disabilit\\w*)',
    // Someone who does not speak at all ("my autistic adult son (doesnt speak)", "she's
    // non-speaking"; phase 25, stop 46, p27x ip032), not one who does not speak a language or
    // about a subject, nor "not speaking to me".
    '(non|minimally|pre) ?-?(speaking|talking)',
    "(doesn't|does not|can't|cannot|never) (speak|talk|speaks|talks)( at all)?(?= ?(\\)|,|\\.|$| and| so| but))",
  ],
  // An organ transplant: a lasting state, however long ago.
  transplant_known: [
    '(kidney|liver|heart|lung|pancreas|renal|organ) transplant',
    'transplant (patient|recipient)',
    '(kidney|liver|heart|lung|renal|pancreas) (tx|txp)',
    'transplanted',
  ],
  // Travel to a malaria or rabies area, said as a trip (went to, holiday in, home from).
  trip_tropics: [
    `(went|been|go|going|was|were|trip|holiday|holidays|travel\\w*|visit\\w*|flew|stayed|staying|living|lived|wedding|safari|back|returned|home|came back|got back) (to|in|from|around|through) ~3 ${TROPICS}`,
    `${TROPICS} ~4 (trip|holiday|for (a|two|three|\\d+) (weeks?|months?))`,
  ],
  // Somewhere abroad where rabies is a risk (most of Asia, Africa, Latin America).
  abroad_rabies: [
    `(in|on|at|from|around|during|while) ~4 ${TROPICS}`,
    '(in|on|at|from) ~3 (temple|mexico|turkey|morocco|egypt|sri lanka|nepal|philippines|china|myanmar|malaysia|abroad|holiday|travels|backpacking)',
  ],
  bat_word_d: ['bats?'],
  mammal_contact: [
    '(dog|puppy|monkey|macaque|bat|cat|kitten|fox|stray|raccoon|jackal|mongoose|ferret) ~6 (bit|bitten|bite|scratch\\w*|licked|nipped)',
    '(bit|bitten|scratched|nipped) (by|from) (a|an|the) (\\w+ )?(dog|puppy|monkey|macaque|bat|cat|fox|stray|raccoon)',
    'bat ~6 (touched|landed|flew into|in (my|the|our) (bedroom|room))',
    // "bat flew at me in the loft and I think it scratched or bit my hand" (phase 24).
    'bat ~12 (scratched|bit|bitten|nipped) (me|my|him|her|his)',
    // "I was bited by street dog in Bali" (phase 24).
    '(bited|bitten|bit|scratched) by (a |an |the )?(street |stray |wild |feral )?(dog|puppy|monkey|macaque|bat|cat|fox|raccoon)',
  ],
};

export const WAVE9D_CUES: Concepts = {
  // A test that came back clear, and feeling better now.
  test_cleared: [
    '(test|tests|bloods|blood test|film|smear|result|results) ~4 (negative|clear|normal|fine)',
    'negative (test|result)',
    "(i'm|i am|he's|she's|he is|she is|feeling|feel|felt) (much |all |a lot )?better now",
    '(fully )?recovered',
  ],
  // Tetanus not up to date.
  tetanus_gap: [
    "(not|haven't|hasn't|no|never|didn't) (had |have )?(a |my |his |her |any )?tetanus",
    'tetanus ~4 (years ago|out of date|not up to date|\\d+ years|ages ago|long time)',
    "(don't|dont|do not) (think|know if|remember) ~4 (ever )?(had|having) (the |a |my |any )?tetanus",
    // "no idea when i last had a tetanus jab" (phase 25, fresh-triage-p25b ft027).
    "(no idea|not sure|unsure|can't remember|cannot remember|don't know|dont know|dunno|don't remember) ~6 tetanus",
  ],
  // A high-pressure injection injury: paint, grease, fuel or hydraulic fluid forced under the
  // skin through a pinhole (phase 25, fresh-triage-p25e fw121: "finger in front of the airless
  // paint sprayer ... tiny hole ... boss says stick a plaster on it"; BSSH: emergency surgery).
  injection_injury: [
    '(airless|paint|grease|hydraulic|diesel|fuel|injector|high ?-?pressure|pressure washer|power washer|jet wash\\w*) (sprayer|spray gun|gun|line|hose|pipe|injector|lance|nozzle|jet|washer|sprayer tip|tip) ~8 (finger|fingertip|hand|thumb|palm|skin|hole|went in|went into|injected|shot into|into)',
    '(finger|fingertip|hand|thumb|palm) ~6 (in front of|over|against|across) (the |a |an )?(tip of the |nozzle of the )?(airless|paint|grease|hydraulic|diesel|fuel|high ?-?pressure|pressure washer|power washer) (\\w+ )?(sprayer|spray gun|gun|line|hose|injector|lance|nozzle|jet|washer)',
    '(paint|grease|oil|diesel|fuel|hydraulic fluid|hydraulic oil) ~4 (injected|injection|forced|shot|went) (into|under) ~3 (skin|finger|hand|thumb|palm)',
    'injection injury',
  ],
  // Malaria tablets not taken, stopped or not finished: a risk, not a negation of the trip.
  malaria_no_prophylaxis: [
    "(didn't|did not|never|forgot to|stopped|didn't finish|did not finish|not|no|without|ran out of|gave up) (take |taking |finish |finishing |the |my |any ){0,3}(malaria|anti ?-?malarial|malarone|doxycycline|doxy)",
  ],
  // No rabies vaccine before a bite abroad (a risk, said with a negation).
  no_rabies_jab: [
    "(no|not had|haven't had|never had|didn't have|without) (any |the |a )?(rabies )?(jab|jabs|vaccine|vaccination|vaccinations|injection)",
  ],
};
