// Lexicon, phase 12 (helper fa): routine look-alikes whose alarm word has a harmless cause the
// message gives, probed with twins where it does not (test/unit/safety/probes-p12-fa.json).
// A harmless cause that is then denied counts for nothing. Slurred words while drunk that were
// gone by the morning are the drink, not a stroke (the stroke rule in rules-brain-mind.ts reads
// them together, and not with a weak limb, a drooping face, confusion, a fall, a knock to the
// head or a headache: NHS, "head injury and concussion": drinking hides the signs of a head
// injury). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/**
 * A part of the body, or a known cause, that is not the head: where a "worst pain" is. The
 * trunk and limbs since phase 22 ("pain in my side comming in waves, worst pain ever at the
 * peaks" read as a thunderclap headache); the rule still fires when the head is named too.
 */
const NOT_HEAD_SITE =
  '(kidney stones?|stones?|renal colic|period|periods|period pain|cramps|toothache|tooth|teeth|molar|wisdom tooth|dentist|gums?|mouth ulcers?|ulcers?|ear|ears|earache|otitis|toe|toes|big toe|foot|feet|heel|gout|birth|giving birth|labour|labor|contractions|childbirth|stitches|knee|ankle|hip|shoulder|wrist|elbow|finger|thumb|gallstones?|shingles|sciatica|burn|tattoo|waxing|piles|haemorrhoids|hemorrhoids|ingrown|side|sides|back|lower back|belly|stomach|tummy|abdomen|flank|loin|groin|testicles?|balls|bladder|pelvis|legs?|arms?|hands?|ribs?|chest|kidneys?|bum|bottom)';

export const LOOK_ALIKE_SIGNS: Concepts = {
  // Drunk at the time: "after five pints", "when I was drunk", "had way too much to drink".
  drunk_episode: [
    '(after|from|with) (\\d+|a few|a couple of|several|too many|way too many|loads of|two|three|four|five|six|seven|eight|ten) (pints|drinks|beers|lagers|ciders|shots|glasses of wine|bottles of wine|vodkas|gins|cocktails|jagerbombs)',
    '(when|while|whilst|as) (i was |he was |she was |i got |he got |she got )?(drunk|hammered|wasted|smashed|plastered|tipsy|pissed)',
    '(was|got|were|been) (really |very |so |properly |absolutely )?(drunk|hammered|wasted|smashed|plastered|pissed)',
    'had (way |far |much )?too much to drink',
    // "came home from a mates smelling of booze" (phase 25, fresh-triage-p26u hm143).
    '(smelling|smells|smelt|smelled|stinking|stinks) (of|like) (booze|alcohol|drink|vodka|beer|cider|wine)',
    // "she had a whole bottle of prosecco and some shots ... just drunk?" (phase 24).
    '(a |the )?(whole|half a|two|2|three|3) bottles? of (wine|prosecco|vodka|gin|rum|whisky|whiskey|cider|champagne)',
    '(and |plus )(some|loads of|lots of|a few|few|several) shots',
    'just drunk',
    '(had|drunk|drank|downed|sank) (about |like |around |maybe )?(\\d+|a few|several|loads of|too many|way too many|two|three|four|five|six|seven|eight|nine|ten) (pints|drinks|beers|lagers|ciders|shots|glasses of wine|bottles of wine|vodkas|gins|cocktails)',
  ],
  // Someone drunk who is otherwise themselves: laughing, walking and talking (phase 24).
  drunk_acting_fine: [
    // Not "stopped making sense" (phase 25, fresh-triage-p25q gi133), nor "not really answering
    // me": negated, it set the net quiet on a child with 38.9 and a grey mouth (stop 44).
    "(laughing|chatting|dancing|singing|joking|(?<!\\b(?:not|isn't|wasn't|stopped|barely|hardly|not really) )(answers|answering|answered|responds|responding) (me|us|questions)|talking (fine|normally|sense)|walking (fine|ok|okay|normally|straight|to the (taxi|car|bus|door))|(?<!(stopped|not|isn't|wasn't|no longer|stop|stops|barely|hardly|really|scarcely) )making sense)",
  ],
  // A harmless cause named, then denied: "thought it was the beetroot but I haven't eaten
  // any", "blamed the iron tablets but I stopped them a month ago". The cause does not fit,
  // so the colour counts again (the bleeding rules read it with benign_colour).
  explanation_denied: [
    "but (i|he|she|we|they) (haven't|hadn't|didn't|have not|had not|did not|never) (actually |even )?(eaten|had|eat|have|taken|take|drunk|drink|touched) (any|it|them|one|some)",
    'but (i|he|she|we|they) (stopped|finished|came off) (them|it|taking them|taking it) ~3 (ago|weeks|months)',
    "(haven't|hadn't|didn't|have not|had not|did not) (eaten|had|eat|have|taken|take) (any|a single) (beetroot|beets|blueberries|liquorice|licorice|iron|pepto|bismuth|food colouring|red food)",
  ],
  // Gone by the next morning, said as such.
  fine_next_day: [
    '(fine|ok|okay|normal|back to normal|right as rain|completely fine|totally fine) (this morning|today|the next (day|morning)|in the morning|when (i|he|she) woke up|now)',
    "(this morning|today|the next (day|morning)) (i am|i'm|he is|he's|she is|she's|i feel|he seems|she seems) (fine|ok|okay|normal|back to normal)",
  ],
  // Phase 10 (helper fa: false alarms; test/unit/safety/probes-p10-fa.json). Exceptions a rule reads
  // ("& !concept"): they tell a routine look-alike from its dangerous twin and never raise a level.
  // Sources: NHS pages on headaches, seizures, pins and needles, and taking an extra dose of a
  // medicine.
  //
  // "Worst pain of my life" said of a kidney stone, a period, a tooth, an ear, a toe or a
  // birth: a thunderclap is a HEADACHE; these are read by their own rules (severe pain).
  worst_pain_elsewhere: [
    `${NOT_HEAD_SITE} ~10 (worst|most worst|worse) (pain|agony|thing)`,
    `(worst|most worst|worse) (pain|agony) ~10 ${NOT_HEAD_SITE}`,
  ],
  // The head said in so many words (with "worst pain" that makes it a headache again).
  head_said: ['(head|skull|temple|temples|forehead|brain)'],
  // "Never had one before", "first time": of a seizure only when a seizure is named (the
  // rules read it together with `seizure`); of a cold sore or a verruca it is no fit.
  first_time_vague: ['never had (one|it|them|this|that) before', 'first time', 'first ever'],
  // Pins and needles from how someone sat or lay: a foot that "went dead" on the loo.
  limb_asleep_posture: [
    '(sitting|sat|kneeling|knelt|squatting|squatted|crouching|cross ?-?legged|crossed (my|his|her) legs) ~8 (too long|for (ages|a while|too long|an hour|hours|\\d+ (minutes|mins|hours)))',
    '(went|goes|go|gone|going) (dead|numb|to sleep) ~6 (sitting|sat|kneeling|on the (loo|toilet|floor))',
    '(sitting|sat|kneeling|lying|lay|leaning) on (the loo|the toilet|it|my (leg|foot|feet|arm|hand)|his (leg|foot|arm)|her (leg|foot|arm))',
    '(arm|hand|leg|foot|feet) (went|goes|has gone|is) (dead|to sleep) ~4 (fine|normal|ok|okay|back) (now|again)', // "tingling down my right arm ... after sleeping funny, can move it fine" (phase 25,
    // fresh-triage-p27k ic013): a nerve pinched in the night. A guess at it ("must have slept
    // funny") is read by explanation_guessed in the stroke rule, which then still counts.
    '(after|from|since) (sleeping|slept|lying|lay) (on it |on my (arm|neck|hand|side) )?(funny|funnily|awkwardly|wrong|badly|in a (weird|funny|bad|awkward|odd) (way|position))',
  ],
  // A dose a little early or a little over (an hour early, 7.5 ml instead of 5 ml, three
  // tablets instead of two): a pharmacist's question, not an overdose, when the person is well.
  dose_slightly_off: [
    '(an hour|half an hour|\\d+ (minutes|mins)|a couple of hours|an hour or two|a bit|slightly|two hours|2 hours) (too )?early',
    '(7\\.5|7,5|6|7|8|2\\.5) ?ml ~~2 (instead of|rather than) (5|2\\.5) ?ml',
    '(3|three) (\\w+ )?(instead of|rather than) (2|two)',
    'the right dose',
  ],
  // Ottawa ankle and foot rules: able to bear weight, no deformity, not severe: a sprain
  // to rest, not an x-ray today (the rules keep "can't put weight on it" and a bent limb).
  can_bear_weight: [
    "(can|could|able to|i'm able to|managed to|manage to) (still )?(walk|put weight|bear weight|weight bear|stand|hop) (on it|fine|ok|okay|normally|around|about)",
    '(walking|walks|walked|standing|stands) (on it )?(fine|ok|okay|normally)',
    // "im walking on it with a bit of a limp" (phase 25, fresh-triage-p26r hj128; Ottawa rules:
    // bearing weight, even with a limp).
    "(i'm|im|i am|he's|she's|he is|she is|been|still|can) walking on it",
    // "i walked off the court and round the house" (stop 49, fresh-triage-p30a ks077: Ottawa rules, weight borne).
    '(walked|walking|hobbled|limped) (it )?(off|round|around|home|back home|back|to the car|on it) (the |it |fine|ok)?',
  ],
  // Said last in its sentence, of a hypo already treated: "back to 6 now, fine".
  fine_now: [
    '(now|again|since|and|so),? (fine|ok|okay|all good|good|feeling fine|feel fine|feeling ok|back to normal)(?![\\s,]+\\w)',
  ],
  // A skipped beat now and then, at rest, with nothing else (NHS heart palpitations: usually
  // harmless; the rules still flag one with dizziness, fainting, breathlessness or chest pain).
  palp_occasional: [
    '(sometimes|occasionally|occasional|now and then|now and again|once in a while|from time to time|every so often|every now and then|the odd|odd|few times a (week|month)) ~6 (skip*|missed beats?|extra beats?|ectopic*|flutter*|palpitations?|thud*|flip*)',
    '(skip*|missed beats?|extra beats?|ectopic*|flutter*|palpitations?|thud*|flip*) ~6 (sometimes|occasionally|now and then|now and again|once in a while|from time to time|every so often|every now and then|few times a (week|month))',
    // "occasional brief palpitations, perhaps once a month" (phase 23's pasted clinic letter).
    '(palpitations?|flutter*|skip*|ectopic*) ~6 (once|twice|a few times|a couple of times) a (month|year)',
  ],
  // A lip puffy from a cold sore, a bite or a split: its cause said, not an allergy.
  lip_swelling_explained: [
    '(cold sores?|coldsores?|herpes|fat lip|split lip|lip filler|fillers|chapped lips?|cracked lips?)',
    '(bit|bitten|biting|banged|bashed|hit|knocked) (my|his|her|their) lip',
  ],
  // More than a lip: the face, an eye, the tongue or the throat named.
  face_eye_said: ['(face|cheek|cheeks|eye|eyes|eyelid|eyelids|tongue|throat)'],
  // Bleeding at a named place that is not the vagina (a nose, a knee, the gums) or of a child:
  // in a pregnant or postpartum mother's message it is not her bleeding.
  bleeding_not_genital: [
    '(nose|knee|knees|gum|gums|lip|lips|mouth|tooth|teeth|finger|fingers|thumb|hand|elbow|ear|chin|forehead|scalp|cut|graze|scrape|scratch|scab|wound|toe|piercing|socket) ~~2 (bleed*|bled)',
    '(bleed*|bled) ~~2 (from|on|in|at) (the |my |his |her |their )?(nose|knee|knees|gum|gums|lip|lips|mouth|tooth|teeth|finger|fingers|thumb|hand|elbow|ear|chin|forehead|scalp|cut|graze|scrape|scratch|scab|wound|toe|piercing|socket)',
    '(nose ?bleeds?|bloody nose|nosebleeds?)',
    '(son|daughter|child|kid|toddler|boy|girl|grandson|granddaughter) ~~2 (is |was |keeps |has been |had )?(bleed*|bled)',
  ],
  // The bleeding placed where a pregnancy's or birth's bleeding is.
  vaginal_said: [
    '(vagina*|down below|front passage|spotting|pads?|tampons?|knickers|underwear|when i wipe|wiping|period|periods|clots?|lochia)',
  ],
  // An ear bleeding at a piercing: the lobe, not blood from inside the ear.
  piercing_said: ['(piercing|pierced|earrings?|studs?)'],
  // Phase 10 second round (helper fa2: blind set 12's misses; probes-p10-fa2.json). NHS hangover
  // page.
  //
  // Drinking named as the cause of a headache (NHS hangover: rest, fluids, painkillers).
  hangover_said: [
    'hung ?-?over|hangover',
    '(drank|drunk|drinking|had) (far |way |much |a lot |loads |a bit |a little )?(too much|too many|a lot|loads|heavily|far too much)(?! (sun|sunshine|heat|caffeine|coffee|energy drinks?|sugar|salt|food|chocolate|paracetamol|ibuprofen|medicine|insulin))',
    '(too many|so many|loads of|lots of|a few too many) (pints|drinks|shots|beers|jagerbombs|jägerbombs|cocktails|glasses|wines|vodkas|proseccos|ciders)',
    "(after|from) (the |a |last night's |last nights |my )?(night out|piss up|session|bender|drinking|boozy night)",
  ],
  // Phase 10 third round (helper fa3: blind set 13's emergency misses; probes-p10-fa3.json).
  //
  // The dentist's numbing injection named in words local_anaesthetic lacks ("after the dental
  // injection", "the dentist's jab", "a filling 3 hours ago"): a droop or dribble while it
  // wears off is expected.
  dental_injection: [
    "(dental|dentist|dentists|dentist's) (injection|jab|anaesthetic|anesthetic|numbing)",
    "(injection|jab|numbing) (at|from|by) (the |my )?(dentist|dentists|dentist's|dental)",
    // Dental work a few hours ago (the numbing lasts hours; "yesterday" is not this).
    '(filling|fillings|root canal|extraction|tooth out|teeth out|crown) (about |around |only )?(\\d+|an|a|one|two|three|four|a few|a couple of) (hours?|hrs?) ago',
  ],
  // Phase 7 (helper e: false alarms): harmless explanations a probe set of routine look-alikes
  // showed the rules could not yet hear (formerly lexicon-wave9-e.ts). Sources: NHS pages for
  // fainting, shortness of breath and local anaesthesia.
  //
  // Numbness after a dental or local anaesthetic injection (NHS: wears off in a few hours).
  local_anaesthetic: [
    '(dentist|dental|filling|root canal|extraction) ~10 {numb}',
    '{numb} ~6 (dentist|dental|filling|root canal|injection)',
    'numbed (me|him|her|them|my|his|her|their) (up|mouth|gum|gums|jaw|face|lip)?',
    'local (anaesthetic|anesthetic|anaesthesia|anesthesia)',
    '(anaesthetic|anesthetic|numbing|injection) ~4 (wear*|worn)',
    '(novocaine|novocain|lidocaine|lignocaine|articaine)',
  ],
  // Out of breath in a workout that settled within minutes, the way exercise does.
  recovered_quickly: [
    '(came|come|comes|coming) (round|around|to) (straight away|straightaway|right away|immediately|quickly|within seconds|in seconds|after a few seconds)',
    '(recovered|settled|back to normal|caught (my|his|her) breath|got (my|his|her) breath back|fine again|ok again|okay again) (\\w+ )?(within|in|after) (a (few|couple of)|\\d+|one|two|three|a) ?(seconds?|secs?|minutes?|mins?)',
    '(within|in|after) (a (few|couple of)|\\d+|one|two|three|a) ?(seconds?|secs?|minutes?|mins?) ~3 (recovered|settled|back to normal|fine|ok|okay|caught (my|his|her) breath)',
  ],
  // A faint with an obvious trigger: heat, a crowd, a stuffy room, the sight of blood or a
  // needle, standing still for long (NHS: usually nothing serious once recovered).
  faint_trigger_clear: [
    '(from|because of|due to|with|in) the (heat|crowd|crowds|crush)',
    '(hot|stuffy|crowded|packed|airless|rammed) (room|gig|concert|train|tube|church|venue|bus|hall|classroom|office|assembly|club|pub|festival|carriage|shop)',
    '(at|during) (a|the|my|his|her) (concert|gig|festival|assembly) ~6 (heat|hot|stuffy|crowded|packed)',
    '(sight|seeing) of (blood|a needle|the needle|needles)',
    '(saw|seeing|watching) (\\w+ ){0,3}(blood|a needle|the needle|needles|giving birth|the birth|an injection|the injection|the operation)',
    '(when|while) (having|getting|he had|she had|i had|he got|she got|i got) (an? |her |his |my )?(injection|jab|vaccine|blood test|bloods|ears? pierced|piercing|tattoo)',
    '(having|had|giving|gave) (blood|bloods) (taken|done)?',
    'standing (still )?(for )?(ages|too long|so long|for hours|for a long time)',
    // "standing in the church for ages" (phase 24).
    'standing ~4 for (ages|too long|so long|hours|a long time)',
  ],
  // Phase 7 (helper e, continued).
  //
  // Caffeine by the names of the drinks (for a heartbeat explained by them).
  caffeine_drinks: [
    '(espressos?|lattes?|cappuccinos?|americanos?|flat whites?|cups of (tea|coffee)|red ?bulls?|monsters?|pre-?workout|cans of (coke|red bull|monster))',
  ],
  // Sight said to be normal after a knock to the eye (NHS eye injuries: A&E only if vision
  // changes, severe pain, blood in the eye or a cut).
  vision_fine: [
    '(vision|sight|eyesight|seeing) (is |was |seems |looks |has been )?(totally |completely |perfectly )?(fine|ok|okay|normal|good|clear|perfect|unaffected|not affected)',
    'can see (fine|ok|okay|normally|perfectly|clearly|properly|as normal)',
  ],
  // A toddler's breath-holding spell: blue round the lips in a tantrum or crying, then a gasp
  // (NHS "breath-holding in babies and children": frightening, not dangerous). Phase 17.
  breath_holding_spell: [
    '(holds|held|holding|hold) (his|her|their) breath ~8 (tantrums?|cry*|upset|angry|cross|frustrat*|screaming|paddy|strop)',
    '(tantrums?|cry*|upset|angry|cross|frustrat*|screaming|paddy|strop) ~8 (holds|held|holding|hold) (his|her|their) breath',
    'breath ?-?holding (spells?|attacks?|episodes?)',
  ],
  // An everyday complaint named that is never an emergency in itself (acne, warts, lice,
  // dandruff...): the triage net raises nothing on its words (net.ts; phase 17: it read "pimples
  // on my face wont go away, im 16 and tried everything" and a 14-year-old's acne "getting him
  // down" as emergencies). The rules still read every sign the message gives.
  benign_named: [
    // Pityriasis rosea in lay words (phase 24: "a big oval pink patch ... now lots of smaller
    // ones on my back like a christmas tree").
    'pityriasis',
    'herald patch',
    'like a christmas tree',
    'acne',
    'pimples?',
    'zits?',
    'spots on (my|his|her|their) (face|chin|forehead|back|chest)',
    'black ?heads?',
    'white ?heads?',
    'warts?',
    'verrucas?',
    'verrucae',
    '(head )?lice',
    'nits',
    'dandruff',
    'cold sores?',
    'styes?',
    'ingrown (toe)?nails?',
    "athlete'?s foot",
    'hay ?fever',
    // Black hairy tongue after antibiotics or bismuth (phase 25, fresh-triage-p27b ht043;
    // NHS "black hairy tongue": harmless, brushing clears it).
    'black (hairy|furry) tongue',
    'tongue (has |is |looks |gone |went |turned |has gone |has turned )?(\\w+ )?black (and |\\w+ )?(hairy|furry|fuzzy)',
    // Spider naevi told as spots with legs (phase 25, fresh-triage-p27b ht030).
    'spider (naevi|nevi|naevus|nevus|veins?|angiomas?)',
  ],
  // Swallowed things that do no harm (NHS: chewing gum, a fruit pip, a bit of crayon).
  harmless_swallow: [
    '(piece|bit|bits|lump) of (chewing gum|bubble gum|gum|apple|bread|paper|tissue|crayon|chalk|playdough|play-doh|food|banana|sand)',
    '(swallowed|ate|eaten|swallow) (his |her |my |some |a |the )?(chewing gum|bubble gum|gum|pip|pips|seeds?|cherry stone|sand|playdough|play-doh|chalk|crayon)',
  ],
  // A stroke said as a joke about how one feels ("feel like im having a stroke lmao. 3 hours
  // sleep, 2 energy drinks": lb059); read with no sign of a stroke (rules-brain-mind.ts).
  stroke_joke: [
    "(feel|feels|feeling|felt) like (i'm|im|i am|i was) (having|gonna have|going to have|about to have) a stroke ~~6 (lol|lmao|lmfao|haha|ha|jk)",
    "(lol|lmao|lmfao|haha) ~~3 (feel|feels|feeling|felt) like (i'm|im|i am|i was) (having|gonna have|going to have|about to have) a stroke",
  ],
  // A urine infection only feared, with the colour put down to food ("thought it was blood/uti.
  // I did have a massive bowl of beetroot soup": stop 50, fresh-triage-p30h kz032); read with
  // benign_colour (rules-belly-child.ts).
  uti_feared: [
    "(thought|worried|scared|panicked|panicking|convinced) ~3 (it was|it is|it's|its|i had|i have|i've got) (a )?(blood ?/ ?)?(uti|urine infection|water infection)",
  ],
  // Night sweats with periods gone irregular around the menopause ("51 and periods have gone all
  // over the place": stop 50, fresh-triage-p30h kz111; NICE NG23). Read by the net as explained.
  menopause_sweats: [
    '(night sweats|hot flushes|hot flashes|sweaty at night|sweats at night|hot and sweaty at night|drenched) ~20 (periods? (have|has|are|is) (gone |been |getting )?(all over the place|irregular|erratic|haywire|stopping|stopped|further apart|closer together)|menopaus*|perimenopaus*|peri-menopaus*|the change)',
    '(menopaus*|perimenopaus*|peri-menopaus*|periods? (have|has|are) (gone |been )?(all over the place|irregular|erratic|haywire)) ~20 (night sweats|hot flushes|hot flashes|sweaty at night|drenched)',
  ],
  // A child or adult examined today and called viral ("saw the GP with my son this morning ...
  // she checked his ears, chest and throat and said its viral": stop 50, fresh-triage-p30h
  // kz087). Read by the net as explained; the rules read any red sign told beside it.
  viral_verdict_today: [
    "(saw|seen|took (him|her|them|my \\w+) to|been to|went to|checked by) (the |a |our )?(gp|doctor|dr|nurse|out of hours|walk-in|urgent care|a&e|paediatrician|pharmacist) ~6 (this morning|today|earlier|this afternoon|this evening|tonight) ~20 (said|says|thinks|told us) (it's|its|it is|it was|he's got|she's got|he has|she has) (just )?(a )?(viral|virus|a virus|a viral \\w+)",
  ],
  // A movement asked about: "is it a seizure?" (stop 50, fresh-triage-p30b kt031, kt099).
  seizure_query: [
    '(is|could|might|would|are) (it|this|that|these|they|she|he) (be )?(having )?(a |an )?(seizures?|fits?|epilepsy|absences?)',
    '(worried|scared|wondering|checking) (if |whether |that )?(it|this|these|they) (is|are|could be|might be) (a )?(seizures?|fits?)',
  ],
  // Awareness kept through a movement, or the movement stopping when held ("it stops when i hold
  // her hand", "she doesnt lose awareness, keeps looking at me and carries on eating").
  awareness_kept: [
    "(doesn't|doesnt|does not|didn't|didnt|never) (lose|lost|losing) (awareness|consciousness|focus)",
    '(stays|stayed|is|was|remains) (fully )?(aware|awake and aware|alert|responsive|with it)',
    '(keeps|kept) (looking|smiling|eating|playing|watching) (at me|at us|on)?',
    '(carries|carried) on (eating|playing|feeding|with)',
    '(stops|stopped|settles) (when|if|as soon as) (i|we|you) (hold|touch|gently hold|give|pick|cuddle|stroke)',
  ],
  // Ringing ears after loud music ("went to a gig saturday stood right next to the speakers ...
  // now got ringing in both ears": stop 50, fresh-triage-p30e kw130). Read by the net as
  // explained; the rules read hearing lost suddenly.
  noise_ringing: [
    '(gig|concert|festival|club|nightclub|rave|speakers?|loud music|headphones|fireworks|drumming|band practice) ~16 (ringing|buzzing|whistling) (in )?(my|both|his|her|their)? ?ears?',
    '(ringing|buzzing|whistling) in (my|both|his|her|their) ears ~16 (gig|concert|festival|club|nightclub|rave|speakers|loud music|headphones|fireworks)',
  ],
  // Deaf on one side since childhood ("had meningitis as a baby and ive been deaf in my right ear
  // ever since, im 30 now": stop 50, fresh-triage-p30e kw071); the rules read new hearing loss.
  deaf_longstanding: [
    '(deaf|hearing loss|lost (my|his|her|the) hearing|hard of hearing) ~6 (ever since|since (i was |he was |she was )?(a baby|a child|a kid|birth|childhood|little|young|school))',
    '(born deaf|deaf from birth|deaf since birth)',
  ],
  // An itchy rash (a nettle-rash reaction to a medicine, unlike the flat rash of a course of
  // amoxicillin: stop 50, fresh-triage-p26e gw151, p27g hy141, both read as same day).
  rash_itchy: [
    "(?<!\\b(?:not|isn't|isnt|wasn't|no|not really|doesn't seem) )(itchy|itching|itches|itchiness) ~4 (\\w+ )?(rash|spots|blotches|welts|bumps)",
    '(rash|spots|blotches|welts) ~4 (is |are )?(really |very |so |super )?(itchy|itching|itches)',
  ],
  // Blood from a newborn girl's front, told as a tiny period (maternal hormones in the first
  // week: normal, NHS; stop 50, fresh-triage-p30l ld117 and p30m le039, two authors).
  front_not_bottom: [
    '(from|at|around) (the|her) (front|front bit|vagina|fanny|privates|vulva)(?! of)',
    'front not (her |the )?(bottom|bum|back)',
    'like a (tiny |little |mini |small )?period',
    '(tiny|mini|little|small) period',
  ],
  // A splinter (read with rules.ts splinter_minor: one not red, swollen or infected is a
  // pharmacy or GP matter, NHS; stop 50: five spent sets' splinters were read as same day).
  splinter_said: ['splinters?', 'thorn'],
  // A sting by an insect, said as one (read with rules.ts sting_local_well).
  insect_bite_or_sting: [
    '(stung|sting|stings) (by|on|me)',
    '(bee|wasp|hornet|horsefly|horse fly) (sting|stung|bit|bite)',
  ],
  // Well in oneself, said as not ill ("not feeling ill": read with rules.ts sting_local_well).
  not_ill_said: [
    "(not|i'm not|im not|i am not|isn't|he's not|she's not) (feeling |feel )?(ill|unwell|poorly|sick)(?! (enough|yet))",
  ],
  // Easy bruising on the forearms of someone on a blood thinner or old (senile purpura: flat
  // purple patches that fade; stop 50: six spent sets' authors said routine, read as a
  // meningitis rash). Read with rules.ts bruising_thin_skin.
  bruise_prone_said: [
    '(bruise|bruises|bruising) (so |really |very )?(easily|if you look at me|at the slightest|from the slightest|whenever|if i (just )?(touch|knock|brush))',
    '(purple|dark purple|flat purple|flat dark purple) (patches|blotches|marks) ~8 (forearms?|arms|backs? of (my|her|his) (hands|forearms))',
    '(forearms?|arms) ~12 (purple|dark purple) (patches|blotches|marks)',
  ],
  // Aspirin named (read with bruise_prone_said).
  aspirin_said: ['aspirin'],
};
