// Abdomen and gut: sudden severe pain with a rigid belly, green (bile) vomiting with a swollen
// belly and no wind, pain through to the back with vomiting, an irreducible hernia, jaundice
// with fever and rigors, severe dehydration: emergency. Same day: worsening pain with fever,
// vomiting with no fluids kept down, jaundice, bloody diarrhoea (NHS stomach ache; NICE CKS).
import { parseCases } from './parse';

export default parseCases(
  'abdominal',
  `
E plain | sudden agonising pain in my tummy, my belly is rigid like a board and I can't move
E plain | vomiting green bile all day, my tummy is swollen and I haven't pooed or passed wind since yesterday
E plain | terrible pain in the top of my stomach going through to my back, I've been drinking a lot and I keep vomiting
E third-person | my dad's tummy is massively swollen and tender, he's confused and has a fever, he has cirrhosis
E texting | stomach pain soo bad i cant stand up, been sick 10 times, cant keep water down for a day
E non-native | my husband have very strong pain in belly, he cannot move, belly is hard and he is sweating
E plain | severe stomach pain in waves, I've been sick, my skin and eyes have gone yellow and I'm shivering with a high temperature
E third-person | my grandmother has had diarrhoea and vomiting for three days, she's barely peeing and now she's very drowsy
E long | My hernia has been there for years and I usually push it back in. This morning it popped out when I coughed and now it won't go back, it's gone hard and really tender, and I've been sick twice. I'm going on holiday on Saturday so wanted to check if I should get it looked at when I'm back
E typo | realy bad stomache pain, belly swolen and hard, threw up dark brown stuff that smells like poo
E plain | I'm 78 and my belly is hugely bloated and painful, I've been vomiting and haven't opened my bowels for 4 days
E third-person | my son had his appendix out 5 days ago, now he's got a fever of 39.6, his belly is really tender and he's pale and shaky
U plain | pain in the right side under my ribs after a fatty meal, now constant for 12 hours and I feel sick
U plain | vomiting and diarrhoea for two days, can't keep fluids down and I feel dizzy when I stand
U plain | my wife noticed my eyes and skin look yellow, I feel ok otherwise
U plain | diarrhoea for ten days with blood and mucus in it
U units | tummy hurting on the lower left for two days, temp 38.1, I've had diverticulitis before
U plain | tummy pain for 24 hours that's getting worse, it hurts to cough or jump
U plain | food keeps feeling stuck in my chest when I swallow, started this week, I can still drink
U units | stomach cramps, sickness and loose stools for three days, temp 38.4, now I feel weak
U plain | burning pain in my upper tummy that has woken me the last three nights, and my poo looks darker
U plain | pain started around my belly button and moved to the lower right, it hurts to walk and I have a temperature of 38
U non-native | I have pain in stomach right side down since yesterday, it is getting more strong, I don't want eat
U texting | been throwing up since last night, cant even keep water down, stomach cramping
U plain | I'm 70 and have had new tummy pain after every meal for a week, and I've lost some weight
R plain | bloating after meals and some wind, could it be IBS?
R plain | had food poisoning yesterday, the vomiting has stopped and I just have a loose stomach, how do I get my appetite back?
R plain | acid reflux when I lie down after dinner
R question | what foods help with constipation?
R cleared | I went to A&E with tummy pain on Saturday, they scanned me and said it was trapped wind, the pain is much better now
R negation | no vomiting and no blood, just a bit of an upset stomach after a takeaway
R question | does appendicitis always cause a fever?
R history | I had my gallbladder out last year, can I eat fatty food now?
R mild | my period cramps are bad, what painkillers work best?
R explained | my poo is green after eating loads of spinach
R mild | stomach ache after eating too much at the buffet, feel like I'm going to burst lol
`,
);
