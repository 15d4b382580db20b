// Injuries: head injury with loss of consciousness, vomiting, drowsiness, clear fluid or on an
// anticoagulant (NICE NG232 CT criteria); a fall from height, neck injury with tingling,
// deformed limb with a cold hand, open fracture, stab wound, large or deep burns, electric
// shock, drowning, smoke, heat stroke: emergency. A fracture you cannot bear weight on, deep
// cuts, bites, burns on the hands, concussion symptoms: same day (urgent treatment centre).
import { parseCases } from './parse';

export default parseCases(
  'trauma',
  `
E plain | I'm on warfarin and hit my head on the cupboard door, just a bump but I have a headache
E third-person | my dad fell and banged his head, he takes apixaban, he seems fine
E plain | hit my head playing rugby, I was knocked out for a few seconds and I've been sick twice
E plain | fell off a ladder about 3 metres onto my back and I can't feel my legs
E plain | car crash, my neck hurts and I have tingling in both arms
E parent | my son fell off the trampoline and his arm is bent at a weird angle and his hand is pale and cold
E third-person | he got stabbed in the leg, there's blood everywhere
E plain | burned my arm with boiling water, the skin is white and leathery and it's about the size of my forearm
E texting | fell down the stairs n my leg bone is sticking out thru the skin
E non-native,parent | my son fall from the tree, he hit head, now he is sleepy and vomit
E parent | my toddler pulled a kettle of boiling water over herself, big burn on her chest
E plain | I got an electric shock from a mains cable, I was thrown back and my heart feels weird
E plain | after hitting my head yesterday I have clear fluid dripping from my nose and a worsening headache
E long | Yesterday afternoon my mum (79) slipped on the wet kitchen floor and bumped her head on the counter. She said she was fine and didn't want to go to hospital. Today she's been repeating herself, asking the same questions, and she seems more sleepy than usual. She's always a bit forgetful so I'm not sure if it's new. Is there anything I can put on the bruise on her forehead?
E third-person | pulled my friend out of the pool, he's coughing and confused
E third-person | house fire next door, my husband went in and now he has a hoarse voice and black spit
E units | been working outside in the sun all day, now I'm confused, not sweating any more and my temperature is 40.5
E parent,age | my 4 month old rolled off the bed onto the floor, he vomited twice and seems drowsy
E typo | got hit by a car on my bike, my hips reely hurt and i cant stand up, feel dizzy
E third-person | my brother came off his motorbike at speed, he's awake but says his chest and belly hurt a lot
U plain | twisted my ankle playing football and I can't put any weight on it, it's very swollen
U plain | fell on my outstretched hand, my wrist is very swollen and painful but I can move my fingers
U plain | dog bite on my hand that has punctured the skin
U plain | cut on my knee is deep and gaping, about 3cm, the bleeding has stopped
U plain | burned my hand on the oven, there's a blister about the size of a 50p and it's really painful
U plain | stepped on a rusty nail through my shoe and I'm not sure about my tetanus
U parent | my son fell off his bike, his wrist is swollen and he won't use it
U plain | rib pain after falling against the edge of the bath, it hurts to breathe in deeply but I'm not breathless
U plain | dropped a weight on my toe, it's black and blue and I can't walk on it
U plain | got hit in the head with a ball two days ago and I still have a headache and feel dizzy and foggy
U plain | jammed my finger in the car door and now it's crooked
U plain | there's glass in my foot, I can see a bit of it under the skin
U non-native | I fall on ice and my arm is very pain and swelling, I cannot move the elbow
U texting | jumped off a wall n landed wrong, ankle swollen like a balloon, cant walk on it
R question | how long does a sprained ankle take to heal?
R mild | bumped my head getting into the car yesterday, small bump, no headache or sickness, feel fine
R mild | small burn from the iron, red and a bit sore, no blister
R history | I broke my arm two years ago and it aches in the cold, is that normal?
R mild | bruised my shin on the coffee table, it's gone purple
R cleared | A&E x-rayed my foot yesterday and said there's no fracture, just a sprain, how do I strap it?
R question | what is the RICE method?
R hypothetical | if someone gets knocked out playing football, when can they play again?
R mild | grazed my knee falling off my scooter, I've cleaned it, how do I stop it scarring?
R mild | I stubbed my toe really hard on the bed, it hurts but I can walk fine
`,
);
