// Probes for the kinds an independent blind set missed in phase 3 (told by kind only, never by
// sentence). Written and run once BEFORE any rule was changed for them (before figure in the
// commit message and the report); then the concept layer was fixed by kind. Like
// triage-probes.test.ts this is a regression guard, NOT an evaluation (that is fresh-set/).
// One line each: the level wanted, the kind, a bar, the text.
//   E emergency   U urgent or above   X urgent exactly (not emergency, not routine)
//   N not emergency (urgent or routine)   R routine
import { describe, expect, it } from 'vitest';
import { triage } from '@/lib/safety/triage';

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

const LINE = /^([EUXNR]) ([a-z0-9-]+) \| (.+)$/;
const cases = PROBES.trim()
  .split('\n')
  .map((line) => {
    const m = LINE.exec(line);
    if (!m) throw new Error(`probe line is not "L kind | text": ${line}`);
    return { want: m[1]!, kind: m[2]!, text: m[3]! };
  });

const meets = (want: string, level: string) =>
  ({
    E: level === 'emergency',
    U: level !== 'routine',
    X: level === 'urgent',
    N: level !== 'emergency',
    R: level === 'routine',
  })[want];

describe('phase 3 triage probes by kind (regression, not evaluation)', () => {
  for (const kind of [...new Set(cases.map((c) => c.kind))]) {
    it(`handles the "${kind}" phrasings at the level they need`, () => {
      const wrong = cases
        .filter((c) => c.kind === kind)
        .map((c) => ({ ...c, got: triage(c.text).level }))
        .filter((c) => !meets(c.want, c.got))
        .map((c) => `${c.want} got ${c.got}: ${c.text}`);
      expect(wrong).toEqual([]);
    });
  }
});
