// Heart: pain from the heart, rhythm, collapse. Emergency when chest pain comes with spread,
// sweating, breathlessness, sickness or collapse, when GTN does not relieve known angina, or
// with palpitations plus fainting or chest pain (NHS "call 999": chest pain; NICE CG95).
import { parseCases } from './parse';

export default parseCases(
  'cardiac',
  `
E plain | I've had a heavy pressure in the middle of my chest for about half an hour and now I'm sweating and feel sick
E texting | chest feels like an elephant sitting on it n my left arm is numb rn wat do i do
E typo | hurting in my chestt going up into my jaw and i feel realy clammy
E non-native | my father he have big pain in the chest since one hour, he is grey colour and sweating very much
E third-person | My husband is 58, he's clutching his chest saying it's tight, he's gone pale and can't get his breath
E long | Hi, sorry for the long message. I've been under a lot of stress at work with deadlines, not sleeping well and drinking more coffee than usual. This evening while walking the dog I got a squeezing feeling in my chest that went down my left arm and I had to sit on a wall, it's still there 20 minutes later. I was going to book a GP appointment next week about my sleep anyway, can I just mention it then?
E plain | my heart is racing at about 190 and I feel like I'm going to pass out, my chest is tight
E plain | I collapsed while jogging and my friend says I was out for a minute, my heart was pounding just before
E plain | pain in my chest that feels like indigestion but gaviscon isn't touching it, I'm 64 and diabetic and a bit breathless
E plain | woke up at 4am with a crushing ache across my chest, threw up twice and feel awful
E third-person | my nan has chest pain and her lips look a bit blue
E plain | I have angina, I've used my GTN spray three times five minutes apart and the pain is still there
E texting | heartbeat going mad fast and i just fainted at my desk
E third-person | my dad's defibrillator has shocked him twice in the last hour
E third-person | he suddenly dropped to the floor in the kitchen and he's not breathing, what do I do
E typo | presure in chest and pain in left sholder, sweaty and sick feeling
E non-native | I feel pain in chest like somebody squeeze, it go to my back and arm, I am 55 years
E long | My mum (71) has been a bit under the weather for a couple of days, tired, off her food, says her tummy is unsettled. Tonight she went very pale and sweaty, said her chest and upper back feel heavy and she's short of breath, but she insists it's just her hiatus hernia playing up. Do you think a rennie would help?
E plain | tight band around my chest when I climb stairs that now comes on even sitting still and won't go away
U plain | chest twinges on and off for two days when I breathe in deeply, otherwise I feel fine
U plain | My heart keeps skipping and fluttering today, first time ever, no pain and no dizziness
U plain | my ankles have swollen up a lot this week and I get breathless lying flat, I have heart failure
U units | home blood pressure 192/118 this morning and again an hour later, slight headache but nothing else
U plain | my pulse has been 130 all morning just sitting here and I feel a bit off
U plain | I get a pain in my chest when I walk up the hill to work, it goes away when I stop and rest, started last week
U non-native | I have feeling of heart beating very strong and not regular since yesterday, no pain
U plain | had a bit of chest pain yesterday evening that lasted about ten minutes, gone now, I'm 55 and I smoke
U plain | since my covid booster two days ago I've had chest discomfort and my heart racing
U third-person | my mum's heart rate is only 40 on her watch and she has been feeling light headed today
U texting | chest been achey since yday, not bad, no other symptoms, should i worry
R cleared | got checked in A&E last night for chest pain, ECG and bloods were normal and they sent me home, what can I take for the muscle strain?
R question | what are the early signs of a heart attack in women?
R units | my cholesterol came back at 6.8 mmol/L, do I need statins?
R history | I had a heart attack in 2019 and had two stents, can I start going to the gym again?
R mild | the odd heart flutter when I've had too much coffee, lasts a second, ECG last year was fine
R negation | no chest pain, no breathlessness, just want to know if a blood pressure of 138/86 is ok
R question | my dad takes warfarin for his AF, can he drink cranberry juice?
R hypothetical | if someone has chest pain should you give them an aspirin?
R plain | resting heart rate 52, I run 40 miles a week, is that too low?
R explained | I get heartburn after a spicy curry, is it ok to take gaviscon every night?
R mild | my heart was pounding after I watched a scary film, it settled straight away, just curious why that happens
R question | is it safe to fly six months after a heart bypass?
R history | I was diagnosed with angina three years ago, no pain since I started my tablets, can I get a repeat prescription online?
`,
);
