// Vessels: aortic dissection (tearing pain through to the back), PE (breathless or chest pain
// on breathing, coughing blood, fainting, after surgery, a flight or a cast), a cold white
// painful limb, a ruptured aneurysm: emergency (NICE NG158; NHS). A swollen painful calf
// without breathlessness (possible DVT): same day.
import { parseCases } from './parse';

export default parseCases(
  'vascular',
  `
E plain | sudden tearing pain in my chest that goes right through to my back, started 10 minutes ago
E plain | sharp chest pain when I breathe and I'm coughing up blood, I had knee surgery two weeks ago
E plain | my calf has been swollen for days and now I'm suddenly short of breath and my heart is racing
E plain | my leg is suddenly cold, white and numb and I can't move my foot
E plain | I'm 72 with a known aortic aneurysm, now sudden severe pain in my tummy and back and I feel faint
E texting | back frm a long haul flight, calf sore n now cant breathe proper n my chest hurts
E non-native | my father have sudden pain in back like tearing, very strong, and his legs are cold
E plain | I'm on the pill and just had a leg cast taken off, now a sharp pain when I breathe and I fainted
E plain | the fingers on one hand have gone white, cold and numb and it hasn't come back for an hour
E long | I took a 13 hour flight back from Singapore on Sunday. My left calf has been tight and achy since, I put it down to sitting. This evening I came over very breathless walking up the stairs, felt a stabbing pain in my chest when breathing in, and almost passed out. I'm on HRT. What stretches would help the calf?
E typo | sudden ripping pain betwen my shoulder blades, felt like something tore, i'm sweating
U plain | my left calf is swollen, warm and painful, bigger than the other one, no breathlessness
U plain | one leg swollen from ankle to knee since yesterday, I'm 30 weeks pregnant
U plain | my leg is swollen and red after a long drive, I feel fine otherwise
U non-native | my leg is swollen and hot and pain behind the knee since two days, I take birth control pill
U plain | a varicose vein on my leg has started bleeding and it's oozing through the plaster
U plain | my foot has gone dusky and painful at night, it's better hanging it over the side of the bed
U plain | after my hip operation my thigh is swollen and tight
U texting | calf pain n swollen since flying back 3 days ago, no chest pain or breathlessness
R question | what are the symptoms of DVT?
R question | should I wear flight socks on a long flight?
R plain | varicose veins ache at the end of the day
R history | I had a DVT three years ago and finished warfarin, can I fly?
R mild | legs a bit puffy at the end of a hot day, goes down overnight
R mild | cold hands in winter, fingers go white then red, is that Raynaud's?
R units | my blood pressure is 128/82, is that good?
R cleared | I had an ultrasound on my leg that showed no clot, so why does my calf still ache?
R plain | pain in my calves when I walk about 200 metres, it goes when I stop, it's been like that for a year
`,
);
