// Eyes: sudden loss of vision, chemical splashes, penetrating injury, an acutely painful red eye
// with haloes and vomiting, a curtain over the vision, a new third-nerve palsy, orbital
// cellulitis: emergency (eye casualty now). Painful red eye with blurred vision, new floaters,
// contact-lens pain, shingles near the eye: same day (NICE CKS red eye; College of Optometrists).
import { parseCases } from './parse';

export default parseCases(
  'eye',
  `
E plain | sudden loss of vision in my right eye, like someone switched off a light, no pain
E plain | splashed oven cleaner in my eye and it's burning badly
E plain | a bit of metal flew into my eye while I was grinding and now I can't see properly out of it
E plain | sudden very painful red eye, blurry vision with halos around lights, and I've been vomiting
E plain | got hit in the eye with a squash ball and now I see double and the eye won't move up
E texting | seeing flashes n a dark curtain coming across my left eye since this morning
E third-person | my mum suddenly has double vision and one eyelid is drooping, with a bad headache
E plain | my eye is swollen shut and red all round it, I have a fever and it hurts to move my eye
E non-native | I put wrong liquid in my eye, it was nail remover, very burning and I cannot open
E typo | sudenly cant see out of my left eye, everything went black
U plain | painful red eye since yesterday and my vision is blurred, I wear contact lenses
U plain | new floaters in my right eye since this morning, no flashes and no shadow
U plain | my eyelid is red and swollen and a bit painful, no problem seeing
U plain | scratched my eye with a twig, it feels like something's in it and it keeps watering
U plain | red aching eye that can't stand light, I have ankylosing spondylitis
U non-native | my eye is very red and pain, I cannot look at the light, vision is not clear
U parent,age | baby is 2 weeks old and has sticky red eyes with lots of discharge
U plain | I have shingles on my forehead and now the tip of my nose and my eye are sore
U plain | blurry vision in one eye came on over a day, no pain
U plain | I see wavy lines in the middle of my vision in one eye, it started this week
R plain | sticky eyes with a yellow crust in both eyes, no pain, my vision is fine
R plain | my eyes get tired after using the computer, any tips?
R mild | a small red patch on the white of my eye, no pain, vision normal
R question | how often should I get an eye test?
R plain | my eye has been twitching for a week, it's annoying
R history | I've had the same floaters for years, nothing new
R cleared | the optician checked my eyes after I saw flashes and said the retina is fine
R question | is it normal for your eyesight to get worse after 40?
R plain | itchy watery eyes from hay fever
R mild | got a bit of shampoo in my eye, rinsed it out, it's a bit pink but fine
`,
);
