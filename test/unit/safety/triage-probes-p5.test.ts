// Probes for phase 5 (issue 10), written by condition and by way of saying it, from the NHS
// 111 "urgent GP appointment / 111 today" lists, NICE CKS red flags and the 999 / A&E lists,
// in texting, typos, non-native English and the third person, with routine look-alikes
// (negations, a cleared check, a harmless explanation, a question, a hypothetical, a word used
// casually). Each wave was run once BEFORE any rule was changed for it (its figure is in the
// commit message); then the concept layer was fixed by kind. A regression guard, NOT an
// evaluation (that is the blind sets). Format: probe-harness.ts.
import { describeProbes, parseProbes } from './probe-harness';

// Wave 1, by condition: 113 of 122 right before its fixes (E 16/16, U 82/90, R 15/16).
const WAVE_1 = `
U dvt | my leg is swelling and hot since 2 day, the calf hurt when i walk
U dvt | one calf is bigger than the other and red and tender, had a long flight last week
U dvt | my mum's left leg swelled up and is painful and warm after her knee operation 10 days ago
U dvt | calf pain and swelling in one leg only, i'm on the pill
U pyelo | burning when i pee and now pain in my back under the ribs and shivering
U pyelo | i have uti since 3 days, now fever and pain in my side, i vomit one time
U pyelo | my wife has cystitis and today she has loin pain and a temperature of 38.6
U pyelo | pain in kidney area with high temp and peeing a lot, feel shaky
U fracture | fell off my bike and my wrist is swollen and bent, cant move it
U fracture | i twisted my ankle and cant put any weight on it at all, very swollen
U fracture | my son fell from the trampoline, his arm looks deformed and he wont move it
U fracture | dropped a heavy box on my foot, toe is purple and i cant walk on it
U hyperglycaemia | type 1 diabetic, sugar 22 mmol and very thirsty, peeing all the time, no ketones
U hyperglycaemia | my blood sugar is 350 mg/dl and wont come down with correction doses
U hyperglycaemia | diabetic dad sugars have been over 20 all day and he feels rough
U red-eye | my eye is red and painful and my vision is blurry since this morning
U red-eye | wear contact lenses, eye very sore and red and light hurts it, cant see well
U red-eye | painful red eye with blurred vision and i see halos round lights
U cellulitis | red hot patch on leg getting bigger and bigger, feel feverish
U cellulitis | the skin around my cut is red, swollen and the redness is spreading
U dehydrated-child | my 2 year old has had diarrhoea and vomiting all day, hardly any wet nappies, very sleepy
U dehydrated-child | toddler not drinking since morning, no wee for 10 hours, lips dry
U dehydrated-child | my son keeps throwing up everything even water, he hasnt peed since last night
U fever-days | fever for 5 days now and not getting better
U fever-days | my daughter has had a temperature of 38.5 for four days
U fever-days | high temp 3 days and still going, coughing, adult
U pregnancy | 30 weeks pregnant and baby has not moved today
U pregnancy | i'm 34 weeks and i have a bad headache and my vision is blurry and my feet are very swollen
U pregnancy | pregnant 20 weeks, some bleeding from down below this morning
U pregnancy | 28 weeks pregnant and itching all over, especially hands and feet, worse at night
U pregnancy | 36 wks pregnant and water leaking since an hour
U uti-special | i am 22 weeks pregnant and it burns when i pee
U uti-special | my 3 year old cries when she wees and it smells strong, has a temperature
U uti-special | i'm a man, 45, and it hurts when i pee, going a lot
U shingles-eye | shingles rash on my forehead and near my eye, eye is red
U shingles-eye | blisters on one side of my face going to the tip of my nose and the eye is sore
U quinsy | severe sore throat on one side, can hardly open my mouth and my voice sounds muffled
U quinsy | throat so painful i can't swallow my own spit, one side swollen, fever
U retention | i cannot pee at all since last night and my lower belly is painful and swollen
U retention | my husband can't pass urine for 10 hours, bladder full and hurts
U testicle | sudden pain in my testicle and it is swollen, started an hour ago
U testicle | my son 14 says his ball hurts badly and he feel sick
U appendix | pain started around belly button and moved to the lower right, worse when i walk
U appendix | my daughter has pain in the lower right side of her tummy, fever and she doesnt want to eat
U gallbladder | pain under my right ribs after fatty food, going to my shoulder blade, with fever
U gallbladder | upper right belly pain, yellow eyes and dark pee
U kidney-stone | terrible pain in my side coming in waves, going down to my groin, blood in pee
U kidney-stone | worst pain ever in my loin, can't sit still, think it's a kidney stone
U ear-injury | hit my head yesterday and now clear fluid coming out of my ear
U ear-injury | got slapped on the ear and now it's bleeding and I can't hear well
U bite | my dog bit my hand and the wound is deep, it's swelling
U bite | a cat bit my finger yesterday and now it is red and swollen and painful
U bite | human bite on my knuckle from a fight, skin broken
U burn | burnt my arm with boiling water, the burn is bigger than my hand
U burn | burn on my hand has white and leathery patches and doesnt hurt
U burn | my face got burnt by hot oil
E eye-chemical | splashed bleach in my eye
E eye-chemical | got oven cleaner in my eye and it burns, cant open it
U foreign-body | my kid pushed a bead up his nose and i cant get it out
U foreign-body | something stuck in my eye, keeps scratching, cant get it out
U foreign-body | my son put a small stone in his ear
U postpartum | had my baby 5 days ago, now fever and smelly discharge down below
U postpartum | gave birth 2 weeks ago, one leg swollen and painful
U postpartum | c-section wound red, hot and oozing pus
U postpartum | 10 days after birth, my breast is red, hot and hard with fever
U back-red-flag | new back pain and i can't feel when i wipe, numb between my legs
U back-red-flag | back pain with fever and i had cancer before
U back-red-flag | severe back pain and my legs are getting weak, can't control my bladder
U elderly-dehydration | my 85 year old mother hasn't drunk anything for 2 days and is confused
U elderly-dehydration | grandad is very drowsy, barely eating or drinking, dark urine
U heavy-period | period so heavy i soak a pad every hour and i feel dizzy
U heavy-period | flooding through pads, passing big clots, feel faint when i stand
U contraception | missed 2 pills this week and had unprotected sex yesterday
U contraception | condom split last night, i need the morning after pill
U child-fever | my 4 month old has a temperature of 39.2
U child-fever | baby 2 months feel hot, 38 degrees
U chest-infection | cough with green phlegm and fever, breathless when i walk
U asthma | asthma getting worse, using my blue inhaler every 2 hours
U migraine | worst headache i've had with a stiff neck and fever
U rash-child | my son has a rash and fever and is not himself
U vomit-adult | vomiting for 2 days, can't keep any water down
U head-injury-minor | hit my head at work, now i feel sick and have a headache
U hypos | my sugar keeps going low at night, 3.2 this morning
U abscess | big painful lump with pus on my bum, getting bigger, feel hot
U tooth | tooth abscess and my face is swelling up towards my eye
U mental-health | i can't cope any more, i need to speak to someone today
U sti | pain down there, discharge and i'm in pain during sex, fever
U ear | earache and pus coming out of my ear, fever
U gout | my big toe is very red, hot and swollen, can't bear the sheet on it
U allergy-mild | lips a bit swollen after eating nuts, no breathing problem
U pain-chest-mild | sharp chest pain when i breathe in, had a cold
U sepsis-child | my child is very cold hands and feet but hot body, floppy
E emergency | he cannot breath good, lips going blue
E emergency | my grandma face drop on one side and she speak funny
E emergency | i cut my leg and blood is pumping out, can't stop it
E emergency | my wife collapse and not wake up
E emergency | throat swelling after bee sting, hard to breath
E emergency | baby not breathing properly, making grunting noise, ribs sucking in
E emergency | i took 30 of my sertraline
E emergency | vomiting blood, lots of it, dark red
E emergency | my son fell from the roof and hit his head, he is vomiting and sleepy
E emergency | chest feels tight like elephant sitting on it, pain goes to my jaw
E emergency | sudden worst headache of my life like being hit with a bat
E emergency | my husband is fitting and it has been 6 minutes
E emergency | my baby has a rash that doesn't fade under a glass and she is floppy
E emergency | can't feel my legs after the fall, can't move them
R trap | no chest pain, no breathlessness, just a tickly cough
R trap | went to A&E with chest pain last night, they did ecg and bloods and said all fine, muscle strain. what helps?
R trap | red pee this morning but I ate loads of beetroot yesterday
R trap | what are the signs of sepsis? asking for a school project
R trap | if i got a dog bite what should i do
R trap | my friend's dad had a stroke last year, he is doing well now
R trap | this traffic is killing me lol
R trap | i'm dying to try that new restaurant
N trap | my headache was really bad last month but it went away completely, what could it be
R trap | doctor checked the lump in my breast, scan was normal, benign cyst
R trap | period a bit heavier than usual this month, otherwise fine
R trap | my toddler had a fever of 38 yesterday but is fine today and eating well
R trap | 12 weeks pregnant, bit of nausea, how to manage
R trap | is it normal to have a dry cough after a cold for 2 weeks
R trap | my back aches after gardening, no numbness, no weakness
R trap | sugar is 7.8 after dinner, is that ok
`;

// Wave 2, new phrasings of the kinds blind set 4 missed (written after those kinds were fixed,
// never its sentences): 46 of 51 right on first run (E 16/17, U 18/21, R 10/11).
const WAVE_2 = `
E syncope-cardiac | my son 16 fainted during football training, he said his heart was pounding before he went down
E syncope-cardiac | passed out while running for the bus, had chest pain just before, I'm 40
E syncope-cardiac | she collapse at netball and before it she say her heart beat very fast
E anaphylaxis-nonnative | my son eat peanut, now his face is very big and he make whistle sound when breathe
E anaphylaxis-nonnative | after the prawns her lips are so puffy and she has a funny noise when she breathes in
E coffee-vomit | my dad is bringing up dark stuff like coffee grounds and he is very pale
E coffee-vomit | threw up brown bits like coffe granules and feel faint, on ibuprofen every day
E danger-place | my sister texted she wants to not wake up and she is sitting on the roof of her building now
E danger-place | my friend said he wants to die and he is standing at the cliff edge, not answering properly
E staggered-od | been taking paracetamol for my back all day, probably 20 of them since this morning
E staggered-od | my mum has had about 16 of those co-codamol today for her tooth, she feels sick
E eye-sudden | lost the vision in my left eye suddenly 20 mins ago, it's all black, no pain
E eye-sudden | my husband's right eye went completely dark this morning out of nowhere
E anticoag-injury | on apixaban, fell down the stairs, my leg is massively swollen and I feel dizzy and pale
E anticoag-injury | dad takes warfarin, knocked his thigh, now huge swelling and he is light headed
E serotonin | on citalopram and just started tramadol, now sweating, twitching, temp 39 and heart racing
E serotonin | took some ecstasy with my sertraline, now shaking, jerky muscles, very hot and heart pounding
X foot-drop | my foot has started slapping on the floor when i walk and i cant pull my toes up, back been bad for weeks
X foot-drop | since last week i keep tripping over my foot, can't lift my foot up properly
U migraine-status | migraine for 4 days, triptans not working and I keep being sick
U migraine-status | headache 3 days that won't stop, I throw up every tablet I take
U vomited-meds | my son has epilepsy and vomited his morning lamotrigine, can't keep anything down
U vomited-meds | threw up my levetiracetam twice today with this bug
U asthma-reliever | asthma worse, need my blue inhaler every 2 hours and it's not lasting
U asthma-reliever | using my salbutamol every 3 hrs since yesterday, chest tight
U hives-spreading | hives spreading all over for 3 days, antihistamines not working
U scarlet | my daughter has a rough sandpaper rash and a sore throat and high temperature
U scarlet | school said scarlet fever going round, my son now has red bumpy tongue and rash
U older-fall-hip | my nan 84 had a fall yesterday, now pain in her hip and she's limping
U older-fall-hip | grandad slipped in the bathroom, he can walk a bit but groin really hurts
U fumes | mixed bleach and vinegar while cleaning, now coughing and eyes stinging
U fumes | breathed in fumes from cleaning chemicals mixed together, throat sore and coughing
U nosebleed-antiplatelet | on clopidogrel and i keep getting nosebleeds today, 4 so far
U nosebleed-antiplatelet | my dad on ticagrelor after his heart attack has had nosebleeds again and again
U hearing-sudden | woke up and cannot hear anything from my right ear, it happen suddenly
U calf-pill | on the combined pill, my calf is swollen and painful since two days
U calf-pill | using the nuvaring and one leg is puffy and aching behind the knee
U immunotherapy | on nivolumab for lung cancer, now diarrhoea 6 times a day
U bartholin | swollen painful lump at the opening of my vagina, cant sit
U rfm | 35 weeks, baby much less active than normal today, only felt a few small kicks
R casual-kill | i'm gonna kill my sister if she takes my charger again lol, anyway how do i fix my sleep
R casual-kill | my mum will literally murder me for forgetting her birthday haha, what's good for a headache
R support-safe | how can i help my son who has been cutting? he is safe and already seeing camhs
R piles | i know i have piles, small bit of bright blood on the tissue after a hard poo, no pain
R hypo-treated | had a hypo this morning 3.4, ate some glucose tablets, now 7.1 and feel fine
R seen-ae | banged my head last week, seen in A&E and they said it was just a bump, when can I go back to the gym
R benign-headache | my head is pounding after that party last night, drank too much
R figurative-fire | my legs are on fire after leg day at the gym lol
R gym-rash | itchy rash under my arms since i started running, worse when sweaty
R forgetful | mum 79 has been slowly more forgetful over two years, nothing new or sudden
R throat-fire | throat is on fire from the spicy curry, voice a bit hoarse from shouting
`;

// Wave 3, new phrasings of the kinds fixed from the spent blind sets 1 and 2 (written after
// those fixes): 39 of 43 right on first run (E 11/12, U 17/18, R 11/13); one probe (a
// medicine that ran out "3 days ago", read as a past episode) was dropped as a known gap.
const WAVE_3 = `
E ectopic | 7 weeks pregnant, sharp pain low on the right and my shoulder tip hurts, feel faint
E ectopic | my girlfriend is about 6 weeks gone, bad pain one side of her lower belly and she nearly passed out
E fontanelle | my 5 month old's soft spot is bulging and he is very sleepy and being sick
E fontanelle | baby 3 months, the fontanelle looks tense and raised, she cries high pitched
E lithium | my mum takes lithium, she's had diarrhoea for 3 days and now she's wobbly and confused
E lithium | on priadel, been vomiting since yesterday, now my hands shake a lot and my words come out slurred
E haemoptysis-large | coughing up mouthfuls of blood, like a cup full, on warfarin
E smoke | we had a fire in the flat, my son's voice is hoarse and he's coughing black stuff
E smoke | chip pan fire, my eyebrows got singed and my throat feels raw and i keep coughing
E cord-compression | dad has prostate cancer, since this morning his legs are weak and numb and he can barely walk
E plan-note | found a note from my son saying who gets his stuff and that he's going to do it tonight
E farewell-rope | my flatmate left a message saying sorry for everything and there's a rope in her room
U statin | on simvastatin, my legs and shoulders ache and feel weak, and my pee is dark brown
U af-new | my apple watch says AF, my heart feels irregular and fast, a bit breathless
U af-new | pulse is all over the place since this morning, around 120, no chest pain
U transplant | forgot my anti-rejection meds for two days while travelling
U psychosis-relapse | my sister came off her meds for bipolar, now not sleeping, talking really fast and very suspicious of everyone
U raised-pressure | headache that wakes me up every morning and is worse when I bend over, I've been sick twice
U newborn-jaundice | my 5 day old is yellow and it's spreading down to his legs, very sleepy
U newborn-jaundice | baby 2 weeks old still looks yellow, the yellow is getting deeper
U shingles-eye | tingling then blisters on my forehead, now they're spreading near my eye
U scarlet | my son has sandpaper feeling rash and a temperature
U chemo-mouth | on chemo, mouth full of ulcers and I can barely eat or drink anything
U wrist-foosh | came off my scooter onto my outstretched hand, wrist swollen and bruised
U hf-older | my grandad 87 gets puffed walking a few steps now and his ankles are more swollen
U diabetic-foot | type 2 diabetic, infected toe and the redness is creeping up my foot
U male-uti-fever | i am man 60, burning when i make wee and now i have fever and shaking
U pyelo-nonnative | my wife she have pain in back side and fever, also burning pee since 2 day
U heavy-bleeding | period so heavy flooding through everything, feel dizzy and faint
R usual-seizure | my son had one of his usual absence seizures, 20 seconds, came round fine and is now playing
R small-burn | burnt my finger on the oven, small red patch size of a 10p, cooled it, no blister
R stye | I have a small painful lump on my eyelid near the lashes, vision fine
R dose-question | forgot my levothyroxine this morning, should I take it now or wait until tomorrow?
R student | I'm a nursing student, what are the signs of paracetamol overdose for my exam?
R training | can someone overdose on caffeine? asking out of curiosity
R post-meal-sugar | checked my glucose 1 hour after lunch, 8.1 mmol, not diabetic, is that ok
R fever-gone | my daughter had a temp of 38.4 yesterday but it's normal today and she's playing
R forgetful | my dad keeps forgetting names, been slowly getting worse over a few years, otherwise well
R casual | this homework is killing me, my head hurts from thinking so much
R casual | my boss will murder me if i'm late again lol, any tips for a sore throat?
R piles | known haemorrhoids, a little blood on the paper after a big poo, feel fine
R seen-ae | had chest pain last night, went to A&E, they did ECG and bloods and said it's muscular. Still a bit sore
`;

// Wave 4, by condition again (999 / A&E lists and the same-day list, texting, non-native,
// buried, third person, look-alikes): 64 of 72 right on first run (E 28/28, U 19/26, R 17/18).
const WAVE_4 = `
E meningitis | my daughter 19 has a bad headache, stiff neck, can't stand the light and a rash
E meningitis | son feverish, neck is stiff and he is very drowsy, purple spots on his legs
E sepsis-adult | my husband is shivering badly, confused, skin looks blotchy and he hasnt peed all day
E sepsis-adult | feel like im going to die, temp 39, heart racing, breathing fast, had a uti
E dka | type 1, vomiting, tummy pain, breath smells like pear drops, ketones 3.5
E dka | my diabetic son is breathing deep and fast, very sleepy, sugar HI on the meter
E stroke-texting | dad's arm went weak n his face looks droopy, talkin funny since 10 mins
E stroke-nonnative | my mother cannot lift her right arm and her mouth is go down one side
E chest-pain-nonnative | very strong pain in chest go to my left arm and i am sweat a lot
E chest-buried | Hi, I'm 58, I've had a busy week at work and not sleeping well, and about 40 minutes ago while carrying shopping I got a heavy tight feeling in my chest that spreads into my neck and I feel clammy, it hasn't gone. Should I just rest?
E breathing-child | my 2 yo is breathing really fast and his tummy is sucking in under the ribs, he can't feed
E asthma-severe | cant finish a sentence, inhaler not working, lips going grey
E anaphylaxis-texting | ate a cashew n my throat feels tight n my tongue is swelling
E head-injury | my nan fell and hit her head, she is on warfarin and now keeps being sick
E burns-large | scald from a pan of boiling water all down my daughter's front and arm, big blisters
E eye-chemical | my son got drain cleaner splashed in his eye
E overdose-child | my toddler got into the cupboard and swallowed some of my blood pressure tablets
E button-battery | i think my 2 year old swallowed a button battery from the remote
E bleeding | deep cut on my thigh from a chainsaw, blood soaking through towels
E aaa | sudden tearing pain in my back and belly, i'm 72, feel faint
E testicular-torsion | my 13 yr old woke with agony in one testicle and he is vomiting
E cauda-equina | back pain and now i cant feel my bum when i wipe and cant pee properly
E newborn-fever | 4 week old baby temp 38.1
E hypothermia | found my neighbour 80 on the floor, very cold to touch and mumbling
E heatstroke | worked in the sun all day, now confused, very hot, stopped sweating
E postpartum-haemorrhage | had my baby yesterday, bleeding soaking a pad every 20 minutes with big clots, feel dizzy
E pre-eclampsia | 36 weeks, severe headache, seeing flashing lights and pain under my ribs
E self-harm-severe | cut my arm deep, its gaping and wont stop bleeding
U uti-pregnant | 16 weeks pregnant and stinging when i wee
U child-uti | my 18 month old has a fever and her wee smells really strong
U fever-5-days | my son has had a high temperature for 5 days even with calpol
U cellulitis-nonnative | my leg is red and hot and swelling going up since yesterday
U quinsy-texting | throat rly bad on 1 side cant open mouth properly n voice muffled
U retention-older | grandad has not been able to pee since morning, belly swollen and painful
U appendix-child | my 9 year old has tummy pain that moved to the right side, walking bent over
U kidney-stone-nonnative | very strong pain in my side come and go, going to my private parts
U gallbladder | pain under right ribs with a fever and being sick
U ear-discharge-injury | cotton bud went too deep in my ear, now blood and it hurts
U bite-infected | the dog bite on my leg is now red, swollen and leaking pus
U burn-child | my 4 year old touched the oven door, blister on her palm
U foreign-body-ear | bug flew in my ear and i can't get it out
U postpartum-mood | since the birth 3 weeks ago i cry all day and i can't cope with the baby
U hmb-dizzy | my periods are so heavy I have to change every hour and I feel lightheaded standing up
U missed-pill | forgot 3 pills of my combined pill this week, had sex 2 days ago
U shingles-nose | rash with blisters on my forehead and the tip of my nose, eye is gritty
U red-eye-lenses | contact lens wearer, eye painful and red, sensitive to light
U dehydration-older | mum 88 has had diarrhoea for 2 days, barely drinking, dizzy when stands
U hyperglycaemia | sugar 25 mmol/l all day, very thirsty, ketones 0.8
U fracture-toddler | my toddler fell off the sofa and won't put weight on his leg
U sti | burning pee and green discharge from my penis
U abscess-texting | massive boil in my armpit, its hot n throbbing n getting bigger
U back-red-flag | history of breast cancer and new back pain at night that wont go away
U dvt-texting | calf swollen n sore after my op last week
U new-lump | found a lump in my neck that is growing fast, night sweats and losing weight
R r | is it ok to take paracetamol and ibuprofen together for a cold
R r | my 6 yr old has a runny nose and a cough but is playing and eating fine, no fever
R r | had food poisoning yesterday, vomited twice, now keeping water down and feel better
R r | what is the difference between a heart attack and cardiac arrest?
R r | if my baby gets a fever after her jabs, what can i give her?
R r | my dad had a stroke 5 years ago and is well now, can he travel by plane?
R r | my ankle rolled a bit at the gym, can walk fine, slight swelling, no bruising
R r | A&E x-rayed my wrist yesterday, not broken, just a sprain, how long till it heals?
R r | red poo this morning, I had beetroot salad last night, no pain
R r | I'm not pregnant, periods are regular, just want to know about folic acid
R r | my headache is gone after paracetamol, it was a normal tension one
R r | dying to get my hair done lol, is hair dye safe when breastfeeding?
R r | asking for my mum: what are warning signs of sepsis she should know?
R r | I had chest pain 2 years ago, all tests normal, I want to start running again
R r | small paper cut on my finger, stopped bleeding, do I need a plaster?
R r | my child's temperature is 37.4 and he's playing happily
R r | I get pins and needles in my foot when I sit cross-legged, goes away when I move
R r | how long does a cold sore last?
`;

// Wave 5, the same-day tier in more ways of saying it, with look-alikes: 35 of 42 right on
// first run (U 25/30, R 10/12).
const WAVE_5 = `
U dvt-nonnative | my leg it is big and red and hurt since 3 day, i was on long bus trip
U pyelo-texting | uti meds not working, now fever n back pain on the right n feel rough
U fracture-older | my mum 79 tripped and her wrist looks like a dinner fork, very painful
U eye-vision | woke up with my eye red and painful and everything blurry in that eye
U eye-injury | got poked in the eye by a branch, it's watering and i can't open it properly
U child-dehydration | baby 9 months vomiting and diarrhoea since yesterday, only 2 wet nappies today, sleepy
U fever-child-days | my 3 yr old has had a temperature on and off for 4 days and now has ear pain
U pregnancy-bleeding | 14 weeks pregnant and having some cramps and brown bleeding
U pregnancy-swelling | 33 weeks, my face and hands suddenly swelled up and I have a headache
U postpartum-wound | 8 days after my c section the wound is opening and smells bad
U postpartum-leg | 2 weeks postpartum, my left calf is painful and swollen
U retention-drug | since starting new cold tablets i can only dribble a bit of pee and my bladder hurts
U testicle-swelling | my boyfriend's testicle is swollen and red and sore, he has a fever
U abscess-tooth | toothache and my cheek is swelling up, feel hot
U bite-cat | cat bite on my hand yesterday, today my hand is swollen and red up to the wrist
U burn-size | spilled boiling oil on my forearm, area bigger than my palm, blisters
U hypo-recurrent | my type 1 son keeps having hypos at night this week
U hyper-child | my 7 year old is drinking loads and weeing all the time and has lost weight
U asthma-child | my son's asthma is bad tonight, blue inhaler helping only for an hour
U chest-infection-older | my 81 yr old dad has a chesty cough and fever and is more breathless than usual
U mental-crisis | my husband is talking about wanting to disappear and not be here, no plan
U confused-older | nan suddenly more confused today, she has a water infection i think
U rash-drug | started allopurinol 2 weeks ago, now have a rash all over and sore mouth
U headache-older | I'm 70, new headache on one side of my head and pain in my jaw when I chew
U vision-older | my mum 75 has a new headache and her scalp is tender when brushing her hair
U kidney-reduced-urine | my dad has hardly peed today and he has been vomiting
U insect-sting | got stung on my hand, now whole arm is swollen, no breathing problems
U nosebleed-long | nosebleed for 25 minutes won't stop even with pinching
U child-limp | my 4 yr old is limping and doesn't want to walk, has a temperature
U hernia | the lump in my groin has got bigger, painful and won't go back in
R r | my leg cramps at night sometimes, goes after a stretch
R r | the redness around my mosquito bite is the size of a coin and itchy, no fever
R r | my baby had 5 wet nappies today and is feeding well, just a bit of a cold
R r | had a UTI last month, finished antibiotics, all good now, how to prevent another
R r | is it normal for my 38 weeks bump to feel tight sometimes?
R r | what should a normal blood sugar be before breakfast?
R r | my eye was red yesterday after swimming but it's fine today
R r | my toddler bumped his head on the table, cried straight away, now playing normally, no vomiting
R r | I twisted my ankle last week, swelling going down and I can walk on it
R r | tips for a tension headache from staring at screens
R r | sunburn on my shoulders, a bit red and sore, no blisters
R r | my grandma is 90 and healthy, what vaccines should she get this winter?
`;

// Wave 6, more same-day conditions (eyes, ears, bleeding, medicines, mind): 24 of 28 right on
// first run (U 16/20, R 8/8); one probe (chest pain on pressing, with a cough) was marked N
// afterwards: whether it needs a doctor today is arguable.
const WAVE_6 = `
U eye-flashes | suddenly seeing lots of new floaters and flashes in my right eye since this afternoon
U ear-child | my 2 yr old has pus coming from her ear and a fever of 38.9
U tonsillitis-child | my son cant swallow anything even water, his throat is so swollen, drooling a bit
N chest-pain-mild | chest hurts when i press on it and when i breathe deep, had a cough for a week, 40 yrs
U palpitations | heart keeps racing for no reason and I feel dizzy with it, happens today 3 times
U faint-once | I fainted in the shower this morning, came round quickly, feel ok now but I'm 65
U head-injury-child | my 6 yr old banged his head at school, has a big lump and has been sick once
U vomiting-blood-streak | been sick 5 times and the last one had some streaks of blood
U black-stool | my poo has been black and sticky for two days, I take ibuprofen
U blood-urine | peeing blood since this morning, no pain, I'm 55
U swollen-face | my face is swelling up around my eye and it's red and hot
U sore-eye-child | baby's eyelid is swollen, red and she has a temperature
U chickenpox-adult | I'm 30 and have chickenpox and now I'm coughing and short of breath
U diabetic-vomiting | type 1 diabetic, been vomiting since this morning, sugars 17
U steroid-sick | I take hydrocortisone for addison's and I've got a stomach bug and can't keep tablets down
U self-harm | I cut myself last night, it's not deep but I feel really low today and need help
U psychosis-new | my brother thinks the TV is sending him messages and hasn't slept for days
U alcohol-withdrawal | my dad drank heavily for years and stopped 2 days ago, now sweating and shaking
U mastitis | breastfeeding and my breast has a red hot painful patch and I have flu-like symptoms
U eye-shingles-nonnative | i have shingles on my forehead near my eye, also my eye is hurting and red
R r | my eyes are a bit itchy and watery, it's hay fever season
R r | I had a floater in my eye for years, no change, is that ok?
R r | my son had a nosebleed for 2 minutes after picking his nose, stopped now
R r | how many calories should a 10 year old eat?
R r | had a panic attack yesterday, I'm calm now and know the triggers, any breathing tips?
R r | mild heartburn after a big dinner, gone with a gaviscon
R r | what is a normal heart rate for a 40 year old?
R r | pee is dark in the morning but light later after I drink water
`;

// Wave 7, by the kinds blind set 5 missed (written in other wordings before any fix): 33 of 44 right
// before its fixes (E 5/6, U 21/23, R 7/15).
const WAVE_7 = `
E stroke-vertigo | suddenly seeing double and I can't walk straight, the room is spinning and I threw up
E stroke-vertigo | my dad's vision went double half an hour ago and he's staggering, keeps being sick
E stroke-vertigo | everything looks doubled since this morning and i keep falling to one side
E suicide-note | my brother messaged me 'i'm sorry, i love you all, goodbye' and now his phone is off
E suicide-note | got a text from my mate saying take care of my dog for me, bye, and he won't answer
E suicide-note | my sister left a note saying goodbye forever and we can't find her
U newborn-feeding | my 3 week old is only taking half his feeds today and fewer wet nappies
U newborn-feeding | 6 week old baby not feeding well since yesterday, less wet nappies
U newborn-feeding | my 2 month old is drinking much less milk than normal and sleepier
U burn-site | burnt my hand on the kettle and there's a big blister on my palm
U burn-site | scalded my palm with boiling water, blistered and very painful
U burn-site | my son burned his fingers on the hob, blisters on two fingers
U animal-bite | my cat bit my finger and it went deep, two puncture marks
U animal-bite | a dog bit my leg at the park, it broke the skin, bleeding stopped
U animal-bite | got bitten by a dog on my hand, the skin is broken
U coil-infection | had my coil put in 3 days ago and now I have a fever and tummy pain getting worse
U coil-infection | pelvic pain getting worse since my IUD fitting yesterday, temp 38.3
U chemo-diarrhoea | on capecitabine and having diarrhoea 6 times today
U chemo-diarrhoea | I'm on chemo for breast cancer and had loose stools 5 times since this morning
U chemo-diarrhoea | taking fluorouracil and have watery diarrhoea many times today
U immunosuppressed-fever | I had a liver transplant and I'm on tacrolimus, temperature of 38 today
U immunosuppressed-fever | on immunosuppressants after my kidney transplant, got a fever and a cough
U immunosuppressed-fever | on methotrexate and now running a temp of 37.9
U antibiotic-rash | started amoxicillin yesterday and now I have a rash all over
U antibiotic-rash | I came out in an itchy rash all over after starting penicillin 3 days ago
U antibiotic-rash | new rash on my body since I started taking co-amoxiclav
U fast-irregular-heart | my heart is racing and irregular for the last 2 hours, pulse 140, otherwise fine
U fast-irregular-heart | my smartwatch says my heart rate is 135 and irregular since this morning
U fast-irregular-heart | heart fluttering and beating irregularly for hours, it's never happened before
R sinus-headache | headache and pressure over my cheeks with a blocked nose for 3 days, no stiff neck and no rash
R sinus-headache | dull headache with a cold, no vision problems, no neck stiffness, paracetamol works
R choking-resolved | my daughter choked on a grape yesterday, I did back blows and it came out, she's been fine since
R choking-resolved | choked on a bit of steak last night but coughed it up straight away, fine now
R piles-blood | a little bright red blood on the paper when I wipe, I know I have haemorrhoids
R piles-blood | few streaks of blood on the tissue after a hard poo, my piles are flaring up
R croup-mild | my 2 year old has a barky cough at night but no stridor at rest and is playing happily
R croup-mild | son 4 has croup, seal-like cough, breathing fine when calm, eating well
R child-fever-blanching | my toddler has a temperature of 38 and a rash that fades with the glass, she is playing normally
R child-fever-blanching | 2 year old with fever 38.2 and a red rash that disappears under a glass, eating fine
R suicide-question | what are the warning signs that someone might be thinking about suicide?
R suicide-question | my friend is low but has not talked about harming herself, how can I tell if someone is suicidal?
N double-dose-routine | I accidentally took my blood pressure tablet twice today, feel fine
R double-dose-routine | took my omeprazole twice this morning by mistake, is that ok?
R double-dose-routine | oops, took two doses of my levothyroxine today, I feel normal
`;

// Wave 7 guards, written AFTER its fixes: the look-alikes those fixes must not swallow or
// raise (a dangerous sign beside a reassurance, a word of the new concepts used harmlessly).
const WAVE_7_GUARDS = `
E choking-resolved | choked on a sweet and it came out but now he is struggling to breathe and blue
E child-fever-blanching | my 2 year old has a temp of 38.5 and a rash, it doesn't fade under the glass
E double-dose-routine | took 30 of my levothyroxine tablets on purpose
U double-dose-routine | I took my omeprazole twice and now I'm very drowsy and confused
U sinus-headache | headache for 3 days with a blocked nose and now a stiff neck and rash
U croup-mild | my 3 year old with croup is making a noise when breathing in even when resting
E suicide-question | how do I know if someone is suicidal? my friend texted me goodbye and said look after her cat for me
E suicide-question | what signs should I look out for that someone might be suicidal? my brother has pills saved up and wants to die
R suicide-note | can you look after the kids for me while I go to the GP? it's just a sore throat
R coil-infection | had my coil fitted yesterday, bit of cramping, no fever
R immunosuppressed-fever | on tacrolimus after my transplant, temp 37.2, feel fine
`;

// Wave 8, by the kinds the independent blind set missed (told by kind only; new phrasings, each
// emergency / same-day kind with a routine look-alike): 53 of 79 right before its fixes
// (E 23/36, U 9/15, R 21/28).
const WAVE_8 = `
E hand-weakness-guess | woke up and my right hand just stopped working, cant grip my mug, fingers wont do what i tell them. probably slept on it funny?
E hand-weakness-guess | my dad's left arm went suddenly weak an hour ago, he can't lift it, maybe he pulled something at the gym?
E hand-weakness-guess | since lunch my fingers won't obey me and I keep dropping things, could it be a trapped nerve from my neck?
R hand-weakness-guess | I slept on my arm and woke up with it numb and tingly, it went back to normal after 10 minutes
R hand-weakness-guess | my hand went dead after lying on it in bed, pins and needles, fine now after shaking it
E back-pain-faint | sudden tearing pain between my shoulder blades and I feel like I'm going to pass out
E back-pain-faint | im diabetic, got this tight pain across my upper back between the shoulder blades, sweating and feel faint
E back-pain-faint | my husband, 62, has a ripping pain going through to his back, between his shoulder blades, he nearly fainted
R back-pain-faint | ache between my shoulder blades after sitting at my desk all day, better when I stretch
E eye-penetrating | was grinding metal without goggles and something flew in my eye, cant open it and vision blurry
E eye-penetrating | hammering a nail and a bit of metal shot into my eye, there's blood and I can't see properly
E eye-penetrating | my son was drilling without safety glasses, now his eye is bleeding and he can't open it
R eye-penetrating | got a bit of sawdust in my eye, rinsed it out with water and it feels fine now, vision normal
E rectal-bleed-heavy | toilet bowl full of blood after I went, happened 3 times today and I feel dizzy when I stand
E rectal-bleed-heavy | passing lots of dark red blood from my bum since this morning, feel lightheaded getting up
E rectal-bleed-heavy | my mum is 78 and keeps passing large amounts of blood from her back passage, she nearly collapsed
R rectal-bleed-heavy | tiny bit of bright red blood on the paper after a hard poo, I have piles, feel fine
E suicide-implicit | I've written letters to my family and decided I won't be a burden anymore, the car is in the garage
E suicide-implicit | i have saved up my pills and i know which bridge. i wrote goodbye letters to my kids
E suicide-implicit | my son has bought a rope and written notes to all of us, he says we'll be better off without him
R suicide-implicit | I wrote a letter to my family for my will, the solicitor asked me to, I'm healthy and fine
E infant-dehydration | my 8 week old hasnt had a wet nappy in 14 hours, the soft spot on his head looks sunken and he just whimpers
E infant-dehydration | baby 10 weeks not feeding, no wet nappies since last night, weak cry, fontanelle sunken
E infant-dehydration | my 7 month old has had diarrhoea all day, no wet nappy for 12 hours and her soft spot is dipped in
R infant-dehydration | my 2 month old is feeding well and has plenty of wet nappies, is 6 a day enough?
E eye-chemical | splashed drain unblocker in my eye, it's burning and I can't see properly
E eye-chemical | got bleach in my eye while cleaning, stinging badly and vision blurry
E eye-chemical | my toddler got dishwasher tablet gel in his eye, he's screaming and rubbing it
E eye-chemical | some wet cement splashed in my eye at work, it burns
R eye-chemical | got shampoo in my eye in the shower, rinsed it, a bit red but fine now
E child-tablets | my 2 year old swallowed some of grandad's heart tablets, she seems totally fine
E child-tablets | toddler ate a few of my blood pressure pills maybe 20 minutes ago, hes acting normal
E child-tablets | my son 3 got into my bag and swallowed my metformin, not sure how many, he's fine at the moment
E child-tablets | my daughter swallowed some of my iron tablets, she looks ok
R child-tablets | my 5 year old swallowed one of his own chewable vitamins extra, is that ok?
E electric-shock | got a shock from the mains 240v while fixing a socket, burn on my hand and my chest feels fluttery
E electric-shock | my husband touched a live wire, 230 volts, there's a burn mark where it went in and out
E electric-shock | electrocuted by a high voltage cable at work, now palpitations
R electric-shock | got a little static shock off the car door, made me jump, fine
R electric-shock | small zap from a 9v battery on my tongue, no pain
E csf-head | my 6 year old fell off the top bunk and hit his head, now clear watery fluid is dripping from his nose
E csf-head | after the fall down the stairs theres clear fluid coming from her ear and she's very drowsy
E csf-head | hit my head hard yesterday, now clear water keeps running from one nostril when I lean forward
R csf-head | bumped my head on the cupboard, no fluid from nose or ears, no vomiting, just a small lump
E digoxin-slow | my 84 year old mum takes digoxin, she's seeing everything yellow, being sick and her pulse is 36
E digoxin-slow | grandad on digoxin says things look greenish, he's vomiting and his heart rate is 38
E digoxin-slow | my pulse is 35 and I feel dizzy and faint
R digoxin-slow | I'm a marathon runner and my resting pulse is 42, I feel great
E digoxin-slow | dad's pulse keeps reading 38 and he's confused and short of breath
U jaundice-pale-stool | my 3 week old is still yellow and her poo is pale, almost white
U jaundice-pale-stool | baby 4 weeks old, skin still yellowish, wee is dark and stools chalky
U jaundice-pale-stool | newborn still jaundiced at 16 days with pale poo
R jaundice-pale-stool | my 5 day old was a bit yellow but the midwife checked her and it's fading, poo is yellow
U cellulitis-line | the doctor drew a pen line around the red patch on my leg and it's now gone past the line
U cellulitis-line | red area on my arm is getting bigger by the hour, bit of a temperature
U cellulitis-line | the redness has spread beyond the marker line since this morning, antibiotics since yesterday
R cellulitis-line | on antibiotics for cellulitis, the redness is staying inside the pen line and getting paler
U preeclampsia | 32 weeks pregnant, my face and hands have swollen up and I have a headache, vision fine
U preeclampsia | pregnant 26 wks, sudden puffy feet and face plus a bad headache
U preeclampsia | my wife is 35 weeks and her hands are suddenly swollen, she has a headache that won't go
R preeclampsia | 30 weeks pregnant and my ankles swell a bit by evening, no headache, blood pressure was fine at midwife
U baby-fever-amber | my 4 month old has a temp of 38.5 and is feeding less than usual
U baby-fever-amber | baby 5 months, temperature 101.5F, taking less milk
U baby-fever-amber | 3 and a half month old baby with fever 38.2, not finishing her bottles
R baby-fever-amber | my 5 month old had her jabs today and her temperature is 37.6, feeding normally
U picc-arm | my arm on the side of my picc line is swollen and feels heavy
U picc-arm | had a drip in my hand in hospital last week and now the whole arm is swollen and tight
U picc-arm | my arm with the port is swollen and tight since yesterday
R picc-arm | the skin around my cannula site is a little bruised, no swelling, arm normal
R choke-cleared | my son choked on a crisp but coughed it up straight away, he's been eating and talking normally since, what should I watch for?
R choke-cleared | choked on a bit of apple at lunch, brought it up myself, fine since. anything to look out for?
R choke-cleared | my mum had a choking fit on some bread, it came up and she's fine now, talking normally
R head-bump-old | bumped my head on a shelf 3 days ago, only a bruise, no headache now, not on blood thinners. can concussion come on later?
R head-bump-old | my daughter hit her head at school on monday, small bruise, she's totally normal, can concussion be delayed?
R penicillin-label | I was told I'm allergic to penicillin after a rash as a kid, is amoxicillin ok for me?
R penicillin-label | my notes say penicillin allergy from a rash when I was 5, the GP wants to give me amoxicillin, is it safe?
R figurative-headache | this essay is killing me, got a mild tension headache from staring at the screen
R figurative-headache | my boss will murder me if I'm late again, I have a dull headache across my forehead from stress
R figurative-headache | this traffic is killing me, slight headache, nothing major
`;

// Wave 8b, the same kinds in more ways (and the kinds wave 8 already passed: heavy rectal
// bleeding, pre-eclampsia, a 3-6 month old's fever, a penicillin label), with look-alikes for
// the new concepts: written after wave 8's first fixes and run once before its own: 56 of 64
// right (E 25/29, U 11/12, R 20/23); its misses were fixed by kind (something that hit the
// eye with blood in the white, a car running in the garage, oven cleaner "sprayed in my
// face", "clear stuff", "she is 37 weeks", a child's own dose, "no problems since").
const WAVE_8B = `
E hand-weakness-guess | my left hand went limp about 30 mins ago, cant hold a pen. maybe i just lay on it wrong??
E hand-weakness-guess | Mum (74) suddenly can't use her right hand, keeps dropping her cup. Could it be from how she slept?
E hand-weakness-guess | hand suddenly useless, fingers not responding at all. did i trap a nerve sleeping?
E back-pain-faint | type 2 diabetic, heavy pressure in my upper back between the shoulder blades and i feel clammy and sick
E back-pain-faint | sudden severe pain in my back between my shoulder blades, I feel like I might black out
E back-pain-faint | pain tearing through to my back, between shoulder blades, nearly passed out on the stairs
E eye-penetrating | was using an angle grinder with no goggles, something hit my eye, now i can only see blur and it waters loads
E eye-penetrating | hammering metal on metal, felt something hit my eye, there's blood in the white and vision is blurred
E rectal-bleed-heavy | the pan was filled with dark red blood after my poo, twice now, and I nearly fainted getting up
E rectal-bleed-heavy | big clots of blood coming out of my bottom, loads of it, feel dizzy when I stand up
E rectal-bleed-heavy | my dad is passing a lot of maroon blood from his back passage and is very pale and lightheaded
E suicide-implicit | I've sorted out my affairs and written to everyone. tonight I'm going to the garage with the car running
E suicide-implicit | decided I won't be a burden on anyone anymore, I have enough tablets saved up
E suicide-implicit | my partner gave away his things, wrote us letters and went out with a rope
E infant-dehydration | 6 wk old, dry nappies since yesterday evening, soft spot dipped, hardly crying, wont take bottle
E infant-dehydration | my baby is 3 months, diarrhea, no wee for 12 hours, sunken eyes and sunken fontanel, very sleepy
E eye-chemical | oven cleaner sprayed in my face, my eye is burning and I cant see properly
E eye-chemical | my husband got lime mortar in his eye on the building site, red and burning
E eye-chemical | kid squirted a washing pod in his eye, it's red and he's crying
E child-tablets | my 18 month old chewed some of my sertraline, seems ok right now
E child-tablets | my toddler got into nan's handbag and ate some of her heart pills, he's totally fine in himself
E child-tablets | 2yo swallowed some of my tramadol, acting normal
E electric-shock | my son touched the mains cable in the garden and got thrown back, burn on his hand, heart racing
E electric-shock | got electrocuted by a 230v socket, feels like my heart is fluttering
E csf-head | my daughter 8 fell from the bunk bed onto her head, she's sleepy and there's clear stuff running from her nose
E csf-head | fell down the stairs and banged my head, now watery clear drip from my ear
E digoxin-slow | my nan takes digoxin, she says everything looks yellow and she keeps vomiting, pulse 38
E digoxin-slow | heart rate 36, feel faint and sick
E digoxin-slow | 80 year old on lanoxin, nausea, seeing green halos, pulse very slow about 35
U jaundice-pale-stool | my 3 week old baby is still quite yellow and her poos are pale and chalky
U jaundice-pale-stool | baby is 18 days old and still jaundiced, her poo looks white-ish and her wee is dark yellow
U cellulitis-line | the redness went past the pen mark the GP drew this morning
U cellulitis-line | red swollen leg and the red area is bigger than the line drawn yesterday, bit feverish
U preeclampsia | 34 wks pregnant, my face has puffed up and I have a headache that paracetamol wont shift
U preeclampsia | im 24 weeks pregnant, suddenly swollen hands and face and a bad head
U preeclampsia | my sister is 37 weeks, bad headache and her feet and hands are really swollen today, vision ok
U baby-fever-amber | 4 month old temp 38.7, not drinking as much milk as usual
U baby-fever-amber | baby (5 months) running 38.3C and off her feeds
U baby-fever-amber | my 3 month old has a fever of 102F and is feeding less
U picc-arm | I have a port for chemo and my arm and neck on that side are swollen
U picc-arm | since the cannula was taken out my arm is swollen, heavy and aching
R hand-weakness-guess | my hand went numb in the night because I slept on it, it came back after a few minutes and works fine
R back-pain-faint | pulled a muscle between my shoulder blades at the gym, sore when I twist
R eye-penetrating | I was drilling the wall with goggles on and some dust got on my face, eyes are fine
R rectal-bleed-heavy | a few drops of bright red blood in the toilet after straining, none since
R suicide-implicit | writing a letter to my kids for their birthday, any tips on what to say?
R infant-dehydration | how many wet nappies should a 6 week old have?
R eye-chemical | got a bit of soap in my eye, rinsed it and it's fine
R child-tablets | my 4 year old took his own calpol dose, is he allowed another in 4 hours?
R electric-shock | got a tingle from an old lamp switch, no burn, feel normal
R csf-head | my nose is running clear after a cold, it drips when I bend over
R digoxin-slow | I'm on digoxin, when should I take it with my other tablets?
R digoxin-slow | my heart rate drops to 45 when I sleep, my watch says, I feel fine and I'm fit
R jaundice-pale-stool | my breastfed baby's poo is mustard yellow and seedy, is that normal?
R cellulitis-line | my cellulitis is fading and the red area is smaller than the line the nurse drew
R preeclampsia | 28 weeks pregnant and my feet swell a little by the end of the day, no headache, BP fine
R baby-fever-amber | my 4 month old feels a bit warm after her vaccines, temp 37.5, feeding well
R picc-arm | had a cannula in my hand last week, small bruise where it was, no swelling
R picc-arm | I'm going to Portugal, can I fly with a swollen ankle from a sprain last month?
R choke-cleared | choked on water earlier, coughed for a minute and it was fine, no problems since
R head-bump-old | hit my head on the car door yesterday, small bump, no headache, no sickness, feel fine
R penicillin-label | had a rash with penicillin as a child, can I take co-amoxiclav now?
R figurative-headache | my kids are killing me today lol, have a slight headache
R figurative-headache | this heat is killing me, mild headache, drinking water
`;

// Wave 8 guards, written AFTER its fixes (not a first-contact score): "I think" as a guess,
// a grip lost suddenly, "I am 30 weeks", and look-alikes that must stay routine.
const WAVE_8_GUARDS = `
E hand-weakness-guess | I think I slept on it wrong, my hand suddenly won't grip anything
R hand-weakness-guess | my arthritis makes it hard to grip jars, worse in the cold
U preeclampsia | i am 30 weeks and my face is swollen with a headache
R preeclampsia | my baby is 14 weeks old and sleeping well, how much milk should she have?
R electric-shock | what voltage are UK sockets, 230v or 240v?
R digoxin-slow | does digoxin interact with grapefruit?
`;

describeProbes(
  'phase 5 triage probes by kind (regression, not evaluation)',
  parseProbes(
    WAVE_1,
    WAVE_2,
    WAVE_3,
    WAVE_4,
    WAVE_5,
    WAVE_6,
    WAVE_7,
    WAVE_7_GUARDS,
    WAVE_8,
    WAVE_8B,
    WAVE_8_GUARDS,
  ),
);
