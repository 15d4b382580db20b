// Lexicon, phase 25 sixth round: after surgery, hospital stays and serious long-term illness
// (fresh-triage-p25g.json, read once at fa76adb). A wound that opens with something showing, a
// stoma that changes colour or pours out, a PICC line that has slipped or a port site that is
// inflamed, a surgical drain that turns cloudy, a fever days after an operation, blood-thinning
// injections not given at discharge, oxygen below a person's usual, a heart-failure weight gain,
// a dialysis fistula that will not stop bleeding. Sources: NHS and RCS (wound dehiscence),
// ASCN UK (stoma care), RCN and UKONS (vascular access devices), NICE NG89 (clot prevention
// after surgery), BTS home oxygen guidance, NICE NG106 (heart failure), Kidney Care UK and renal
// unit advice (fistula bleeding). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const AFTER_CARE_SIGNS: Concepts = {
  // A surgical wound burst open with something showing through it (evisceration; RCS: 999,
  // cover with a clean damp dressing; phase 25, fresh-triage-p25g fy018).
  wound_eviscerated: [
    '(wound|incision|scar|stitches|cut|staples) ~6 (popped|burst|split|came|opened|open|apart|gaping) ~12 (poking|sticking|coming|hanging|bulging|spilling) (out|through)',
    '(something|bowel|bowels|gut|guts|intestine|intestines|insides|fat) ~6 (poking|sticking|coming|hanging|bulging|spilling) (out|through) (of |from )?~3 (wound|incision|cut|scar|hole|stitches)',
    '(wound|incision|cut|scar) ~10 (pink|pinky|shiny|glistening) ~3 (poking|sticking|coming|hanging|bulging|showing)',
  ],
  // A stoma gone dark, dusky, black, grey or pale (ASCN: its blood supply; A&E now).
  stoma_dusky: [
    '(dark purple|deep purple|purple|purply|black|blackish|dusky|navy|blue|bluish|grey|gray|dark red|very dark|pale|white|whitish) ~6 (stoma|ileostomy|colostomy|urostomy)',
    '(stoma|ileostomy|colostomy|urostomy) ~10 (gone|turned|turning|going|looks?|looking|is|now|has|got) (a )?(dark |very |almost |quite )?(purple|purply|black|blackish|dusky|navy|blue|bluish|grey|gray|pale|white|whitish)',
    // "the stoma has gone from red to a dark purply black colour" (stop 47, fresh-triage-p29h jz068).
    // Read beside a stoma named (the rules ask for both).
    "(stoma|ileostomy|colostomy|urostomy|it|it's|its) (has |is )?(gone|turned|changed|going|turning) from ~3 to (a )?(dark |very |almost |deep )?(purple|purply|black|blackish|dusky|navy|blue|bluish|grey|gray)",
  ],
  // A stoma pouring out: emptied again and again, watery (ASCN: high output, dehydration).
  stoma_high_output: [
    '(stoma|ileostomy|colostomy|bag|pouch) ~6 (putting out|pouring|output|emptying|emptied|filling|fills) ~8 (loads|lots|a lot|so much|\\d+ times|watery|water|liquid|constantly|non ?stop|every hour)',
    '(emptied|emptying|empty) (it|the bag|my bag|the pouch) (\\d+|ten|twelve|loads of|so many) times',
    'high ?-?output',
  ],
  // A PICC or central line that has slipped out further (RCN: do not push it back; same day).
  line_moved: [
    '(line|picc|hickman|catheter|tube) ~10 (longer|further out|more of it|pulled out|slipped out|slipping out|come out|came out|coming out|moved|migrated|(\\d+ ?cm|\\d+ centimet\\w+) (more|longer|out))',
    '(bit|part|length) (outside|sticking out|showing) ~4 (longer|more)',
  ],
  // A port or line site that is red, swollen or sore (UKONS: line infection, same day).
  line_site_inflamed: [
    '(site|insertion|entry|exit|where it goes in|around (it|the|my|his|her) (line|port|portacath|picc|hickman)) ~6 (red|redness|swollen|tender|sore|hot|pus|oozing|weeping|leaking)',
    '(portacath|port|picc|hickman|line)( site)? ~4 (red|tender|sore|hot|pus|oozing|weeping)',
  ],
  // A surgical drain's fluid or site cloudy, murky or smelly (infection; same day).
  drain_infected: [
    '(drain|drain site|drain bag|drainage) ~10 (cloudy|murky|pus|smelly|smells|green|offensive|thick)',
    '(cloudy|murky|smelly|green|offensive) ~10 (drain|drainage)',
  ],
  // Days after an operation, in the hospital's words ("3 days post lap gallbladder removal").
  post_op_days: [
    '\\d+ (days?|weeks?) post ?-?(op|operation|surgery|lap|laparoscopic|keyhole|\\w+ectomy|\\w+otomy|partum)',
    'post ?-?op day \\d+',
    '(day|days) \\d+ post ?-?op',
    'post ?-?(lap|laparoscopic|keyhole) \\w+',
  ],
  // Blood-thinning injections or tablets meant for after an operation not given or missed
  // (NICE NG89: a course such as 28 days after a hip replacement; phase 25, fy056).
  anticoag_not_given: [
    "(didn't|did not|forgot to|never|haven't|have not|hasn't|has not|not) (give|gave|given|supply|supplied|send|sent|prescribe|prescribed|got|get) (me |him |her |us )?(the |my |any |his |her )?(blood ?-?thinn\\w*|anticoagulant|anti ?-?clot\\w*|clexane|enoxaparin|dalteparin|fragmin|tinzaparin|innohep|heparin|rivaroxaban|xarelto|apixaban|eliquis|dabigatran)",
    "(blood ?-?thinn\\w*|clexane|enoxaparin|dalteparin|fragmin|tinzaparin|heparin) (injections?|jabs?|shots?|tablets?) ~10 (missed|forgot|not given|never given|run out|ran out|none left|didn't get|not sent)",
  ],
  // Oxygen saturation below the person's usual, said as such ("sats usually 90 but been 86-87").
  sats_below_usual: [
    '(sats|saturations?|oxygen|o2|spo2|levels?) (are |is )?(usually|normally|normal for (me|him|her) is|baseline|always) (around |about |at )?\\d\\d ~8 (but|now|today|been|down to|dropped to|only|tonight) ~3 \\d\\d',
    '(sats|saturations?|oxygen|o2|spo2) ~4 (lower|less|down) than (usual|normal|his usual|her usual|my usual)',
  ],
  // More breathless than the person's usual ("more puffed than usual").
  breathless_more: [
    'more (puffed|puffed out|breathless|short of breath|sob|out of breath|winded|wheezy|wheezing|gaspy) than (usual|normal|he usually is|she usually is|i usually am)',
  ],
  // A heart-failure weight gain (NICE NG106 / BSH: 2 kg in 3 days, call the team) and its signs.
  hf_weight_gain: [
    '(weight|weigh) ~4 (up|gone up|increased|risen|put on|gained|more) ~4 \\d+(\\.\\d+)? ?(kg|kgs|kilos?|lbs?|pounds)',
    '(put on|gained|gone up) \\d+(\\.\\d+)? ?(kg|kgs|kilos?|lbs?|pounds) ~6 (days|since|this week|in a week|overnight)',
  ],
  hf_more_swollen: [
    '(ankles?|legs?|feet|tummy) (are |look |getting |seem |a bit )?(puffier|more swollen|fatter|bigger|swelling more|swollen more|more puffy)',
    '(extra|more|another|two|three|2|3|4) pillows? ~4 (at night|to sleep|to breathe|in bed)',
    '(need|needing|using|have to use|had to use) (an )?(extra|more|another) pillows?',
  ],
  // A dialysis fistula or graft (its bleeding runs fast; Kidney Care UK: 999 if it will not stop).
  fistula_any: ['(fistula|av graft|dialysis graft|dialysis access|needle sites?|needling site)'],
  // A spot of blood when cleaning round a stoma, which bleeds easily and is normal (ASCN;
  // phase 25, fy103); not blood in the bag.
  stoma_clean_blood: [
    '(spot|spots|bit|little|speck|specks|touch|smear|drop|drops|dot) (of )?blood ~12 (clean|cleaning|wipe|wiping|changing|change) ~6 (stoma|appliance|flange)',
    '(clean|cleaning|wiping|changing) ~6 (stoma|appliance|flange) ~10 (spot|spots|bit|little|speck|smear|drop|dot) (of )?blood',
  ],
  // Peritoneal dialysis named by its letters ("PD patient", "my PD bag").
  pd_named: [
    '\\bpd (patient|dialysis|bag|bags|drain|fluid|exchange|exchanges|catheter|nurse|unit)',
    'on pd\\b',
    'peritoneal',
  ],
};
