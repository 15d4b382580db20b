// Kidneys and bladder: urinary retention, a UTI with confusion or rigors in an older or
// catheterised person, an infected obstructed kidney, hyperkalaemia on dialysis: emergency.
// Kidney infection (fever, loin pain), male UTI, blood in urine, renal colic: same day
// (NICE CKS pyelonephritis and renal colic).
import { parseCases } from './parse';

export default parseCases(
  'urology',
  `
E plain | I haven't been able to pee at all for 10 hours, my bladder feels like it's bursting and it's agony
E third-person | my dad has a catheter and it hasn't drained for hours, he's shivering with a high temperature and confused
E units | kidney stone pain on my left side and now a fever of 39 with shaking chills
E plain | I'm on dialysis and missed my session yesterday, my legs feel weak and my heart feels funny
E non-native | my grandmother have urine infection, now she is very confused and shivering, not eating
E plain | hardly any wee in the last 24 hours, my legs are puffing up and I feel breathless
E plain | agonising pain from my back to my groin, I'm rolling around and vomiting, and I only have one kidney
E texting | cant wee since last nite n my tummy is massive n sore
U units | burning when I pee, pain in my back on one side and a temperature of 38.5
U plain | UTI symptoms for three days, now I feel shivery and have pain in my side
U plain | stinging when I wee and going every 10 minutes, I'm a man, 45
U plain | my urine is the colour of cola and my ankles are swollen
U plain | pain coming in waves in my side and groin, I think it's a kidney stone, no fever
U plain | passing blood clots in my pee and I can't empty my bladder properly
U texting | peein blood n it stings
U third-person | my 80 year old mum has a UTI, she's more confused than usual but eating and drinking
U plain | burning pee and I'm 28 weeks pregnant
U units | I have pain when I make urine and fever 38.7 since yesterday, pain in my back
U parent | my 3 year old says it hurts to wee and she has a temperature of 38.6
U plain | weak stream and dribbling for months, now I'm struggling to pass anything today
U plain | my catheter hasn't drained since this morning and my tummy is uncomfortable
U typo | burning wen i pee and feel feverish and shakey, lower back sore on the rite
R question | do I need antibiotics for a mild UTI or will it go away by itself?
R explained | my pee is bright orange since I started taking vitamins
R plain | getting up twice a night to wee, I'm 60, could it be my prostate?
R question | what's a normal creatinine level?
R history | I had kidney stones five years ago, what should I drink to avoid them?
R explained | my urine smells strong after eating asparagus
R explained | pink wee after beetroot soup, otherwise I feel well
R negation | no burning, no pain, just peeing more often since I started drinking more water
R units | my PSA came back at 1.2, is that normal for 55?
R question | does cranberry juice work for cystitis?
R mild | mild cystitis, a bit of stinging for a day, drinking lots, no fever, can I get something from the pharmacy?
`,
);
