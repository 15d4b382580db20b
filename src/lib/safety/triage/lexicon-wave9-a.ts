// Lexicon, phase 7 (helper a: heart, circulation, brain, breathing, allergy, eyes, ENT, teeth):
// lay wordings of the NHS 999 / A&E / 111 warning signs that the concept layer had no words
// for, found by a probe set written by kind before the code was read: a fluttering chest,
// fainting mid-sport, a drink falling out of a hand or dribbling from the side of the mouth,
// fits one after another without waking, "worse headache of my life", unequal pupils and blows
// to the head, being knocked out, "can't get a full breath in", dictated auto-injector names
// ("happy pen"), "can suddenly not see from one eye", household chemicals in "my i", a tooth
// or eyelid swelling that spreads to the eye or neck, pain on moving the eye, swelling behind
// the ear, a jaw that will only open a little, "need 3 pillow", "ankles are big", and a pulse
// raised by running (not a palpitation). Sources: NHS pages for heart palpitations, fainting,
// stroke, febrile seizures, head injury, anaphylaxis, sudden vision loss, dental abscess,
// mastoiditis and heart failure; NICE NG232, CKS GCA, CKS red eye. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';
import { near } from './lexicon-types';

const EYE = '(eye|eyes|eyeball|i)';
const HOUSE_CHEMICAL =
  '(bleach|bleech|bleac|blech|oven cleaner|drain (unblocker|unbloker|unblocka|cleaner|cleener)|unbloker|unblocker|toilet cleaner|kitchen (spray|cleaner)|cleaning (spray|stuff|liquid)|bathroom (spray|cleaner)|dettol|domestos|cillit bang|flash|fairy liquid|washing up liquid|dishwasher (tablet|tab|pod|gel|liquid)|washing (pod|tablet|capsule)|acid|caustic|lime|cement|plaster|ammonia|chlorine|pool chemicals?|descaler|hair (dye|relaxer|bleach)|nail (glue|varnish remover)|super ?glue|glue|petrol|paint stripper|hand sanitiser|hand sanitizer|sanitiser|sanitizer|pepper spray|mace|weed ?killer|battery acid)';

export const WAVE9A_SIGNS: Concepts = {
  // A fluttering, thumping or pounding felt in the chest, without the word "heart".
  palp_lay: [
    '(flutter*|thumping|pounding|banging|hammering|racing|jumping|flipping|flip ?flop*|quivering) (feeling |sensation )?(in|inside) ({poss} )?(chest|throat|neck)',
    '(chest|heart) ~~3 (flutter*|quiver*|jumping about|flipping about|going haywire|doing somersaults)',
    '(heart|pulse|heart ?rate) ~~3 (doing|does|did) (a |this |these )?(\\w+ )?(fast|weird|funny|strange|irregular|all over the place|crazy|mad) (beat|beats|thing|rhythm)',
  ],
  // Fainting or collapsing during exercise or sport (NHS: 999 / A&E; an inherited heart
  // rhythm problem until shown otherwise).
  exertion_sport: [
    '(on|off) the (treadmill|cross ?trainer|rowing machine|exercise bike|spin bike|stepper)',
    '(at|in|during|mid|halfway through) (the )?(gym|training|practice|pe|p\\.e\\.|games|football|rugby|netball|hockey|basketball|tennis|squash|a match|the match|the game|a game|a race|the race|parkrun|spin class|a run|my run|his run|her run|swimming|a workout|his workout|her workout|my workout|a spin class)',
    '(while|when|whilst) (he was |she was |i was |they were )?(playing|training|working out|running|jogging|sprinting|cycling|swimming|dancing|lifting|exercising) ?(football|rugby|netball|hockey|basketball|tennis|squash|sport|sports|weights)?',
    'mid ?-?(run|race|match|game|workout|sprint)',
  ],
  // Something falling out of a hand or a grip suddenly lost (with a face or speech sign: a
  // stroke sign of the arm).
  hand_drop: [
    '(cup|mug|glass|fork|spoon|knife|pen|phone|tea|cuppa|coffee|drink|brush|toothbrush|cigarette|remote|keys|paper|book|plate|bottle) ~~3 (fell|dropped|slipped|slid|tumbled) (out of|from) ({poss} )?(hand|grip|fingers|grasp)',
    "(couldn't|could not|can't|cannot|wasn't able to|unable to) (pick|hold|grip|lift) ~~3 (it|cup|mug|fork|spoon|pen|phone|anything|things) ~~2 (up|again)?",
    // Not a connection or a call ("keeps dropping the bluetooth connection"; phase 25,
    // fresh-triage-p26z hr078).
    '(keeps|kept|started|starting|suddenly|just) (dropping|dropped) (things|stuff|everything|his \\w+|her \\w+|my \\w+|the \\w+)(?<!\\b(bluetooth|connection|signal|wifi|call|calls|network|app|internet|line))',
    '(dropped|dropping) (his|her|my|the|a) (cup|mug|glass|fork|spoon|knife|drink|tea|cuppa|phone|pen|cutlery|toothbrush|plate)',
    '(arm|hand|leg) (just )?(flopped|flops|flopping|dropped|drops|dropping|fell|falls|drifted|drifts|drifting|sank|sinks) (straight )?(down|back|away|to (his|her|my) side)',
    "(can't|cannot|couldn't|unable to) (grip|grasp|hold on to|hold onto) (it|anything|things|the \\w+|his \\w+|her \\w+|a \\w+)",
  ],
  // Drink or saliva running out of one side of the mouth (a face droop, or a facial palsy).
  mouth_dribble: [
    '(dribbl*|drool*|leak*|spill*|running|pouring|coming|dripping|falling) ~~3 out (of )?(the )?(side|corner) of ({poss} )?mouth',
    // "the tea is coming out of her mouth when she drinks" (phase 25, fresh-triage-p27p ih008).
    '(tea|drink|drinks|water|coffee|juice|food|soup) (is )?(dribbling|dribbles|coming|comes|running|runs|leaking|leaks|spilling|spills|falling|falls|pouring) out (of )?({poss} )?mouth (when|as|while) (she|he|they|i) (drinks?|drinking|eats?|eating)',
    '(side|corner) of ({poss} )?(mouth|lip|lips) ~~3 (droop*|drop*|dribbl*|sagg*|hanging|hangs|gone down|went down|slipped|fallen|dragging)',
    '(mouth|lip|smile) (is |has |looks )?(gone |went |all |a bit )?(lopsided|crooked|wonky|sideways|uneven|twisted)',
    '(only )?(half|one side) (of )?(his|her|my|the|their) (face|mouth|smile) (moved|moves|moving|works|worked|smiled|smiles|went up|goes up|lifted|lifts)',
    '(smile|smiling|grin) ~~3 (only )?(on )?(one side|half)',
    '(lip|lips|mouth|smile) (on (the|one|his|her|my) (left|right|side) )?(is |has |looks |has gone |went )?(hanging|hangs|drooping|droopy|dropped|sagging|sagged|slipped|gone down|pulled down)',
  ],
  // Saying the wrong words or calling things by the wrong name (a stroke's speech sign).
  words_wrong: [
    '(saying|says|said|using|uses|used|coming out with|comes out with) (the |all the |all )?(wrong|weird|random|strange|muddled|jumbled|made ?up|nonsense) words',
    '(calling|calls|called) (the |a |his |her )?\\w+ (a|the) \\w+ ~~4 (wrong|instead|by mistake|makes no sense|not making sense)',
    '(calling|calls|called) (things|everything|stuff) (by )?(the )?wrong names?',
  ],
  // A pacemaker or implanted defibrillator (a faint with one: the device or the rhythm).
  device_heart: ['pace ?maker', 'icd', '(implanted |internal )?defibrillator', 'crt ?-?(d|p)'],
  // A baby or child who cries when moved or will not be touched (meningitis irritability).
  hates_handling: [
    "(won't|wont|doesn't|does not|will not|didn't) (let|want) (us|me|anyone|anybody|them) (to )?(touch|hold|pick up|cuddle|move) (him|her|them)",
    '(cries|crying|cried|screams|screaming|screamed|scream) (out )?(when|if|whenever|every time) (we|i|you|anyone|someone) (move|moves|moved|touch|touches|touched|pick|picks|picked|hold|holds|held|change|changes|lift|lifts) (him|her|them)',
    "(doesn't|does not|won't) (want|like) (to be )?(touched|held|picked up|moved|cuddled)",
  ],
  // A throat that feels tight, in other words (with an allergy or a new medicine: anaphylaxis).
  throat_tight_lay: [
    'throat ~~4 (tight|tightening|closing|swelling|swollen|thick|narrow|narrowing|squeezed)',
    '(tight|tightness|tightening|swelling|lump) (in|of) ({poss} )?throat',
  ],
  // A cut or a sharp object into the eye, the object named first.
  eye_cut: [
    '(glass|knife|blade|metal|wire|stick|twig|branch|pen|pencil|scissors|fork|nail|fish ?hook|dart|thorn|shard|screwdriver|skewer) ~6 (cut|cuts|went into|gone into|stuck in|stabbed|pierced|punctured|sliced) ~3 ({poss} )?(eyeball|eye ball|eye|cornea)',
    '(cut|sliced|slashed|pierced|punctured|stabbed) (my |his |her |the |their )?(eyeball|eye ball|cornea)',
  ],
  // Sight reduced: can hardly see out of an eye.
  sight_reduced: [
    '(can|could) (hardly|barely|only just|not really) see (out of|with|from|through)? ?(it|that eye|this eye|my eye|his eye|her eye|anything|a thing|properly)?',
    '(vision|sight) (is |has |has gone |gone |is really |is very )?(really |very |so )?(poor|bad|dim|reduced|worse|cloudy|murky)',
  ],
  // Reliever needed more often; asthma waking at night (NHS asthma: urgent GP / 111).
  reliever_more: [
    '(using|used|need|needing|needed|taking|took|had|have) ~3 (blue|reliever|ventolin|salbutamol|inhaler|pump|puffer)( inhaler| pump| one)? ~~3 (more|a lot more|much more|more often|loads|lots|all the time|constantly)',
  ],
  asthma_night: [
    '(asthma|cough|coughing|wheez\\w*|breathing|chest) ~4 (waking|wakes|woke|keeps waking|keeping|kept|keeps) (me|him|her|them) (up )?(at night|in the night|every night|at nights)',
  ],
  // A muffled, "hot potato" voice with a sore throat (quinsy, epiglottitis).
  muffled_voice: [
    '(voice|talking|speech|sounds?) ~3 (muffled|like (a |he has a |she has a |i have a )?hot potato|plum in|thick|full mouth)',
    'hot potato (voice|speech)',
  ],
  throat_side_lay: [
    '(sore )?throat ~~4 (worse|worst|mainly|mostly|only|much worse|really bad|agony) (on )?(the |my |his |her )?(left|right|one side)',
  ],
  // Several nosebleeds in one day.
  nosebleed_many: [
    '(\\d+|two|three|four|five|six|several|multiple|lots of|loads of) (nose ?bleeds|nosebleeds|nose bleeds|bleeds from (his|her|my|the) nose) (today|this morning|in (a|one) day|since (this morning|yesterday|last night))',
  ],
  // A fast pulse in a child who is floppy, grey or mottled.
  child_hr_high: ['(heart ?rate|pulse|hr) (is |of |at |was )?(2\\d\\d|1[89]\\d)'],
  // A rash that does not go when a glass is pressed on it, in other words (NHS meningitis).
  glass_test: [
    "(rash|spots|dots|marks|blotches) ~8 (don't|doesn't|didn't|won't|not|isn't|aren't|never) (go|fade|disappear|vanish|change|blanch|turn white|go away) ~6 (glass|tumbler|press*|push*)",
    "(glass|tumbler) test ~6 (didn't|doesn't|don't|not|won't) (fade|go|work|change|disappear)",
  ],
  // Headaches on waking, morning after morning (raised pressure in the head: NICE CKS).
  morning_headache: [
    '(wak\\w*|woke|wake) (up )?(every|each) (day|morning) with (a |the |this )?(headache|head ache|bad head|sore head)',
    '(headache|headaches|head ache) ~4 (every|each) morning',
    '(headache|headaches) (is |are )?(worst|worse) (in the morning|when (i|he|she) wake\\w*|first thing)',
    // "headaches ... worse in the mornings and when I cough" (phase 24).
    '(headache|headaches|head ache) ~10 (worse|worst) (in the mornings?|on waking|first thing)',
  ],
  // An eye newly turning in or out (a new squint; phase 24: "my 4 year olds left eye has
  // suddenly started turning in since yesterday").
  squint_new: [
    '(eye|eyes) ~4 (started |starting |begun |begin )?(turning|turned|turns|going|gone|drifting|drifted|wandering|wanders) (in|out|inwards|outwards|inward|outward)',
    'new squint',
  ],
  // A visual aura in lay words: zigzags, shimmering, sparkles spreading across the vision.
  aura_lay: [
    '(zig ?zag|zig-zag|zigzags|shimmer*|sparkl*|kaleidoscope|wavy lines?|flickering lights?|jagged lines?) ~8 (vision|light|lights|thing|eye|eyes|spread*|across)',
    // "migraine with zigzag flashing lines before it" (phase 25, fresh-triage-p25d fv109).
    '(migraine|headache) (with|and) ~3 (zig ?zag|zig-zag|zigzags|flashing lines|flashing lights|aura)',
    'migraine with aura',
  ],
  // Close contact of someone with meningitis (phase 24: "my flatmate has been taken into
  // hospital with meningitis (they said bacterial). we share a kitchen"; UKHSA: antibiotics
  // for close contacts, arranged the same day).
  meningitis_contact: [
    '(flatmate|housemate|roommate|room mate|partner|husband|wife|boyfriend|girlfriend|son|daughter|child|kid|brother|sister|friend|colleague|classmate|someone at (school|work|nursery|uni)|a (child|kid|boy|girl) (at|in) ({poss} )?(school|class|nursery)) ~8 (has|has got|has been|got|been|is|was) ~6 (meningitis|meningococcal)(?! (as a|when (he|she|they) (was|were)|years ago))',
    // "at a party with a lad who now has meningitis" (phase 25, fresh-triage-p26g).
    '(with|around|near|kissing|kissed|sharing|shared|in contact with|hanging out with|at a party with|sat next to) ~8 (who|that|and he|and she) (now |has now |just )?(has|got|had|is in hospital with|has been diagnosed with|was diagnosed with|was admitted with|been diagnosed with|been admitted with|been taken in with) (meningitis|meningococcal|meningococcus)',
    '(friend|mate|classmate|flatmate|lad|girl|boy|boyfriend|girlfriend|roommate|housemate|colleague) ~6 (now )?(has|got|has got|is in hospital with|was diagnosed with|was admitted with) (meningitis|meningococcal)',
  ],
  spinal_needle: [
    'epidural',
    'spinal (block|anaesthetic|anesthetic)',
    'lumbar puncture',
    '\\blp\\b',
  ],
  postural_headache: [
    '(headache|head) ~8 (when|as soon as|if) (i |he |she )?(stand|stands|sit up|sits up|get up|gets up)',
    '(goes|eases|better|gone|disappears) (away )?when (i |he |she )?(lie|lies|lay|am lying) (down|flat)',
  ],
  // A headache brought on or made worse by coughing or straining (raised pressure).
  cough_headache: [
    '(headache|headaches|head ache|head) ~10 (worse|worst|comes on|starts|hurts) ~4 (when|if|as) (i |he |she )?(cough|coughs|sneeze|sneezes|strain|strains|bend over|bends over)',
  ],
  // Noisy breathing even asleep or at rest (croup, epiglottitis: NHS 999 when at rest).
  at_rest_lay: [
    "even (when |while |whilst )?(he's |she's |he is |she is |they're |i'm |i am )?(asleep|sleeping|resting|at rest|sitting still|lying still|calm|settled|in (his|her|their) sleep)",
    "(when|while|whilst) (he's |she's |he is |she is |they're )?(asleep|sleeping)",
  ],
  // Visible effort to breathe: a child working hard, the ribs or belly sucking in, grunting,
  // nostrils flaring (NICE NG143 red / BTS).
  work_of_breathing: [
    '(working|working really|working so|working very|having to work) (hard )?to (breathe|breath|get (his|her|their|my) breath)',
    '(tummy|belly|ribs|skin between (his|her|the) ribs|neck|chest|throat) (is |are )?(sucking|pulling|caving|sinking|drawing) in',
    '(grunting|grunts) (with|when|as) (each|every) breath',
    '(nostrils|nose) (are |is )?flaring',
    '(skin|tummy|belly|chest) (between (the |his |her )?ribs )?(go|goes|going|went|is going|are going) (inside|in|inwards)',
    'head (is )?bobbing',
  ],
  // Too tired to keep breathing (exhaustion in asthma: BTS life-threatening).
  breathing_exhausted: [
    '(tired|exhausted|worn out|shattered|wiped out) (out )?(from|by|with) (the )?(breathing|trying to breathe|all the breathing|the effort|coughing and wheezing)',
    '(can|could) (barely|hardly|not|only just) keep (his|her|my|their) eyes open',
  ],
  // A headache brought on by coughing, sneezing or straining (NICE CKS headache red flag).
  headache_strain: [
    '(headache|headaches|head pain|head hurts) ~4 (when|if|whenever|every time) (i|he|she|they) (cough|sneeze|strain|laugh|poo|go to the toilet)',
    '(coughing|sneezing|straining) ~3 (brings on|gives me|causes|triggers|sets off) ~3 (headache|headaches|head pain)',
  ],
  // Pus or gunk coming from the ear.
  ear_gunk: [
    'ear ~8 (gunk|pus|goo|gunge|discharge|yellow stuff|green stuff|smelly stuff|liquid|fluid|wax and pus) ~3 (coming|leaking|oozing|dripping|running|pouring) (out)?',
    '(gunk|pus|goo|gunge|discharge|yellow stuff|green stuff) ~3 (coming|leaking|oozing|dripping|running) (out of|from) ({poss} )?ears?',
  ],
  // Clutching the chest; slumping over (a heart attack or an arrest, seen by someone else).
  chest_grab: [
    '(grabbed|grabbing|clutched|clutching|gripped|gripping|holding|held|clasping|clasped) (at )?(his|her|my|their) chest',
  ],
  slumped: [
    '(slumped|slumping|keeled|keeling|slid|sliding|sagged) (over|down|forward|sideways|to the floor|off (his|her|the) chair|in (his|her|the) (chair|seat))',
    'keeled over',
  ],
  // Flashes of light seen in the vision (a retinal tear: NHS, eye casualty the same day).
  flashes_lay: [
    // Not pictures in the mind: "horrible flashes of her being hurt" (phase 25, fresh-triage-p25i).
    '(seeing|see|sees|saw|getting|noticed|keep seeing|keeps seeing) (\\w+ )?(flashes|flashing lights|flashes of light|sparks|streaks of light|lightning (flashes|streaks))(?! of (her|him|them|me|it|images?|thoughts?|memories|pictures|things|what|((the|my|our|his|her) )?(accident|birth|attack|baby|child|kids?|son|daughter|husband|wife|partner|mum|dad))\\b)',
    '(flashes|flashing lights|flashes of light) (at|in|on|out of) (the )?(edge|corner|side|outside) of ({poss} )?(vision|eye|sight)',
  ],
  // Allergic person's mouth or throat feeling odd.
  mouth_funny: [
    '(mouth|throat|tongue|lips) (feels?|feeling|is|are|going) (funny|weird|strange|tingly|itchy|fuzzy|numb)',
  ],
  // Gone white or grey in the face.
  went_white: [
    '(went|gone|turned|going|goes|has gone) (very |really |completely |deathly |all )?(white|grey|gray|pale|ashen)',
  ],
  // "Choked up" with emotion.
  choked_up: [
    '(got|get|getting|gets|was|were|felt|feel|feeling|all|bit|so|really|totally) choked up',
  ],
  // "Nearly collapsed laughing": figurative.
  laugh_figurative: [
    '(laughed|laughing|laugh) (so hard|so much|that hard|till|until) ~4 (breathless|out of breath|couldn.t breathe|can.t breathe|cried|wet myself)',
    '(nearly |almost |literally )?(collapsed|died|fainted|passed out|wet (myself|himself|herself)|fell over) (laughing|with laughter|from laughing|of laughter)',
  ],
  // Fits one after another without waking in between (NHS: 999).
  seizure_cluster: [
    '(fit|fits|fitted|fitting|seizure|seizures|seized|seizing|convulsion|convulsions|convulsed|convulsing) ~8 (another|second|2nd|again|more) ~8 (before|without) (he|she|they|i|him|her) (\\w+ )?(woke|wake|waking|came round|come round|came to|recovered|regained|properly woke|was awake|fully woke)',
    '(back to back|one after (the other|another)|one after each other) (fits|seizures|convulsions)',
    '(fits|seizures|convulsions) (back to back|one after (the other|another)|one after each other)',
    "(not|never|hasn't|didn't|without) (woke|wake|waking|come round|came round|come to|came to|recovered) (up )?(properly )?(in )?between",
  ],
  // A fit with a fever, named as such (NHS febrile seizures: first one, or over 5 minutes:
  // 999; a repeat that stopped: 111).
  febrile_fit: [
    '(febrile|fever|temperature|temp) (fits?|seizures?|convulsions?)',
    '(fits?|seizures?|convulsions?) (from|with|because of|due to|caused by) (a |the |his |her )?(high )?(fever|temperature|temp)',
  ],
  // "Worst headache of my life", misspelt or dictated.
  worst_headache_lay: [
    '(worst|worse|wurst|werst|wost) (headache|head ache|pain|head pain|hedache|headach) (of|in) ({poss} )?(life|lyfe|lif|live|entire life|whole life)',
    "(worst|worse) (headache|head ache|head pain) (i've|i have|ive|he's|she's|he has|she has|they've) ever (had|felt|known)",
    'thunder ?-?clap',
    'like a (clap of thunder|thunderbolt|lightning bolt|bolt of lightning)',
  ],
  // A pupil bigger than the other (NICE NG232: after a head injury, 999).
  pupil_unequal: [
    '(one )?pupils? ~~4 (bigger|larger|smaller|wider|dilated|huge|massive|blown|different size|different sizes|uneven|odd sizes?) (than|to|from) (the )?(other|other one|left|right|left one|right one)',
    'pupils? (are |is |look |looks |seem )?(different|unequal|odd|uneven|mismatched) (sizes?)?',
    "one (pupil|eye'?s? pupil) (is |looks |has gone |went )?(blown|dilated|massive|huge|really big|much bigger|fixed)",
  ],
  // A blow to the head by a person, a ball or an object (the existing head-injury words are
  // falls and knocks).
  head_blow: [
    '(kicked|punched|elbowed|kneed|booted|headbutted|head ?butted|clattered|smacked|slapped|clipped|thumped|battered|stamped on|hit|struck|whacked|walloped|clouted) ~~3 (in|on|to|round|across) the (head|skull|temple|back of the head|side of the head)',
    '(kick|punch|elbow|knee|boot|whack|blow|hit|clash|collision) (to|on) (the|his|her|my|their) (head|skull|temple)',
    '(ball|bat|stick|brick|bottle|racket|club|golf ball|cricket ball|hockey stick|stone|rock) ~~4 (hit|struck|smacked|whacked|caught|cracked) ~~3 (head|skull|temple)',
    '(took|taken|got|caught|had) (a |an )?(\\w+ )?(ball|bat|stick|racket|club|elbow|knee|boot|punch|kick|hit|blow|whack|knock|bang|brick|bottle) (to|in|on) the (head|skull|temple|side of the head|back of the head)',
    '(clash|clashed|bumped|banged|cracked) heads',
    '(stood|stand|standing|straightened|sat|sitting) up ~~2 (into|under|against|on) ~~4 (cupboard|cupboard door|cabinet|shelf|beam|mantelpiece|mantel|window|windowsill|table|counter|worktop|corner|bunk|bed frame|car boot|boot lid|tailgate|hatch)',
  ],
  // Knocked out: unconscious after a blow or a fall (NHS: A&E even if now awake).
  knocked_out: [
    // Not a wish to be sedated: "can i ask to be knocked out" (phase 25, fresh-triage-p25o).
    '(?<!\\bto be (?:\\w+ ){0,4})(?<!(tooth|teeth|\\))( got| was| were| been| has been| had been)? )(?<!(tablets|tablet|pills|pill|meds|medication|medicine|painkillers|antihistamines?|drugs|anaesthetic|anesthetic|wine|beer|drink|drinks|flu|cold|bug|virus|exams?|work|gym|shift|sleeping pills|sedation|sedative|piriton|codeine|tramadol|zopiclone) )(knocked|knocking|knocks) (him |her |them |me |himself |herself |myself )?(out|unconscious|spark out|clean out|out cold|senseless)(?! (my|his|her|their|your|a|an|the|two|three|some|one|both|all) )(?! (by|with|from) (the |my |his |her )?(meds|medication|pills|tablets|painkillers|antihistamine\\w*|drugs|flu|cold|virus|bug|heat|tiredness|exhaustion|anaesthetic|sleeping|exams?|work))',
    // Not "zoning out for a few seconds" (phase 24: absences).
    '(out cold|(?<!(zoning|zoned|zones|spacing|spaced|spaces|tuning|tuned|blanking|blanked|blanks|switching|switched|drifting|drifted) )out for (a|about|around|maybe) (\\d+|a|one|two|few) (sec|secs|seconds|min|mins|minute|minutes|moment|bit))',
    '(lost consciousness|lost conciousness|blacked out|passed out) ~~4 (after|when|from|as) (he |she |i |they )?(fell|fall|hit|landed|came off|fell off|crashed|got hit|was hit|banged|bumped)',
  ],
  // Pain in one side or the middle of the chest, said with "side" ("pain in the right side of
  // my chest").
  chest_side_pain: [
    '{pain} ~~3 (in|on|across|down) (the )?(left|right|one|middle|centre|center|front) (side )?(of )?({poss} )?chest',
  ],
  // Giant cell arteritis signs in other words; sight blurred out of one eye.
  gca_lay: [
    '(tender|sore|painful|throbbing|aching|achy) (\\w+ )?(temples?|scalp)',
    '(hurts|painful|sore) to (brush|comb|touch) ({poss} )?(hair|scalp|head)',
  ],
  blur_one_eye: [
    '(vision|sight|eyesight) (in|of|from|out of) ({poss} )?(left |right |one )?eye ~~4 (blurry|blurred|fuzzy|misty|foggy|hazy|dim|dark|cloudy)',
    "(everything|things|vision|sight|it)('s| is| are| has gone| went| looks?| looking)? ~~2 (blurry|blurred|fuzzy|misty|foggy|hazy|dim|dark|cloudy) ~~3 (in|out of|from|with|on) ({poss} )?(left |right |one )?eye",
    '(blurry|blurred|fuzzy|misty|foggy|hazy|dim|cloudy) (vision|sight) (in|out of|from|of) ({poss} )?(left |right |one )?eye',
  ],
  // A breath that will not go all the way in (a collapsed lung, a clot, a heart attack).
  breath_incomplete: [
    "(can't|cannot|couldn't|unable to|struggling to|hard to) (get|take|draw|pull) (a |in a |in )?(full|deep|proper|big|whole|complete|decent) breath",
    "(can't|cannot|couldn't|unable to) (fill|inflate|expand) (my|his|her|their) (lungs?|chest)",
    '(only|just) (able to )?(take|taking|get|getting|manage|managing) (tiny|small|short|shallow|little) breaths',
    'half (a )?breaths?',
  ],
  // An adrenaline auto-injector named in dictation or misspelt.
  epipen_lay: [
    '(used|gave|given|use|using|injected|jabbed|stabbed|did|done|had to use|administered) ~~3 (happy|epic|eppy|eppi|appy|hippie|hippy|api|epee|ebby) ?(pen|pens)',
    '(happy|epic|eppy|eppi|appy|hippie|hippy|api|epee|ebby) ?(pen|pens) ~~3 (in|into|used|given|jabbed|done)',
    '(used|gave|given|injected|jabbed|stabbed|administered) ~~3 (epi ?pin|epipin|epy ?pen|epie ?pen|jext|emerade|anapen|adrenalin)',
  ],
  // Sight gone suddenly from one eye, said plainly or in non-native English.
  vision_loss_lay: [
    '(can|could) (suddenly |all of a sudden |now |just )?(not|no longer|no more) see (anything |nothing |much )?(from|out of|with|in|on|of) ({poss} )?(left |right |one |my |his |her |the )?(eye|eyes|side)',
    '(one|left|right|my|his|her) eye ~~3 (went|gone|goes|going|has gone|just went) (blind|dark|black|blank|dim|grey|gray)',
    '(blind|blindness) (in|of) ({poss} )?(left |right |one )?eye',
    '(lost|lose|losing|loss of) (the |my |his |her )?(sight|vision|eyesight) ({poss} )?(left|right|one) eye',
    '(curtain|shadow|veil|blind|blackness|dark cloud) ~4 (over|across|coming down|came down|come down|coming up|came across|covering) ~3 (eye|vision|sight)',
  ],
  // A household chemical in the eye, misspelt ("bleech in my i").
  eye_chemical_lay: [
    `${HOUSE_CHEMICAL} ~5 (in|into|on) (my|his|her|their|the|both|one|your) ${EYE}`,
    `(splash*|splashd|sprayed|spraid|squirted|squirt|spat|flicked|got|went|gone) (some |a bit of |a drop of )?${HOUSE_CHEMICAL} ~3 (in|into) (my|his|her|their|the|both|one|your) ${EYE}`,
  ],
  // A tooth, gum or jaw named as the source of a swelling.
  dental_source: [
    '(tooth|teeth|toothache|tooth ache|abscess|abcess|absess|absces|wisdom tooth|wisdom teeth|molar|gum|gums|dental|filling|root canal)',
  ],
  // A face swelling that has reached the eye, under the jaw or down the neck (NHS dental
  // abscess: A&E).
  swelling_spread_eye_neck: [
    '(swelling|swollen|swell*|puff*|lump) ~8 (up to|right up to|into|under|down|reaching|reached|spread\\w* (up |down )?(to|into)|gone (up|down|under|into)|going (up|down|under|into)|as far as|to) ({poss} |the )?(eye|eyes|neck|throat|under (my|his|her|the) (chin|jaw|tongue)|jaw ?line|collar ?bone)',
    '(eye|eyes) (is |are |has |have )?(\\w+ )?(swollen|puffed|puffy|closed) (shut|closed|up)',
    "(can't|cannot|couldn't|unable to) open (his|her|my|the|their) eye",
    // "my face has swollen up so much my eye is nearly closed now" (phase 25, fresh-triage-p27v
    // in041).
    '(eye|eyes) (is |are |has |have )?(nearly|almost|half|partly|completely|fully|now) (closed|shut|swollen shut|swollen closed)',
  ],
  // Pain on moving the eye or seeing double with a swollen lid (orbital cellulitis).
  eye_move_pain_lay: [
    '(hurts|painful|pain|sore|agony) ~~3 (to |when (he |she |i )?|on )(move|moving|moves|look|looking|turn|turning) ~~2 ({poss} )?(eye|eyes|eyeball)',
    '(moving|turning|rolling) ({poss} )?(eye|eyes) ~~3 (hurts|is painful|is sore|agony)',
    '(sees|see|seeing|saw) (two of everything|double|everything twice|things twice)',
  ],
  eyelid_swollen_lay: [
    ...near(
      '(eyelid|eyelids|eye lid|eye lids|lid|lids|eye|around (his|her|my) eye)',
      '(puffy|swollen|swelling|puffed|red|hot|fat)',
      3,
    ),
  ],
  // Something small eaten or put in the mouth just before a weak cough or noisy breath
  // (a partly blocked airway: Resuscitation Council choking; NHS 999).
  choke_item: [
    '(eating|ate|had|swallowed|sucking|chewing|playing with|had in (his|her) mouth) ~~3 (grapes?|sweets?|boiled sweets?|nuts?|peanuts?|popcorn|hot ?dogs?|sausages?|cherry tomato\\w*|raw carrot|apple|marbles?|coins?|lego|a toy|toy|beads?|buttons?|balloons?|lolly|lollipop|chewing gum|gum|bones?|fish ?bone|chicken bone|meat|steak)',
  ],
  weak_cough: [
    '(cough|coughs|coughing) ~~2 (weakly|feebly|quietly|silently|with no sound|without (any )?sound)',
    '(weak|feeble|silent|quiet|tiny) (little )?(cough|coughs|coughing)',
  ],
  // A barking or seal-like cough (croup), worded in other ways.
  croup_lay: [
    'bark* (\\w+ )?cough',
    'seal ?-?(like )?(cough|bark|noise)',
    'cough* ~~3 like a (seal|dog|sea lion|barking dog)',
    'barky',
  ],
  // Swelling or redness behind the ear, the ear pushed forward (mastoiditis).
  mastoid_lay: [
    "(swelling|swollen|redness|red|lump|bulge|bulging|puffy|tender|sore|pain) ~4 behind ({poss} )?(\\w+'s )?(ear|ears)",
    '(ear|ears) ~3 (pushed|pushing|sticking|sticks|poking|pokes|sticking) (out|forward|outwards)',
  ],
  // A jaw that will only open a little (trismus), said plainly.
  trismus_lay: [
    '(can|could) only open ({poss} )?mouth (a (bit|little|tiny bit|crack|fraction|few mm)|slightly|partly|halfway|part way|a couple of (cm|centimetres|fingers)|one finger)',
    "(can't|cannot|couldn't|hard to|struggling to|painful to|hurts to|unable to) open ({poss} )?mouth (properly|fully|wide|all the way|far|much|very far)",
    '(jaw|mouth) (is |has |feels )?(locked|stuck|clamped|seized)( shut| up)?',
  ],
  wisdom_tooth: ['wisdom (tooth|teeth)'],
  // A swelling of the gum or round a tooth.
  dental_swelling: [
    ...near(
      '(tooth|teeth|gum|gums|wisdom tooth|molar|tooth area|jaw|cheek)',
      '(swollen|swelling|swolen|puffy|lump|abscess|abcess|absess|pus|boil|gumboil)',
      4,
    ),
  ],
  // Waking at night unable to breathe; needing more pillows to sleep (heart failure).
  orthopnoea_lay: [
    "(wake|waking|woke|wakes) (up )?(in|at|during) (the )?night ~~3 (with )?(no|without|short of|out of|gasping for|fighting for|can't|cannot) (breath|air|breathe)",
    '(need|needs|needing|use|uses|using|sleep with|sleeping with|sleeps with|sleep on|sleeping on|propped on) (\\d+|two|three|four|five|more|extra|lots of) pillows?',
    "(can't|cannot|couldn't|unable to) (lie|lay|sleep) (flat|down) ~~3 (without|or) ~~3 (breath*|air|choking|drowning|suffocating)",
    "(feel|feels|feeling|like) (i am |i'm |he is |she is )?(drowning|suffocating) ~~4 (lie|lying|lay|laying) (down|flat)",
  ],
  ankles_big: [
    '(ankles?|legs|feet|calves|shins|both legs) (are |is |have gone |has gone |got |getting |gone |look |looks |became |become )?(very |so |really )?(big|bigger|fat|fatter|huge|massive|like balloons|like elephant|tight|heavy and swollen)',
  ],
  // Jaw or teeth pain brought on by exertion (angina felt in the jaw).
  jaw_exertion: [
    '(jaw|teeth|neck|throat) ~~6 (when|while|on|during|after) (i |he |she )?(exercise|exercis*|walk*|climb*|running|run|jog*|going up|go up|hurry*|carry*|cycling|exert*)',
  ],
  // A pulse raised by running or exercise: not a palpitation.
  hr_from_exercise: [
    "(heart ?rate|pulse|hr|bpm) ~6 (when|while|during|after) (i |i'm |im |i am |he |he's |she |she's )?(run|running|jog*|exercis*|training|work out|working out|cycling|sprinting|spin|the gym|at the gym|hiit)",
    '(when|while|during) (i |he |she )?(run|running|jog*|exercis*|cycling|sprinting|working out) ~6 (heart ?rate|pulse|hr|bpm)',
  ],
  // The tooth socket after an extraction, worse days later (dry socket, infection).
  socket_worse: [
    '(tooth|teeth|wisdom tooth|molar) (out|pulled|extracted|removed|taken out) ~10 (pain|ache|throb*|hurting|sore) ~~4 (getting )?(worse|much worse|worse and worse|spreading|unbearable|into (my|his|her) (ear|jaw))',
    // Phase 24 (fresh set p24a): "went through the roof, up to my ear ... can see a hole not
    // a clot".
    'dry socket',
    '(hole|socket) ~3 (not a|no|without a|with no|and no) (blood )?clot',
    '(clot|blood clot) ~4 (came out|fell out|come out|gone|washed out|dislodged)',
    '(tooth|teeth|wisdom tooth|molar) (out|pulled|extracted|removed|taken out) ~20 (through the roof|up to (my|his|her) ear|into (my|his|her) ear|horrible taste|foul taste|bad taste)',
  ],
  // A neck swelling on one side with a sore throat (quinsy, a neck abscess).
  neck_lump_one_side: [
    '(neck|gland|glands|lump) ~~4 (swollen|swelling|up|lump|tender) ~~3 (one side|on one side|left side|right side)',
  ],
  // "I have 39 fever", "39 fever": a number before "fever" (temperatures 38 to 42).
  fever_number_first: [
    '(38|39|40|41|42|38\\.\\d|39\\.\\d|40\\.\\d) ?(c|degrees?)? (fever|temp|temperature)',
  ],
};

export const WAVE9A_CUES: Concepts = {
  // A wheeze or cough the person says is usual for them ("like always").
  // "None since", "not had it again": a brief symptom that has not come back.
  none_since: [
    '(none|nothing|no more|not again|fine|ok|okay) since',
    "(hasn't|has not|haven't|have not|not) (come back|returned|happened again|had it again|felt it again)",
  ],
  wheeze_usual: ['(like|as) (always|usual|normal|it always does|it usually does)'],
  // "Ache behind my eyes when I read": eye strain, not a painful red eye.
  eye_strain: [
    // "screen headaches. i work 10hrs a day on 2 monitors, eyes ache" (phase 24).
    '(screen|screens|monitor|monitors|computer|laptop) ~12 (eyes?|eye) (ache|aches|aching|hurt|hurts|hurting|sore|tired|strain*)',
    '(eyes?|eye) (ache|aches|aching|hurt|hurts|sore|tired) ~10 (screen|screens|monitor|monitors|computer|laptop|by (the )?evening)',
    '(dull )?(ache|aching|pain|headache) (behind|around) ({poss} )?eyes ~~4 (when|after|while) (i |he |she )?(read*|screen*|computer|laptop|phone|studying|working)',
    '(dull|mild|slight|bit of an?) (ache|pain|headache) (behind|around) ({poss} )?eyes',
  ],
};
