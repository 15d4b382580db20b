// Probes for phase 25's fresh sets (test/fixtures/triage-everyday/fresh-triage-p24h.json: older
// people and carers; fresh-triage-p25a.json: pregnancy, birth, babies and small children;
// fresh-triage-p25b.json: medicines; fresh-triage-p25c.json: eyes, ears, mouth, teeth and skin;
// fresh-triage-p25d.json: sexual and reproductive health; fresh-triage-p25e.json: work, sport,
// travel and the outdoors; fresh-triage-p25f.json: food, eating and drinking;
// fresh-triage-p25g.json: after surgery and serious long-term illness; fresh-triage-p25h.json:
// school-age children and teenagers; fresh-triage-p25i.json: the mind and the body together;
// fresh-triage-p25j.json: English as written around the world; fresh-triage-p25k.json: rare,
// time-critical conditions beside their look-alikes; fresh-triage-p25l.json: colour and
// appearance on every skin tone; fresh-triage-p25m.json: a health detail inside a message about
// something else; fresh-triage-p25n.json: someone who cannot say what is wrong;
// fresh-triage-p25o.json: barriers to care; fresh-triage-p25p.json: what a device or an app said;
// fresh-triage-p25q.json: nights out, drink and drugs; fresh-triage-p25r.json: head, nerves and
// balance; fresh-triage-p25s.json: belly, bowels and waterworks; fresh-triage-p25t.json: chest,
// heart and breathing; fresh-triage-p25u.json: skin, bites, stings, burns and allergic
// reactions; fresh-triage-p25x.json: mood, crisis and self-harm; fresh-triage-p25w.json: a poorly
// child under five at night; fresh-triage-p25y.json and fresh-triage-p25z.json: babies and
// toddlers who are unwell, by two more authors; fresh-triage-p26c.json: older people and their
// carers; fresh-triage-p26e.json: medicines and pharmacy, by a second author;
// fresh-triage-p26d.json: pregnancy, birth and after, by a second author;
// fresh-triage-p26f.json: injuries and first aid, by a second author; fresh-triage-p26g.json:
// infections in adults, by a second author; fresh-triage-p26h.json: mood, crisis and self-harm,
// by a second author; fresh-triage-p26i.json: skin, bites, burns and allergy, by a second author;
// fresh-triage-p26k.json and fresh-triage-p25v.json: ordinary weeks; fresh-triage-p26l.json:
// belly, bowels and waterworks, by a second author; fresh-triage-p26m.json: chest, heart and
// breathing, by a second author; fresh-triage-p26n.json: head, nerves, senses and balance, by a
// second author; fresh-triage-p26o.json: school-age children and teenagers, by a second author;
// fresh-triage-p26p.json: work, sport, travel and the outdoors, by a second author;
// fresh-triage-p26q.json: after surgery and long-term illness, by a second author;
// fresh-triage-p26r.json: rare, time-critical conditions beside their look-alikes, by a second
// author; fresh-triage-p26s.json: sexual and reproductive health, by a second author;
// fresh-triage-p26t.json: food, eating and drinking, by a second author;
// fresh-triage-p26u.json: nights out, drink and drugs, by a second author;
// fresh-triage-p26v.json: eyes, ears, nose, throat and teeth, by a second author;
// fresh-triage-p26w.json: someone who cannot say what is wrong, by a second author;
// fresh-triage-p26x.json: barriers to care, by a second author; fresh-triage-p26y.json: the mind
// and the body together, by a second author; fresh-triage-p26z.json: what a device said, by a
// second author; fresh-triage-p27a.json: a health detail inside a message about something else,
// by a second author; fresh-triage-p27b.json: what people see on every skin tone, by a second
// author; fresh-triage-p27d.json: English around the world, by a second author;
// fresh-triage-p27e.json: newborns and babies under three months; fresh-triage-p27f.json:
// teenagers and young adults; fresh-triage-p27g.json: medicines, by a third author;
// fresh-triage-p27h.json: after being seen; fresh-triage-p27j.json: mood, crisis and self-harm,
// by a third author; fresh-triage-p27i.json: chest, heart and breathing, by a fourth author;
// fresh-triage-p27k.json: head, nerves, eyes and balance, by a fourth author;
// fresh-triage-p27n.json: injuries and first aid, by a third author; fresh-triage-p27m.json:
// belly, bowels and waterworks, by a fourth author; fresh-triage-p27l.json: an ordinary week;
// fresh-triage-p27q.json: pregnancy, birth and after, by a third author; fresh-triage-p27p.json:
// older people and their carers, by a third author; fresh-triage-p27o.json: a poorly child;
// fresh-triage-p27r.json: skin, allergy, bites and burns, by a third author; fresh-triage-p27s.json:
// infections in adults, by a third author; fresh-triage-p27t.json: an ordinary week typed in a
// hurry; fresh-triage-p27w.json: sexual and reproductive health, fresh-triage-p27v.json: eyes,
// ears, nose, throat and teeth, and fresh-triage-p27u.json: nights out, each by a third author;
// fresh-triage-p27x.json: someone who cannot say, and fresh-triage-p27y.json: barriers to care,
// each by a third author),
// each read once and then fixed by mechanism, with new phrasings and twins.
//
// Emergencies: a thunderclap headache "cleared" by last time's A&E visit, a stroke survivor's leg
// "dragging" since breakfast, an erection still hard hours after Caverject or "2 blue pills", a late period with
// low pain on one side and shoulder-tip pain, a threat to kill from someone at the door, spiked and
// barely able to keep her eyes open, a dental swelling with the eye nearly closed, "we shook her
// and shouted and nothing", a wasp sting on the tongue that is "getting fatter", hot oil blistering more than a
// hand, soot round the nose and mouth after a house fire, a fever with ice-cold hands and feet and
// spots coming up, a hard belly with 38.7 and 125 a week after bowel surgery, "having the baby in
// the car" with the head coming, a pad full every hour the day
// after a birth, contractions 3 minutes apart at 34 weeks with a third baby, a face "looking lower
// on the left side" with tea coming out of the mouth, a dosette box with all 7 days empty, quinsy
// with dribbling, a diabetic who cannot be woken properly and only groans, pain all over the belly
// with a temperature after the appendix pain eased, clear fluid from the nose after a rugby knock, a piece of wood stuck in a thigh, a
// lamp cable bitten with a burn at the mouth, a wrist bent like a dinner fork, chest pain back "the same as when i had my heart attack last year" with the
// spray done twice, croup noisy sitting still with drooling, "decided tonight's the night" after feeling better, a farewell post with nobody
// able to reach him, "says he is next" with a gun in the house, "i can fly" going up to the roof,
// a will sorted and a ring given away then gone to the river without a phone, an overdose asked
// about with the tablets already taken, paracetamol taken with a product that already has it,
// dose after dose, a watch's
// 190 "not coming down" with chest pain, a swollen hard tummy with shoulder-tip pain after a
// colonoscopy, a pill organiser emptied at once, a baby's sunken soft spot in other words,
// paracetamol every two or three hours kept up, an antipsychotic with rigid muscles and a high
// temperature, a medicine bottle drunk from, a misspelt blood thinner with a head injury, one
// adult tablet of a dangerous kind swallowed by a toddler, mania after a birth or with deep
// water, a shock from a socket, a shadow creeping across the sight, blisters with sore lips on a
// new medicine, a child's disclosure with bleeding, peritonism, a broken penis, priapism in lay
// words, "since i was fired" with suicidal thoughts, a child still coughing after going under
// in water, a high-pressure injection injury, a hit off a high-voltage line, rapid-acting
// insulin in place of the long-acting dose, methanol in a home-made spirit, botulism from
// home-canned food, magnets told to voice-to-text, a burst wound with something showing, a stoma
// gone dusky, a transplant patient who collapsed unable to keep tablets down, a fistula bleeding
// through pressure, a numb bottom with an appointment "on tuesday, is that ok?", a slipped hip,
// a person "fitting", a diabetic who is sweaty and confused when no tablets are missing, Scots
// "he'll no wake up", paracetamol by foreign brands, "is it normal" for a 5-week-old at 38.4,
// redness past the pen line with agony, compartment syndrome, weakness climbing after a bug,
// jaundice on the first day, a ring-strangled finger, a black diabetic toe with shivers, tablets
// counted "of them" after a question about the medicine, a hoarse voice or a wheeze after eating
// with a known food allergy, symptoms "only when we're home" beside a gas fire, a choke gone
// silent after back blows, insulin meant for another resident, a neck held after a fall with
// buzzy arms, a NEWS2 of 7 or more or mottled knees with a low pressure, a cuff's low pressure
// with grey clammy skin, a watch's AF alert with a rate of 130 and lightheadedness, drugs
// swallowed in their wrap, a hangover's paracetamol counted to 12-14, cheap arak with snowy
// sight, "not making any sense" after a pill or in the heat, lithium with muddle, slurring or
// falling over, weakness climbing from the toes with tingling hands, landing on the neck with
// shocks in both hands, belly pain all over days after an operation with a racing heart, a
// hernia known since birth that will not go back, a pad soaked every 20 minutes after a
// miscarriage, sudden one-sided pain with vomiting and pallor in a teenager, "is it normal ... to
// be passing clots the size of a fist? feeling dizzy" (a question whose writer is the patient),
// chest tightness from digging that has not eased sitting down, angina's spray used twice with
// the pain still there, "is it normal to have crushing chest pain ... about 30 mins now", a sting
// in someone allergic with the pen used or growing sleepy and pale, a kettle's scald with big
// blisters on a 2-year-old, a baby's feet blistered by bath water, blisters with mouth ulcers on
// allopurinol, shingles with confusion and a stiff neck, an overdose played down as "prob nothing
// serious", every tablet in the house, "8 of each", "asking for me, already done it", "on the
// bridge atm", a rifle loaded with "nothing left for me", mania crashing with the children in the
// car, a deliberate cut showing fat, "he's going to kill her and he has a knife", purple dots
// still seen through the glass, 66 breaths counted at 3 months, a toddler chewing heart tablets,
// a 3-week-old grunting with every breath and grey, pinprick spots that stay when the skin is
// stretched or come with a temperature, a baby who cannot be woken properly or drifts straight
// back off, an eyelid swollen shut with the eye bulging or hurting to move, a swallowed coin or
// button with drooling or gagging on drinks, no wet nappy with lethargy and sunken eyes, a
// child's forearm or wrist with a clear bend after a fall, most of a bottle of a child's medicine
// drunk, yellow on the first day of life, pain moved from the belly button to low on the right
// with sickness, a week of a pill organiser taken at once, cold to the touch with slurring or
// shivering stopped, a long lie "since yesterday afternoon", an overdose told after a question
// ("asked me what happens if you overdose and then told me she already took a whole box"), an
// overdose after the news or revision, a song's words taken as one's own with pills ready, "kms
// tonight" with notes written, "I don't think I'll be around much longer" with a pet given away,
// a rope bought beside "i wouldn't actually do anything", a friend on a car park roof, a toddler
// who "has had some" methadone or whose gliclazide is missing, naloxone used and "fine" now, a
// load of paracetamol days ago with yellow eyes, years of prednisolone with vomiting and a near
// faint, an erection that "still hasn't gone down" after Cialis, a week's dosette emptied, a
// black sticky poo and a faint on ibuprofen, stiffening with froth at the mouth at 37 weeks or in
// a flatmate, "don't trust myself with her tonight" beside images of smothering a baby, a
// pounding headache with zigzag lights at 28 weeks, blood pumping in time with the pulse, a big
// soft swelling on a 6-month-old's head after a fall, a drunk friend who cannot be woken properly
// after a head knock, metal from a grinder with the sight gone blurry, a night on the bathroom
// floor "till the morning", a snake bite on the moor that swells fast, an EpiPen used with lips
// still swelling, "she take maybe 30 tablets of sertraline", a whole month of olanzapine taken at
// once, bipolar on the roof of the flats, a knife grabbed against neighbours believed to be
// watching, "gonna kms tonight" with no answer since, hives all over and a hoarse voice after a
// first co-amoxiclav, lips swelling again after a reaction this morning, a scald blistered from
// knee to ankle, hot fat blistering the forehead and under an eye, a burn gone white and
// leathery, 38.4 under the arm at 6 weeks, goodbye notes written with the pills beside, a
// colostomy turned very dark purple, a kidney stone past a&e's tablets with fluids not kept down,
// a Crohn's flare with 10 bloody stools and a pulse of 120, black stools with a near faint, a
// defibrillator that fired twice, sudden breathlessness with pain breathing in at 30 weeks, chest
// pressure "been about 30 mins now" spreading to the arm after an "is it normal" question, a
// wife suddenly disoriented since 30 minutes, a face drooping "just noticed it" with slurred
// speech, tummy pain spread everywhere with crying over bumps, a child still coughing and tired
// after going under, a lad "caught" with a knife and breathless, a question about spots that do
// not fade under a glass followed by a child's temperature and spots told now, a headache "and
// temp" with the light hurting, a head caught on a step or a sink on a blood thinner, fang or
// puncture marks after a snake, staggering or talking nonsense at altitude, a limb dragged into a
// mixer or a lathe, "a lot of blood coming out", being struck by lightning, worsening belly pain
// days after a named operation (a gastric bypass, a gallbladder as a day case, a hysterectomy)
// with a fast pulse, a fever or vomiting, morphine or oxycodone hidden until there is enough,
// missed dialysis with breathlessness or a jumping heart, drooling and noisy breathing after "not
// immunised,", a testicle's pain after "no fall or knock,", an older woman doubled up and grey
// after 111's phone verdict, a leg gone rock hard and swollen after a tractor wheel and a&e's
// "bruised", a boy's foreskin pulled back in the bath that will not come forward, a diabetic's
// scrotum red with a black patch and a high temperature, "is it normal for my testicle to be
// swollen and agony? started 40 mins ago", "is it normal for my lips to tingle after eating
// sesame? my throat feels tight", "threw up what looked like half a pint of dark red blood", a
// toddler or a child who ate cannabis gummies or brownies, lime or drain cleaner that "went in"
// the eyes, clear fluid from the nose after smashing the face, sudden arm weakness in someone
// with an old aphasia, a neck held with weak legs and wetting in Down syndrome, arms that stay
// where they are put with no food or drink, a sober heavy drinker staggering with jerking eyes,
// "the gp said hospital now" about a potassium, crushing chest pain with an apple watch ecg
// "normal", sats of 85 with blue lips, crushing chest pain googled "about" and then told, grey
// round the lips with icy feet, 39.4 and not really answering, a face yellow the day after birth,
// Scots spots that "doesnae fade" or "disnae go", a dad suddenly not understanding with a weak
// arm, "my wife's 35 weeks" with a headache, flashing lights and a puffy face, "turns 3 months on
// friday" with 38.4, 38.2 rectally at 5 weeks, a 2-month-old off the bed who did not cry for a few
// seconds, a newborn's bright green sick, paracetamol every 3 to 4 hours for 4 days with
// co-codamol and now yellowish, a fit at work with "i told them i was fine" and now confusion.
//
// Stop 46, fresh-triage-p27z.json (mood, crisis and self-harm, a fourth author), read once and
// fixed by mechanism. Emergencies: tablets laid out and counted with "would that be enough", a
// drunk threat to drive into a wall or a river, a whole insulin pen injected, the rest of a
// strip of a harmful medicine with drink or drowsiness, catatonia with no fluids, paracetamol
// with a cold remedy twelve words apart. For today: withdrawal days after stopping a heavy drink
// or benzodiazepine habit, an antipsychotic or lithium run out with the voices or paranoia
// back, own tablets stopped with "what's the point", shut away hopeless and barely eating,
// bulimia many times a day with cramps, refeeding swelling. Routine twins: a supply count, a
// crash last year, a box of pens used in a month, the end of an antibiotic course, "kms about
// everything ... just how he talks", how to ask someone about suicide on a course.
//
// Stop 46, fresh-triage-p28a.json (skin, allergy, bites and burns, a fourth author): a patch test
// passed last time clears nothing now; nose hairs singed in a fire; skin coming off with sore
// lips and red eyes on a new medicine; red and scaly head to toe with shivers (same day, a new
// banner). Routine twins: a reaction treated and over for days, a relative's fear of
// anaphylactic shock asked about, whether dark skin can burn, dots round the eyes that a GP put
// down to straining.
//
// Stop 46, fresh-triage-p28b.json (injuries, falls and first aid, a fourth author): a seatbelt
// mark with tummy pain or dizziness; a young child fallen from a height, sick again and again and
// wanting to sleep; thrown back by a live wire, with "he wont go to hospital, he says hes fine"
// (a place refused names no one who saw him). For today: a finger or toe pointing the wrong way
// (firm against the net), a bruise growing on a blood thinner, a fish hook past the barb, a soft
// lump inside a nose that was hit. Routine twins: a fading seatbelt bruise, an old bruise on
// apixaban, a hospital's own "fine", baby teeth knocked out.
//
// Stop 46, fresh-triage-p28c.json (an ordinary week in many Englishes): an ear "not hearing at
// all" since waking (same day); "its not bent" is no deformity and "I feel like I'm drowning"
// on pillows is no drowning (each had read 999).
//
// Stop 46, fresh-triage-p28d.json (long-term conditions, a third author): one ICD shock told
// as "it went off once" a sentence after the device is named (same day); an asthmatic child's
// reliever every 3 to 4 hours, firm against the net; "my grandson came round sunday" is a visit,
// not coming round from a faint.
//
// Stop 46, fresh-triage-p28e.json (sexual and reproductive health, a fourth author): sudden low
// pain with fainting and pallor; a belly hard as a board with a fever or worsening pain; after
// IVF, a swollen tummy and little urine where "bloating is normal but this feels different"
// (a verdict disowned in its sentence). For today: an object stuck inside, anti-D for a
// rhesus-negative woman after a bleed or miscarriage (firm), a zip caught on a child, pain
// getting worse the day after a coil. Routine twins: a full belly after dinner, a coil that
// settled.
//
// Stop 46, fresh-triage-p28f.json (eyes, ears, nose, throat and teeth, a fourth author): jaw
// ache on effort, easing at rest, back with sweating; bleeding after teeth out with faintness on
// blood thinners; a severe sore throat, unable to swallow, leaning forward to breathe. For today:
// new flashes with floaters, an ear swollen like a balloon after rugby, new double vision (firm
// against the net). Routine twins: teeth grinding, floaters for years.
//
// Stop 46, fresh-triage-p28g.json (pregnancy, birth and after, a fourth author): a crash or a
// fall onto the bump with pain and bleeding that "paramedics weren't called" for (a clinician
// never called clears nothing). Routine twins of its 999 over-reads: a bleed "after my last
// birth", a programme "where a woman had" an emergency, "could the fall have hurt my baby?"; a
// knife in the hand with thoughts of hurting the baby stays 999.
//
// Stop 46, fresh-triage-p28h.json (a poorly child, another author on p27o's theme): for today,
// thirst with bedwetting again and looser trousers (new diabetes), a child cutting her arm with
// a blade, a toddler who suddenly will not stand. Routine twins: a cut on broken glass, a child
// who bumps into things and has always been clumsy (not a stroke's field loss; a grandad's new
// one stays 999).
//
// Stop 46, fresh-triage-p28j.json (infections in adults, a fourth author): bloody diarrhoea then
// little urine with swelling or bruises (HUS); paracetamol every 4 hours "day and night" with a
// cold remedy. For today: "tested positive for covid" on an immune-suppressing medicine. Routine
// twins: sepsis last year asked about, shivers after a cold swim, warmed up.
//
// Stop 46, fresh-triage-p28i.json (older people and carers, a fourth author): a foot gone
// white, cold, painful and still; "all the wrong words" since lunch; today's signs told before a
// GP's verdict of an earlier day. For today: new hallucinations in an older person (firm), an
// older person suddenly off their legs. Routine twins: Raynaud's, hallucinations known for
// years in Lewy body dementia, "since his leg amputation".
//
// Stop 46, fresh-triage-p28l.json (head, nerves, eyes and balance, a fifth author): a red
// painful eye with halos round lights and sickness (acute glaucoma). For today: a child walking
// as if drunk since waking, after chickenpox. Routine twins: halos known to the eye clinic, "a
// febrile seizure at 18 months, shes 3 now ... to prevent another fit" (a fitting child now
// stays 999).
//
// Stop 46, fresh-triage-p28k.json (chest, heart and breathing, a fifth author): for today, a
// sharp one-sided pain on breathing in since a cold, a blackout after a racing heart days ago
// (firm against the net), sore ribs and small breaths after a fall on a blood thinner. Routine
// twin: ribs bruised weeks ago and healing.
//
// Stop 46, fresh-triage-p28m.json (mood, crisis and self-harm, a fifth author): a plan for
// tonight told "so someone knows", a burden ending tonight, a rope in the garage with "i'm done",
// catatonic depression staring and not drinking. For today: a method thought over without
// intent, a body believed rotten with food refused, days in bed without food in depression, a
// mental health team's call after self-harm that never came, purging with blood. Routine twin: a
// party got ready for tonight.
//
// Stop 46, fresh-triage-p28o.json (nights out, drink and drugs, a fourth author): for today, a
// human bite that broke the skin, a needle shared or used by someone else (firm), blistered
// sunburn with a temperature, tingling and a wobbly walk after nitrous oxide, an ear deaf for 30
// hours, a fingertip that will not bend after a cut. Routine twins: balloons once last summer, a
// teething bite, sunburn peeling without blisters.
//
// Stop 47, twenty sets read by mechanism (kinds "crisis-p28p" to "week-p29ilmn", 151 probes; per-set
// figures and kinds in docs/history/triage.md, "Stop 47"): crisis told sideways (a station and "if
// you know what i mean", a friend's tablets saved for tonight), verdicts that covered nothing now
// (past perfect, from the ward, a guess, a phone verdict of an earlier day), emphasis that is no
// negation ("heavier not lighter", "not even farting"), lay words for emergencies (a whole belly,
// a pool of blood, a stoma gone black, a PEG's fever, crepitus, a pulse counted at 32), and
// same-day rules declared firm against the net (RuleOptions). Twins: the suicides a paramedic
// attends, sweaty hands and a pen, a CO alarm's battery chirp, an old Bell's palsy, "so they
// wouldnt choke", blue-grey patches from birth, a double amlodipine, beetroot, gout again.
//
// Stop 49, five of the ten sets reserved at stop 48 (p29v, p29x, p30a, p30c, p30d; kind
// "stop49-time-critical"): emergencies told as people tell them, each in other words than the
// set's: an overdose "overdone ... on purpose", means ready after letters and a pet rehomed,
// catatonia not drinking, frothy sputum after a birth with a midwife's verdict of Monday, blood
// pouring down the legs or a rock-hard bump in pregnancy, a loop of cord, a faint with one-sided
// pain an hour after a test of weeks ago, soaking pads after abortion pills "not sure if this
// counts", hyperstimulation, autonomic dysreflexia at a C5 level, a fresh cast with numb fingers,
// a staggered paracetamol overdose, jaw ache with a clammy sweat, carbon monoxide since the
// heating went on. Routine twins: overdoing the gym, a dog rehomed, a viral cough getting better,
// spotting after a coil, a jaw sore after a filling.
//
// Stop 49, the same five sets' 999 over-reads of routine messages (kind "stop49-look-alikes"):
// a hypothetical after "random question but if", one sting after "stung loads before", "is that
// self harm?" and "used to self harm, 2 years clean", a child's questions about suicide, a film's
// stab wound, revising for a first aid exam, a glow stick bitten, a GP's "thinks cows milk
// allergy". Their twins stay 999: a battery swallowed now, stung all over and dizzy, cutting with
// a razor asked about, a cut again last night, sertraline taken while "studying for my exam".
//
// Stop 49, the same five sets' same-day messages read routine and routine ones read same day
// (kind "stop49-same-day"): morning shakes "until i have a drink" before stopping, a bat in the
// room of someone asleep (firm: a bite may not show), a diabetic's foot on a nail, a cotton bud's
// tip left in an ear, tightenings "coming every 10 minutes" preterm, a stoma sticking out further.
// Routine twins: an ankle walked home on, a finger that moves fully, a baby tooth knocked out with
// the bleeding stopped, heavy periods "been like this for over a year"; a heavy period today with
// faintness stays 999.
//
// Stop 49, the same five sets' same-day messages read as 999 by a concept read wrong (kind
// "stop49-over-reads"): "if i just didnt wake up" is a wish, not someone who will not wake; a
// breastfeeding mother's shivers with mastitis are the GP today, not sepsis after a birth; "can't
// talk through them" of contractions is labour, not a stroke; a bone felt after a meal that hurts
// to swallow "but i can swallow ok". Twins stay 999: a husband who did not wake when shaken, a
// fever with shivers and tummy pain after a birth, speech and a face gone, steak stuck with spit
// coming back.
//
// Stop 49, three sets written during the stop, read after their totals were taken (p30k, p30l,
// p30m; kind "stop49-three-sets"): weekly methotrexate taken "then again" days later, a
// mechanical valve's warfarin run out, a transplant medicine forgotten (firm, unless taken late),
// a head hit after tripping over a pet on a blood thinner (the writer, not the pet, is the
// patient), stinging "every time i pee" in pregnancy, a caesarean scar torn in labour, green
// vomit told after the count, pushing with the head seen. Twins: the usual methotrexate day, an
// old scar that itches, hair "coming out" months after a baby.
//
// Stop 49, the same three sets' routine messages read same day or 999 (kind
// "stop49-look-alikes-2"): a drama watched "where a man had" an emergency, "random one but if",
// "what am i really supposed to do if", a hypo rechecked back in range, an asthmatic's tight chest
// cleared by two puffs "within a few minutes", a snorer's pauses ending in a snort, baby acne, a
// baby who "isn't working hard to breathe", a newborn's grunts asleep who "breathes quietly" awake,
// a care plan's "no ambulance unless over 5 mins".
// Twins stay 999: a face drooping after a show about strokes, a snorer who has gone blue.
//
// Stop 46 review, three 999 over-reads left by its rounds: a foot numb in tight new boots, tingling
// lips in a known panic that has passed, a toddler's wrong words asked about as normal for his
// age; their sudden twins stay 999.
//
// For today (stop 46, p27x's leftovers): someone with dementia newly agitated or asleep most of
// the day beyond their usual (not sundowning every evening for months), food pushed away with
// pain shown, a non-speaking person hitting an ear with a warm skin.
//
// For today: insulin left "in my bag at the airport", a tampon in for 4 days out of reach, a teenager's testicle sore and one side swollen
// after football, a stepdad "coming into her room at night", an ear "just.. muffled" since waking
// yesterday, a tooth socket still oozing after gauze, redness round a bite bigger than the line
// drawn round it, a split condom with a
// partner of unknown HIV status, a knee replacement's wound leaking and redder, 38.2 at 29 weeks
// (firm), a child who "dey drink water too much", a baby "quieter today" at 30 weeks, 152/101 five days after a birth, a syringe
// driver alarming "occlusion", a pressure sore gone black and smelly, an 88-year-old drinking very
// little with dark urine, a super tampon and a pad every 2 hours, a baby who usually goes crazy after dinner
// but tonight hardly anything, an adult tooth come clean out, something at a party not agreed to,
// wishing "i just wouldnt wake up", glass still felt in a foot, a dog's bite that broke the skin, one ear that can
// barely hear since yesterday, headaches worse on waking and on
// coughing with sickness, an optician who said to go to eye casualty today, the angina spray
// needed more this week, a pulse of 42 since new heart tablets,
// antibiotics "not any better", an 80-year-old who has hardly eaten since the weekend, things
// given away with "won't be needing them" or "not being around by
// christmas", "easier if i just didn't exist" after a birth, tablets taken when upset or "to feel
// something", a drinker's morning shakes before stopping, a crisis team's call that never came,
// a catheter that has drained nothing for hours, a young baby's sick shooting across
// the room, diarrhoea many times a day after an antibiotic, a pharmacy with none of a medicine
// that cannot stop and only today's dose left, emergency contraception, PEP, spiking, mastitis with a fever, hyperstimulation
// after egg collection, aura on the combined pill, "ending things", time-critical doses missed,
// distress at the end of life, a skin tear, a split wound, a pulled elbow, a hair-tool burn,
// regular contractions, bleeding back after a birth, fewer movements even in a long message, a
// verdict given days before a fever that went on, an HIV exposure, a tetanus-prone wound,
// medicines left behind, a human bite that broke the skin, a needle found in a bin, a child who
// ate a wild mushroom, abdominal thrusts given, a child with too much sun and sickness, a
// stomach bug on the sick-day medicines, food stuck low in the chest, cloudy PD fluid, a PICC line
// slipped out, a red port site, a cloudy drain, a fever days after an operation, clot-prevention
// injections not given, oxygen below the usual, a heart-failure weight gain, a stoma pouring out,
// grip-mark bruises on a child afraid to go home (a new banner), sex without consent, passive
// thoughts of death after "not sleeping,", clozapine missed for days or with constipation, a
// benzodiazepine's last tablet, voices that aren't there, lithium with ibuprofen or in pregnancy,
// an MAOI with cheese, fast weight loss with a slow pulse, a heavy period with dizziness,
// steroids run out after years, a swollen testicle after a knock, foot pain eased by hanging it
// out of bed, a dusky edge to a stoma, a bruise on a baby who cannot roll, days without a poo
// with a swollen tummy in someone who cannot say (a new banner), overflow, an epilepsy or
// Parkinson's dose not given by a home, bruising on carbamazepine, a hip held after a fall, pain
// shown by behaviour with food refused (a new banner), sickness after tube feeds (a new banner),
// pacing after starting an antidepressant, paranoia after stopping an antipsychotic, a fever on
// methotrexate with bloods normal before it began, an ear gone deaf overnight, "doesn't see the
// point in living", a service "only contactable weekdays" or a test that costs money (no
// verdict), "A&E is 5 hrs so just tape it?", fewer movements today after a check "for the same"
// on Monday, quinsy on an antibiotic (no anaphylaxis; a swelling tongue on one still is),
// ketones of 0.6 or more on a sensor or an SGLT2 inhibitor, a low on gliclazide even treated,
// lows night after night, a positive pregnancy test with a coil or on isotretinoin, a positive
// urine test in a man or with kidney pain and fever, COVID positive on methotrexate, a pacemaker
// box's light the leaflet says to phone about, a hearing app's drop on waking, sex without a
// condom with no PrEP, shared needles, black poo after vomiting, a deep dirty cut with no
// tetanus known, lithium with a tummy bug and shaky hands (no longer 999), a headache at 28 weeks
// that paracetamol has not touched, a foot that drags, zigzag lines on microgynon, a first fit
// in the sleep, a faint halfway through a football match, a pad every 30 minutes, fresh blood
// after polyps were removed, a positive test with a one-sided pain, a blue inhaler run out with a
// wheeze, a GP wanting a hospital scan today, an asthma attack settled by the reliever (a review,
// not 999), angina coming on more often with the spray still working, oven cleaner leaving a raw
// patch, a 4-month-old's sunburn, a cold sore spreading on azathioprine, measles suspected in an
// unvaccinated child, bipolar with two hours' sleep and a spending spree, a cigarette burn with
// feeling low, a pupil's new cuts, a BMI of 15 with dizziness, an accident's gaping cut showing
// yellow, half the usual milk at 4 months, a child's strong-smelling wee with crying and a
// temperature, a temperature 3 days after the jabs, "something's not right" at 5 weeks, a child
// awake only while talked to and tickled, a second febrile fit just had, croup's squeak breathing
// in only when crying, a toddler who will not walk after a tumble, a second febrile fit told as
// the news, a grab at curling tongs told in two sentences, 54 breaths counted at 10 months, a
// heart going irregular at 78, "62 year old man" with a urine infection, leaking wee with a
// bladder never empty, falls on a new blood pressure tablet, a pressure patch that does not
// blanch, 8 days without a poo at 90, red wee on warfarin "might be the beetroot?", thoughts of
// suicide with intent denied in lay words ("i wouldn't actually do anything", "says he didn't
// mean it", "I don't think I'd ever act on them"): the crisis team today, not 999; years of
// steroids run out, three pills missed with sex, vitamin D at 50,000 units with thirst, Madopar
// left at home, a smashed insulin pen abroad, Epilim with a positive test, citalopram taken after
// a fight, a used needle in the hand, a black poo on naproxen, images of hurting a baby that
// frighten, a soft lump after mastitis, a golf-ball clot after a c-section, a headache on standing
// after a spinal, bleeding with one-sided pain at "about 7 weeks", metal in the eye from grinding
// without a blur, a broken tooth with a red dot showing, a pop in the knee with swelling within
// the hour and giving way, a bottle shared with a boy now diagnosed with meningitis, a week's
// high that feels invincible, a pupil's fresh cuts kept from her mum, lorazepam stopped cold
// turkey after 2 years, a grandfather who "wants to be with her now", "just a burden" with "not
// long now", chickenpox for the first time at 34, a mother's 38.3 while breastfeeding with a red
// breast, a surgery that wants someone seen today, a child lifted by the hands with her arm
// limp, measles met at 22 weeks without MMR, bruises not remembered with purple dots, a dusky
// edge to a stoma, an ileostomy with nothing out since last night, a suprapubic catheter fallen
// out, a hernia harder to push back, a tampon lost for 2 days, no poo for 6 days with vomiting,
// one ICD shock and fine now, a peak flow at 65% of best, a hospital that says come to the
// ambulatory unit today, 85/55 and lightheaded with vomiting on ramipril, spinning non-stop with
// vomiting, a first aura at 61, a hand that flops after sleeping on the arm, a drop without
// warning at 80, a grandfather lost on a 40-year route twice in two weeks, two small wees in a
// day of a bug at 4, fresh cuts found on a 13-year-old, dark thoughts worse on sertraline at 17,
// a foot run over by a car or a pallet truck, a biceps that balled up after a pop, mountain
// sickness with vomiting or not easing with ibuprofen, gritty streaming eyes after welding, a
// chest only a bit tight after mixing cleaners, a used needle in the park, a fever after a
// "liver tx", a missed dialysis session with nothing else, shingles beside a transplanted kidney,
// bruises and bleeding gums on clexane, ketones of 1.8, MS numbness climbing to the waist, a
// hernia repair's wound red, hot and spreading, sciatica now shooting down both legs, a new
// ache in the middle of the back with prostate cancer, a 4-year-old who has not drunk since the
// morning with one wee, five days of temperature after a verdict on day 1, spinning with vomiting
// 4 times, sex "without anything" or "with no condom", coil strings not felt after sex,
// erections of 3 hours on trazodone, a husband barely able to wee, a 9-year-old's disclosure, a
// known ovarian cyst at 8/10, a cough on and off after a grape came out, an epipen used and not
// replaced, double scoops of formula, purging with a fluttering heart, missed keppra with funny
// turns, dapagliflozin with a bug and fluids not kept down, sips of water not kept down with dark
// wee, a jab felt in a club, gbl every day and wanting to stop, wine on disulfiram with a red
// face, red streaks after vomiting 6 times, a 16-year-old home stinking of vodka, sick and
// slurring, a bead up a nose, a toenail ripped half off, a third nosebleed on apixaban, an ear
// muffled on waking with no cold, toothache painkillers do not touch, a 2-year-old who will only
// crawl with 38.5, a wrist swollen after a fall with the hand not used, a tummy guarded on the
// right with 38, a mic-key button that came out, a red eye screwed up in the light, a rattle with
// fast breathing and distress at the end of life (the palliative line), lower right pain that
// started round the belly button or hurts over bumps, epilepsy tablets run out, citalopram run
// out with zaps, a fish bone still scratching, a 4-year-old who refused to walk with 38.6, mania
// two weeks after a birth, lithium stopped with less sleep, diazepam unavailable till monday,
// street xanax daily to be stopped, a first day off booze with shakes, morning shakes till a drink,
// sertraline stopped as it ran out, rizatriptan on sertraline with shivers, quetiapine in dementia
// with a fall, 142/92 twice at 33 weeks felt well, a 5-week-old blue for a moment when the
// monitor alarmed, lows every night on a libre, a mechanical valve with an inr of 1.4, hardly
// hearing out of one ear since the morning, a sausage finger that kills to straighten, cirrhosis
// more yellow with a tight belly, a 2-year-old's blistered palm from the oven door, a
// scleroderma fingertip ulcer turning black, a purple rash on the legs with sore ankles, a bruise
// on a 4-month-old who cannot roll, a fever after ghana without malaria tablets, thirst and a
// stone lost, a son "got bit" by a dog with a deep puncture, blood streaks in a 3-week-old's poo, a
// groin lump in a baby born at 32 weeks, a drip of hot coffee on a 2-month-old's hand.
//
// Routine: a hearing-aid battery run down, doses missed by someone their usual self, a stay in
// hospital that found nothing, a condition a specialist named, a first-aid question, "I burn
// easily", a wrong strength caught before any was taken, a tooth knocked out (not a person), a
// stroke's unchanged droop, "burns and tingles" after shingles, "went under" an anaesthetic, a
// sewing needle, a pet that ate something, a clip of a stranger, clothes soaked in the rain,
// carpal tunnel in lay words, storing button batteries, an expired EpiPen, tablets hard to
// swallow, a known gout flare, a breastfed baby's normal stool, a bone that went down, the
// breathing at the end of life the nurses said to expect, a spot of blood cleaning a stoma, clexane
// bruises, a loose stitch over a closed wound, a teenager who cannot get up for school, a
// concussion weeks ago and settled, "what should staff know about" and "should I be worried
// about" a condition (not about my own pain), a friend's past self-harm, "not drinking more",
// fitting a kitchen, cannabis paranoia that has passed, harmless ectopics, tingling in panic,
// "read online that", flashes of a fear, "turned out to be" years ago, a varicocele, sepsis only
// feared, a writer's character, a saddle sore, a rash that fades under the glass, blue from icing
// or a slushie, dots round the eyes after vomiting, a parent afraid of being thought to hurt, a
// fit note or a fit-to-fly letter, a label's "may cause drowsiness", quinsy's "hot potato" voice
// (no allergy, no fever), skipped beats in a child who plays sport with no problems, seizures
// named as a condition (a blue badge, a care plan, a bed alarm), a seizure recovered as the care
// plan says, what a stroke left years ago, head-banging in a behaviour plan, a choking course,
// dribble soaking a top, sats within a usual range, a bruise from a coffee table, physio
// sessions that "run over", asking "to be put to sleep or knocked out" for an endoscopy, a
// watch's AF alert with no symptoms or AF known, a watch's maximum heart rate, an oximeter's low
// with cold fingers or gel nails since back to normal, sats "that's his normal", two meters "out
// by 2 mmol", 48 breaths a minute at 6 weeks asleep, a sleep app's pauses with snoring, revision
// notes that "stopped making sense", cheap cocktails with a headache, dark poo on iron tablets,
// blacking out when drinking (the rule reads no faint; the net still raises it, so only "not an
// emergency" is asserted), a jolt "like I'm falling down the stairs" as sleep comes, "electric
// shock pains" of sciatica, a bang in the head while falling asleep, "no problems with peeing
// or pooing or numbness down below", a usual fit after which he has come round, a faint in a hot
// church before breakfast, a headache after cutting out coffee, the mini pill asked about, a
// strained chest muscle sore to press, "im 39" beside "running up the stairs" (an age, not a
// temperature), a stitch asked about, 2 paracetamol "nothing serious", 2 citalopram asked about
// for a mum, walking over a bridge to work, a shotgun oiled for the season, "i could kill him
// haha" about a cake, heat rash that went white under the glass, 40 breaths at 4 months, gummies
// counted with none missing, a warm baby on the evening of the jabs, a 2-week-old's grunts with
// normal breathing, a story about meningitis at a sleepover, spots round the eyes after being
// sick or coughing, a teenager hard to wake for school, a toddler back to sleep "till 8", eyes
// that bulge with a thyroid, a febrile fit "at 2 years old" for a school form, "keep him from
// having another one", a cat's fit and the vet, night terrors, "37.8 today", a wrist "a bit
// wonky", bowed legs, a dose asked about, tummy aches before school, late walking, a second fit
// years ago, keeping batteries out of reach, periodic breathing with pink lips, grunting on a
// poo, purple feet with a pink face, "from a confused grandad", "drinking water ok", a pill
// organiser with an alarm, hands always cold in winter, a slip last month, a racing heart before
// a presentation, dribbling while potty training, puffy ankles on amlodipine, a red mark from new
// shoes that blanches, pink wee after a beetroot salad, a nursing student's antidote question, the
// news of a singer's overdose, a rap song's chorus, a documentary's overdose, a child asking what
// "overdose" means, "gonna kms 😂" about traffic, where to get a naloxone kit, a finished 5-day
// course of prednisolone, Viagra with blood pressure tablets, one missed pill taken next
// morning, vitamin tablets left at home, a crime novel's insulin, a child's swallowed Cerazette,
// sharps bins, loratadine that makes one drowsy, a usual seizure with foam as the care plan says,
// a husband scared he'll hurt the baby during sex, a pea-sized lump that comes and goes with
// feeds, small clots on day one, zigzags before a known migraine at 10 weeks, a tooth's chip from
// a fork, knees that click on the stairs, a play's adder bite, storing an EpiPen in the heat, "wat
// do u NOT do if somone has a nosebleed", orange wee on rifampicin, hair loss as "a recognised thing
// after covid", a month's medicines collected before a holiday, a GP's tapering plan, an
// assessment after an overdose, leaflets about suicide prevention, Romeo as homework, a
// steri-stripped cut, dying in Fortnite, a meme's "i want to die 💀", "kms" used constantly, a
// mild rash on day 5 of amoxicillin, a tiny blister from pizza, a child's crusting chickenpox, a
// back peeling a week after sunburn, 37.6 under the arm while teething, tablets in front and a
// dose forgotten, a routine review in weeks, a known panic attack that passed after cardiology
// checks, a toddler's hard pellets that hurt, a mild colitis flare with the IBD nurse's plan, a
// menstrual cup's changes, a peak flow at 95% of best, dementia's usual questions, a few seconds'
// dizziness rolling over, a jerk drifting off to sleep, a child's brief staring spells with a GP
// appointment booked, a second's dip under water and fine since, a mild headache on arrival at
// altitude, lightning asked about or long ago, a shock already checked in A&E, a dog by its breed
// bitten or stung, a runner seen collapsing on television, tired after night shifts, saddle
// numbness that wears off after a ride, a healing bruise, a drowsy antihistamine, blood taken at a
// donation, a lockbox for morphine, the shingles vaccine after a transplant, bruises from
// fragmin injections, a sugar after pizza with a correction done, MS tingling in a hot shower,
// lowering one's sepsis risk, a hernia wound healing, bloods taken at clinic, not vaccinated with
// no temp, a GP's phone verdict on a mild tummy ache, sciatica easing with physio, a child drinking
// fine, what a transplant team said to watch out for, an ankle walked on fine, a sugar after a
// curry with low ketones, a freckle on the scrotum for years, one testicle always lower, questions
// about the morning-after pill, an STI test six weeks after a split condom, an ovarian cyst seen
// last year, a numb tongue after a spicy curry with the voice fine, an epipen expiring next month,
// recovering from bulimia at christmas, a dog's weed brownie asked about for the children, a
// friend's needle spiking last year, reflux after curry and beer eased by gaviscon, bleach on a
// shirt, a raisin sneezed out, a child's winter nosebleeds, ears muffled with a cold, apps for
// aphasia, carers allowance after a stroke, a sleep study asked about, a peaceful rattle the
// hospice nurse expected, a gym strain on the right for 3 weeks, sertraline stopped to plan, a
// fish bone that went down with bread, cutting down a husband's weekend drinking, a planned lithium
// stop, a GP-planned diazepam taper, an ecg and bloods at a&e last week, an owlet's alarms with
// the sock off, a watch's "no pulse detected", 88 on cold hands and 98 once warmed, wifi dropping,
// a grandad's hearing these days, things typed or searched "about" suicide or heart attacks, a
// pink baby born yesterday feeding well, a tiny cooled blister from a kettle, a Scots rash that
// fades fine, dementia's usual not understanding, a roll off the play mat with a cry at once, a
// term baby's groin lump already referred, paramedics who said "i was fine" after a crash, a
// blue tongue from a slushie, lips blue after a cold swim and warmed back to normal, fingers
// white from an ice pack and back to normal, a blue-grey patch since birth, spots with legs like
// spiders, purple blotches from the slightest knock, a black furry tongue on antibiotics, "how many
// puffs" of a reliever asked, a year clean from self-harm, an old attempt scar under a tattoo, lyrics
// quoted and asked about, "kill myself if united lose", "lol this essay is making me want to die",
// a term's meaning or an exam question asked for study, a can of coke, a toddler's breath-holding
// spell with a few seconds floppy, a tingling arm after sleeping funny, driving again after a
// seizure in january, a grandad who can barely hear these days, a novel's character who throws
// up blood or falls into a loch, a newborn's hydrocele lit up by the midwife, evening colic with
// legs drawn up, a teenager who cannot be woken for school, night sweats soaking pyjamas after a
// birth, a febrile seizure named by the neurologist, sepsis read about on facebook, "dont think he
// ever stops breathing".
//
// Stop 50 (kinds "stop50-…"), read on fresh-triage-p30h, p30i and p30j: a count of tablets asked
// "how long would it take", blades taken out of a razor, a topic ended by the writer's own "but
// anyway I took...", "barely making sense", a week without food with faints and a slow heart,
// giant cell arteritis with sight lost, an opioid substitute lost with withdrawal, clozapine out
// for days, spinning with standing impossible, a child unsteady after chickenpox, a migraine of
// days with fluids not kept down, an ear after a flight or a dive, chickenpox first caught as an
// adult; and their look-alikes: shivers after a cold swim, flashbacks after a crash, a student's
// textbook question, a stroke said as a joke, a dentist's numbness, a child's own tablets at
// school, a child's friend's self-harm and a friend's disclosure long past. Round 2: a first fit
// days ago never assessed ("fine by morning", "can she still drive?"), a load of new floaters, a
// daily benzodiazepine stopped; beside a UTI feared with beetroot, a stomach bug with sips kept
// down, menopausal sweats, a fever the GP called viral today, "hit by a bus" said of flu. Round 3,
// on the five sets stop 49 read as totals (p29w, p29z, p30b, p30e, p30f): a verdict of an earlier
// day or "said before" under today's signs, a baby "not her real baby", a peak flow told best
// first, "not streaks, proper mouthfuls", a fall out of an upstairs window, a calpol bottle
// nearly empty, a child in a hot car not woken properly, "said they'd phone but nobody has", a
// vein's hard cord to the groin, clopidogrel stopped after a stent, flu in pregnancy, a child's
// new thirst and wetting, floaters and flickers, GCA's pillow and jaw, "34 weeks with my first";
// beside blanching dots, jitteriness that stops when held, blue feet with pink lips, a pea of
// toothpaste, sepsis as a relative's worry, a grandparent's blindness, ears ringing after a gig.
// Round 4: a flat rash on amoxicillin (not itchy) beside an itchy one, a rash after the fever has
// gone, one ear deaf since childhood, piles "had them before when pregnant". Round 5 (p30k-m): a
// newborn girl's "tiny period", a mother's own bowels after a birth, a seizure the neurologist
// has already acted on; beside a newborn's floppy with blood, a baby with no poo since birth,
// another seizure after the dose was raised. Round 6, scenarios that recur across the spent sets:
// one combined pill under 48 hours late, a splinter not infected, a rope or carpet burn, a ring
// round a tick bite in someone well, a sting swollen past the wrist with breathing normal, out of
// breath on the stairs in pregnancy; beside pills missed for days, a late progestogen-only pill,
// an infected splinter, a face dropped after a tick, a sting with lips swelling, breathlessness
// at rest in pregnancy. Round 7: easy bruising on a blood thinner or in old age (not 999), beside
// a child's purple spots with a fever and purple spots all over with a fever and a headache.
//
// Kept out of the triage net's training (HELD_OUT in scripts/lib/triage-labelled.ts). A
// regression guard, NOT an evaluation.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p25-fresh.json' with { type: 'json' };

describeProbes(
  'phase 25 triage probes: older people, babies and medicines, with twins (regression)',
  fromLabelled(PROBES as LabelledProbe[]),
);
