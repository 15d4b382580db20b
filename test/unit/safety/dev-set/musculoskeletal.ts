// Back, joints, muscles: cauda equina (saddle numbness, new bladder or bowel trouble, weakness
// in both legs), spinal cord compression with known cancer, a hot swollen joint with fever:
// emergency (NICE CKS sciatica and back pain red flags; GIRFT cauda equina). Gout, an injured
// knee you cannot walk on, an Achilles rupture, a dislocation, back pain with fever: same day.
import { parseCases } from './parse';

export default parseCases(
  'musculoskeletal',
  `
E plain | back pain for a week and now numbness between my legs, I can't feel it when I wipe and my legs are weak
E plain | sciatica down both legs and now I suddenly can't pee and I'm numb around my bum
E plain | lower back pain and I've wet myself without realising, my legs feel heavy
E texting | bad back n now cant feel my privates n im peein myself
E non-native | I have pain in back and now no feeling in the saddle area, and cannot control the toilet
E plain | I have cancer that's spread to my bones, now new back pain and my legs are getting weak and numb
E long | I've had a bad back on and off for years from lifting at work. It flared up again on Monday and I've been taking co-codamol. The last day or so my legs have felt really weak going upstairs, I don't really feel the toilet paper when I wipe, and I haven't needed a wee since this morning even though I've been drinking. Is it worth getting a massage?
E units | hot swollen knee, I feel feverish at 38.9, I had a knee replacement last year
E typo | back pain and numbnes in my bum and inner thighs, cant tell if i need to poo
U plain | red, hot, swollen big toe, agony to touch, came on overnight
U plain | hot swollen knee that I can't bend, no fever, came on yesterday
U third-person | back pain after a fall, she's 78 with osteoporosis
U plain | severe back pain with a fever, I inject drugs
U plain | back pain that's worse at night and I've lost weight, I had prostate cancer
U plain | my calf popped playing tennis and now I can't stand on tiptoe
U plain | neck pain and stiffness after a whiplash yesterday, tingling in my fingers
U plain | my shoulder has dislocated again, it's still out
U non-native | my knee is very swollen after twist in football, I cannot walk on it
U plain | tingling and weakness in my hand, dropping things and neck pain, getting worse over several days
U texting | back went 2 days ago, now shooting pain down my leg n my foot feels numb n floppy
R negation | lower back pain after gardening, no numbness, bladder and bowels normal
R mild | stiff neck from sleeping awkwardly
R plain | tennis elbow, what exercises help?
R plain | knee pain when I run downhill
R question | what are the red flags for back pain?
R history | had sciatica last year, physio fixed it, should I keep doing the exercises?
R explained | sore muscles after my first gym session, is that normal?
R plain | heel pain in the morning, I think it's plantar fasciitis
R mild | my joints ache when the weather is cold
R plain | back spasm after lifting the shopping, I can walk fine and I have no leg symptoms
`,
);
