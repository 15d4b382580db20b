// Skin and sepsis: the sepsis signs (confused or slurred, mottled or blue skin, fast breathing,
// no urine, shivering with a very high or low temperature, "I feel like I'm going to die"), a
// rash that does not fade, skin peeling with mouth or eye sores after a new drug, pain out of
// proportion with spreading redness: emergency (NICE NG51; NHS sepsis). Spreading cellulitis,
// an abscess, shingles, an infected bite: same day.
import { parseCases } from './parse';

export default parseCases(
  'skin',
  `
E plain | I've had cellulitis on my leg and now I'm shivering, confused, my heart is racing and I've barely peed
E units | a rash that looks like bruises is spreading fast and I feel like I'm dying, temperature 39.5
E plain | my skin is peeling off in sheets and I have blisters in my mouth and eyes after starting a new tablet
E plain | red swollen leg with a fever, the redness is spreading by the hour and the pain is way worse than it looks
E third-person | my partner has a high temperature, he's shivering uncontrollably and his skin is blotchy and cold
E plain | I feel really unwell after a cut on my hand got infected, now I'm dizzy, breathing fast and not making sense
E non-native | my father skin very pale and blue spots, he have fever and not talking normal
E plain | a big abscess on my bum with a fever, I'm diabetic and I feel really unwell and faint
E long | I scraped my shin on the garden fence last Tuesday and didn't think much of it. Since yesterday the whole lower leg is swollen, red and hot, and this morning I was shaking so hard my teeth chattered. My wife says my speech is a bit off and I keep nodding off. I'm also diabetic. What antibiotic cream would you recommend?
E plain | a rash all over with a high fever since I used a tampon, I feel faint and my blood pressure is low
E typo | infected wound on my foot, now feverish, shaking and realy confused, my skin looks blotchy
U plain | a red, hot, swollen patch on my leg that's getting bigger, I drew around it and it's spread past the line
U plain | an abscess in my armpit, very painful and getting bigger
U plain | shingles rash on one side of my chest that started two days ago
U plain | cat bite on my hand yesterday, now it's swollen and red
U plain | red painful swelling around my fingernail with pus, throbbing
U units | my eczema is suddenly much worse with painful blisters and I have a temperature of 38.3
U plain | my leg ulcer smells bad and the skin around it is red and hot
U plain | tick bite last week and now a big red ring of rash around it
U non-native | I have big red swelling on my face near the nose, very hot and painful, and fever 38.5
U plain | sunburn with big blisters across my back and I feel sick and shivery
U plain | a boil on my neck that's been getting bigger for a week with red streaks around it
U texting | infected bite on my leg, red line going up towards my groin n i feel rough
R plain | itchy red rash on my elbows that comes and goes
R plain | acne on my back, what wash should I use?
R plain | my eczema always flares in the winter
R plain | athlete's foot between my toes
R negation | a spotty rash that fades when I press a glass on it, I feel completely well
R question | is cellulitis contagious?
R history | I had cellulitis last year that cleared with antibiotics, how do I stop it coming back?
R mild | mosquito bites that are itchy and a bit swollen
R plain | red skin and bumps from shaving
R question | what does sepsis look like?
R plain | a mole on my back I want checked at some point, no change that I've noticed
`,
);
