// Fever and infection in adults: fever (or feeling unwell) during chemotherapy or with no
// spleen, on immunosuppressants with fast breathing, a transplant, sepsis signs: emergency
// (NICE NG151 neutropenic sepsis; NG51). Fever for more than 3 to 5 days, fever after travel
// to a malaria area, a sore throat on methotrexate, fever in the very old: same day.
import { parseCases } from './parse';

export default parseCases(
  'infection',
  `
E units | I'm on chemo for breast cancer, had my last dose 8 days ago, and now my temperature is 38.3
E third-person,units | my husband is having chemotherapy and he's shivery and feels awful, temp 100.8F
E units | temp 37.9 and shaky, I'm on chemo and the leaflet said to call if I feel unwell
E plain | I had my spleen removed years ago and now I've got a high fever and feel really unwell
E units | fever of 40°C, shivering, I feel confused and my heart is racing
E non-native,units | my brother have very high fever 40 and now he talk nonsense and not recognise me
E plain | I've got a fever and a headache, my neck hurts when I bend my head forward and light is too bright
E third-person,units | my mum is on steroids and methotrexate, she has a fever of 39 and she's breathing fast
E texting,units | on chemo, temp 38.5 n shakin, feel rly ill
E units | kidney transplant 2 years ago, now a fever of 38.6 and pain over the new kidney
E long,units | Sorry, this might be silly. I'm three weeks into radiotherapy and chemo for bowel cancer. The nurses gave me a card with a number on it but I don't want to bother them at night. I've had a sore throat and felt hot since this afternoon and my thermometer says 38.1. I'm going to take some paracetamol and go to bed and ring them tomorrow, is that ok?
E typo,units | on chemotherepy and temprature 38.4, feel freezing and shaking
E units | temp 35.2 and I can't stop shivering, I feel really ill and dizzy, I had the flu all week
U units | temperature over 38 for five days now and no better
U plain | I got back from Kenya last week and now I have a fever and a headache
U plain | I'm on methotrexate and I have a sore throat and mouth ulcers
U plain | HIV positive with a low CD4, I've had a cough and fever for a week
U units | my temp has been 38.8 on and off for four days despite paracetamol
U non-native,units | I have fever since 6 days, 38.5, and cough, medicine not helping
U plain | I take prednisolone every day and now I have a fever and burning when I pee
U plain | night sweats and fevers for two weeks, I've lost weight and I have a cough
U units | 101.5 F for three days now, the flu meds are not helping
U plain | I'm 85 and I've had a temperature and cough for two days and I'm off my food
U texting | fever 4 days now n not getting better, aching all over
U plain | back from Thailand three days ago, high fever, terrible headache behind my eyes and aching joints
R units | temp 37.8 and a runny nose, a bit achy, first day
R units | fever of 38.2 yesterday with a cold, today it's normal, still stuffy
R question | how long is flu contagious?
R question | can I have the flu jab while I'm on chemo?
R history | I finished chemotherapy two years ago, can I go travelling?
R units | temperature 99.1F, is that a fever?
R negation | no fever, no chills, just a bit of a sore throat
R question | I'm on immunosuppressants for Crohn's, should I get the shingles vaccine?
R units | my temperature is usually 36.2, today it's 37.1, should I worry?
R plain | cold sores keep coming back, what helps?
R plain | covid positive, day 2, sore throat and runny nose, temp 37.9, feel ok in myself
`,
);
