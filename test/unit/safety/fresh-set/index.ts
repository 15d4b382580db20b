// A fresh held-out set, written on 1 December 2026 after the development set's held-out half
// had been used to write rules (commit f1a69bd onwards looked at its misses, see docs/history/triage.md), and
// BEFORE this set was ever run: it is scored by `npm run triage:report` and must never be used
// to change a rule. Same line format and labels as the development set (dev-set/parse.ts).
// Once a rule is changed because of one of these lines, this set is spent: say so here.
import { parseCases } from '../dev-set/parse';

export default parseCases(
  'fresh',
  `
E texting | bf just went grey n sweaty holding his chest says its like a tight band, hes 49
E third-person | my aunt 63 has pain in her upper back and jaw for 40 mins and feels sick, she's diabetic
E non-native | my husband he have very strong pain chest going to left shoulder, he is sweating too much
E typo | chest pian spreading too my arm and i feel faint
E long | I'm 58 and I've been decorating all weekend so I thought it was a pulled muscle. But tonight I was sitting watching TV and got a heavy pressing feeling in the middle of my chest which has been there for half an hour, and I feel a bit breathless and clammy. My wife says I'm being dramatic. Should I take an antacid?
E plain | sudden ripping pain from my chest right through to my back, I feel like I'm going to pass out
E plain | my mouth has dropped on one side and my arm feels heavy, started twenty minutes ago
E third-person | my father's speech suddenly became slurred at dinner and he couldn't lift his fork
E non-native | my mother suddenly she cannot speak the words correct and her right hand is weak, age 77
E texting | nan cant walk straight all of a sudden n keeps being sick n says room spinning, 84
E typo | my wife suddnely lost vision in half of her sight and has a bad headach
E plain | worst headache of my life came on like a thunderclap an hour ago and I threw up
E long | I get tension headaches a lot from work so I didn't think much of it at first. But this one was totally different — it hit me all at once while I was in the shower, like being kicked in the back of the head, and now my neck is stiff and the light is hurting my eyes. I've taken two paracetamol. How long should I wait before taking more?
E parent | my 3 year old has a high temperature and a rash of tiny purple dots that don't fade under a glass
E parent | my 5 week old baby has a temperature of 38.3
E parent,units | baby 10 weeks, temp 101.5F, not feeding
E parent | my 1 year old is very floppy and hard to wake, he's been vomiting all day
E parent | my toddler is struggling to breathe, her ribs are sucking in and she's grunting
E parent | my son put a button battery in his mouth and now it's gone, he is 2
E parent | my 4 year old drank some washing up liquid and some of the bleach spray from under the sink
E parent | my 20 month old has swallowed several of my iron tablets
E parent | baby 2 weeks old is throwing up green
E parent | my 6 month old had a fit, first one ever, it lasted about 3 minutes, now very sleepy
E plain | I have epilepsy and I've had two seizures in a row without waking up in between, my partner is typing this
E third-person | my brother's been fitting for over five minutes and the buccal midazolam hasn't stopped it
E plain | my asthma is really bad, my inhaler isn't working and I can't say a full sentence
E texting | cant breathe properly lips look blue n inhaler doin nothing
E plain | my tongue and lips are swelling after eating a satay and my throat feels tight
E third-person | my colleague got stung by a bee and now she is wheezing, dizzy and her face is swollen
E plain | I've been bitten by a snake on a walk in Cornwall, my leg is swelling
E plain | found my partner unconscious on the bathroom floor, he is breathing but won't wake up
E third-person | my housemate took a load of pills and a bottle of vodka and now he's really drowsy and mumbling
E plain | I took 32 paracetamol this morning because I wanted it all to stop, I feel fine now
E plain | I've got a rope in the shed and I've decided tonight is the night
E plain | I've written letters to my children and sorted out my affairs, I'm ready now
E texting | theres no point anymore i have a blade and im going to use it
E third-person | my mate sent a message saying he's sorry for everything and he loves us all and now he's not answering his phone
E plain | my son is hearing voices telling him to jump from the window and he's standing by it
E long | Hi, I had my baby 8 days ago and the first week was fine, but my husband says for the last two days I've barely slept, I keep thinking people are putting things in the baby's milk and I feel like my thoughts are being broadcast. I don't think anything is wrong with me but he made me write this. What do you think?
E plain | I'm 30 weeks pregnant and suddenly have a terrible headache, my vision is blurred and my face and hands have swollen
E plain | 24 weeks pregnant and I'm bleeding heavily with clots
E non-native | I am pregnant 8 weeks and I have very bad pain on right side of belly and pain in my shoulder, I feel like fainting
E plain | I gave birth 3 days ago and I'm soaking a big pad every half hour and feel dizzy
E plain | vomiting up dark blood like coffee grounds and I'm lightheaded
E plain | I have been passing black sticky stools all day and I nearly fainted when I stood up
E plain | I cut my leg on a saw, it is spurting blood and won't stop even with a tight towel
E plain | my dad is on rivaroxaban, he banged his head on a door frame this morning and now has a headache
E third-person | my mum is 82 and on warfarin, she fell and hit her head yesterday and now she's more confused than usual
E plain | I'm having chemotherapy for lymphoma and my temperature is 38.4
E parent | my daughter has leukaemia and is on chemo, she has a temperature of 38 and is shivery
E plain | my stomach is rock hard and I have the worst pain I've ever had, I can't move
E plain | severe pain in my lower back that came on suddenly, I'm 74 and feel faint, I have an aneurysm they are watching
E plain | type 1 diabetic, been vomiting since morning, ketones 4.2 and breathing fast
E units | blood sugar 1.8 mmol and my husband is sweaty and not making sense
E plain | my husband 79 suddenly very confused, shaking with a fever and his skin is blotchy
E long | My grandad is in a care home and has had a water infection, he was on antibiotics but today the staff say he is very sleepy, his breathing is fast and his hands are cold and mottled. They want to wait for the GP tomorrow. Is that ok?
E plain | sudden severe pain in my testicle with vomiting, started an hour ago, I'm 16
E plain | I fell from a horse and landed on my neck, now my hands are tingling
E plain | I was hit by a car on my bike, my hip really hurts and I can't stand
E plain | I have back pain and now I can't feel my bum and I've wet myself without knowing
E plain | my whole leg is cold, white and very painful and I can't feel my toes
E plain | chemical splashed in my eye at work, it's burning and I can't open it
E plain | sudden loss of sight in my right eye, it just went dark
E plain | someone punched me and my jaw is broken, I can't close my mouth and there's blood
E third-person | my son burnt his hand and arm on the oven door, large blisters all over the back of his hand and arm
E plain | breathing in smoke from a kitchen fire, now coughing black stuff and my voice is croaky
U plain | my left calf has been swollen and painful for two days, I had a knee operation three weeks ago
U plain | pain in my side and back with a temperature of 38.6 and it burns when I pee
U plain | fell on my wrist while skiing, it is very swollen and I can't bend it
U units | my sugar has been around 22 mmol/l for two days, no ketones
U units | glucose 340 mg/dL this afternoon and I'm really thirsty
U plain | my eye is red, painful and sensitive to light and my vision is a bit blurry
U plain | a spider bite on my leg has turned into a hot red patch that's getting bigger by the hour
U parent | my 2 year old has had diarrhoea for three days and is now not drinking and has had one wet nappy today
U parent,units | my son has had a fever of 38.9 for four days
U plain | 28 weeks pregnant and I haven't felt the baby move much today
U plain | I'm 35 weeks pregnant and my feet and hands are really itchy, especially at night
U plain | I've had a sore throat for a week and now I can hardly open my mouth and one side is swollen
U plain | I have had earache for 3 days and now there's swelling and pain behind my ear
U plain | I think I've broken my toe, it's really swollen and purple and I can barely walk
U third-person | my dad 80 has had diarrhoea and vomiting since yesterday and is very weak and dizzy
U plain | blood in my pee and a fever
U plain | I have a burning pain in my upper tummy that wakes me at night and my poo has been black
U plain | I've been vomiting for two days and can't keep water down
U plain | my wound from my c-section is red, hot and leaking pus
U plain | I've got a painful hot red swollen knee and a temperature
U plain | I think I have a kidney stone, really bad pain that comes in waves from my back to my groin
U plain | a fish bone is stuck in my throat since dinner, I can swallow but it hurts
U plain | my heart rate has been over 140 for the past two hours and I feel a bit dizzy
U plain | my blood pressure reading is 190/118 and I feel fine
U plain | I've had shingles on my forehead for a day and now my eye is sore
U plain | I'm breastfeeding and my breast is red, hot and painful and I have flu-like symptoms
U non-native | I have pain when I pass urine and also my back is paining on one side and I am shivering
U typo | my ankle is realy swolen after i twisted it and i cant walk on it at all
U texting | kid has a temp n a rash all over, not purple, still playing bit grumpy
U plain | I was bitten by my neighbour's cat on my hand this morning and it's now swollen and red
U plain | I have a tooth abscess and my face is swelling up toward my eye
U plain | sudden loss of hearing in one ear this morning, no cold
U plain | my newborn is 3 days old and looks quite yellow, feeding ok
U plain | I'm 16 weeks pregnant and have burning when I pee
U plain | my asthma has been getting worse this week and I'm using my blue inhaler every three hours
U plain | I have diabetes and a cut on my foot that has gone red and smelly
U plain | I feel very low and I've stopped eating, I don't want to die but I can't cope anymore
U plain | I've had a cough for 3 weeks and I've been coughing up a bit of blood
U plain | my catheter hasn't drained anything for six hours and my tummy is sore
U third-person | my mum 88 has stopped eating and drinking properly for two days and seems weaker
U plain | my stitches came apart and the wound is gaping
U plain | the mole on my back has started bleeding and changed shape
U plain | I stood on a rusty nail and it went deep into my foot
U plain | I've had a temperature of 39 for three days with a cough and now it hurts when I breathe in
R plain | how long does a cold usually last?
R plain | I've had a mild headache since this morning, I think I haven't drunk enough water
R plain | my 8 year old has a wobbly tooth that's bleeding a little
R parent | my baby has a bit of cradle cap, what can I use?
R plain | what are the warning signs of a stroke?
R question | can you explain what sepsis is and how it's treated?
R plain | I'm on warfarin and want to know which painkillers are safe
R cleared | had chest pains last month, all tests in hospital were normal, told it was anxiety; can I start running again?
R cleared | my son had a febrile convulsion last year; what temperature should I give paracetamol at?
R explained | my pee has been pink since I had a big plate of beetroot yesterday, otherwise fine
R explained | my poo has gone black since I started iron supplements, no pain
R plain | I have a stye on my eyelid
R plain | how much paracetamol can I give my 4 year old?
R plain | my knee clicks when I go up stairs but doesn't hurt
R plain | I feel a bit tired lately, I have a new baby and don't sleep much
R plain | I have had a cough for four days, no fever, eating and sleeping fine
R history | I had a stroke ten years ago and have recovered well, can I fly long-haul?
R question | what does a heart attack feel like?
R hypothetical | what should I do if my child ever has a seizure?
R negation | no chest pain, no breathlessness, just a blocked nose and sneezing
R plain | I'm 12 weeks pregnant and feeling sick in the mornings, is ginger ok?
R plain | my toddler has a runny nose and temp of 37.8 but is playing happily and eating
R plain | I'm diabetic, my sugar was 8.9 after dinner, is that ok?
R plain | my period pains are bad this month, ibuprofen helps
R plain | is it normal to bruise easily when you're older?
R plain | my 70 year old dad is getting a bit forgetful, forgets names, is that normal ageing?
R plain | I cut my finger slicing onions, it stopped bleeding after a few minutes
R plain | I get pins and needles in my hand when I sleep on it
R plain | my back aches after a long day at my desk
R plain | I have mild heartburn after big meals
R texting | got a spot on my chin thats really sore lol
R non-native | I have little itching on my hands since two days, no swelling, no breathing problem
R third-person | my wife gets migraines, she has one now like usual, her tablets help
R plain | I bumped my head on a cupboard door, it's a bit sore, no other symptoms
R plain | my ears feel blocked after flying
R plain | what is a normal resting heart rate?
R plain | I've been feeling a bit low since my dog died, but I'm getting out and seeing friends
R plain | my hay fever is bad this week, itchy eyes and sneezing
R plain | my 6 year old has nits, what should I use?
R plain | I've got a verruca on my foot
R question | can you get shingles twice?
R plain | I've been constipated for a few days, no pain, eating normally
R plain | I sprained my ankle a week ago, it's getting better but still a bit swollen
R plain | my fingers go white in the cold and then red when they warm up, it's been like that for years
R plain | I'm on the pill and missed one yesterday, what should I do?
`,
);
