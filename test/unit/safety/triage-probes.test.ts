// Regression probes for triage, by kind: phrasings written during this round OUTSIDE the
// development set (texting, typos, non-native English, third person, long messages, °F/°C,
// mg/dL and mmol/L), for the kinds issue 10 lists as missed. Each wave was run once before the
// rules were changed for it, then the concept layer was fixed by kind; so this file is a guard
// against losing those kinds again, NOT an evaluation (that is the fresh set in fresh-set/).
// One line each: E (emergency) / U (urgent or above) / R (routine), the kind, a bar, the text.
import { describeProbes, parseProbes } from './probe-harness';

const PROBES = `
E stroke | my dad was eating dinner and suddenly his fork fell out of his right hand and he can't grip anything now
E stroke | wife talking nonsense since 20 min, words all mixed up, she knows what she wants to say but wrong words come out
E stroke | grandma 81 woke up very muddled all of a sudden, doesnt know where she is, was fine last night
E stroke | suddenly seeing two of everything and walking like im drunk and threw up twice, havent had any alcohol
E aorta | ripping pain in my chest that goes straight through to between my shoulder blades, came on suddenly
E aorta | My husband (62, high blood pressure) has a tearing feeling in his chest going into his back, worst pain of his life
E aorta | sharp tearing pain middle of back n chest started 10 mins ago feel faint
E thunderclap | like someone hit the back of my head with a bat, came from nowhere, and now my neck is stiff
E thunderclap | Headache came in one second, worst ever in my life, cannot bend neck forward
E thunderclap | my sister got a sudden explosion of pain in her head at the gym, says her neck is rigid and the light hurts
E seizure | son is having a fit, we gave the buccal midazolam 10 min ago and he is still shaking
E seizure | she has epilepsy, rescue medication given but the seizure has not stopped, its been 8 minutes
E seizure | my brother keeps having one fit after another and not waking up in between
E asthma | asthma attack, used blue inhaler 10 puffs no help at all, can only say 2 or 3 words then need breath
E asthma | my daughter 9 wheezing bad, ventolin not working, she cant finish a sentence
E asthma | i have asthma and my reliever is doing nothing, too breathless to talk or walk
E choking | my toddler swallowed a grape and is choking, cant cough or cry, going red
E choking | baby choking on something, no sound coming out
E choking | my 4 year old has something stuck in his throat and cannot breathe or make a noise
E suicide | i've saved up all my tablets and i'm going to take them tonight when everyone is asleep
E suicide | I have written letters to my kids and my wife, I've sorted my will, I won't be around much longer
E suicide | just want to say goodbye to everyone, thanks for everything, this is the last time you will hear from me
E suicide | bought a rope today. I know where I am going to do it
E suicide | my friend texted me saying she's sorry and she loves me and she's going to the bridge
E suicide | don't see the point anymore, everyone better off without me, I've got the pills here in front of me
E paracetamol | took 20 paracetamol about 3 hours ago, feel completely fine, do I need to do anything
E paracetamol | my teenage daughter admitted she swallowed a whole packet of paracetamol this morning, she seems ok
E paracetamol | accidentally took double dose of co-codamol and paracetamol all day, maybe 16 tablets in total, no symptoms
E opioid | found my flatmate on the floor, he uses heroin, lips are blue and he is barely breathing
E opioid | roommate took oxys and i cant wake him up, snoring weird
E opioid | my housemate injected something, now pinpoint pupils and breathing very slow
E psychosis | my brother is hearing voices and is walking around the house with a knife saying people are after him
E psychosis | son thinks the neighbours are poisoning him, he has a hammer and says he will deal with them
E psychosis | husband paranoid for days, not slept, now holding a kitchen knife and talking to someone who isnt there
E postpartum | my wife had our baby 6 days ago and now she thinks the baby is not ours and is talking strange, not sleeping at all
E postpartum | gave birth last week, I keep seeing things and hearing voices telling me the baby is evil
E postpartum | my daughter delivered 10 days ago, she is confused, believes people are watching her, very agitated
E bleeding | cut my arm on glass, blood soaking through the towel even though im pressing hard
E bleeding | pressing on the wound for 15 mins and blood keeps pouring through the bandages
E bleeding | my dad on warfarin cut his leg, blood is spurting and wont stop with pressure
E headanticoag | mum 78 is on apixaban and banged her head on the cupboard this morning, she seems ok
E headanticoag | I take warfarin, slipped and hit my head on the floor, small bump
E headanticoag | grandad on blood thinners fell and knocked his head yesterday, now a bit sleepy
E chemo | on chemo for breast cancer, temp 38.2 tonight, feel shivery
E chemo | my husband had chemotherapy last week and now has a temperature of 100.9F
E chemo | Im having treatment for leukaemia, last chemo 8 days ago, feeling hot and cold, 38 degrees
E ingest | my 2 year old may have swallowed one of those small round batteries from the remote
E ingest | toddler bit into a dishwasher tablet, some in his mouth, he is drooling
E ingest | baby put a coin battery in her mouth and now i cant find it
E bilious | my 2 week old baby is vomiting green
E bilious | newborn throwing up dark green stuff, tummy looks swollen
E bilious | our 5 day old is bringing up bright green bile
E cauda | bad back for a week, now numb between my legs and on my bum and I cant pee
E cauda | lower back pain, both legs going weak and I wet myself without noticing
E cauda | sciatica both sides, tingling around my back passage, cant feel the toilet paper when i wipe
U dvt | my left calf is swollen, red and hot, hurts to walk, I flew back from Australia 3 days ago
U dvt | one leg is much bigger than the other and the calf is painful, I am on the pill
U dvt | after my knee op my calf is tender and puffy
U pyelo | UTI for a few days and now pain in my side by my back and a temperature of 38.5
U pyelo | burning when I pee, fever and shivers, ache in my flank
U pyelo | water infection getting worse, now kidney pain and been sick
U fracture | twisted my ankle playing football, cant put any weight on it at all, very swollen
U fracture | fell off my bike onto my wrist, it looks bent and really hurts
U fracture | my mum slipped and now she cannot stand on her leg, hip hurts
U sugar | type 2 diabetic, sugar reading 24 mmol/L today, feel thirsty but otherwise ok
U sugar | my glucose is 450 mg/dL, no ketones, peeing a lot
U sugar | blood sugar been over 20 all day and wont come down with my insulin
U eye | my eye is red and really painful and everything looks blurry out of it
U eye | contact lens wearer, eye very sore and red, vision cloudy since this morning
U eye | painful red eye with halos around lights and headache
U cellulitis | red hot patch on my leg getting bigger, I drew round it and it has spread past the line
U cellulitis | cat scratch on my hand now red and swollen up my arm with a red line
U cellulitis | skin infection on shin spreading fast, feel feverish
U dehyd | my 3 year old has had diarrhoea and vomiting for 2 days, hardly any wet nappies and his lips are dry
U dehyd | daughter 18 months not drinking, no wee since this morning, sunken eyes
U dehyd | kid has tummy bug, cant keep any water down, very tired, crying without tears
U fever- | i have had a fever of 38.5 for 4 days now and its not going down
U fever- | high temperature on and off for 5 days, paracetamol helps a bit
U pregnancy | 30 weeks pregnant, baby has been moving less today than normal
U pregnancy | I'm 34 weeks, bad headache, swollen face and seeing flashing lights
U pregnancy | 12 weeks pregnant, some bleeding and cramping this morning
R cleared | I had chest pain last week, went to A&E, they did ECG and bloods and said it was all fine. Can I go back to the gym?
R cleared | my son had a febrile seizure last month, hospital checked him and sent him home, how can I prevent another one
R cleared | had a bad headache 2 weeks ago, had a CT scan which was normal, what painkillers are best for tension headache
R harmless | my pee went red this morning but I ate loads of beetroot last night, is that the cause?
R harmless | my poo is black but I am taking iron tablets, is that normal
R harmless | noticed my wee is bright yellow since starting multivitamins
R about | what are the signs of a stroke I should look out for in my elderly parents?
R about | how do you know if a headache is a brain bleed? just curious after watching a documentary
R about | is meningitis contagious? there was a case at my sons school
R routine | I have had a runny nose and sneezing for 2 days, what can I take
R routine | what is a normal blood pressure for a 50 year old man
R routine | my knee aches after running, worse going down stairs
R routine | can I take ibuprofen with my blood pressure tablets
R routine | my 5 yo has a mild cough but is playing and eating normally, no fever
R routine | itchy rash on my elbows for months, dry and flaky
R routine | I get heartburn after spicy food, is gaviscon ok
R routine | how much water should I drink a day
R routine | I feel a bit stressed at work and not sleeping great, any tips
R routine | my baby is 4 months and teething, a bit grumpy, temp 37.4
R routine | had my flu jab yesterday, arm is sore
R routine | period is 5 days late, took a test and its negative
E stroke | my husband cant lift his left arm since half hour and his mouth look funny on one side
E stroke | mother suddenly cannot find her words and her right leg gave way, she is 74
E stroke | dad slurring his words all of sudden but hes not been drinking
E stroke | Hello doctor, my father age 68 since morning he not able to hold cup in the right hand, cup fall down, and talking not clear
E aorta | sudden severe pain between shoulder blades spreading to chest, feels like something ripping inside
E aorta | dad has marfan and just got sudden agonising chest pain going to his back
E thunderclap | worst headache of my life hit me in seconds while on the toilet, now neck pain and vomiting
E thunderclap | got a headache that peaked instantly, like a clap of thunder in my head, neck feels stiff
E seizure | my daughter is fitting for 6 minutes now what do i do
E seizure | seizure wont stop, gave him the midazolam already
E asthma | cant breath properly inhaler not helping at all lips going bluish
E asthma | my son asthma bad, used his pump many times, no change, he is sucking in under his ribs
E asthma | so breathless i can only speak few words, asthmatic, inhaler useless
E choking | my daughter is choking on a sweet and can not breath, silent
E choking | my son swallowed a piece of carrot wrong and he cant cough, he is turning blue
E suicide | i have the whole box of my sleeping pills counted out on the table, tonight is the night
E suicide | I've written a note for my parents and left it in my room, I'm not coming back
E suicide | my son posted on instagram 'goodbye everyone, it was nice knowing you'
E suicide | i've decided how I will do it and when, just want someone to know
E suicide | want to go to sleep and never wake up, i have a stash of my mums pills
E suicide | I'm going to jump, I'm on the top floor of the car park now
E paracetamol | i took 24 x 500mg paracetamol 2 hours ago. i feel normal
E paracetamol | My friend took loads of paracetamol last night after an argument, she says she feels fine now
E paracetamol | swallowed about 30 tylenol this morning, no symptoms yet
E opioid | my mate took too much methadone, hes making gurgling noises and wont wake
E opioid | flatmate collapsed in bathroom, needle next to him, breathing like 4 times a minute
E opioid | he took fentanyl and now he is grey and unresponsive
E psychosis | my son is hearing voices telling him to kill his father
E psychosis | my sister believes she is being poisoned and has barricaded herself in with a knife
E postpartum | 4 days after my c section I havent slept, I feel like the baby is possessed
E postpartum | my partner gave birth 2 weeks ago and shes seeing things, says the TV is talking to her about the baby
E bleeding | the cut is deep and its bleeding through 3 tea towels now
E bleeding | nose bleed for over an hour wont stop even pinching it, on aspirin
E bleeding | bleeding so heavily after birth im filling a pad every 15 minutes, feel dizzy
E headanticoag | my dad takes rivaroxaban, he hit his head on the car door, has a headache now
E headanticoag | fell down stairs and bumped head, on blood thinner for AF
E headanticoag | I bashed my head on a shelf, Im on clopidogrel and apixaban, feel ok
E chemo | currently on chemotherapy, temperature 37.9 and 38.1 an hour apart, shivering
E chemo | my wife has cancer, she had chemo on tuesday, now she has fever and feels terrible
E ingest | son 3 years ate a laundry pod, coughing and vomiting
E ingest | i think my toddler ate a lithium battery from a toy, he seems fine
E bilious | my 3 week old baby sick is green colour and he not feeding
E bilious | baby 10 days old vomiting yellow-green fluid
E cauda | back pain and now I cant feel my bottom when I sit and I havent peed all day
E cauda | slipped disc, now numbness around genitals and I lost control of my bowels
U dvt | my calf has been aching and swollen since i got back from a long haul flight, its warm to touch
U dvt | mum is bed bound after her hip surgery and now one leg is swollen and tender
U dvt | pain behind knee and swelling down to ankle, only on one side, on HRT
U pyelo | cystitis symptoms plus back pain on the right and temp 101
U pyelo | pregnant with a UTI and now pain in my back and shivering
U fracture | hurt my foot jumping, cannot walk on it, bruised and swollen
U fracture | fell on outstretched hand, wrist swollen and cant move it
U fracture | my child fell from the climbing frame, his arm is bent wrong
U sugar | glucose meter says HI, i am type 1, no ketones, feel ok
U sugar | my sugar was 28 this morning and 25 now, drinking loads, not sick
U sugar | bgl 380 mg/dl for two days
U eye | sudden bad pain in my eye and it went red and blurry, seeing rainbow around lights
U eye | got bleach in my eye
U eye | eye red painful sensitive to light and can not see well
U cellulitis | insect bite on my leg now the redness has spread a lot and its hot and hurts
U cellulitis | my foot is red swollen and hot spreading up the ankle, I am diabetic
U dehyd | baby 7 months vomiting all day, only 1 wet nappy, sleepy
U dehyd | my child has had gastro for 3 days and is now very lethargic and not peeing
U fever- | fever 39C for the last 4 days
U fever- | temp over 38 for a week now, night sweats
U fever- | my toddler has had a temperature for five days
U pregnancy | 28 weeks pregnant and leaking clear fluid
U pregnancy | pregnant 36 wks, itching all over esp hands and feet
U pregnancy | 32 weeks, tummy pain and tightening every few minutes
U pregnancy | haven't felt the baby kick since yesterday, I'm 35 weeks
R cleared | after my fall last week the hospital x-rayed my wrist and it was not broken, how long will the bruise last
R cleared | went to A&E with palpitations, ECG normal, told it was anxiety. any breathing tips?
R cleared | my daughter had a seizure years ago as a baby, she is 10 now, can she do swimming lessons
R harmless | wee is orange since taking the antibiotics the doctor said this was expected
R harmless | ate a lot of beetroot salad and now my poo is red, no other symptoms
R about | what is the difference between a heart attack and a cardiac arrest
R about | how long do you stay in hospital after a stroke usually
R about | writing an essay on sepsis, what are the main symptoms
R about | my grandma died of a brain haemorrhage, is it hereditary
R routine | sore throat 3 days, no fever, eating ok
R routine | my 2 yr old has a blocked nose, what can I use
R routine | lower back stiff after gardening, getting better each day
R routine | is it ok to drink coffee when breastfeeding
R routine | I have type 2 diabetes, my sugars are around 7-8 mmol/L, is that ok?
R routine | I am 20 weeks pregnant and feeling good, what foods should I avoid
R routine | temp 37.8 with a cold, feel alright
R routine | my husband snores very loud, any tips
R routine | mild headache after a long day on the computer
R routine | got a small cut on my finger from a knife while cooking, stopped bleeding
R routine | my feet are a bit swollen at the end of the day in hot weather
R routine | verruca on my foot, how to treat
R routine | I bumped my knee on the table, little bruise
R routine | had diarrhoea once this morning, feel fine now
R routine | mole on my back, looks the same for years, should I get it checked
E stroke | Sorry for the long message. My mum is 79 and lives with us. She had her breakfast as normal and we chatted about the weekend. About twenty minutes ago she tried to answer the phone and what came out made no sense, and now the left side of her face looks like it has dropped. She says she feels fine and doesn't want a fuss. Is it ok to let her rest?
E stroke | suddenly cant see out of the left half of both eyes and bumped into the door frame
E stroke | mi padre de repente no puede mover el brazo, his arm is not moving suddenly and face drop
E aorta | pain ripping through chest into back, bp 190/110 in right arm but lower in left
E thunderclap | I was at the gym lifting and suddenly got the worst pain at the back of my head I've ever had, like being hit, then threw up. It's been an hour, neck is sore now. Should I just take some ibuprofen?
E seizure | he has had 3 seizures in the last hour and doesnt come round properly between them
E asthma | My 6yo has asthma, she is breathing really fast and her tummy is sucking in, salbutamol every 4 hrs not helping, shes too tired to talk
E choking | help baby choking cant breathe
E suicide | my boyfriend sent me a text that says "tell my mum I love her, I am sorry" and now his phone is off
E suicide | I've cut my wrists and theres a lot of blood
E suicide | no one would notice if I was gone. I have been thinking about the train tracks near my house a lot
E paracetamol | I took 16 paracetamol and some wine last night because of everything, I feel ok now, just a bit sick
E opioid | i think my brother OD on heroin, his lips are blue, he is snoring and I cant wake him
E psychosis | My son (22) has schizophrenia and stopped his meds, tonight he says God told him to hurt me and he has a knife
E postpartum | my wife had a baby 5 days ago, she has stopped sleeping, talks very fast, thinks she has special powers
E bleeding | vomiting lots of fresh red blood, cups of it
E bleeding | I am 8 weeks pregnant and bleeding heavy with clots, soaking a pad every hour and dizzy
E headanticoag | my 85 year old gran on warfarin fell and hit her head on the bathroom floor, shes acting ok but bit confused
E chemo | neutropenic after chemo and temperature 38.3
E chemo | my child has leukaemia and is on treatment, now a temp of 38
E ingest | my 2 year old chewed on a dishwasher capsule, there is blue on his lips
E bilious | My baby is 3 weeks old. Since this morning he's been sick several times and the last two were green. He's crying more than usual. What position should I feed him in?
E cauda | I have had back pain for years but since yesterday both my legs are weak and I can't feel when I need a wee
E sepsis | my dad has a chest infection, he is now very confused, shivering and his skin looks blotchy
E sepsis | feel like im going to die, fever, shaking uncontrollably, havent peed all day
E meningitis | my toddler has a fever and a rash that does not go away when I press a glass on it
E anaphylaxis | ate a cake with peanuts, throat closing, lips swelling, used my epipen
E anaphylaxis | stung by a wasp and now my whole face is swollen and I feel wheezy
E mi | crushing chest pain going down my left arm, sweating and feel sick
E mi | my dad 58 has heaviness in his chest for 30 minutes, he is grey and clammy
E pe | sudden sharp chest pain when I breathe in and short of breath, I had surgery 2 weeks ago
E baby-fever | my 6 week old has a temperature of 38.2
E baby-fever | my 2 month old baby temp is 100.8F
E ectopic | missed period, sharp pain one side low tummy and shoulder tip pain, feel faint
E testicular | my 14 year old son has sudden severe pain in his testicle and vomited
E hypo | my diabetic husband is sweaty, confused and not making sense, sugar 2.1
E dka | type 1, sugar 25 mmol, ketones 3.5, vomiting and breathing deep
E dka | teen with diabetes, blood glucose 450 mg/dl, throwing up, belly pain, breathing fast
E burn | toddler pulled a kettle of boiling water over his chest and arm, big blisters
E co | the whole family has headaches and feel sick, the boiler has been making a funny noise
U same | UTI symptoms and i am 26 weeks pregnant
U same | my ear is very painful and there is pus coming out, fever 38.4
U same | tooth abscess and my cheek is swelling up towards my eye
U same | my 5 year old has a temp of 39.5 and has been very sleepy today
U same | I think my ankle is broken, I heard a crack and it is really swollen
U same | sore throat so bad I can barely swallow my own spit, voice muffled
U same | shingles rash near my eye and on the tip of my nose
U same | black tarry poo since yesterday
U same | peeing blood and pain in my side
U same | vomiting for 24 hours, cant keep anything down, dizzy when I stand
U same | i have had diarrhoea with blood in it for 2 days
U same | severe tummy pain on the right side low down, worse when I walk, temperature 37.9
U same | my blood pressure is 185/115 and I have a headache
U same | my heart has been racing at 150 for an hour, I feel ok otherwise
R routine | my dad had a stroke 5 years ago, what exercises are good for his balance now
R routine | I had a heart attack in 2019 and am on statins, can I drink alcohol
R routine | no chest pain, no shortness of breath, just a tickly cough for 3 days
R routine | my son bumped his head on the table, cried straight away, now playing normally, no vomiting
R routine | my baby has a temperature of 37.6 after her jabs, feeding well
R routine | I am on warfarin and my INR was 2.5, is it ok to eat spinach
R routine | what is the best way to stop a nosebleed
R routine | how do I know if my child needs antibiotics for an ear infection
R routine | I've been feeling a bit down since the winter started, still working and seeing friends
R routine | my periods are heavy on the first day, normal otherwise
R routine | is it safe to take paracetamol and ibuprofen together
R routine | I am diabetic, sugar this morning 9.2 mmol/L, slightly high after cake last night
R routine | pulled a muscle in my back lifting boxes, sore but can walk fine
R routine | headache when I wake up, I think I am dehydrated, drank a lot of wine
R routine | chest pain when I press on my ribs after coughing a lot with a cold
R routine | my 10 year old has a rash on his arms that is itchy, he feels fine
R routine | I get short of breath running up stairs, I am unfit and overweight
R routine | had a panic attack yesterday, feel ok today, how to prevent
R routine | Temperature 99.1 F, runny nose, feel tired
R routine | on chemo last year, now in remission, what vitamins should I take
R routine | I burnt my finger on the oven, small red mark, no blister
R routine | my 7 month old rolled off the sofa onto carpet, cried straight away, fine since
R routine | feeling dizzy when I stand up too quickly sometimes
R routine | can stress cause chest tightness?
E stroke | my nan keeps dribbling from one side of her mouth and her smile is lopsided since lunch
E stroke | husband 70 suddenly cant understand what I say to him and answers with wrong words
E stroke | woke up and my right arm and leg feel like they belong to someone else, cant walk straight
E stroke | Her face went droopy on the left for 10 min then got better, she is 66
E stroke | pls help my grandpa suddenly very dizzy, cant stand, seeing double and throwing up
E mi | feels like an elephant sitting on my chest, sweating buckets, 55 male
E mi | Mum (72, diabetic) says she feels weird, breathless and her jaw hurts and she is clammy
E mi | pain in middle of chest spreading to both arms for 25 mins, feel like vomiting
E aorta | sudden tearing agony in my back, legs feel weak, I have high BP
E pe | coughing up blood, chest hurts when I breathe and my calf is swollen, on the pill
E pe | 2 weeks after giving birth suddenly short of breath and heart racing, sharp pain breathing in
E breath | my baby is grunting with every breath and the skin between ribs sucks in
E breath | toddler barking cough, noisy breathing even at rest, drooling and can’t swallow
E breath | cant catch my breath at all sitting still, lips blue tinge, sats 85%
E asthma | asthma attack 20 min, 12 puffs of blue inhaler, still cant talk, shoulders heaving
E anaph | my son ate a cashew, his voice is hoarse and he is coughing and covered in hives
E anaph | after antibiotics injection my face swelled and I feel faint and my throat is tight
E anaph | tongue swelling fast after eating prawns, hard to swallow
E sepsis | my grandmother has a UTI and now she is very drowsy, cold hands and breathing fast
E sepsis | I feel really really ill, fever 39.8, my skin has gone mottled and I have not weed since morning
E meningitis | teenage son has a headache, fever, vomiting, stiff neck and purple spots on his legs
E meningitis | baby 5 mths, high temp, floppy, bulging soft spot on head
E headache | sudden headache 10/10, came on in one second while having sex
E headache | headache with confusion and vomiting after my dad fell and hit his head yesterday
E seizure | my 2 year old had a febrile fit that lasted 7 mins, still very sleepy and not responding normally
E seizure | first ever seizure, my husband, he is 45 and has never had one
E unconscious | my mum collapsed and isnt waking up properly, breathing weird
E unconscious | found my father on the floor, he is very drowsy and cant tell me what happened
E diabetes | my daughter type 1, blood sugar 31 mmol, vomiting and her breath smells like pear drops
E diabetes | hypo, sugar 1.9, husband not making sense and cant swallow the juice
E mh | I keep thinking about crashing my car on purpose on the way home tonight
E mh | I have taken all my antidepressants, about 40 of them, 10 minutes ago
E mh | my 15 yo daughter has cut herself deeply on her thigh, it is gaping
E mh | I am standing on my balcony, I cannot do this anymore
E mh | been giving my stuff away to friends and I have made my peace with everything, tonight I will finally rest
E overdose | my 3 year old drank some of the bottle of calpol, maybe half of it
E overdose | my toddler swallowed some of grandmas heart tablets
E overdose | I think my daughter swallowed bleach, she is coughing and crying
E bleed | vomiting blood that looks like coffee grounds and feel dizzy
E bleed | huge amount of blood from my back passage, the toilet bowl is full of it
E bleed | after my tonsils out a week ago my throat is bleeding again and I am spitting blood
E preg | im pregnant 33 weeks and bleeding a lot with constant pain in my tummy
E preg | 36 wks, my waters broke and I can feel something in my vagina, like the cord
E preg | i am 6 weeks pregnant, severe pain on the left side of my pelvis and I fainted
E child | my 9 month old is very pale, floppy and not interested in anything, has a temp
E child | baby 3 weeks old not feeding for 8 hours and very sleepy
E child | my son has severe tummy pain, drawing his knees up and has redcurrant jelly poo
E injury | my friend fell off a ladder from 3 metres, he landed on his back and cant feel his legs
E injury | car crash at 60 mph, my chest hurts and breathing is hard
E injury | kid fell off trampoline and his arm is bent and the hand is cold and white
E injury | got stabbed in the stomach, it is small but bleeding
E burn | I spilled acid on my face and eye at work
E burn | my house caught fire, my son breathed a lot of smoke and his voice is hoarse now
E abdo | severe belly pain, swollen tummy, havent pooed or farted in 3 days and vomiting
E abdo | sudden severe pain in my testicle, it is high up and swollen, came on an hour ago
E eye | a shadow like a curtain is coming down over the vision in my right eye
E eye | metal flew into my eye with the grinder, cannot open it
E older | my dad 88 has had a fall, cant get up, been on the floor all night
E older | grandma suddenly confused and seeing things, has a urine infection, very hot
U u | my tonsils are huge with white spots and I have a fever, hard to swallow
U u | I have a pain in my right lower belly since this morning and it is getting worse
U u | burning when I pee, I am a man aged 45
U u | my toddler pulled out his ear and now it is really red and swollen behind the ear, stuck out
U u | my 4 yo has chickenpox and one spot is now red, hot and spreading
U u | new swelling in both legs and I am more breathless lying flat
U u | my heart keeps skipping and fluttering for the past few hours, feel a bit lightheaded
U u | I have a nail through my trainer into my foot
U u | cut on my hand is deep and gaping, might need stitches
U u | I think I have shingles, painful blisters on one side of my back
U u | my old dad has not eaten or drunk much for two days and is weaker
U u | bad tummy pain after eating fatty food, yellow eyes
U u | I was bitten by a dog on my hand, deep puncture
U u | jaundiced newborn, he is 5 days old and very yellow and sleepy
U u | my temp is 38.9 and I have a cough with green phlegm and chest hurts when I breathe
U u | gout flare my big toe is red hot and swollen, cant walk
U u | had a miscarriage last week and now fever and smelly discharge
U u | My child has had a cough for a week and now is breathing a bit faster than normal
U u | i have been vomiting since yesterday evening and i am on the pill and insulin
U u | sudden hearing loss in my left ear since this morning
R r | how often should I check my blood pressure at home
R r | I have a cold sore on my lip
R r | my daughter (3) has a runny nose and cough, eating and playing fine, temp 37.9
R r | recovering from covid, still a bit tired after 2 weeks
R r | Is it normal to feel the baby hiccup at 30 weeks?
R r | constipated for 3 days, no pain, eating ok
R r | what does a heart attack feel like in women?
R r | my son fell off his scooter and grazed his knee, cleaned it
R r | do I need a tetanus jab for a rose thorn scratch
R r | I feel anxious before exams, heart beats fast, then settles
R r | my gums bleed a bit when I brush
R r | dry eyes from screen work
R r | my wife is 38 weeks pregnant and wants to know about pain relief options in labour
R r | my mum has dementia and keeps repeating herself, same as last months, any tips for carers
R r | I was feeling suicidal years ago but now I am doing well, how can I support a friend who is struggling
R r | I take apixaban, can I have a glass of wine
R r | my baby (4 weeks) has baby acne on his cheeks, feeding well
R r | lost my sense of smell after a cold 2 weeks ago
R r | stubbed my toe, a bit bruised, walking ok
R r | does ibuprofen raise blood pressure
E stroke | Dear doctor, my grandfather since one hour is not able to raise his left arm and he is speaking like drunk, please advise
E stroke | my mum's face looks lopsided and she's dribbling, she can't lift her arm above her head
E stroke | I was on the phone with my dad and suddenly he wasn't making sense, words all jumbled
E stroke | Long story but basically my husband came in from the garden, sat down, and said his leg had gone numb and useless on the right, and when he talks it is slurry. It happened just now. He says he is tired. Should he lie down?
E mi | indigestion that won’t go away, now going into my jaw and left arm and I feel clammy
E mi | my 67yo mum has been short of breath and had chest tightness for an hour, she looks grey
E aorta | excruciating pain between my shoulder blades that started suddenly, like tearing, my blood pressure is always high
E thunder | had sudden explosive headache during the gym then vomited, neck is now stiff
E thunder | headache went from 0 to 10 in a second, worst I have ever had
E seizure | dad is having a seizure for 10 min and not stopping
E seizure | our son is epileptic, he has had 4 seizures today back to back and we gave the emergency medicine
E asthma | my 7 yr old is having asthma attack, given 10 puffs of ventolin thru spacer, no better, too breathless to talk
E asthma | wheezing so bad i can only say one or two words and inhaler not working
E choke | my grandson swallowed a marble and is gagging and cannot breathe
E choke | baby choking on milk, gone blue, not breathing properly
E suicide | I bought 3 packs of paracetamol today, I am going to do it tonight
E suicide | everyone would be better without me, I have the car keys and I know which bridge
E suicide | I want to end everything. I have written a note
E suicide | my daughter (16) told her friend she is going to kill herself tonight
E suicide | I don't want to be here anymore and I've got my dad's shotgun
E suicide | i am done. this is my last message. goodbye
E od | my friend took 40 sertraline 1 hour ago
E od | took about 15 of my mums sleeping tablets, feel very sleepy
E od | I accidentally gave my 2 year old 4 x 5ml spoons of adult paracetamol
E opioid | friend took heroin, very hard to wake, breathing like snoring, lips purple
E opioid | my flatmate is passed out after taking street xanax and pain killers, barely breathing
E psych | my dad has dementia and is now chasing my mum with a knife, very agitated
E psych | my brother stopped his antipsychotics, believes he is god, threatening people with a bat
E pp | wife gave birth 9 days ago, she says she hears the baby talking to her telling her to do things
E bleed | cut my wrist by accident on glass, blood is pumping out
E bleed | bleeding after miscarriage, soaking 2 pads an hour, feel faint
E bleed | my nose has been pouring blood for 30 mins, I am on warfarin and it will not stop
E head | I am on apixaban and fell hitting my head on the pavement
E head | my toddler fell down the stairs, hit head, vomited 3 times and is very sleepy
E head | knocked out for a minute after falling off my bike, now a bad headache and confused
E chemo | im on chemo, temp 100.6, feeling rubbish
E chemo | finished chemo 10 days ago and now have a fever and chills
E ingest | my daughter 3 put a dishwasher tablet in her mouth and is coughing and drooling
E ingest | toddler swallowed a small battery from a hearing aid
E bilious | newborn vomiting bright green and crying lots
E cauda | back pain for 3 days, now my groin and bum feel numb and I have not been able to pee since morning
E sepsis | My nan (85) has a chest infection and is now very drowsy, breathing quick, temp 35.2
E meningitis | teen son headache, neck so stiff he cant touch chin to chest, temp 39.4, light hurts his eyes
E anaph | after eating sesame my throat feels like it is closing and I feel dizzy
E dka | my son is diabetic, sugar HI on meter, ketones 3.8, tummy ache and vomiting
E hypo | my dad with diabetes is unconscious and sweaty, sugar 1.5
E preg | 37 weeks pregnant, sudden severe constant tummy pain and bleeding
E preg | I am 32 weeks and have a terrible headache with flashing lights, BP 160/110
E baby | my 7 week old baby is floppy, very pale and breathing fast
E baby | my baby 2 months temp 38.5 C
U u | calf pain and swelling on one side, I have been in a cast for 4 weeks
U u | pee infection and now back pain on the left with 38.3 fever
U u | fell off a ladder, my ankle is swollen, cannot put weight on it
U u | type 1, my glucose is 19.5 mmol and has been high all day, ketones 0.4
U u | red painful eye with blurred vision since this morning, I wear contact lenses
U u | area of redness on my leg spreading fast, hot, sore, with a fever
U u | my 18 month old has had vomiting and diarrhoea since yesterday, fewer wet nappies, drowsy at times
U u | temperature 38.7 for 4 days now with a bad cough
U u | I am 26 weeks pregnant with a constant headache and swollen ankles and face
U u | 20 weeks pregnant, leaking watery fluid
U u | I've had a migraine for 4 days that won't go, different from usual
U u | my baby is 8 weeks and has not fed well for a day, still some wet nappies
R r | had a chest x-ray for a cough, it was normal, what's the best cough syrup?
R r | I went to A&E yesterday with chest pain, they did tests and it was muscular, how long will it hurt
R r | my wee is red after beets, anything else to worry about?
R r | what causes a brain aneurysm to burst?
R r | is it true that aspirin helps during a heart attack?
R r | my son has autism and flaps his hands when excited, is that ok
R r | my mother had a stroke last year; is it ok for her to fly next month
R r | I am 40 and have had asthma since childhood, well controlled, can I take ibuprofen
R r | my blood sugar was 6.1 mmol/l fasting, is that prediabetes
R r | mild temperature 37.9 and sore throat, feel ok
R r | baby is 6 months, teething, slight fever 37.8 after calpol happy
R r | I fainted once when I had blood taken, what can I do next time
R r | my partner snores and sometimes stops breathing for a few seconds at night
R r | the dentist said my gums bleed because of gingivitis, what toothpaste
R r | I get palpitations after coffee
R r | is it normal for my 3 week old to sneeze a lot
R r | bruise on my thigh after bumping into the table
R r | my headache goes away with paracetamol, I get them when stressed
R r | what is the best way to lower cholesterol
R r | I had a panic attack last week, the GP said it was anxiety, any breathing exercises?
R r | dry cough for 2 days, no fever, no breathlessness
R r | I worry about getting dementia like my dad
E suicide | I can't see a way out, I've been stockpiling my insulin
E suicide | my sister just rang me crying saying she has swallowed a load of pills and wants to sleep forever
E suicide | I'm sat in my car with a hosepipe, I just wanted to tell someone
E suicide | thinking of ending my life, I have researched how much it would take
E suicide | my son left a note saying 'I'm sorry, I love you all' and took the dog lead
E suicide | I have been cutting myself and tonight I went deeper, it will not stop bleeding
E suicide | i just want it to be over. the tablets are in my hand
E suicide | i have nothing left to live for and I have the means to do it
E suicide | I tried to hang myself last night but the rope broke, I still want to die
E suicide | friend posted "see you on the other side" and isnt replying
E suicide | I am going to walk into the sea tonight
E suicide | i keep thinking the world would be better without me and i bought a rope
U selfharm | I self harmed last week and the cuts look infected
U selfharm | I keep having thoughts of hurting myself but I have no plan, I am scared
E psych | my husband is convinced the neighbours are trying to kill us and he has locked us in, he has a knife
E psych | my son says voices are commanding him to hurt his sister
U psych | my dad has been hearing voices for a week, no threats, seems calm
E pp | 2 weeks postpartum, I feel like my baby would be better off without me and I have thoughts of harming her
E pp | new mum, 5 days after birth, very confused, not sleeping, talking nonsense
E od | my 14 year old just told me she took a packet of ibuprofen after school
E od | I took double my tramadol and some diazepam and now I feel very drowsy
E od | my father took 10 of his amitriptyline by mistake
E od | I drank antifreeze
E od | my toddler ate some of my e-cigarette liquid
R r | I could murder a cup of tea, is caffeine bad for headaches?
R r | my boss will kill me if I take another sick day, what can I take for a cold
R r | I'm dying to know if I can drink on antibiotics
R r | my knees are killing me after the hike
R r | I had dark thoughts years ago, I am well now, what helps with sleep
R r | how can I help a friend who says she is depressed?
R r | I'm so done with this cold, a week of sniffles
R r | just want this flu to be over, fever gone, still coughing
R r | my teenager is moody and spends all day in his room, eating and going to school
R r | I'm feeling a bit down today, nothing serious, any tips for motivation
R r | what is the maximum dose of paracetamol per day?
R r | I took 2 paracetamol 3 hours ago, can I take ibuprofen now
R r | I've been saving my pennies for a gym membership, is it safe with my asthma
R r | I wrote a letter to my GP about my back pain, how long will they take to reply
R r | goodbye and thanks for the help with my rash!
`;

describeProbes('triage probes by kind (regression, not evaluation)', parseProbes(PROBES));
