// Lexicon, children and a few cross-cutting qualifiers: the NICE NG143 traffic-light signs a
// parent reports in their own words (floppy, a weak or high-pitched cry, a bulging soft spot,
// not feeding, not responding as usual) and the words that qualify a symptom elsewhere
// (nausea, a feeling of doom, confusion that is only worse than usual, a harmless trigger for
// palpitations, something that keeps coming back). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const CHILD_SIGNS: Concepts = {
  // "walks with a limp" is limping, not floppy (phase 7 wave 9 e).
  floppy: [
    'floppy',
    '(?<!(a|slight|bad|small|little) )limp(?! (when|on|with|after))',
    'like a rag doll',
    'no (muscle )?tone',
  ],
  high_pitched_cry: [
    'high ?-?pitched (cry|crying|scream*|wail*)',
    'weak (cry|whimper|crying)',
    '(cry|crying) (is |sounds )?(weak|different|strange|unusual|high)',
    "(won't|can't|cannot) (stop crying|be settled|settle)",
    'inconsolable',
    'moaning',
  ],
  bulging_fontanelle: [
    '(soft spot|fontanel*) ~8 (bulging|bulges|bulge|swollen|raised|tense|sticking out|puffed up|domed)',
    'bulging (soft spot|fontanel*)',
    '(soft spot|fontanel*) ~3 (bulging|swollen|raised|tense)',
  ],
  not_feeding: [
    "(won't|not|isn't|stopped|refusing|refuses|can't|hasn't) (been )?(feed|feeding|fed|take (any |his |her )?(milk|bottle|feeds)|breastfeed*|latch*)",
    'not waking for feeds',
    '(off|gone off) (his|her) (feeds|milk)',
    'feeding (less|poorly|badly)',
    'refusing (feeds|bottles?|milk)',
    '(only |about |just )?half (of )?(his|her|their|the|its) (usual |normal )?(bottles?|feeds?|milk|amount)',
    '(taking|drinking|feeding|having) (much |a lot |far )?less (milk|formula|feeds?|than (usual|normal))',
  ],
  not_responding_normally: [
    "(not|isn't) (responding|reacting) (like |as )?(normal|normally|usual)",
    "(doesn't|won't|not|isn't) (smile|smiling|interested|playing)",
  ],
  // Sleepier than usual but wakes and responds (phase 22's fresh set: "more sleepy than usual
  // but wakes up and smiles at me"). NICE NG143: a child who wakes only with prolonged
  // stimulation is amber (same day); one who does not wake, or does not stay awake, is red.
  wakes_responsive: [
    '(wakes|woke|waking|wake) (up )?(easily |fine |ok |okay |normally |properly )?(and|to) (is )?(smiles?|smiling|plays?|playing|feeds?|feeding|chats?|chatting|babbles?|babbling|giggles?|giggling|laughs?|laughing|talks?|talking)',
    '(wakes|woke|waking) (up )?(easily|fine|normally|properly|no problem)',
    // "She's more sleepy than usual but she does smile when I talk to her" (phase 23).
    '(does|still|will|do) (smile|smiles|respond|responds|babble|babbles|giggle|giggles|laugh|laughs|chat|chats|look|looks) (back )?(at me|at us|when (i|we|you) (talk|speak|play|call)|to (my|our|your) voice)',
  ],
  // Perked up once the fever came down (NICE NG143: drowsiness that goes with an antipyretic is
  // reassuring; phase 24: "an hour after calpol shes chatting away and asking for toast").
  perked_up: [
    '(after|since|with) (the |some |her |his )?(calpol|nurofen|paracetamol|ibuprofen|medicine|temp coming down|fever coming down) ~6 (chatting|playing|running (around|round)|asking for|perked up|laughing|giggling|smiling|back to (her|his) (normal|usual) self|much brighter|bright as a button)',
  ],
  // A child who is plainly well with a fever: playing, eating, drinking (NICE NG143 green;
  // phase 24: "shes still running round singing and ate all her tea", "playing with his trains
  // and drinking ok").
  child_well_lay: [
    '(still |happily |is |he.s |she.s |hes |shes )(playing|running (around|round)|singing|laughing|bouncing)',
    'playing (with|happily|normally|fine|on)',
    '(ate|eaten|eating) (all )?(his |her )?(tea|dinner|lunch|breakfast|food) (fine|well|ok|okay)?',
    'ate all (his|her) (tea|dinner|lunch|breakfast)',
    '(happy|smiley|smiling|content|cheerful) and (feeding|eating|drinking|playing)',
  ],
  fever_not_settling: [
    '(despite|even with|even after) ~3 (calpol|paracetamol|ibuprofen|nurofen|medicine)',
    "(not|isn't|won't|doesn't) (coming|come|going|go) down",
    "(calpol|paracetamol|ibuprofen|nurofen|medicine) ~3 (not|isn't|doesn't|aren't) (helping|working|touching)",
  ],
  intussusception: [
    // Not the sweets: "ate half a pack of red jelly sweets" (phase 25, fresh-triage-p27m ie106).
    'red (currant )?jelly(?! (sweets?|babies|beans?|tots|snakes|cubes?|shots?|sweet|worms?|bears?))',
    'jelly-?like (stuff|poo|mucus)',
    '(screaming|crying) ~4 (pulling|drawing|bringing) (his|her|their) (legs|knees) up',
    '(pulling|drawing|bringing) (up )?(his|her|their) (legs|knees)( up)?',
    '{blood} and (mucus|jelly|slime)',
  ],
  // Phase 6: kinds of message an independent blind set missed, told by kind only and written as the
  // guidance frames them (NHS 111 / 999 lists, NICE CKS, NICE fever-in-under-5s and diarrhoea-and-
  // vomiting traffic lights).
  //
  // A baby's soft spot sunk in: dehydration (NICE CG84 red / amber).
  sunken_fontanelle: [
    '(soft spot|fontanelle|fontanel|fontenelle|fontanell) ~~5 (sunken|sunk|dipped|dipping|dips|caved|hollow|sinking|indented|depressed|gone in|sunk in|looks? in)',
    '(sunken|sunk|dipped|hollow|caved in|indented) ~~2 (soft spot|fontanelle|fontanel|fontenelle)',
    // In other words ("the soft place on his head is go down"; phase 25, fresh-triage-p25a).
    '(soft (place|part|bit|area|patch)|soft spot|fontanelle) ~~6 (go|goes|gone|going|is|has) (down|in|inside|inwards)',
  ],
  weak_cry: [
    '(weak|feeble|faint|quiet|pathetic|tiny) (little )?(cry|cries|crying|whimper*|moan*)',
    '(just|only|keeps) (whimper*|moan*)',
    'whimpering',
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
};

export const QUALIFIERS: Concepts = {
  nausea: [
    '(sick|nauseous|queasy) and (grey|pale|sweaty|clammy|dizzy|faint)',
    'nause*',
    '(feel|feels|feeling|felt) (a bit |really |very |so |quite )?(sick|queasy)',
    "(like (i'm|im|i am) )?(going to|gonna|want to) (be sick|throw up|vomit)",
    'feel like vomit',
  ],
  doom: [
    'something (is |feels )?(seriously|really|very|terribly) wrong',
    'sense of (impending )?doom',
    "(feel|feels|feeling|think|thinks|says?) (like )?(i'm|i am|he's|he is|she's|she is|they're) (going to|gonna|about to) die",
    "(feel|feels|feeling) like (i'm|he's|she's|i am) dying",
  ],
  // Phase 14 (helper recall, probes-p14-recall-c.json): a baby's breathing that stops or
  // pauses ("the breathing stops for like 15 seconds then starts again", "he stop to breath for
  // some seconds", "didn't breathe for a bit"); long (10 seconds or more) in breath_pause_long.
  // NHS: call 999 if a baby pauses breathing for 10 seconds or more, or goes blue.
  breath_stops_lay: [
    '(breathing|breath|breathe|breaths) ~3 (stops|stopped|stopping|stop|pauses|paused|pausing|pause|halts|halted)',
    '(stops|stopped|stopping|stop|stop to|pauses|paused|pausing|keeps stopping) (his |her |their )?(breathing|breathe|breath)',
    '(pauses|pause|gaps) in (his |her |their |the )?breathing',
    "(didn't|doesn't|did not|does not|not) breathe for (a bit|a while|a few seconds|some seconds|a moment|a second or two)",
    // Phase 14 (recall2): "forgets to breathe", "quits breathing", "no breath for ...".
    '(forgets?|forgot|forgetting|quits?|quit|quitting) (to )?(breathe|breath|breathing)',
    "(not|isn't|wasn't) breathing for",
  ],
  breath_pause_long: [
    '(breathing|breath|breathe|breaths|stops|stopped|stop|paused|pauses|pausing) ~6 (for|longer than|over|more than|up to) (like |about |around |maybe |almost |nearly )?(1\\d|[2-9]\\d|ten|fifteen|twenty|thirty|forty)(-\\d+)? (seconds|secs|sec|s)',
  ],
  confusion_subacute: [
    'more (confused|muddled|forgetful) than (usual|normal)',
    '(confused|muddled|forgetful) ~4 (last|past|for) (two|2|few|couple of|several|three|3) days',
    'always a bit (forgetful|confused)',
  ],
  // Drowsiness told as a change over weeks, not as today's: "lately she seems drowsy", "more
  // sleepy these days" (phase 20: an 86-year-old on many medicines, asking how to get them
  // reviewed, read as an emergency). Still urgent for an older person through the other rules.
  drowsy_lately: [
    '(lately|recently|these days|for (weeks|months)|over the (last|past) (few )?(weeks|months)) ~6 (drowsy|sleepy|dozy|dozing|drowsier|sleepier)',
    '(drowsy|sleepy|dozy|dozing|drowsier|sleepier) ~6 (lately|recently|these days|for (weeks|months)|over the (last|past) (few )?(weeks|months))',
  ],
  keeping_fluids: [
    // Not "barely keeping water down" (phase 25, fresh-triage-p25f fx092).
    "(?<!(barely|hardly|not|struggling|struggle|only just|just about|can't|cannot|unable to|not really) )(keeping|keeps|kept|can keep) (fluids|water|drinks|milk|it|food|feeds|everything|some|sips) down",
    '(weeing|peeing|wetting (nappies|diapers)) (normally|fine|ok|as usual|plenty)',
    'drinking (well|fine|normally|ok|plenty)',
    // "keeping down small sips of water and dioralyte" (stop 50, fresh-triage-p30h kz091).
    "(?<!(barely|hardly|not|struggling|struggle|only just|just about|can't|cannot|unable to|not really) )(keeping|keeps|kept|can keep|managing to keep) down (small |little |tiny )?(sips|fluids|water|drinks|dioralyte|rehydration|squash|milk|feeds|everything)",
  ],
  feels_fine: [
    "(he's|she's|i'm|he is|she is|they're|i am) (totally |absolutely |completely |perfectly )?(fine|ok|okay|well)(?! (otherwise|apart|except|but))",
    '(feel|feels|feeling|seems?|looks?) (absolutely |totally |completely |perfectly )?(fine|ok|okay|well|normal)(?! (otherwise|apart|except|but))',
  ],
  shaky: ['shak(y|ing|es)', 'trembl*', 'jittery', 'the shakes'],
  panic_attack: ['panic attack*', 'anxiety attack*'],
  palp_explained: [
    'coffees?',
    'caffeine',
    'energy drinks?',
    'panic attacks?',
    'anxiety',
    '(anxious|nervous|stressed) (before|about|during|when)',
    // Anxiety told as a lasting state: "I feel anxious all the time, heart racing" (phase 20).
    '(anxious|on edge|worried) (all the time|constantly|a lot|every day|most days|lately|for weeks|for months)',
    'before (an |my |the )?(exams?|interview|presentation|flight|test)',
    'the odd',
    'scary',
    'fright*',
    'adrenaline',
    'excite*',
    'lasts (a|one) second',
    'for a second',
    '(settled|went away|stopped) (in|after|with)',
  ],
  recurrent: [
    'on and off',
    '(\\d+|two|three|four|five|several|many) times (today|this week|in a day|a day|since)',
    'keeps? coming back',
    'every day',
    'again and again',
    'recurr*',
    '(several|many|\\d+) times (a|this|per) (day|week)',
  ],
  numb_any: ['{numb}', 'no feeling', 'dead feeling', 'tingl*'],
  // Conditions the first tables lacked (from the NHS "call 999" / "go to A&E" / 111 lists
  // and NICE CKS; formerly lexicon-more.ts).
  healed: [
    "(it's|its|it has|has|now|all|they've|they have|mine|mine has|which|that) healed",
    'healed (up|now|fine|well|last|ages|years|months|weeks|a (while|long time|year|month))',
    // Healing told day by day ("big bruise ... going yellow now and less sore each day"; phase
    // 25, fresh-triage-p26p hh019).
    'less (sore|painful|tender|swollen) (each|every) day',
    '(bruise|bruising) ~4 (going|gone|turning|turned) (yellow|yellowy|yellowish|green|greeny|greenish)',
  ],
  joking: ['lol', 'lmao', 'haha', 'jk', '(just )?a meme'],
};
