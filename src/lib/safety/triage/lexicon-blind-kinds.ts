// Lexicon, phase 6: kinds of message an independent blind set missed, told by kind only and
// written here as the guidance frames them (NHS 111 / 999 lists, NICE CKS, the NICE
// fever-in-under-5s and diarrhoea-and-vomiting traffic lights): a benign cause only guessed at
// beside sudden weakness, pain between the shoulder blades with faintness, a high-speed eye
// injury from power tools, a baby's sunken soft spot, digoxin toxicity (yellow-green vision),
// pale poo in a jaundiced baby, an arm swelling beside a PICC line or port, mains electric
// shock, a clear drip from the nose after a head injury. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';
import { near } from './lexicon-types';

const EYE = '(eye|eyes|eyeball)';
const LINE =
  '(picc|picc line|central line|hickman|hickman line|portacath|port-a-cath|port a cath|chemo port|port|cannula|drip|iv line|iv|line in)';

export const BLIND_KIND_SIGNS: Concepts = {
  // Pain or tightness across the upper back, between the shoulder blades (aortic dissection,
  // an atypical heart attack in diabetes or older age).
  interscapular_pain: [
    '({pain}|tight*|tearing|ripping|pressure|heavy|heaviness|burning) ~6 between ({poss} )?shoulder ?blades',
    'between ({poss} )?shoulder ?blades ~4 ({pain}|tight*|tearing|ripping|pressure|heavy|heaviness)',
    '({pain}|tight*|tearing|ripping|pressure|heaviness) ~3 (across|in|through|into) ({poss} )?upper back',
    '(going|goes|went|shooting|radiating) (right )?through to ({poss} )?back',
  ],
  // Grinding, drilling or hammering: a fragment can enter the eye at speed (NHS: A&E).
  eye_tool_work: [
    '(grind*|angle grinder|drilling|drilled|hammering|hammered|chisel*|welding|strimm*|lathe|cutting metal|sanding metal)',
  ],
  eye_bleeding: [
    `${EYE} ~~3 (is |are |was |keeps )?(bleed*|bloody|full of blood)`,
    `(blood|bleeding) ~~3 (from|in|out of|coming out of|around) ({poss} )?${EYE}`,
    '(blood|bleeding|bleed) (in|on) the (white|whites)',
  ],
  eye_projectile: [
    `(something|bit|piece|chip|fragment|metal|shard|splinter|debris|spark|nail) ~4 (hit|flew|shot|went|flying|struck|pinged|bounced) ~2 (in |into |at |off )?({poss} )?${EYE}`,
  ],
  // A baby's soft spot sunk in: dehydration (NICE CG84 red / amber).
  sunken_fontanelle: [
    '(soft spot|fontanelle|fontanel|fontenelle|fontanell) ~~5 (sunken|sunk|dipped|dipping|dips|caved|hollow|sinking|indented|depressed|gone in|sunk in|looks? in)',
    '(sunken|sunk|dipped|hollow|caved in|indented) ~~2 (soft spot|fontanelle|fontanel|fontenelle)',
  ],
  weak_cry: [
    '(weak|feeble|faint|quiet|pathetic|tiny) (little )?(cry|cries|crying|whimper*|moan*)',
    '(just|only|keeps) (whimper*|moan*)',
    'whimpering',
  ],
  // Digoxin toxicity: yellow or green vision (xanthopsia).
  vision_yellow: [
    '(seeing|see|sees|saw|vision|sight) ~~4 (yellow*|green*|yellow-green)',
    '(things|everything|everyone|colours|colors|the world|lights?) ~~3 (look|looks|looking|seem|seems|appear*|are|is|gone|turned|tinted) ~~2 (yellow*|green*)',
    '(yellow|green|yellowish|greenish) (vision|tinge|tint|haze|halos?)',
  ],
  // Infant jaundice that persists, or pale / chalky poo (NICE CG98; biliary atresia).
  jaundice_persisting: [
    'still (a bit |quite |very |looking |looks |so |really )?(yellow|yellowish|yellowy|jaundiced|jaundice)',
    '(yellow|yellowish|jaundice|jaundiced) ~~3 (still|not going|not gone|not fading|not clearing|for (two|three|four|\\d+) weeks)',
  ],
  pale_stool: [
    '({poo}|nappies|nappy|poos) ~~3 (pale|white|whitish|chalky|grey|gray|clay|putty|colourless|colorless|light coloured|very light)',
    '(pale|white|whitish|chalky|grey|gray|clay coloured|clay colored|putty coloured) ({poo}|nappies|poos)',
  ],
  // Upper-limb DVT beside a line, a port or a recent drip (NICE CKS DVT).
  line_context: [LINE],
  arm_swollen_any: [
    ...near(
      '(arm|arms|forearm|upper arm|hand)',
      '(swollen|swell*|puffy|puffed|heavy|heaviness|tight|tightness|bigger|fat)',
      8,
    ),
  ],
  // Mains or high-voltage electricity (NHS: A&E after any shock from the mains).
  mains_shock: [
    '(shock|shocked|zapped|zap|electrocut*|jolt) ~6 (mains|240 ?v|230 ?v|240 ?volts?|230 ?volts?|110 ?v|120 ?volts?|\\d{3,} ?volts?|high voltage|live wire|live cable|socket|power line|plug)',
    '(mains|live wire|live cable|high voltage|240 ?v|230 ?v|240 ?volts?|230 ?volts?|power line) ~6 (shock|shocked|zapped|zap|electrocut*|jolt)',
    '(touched|grabbed|hit|cut through) (a |the )?(live|mains|exposed) (wire|cable)',
  ],
  entry_exit_burn: [
    '(burn|burns|burn mark|burn marks|mark|marks) ~6 (went in|came out|entry|exit|in and out)',
    '(entry|exit) (wound|burn|mark)s?',
  ],
  // Clear fluid from the nose or an ear after a head injury (CSF; NICE NG232).
  clear_drip: [
    'clear ~~4 (fluid|liquid|water|watery|drip*|discharge|runny|stuff) ~6 (nose|nostril|nostrils|ear|ears)',
    '(nose|nostril|ear) ~~4 (dripping|running|leaking|drips|runs|leaks) ~~3 clear',
    '(watery|clear) (fluid|liquid|water|drip) ~~4 (nose|nostril|ear)',
  ],
};

export const BLIND_KIND_CRISIS: Concepts = {
  // Carbon monoxide from a car in a closed garage or through a hose: a means of suicide.
  co_plan: [
    'garage ~8 (car|engine) ~4 (running|left on|switched on|on)',
    '(car|engine) ~4 (running|left on|switched on) ~6 garage',
    '(hose|hosepipe|pipe|tube) ~6 exhaust',
    'exhaust ~6 (hose|hosepipe|pipe|tube)',
  ],
  // Getting affairs in order, giving things away, writing to everyone (NHS warning signs).
  affairs_prep: [
    '(sorted|sorting|put|putting|got|getting) (out )?(all )?(my|his|her|their) (affairs|things|finances|will) (in order|sorted|out|in place)',
    '(sorted|sorting) out (all )?(my|his|her|their) affairs',
    '(given|gave|giving) away (all )?(my|his|her|their) (things|stuff|belongings|possessions|pets?|dog|cat)',
    '(written|wrote|writing) to (everyone|everybody|all of (us|them|you))',
  ],
};

export const BLIND_KIND_CONTEXT: Concepts = {
  digoxin: ['(digoxin|lanoxin)'],
};

export const BLIND_KIND_CUES: Concepts = {
  // A benign cause offered as a guess or a question ("probably slept on it funny?"): it does
  // not explain away a hand or arm that suddenly stopped working; an asserted one does.
  explanation_guessed: [
    '(probably|prob|prolly|maybe|perhaps|possibly|guess|guessing|must have|might have|may have|could have|think|assume|suppose|reckon|wonder if) ~3 (slept|sleep|sleeping|lay|lying|lain|trapped|pinched|pulled|strained)',
    '(did|have|has) (i|he|she) ~2 (slept|sleep|lie|lain|lay|trapped|pinched)',
    '(is|could|might|can) (it|this|that) (be )?(just )?(from|because|cause|due to|after) ~3 (slept|sleep|sleeping|lying)',
    '(slept|sleep|sleeping|lay|lying|lain) (on )?(it|\\w+ (arm|hand)|funny|wrong|awkward\\w*)( funny| wrong| awkward\\w*| weird)?(?=\\s*\\?)',
  ],
  // Cellulitis treated and settling: the redness stays inside the pen line, fading.
  skin_improving: [
    '(staying|stays|stayed|still|is|within|inside) ~~3 (the )?(pen |marker )?(line|lines|outline)',
    '(getting|going|gone|looking|looks) (a bit |much |lot )?(paler|smaller|better|less red|less swollen)',
    '(redness|swelling|red patch|rash) ~~3 (going down|fading|shrinking|settling|improving|receding)',
  ],
  // "Can concussion come on later?": asking about a delayed effect, not describing one.
  concussion_question: [
    '(can|could|does|do|is|will|might) (a |delayed )?(concussion|symptoms?|it) ~~4 (come on|appear|show|develop|start|be delayed|kick in|happen|turn up) ~~2 (later|days later|after|afterwards|delayed)?',
    'delayed concussion',
  ],
  // A knock that left only a bruise or a small lump (NHS: a minor head injury, care at home).
  only_bump: [
    '(just|only) (a |an )?(small |little |tiny |minor |bit of a )?(lump|bump|bruise|graze|scratch|egg)',
  ],
  // A child's own medicine, at its dose: not a child into someone else's tablets.
  own_medicine_dose: [
    '(his|her|their) own (\\w+ )?(dose|doses|medicine|medication|calpol|nurofen|ibuprofen|paracetamol|antibiotics?|inhaler)',
    '(his|her|their) (usual|normal|prescribed|right|correct) (dose|medicine|medication)',
  ],
  // Alarm words used as figures of speech ("this essay is killing me").
  figurative_kill: [
    '(essay|work|job|boss|exam|exams|revision|traffic|kids|deadline|deadlines|commute|meeting|meetings|week|day|homework|this \\w+|uni|course|heat|noise|neighbours) ~~3 (is|are|was|were|has been|have been) (literally )?killing me',
    '(will|gonna|going to|would|is going to|is gonna) (literally )?(kill|murder) me',
  ],
};
