// Ear, nose, throat and teeth: drooling and unable to swallow saliva, muffled voice with
// breathing trouble, swelling of the floor of the mouth or neck from a tooth, a stuck bone
// with drooling: emergency. Quinsy, sudden hearing loss, a dental abscess with facial swelling
// or fever, a knocked-out adult tooth, mastoid swelling: same day (NICE CKS sore throat;
// NHS dental emergencies).
import { parseCases } from './parse';

export default parseCases(
  'ent-dental',
  `
E plain | sore throat and now I can't swallow my own spit, I'm drooling, my voice is muffled and it's hard to breathe
E plain | tooth abscess and now my face and neck are swollen, I'm struggling to open my mouth and to breathe
E plain | a fishbone is stuck in my throat, I can't swallow anything and I'm drooling
E plain | swelling under my tongue is pushing it up after a tooth infection, it's getting hard to breathe
E non-native,parent | my son have swelling in neck very big and he cannot swallow, his breath make noise
E third-person | my dad is 80, nosebleed from both sides for 40 minutes, blood going down his throat and he feels dizzy
E texting | tonsils so swollen cant breathe properly lying down n cant swallow water
E plain | sudden loss of hearing in one ear this morning with dizziness, and my face feels droopy on that side
E plain | a piece of steak got stuck in my throat an hour ago and I can't even swallow my spit
U plain | terrible sore throat on one side, I can hardly open my mouth and my voice sounds like I have a hot potato in it
U plain | sudden hearing loss in my left ear since yesterday, no cold
U units | toothache with swelling in my cheek and a temperature of 38.2
U plain | the socket is still oozing blood since my tooth was pulled this morning, I've been biting on gauze
U parent | ear pain and now the bone behind my son's ear is swollen and red and pushing his ear out
U plain | knocked out my adult front tooth playing hockey 20 minutes ago
U plain | nosebleed that keeps coming back every day this week
U parent | my child pushed a bead up his nose and we can't get it out
U plain | severe earache with a fever and discharge, I'm diabetic
U non-native | my tooth is broken and very pain, I cannot sleep, face is little bit swollen
U typo | wisdome tooth infected, cheek swolen and hard to open my mouth, feel hot
R plain | blocked ears after a cold, any drops?
R units | tonsillitis, temp 38, sore throat but I can swallow fluids fine
R plain | bad breath, what can I do?
R plain | sensitive teeth when I drink something cold
R history | ringing in both ears for years
R plain | an ulcer on my tongue for five days
R explained | hoarse voice after shouting at a concert
R question | is it safe to fly with a cold?
R mild | my wisdom tooth hurts a bit when I chew, no swelling
R plain | lost my voice for a few days with a cold, I smoke, it's coming back now
`,
);
