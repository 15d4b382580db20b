// Allergy and anaphylaxis: throat or tongue swelling, a hoarse voice, wheeze, breathing or
// swallowing trouble, faintness or collapse after a trigger, or having needed adrenaline:
// 999 (Resuscitation Council UK; NHS anaphylaxis). Lip or face swelling alone, a drug rash,
// a large local reaction: same day. Hives alone, hay fever: routine.
import { parseCases } from './parse';

export default parseCases(
  'allergy',
  `
E plain | ate a cookie with nuts in and now my throat feels tight and my voice is hoarse
E plain | stung by a wasp and now I'm covered in hives, dizzy and my lips are swelling
E parent | my son is allergic to peanuts, he ate something at a party and now he's coughing, wheezy and his face is puffy
E plain | used my epipen 5 mins ago after eating prawns, still feel swollen and faint
E texting | lips n tongue swelling up after the new antibiotic, hard to swallow
E non-native | after injection at dentist my face is swelling very fast and I cannot breath well
E plain | my throat feels like it's closing after taking amoxicillin, itchy all over
E parent | my daughter's tongue is swelling up and she's drooling and can't swallow
E third-person | he collapsed after a bee sting at the picnic, he's pale and floppy
E plain | hives everywhere and I feel like I'm going to pass out, I've been sick
E long | I'm allergic to sesame and I'm usually really careful. We had a takeaway tonight and I'm pretty sure there was sesame in the sauce. I took two antihistamines about 20 minutes ago. Now I've got a weird tight feeling in my chest and my voice sounds strange, but the rash isn't too bad. Should I take another antihistamine or wait?
E plain | my tongue is swelling after I started ramipril and it's getting bigger
E third-person | my wife had shellfish and now she's wheezing and her lips look blue
E typo | alergic reaction to penicilin, throat swolen and struggling to breath
E non-native | I eat peanut by mistake, now my mouth and throat is swelling and I feel like vomit
U plain | my lip swelled up a bit after eating strawberries, breathing fine, nothing else
U plain | my face is a bit puffy after a new face cream, no breathing problems
U plain | started a new antibiotic three days ago and now I've got a rash all over, I feel ok
U plain | wasp sting on my arm and the swelling has spread up to my elbow, getting bigger for two days
U plain | swollen lips when I woke up twice this week, no idea why, breathing fine
U parent | my 1 year old had egg for the first time and came up in red blotches all over with a puffy eye, breathing normally
U texting | eyelids n lips swollen after hair dye, no breathing probs
R question | what are the symptoms of anaphylaxis?
R question | how do I use an epipen?
R plain | hay fever is making my eyes itchy and my nose run
R plain | I'm allergic to penicillin, what else can be used for a tooth infection?
R hypothetical | if I get stung by a bee and I'm allergic, what should I do?
R history | I had anaphylaxis to nuts as a kid, do I still need to carry an epipen?
R mild | my mouth tingles when I eat raw apples, is that an allergy?
R plain | itchy rash on my wrist from my new watch strap
R negation | no swelling and no breathing trouble, just a few itchy bumps after mosquito bites
R plain | a few hives came up on my arms after gardening, they went with an antihistamine
R cleared | had a reaction to a bee sting last summer, the allergy clinic tested me and said I'm not at risk of anaphylaxis
`,
);
