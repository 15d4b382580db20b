// Bleeding: bleeding that does not stop with firm pressure, spurting, vomiting blood or coffee
// grounds, black stools with faintness, heavy bleeding on anticoagulants, heavy rectal
// bleeding: 999 / A&E (NHS). Small or stopped bleeds, blood in urine, easy bruising: same day.
import { parseCases } from './parse';

export default parseCases(
  'bleeding',
  `
E plain | cut my hand on a broken glass, the blood is soaking through the towel and I've been pressing on it for 15 minutes
E plain | nosebleed for over half an hour that won't stop even pinching it, I'm on warfarin
E plain | I've been vomiting what looks like coffee grounds and I feel dizzy
E plain | my poo is black and sticky and I nearly fainted getting off the toilet
E third-person | my husband is bleeding heavily from his leg after the chainsaw slipped, it's spurting
E texting | bleedin from my bum loads n feel faint
E non-native | my mother vomit blood, much blood, she is very pale
E plain | I'm on rivaroxaban and I cut my head, it's bleeding a lot and won't stop
E plain | I had my tonsils out last week and now fresh blood keeps coming into my mouth
E plain | my period is super heavy, soaking a pad every 30 minutes for the last three hours and I feel faint
E long | Bit of background: I've had piles for years and usually see a little blood on the paper. Tonight I went to the loo and the whole bowl was red, I've been back twice with clots, and now I feel shaky and cold. Is there a cream that works better than anusol?
E plain | coughing up mouthfuls of bright red blood
E typo | blood pouring from my arm after i fell threw a window, cant stop it
E third-person | my grandad is on apixaban and he's got a cut on his shin that's been bleeding for an hour through the bandages
E non-native | I am bleeding from my nose very much, one hour, blood go in my throat and I feel weak
U plain | my nose keeps bleeding on and off all day, each one lasts about 10 minutes
U explained | my wee is pinky red since this morning and I definitely haven't eaten beetroot
U plain | bruises all over my legs that I can't explain, and my gums bleed when I brush
U plain | small amount of bright red blood when I wipe, I've been constipated
U plain | I'm on apixaban and my gums have been bleeding more than usual for a few days
U plain | cut my finger on a knife, the bleeding has stopped but it's quite deep and gaping
U plain | blood mixed in with my poo for a week and I've lost some weight
U units | my INR was 7.2 at the clinic today and they told me to ring the GP
U plain | I coughed up a small streak of blood with my phlegm this morning
U texting | heavy period w big clots, changing pad every hour or so since this morning, feel tired
R explained | my wee was red this morning but I had loads of beetroot yesterday, is that why?
R explained | my poo was reddish after a big beetroot salad, I feel completely fine
R mild | small nosebleed from picking my nose, it stopped after five minutes
R question | my gums bleed a little when I floss, is that gum disease?
R question | what is a normal INR on warfarin?
R cleared | had some rectal bleeding last year, the colonoscopy was clear
R mild | paper cut that's bleeding a little, should I put a plaster on it?
R question | how long should a cut bleed before you need stitches?
R mild | big bruise where I had my blood test, no bleeding now
R explained | my poo has been black since I started iron tablets, is that normal?
R hypothetical | if someone is bleeding badly should you use a tourniquet?
`,
);
