// Lexicon, phase 25 tenth round: rare, time-critical conditions in lay words beside their
// look-alikes (fresh-triage-p25k.json, read once at 316fcd7). A bruise whose pain is out of all
// proportion and spreading (necrotising fasciitis), a limb in a cast or after a kick that is
// tense, agonising and tingling (compartment syndrome), weakness climbing after a tummy bug
// (Guillain-Barré), steroids run out after years (adrenal insufficiency), a knock to the
// testicles that swells. Sources: NICE NG51 and the NHS (necrotising fasciitis, sepsis), BOAST
// (compartment syndrome), NICE CKS (Guillain-Barré), Society for Endocrinology (steroid
// emergency card), NHS (testicle injury). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const TIME_CRITICAL_SIGNS: Concepts = {
  // Pain beyond words or beyond strong painkillers ("through the roof even with the oramorph").
  pain_extreme_lay: [
    '(through the roof|off the scale|off the charts|unbearable|excruciating|agony|agonising|agonizing|worst pain|10 ?/ ?10|10 out of 10|beyond anything)',
    '(even with|despite|not touched by|not helped by|nothing touches it|not touching it)( the| my)? (oramorph|morphine|codeine|co-?codamol|tramadol|painkillers|pain killers|pain relief|the strong stuff)',
  ],
  // A calf, shin, forearm or thigh tense and hard after an injury or in a cast (BOAST).
  compartment_tense: [
    '(calf|calves|shin|leg|forearm|arm|thigh|foot) ~4 (rock hard|hard as (a )?rock|tight as a drum|really tight|so tight|tense|hard and swollen|swollen and hard|swollen tight)',
    // The limb named a sentence before ("forearm crushed under a pallet ... tonight its rock hard
    // and swollen"; phase 25, fresh-triage-p26r hj099).
    "(its|it's|it is|it has gone|it's gone|now|has gone|gone) ~2 (rock hard|hard as (a )?rock) and (swollen|tight|shiny|tense)",
  ],
  // Pins and needles, tingling or numbness below it, or pain on moving the toes or fingers.
  distal_nerve_lay: [
    '(foot|feet|toes|fingers|hand) ~4 (pins and needles|tingl\\w*|numb|dead|gone funny)',
    '(pins and needles|tingl\\w*|numb\\w*) ~4 (foot|feet|toes|fingers|hand)',
    '(kills|agony|hurts like hell|really hurts|screaming) ~4 (move|moving|wiggle|wiggling|bend|bending) (them|my toes|my fingers|the toes|the fingers)',
    '(move|moving|wiggle|wiggling) (them|my toes|my fingers|the toes|the fingers) ~4 (kills|agony|hurts like hell|really hurts)',
  ],
  // Breathing getting harder (with a weakness that climbs: Guillain-Barré, 999).
  breath_harder: [
    "(harder|hard|struggling|difficult|can't|cannot) to (take|get|draw) (a )?(deep |full |proper )?breaths?",
    "(can't|cannot) (take|get) a (deep |full |proper )?breath",
  ],
  // After a tummy bug, a chest infection or a virus in the weeks before.
  after_infection: [
    '(since|after) (a|the|my|his|her) (tummy bug|stomach bug|bug|sickness bug|diarrhoea|gastro|food poisoning|virus|cold|flu|chest infection|infection)',
  ],
  // A knock to the testicles (NHS: swelling or bruising after it, same day).
  testicle_knock: [
    '(hit|kicked|knocked|whacked|smacked|caught|landed on|kneed|struck|bashed) ~8 (testicles?|balls|nuts|groin|privates|crotch|bollocks|scrotum)',
    '(testicles?|balls|nuts|scrotum) ~6 (crossbar|cross bar|bar|kick|kicked|ball hit|cricket ball|football)',
    '(ball|cricket ball|football|hockey ball|kick|knee|boot|elbow) ~4 (to|in|into) (the |my |his )?(balls|testicles?|nuts|groin|crotch|privates)',
  ],
  testicle_swollen_lay: [
    '(right one|left one|testicles?|balls?|scrotum|nuts?) ~4 (swollen|swelling|bruised|purple|bigger|puffy)',
    // "his balls have hurt a bit since football yesterday, one side slightly swollen" (phase 25,
    // fresh-triage-p27w io010).
    '(balls?|testicles?|scrotum|nuts?) ~10 one side (is )?(slightly |a bit |a little |bit )?(swollen|bigger|puffy|larger)',
  ],
  // A varicocele's words ("like a bag of worms"): a routine check.
  varicocele_lay: ['bag of worms', 'varicocele'],
  // Fear of sepsis named, or someone said to have it as a joke, with no sign of it.
  sepsis_feared: [
    // Someone else's worry, said with a laugh: "my mum keeps going on about sepsis lol" about a
    // crusty ear piercing (stop 50, fresh-triage-p30e kw102).
    '(keeps? going on|going on|goes on|banging on|bangs on|harping on|nagging( me)?|fussing|freaking out|panicking) about sepsis',
    // How to lower the risk before an operation (phase 25, fresh-triage-p26q hi051).
    '(lower|reduce|cut|minimise|minimize|lessen) (my |the |his |her |their |our )?(risk|chances)',
    '(how|what) (do|can|should) (i|we|you) (do to )?(avoid|prevent|stop) (getting |catching )?(sepsis|it)',
    // What others with sepsis have, read somewhere: "saw on facebook that kids with sepsis have cold
    // hands" (phase 25, fresh-triage-p27o ig040).
    '(kids|children|babies|people|adults|someone|anyone|a child|a baby) with sepsis (have|has|get|gets|can|are|look|go|show)',
    "(scared|worried|afraid|paranoid|convinced|terrified|panicking|freaking out|thinks|says|reckons|claims|swears|googled|read) (that )?(it's|its|it is|i have|i've got|he has|she has|he's got|she's got|it might be|it could be|i might have|he might have|she might have|about) (\\w+ )?(sepsis|septic)",
  ],
  washed_out: ['washed out', 'wiped out', 'no energy', 'so weak', 'really weak', 'feel weak'],
};

/** A long course named with its length: read as said ("for 2 years" is no history here). */
export const TIME_CRITICAL_CONTEXT: Concepts = {
  // A long course of steroids (prednisolone, hydrocortisone) named with its length.
  steroid_years: [
    '(prednisolone|prednisone|pred|hydrocortisone|dexamethasone|steroids?) ~8 (for|over) (\\d+|two|three|four|five|many|several|a few) (years|yrs|months)',
  ],
};
