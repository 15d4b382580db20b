// Babies and children: fever under 3 months, NICE traffic-light red features (pale, mottled or
// blue; not responding, floppy, weak high-pitched cry; grunting, fast breathing with
// recession; non-blanching rash; bulging fontanelle; reduced skin turgor), green vomit in a
// newborn, a first febrile fit. Amber features and fever for 5 days or more: same day (NICE
// NG143; NHS).
import { parseCases } from './parse';

export default parseCases(
  'paediatric',
  `
E age,units | my 7 week old has a temperature of 38.4 and is really sleepy
E age | baby is 3 weeks old and throwing up green
E parent,age | my 10 month old is floppy and not responding like normal, he has a high temperature
E parent | my son has a rash of tiny purple dots that don't fade under a glass, and he's really unwell
E parent,units | my 2 year old's temperature is 40.2°C, she's breathing really fast, grunting and very pale
E parent,age | my 1 year old hasn't had a wet nappy in 12 hours, her eyes are sunken and she's very sleepy and floppy
E parent,age | 8 month old baby has a bulging soft spot, a high temp and a high-pitched cry that won't stop
E parent,age | baby is 5 weeks, she feels cold and looks mottled and won't feed
E non-native,age,units | my baby 2 month have fever 38.1, what medicine I give
E parent,age | newborn is 10 days old, he's gone yellow and very sleepy and isn't waking for feeds
E texting,age,units | my lil one is 3mo, v hot 101F n wont feed
E parent | my toddler is blue around the lips and makes a rasping noise breathing in even when resting
E parent | the baby stopped breathing for a few seconds and went blue, she's breathing again now
E parent | my 4 year old has had diarrhoea and vomiting and now he's very drowsy, his hands and feet are cold and he hasn't weed since yesterday
E parent,units | my daughter is 6, she has chickenpox and one spot is red and spreading fast, she's very unwell with a temperature of 40
E long,parent,age | So my 14 month old has had a cold for a few days, runny nose, off her food a bit, nothing major. We gave calpol and she seemed ok. This afternoon she's been really hard to wake, her legs have gone a mottled bluish colour and her hands are icy even though she's burning up. My husband thinks she's just tired from the cold. Should we try calpol again tonight?
E parent,age | my 6 month old has been screaming and pulling his legs up and now there's red jelly-like stuff in his nappy
E typo,age | my 6 week old babys temprature is 38.5 and he wont feed
E age,units | 2 month old baby, temp 100.6 F, a bit grizzly
E parent,age | my 4 week old is breathing really fast and keeps pausing, and he's stopped feeding
U parent | my 4 year old has had a fever for five days now, still eating a little
U parent,age | my 2 year old has had diarrhoea for three days, fewer wet nappies and dry lips but still drinking some
U age,units | baby is 4 months old, temp 39.1 (102.4F) but feeding ok
U parent,units | my 3 year old has a fever of 38.7°C and a new rash on his tummy that does fade when pressed
U parent | my 5 year old has tummy pain and vomiting, he's been sick five times today and won't drink much
U parent,age,units | baby is 9 months, really unsettled, not feeding as much, temperature 38.3 and fewer wet nappies
U parent,age | 6 week old baby is projectile vomiting after every feed and hungry straight after
U parent | my son's eyes are red, his lips are cracked, his hands are peeling and he's had a fever for five days
U non-native | my daughter 3 years have diarrhoea many times since two days, she drink little, less pee
U parent,age | newborn is 5 days old, his skin is slightly yellow, feeding well
U parent | my 8 year old is drinking loads, weeing all the time and has lost weight
U parent | my 2 year old's fever has been 38 to 39 for four days
U parent | my 7 year old has a sore throat and can't swallow anything, not even drinks, since this morning
U parent,age | my 11 month old has had a fever of 39.5 and now he's breathing a bit fast, about 50 a minute
R parent,age,units | my 11 month old has a temperature of 38.5 and is grizzly, still feeding well with plenty of wet nappies
R parent,units | my 2 year old has a fever of 38.2 but she's running around and playing, what dose of calpol?
R parent,age | teething and a bit of a runny nose in my 8 month old
R question | when should my baby have her MMR jab?
R parent | my 5 year old has nits, what's the best treatment?
R question | what temperature counts as a fever in a baby?
R parent,units | baby's temperature was 37.6 after a bath, is that a fever?
R parent,age | my 4 month old spits up a bit of milk after feeds but is gaining weight well
R negation,parent | toddler has a runny nose and a cough but no fever, eating and playing normally
R parent,mild | my 3 year old bumped his knee, cried for a minute then went back to playing
R history,parent | my son had a febrile seizure as a baby, will he have them as an adult?
R hypothetical | if my newborn gets a fever, what should I do?
R parent,age | my 9 week old has a blocked nose and snuffles but is feeding fine and no temperature
`,
);
