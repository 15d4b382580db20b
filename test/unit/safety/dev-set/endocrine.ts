// Diabetes and hormones: DKA (high sugar with ketones, vomiting, deep fast breathing, drowsiness),
// a severe hypo (confused, unconscious or not responding to sugar), adrenal crisis: emergency.
// Very high sugar without DKA signs, repeated hypos, new diabetes symptoms, moderate ketones,
// an infected diabetic foot: same day (NICE NG17/NG28; Diabetes UK sick-day rules). Readings
// in mmol/L and mg/dL (18 mg/dL = 1 mmol/L).
import { parseCases } from './parse';

export default parseCases(
  'endocrine',
  `
E units | type 1 diabetic, sugar is 28 mmol, ketones 3.8, I'm vomiting and breathing fast
E units | my blood sugar is 540 mg/dL and I've been throwing up and my breath smells weird
E third-person,units | my husband is diabetic and he's sweaty, confused and slurring, his sugar is 2.1
E parent | my son has type 1, he's unconscious and we can't get him to eat anything, the meter just says LO
E units | sugar is 1.9 and I can't stop shaking, I've had sweets but it's not going up
E texting,units | bs 35 mg/dl feel v shaky n confused
E non-native,units | my mother diabetic, sugar very high 30, she is sleepy and not answer well
E plain | I'm diabetic and I've been vomiting all day, can't keep any fluids down and my ketones are high
E third-person | found my diabetic dad on the floor, sweating and not making sense
E plain | I have Addison's, I've been vomiting all day and can't keep my hydrocortisone down, I feel faint
E long,units | I've been type 1 for 12 years and I'm usually on top of it. I had a stomach bug this week and didn't eat much so I cut down my insulin. Today my readings have been 20-25 mmol/L, I have tummy pain, I'm breathing heavily and I feel really drowsy. Should I do a correction dose or wait for the bug to pass?
E typo,units | diabetic, sugar 33, keytones high, been sick lots and feel so drowsy
E units | glucose 600 mg/dl and i am so thirsty and confused, type 2 on insulin
U units | blood sugar has been 22 mmol/L all day, no ketones, I'm thirsty but otherwise ok
U units | glucose reading 380 mg/dL for the second day, not vomiting, no ketones
U units | I keep having hypos at night, woken up drenched twice this week with sugars of 3.2
U plain | constantly thirsty, peeing all the time, I've lost a stone without trying and I'm tired
U units | type 2 on metformin, my sugars have been around 18-20 since I got this chest infection
U non-native,units | my sugar 300 since two days, I am diabetic, I feel tired
U plain | my thyroid levels came back very high and I've got a racing heart, a tremor and I've lost weight
U plain | diabetic, and a cut on my foot has gone red and has pus in it
U parent,units | my 10 year old has type 1, ketones 1.2 and sugar 16, he's a bit off but not vomiting
U units | I'm on insulin and my sugars have been in the high 20s for two days despite corrections
U plain | there's a black spot on my toe, I'm diabetic, it doesn't hurt
U texting,units | sugar been 19-21 mmol all wk even w extra insulin, no ketones, feel rubbish
R units | my HbA1c is 52 mmol/mol, does that mean diabetes?
R units | fasting glucose 5.4 mmol/L, is that normal?
R units | blood sugar 110 mg/dL after breakfast, is that ok?
R question | what should I eat to lower my blood sugar?
R mild,units | had a hypo yesterday at 3.6, had a juice and was fine straight away, what causes them?
R question | can diabetics eat fruit?
R units | my TSH is 4.8, the doctor said it's borderline
R question | what are the symptoms of DKA?
R history | I had gestational diabetes in my last pregnancy, am I at risk now?
R question | does metformin cause diarrhoea?
R units | my glucose after dinner was 8.9 mmol/L, I'm not diabetic, is that high?
`,
);
