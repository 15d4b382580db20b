// More of the styles people really write in, across systems: typos and texting, long messages
// with the warning sign in the middle, and the routine messages that use scary words
// (negations, cleared episodes, harmless explanations, hypotheticals). Kept apart so the
// system files stay about clinical content.
import { parseCases } from './parse';

export default [
  ...parseCases(
    'cardiac',
    `
E typo | crushin pain in my chset and my arm feels heavey, started 15 mins ago
E texting | omg chest pain + cold sweat + feel like im gonna throw up, 52M
E long | Quick question about my blood pressure tablets, I've been on amlodipine for a year and my ankles swell a bit. Also, since about an hour ago I've had a tight pain in the middle of my chest that spreads into my neck and I feel a bit sick and sweaty, probably just the heat. Could the amlodipine be causing the ankle swelling?
R negation | had a panic attack earlier, heart racing, but no chest pain at all and it settled in 10 minutes with breathing exercises
R cleared | the paramedics came out for my chest pain, did an ECG, said it was normal and that I don't need to go in, what can I take for the reflux?
R hypothetical | what would a heart attack feel like compared to heartburn? just wondering after reading an article
`,
  ),
  ...parseCases(
    'stroke',
    `
E typo | my mums speach went werid and her face droped on the rite side, 10 mins ago
E texting | dad talkin gibberish outta nowhere n his arm is floppy, is this a stroke??
R hypothetical | my grandad is worried about having a stroke, how can he lower his risk?
R cleared | had a funny turn last month, saw the TIA clinic the next day, MRI was clear, when can I drive?
`,
  ),
  ...parseCases(
    'respiratory',
    `
E typo | cant breth, lips gone blu, inhailer dosent work
E long | Hi, my son is 9 and has asthma. He had a cold this week which usually sets him off. We've been doing his blue inhaler through the spacer every 4 hours as the plan says. Tonight he's been on it every 20 minutes, he's sitting bolt upright, can't get a whole sentence out and his tummy is sucking in under his ribs. Do you think it's worth starting his brown inhaler again?
R negation | coughing a lot with this cold but I'm not short of breath at all and my chest doesn't hurt
R explained | I get a bit wheezy when I go from the warm house into the cold air, it settles after a minute
`,
  ),
  ...parseCases(
    'mental-health',
    `
E typo | i realy want to kill my self tonite, have the pils ready
E long | I'm writing to ask about sleeping tablets. My GP put me on mirtazapine but it makes me so groggy. Honestly I don't think it matters much anyway because I've decided this weekend will be the last one, I've said my goodbyes in my head and I know what I'm going to use. But yes, are there any sleeping pills that don't make you groggy?
E texting | gonna end it tonight. just wanted to tell someone
R hypothetical | for a psychology essay: what are the warning signs that someone might be suicidal?
R cleared | I was assessed by the crisis team last week, they were happy I'm safe, I have a plan with my GP
`,
  ),
  ...parseCases(
    'poisoning',
    `
E typo | my son ate a dishwasher tablit, hes coughing and drooling
E long | We were visiting my parents and my 18 month old was playing in their bedroom. We found her with my dad's pill organiser open and some of the compartments are empty, but Dad can't remember if he'd already taken Tuesday's. She seems fine and is playing. What time should she go to bed tonight?
R hypothetical | what should I keep in the house in case a child swallows something poisonous?
`,
  ),
  ...parseCases(
    'bleeding',
    `
E texting | cut my leg on a bit of metal n its pumpin blood, towel soaked
R negation | small cut shaving, not bleeding any more, no redness
`,
  ),
  ...parseCases(
    'allergy',
    `
E texting | ate a satay thing n now my throat is closing up n voice gone weird
R negation | no swelling and breathing is fine, just an itchy rash after the new soap
`,
  ),
  ...parseCases(
    'abdominal',
    `
E long | My dad is 80 and lives with us. He's had constipation on and off, which the GP knows about. Since last night he's been bringing up green stuff, his tummy is swollen up like a drum and he says he hasn't broken wind all day. He's refusing food. Is there a stronger laxative than lactulose?
U typo | stomache pain lower rite side getting worse since yesterday and feel hot
R explained | tummy rumbling and a bit crampy after trying a new protein shake, it passed after I went to the loo
`,
  ),
  ...parseCases(
    'obstetric',
    `
E texting | 35 wks pregnant, v bad headache, seeing spots n my face is swollen
E long | Just a quick one, I'm 29 weeks with my second and generally fine. Been a bit tired and my back aches. Earlier this evening I had a gush of bright red blood, it soaked my pyjamas, and now I've got cramping every few minutes. My midwife appointment is next Thursday, should I mention it then?
R cleared | I had some spotting at 9 weeks, the early pregnancy unit scanned me and the heartbeat was fine
`,
  ),
  ...parseCases(
    'paediatric',
    `
E typo,age | my 8 wk old is verry hot, temprature 38.2 and sleepy
E long,parent | Hi, I'm a dad of three so not usually worried. My youngest is 7 months. He's had a runny nose and cough since the weekend, feeding less. This evening he's breathing really quickly, there's a dip at the bottom of his neck each breath and he's making a little grunt at the end of each one. He's still having some milk. Is it ok to put him down for the night?
R negation,parent | my 3 year old has a cold, no fever, no rash, drinking fine, just a bit grumpy
R cleared,parent | the out of hours doctor saw my son last night for his fever and said it's a viral infection, how long until it goes?
`,
  ),
  ...parseCases(
    'trauma',
    `
E typo | my sons fell off the climbing frame and hit his hed, he was knoked out and now keeps being sick
E long | Asking for my partner. He's 66, on warfarin for his heart valve. He came off his bike this afternoon at low speed, bumped the side of his head on the kerb but he was wearing a helmet and he says he's fine, just a bit of a headache. He's cleaned up his grazes. What's best for the grazes, antiseptic cream or just leave them open?
R negation | banged my elbow on the door, no swelling, can move it fine, just the funny bone tingle
`,
  ),
  ...parseCases(
    'endocrine',
    `
E long,units | My daughter is 15 and has type 1. She's had a tummy bug since yesterday. Her sugars have been 18 to 24 mmol/L and her blood ketones just read 3.4. She's been sick four times and she's breathing really deeply. Her diabetes nurse is on holiday. Can we just give her more water and wait?
R explained,units | my sugar was 9.2 an hour after birthday cake, I'm not diabetic, is that ok?
`,
  ),
  ...parseCases(
    'infection',
    `
E long,units | I'm on chemo for lymphoma, cycle 3. My husband says I'm overreacting. I've had a bit of a cough and feel shivery, and my temperature has been 38.0 and then 38.2 over the last hour. I feel okay apart from that. Can I take ibuprofen and wait until my clinic appointment on Friday?
R hypothetical | what temperature should I worry about when I start chemo next month?
`,
  ),
  ...parseCases(
    'musculoskeletal',
    `
E long | I've had sciatica for a few weeks, physio exercises were helping. Today I went to the toilet and couldn't feel the paper at all, and my bottom and inner thighs feel numb, both legs are weak when I climb stairs. I have a physio appointment on Monday, is it fine to wait?
R cleared | I had an MRI for my back pain and they said it's a bulging disc with no nerve compression, what exercises are good?
`,
  ),
  ...parseCases(
    'vascular',
    `
E typo | calf swolen for days, now sudenly cant catch my breath and chest hurts when i breath in
R negation | my calf aches after football but it isn't swollen, red or hot, and I'm not breathless
`,
  ),
  ...parseCases(
    'urology',
    `
E typo | cant pee since yestrday, bladder realy swolen and painful
R cleared | the GP tested my urine and said no infection, it's probably just irritation from the bubble bath
`,
  ),
  ...parseCases(
    'genital',
    `
E long | My 14 year old came down for breakfast looking pale, said he'd had a pain in his testicle since about 5am that came on suddenly and he's been sick once. He's embarrassed and doesn't want to talk about it. He wants to go to school. Should I just give him some ibuprofen?
`,
  ),
  ...parseCases(
    'older-adult',
    `
E long | My grandmother is 91 and usually chatty. Over the last few hours she has become very muddled, keeps trying to get out of bed, and doesn't know where she is. She had a fever last night. The carers say it's just her dementia. How can we help her sleep?
U typo | my nan is more confusd than usual the last 2 days and weeing a lot, smells strong
`,
  ),
];
