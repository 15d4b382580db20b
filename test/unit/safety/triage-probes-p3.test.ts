// Probes for the kinds an independent blind set missed in phase 3 (told by kind only, never by
// sentence). Written and run once BEFORE any rule was changed for them (before figure in the
// commit message and the report); then the concept layer was fixed by kind. Like
// triage-probes.test.ts this is a regression guard, NOT an evaluation (that is fresh-set/).
// One line each: the level wanted, the kind, a bar, the text.
//   E emergency   U urgent or above   X urgent exactly (not emergency, not routine)
//   N not emergency (urgent or routine)   R routine
import { describeProbes, parseProbes } from './probe-harness';

const PROBES = `
E stroke-vision | suddenly cant see the left half of anything and the words wont come out right, probably just a weird migraine
E stroke-vision | my husband 70 lost the right side of his vision an hour ago and keeps saying the wrong words for things
E stroke-vision | half my eyesight went all of a sudden n i cant find my words, never had a migraine before
E stroke-vision | mum says she can only see half the page since lunch and she is struggling to find words, she thinks its a funny migraine
E magnets | my 3 year old swallowed two little magnets from his brothers toy, he is fine and playing
E magnets | toddler ate some of those small magnetic balls, maybe 3, no symptoms yet
E magnets | I think my daughter (6) swallowed a couple of tiny magnets off the fridge set, she seems ok
E magnets | kid swalowed 2 magnet beads from a fidget toy an hour ago, acting normal
E necfasc | small cut on my leg yesterday but the pain is way worse than it looks, skin going purple and swelling spreading every hour, feel really ill
E necfasc | my dad has a little scratch on his arm but the pain is unbearable and the skin around it is turning dark and the swelling is spreading fast, he feels terrible
E necfasc | tiny wound on thigh, pain out of all proportion, skin turning dusky purple, spreading hour by hour, feverish and shaky
E necfasc | the area round my insect bite went black and purple in a few hours, agony, feel very unwell and dizzy
E scald-child | my 18 month old pulled a cup of hot tea onto his chest, the burn is bigger than my hand
E scald-child | toddler scalded her tummy with boiling water from the kettle, large red area, bigger than her hand, she is screaming
E scald-child | my 2 yr old spilt hot soup on his belly and chest, big patch of skin red and blistering
E scald-child | baby grabbed the kettle cord, hot water over chest and arm, the burn area is bigger than his palm
E neck-spinal | fell off a ladder onto my neck and now both my arms are tingling and numb
E neck-spinal | my son landed on his head and neck diving into the pool, now says his arms feel numb and tingly
E neck-spinal | slipped on ice and hit my neck hard, pins and needles down both arms since
E neck-spinal | grandad fell backwards and hurt his neck, now his hands are numb and weak
E cord-compression | I have prostate cancer and my legs have gone weak over two days, with a band of pain around my chest
E cord-compression | my mum has breast cancer that spread, now her legs are weak and she has pain going round her body like a belt
E cord-compression | known lung cancer, new back pain wrapping round my ribs like a band, legs feel wobbly and weak
E cord-compression | on treatment for myeloma, cant walk properly today, legs heavy and weak, back pain radiating round to the front
E ligature-goodbye | my brother sent me a goodbye text and he has a rope in his room
E ligature-goodbye | friend just messaged saying goodbye, thanks for everything, and she has a belt and a door handle
E ligature-goodbye | my son texted sorry for everything, love you all, and i know he has a cord in his room
E ligature-goodbye | got a text from my dad saying goodbye, he has been talking about hanging himself and there is rope in the garage
E regret-overdose | took all my tablets an hour ago and now i regret it, ears ringing
E regret-overdose | I swallowed the whole box of aspirin about an hour ago, I dont want to die now, my ears are buzzing
E regret-overdose | i took all my pills 2 hours ago. i changed my mind. feel sick
E regret-overdose | my girlfriend took all her antidepressants tonight and now she is scared and says sorry
E teen-plan | found a note from my 15 year old, she has written a plan to kill herself on friday
E teen-plan | my son's diary says he will end it on his birthday next week and how he will do it
E teen-plan | I found my daughter's note, she has worked out how and when she will take her life
E teen-plan | my 14 yo wrote down a date and a plan to end his life, he says it was a joke
X fracture | fell on my ankle, it is swollen over the bone and I cannot take 4 steps
X fracture | fell on my outstretched hand yesterday, pain when I press the anatomical snuffbox
X fracture | my forearm is swollen and blue and I cant turn my hand over since I fell 3 days ago
X fracture | twisted foot playing football, bony bit on the outside of the foot very tender and cant bear weight on it
X cellulitis | redness has spread past the pen line I drew this morning, hot and sore
X cellulitis | red patch on my shin is getting bigger, hot to touch, spread beyond the marker line
X cellulitis | the red skin round my cut is spreading up my arm, warm and painful
X cellulitis | my leg infection, red, hot, swollen and bigger than yesterday
X passive-suicidal | sometimes i wish i wouldn't wake up, no plan, but i'd like to talk to someone soon
X passive-suicidal | I keep thinking everyone would be better off if I wasn't here, I would never do anything but I need to talk to someone today
X passive-suicidal | been having thoughts of not wanting to be alive, nothing planned, can I speak to someone
X passive-suicidal | my husband says he sometimes wishes he was dead, he has no plan, how do we get him seen soon
U travel-diarrhoea | back from india 3 days ago, bloody diarrhoea and stomach cramps
U travel-diarrhoea | after my trip to mexico I have had diarrhea with blood in it since yesterday
U travel-diarrhoea | my son got back from Egypt, now watery poo with blood, temperature 38
U travel-diarrhoea | bloody runs since coming home from holiday in thailand
U hyperemesis | 10 weeks pregnant, cant keep even water down, hardly weeing and its dark
U hyperemesis | pregnant and vomiting everything, even sips of water come back up, wee is dark brown
U hyperemesis | my wife is 8 weeks pregnant and has been sick all day and night, cant hold down fluids, barely peed today
U hyperemesis | morning sickness so bad i cant keep anything down for 24 hours, pee very dark
U sudden-hearing | woke up deaf in my right ear, no pain, no cold
U sudden-hearing | sudden hearing loss in one ear overnight with ringing
U sudden-hearing | my left ear went muffled and i cant hear out of it since this morning, happened suddenly
U sudden-hearing | mum lost the hearing in one ear over night, no wax, no infection
U diabetic-foot | diabetic with a sore on the bottom of my foot that isnt healing
U diabetic-foot | my dad is diabetic and has an ulcer on his big toe, it smells a bit
U diabetic-foot | type 2 diabetes, open wound on my heel for 2 weeks
U diabetic-foot | diabetic foot ulcer, red around it now
U agranulocytosis | on carbimazole and got a sore throat and fever today
U agranulocytosis | my son takes clozapine, now has a temperature and sore throat
U agranulocytosis | I take methotrexate for arthritis, mouth ulcers and sore throat and feel feverish
U agranulocytosis | started carbimazole last month, throat very sore and i feel hot and shivery
U chemo-diarrhoea | having chemotherapy and got diarrhoea 5 times today
U chemo-diarrhoea | my wife is on chemo and has had loose stools all day
U chemo-diarrhoea | on capecitabine for bowel cancer, diarrhea 6 times since morning
U chemo-diarrhoea | dad had chemo last week, now the runs since yesterday
U pep | condom split with a partner who has HIV last night, do I need PEP
U pep | had unprotected sex with someone who might be HIV positive yesterday, what do I do
U pep | nurse here, needlestick injury from a patient with HIV an hour ago
U pep | I was sexually assaulted last night, worried about HIV
U antiepileptic | run out of my epilepsy tablets, last dose yesterday
U antiepileptic | ran out of levetiracetam and the pharmacy is closed
U antiepileptic | my son has epilepsy and we've run out of his lamotrigine
U antiepileptic | no more seizure meds left, missed today's dose
U inr-high | my INR is 8 on warfarin, no bleeding
U inr-high | mum's INR came back at 7.5, she is not bleeding, what should we do
U inr-high | INR result 9 today, feel fine
U inr-high | inr way too high at 6.8, on warfarin for AF
U alcohol-withdrawal | stopped drinking yesterday after a bottle of vodka a day, now shaky and sweaty
U alcohol-withdrawal | I drink heavily every day and stopped 2 days ago, hands shaking, sweating and anxious
U alcohol-withdrawal | my husband drinks 10 cans a day and quit this morning, now trembling and sweating
U alcohol-withdrawal | giving up the booze cold turkey after years of daily drinking, the shakes started
U child-uti | my 2 year old has a fever and cries when she wees
U child-uti | toddler 38.5 temp and his nappies smell really strong
U child-uti | my 18 month old has a temperature and the wet nappies stink, seems to hurt when she pees
U child-uti | daughter 3 has high temp and says it burns when she pees
U child-t1dm | my 8 year old is drinking loads and weeing all the time and has lost weight
U child-t1dm | son 10 always thirsty, up at night to pee, getting thinner
U child-t1dm | my daughter is drinking lots, peeing lots and has lost weight in the last month, very tired
U child-t1dm | kid constantly thirsty and wetting the bed again, weight dropping
U heart-failure | my dad 80 has more swollen ankles and gets out of breath walking to the shops now
U heart-failure | mum has heart failure, ankles more swollen this week and breathless walking
U heart-failure | grandma's legs are more puffy and she gets breathless on the stairs now, new
U heart-failure | older man, swelling in both ankles getting worse and new breathlessness when walking
U adult-dehydration | dizzy when I stand up, dark urine, can only keep sips down after a stomach bug
U adult-dehydration | been vomiting for 2 days, can only keep small sips down, very little wee and dark
U adult-dehydration | my wife cant keep fluids down, dizzy standing, dark pee
U adult-dehydration | gastro, lightheaded on standing and havent peed since morning
U chickenpox-preg | I'm 20 weeks pregnant and my nephew has chickenpox, I never had it
U chickenpox-preg | pregnant and was around a child with chickenpox yesterday, not immune
U chickenpox-preg | 14 weeks pregnant, exposed to chicken pox, never had it as a child
U chickenpox-preg | pregnant, my son has chickenpox, i had a blood test and i'm not immune
R topic-words | our dinner talk is all heart attacks and overdoses, my in-laws are nurses
R topic-words | what should I keep in a first aid kit for burns, bleeding and choking
R topic-words | I'm writing a school project about strokes and heart attacks
R topic-words | my book club is reading a novel about a suicide, how do I talk about it with teens
E topic-words | my dad is having a heart attack, crushing chest pain and sweating
E topic-words | she took an overdose of her pills an hour ago
R negated-harm | I don't have any thoughts of harming myself or her, just really tired with the new baby
R negated-harm | no thoughts of suicide or self harm, I just feel low about my job
R negated-harm | never had any thoughts of hurting myself, I'm asking about sleep
R negated-harm | I have no wish to end my life, but I'm stressed
E negated-harm | i have thoughts of harming myself and i have the pills ready
E negated-harm | i want to kill myself tonight
R trivial-dose | did I overdose lol, 3 paracetamol today
R trivial-dose | took 2 ibuprofen and 2 paracetamol today, is that too much?
R trivial-dose | accidentally had 3 paracetamol instead of 2, feel fine
R trivial-dose | did i take too much, had 4 paracetamol over the whole day
E trivial-dose | took 30 paracetamol this morning
R usual-seizure | my son had one of his usual seizures, we followed his care plan and he is back to himself
R usual-seizure | my daughter with epilepsy had her typical fit this morning, 1 minute, fully recovered now
R usual-seizure | had my normal seizure last night, lasted a minute, recovered completely, per my care plan
E usual-seizure | my son's seizure has lasted 6 minutes and he is not stopping
E usual-seizure | first ever fit, my wife is shaking on the floor
R normal-sugar | my sugar was 7.8 mmol/L 2 hours after dinner, is that ok?
R normal-sugar | after meal glucose 140 mg/dl, normal?
R normal-sugar | post meal sugar 7.8, fasting was 5.2
E normal-sugar | my sugar is 2.1 and I'm confused and shaky
R orthostatic | I get a bit light-headed for a second when I stand up quickly, never faint
R orthostatic | head rush when i get up fast, goes in a few seconds, never passed out
R orthostatic | momentary dizziness standing up, otherwise well
E orthostatic | I fainted and now have chest pain and my heart is racing
R minor-head-bump | my 4 year old bumped her head on the table 2 hours ago, small lump, she is completely herself
R minor-head-bump | toddler knocked his head on the floor, cried straight away, now playing normally 2 hours later
R minor-head-bump | son bumped head at school, no vomiting, acting normal, small bruise
E minor-head-bump | my son hit his head and has vomited 3 times and is very sleepy
R tiny-burn | touched the oven tray, small red mark on my finger, no blister
R tiny-burn | tiny burn from the iron, about a coin size, no blister, stings
R tiny-burn | burned my finger on the pan, just red, no blistering
E tiny-burn | my 2 year old pulled boiling water over himself, big burns on his chest and arms
R past-fever | My son had a mild temperature of 37.9 last week which went away after a day. He is now completely well, eating and playing. I wanted to ask about when he can start swimming lessons and whether he needs any vaccines before we travel abroad in the summer.
R past-fever | last weekend my daughter was a bit hot, 38 for a day, better now. She is running about. What age can kids have ibuprofen and paracetamol together?
R past-fever | had a low fever a few days ago, gone now, feeling fine, question about my vitamin D
E past-fever | my baby is 6 weeks old and has a temperature of 38.4 now
N mastitis | breastfeeding mum, my breast is red and sore and I have a fever of 38.5, baby is 3 weeks old
N mastitis | I am breastfeeding my 6 week old, hot painful lump in breast and temp 38.6
N mastitis | mastitis I think, fever and red wedge on my breast, feeding my 2 week old baby
E mastitis | my 3 week old baby has a fever of 38.5
X metal-eye | grinding metal and I think a bit flew into my eye, it feels scratchy, vision ok
X metal-eye | metal fragment in my eye from drilling, sore and watering
X metal-eye | bit of metal in eye at work, can still see fine
E metal-eye | metal flew into my eye and now i cant see out of it
E metal-eye | splashed bleach in my eye
X bells-palsy | my whole left side of face has dropped including my forehead, cant close my eye, arms and speech fine
X bells-palsy | woke up with half my face drooping, cant wrinkle my forehead on that side, no weakness elsewhere
X bells-palsy | face droop one side since this morning including forehead, speaking normally, arms and legs fine
E bells-palsy | my mum's face is drooping on one side and her arm is weak and speech slurred
X superficial-self-harm | I cut myself last night, superficial, cleaned it, want help today
X superficial-self-harm | self harmed again, small scratches on my arm, cleaned them, can I talk to someone today
X superficial-self-harm | my daughter has been cutting her arms, shallow cuts, cleaned, we want help today
E superficial-self-harm | i cut my wrist deep and it wont stop bleeding
X ssri-thoughts | started sertraline 2 weeks ago and having new thoughts of harming myself, no plan, I'm with my family
X ssri-thoughts | since starting fluoxetine I've had thoughts about self harm, no plan, my husband is with me
X ssri-thoughts | my son on citalopram has new thoughts of hurting himself, no plan, we are with him
E ssri-thoughts | on sertraline and I'm going to kill myself tonight, I have a plan
`;

// Wave 2: new phrasings of the same kinds, written after wave 1's fixes and run once before
// any change for them (figure in the commit message and the report).
const WAVE_2 = `
E stroke-vision | my dad 74 keeps bumping into things on his left since this afternoon and he cant think of the names of things, he says its one of his migraines but he never gets them
E stroke-vision | i suddenly lost part of my vision on the right side and when i talk the words come out wrong, 20 min ago
E stroke-vision | wife she cannot see the left side of things from one hour and she is searching for the words, she say it is migraine
E stroke-vision | Was reading my book this evening when half of the page just vanished, and now I'm struggling to get my words out. Had migraines years ago but never like this. Should I just sleep it off?
E magnets | my boy swallowed 3 magnets from a building set about an hour ago, he seems totally fine
E magnets | pretty sure my 4yo ate two of those magnetic balls from his sisters desk toy
E magnets | toddler swallowd magnets (2 or 3 tiny ones), not in pain
E magnets | my daughter is 7 and she swallowed two small round magnets by accident, no tummy ache
E necfasc | My husband cut his hand at work yesterday, only a small nick, but today the pain is unbearable, his hand is swelling up and the skin is going purple. The redness is spreading up his arm as we watch and he is shivering and feels awful.
E necfasc | after my op the wound is small but pain is extreme, the skin near it turned dark blue-black and swelling moves fast, i feel very very ill
E necfasc | graze on knee from fall, now leg massively swollen within hours, pain way out of proportion, dark patches on skin, vomiting
E necfasc | small blister on my foot, now the whole foot is dusky purple and spreading by the hour, fever and feel like im dying
E scald-child | my 14 month old knocked over my coffee, scalded his chest and tummy, big area bigger than his hand, blistering
E scald-child | daughter 3 got boiling water down her front from the pan, red raw skin across her chest the size of two hands
E scald-child | baby got hot bath water burn on belly and legs, large area
E scald-child | my kid pulled the kettle down, burns all over his chest, crying lots
E neck-spinal | rugby tackle went wrong and my son landed on his neck, now he says his fingers are tingling on both hands
E neck-spinal | I fell down the stairs and landed on my head and neck, now my arms feel weak and tingly
E neck-spinal | my mum 80 fell and banged her neck on the bath, her hands are numb and she cant grip
E neck-spinal | came off the trampoline on my neck, both arms have electric shock feelings and numbness
E cord-compression | my husband has lung cancer, last two days his legs are getting weak and he has pain like a tight band around his chest
E cord-compression | I'm being treated for breast cancer with bone spread. New pain in my mid back that goes round my ribs, and my legs feel wobbly and numb
E cord-compression | dad with prostate cancer fell today because his legs gave way, back pain for a week
E cord-compression | cancer patient here, legs have gone heavy and weak since yesterday and pain round my middle like a belt
E ligature-goodbye | my brother just texted goodbye and said he is sorry. he has been looking up how to hang himself and we have rope in the shed
E ligature-goodbye | Got a message from my best friend saying goodbye forever. She told me last week she had a belt and knew how to use it.
E ligature-goodbye | my son sent me a text saying goodbye mum, love you, and there is a ligature in his room
E ligature-goodbye | flatmate left a goodbye note and took a cable into the bathroom, door locked
E regret-overdose | i took all of my sertraline and some paracetamol 2 hrs ago, i didnt really want to die, now my ears are ringing
E regret-overdose | took a whole bottle of aspirin earlier, ears ringing and feel sick, i regret it
E regret-overdose | i swalowed all my pills from the cupboard, now i dont want to die please help
E regret-overdose | my partner took all her pills after an argument, now she is crying and says she made a mistake
E teen-plan | found my son's notes, he has planned to kill himself on saturday and written how
E teen-plan | my 16 yo daughter left a letter saying she is going to end her life next week, with the date
E teen-plan | I found a list on my teenager's phone of how and when he will end it
E teen-plan | parent here: my kid wrote a suicide plan with a date in her journal
X fracture | fell on my wrist yesterday, still very painful pressing on the thumb side, swelling
X fracture | my ankle rolled, the bone on the inside is tender and i couldnt walk more than a couple of steps
X fracture | kid fell off the climbing frame, his arm is swollen and bruised and he wont move it or turn his hand
X fracture | dropped a weight on my foot, very tender on the bone, can't walk on it properly
X cellulitis | my leg infection is spreading up my leg, it's gone beyond the mark I drew, warm and red
X cellulitis | cellulitis on my arm getting bigger despite antibiotics, red and hot
X cellulitis | red hot swollen patch on my foot, spreading since yesterday
X cellulitis | the redness around my bite is bigger than this morning and hot
X passive-suicidal | honestly sometimes i think it would be easier if i just didnt wake up. i wont do anything, just need to talk to someone
X passive-suicidal | I've been feeling like life isn't worth living lately, no plans to act on it, can I see someone this week
X passive-suicidal | my mum keeps saying she'd be better off dead, she hasnt got any plan, we want her seen soon
X passive-suicidal | having passive suicidal thoughts, no intent, want to talk to someone today
U travel-diarrhoea | just back from kenya and now I have diarrhoea with blood and fever
U travel-diarrhoea | came home from a trip to india last week, since then runny poo with streaks of blood
U travel-diarrhoea | after holidays in morocco my daughter has bloody diarrhoea
U travel-diarrhoea | travelled to Nepal, back 2 days, passing blood with loose stools
U hyperemesis | I am 9 weeks pregnant and throw up everything, even water, I peed only once today and it was dark
U hyperemesis | pregnant 12 weeks and vomiting non stop, can't keep fluids down for a day, feel dizzy
U hyperemesis | my wife is pregnant, she vomits more than 10 times a day and cannot drink anything
U hyperemesis | hyperemesis again, not keeping anything down including water, little wee
U sudden-hearing | i suddenly went deaf in my left ear this morning, no pain
U sudden-hearing | my hearing in one ear disappeared overnight, feels full and ringing
U sudden-hearing | woke up and could not hear anything out of my right ear
U sudden-hearing | sudden loss of hearing in the right ear since yesterday
U diabetic-foot | my mum is diabetic and there's a hole on the sole of her foot that won't heal
U diabetic-foot | diabetic, got a blister on my toe that has turned into an open sore
U diabetic-foot | type 1 diabetic, wound on the ball of my foot, not healing for 3 weeks
U diabetic-foot | my diabetic husband has a ulcer on his foot
U agranulocytosis | I take carbimazole for my thyroid and now have a fever and mouth ulcers
U agranulocytosis | on clozapine, sore throat and temperature of 38.4
U agranulocytosis | I'm on methotrexate and have a fever and feel unwell
U agranulocytosis | started taking propylthiouracil, now sore throat and fever
U chemo-diarrhoea | I'm on chemo and have had watery poo 4 times today
U chemo-diarrhoea | my mum is having chemotherapy and has bad diarrhoea since last night
U chemo-diarrhoea | chemo patient, loose stools all day and cramps
U chemo-diarrhoea | having treatment for lymphoma, now got the runs
U pep | condom broke with a guy who's HIV positive, 12 hours ago
U pep | I was raped last night, what do I do about HIV and pregnancy
U pep | stepped on a used needle in the park, worried about HIV
U pep | had sex without a condom with someone who injects drugs, yesterday
U antiepileptic | I've run out of my keppra and the GP is closed until Monday
U antiepileptic | forgot to order my epilepsy meds, none left
U antiepileptic | daughter's sodium valproate ran out today
U antiepileptic | out of my anti seizure tablets since yesterday
U inr-high | INR 10 this morning, on warfarin, no bleeding
U inr-high | my nurse said my INR is 7.9, what should I do
U inr-high | dad's INR is very high, 8.5, no bruising
U inr-high | inr has gone up to 6, feeling fine
U alcohol-withdrawal | i drink about 3 bottles of wine a day and stopped yesterday, now my hands are shaking
U alcohol-withdrawal | my dad is a heavy drinker, stopped drinking 2 days ago, he is sweaty and shaky and anxious
U alcohol-withdrawal | no alcohol since friday after drinking a litre of vodka daily, tremor and sweats
U alcohol-withdrawal | detoxing myself from alcohol at home, shaking and sweating
U child-uti | my 1 year old has a fever and really smelly wee
U child-uti | daughter 4 says it hurts to wee and has a temperature
U child-uti | toddler fever 38.7 and crying when peeing
U child-uti | my 2 yo has a high temp and his wee smells bad
U child-t1dm | my 6 year old is always thirsty and peeing loads, lost weight
U child-t1dm | son 12 drinking all the time and wetting the bed, losing weight
U child-t1dm | my toddler is drinking lots and lots and has very heavy nappies, seems thinner
U child-t1dm | teenage daughter is thirsty all the time, weeing constantly, and lost half a stone
U heart-failure | my mum 85 has swollen ankles getting worse and now she gets breathless walking across the room
U heart-failure | my ankles are more swollen than usual and I get out of breath climbing stairs now, I'm 78
U heart-failure | grandad has heart failure, weight up 2kg in 3 days and more breathless
U heart-failure | dad's legs are swollen and he has to sleep propped up on pillows to breathe
U adult-dehydration | i've had diarrhoea for 3 days, feel dizzy when standing up and my pee is dark
U adult-dehydration | gastro bug, I can't keep anything down except sips, hardly any wee
U adult-dehydration | my husband has been vomiting since yesterday, can't keep water down, very dizzy on standing
U adult-dehydration | food poisoning, dark urine, light headed when I get up
U chickenpox-preg | 16 weeks pregnant and my daughter's friend who came over now has chickenpox, I don't think I've had it
U chickenpox-preg | pregnant and my toddler just came out in chickenpox, not sure if I'm immune
U chickenpox-preg | I am pregnant and I was in contact with chicken pox two days ago, I never had it
U chickenpox-preg | expecting a baby, nephew has chickenpox, I have never had it
R topic-words | we watched a documentary about strokes last night, very interesting
R topic-words | I'm a nursing student, we covered anaphylaxis and heart attacks today, what's a good revision method?
R topic-words | can you recommend a book about grief after a suicide in the family
R topic-words | my first aid course covered choking and bleeding, what should I practise
E topic-words | my wife is choking and can't breathe
E topic-words | my son took an overdose of his antidepressants
R negated-harm | I have no thoughts of hurting myself or anyone else, I just feel tired all the time
R negated-harm | not suicidal, just stressed about exams
R negated-harm | I don't want to harm myself, but I'm not sleeping well
R negated-harm | never had thoughts of self harm, asking about anxiety meds
E negated-harm | I'm not ok, I want to end my life tonight
R trivial-dose | lol did i just overdose on 2 ibuprofen
R trivial-dose | took 2 paracetamol at 8 and 2 more at 1, is that too much
R trivial-dose | accidentally took my vitamin D twice today, feel fine
R trivial-dose | had 1 extra paracetamol by mistake, fine
E trivial-dose | I took 24 paracetamol last night
R usual-seizure | my daughter had a typical absence seizure this morning, all fine after as per her care plan
R usual-seizure | my husband with epilepsy had his usual fit tonight, 2 minutes, he is back to normal now
R usual-seizure | had one of my normal seizures, recovered fully, just want advice about driving
E usual-seizure | my son is having a seizure that has gone on 7 minutes
R normal-sugar | sugar 7.5 after lunch, is that normal for a non-diabetic
R normal-sugar | blood glucose 130 mg/dl 2 hours after eating
R normal-sugar | my post meal reading was 8.1 mmol, ok?
E normal-sugar | my diabetic dad's sugar is 1.9 and he is confused
R orthostatic | when I stand up too fast I see stars for a second, never fainted
R orthostatic | brief head rush on standing, fine otherwise
R orthostatic | momentarily dizzy getting out of bed, passes in seconds
E orthostatic | I keep fainting and have chest pain
R minor-head-bump | my baby rolled off the sofa onto the carpet, cried then fed and is acting normal
R minor-head-bump | daughter 5 bumped her forehead on a door, small bump, running about as usual
R minor-head-bump | I banged my head on the cupboard, small lump, no other symptoms
E minor-head-bump | my daughter hit her head and has been sick twice and is confused
R tiny-burn | small burn on my hand from the kettle steam, red, no blisters
R tiny-burn | burnt my thumb on a hot pan, red and sore, no blister
R tiny-burn | tiny oven burn on my forearm the size of a pea
E tiny-burn | my toddler pulled hot tea over his chest, big burn bigger than his hand
R past-fever | Hi. My daughter had a fever over the weekend (38.3) which went after two days. She's now back at nursery and fine. Is it normal for her to still have a runny nose?
R past-fever | my son had a temperature last week, it's gone, what vaccines is he due at 1 year
R past-fever | fever 2 weeks ago, all better now, asking about my diet
E past-fever | my 8 week old has a temperature of 38.1
N mastitis | breastfeeding my 4 week old, I have a fever and a sore red patch on my breast
N mastitis | I've got mastitis, temp 38.9, baby is 5 weeks old
N mastitis | feeding my newborn, breast hot and painful, I feel feverish
E mastitis | my 4 week old baby has a fever, I'm breastfeeding
X metal-eye | got a piece of metal in my eye while grinding, it feels like something is there, sight fine
X metal-eye | welding yesterday and there's a metal speck in my eye
X metal-eye | i think there is a metal fleck in my eye from work, red and gritty
E metal-eye | metal shard went into my eye and my vision is blurry and dark
X bells-palsy | one side of my face is paralysed including forehead, can't shut my eye, no other symptoms
X bells-palsy | face dropped on the right including my eyebrow, talking fine, arms fine
X bells-palsy | Bell's palsy I think, half face droop since this morning
E bells-palsy | sudden face droop, slurred speech and weak arm
X superficial-self-harm | I scratched my arm with a blade, not deep, cleaned it, I want to talk to someone today
X superficial-self-harm | self harmed by cutting my leg, small cuts, they've stopped bleeding, need help
X superficial-self-harm | my son has been cutting himself, superficial, we want to get help today
E superficial-self-harm | cut myself and cant stop the bleeding
X ssri-thoughts | on fluoxetine 3 weeks, now having thoughts of hurting myself, no plan, my partner is here
X ssri-thoughts | since starting citalopram I've had new thoughts of self-harm but no plan
X ssri-thoughts | my daughter started sertraline and says she has thoughts about harming herself, no plan
E ssri-thoughts | on citalopram and have taken all my tablets
`;

// Wave 3: new phrasings again, written after wave 2's fixes and run once before any change
// for them (figure in the commit message and the report).
const WAVE_3 = `
E stroke-vision | mom 69 says the right half of the tv is missing since 30 mins and she mixes up her words, she thinks its a migrane
E stroke-vision | i cannot see things on my left side suddenly and im saying stupid words i dont mean, had migraine before but with no headache this time
E stroke-vision | Husband (66) was fine at breakfast. An hour ago he said the left side of his vision went dark, and since then he keeps calling things by the wrong name. He wants to wait for his migraine to pass.
E magnets | my 5 year old has swallowed two magnets from a fidget spinner, he has no pain
E magnets | sons swalowed sum magnets off a toy, 2 i think, hes fine tho
E magnets | baby 11 months may have eaten two of the small magnets from the fridge letters
E necfasc | a small cut on my hand from gardening, now the pain is much worse than it should be, the skin is purple and the swelling goes up my arm fast, I feel very sick
E necfasc | my father is diabetic, small wound on his leg, the pain is terrible and skin getting black, he is confused
E necfasc | wound is tiny but pain extreme and skin discoloured dark red-purple spreading fast, high temp
E scald-child | my 2 year old tipped a hot drink over her chest and tummy, the burn is bigger than my palm
E scald-child | my son 3 burned his belly with boiling water, large area blistering, more than a hand size
E scald-child | infant scalded on chest by hot milk, big red burn across his front
E neck-spinal | my husband fell off his bike and hit his neck, now cant feel his hands properly
E neck-spinal | dived into the sea and hit my head on the bottom, neck hurts and both my arms are tingling
E neck-spinal | old lady fell in shop on her neck, she say arms numb
E cord-compression | my wife has cancer in her bones, since yesterday she cannot walk properly and has back pain going round her front
E cord-compression | i have metastatic prostate cancer, new numbness in both legs and a band-like pain round my belly
E cord-compression | mum had breast cancer, now severe back pain and her legs are weak and she cant get up
E ligature-goodbye | my cousin messaged everyone goodbye and said he has a rope ready
E ligature-goodbye | got a weird goodbye text from my sister and she was talking about hanging, she has a belt
E ligature-goodbye | my friend sent a goodbye message and a photo of a noose
E regret-overdose | took a whole box of my tablets an hour ago and i regret it, my ears are ringing and i feel sick
E regret-overdose | swallowed all my antidepressants after a fight and now i dont want to die
E regret-overdose | i took 40 tablets of aspirin this afternoon, now i hear ringing and breathing fast
E teen-plan | found a note in my daughter's room saying she will kill herself on friday after school
E teen-plan | my 13 year old wrote in his notebook the date he is going to end his life
E teen-plan | teen son left a plan on his laptop for how he will end it this weekend
X fracture | fell on my hand, now pain at the base of my thumb when I press it
X fracture | twisted ankle, swelling over the bony bump and can't take four steps
X fracture | my daughter fell on her arm 2 days ago, forearm still swollen and bruised and she cant rotate her wrist
X cellulitis | redness on my leg spreading past the line i drew, warm
X cellulitis | infected insect bite, red area spreading and getting hotter
X cellulitis | my dad's leg is red, hot and swollen and spreading up from his ankle
X passive-suicidal | I sometimes think I'd be better off not being here, I'm not going to do anything, but I want to talk to someone soon
X passive-suicidal | i have dark thoughts about not wanting to live but no plan, can i get an appointment
X passive-suicidal | my teenage son says he wishes he was dead sometimes, he has no plan, we want help
U travel-diarrhoea | since coming back from Pakistan I have blood in my diarrhoea
U travel-diarrhoea | returned from Peru, bloody stools and cramps for 2 days
U travel-diarrhoea | my husband came back from Bangladesh with bloody diarrhea and fever
U hyperemesis | 7 weeks pregnant, can't keep any fluids down, my wee is dark and I feel faint
U hyperemesis | pregnant, vomiting all day, cannot even keep water down, barely any urine
U hyperemesis | my girlfriend is 10 weeks pregnant and has been vomiting nonstop for 2 days, cant drink
U sudden-hearing | i lost hearing in my right ear suddenly today
U sudden-hearing | went deaf in one ear overnight
U sudden-hearing | my dad suddenly cant hear in his left ear since this morning
U diabetic-foot | my diabetic mum has a sore on her foot that isn't healing
U diabetic-foot | diabetic, noticed a wound under my big toe
U diabetic-foot | I have type 2 diabetes and a foot ulcer that is leaking
U agranulocytosis | on carbimazole, I have a really sore throat and temperature
U agranulocytosis | my brother takes clozapine and has a fever
U agranulocytosis | methotrexate user, fever and mouth sores
U chemo-diarrhoea | mum is on chemo, diarrhoea 7 times today
U chemo-diarrhoea | during my chemo I got diarrhoea since this morning
U chemo-diarrhoea | chemo last week, now diarrhea and cramps
U pep | condom came off with a new partner who has HIV
U pep | had unprotected sex with a man who told me after he is HIV positive
U pep | needle stick at work from a used needle, patient HIV status unknown
U antiepileptic | I've run out of lamotrigine
U antiepileptic | my son's epilepsy medicine has run out and the chemist is shut
U antiepileptic | ran out of my epilepsy pills yesterday
U inr-high | my INR is 8.2
U inr-high | INR over 6 on warfarin, no bleeding
U inr-high | warfarin check showed INR of 7
U alcohol-withdrawal | stopped drinking 2 days ago after drinking heavily every day, now I'm shaking and sweating
U alcohol-withdrawal | my brother drinks a bottle of whisky a day, stopped yesterday, now shaking
U alcohol-withdrawal | quit booze cold turkey yesterday, heavy drinker, shakes and sweats
U child-uti | my 3 year old has a fever and says it stings when she wees
U child-uti | baby 10 months fever 38.6 and smelly nappies
U child-uti | my son 2 has a temperature and cries when weeing
U child-t1dm | my 7 year old drinks so much and pees all the time and is losing weight
U child-t1dm | my daughter is always thirsty, wetting the bed again, and lost weight
U child-t1dm | son constantly drinking and peeing, getting thin
U heart-failure | my 79 year old dad has more swollen ankles and gets breathless walking
U heart-failure | mum's ankles are much more puffy and she is out of breath on walking now
U heart-failure | grandad can't lie flat at night because he can't breathe and his ankles are swollen
U adult-dehydration | can only keep sips of water down, dizzy standing, peeing very little
U adult-dehydration | diarrhoea and vomiting for 2 days, dark urine and dizzy when I stand
U adult-dehydration | i've been throwing up all day, cant keep water down, feel faint when standing
U chickenpox-preg | pregnant 24 weeks, my niece has chickenpox and I've never had it
U chickenpox-preg | I'm pregnant and had contact with chickenpox, I'm not immune
U chickenpox-preg | pregnant and I was with a child who now has chickenpox, I don't know if I had it
R topic-words | my husband and I joke that our family dinners are all about strokes and overdoses because we are both nurses
R topic-words | what goes in a first aid kit for cuts, burns and choking
R topic-words | writing a story about a character who has a heart attack
E topic-words | my husband has crushing chest pain and is sweating
R negated-harm | I have no thoughts of suicide, just feeling low after the baby
R negated-harm | I do not have any thoughts of hurting myself or my baby
R negated-harm | no self harm thoughts, just can't sleep
E negated-harm | I am going to kill myself
R trivial-dose | lol did I overdose, 2 paracetamol and a coffee
R trivial-dose | I took 3 paracetamol instead of 2 by accident
R trivial-dose | had 4 ibuprofen today, too much?
E trivial-dose | took 32 paracetamol an hour ago
R usual-seizure | my son had his usual seizure, care plan followed, back to normal
R usual-seizure | my wife had one of her typical seizures, 1 minute, recovered fully
E usual-seizure | her seizure is still going after 6 minutes
R normal-sugar | my blood sugar was 7.8 after dinner, is that fine?
R normal-sugar | 140 mg/dL after eating, normal?
E normal-sugar | sugar 2.0 and she is drowsy
R orthostatic | a bit light-headed for a second when I stand up, I never faint
R orthostatic | I get dizzy for a moment when I stand quickly, goes straight away
E orthostatic | collapsed and unresponsive
R minor-head-bump | my toddler bumped his head on the coffee table 2 hours ago, small bruise, completely himself
R minor-head-bump | she knocked her head playing, cried for a minute, back to normal
E minor-head-bump | he hit his head and is vomiting and drowsy
R tiny-burn | tiny burn on my finger from the stove, no blister
R tiny-burn | small red burn mark on my arm from the oven, no blisters
E tiny-burn | my baby has a big burn on his chest from hot water
R past-fever | My son had a mild temperature of 37.8 a week ago, now totally fine. When can he go back to football?
R past-fever | had a fever last week which is gone now, just asking about vitamins
E past-fever | my 7 week old baby has a fever of 38.2
N mastitis | I'm breastfeeding my 3 week old and I have a fever and a painful red breast
N mastitis | mastitis with fever, my baby is 6 weeks
E mastitis | my 5 week old has a temperature of 38.5
X metal-eye | a bit of metal went in my eye when I was cutting metal, feels scratchy, I can see fine
X metal-eye | metal splinter in my eye from the grinder, sore but vision ok
E metal-eye | metal went in my eye, now can't see out of it
X bells-palsy | half my face has drooped including my forehead, I can't close my eye, no other weakness
X bells-palsy | the whole right side of my face is weak including the forehead, speech and arms fine
E bells-palsy | face drooping, arm weak, slurred speech
X superficial-self-harm | i cut my arm last night, small cuts, i cleaned them, i want to talk to someone today
X superficial-self-harm | my daughter self harmed, shallow cuts on her thigh, cleaned, we want help today
E superficial-self-harm | he cut his wrist and there is a lot of blood
X ssri-thoughts | started sertraline last week, now I have thoughts of harming myself but no plan, I'm with my mum
X ssri-thoughts | new self-harm thoughts since starting fluoxetine, no plan, with family
E ssri-thoughts | on fluoxetine and I want to die tonight, I have the pills ready
`;

// Wave 4: long messages, typos, non-native English and third person, written after wave 3's
// fixes and run once before any change for them (figure in the commit message and report).
const WAVE_4 = `
E stroke-vision | So I've had a stressful week and this afternoon at my desk I suddenly couldn't see anything on the right side of my screen, like it was cut off, and when my colleague asked me something I couldn't get the words out properly. It's probably one of those weird migraines my sister gets. Should I take an ibuprofen and lie down?
E stroke-vision | my grandmother she see only half of things since morning and cannot find the words to speak, she is 82
E magnets | My son (3) was playing with his brother's magnetic building set and we think he swallowed at least two of the little magnets. He's completely fine, eating and playing. Do we just wait for them to pass?
E magnets | kid ate 2 small magnts, no symptms
E necfasc | I had a small scratch on my leg from a bramble two days ago. Since last night the pain is unbelievable, far worse than the scratch looks, the skin round it has gone a dark purple colour and the swelling is creeping up my leg hour by hour. I'm shivery and feel really unwell. Is it just an allergic reaction?
E necfasc | my brother small cut on arm, now pain so severe and skin is going black, he has fever 39
E scald-child | our 20 month old pulled a mug of just-boiled tea off the table, it went down his chest and tummy, the red area is bigger than his hand and some blisters
E scald-child | my daughter 2 spilled hot noodles on her tummy, big burn larger than her palm
E neck-spinal | my teen son fell off the trampoline onto his neck and now he says both his hands feel numb and weird
E neck-spinal | car accident earlier, neck stiff and now my arms are tingling and weak
E cord-compression | My mum is 71 and has myeloma. Over the last two days her legs have become weak and she's had a tight band of pain around her ribs. She can still just about walk with her frame. Should we wait for her oncology appointment next week?
E cord-compression | known bowel cancer spread to bones, new back pain and both legs heavy since yesterday
E ligature-goodbye | My boyfriend just sent me a long message saying goodbye and that he's sorry for everything. He's been really down and he has a rope in his car. He isn't answering his phone.
E ligature-goodbye | my dad sent a text to the family saying goodbye and that he loved us, mum says there is a noose in the garage
E regret-overdose | I took all the tablets in the house about an hour ago because I wanted it to stop but now I'm scared and I don't want to die. My ears are ringing.
E regret-overdose | took my whole packet of pills at 9, its now 11, i think i made a mistake
E teen-plan | I went into my 15 year old's room and found a letter. She has written exactly how she plans to kill herself and when, next Tuesday. She seems normal at dinner. What do I do?
E teen-plan | my son (14) has a plan to end his life on his birthday, i found it written in his phone notes
X fracture | I slipped on ice yesterday and landed on my hand. Now my wrist is swollen, and it really hurts when I press the hollow at the base of my thumb. I can still move my fingers. Is it a sprain?
X fracture | twisted my ankle going down steps, the ankle bone is very tender to touch and I couldn't walk 4 steps
X cellulitis | red skin on my calf has spread past the pen mark from last night and feels hot
X cellulitis | my husband's leg is red, swollen and hot, getting bigger each day
X passive-suicidal | Lately I've had thoughts that everyone would be better off without me. I'm not going to act on them and I have no plan, but I'd like to talk to someone soon.
X passive-suicidal | my wife said she sometimes wishes she could go to sleep and not wake up, no plan, we want her seen this week
U travel-diarrhoea | we just got home from India and my 6 year old has diarrhoea with blood in it
U travel-diarrhoea | after travelling in Southeast Asia I've got bloody diarrhoea and a fever
U hyperemesis | 11 weeks pregnant, vomiting constantly, can't keep fluids down, haven't peed since this morning
U hyperemesis | I'm pregnant and sick every time I drink, even sips of water, pee is very dark
U sudden-hearing | My right ear just went dull this morning and I can't hear out of it, no cold, no pain. It came on in a few minutes.
U sudden-hearing | sudden deafness in my left ear since i woke up
U diabetic-foot | my diabetic father has a wound on his foot that isn't healing after 2 weeks
U diabetic-foot | i have diabetes and theres an ulcer on my heel
U agranulocytosis | I started carbimazole 6 weeks ago and now I've got a really sore throat and feel feverish
U agranulocytosis | my son is on clozapine and now has a sore throat and temp 38.3
U chemo-diarrhoea | my husband is on chemotherapy for bowel cancer and has had diarrhoea 6 times today
U chemo-diarrhoea | on chemo, runny poo all day
U pep | the condom broke last night and he told me he is HIV positive
U pep | I was sexually assaulted yesterday, I need to know about HIV prevention
U antiepileptic | we have run out of my daughter's epilepsy medicine and it's the weekend
U antiepileptic | I ran out of carbamazepine this morning
U inr-high | my INR came back 8.4 this morning, no bleeding, what do I do
U inr-high | INR is 9.1
U alcohol-withdrawal | I usually drink a bottle of vodka a day and I stopped yesterday, now I'm sweaty and shaking
U alcohol-withdrawal | my dad drinks heavily every day and stopped 2 days ago, he is trembling and sweating
U child-uti | my 2 year old daughter has a temperature and cries when she does a wee
U child-uti | baby 8 months, fever and stinky nappies
U child-t1dm | my 9 year old has been drinking loads and weeing all the time and has lost weight
U child-t1dm | my daughter is so thirsty and keeps peeing and has got thinner
U heart-failure | my 84 year old mum's ankles are more swollen and she gets breathless walking to the loo
U heart-failure | I have heart failure and my ankles are more swollen and I'm more breathless walking
U adult-dehydration | I've been vomiting and have diarrhoea, can only keep sips down, feel dizzy standing and my urine is dark
U adult-dehydration | my wife has food poisoning, cant keep water down, very little dark urine
U chickenpox-preg | I'm 18 weeks pregnant and my friend's son who I saw yesterday now has chickenpox, I don't think I've ever had it
U chickenpox-preg | pregnant and exposed to chickenpox, not immune
R topic-words | my mum is a nurse and all she talks about at dinner is heart attacks and overdoses
R topic-words | what do I need in my first aid kit for burns and bleeding
E topic-words | my mum is having a heart attack, chest pain spreading to her arm
R negated-harm | I don't have any thoughts of harming myself or the baby, just exhausted
R negated-harm | no thoughts of hurting myself or others
E negated-harm | I have thoughts of hurting myself and I have a knife
R trivial-dose | did I overdose? had 3 paracetamol today lol
R trivial-dose | took 2 extra vitamin D tablets by mistake, feel fine
E trivial-dose | took 16 paracetamol this morning
R usual-seizure | my son with epilepsy had his usual seizure, followed his care plan, he's fully recovered
R usual-seizure | my daughter had one of her typical seizures, under a minute, back to normal
E usual-seizure | my son's seizure won't stop, 8 minutes now
R normal-sugar | my sugar was 7.8 mmol/L after dinner
R normal-sugar | 2 hours after eating my blood sugar was 135 mg/dL, normal?
E normal-sugar | my sugar is 2.4 and I'm shaking and confused
R orthostatic | when I stand up quickly I feel light-headed for a second but I never faint
R orthostatic | quick head rush when getting up, fine after a second
E orthostatic | my dad fainted and is not waking up
R minor-head-bump | my 3 year old bumped her head on the table 2 hours ago, small lump, she's completely herself
R minor-head-bump | my son knocked his head at the park, no vomiting, playing normally
E minor-head-bump | my daughter hit her head, she keeps vomiting and is very sleepy
R tiny-burn | small burn on my finger from the oven, no blister
R tiny-burn | burned my hand a little on the kettle, red, no blister
E tiny-burn | my son pulled a pan of boiling water over himself, huge burn on his chest
R past-fever | My daughter had a slight temperature of 37.9 last week which settled after a day. She's been completely well since. I wanted to ask about her eczema cream.
R past-fever | my son had a fever 5 days ago, gone now, what can I give for his cough
E past-fever | my 10 week old baby has a temperature of 38.3
N mastitis | I'm breastfeeding my 2 week old and I have a fever of 38.7 with a red painful breast
N mastitis | mastitis, temp 38.5, baby 4 weeks old
E mastitis | my 3 week old baby has a temperature of 38.4
X metal-eye | metal fragment flew into my eye while grinding, it's scratchy but my vision is fine
X metal-eye | think there's a metal fleck in my eye from work, sore
E metal-eye | piece of metal in my eye and now my vision is blurred
X bells-palsy | the whole left side of my face is drooping including my forehead, my arms and legs and speech are fine
X bells-palsy | I can't close my right eye or raise my right eyebrow, my mouth droops on that side, no other symptoms
E bells-palsy | my dad's face is drooping and he cant lift his arm
X superficial-self-harm | I self-harmed last night, superficial cuts, cleaned them, I want some help today
X superficial-self-harm | my teen daughter has been cutting, they are shallow and cleaned, we want help today
E superficial-self-harm | my friend cut herself deeply and there is a lot of blood
X ssri-thoughts | I started sertraline 2 weeks ago and now have new thoughts of harming myself, no plan, I'm staying with my family
X ssri-thoughts | on fluoxetine and have new self-harm thoughts, no plan, my husband is with me
E ssri-thoughts | on sertraline and I've got a plan to kill myself tonight
`;

// Wave 5: more of every kind, written after wave 4's fixes and run once before any change
// for them (figure in the commit message and the report).
const WAVE_5 = `
E stroke-vision | My partner is 58. About 40 minutes ago he said the left half of everything looked blank and he's been fumbling for simple words like 'cup'. No headache. He's had migraines with aura before and wants to wait.
E stroke-vision | suddenly losing the right side of my sight in both eyes and i cant find my words properly
E magnets | my niece (4) swallowed 2 of those tiny neodymium magnets, she seems ok
E magnets | grandson may have swallowed a few magnetic balls, he is 6 and well
E necfasc | my mother's leg wound is small but she is in agony, the skin around it is going dusky and the swelling is spreading quickly, she seems confused
E necfasc | tiny puncture wound on my hand yesterday, pain is out of proportion, hand massively swollen and purple, feel faint
E scald-child | 18 month old grabbed a cup of coffee, scald on chest and stomach bigger than his hand
E scald-child | my toddler sat in a bath that was too hot, burns on his bottom and legs, large area
E neck-spinal | after the fall from the horse my daughter's neck hurts and she says her arms are numb
E neck-spinal | hit my neck on the diving board, now my hands are numb
E cord-compression | lung cancer patient, new back pain and can't feel my legs properly, since this morning
E cord-compression | my dad has cancer that has spread to his spine, today his legs are weak and he has a band of pain round his tummy
E ligature-goodbye | my flatmate left a note saying goodbye and he has been looking at rope online, we have a rope in the hall
E ligature-goodbye | daughter messaged 'goodbye, I'm sorry' and has a scarf tied to her bedroom door
E regret-overdose | i took all my dad's tablets 30 min ago and i want to live now
E regret-overdose | swallowed all my painkillers earlier and my ears keep ringing and i feel sick, i changed my mind
E teen-plan | my 17 year old's diary has a plan and a date for killing himself
E teen-plan | found suicide notes in my teen's room with a date next week
X fracture | my mum fell and now her wrist is swollen and bent looking, she can't turn her hand
X fracture | rolled my ankle, can't walk more than 2 steps, very tender on the ankle bone
X cellulitis | red area on my arm getting bigger, warm and tender, spread beyond the line I drew
X cellulitis | my son's knee is red, hot and the redness is spreading up his thigh
X passive-suicidal | sometimes i think about not existing anymore, no plan, i want to speak with someone
X passive-suicidal | my brother keeps saying life is not worth living but he says he would never do anything, how do we get him help soon
U travel-diarrhoea | returned from Ghana 4 days ago, now diarrhoea with blood and a temperature
U travel-diarrhoea | my daughter came back from a school trip to Morocco with bloody diarrhoea
U hyperemesis | 6 weeks pregnant, vomiting everything including water, haven't weed all day
U hyperemesis | pregnant and can't keep anything down, even water, my wee is dark
U sudden-hearing | woke up this morning with no hearing in my right ear
U sudden-hearing | my hearing went in my left ear all at once an hour ago
U diabetic-foot | diabetic with a black spot and sore on my toe
U diabetic-foot | my mum's diabetic foot has an open sore
U agranulocytosis | on carbimazole and now I have a fever
U agranulocytosis | taking azathioprine, sore throat and temperature
U chemo-diarrhoea | my dad is on chemo and has diarrhoea
U chemo-diarrhoea | on capecitabine, loose stools 5 times today
U pep | a condom broke with a casual partner of unknown HIV status, yesterday
U pep | needlestick injury at work this morning from a used needle
U antiepileptic | no levetiracetam left and the pharmacy is shut
U antiepileptic | run out of my son's seizure medicine
U inr-high | INR 7.2 on warfarin
U inr-high | my warfarin blood test says my INR is 11
U alcohol-withdrawal | I'm a heavy drinker, stopped this morning, now shaky and sweaty
U alcohol-withdrawal | my husband quit drinking after years of a bottle a day, now trembling
U child-uti | my daughter 18 months has a fever and her nappies smell really strong
U child-uti | son 4 says his willy hurts when he pees and he has a temp
U child-t1dm | my 5 year old is drinking constantly and wetting the bed, lost weight
U child-t1dm | my daughter is peeing all the time, always thirsty, and losing weight
U heart-failure | mum 88 has swollen legs and is breathless walking, worse this week
U heart-failure | dad gets out of breath when he walks and his ankles are more swollen than usual
U adult-dehydration | I've had diarrhoea all day, dizzy when I stand up and dark pee
U adult-dehydration | vomiting since last night, can't keep water down, dizzy on standing
U chickenpox-preg | I'm pregnant and my son just got chickenpox, I've never had it
U chickenpox-preg | 30 weeks pregnant, in contact with chickenpox, not immune
R topic-words | my friends and I were discussing strokes and overdoses on a podcast
R topic-words | I'm studying first aid for choking and bleeding
E topic-words | my friend took an overdose of pills
R negated-harm | I have no intention of harming myself, just stressed
R negated-harm | no suicidal thoughts, just tired
E negated-harm | I want to kill myself
R trivial-dose | took 1 extra paracetamol by mistake, fine
R trivial-dose | 3 paracetamol in a day, is that an overdose haha
E trivial-dose | took 25 paracetamol
R usual-seizure | my son had his normal seizure, care plan followed, fully recovered
R usual-seizure | my wife had a typical seizure, 1 minute, back to herself
E usual-seizure | seizure not stopping, 7 minutes
R normal-sugar | post-dinner glucose 7.8
R normal-sugar | 8.0 mmol/L two hours after eating
E normal-sugar | glucose 1.8, confused
R orthostatic | dizzy for a moment when I stand up, I never faint
R orthostatic | brief light-headedness on standing, never passed out
E orthostatic | she fainted and isn't waking up
R minor-head-bump | my toddler bumped his head, small bump, completely himself 2 hours later
R minor-head-bump | knocked my head on a shelf, small lump, no other symptoms
E minor-head-bump | he hit his head, vomited twice and is drowsy
R tiny-burn | small burn on my finger, no blister
R tiny-burn | tiny burn on my wrist from a hot pan, no blistering
E tiny-burn | my toddler has a big burn on his tummy from boiling water
R past-fever | my son had a temperature of 38 a week ago, fine now, when is his next vaccine
R past-fever | fever gone for a week, feeling better, asking about vitamins
E past-fever | my 6 week old has a fever of 38.2
N mastitis | breastfeeding, fever and a red hot breast, baby 5 weeks
N mastitis | mastitis and fever 38.6, my baby is 10 days old
E mastitis | my 2 week old baby has a fever of 38.5
X metal-eye | speck of metal in my eye from grinding, vision fine
X metal-eye | metal got in my eye at work, irritated, can see normally
E metal-eye | metal in my eye, I can't see
X bells-palsy | half my face is paralysed including my forehead, arms and legs fine
X bells-palsy | can't wrinkle my forehead on the left and my face droops, no other symptoms
E bells-palsy | face droop and slurred speech suddenly
X superficial-self-harm | I cut myself, not deep, cleaned it, can I talk to someone today
X superficial-self-harm | my son self-harmed, superficial scratches, we want help today
E superficial-self-harm | cut my arm badly and cant stop the bleeding
X ssri-thoughts | started citalopram, new thoughts of harming myself, no plan, with my partner
X ssri-thoughts | since starting sertraline I've had self-harm thoughts, no plan, family with me
E ssri-thoughts | on fluoxetine, planning to kill myself tonight
`;

// Wave 6: non-native English (bare verbs, no articles), written after wave 5's fixes and run
// once before any change for them (figure in the commit message and the report).
const WAVE_6 = `
E stroke-vision | my husband he cannot see the right side from 1 hour and he say wrong words, he think is migrain
E magnets | my son swallow 2 magnet from toy, he is ok now
E necfasc | small cut but pain is very very much, skin become purple and swelling is going fast, he feel very bad
E scald-child | my baby 1 year hot water fall on his chest and belly, burn is more big than his hand
E neck-spinal | my father fall from stairs on his neck, now his arms is numb
E cord-compression | my mother have cancer, now her legs very weak since 2 days and pain like belt around her body
E ligature-goodbye | my son send me message goodbye and he have rope in his room
E regret-overdose | i take all my tablet 1 hour ago, now i dont want die, my ear is ringing
E teen-plan | i find paper from my daughter 15, she write how she will kill herself and the day
X fracture | i fall on my hand, very pain when i press near the thumb bone, swelling
X cellulitis | red on my leg is going bigger past the line, it is hot
X passive-suicidal | sometime i wish i dont wake up but i have no plan, i want talk to somebody soon
U travel-diarrhoea | i come back from india, now diarhea with blood
U hyperemesis | i am pregnant 9 week, i vomit all, even water, my pee is dark colour
U sudden-hearing | this morning suddenly i cannot hear with my left ear
U diabetic-foot | i am diabetes and have wound on my foot not healing
U agranulocytosis | i take carbimazol, now sore throat and fever
U chemo-diarrhoea | my mother take chemo, she have diarhea many times today
U pep | condom broke, the man have hiv, yesterday night
U antiepileptic | my epilepsy medicine is finish, no more tablets
U inr-high | my inr is 8, i take warfarin
U alcohol-withdrawal | my husband drink every day much vodka, he stop yesterday, now he is shaking and sweating
U child-uti | my daughter 2 year have fever and she cry when she pee
U child-t1dm | my son 8 drink too much water and pee many times, he lose weight
U heart-failure | my grandmother 85 have more swollen feet and she cannot breath good when walking
U adult-dehydration | i vomit since yesterday, only small sips stay down, dizzy when i stand, dark pee
U chickenpox-preg | i am pregnant and my son have chicken pox, i never have chicken pox
R topic-words | at dinner we always talking about strokes and heart attack because my family is doctors
R negated-harm | i dont have thoughts to harm myself, only tired
R trivial-dose | i take 3 paracetamol today, is overdose?
R usual-seizure | my son have his normal seizure, we do care plan, now he is ok like before
R normal-sugar | my sugar after food is 7.8, it is ok?
R orthostatic | when i stand fast i feel dizzy one second, i never fall down
R minor-head-bump | my daughter hit her head on table, small bump, now she play normal
R tiny-burn | small burn on finger, no blister
R past-fever | my son have fever last week, now he is good, which vaccine he need
N mastitis | i am breastfeeding, my breast is red and hurt and i have fever 38.5, baby 3 weeks
X metal-eye | small metal go in my eye when grinding, i see ok
X bells-palsy | half face is down including forehead, i cannot close eye, arms and talking is ok
X superficial-self-harm | i cut myself little, not deep, i clean it, i want talk to someone today
X ssri-thoughts | i start sertraline, now i have thoughts to harm myself, no plan, my family is with me
`;

// Wave 7: texting style, written after wave 6's fixes and run once before any change for
// them (figure in the commit message and the report).
const WAVE_7 = `
E stroke-vision | omg cant see nothing on my left side rn n my words r all wrong, prob just a migraine?? 20 mins ago
E stroke-vision | bf (45) says half his vision just went + cant get his words out, says its a migraine thing
E magnets | 2yo mite hav swallowed 2 magnets off the fridge?? seems fine
E magnets | pls help my 8yo swallowed 3 tiny magnet balls at school, no pain
E necfasc | tiny cut on my leg but pain is insane n skin going dark purple n its spreading every hr, feel rly ill
E necfasc | hubby's small wound on his foot now agony, skin turning black n swelling up his leg fast, shivering
E scald-child | omg my 1yo pulled my tea over, burn on his chest n tummy bigger than his hand
E scald-child | toddler scalded w boiling water on her belly, big area, screaming
E neck-spinal | fell off horse landed on my neck n now both arms tingly n numb
E neck-spinal | bro hit his neck diving, now his arms feel dead
E cord-compression | mum has cancer n now her legs r weak n she has pain round her ribs like a band
E cord-compression | prostate cancer, legs gone weak 2 days, back pain, cant walk rite
E ligature-goodbye | my mate sent a goodbye txt n hes got a rope, not answering
E ligature-goodbye | sis texted bye forever n there's a belt round her door handle
E regret-overdose | took all my pills like an hr ago n now i regret it, ears ringing
E regret-overdose | swallowed the whole pack of my meds earlier, dont wanna die now
E teen-plan | found my sons note, he wrote how hes gonna kill himself n when
E teen-plan | my 15yo has a date planned to end her life, found it in her diary
X fracture | fell on my hand, pain in the snuffbox bit near my thumb
X fracture | rolled ankle, bone on the side v tender n cant walk 4 steps
X cellulitis | redness spread past the pen line since this morning n its hot
X cellulitis | my leg is red hot n swollen n spreading up
X passive-suicidal | kinda wish i wouldnt wake up tbh, no plan, just wanna talk to someone soon
X passive-suicidal | feel like every1 wud b better off without me, not gonna do anything, need to talk today
U travel-diarrhoea | back from thailand n got bloody diarrhoea
U travel-diarrhoea | since my trip to egypt, poo with blood in it n fever
U hyperemesis | 8wks pregnant n cant keep water down, hardly peeing
U hyperemesis | preg n vomiting everything even water, wee is dark
U sudden-hearing | woke up deaf in 1 ear
U sudden-hearing | suddenly cant hear out of my right ear since this morning
U diabetic-foot | diabetic n got a sore on my foot thats not healing
U diabetic-foot | my dads diabetic n has an ulcer on his toe
U agranulocytosis | on carbimazole n got a sore throat n temp
U agranulocytosis | im on clozapine n got a fever
U chemo-diarrhoea | on chemo n got diarrhoea loads today
U chemo-diarrhoea | my mums on chemo n has the runs
U pep | condom split w someone hiv+ last nite, need pep?
U pep | had unprotected sex w someone who injects, yesterday
U antiepileptic | ran out of my epilepsy meds n gp shut
U antiepileptic | no keppra left
U inr-high | inr 8 on warfarin
U inr-high | my inr is way high, 9
U alcohol-withdrawal | drinking a bottle of vodka a day, stopped yesterday, now shaking n sweating
U alcohol-withdrawal | heavy drinker stopped 2 days ago n got the shakes
U child-uti | my 2yo has a temp n cries when she wees
U child-uti | toddler fever n smelly nappies
U child-t1dm | my 7yo drinking loads n weeing all the time n lost weight
U child-t1dm | son always thirsty n peeing loads, lost weight
U heart-failure | my nan 86 has more swollen ankles n gets breathless walking
U heart-failure | grandad cant lie flat n his ankles r swollen
U adult-dehydration | been sick all day, can only keep sips down, dizzy standing, dark wee
U adult-dehydration | d n v for 2 days, dark pee n dizzy when i get up
U chickenpox-preg | preg n my niece has chickenpox, never had it
U chickenpox-preg | 22wks pregnant n been around chickenpox, not immune
R topic-words | lol our dinner convos are all heart attacks n overdoses, nurses family
R topic-words | whats in a good first aid kit for burns n bleeding
E topic-words | dad is having a heart attack, chest pain n sweating
R negated-harm | no thoughts of harming myself or anyone, just tired
R trivial-dose | did i overdose lol 3 paracetamol today
E trivial-dose | took 20 paracetamol this morning
R usual-seizure | son had his usual seizure, followed care plan, back to himself
E usual-seizure | seizure still going after 6 min
R normal-sugar | sugar 7.8 after tea, ok?
R orthostatic | light headed for a sec when i stand up, never fainted
R minor-head-bump | my 4yo bumped her head 2 hrs ago, small lump, totally herself
R tiny-burn | tiny burn on finger, no blister
R past-fever | my son had a temp last wk, fine now, when is his next jab
N mastitis | breastfeeding n got mastitis, temp 38.5, baby 3 wks
X metal-eye | bit of metal in my eye from grinding, scratchy, can see fine
X bells-palsy | half my face droopy incl forehead, cant close my eye, arms n speech fine
X superficial-self-harm | cut myself last nite, superficial, cleaned it, want help today
X ssri-thoughts | on sertraline n having thoughts of hurting myself, no plan, with family
`;

// Wave 8: long messages with the sign buried, units, third person, written after wave 7's
// fixes and run once before any change for them (figure in the commit message and report).
const WAVE_8 = `
E stroke-vision | Hi, I'm writing for my father who is 77. He has high blood pressure and takes amlodipine. This morning he was reading the paper and said the right-hand half of the page had disappeared, and when he tried to tell me he kept using the wrong words, calling the newspaper a kettle. He says it's a funny migraine and wants to have a nap. Is it safe to give him paracetamol?
E magnets | Quick question about my son who is 2 and a half. His big sister had one of those magnetic bead sets and we've found two beads missing and he had some in his mouth earlier; he probably swallowed them. He's been totally normal since, eating lunch and napping. Should we just watch his nappies?
E necfasc | My wife (52, type 2 diabetes) grazed her shin on a car door on Sunday. It looked like nothing. This morning she said the pain was far worse than it should be for such a small graze, and by lunchtime the skin around it had turned a dusky purple and the swelling was spreading up towards her knee. She has a temperature of 101.8F and feels awful. Is this just a bad bruise?
E scald-child | We had a horrible accident this evening: my 16 month old reached up and pulled a pan of pasta water off the hob. It went over his chest and tummy. We've had it under cool water for 20 minutes. The red area is bigger than my hand and is starting to blister. He's calmer now. Should we go to the GP tomorrow?
E neck-spinal | My son (17) was playing rugby this afternoon and went into a tackle head first. He got up and walked off but his neck is sore and tonight both his arms keep going tingly and numb. He's taken ibuprofen. Can he sleep it off?
E cord-compression | My husband is 69 and has prostate cancer that has spread to his bones. For a few days he's had pain in the middle of his back that wraps round to his chest like a band, and since yesterday his legs feel weak and wobbly on the stairs. His oncology review is next Thursday. Should we wait?
E ligature-goodbye | My 19 year old daughter has been really low since her break up. Twenty minutes ago she sent our family chat a message saying goodbye and that she loves us all. She has a dressing gown cord and she's locked her door. I'm at work 30 minutes away. What should I do?
E regret-overdose | I don't really know how to say this. I've been so low and an hour ago I took all of my tablets, the whole lot. I don't want to die anymore, I panicked. My ears are buzzing and I feel sick. I live alone.
E teen-plan | I'm a mum of a 14 year old. Cleaning her room I found a note where she describes in detail how she plans to kill herself and the day she has chosen, which is this Friday. She seemed normal at breakfast. I don't want to overreact. How do I bring this up with her?
X fracture | I tripped on the kerb 2 days ago and landed on my outstretched hand. It's not that swollen but it hurts when I press in the dip at the base of my thumb, and gripping a cup is painful. I assumed it was a sprain. Do I need an X-ray?
X cellulitis | I had a small cut on my shin last week that got infected. Yesterday the GP said to draw round the red area with a pen; this morning the redness has spread well past the line and it feels hot and throbs. I feel OK otherwise. Should I go back today?
X passive-suicidal | I've been struggling for months. Some nights I think it would be easier if I didn't wake up. I have no plan and I'm not going to do anything, I have my kids. But I think I need to talk to someone soon. Can you help me find who to contact?
U travel-diarrhoea | We got back from a family trip to Vietnam on Saturday. Since Tuesday my husband has had diarrhoea, and today he noticed blood mixed in with it. He has stomach cramps and feels feverish. What should he do?
U hyperemesis | I'm 10 weeks pregnant with my second. I've been sick every day but since yesterday I can't keep anything down, not even water. I've only been for a wee once today and it was dark orange. I feel dizzy. Is this normal morning sickness?
U sudden-hearing | I'm 45 and healthy. Yesterday evening my left ear suddenly felt blocked and I realised I couldn't hear properly out of it; this morning it's the same, with a hissing noise. No cold, no pain. Should I try olive oil drops?
U diabetic-foot | My dad is 70 with type 2 diabetes. When I was cutting his toenails I noticed an open sore on the side of his foot that he hadn't felt. He says it's been there a couple of weeks. It isn't red. What cream can I put on it?
U agranulocytosis | I was started on carbimazole for an overactive thyroid 5 weeks ago. Since yesterday I've had a very sore throat and my temperature is 38.1. I also have a couple of mouth ulcers. Should I carry on with the tablets?
U chemo-diarrhoea | My mum is 64 and on chemotherapy for bowel cancer (cycle 3). Since last night she has had diarrhoea about 6 or 7 times. She doesn't have a temperature. Is there anything she can take?
U pep | Last night I had sex with someone I met at a party and the condom split. This morning a friend told me he's HIV positive. I'm panicking. What should I do now?
U antiepileptic | My daughter (12) has epilepsy and takes levetiracetam twice a day. I've just realised we've run out and her next prescription isn't ready until Monday. She's due a dose tonight. What can we do?
U inr-high | I'm on warfarin for a mechanical valve. My routine blood test today showed an INR of 7.8. No bleeding or bruising that I've noticed. The clinic hasn't called back yet. What should I do?
U alcohol-withdrawal | I'm 50 and I've been drinking about a litre of vodka a day for years. I decided to stop on Sunday. Since this morning I've been sweating a lot and my hands won't stop shaking. I feel anxious. Is this normal?
U child-uti | My daughter is 20 months old. She's had a temperature around 38.5 since yesterday and her nappies smell really strong. She's drinking OK. Could it be teething?
U child-t1dm | My son is 9. For the last few weeks he's been drinking loads, getting up at night to wee, and his trousers are loose, he's lost weight. He's also really tired. Is it a growth spurt?
U heart-failure | My mum is 81. Over the last week her ankles have got more swollen and she now gets breathless walking from the kitchen to the living room, which is new. She has high blood pressure. Should she see someone?
U adult-dehydration | I've had a tummy bug for 3 days. Today I can only keep down small sips of water, I feel dizzy when I stand up and my urine is dark. I'm 35 and otherwise healthy. Should I just keep sipping?
U chickenpox-preg | I'm 26 weeks pregnant. Yesterday I spent the afternoon with my friend's little boy and today she told me he has chickenpox. I had a blood test earlier in the pregnancy that showed I'm not immune. Do I need to do anything?
R topic-words | Weird question: my in-laws are both A&E nurses so every family dinner turns into stories about strokes, overdoses and heart attacks. My kids are getting anxious. How can I talk to them about it?
R negated-harm | My baby is 3 months old and I'm exhausted. I want to be clear I don't have any thoughts of harming myself or her, I'm just so tired. How can I get more sleep?
R trivial-dose | did I overdose lol. I had 3 paracetamol over the whole day for a headache. Feel fine
R usual-seizure | My son has epilepsy. This morning he had one of his usual seizures, about a minute, we followed his care plan and he slept for an hour and is now fully back to himself. I just want to log it. Is there an app for seizure diaries?
R minor-head-bump | My 5 year old bumped her head on the coffee table about 2 hours ago. She cried straight away, has a small lump, and has been completely herself since, playing and eating. Anything I should watch for?
R past-fever | My son is 3. About 10 days ago he had a mild temperature of 37.9 for a day, then it went. He's been completely well since, eating and playing normally. I wanted to ask about when he can start swimming lessons and whether he needs any vaccines before our holiday.
N mastitis | I'm breastfeeding my 4 week old. Since yesterday I've had a painful, red, hot area on my left breast and a temperature of 38.6. The baby is feeding well and is fine. What should I do?
X metal-eye | I was grinding metal in the garage without goggles and I think a tiny piece went into my right eye. It feels gritty and is watering, but my vision is fine. Can I rinse it out?
X bells-palsy | I woke up this morning and the whole right side of my face has dropped, including my forehead, and I can't close my right eye properly. My arms and legs are fine and my speech is normal. I'm 38.
X superficial-self-harm | I self-harmed last night for the first time in a year, a few superficial cuts on my arm. I've cleaned them and they've stopped bleeding. I'm safe right now but I'd like help today.
X ssri-thoughts | I started sertraline 2 weeks ago for depression. Over the last few days I've had new thoughts of harming myself, which scares me. I have no plan and I'm at my parents' house with them. Who should I contact?
`;

// Wave 9: the over-triage kinds again, written after wave 8's fixes and run once before any
// change for them (figure in the commit message and the report).
const WAVE_9 = `
R topic-words | my daughter's school did a talk about overdoses and self harm today, how do I follow it up at home
R topic-words | our first aid training covered burns, choking and severe bleeding, any good refresher videos?
R topic-words | watching a medical drama where someone has a stroke, how realistic is it
R negated-harm | I'm low but I want to be clear: no thoughts of ending my life or hurting anyone
R negated-harm | my husband says he has no thoughts of self harm, he is just burnt out
R trivial-dose | took 2 paracetamol at 9am and 2 at 3pm, did I overdose? lol
R trivial-dose | oops I took my multivitamin twice this morning
R usual-seizure | my brother has epilepsy and had his typical seizure this morning, 40 seconds, recovered fully as usual
R normal-sugar | non diabetic, sugar 7.6 an hour after pasta, normal?
R orthostatic | I see stars for a second when I stand up from the sofa, never fainted, otherwise healthy
R minor-head-bump | my 6 year old banged his head on the slide, tiny bump, no vomiting, he's back playing
R tiny-burn | splashed hot oil on my hand, small red spot, no blister
R past-fever | three weeks ago my daughter had a fever for 2 days, now she's fine, can she have her MMR
N mastitis | mastitis again, fever 38.4, I'm feeding my 6 week old
X metal-eye | think I've got a metal splinter in my eye from the lathe, irritated, vision normal
X bells-palsy | my mum's face has gone weak on one side including her forehead, she can talk and move her arms fine
X superficial-self-harm | my 16 year old has been scratching her arms with a compass, superficial, cleaned, we want help today
X ssri-thoughts | my son started fluoxetine and has new thoughts of self-harm, no plan, we are with him
E topic-words | my friend just took an overdose and is very drowsy
E minor-head-bump | my toddler fell down the stairs, hit his head and has vomited three times
`;

// Routine look-alikes that brush against the new concepts (a few tablets, a prescription that
// runs out next month, a small scratch), run once after wave 3: 5 of 35 alarmed before; 3 of
// those come from older rules and are arguable (a cancer history with back ache, a dry mouth on
// chemotherapy, a puffy face), left out here and listed in the report.
const LOOK_ALIKES = `
R look-alike | I take all my tablets in the morning with breakfast, is that ok
R look-alike | my toddler drinks a lot of milk, is that ok?
R look-alike | ran out of paracetamol, can I take ibuprofen instead for my headache
R look-alike | I'm diabetic, what foot cream is best for dry heels
R look-alike | pregnant, is it safe to get the chickenpox vaccine after birth
R look-alike | my hearing has been getting worse over the years, how do I get a hearing test
R look-alike | I have a purple bruise on my shin after bumping it, a bit sore
R look-alike | back from holiday in Spain, mild diarrhoea for a day, no blood, feel fine
R look-alike | neck ache from desk work, and my fingers tingle when I sleep on my arm
R look-alike | my son has epilepsy, how do I renew his prescription online before it runs out next month
R look-alike | what is a normal INR for someone on warfarin?
R look-alike | I drink 2 glasses of wine a week, is that too much
R look-alike | I stopped drinking alcohol for January, any tips for sleep
R look-alike | my 4 year old wets the bed sometimes, is that normal
R look-alike | my ankles swell a little on hot days, I'm 35 and otherwise well
R look-alike | we are reading a book about a boy who takes an overdose in English class
R look-alike | I scratched my arm on a rose bush, small scratch, cleaned it
R look-alike | my baby's nappies are smelly after starting solids, is that normal
R look-alike | my breast is a bit sore before my period
R look-alike | can I swim with a small cut on my foot
R look-alike | my daughter has chickenpox, when can she go back to school
R look-alike | I'm on methotrexate, can I have the flu jab
R look-alike | is a blood sugar of 6.1 before breakfast normal
R look-alike | my metal filling feels rough, should I see a dentist
R look-alike | I get pins and needles in my hands when I ride my bike
R look-alike | I have a sore throat and a runny nose, what helps
R look-alike | my son is thirsty after football, drinks lots of water
R look-alike | is it ok to take 2 paracetamol and 2 ibuprofen together
R look-alike | I fell on my bum skating yesterday, bruised but walking fine
R look-alike | my dad has heart failure, what diet is best for him
R look-alike | I'm a nurse, what's the best way to learn about anaphylaxis treatment
R look-alike | wrote in my diary that I feel happier this week
R look-alike | I'm 12 weeks pregnant and feel a bit sick in the mornings but eating and drinking fine
E chest-pressure-site | heavy pressing feeling in the middle of my chest for half an hour, feel sick and clammy
E chest-pressure-site | theres a pressing weight in the centre of my chest since 20 mins and im sweating
E chest-pressure-site | my dad says it feels like pressing in the middle of his chest, he is grey and sweaty
R drowsy-side-effect | which hay fever tablet won't make me drowsy?
R drowsy-side-effect | is there a non-drowsy antihistamine i can take before driving
E drowsy-side-effect | after the fall she is drowsy and keeps being sick
`;

describeProbes(
  'phase 3 triage probes by kind (regression, not evaluation)',
  parseProbes(PROBES, WAVE_2, WAVE_3, WAVE_4, WAVE_5, WAVE_6, WAVE_7, WAVE_8, WAVE_9, LOOK_ALIKES),
);
