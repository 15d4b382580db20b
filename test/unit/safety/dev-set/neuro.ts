// Headache, seizures, meningitis, collapse and consciousness: thunderclap headache, a fit
// over 5 minutes or not stopping with rescue medicine, a first fit, meningitis signs and
// someone who cannot be woken are 999 (NHS; NICE CKS headache and epilepsy red flags).
import { parseCases } from './parse';

export default parseCases(
  'neuro',
  `
E plain | sudden headache like being hit with a baseball bat on the back of my head, and now my neck is stiff
E plain | the pain in my head came on like a thunderclap at the gym, 10 out of 10, never had anything like it
E parent | my son has been fitting for 10 minutes, we gave him his buccal midazolam and he's still fitting
E third-person | my girlfriend is shaking all over and not responding, it's been going on for ages
E third-person | my brother is 20, he just had a seizure for the first time ever
E plain | headache and fever, the light hurts my eyes, my neck is very stiff and I feel drowsy
E third-person | my flatmate has a bad headache and now purple spots on his legs that don't go away when I press a glass on them
E non-native | my sister she have convulsion two times and not wake up between
E third-person | he's had one seizure after another, three in the last half hour, and doesn't come round in between
E third-person | my dad is really drowsy and we can't wake him properly, he's just mumbling
E texting | bf passed out n wont wake up, hes breathing tho
E third-person | headache since this morning and now she is confused and being sick, she has a shunt
E long | I've had migraines on and off since my teens so headaches aren't new to me, I usually take sumatriptan and lie in a dark room. But today was different: I was lifting a box and it felt like something burst in my head, the pain went from nothing to unbearable in a second, and I've been sick twice. Should I just take my usual tablet and sleep it off?
E parent | my toddler had a febrile convulsion about an hour ago, first time ever, lasted a couple of minutes, he's sleepy now
E typo | my wife had a siezure and shes not waking up properly afterwards, its been 20 mins
E texting | worst headache of my life rn came on in like a second, throwing up
E non-native | my husband fall down and shaking, eyes go up, now 6 minutes and not stop
E plain | I took my son's rescue medicine out but the fit has been going for 7 minutes and his lips are going blue
U plain | headache for three days that is worse when I lie down and first thing in the morning, and I've been sick a couple of times
U plain | I'm 67 and have a new headache by my temple, my scalp is tender when I brush my hair and my jaw aches when I chew
U parent | my daughter with epilepsy had one of her usual seizures for about a minute, she's back to normal but it's the second this week
U plain | fainted in the shower this morning, came round straight away, feel ok now
U parent | my 15 year old passed out in school assembly, came round in a few seconds, school says to get her checked
U plain | headaches every morning with blurred vision for a week now
U plain | had a seizure last night, first one in four years, I'd missed some lamotrigine doses, feel fine now
U plain | I've had a headache for a week that paracetamol isn't touching, and I'm getting double vision when I look to the side
U plain | keep getting dizzy spells and nearly blacked out twice today when I stood up
R plain | I get migraines about once a month, what's the best over the counter painkiller?
R question | can you die from a seizure?
R plain | I have epilepsy that is well controlled, can I get a driving licence?
R negation | no headache and no stiff neck, just a bit tired after my flu jab
R question | what are the signs of meningitis in teenagers?
R explained | headache after too much wine last night, how do I get rid of a hangover?
R plain | my head feels foggy since I had covid 6 months ago, any tips?
R mild | tension headache at the end of most workdays from sitting at a screen
R hypothetical | if my child has a fit should I put something in his mouth?
R history | my only seizure was ten years ago and I've been off medication since, do I need to tell my insurer?
R question | why do you get a brain freeze from ice cream?
R mild | I have a splitting headache from the kids screaming all day lol, paracetamol or ibuprofen?
`,
);
