// Breathing, asthma, COPD, choking: too breathless to speak in sentences, a reliever that does
// not help, blue or grey lips, drowsiness, a child working hard to breathe, and choking with no
// cough are 999 (BTS/SIGN asthma severity; NHS "call 999"). A worse cough or wheeze that still
// responds to treatment is same-day.
import { parseCases } from './parse';

export default parseCases(
  'respiratory',
  `
E plain | asthma attack, used my blue inhaler 10 puffs and no better, can only say a few words at a time
E parent | my 4 year old choked on a grape, he can't cough or cry and he's going red
E third-person | my dad has COPD, his lips are going blue and he's really drowsy and can't get his breath
E texting | cant breathe properly, chest tight, inhaler not working at all
E non-native | my son breathing very fast and his ribs are going in with every breath, he cannot eat
E units | my mum is struggling to breathe sitting still and her sats are 86%
E texting | cnt catch my breath at all even sitting down, gasping
E third-person | something went down the wrong way and he's clutching his throat, can't speak or breathe
E third-person | she's wheezing so badly she can't finish a sentence and she's exhausted, the nebuliser didn't help
E long | I've had a chest infection for about a week and the GP gave me antibiotics on Monday which I've been taking as told. The cough isn't too bad in the day, but tonight I've been getting worse and worse, now I can't lie down or talk properly without gasping and my lips feel tingly and look a bit dusky. Should I ring the surgery in the morning to ask for stronger antibiotics?
E units | oxygen reading 89 on the fingertip thing and I'm breathless just walking to the loo
E third-person | my grandpa's breathing is really noisy and slow and he's hard to wake
E plain | sudden shortness of breath and a sharp pain on one side of my chest, I'm tall and skinny and it started while I was sitting down
E typo | my asthama is really bad, inhaller isnt helping and im struggling to talk
E non-native | I cannot take air, my chest is closing, the spray is not working
E parent | my baby is making a grunting noise with every breath and is sucking in under his ribs
E long | My partner has had covid for six days. She has been coughing and tired which we expected, and we've been checking her oxygen with a pulse oximeter from the pharmacy. It has been 96-97 all week but tonight it's been 90-91 on every reading and she is breathing much faster than before, about 30 breaths a minute. She says not to make a fuss. Is there anything we can give her to help her sleep?
U plain | my asthma's been worse for 3 days, using my reliever 5 or 6 times a day and waking at night coughing
U plain | COPD flare up, coughing up green phlegm and more breathless than usual but managing at home with my rescue pack
U units | temperature 38.9°C, cough with rusty phlegm, and a pain on the right side when I breathe in
U third-person | my mum is 70, she has a chest infection and is breathing faster than usual and off her food
U units | my oxygen was 94% this morning, it's usually 98, I have covid
U plain | I've been getting out of breath doing things I used to do easily over the last week, and my ankles are swollen
U texting | been coughing up blood streaked phlegm since yday
U parent | my son has croup, barking cough and a bit of noisy breathing when he cries, fine when he's calm
U parent | my 2 year old is coughing, temp 38.2 and breathing a bit faster than normal but still playing
U plain | wheezy and chesty since my cold, my inhaler helps but only for a couple of hours
U non-native | I have cough two weeks and now breathing is more hard when I walk, some fever at night
R question | what's the difference between a preventer and a reliever inhaler?
R plain | cough after a cold for 10 days, not breathless, no fever, just annoying at night
R question | my asthma is well controlled, do I need a flu jab?
R cleared | got checked at urgent care for shortness of breath, chest x-ray and oxygen were fine, they said it was anxiety, how do I manage panic attacks?
R mild | I can't breathe through my nose because of hay fever, are there any good sprays?
R history | I had pneumonia in 2021, am I more likely to get it again?
R explained | out of breath after running for the bus, I'm really unfit, how should I start running?
R question | is vaping as bad as smoking for my lungs?
R hypothetical | if my child chokes, what is the right way to do back blows?
R negation | no wheeze and no shortness of breath, just a tickly cough from the dust at work
R units | my sats are 97 and I feel fine, the covid test is positive, what should I do?
R mild | I was choking on my tea laughing at something, it went down the wrong way, coughed it up fine, why does that happen?
`,
);
