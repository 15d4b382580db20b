// Pregnancy and after birth: heavy bleeding, severe headache or visual disturbance late in
// pregnancy, a fit, cord prolapse, no movements, constant pain with a hard bump, one-sided pain
// with faintness early on, heavy bleeding or fever after birth, breathlessness after a
// caesarean: emergency (NHS; RCOG). Spotting, reduced movements, waters breaking, itching,
// vomiting with no fluids kept down, mastitis: same day (call the maternity unit).
import { parseCases } from './parse';

export default parseCases(
  'obstetric',
  `
E plain | I'm 34 weeks pregnant with a bad headache, I'm seeing flashing lights and my face and hands are swollen
E plain | 31 weeks and bleeding bright red, quite a lot, with tummy pain
E plain | my baby was born four days ago and I'm soaking a pad every hour and passing big clots
E plain | 32 weeks, my waters have broken and I can see the cord
E plain | 6 weeks pregnant, sharp pain on the right side of my lower tummy, pain in my shoulder tip and I feel faint
E plain | I had a c-section 10 days ago and now I'm breathless with chest pain
E plain | I'm 38 weeks and the baby hasn't moved at all today
E texting | preg 36 wks, bad pain under ribs on the right n feel sick n head pounding
E non-native | my wife is pregnant 30 weeks, she have fit just now, shaking
E units | gave birth a week ago and I've got a fever of 39.2, shivering and smelly discharge
E plain | the baby was born at home just now, the placenta hasn't come out and I'm bleeding a lot
E long | Hi, first time mum here, 27 weeks. I've been really tired which I know is normal, and my ankles swell in the evening. Today I've had this constant tummy pain that doesn't ease off, my bump feels hard all the time, and there's been some dark blood. My mum says it's growing pains, is that right?
E third-person | my partner had our baby two weeks ago, she's been saying strange things, not sleeping at all and thinks people are watching us
E typo | 8 weeks pregant, really bad pain one side and bleeding, feel dizzy and sick
E third-person | my wife is 36 weeks and has suddenly got a terrible headache and says her vision is blurry
U plain | I'm 10 weeks pregnant and have some brown spotting, no pain
U plain | 28 weeks pregnant and the baby seems to be moving less than usual today
U plain | 22 weeks pregnant, burning when I pee and a lower back ache
U plain | 16 weeks pregnant, vomiting all day every day, haven't kept water down for 24 hours
U plain | I'm 35 weeks and my feet and hands have swollen up suddenly this week, no headache
U plain | pregnant with twins at 33 weeks and I'm getting tightenings every 10 minutes
U plain | three weeks after my c-section the wound is red and oozing
U plain | breastfeeding, one breast is red, hot and painful and I feel flu-ish
U units | my blood pressure at the pharmacy was 150/100 and I'm 30 weeks pregnant
U plain | I had a positive pregnancy test last week and now a sharp one-sided pain low in my tummy, no bleeding
U plain | pregnant and I've been in contact with chickenpox, I've never had it
U plain | my waters broke at 39 weeks, clear fluid, no contractions yet
U plain | 32 weeks pregnant and my hands and feet are itching like crazy, especially at night
U non-native | I am pregnant 20 weeks and some blood come today, not much, small pain
R question | is it safe to eat soft cheese when pregnant?
R plain | I'm 20 weeks and get heartburn every evening
R question | how soon after a positive test should I see a midwife?
R history | I had bleeding in my first pregnancy but everything was fine, I'm pregnant again and feel great
R cleared | I went to the maternity unit yesterday for less movement, they monitored the baby and said everything is fine
R mild | morning sickness but I can keep fluids down, any tips?
R question | can I take paracetamol while pregnant?
R question | what are the signs of pre-eclampsia?
R negation | I'm not pregnant, just wondering when to start folic acid before we try
R plain | six weeks postpartum, when can I start running again?
R plain | 24 weeks and my back aches by the end of the day, any safe stretches?
`,
);
