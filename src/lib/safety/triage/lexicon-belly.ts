// Lexicon, abdomen, kidneys and bladder, genitals, pregnancy and after a birth: an acute
// abdomen (rigid belly, green or faecal vomit, no wind, a hernia that will not go back; NICE
// CKS), GI bleeding, appendicitis and gallbladder pain, jaundice, kidney infection and urinary
// retention (NICE NG109, NHS 111), testicular torsion and priapism (NHS A&E lists), and the
// pregnancy and postnatal warning signs (NHS "call your maternity unit", RCOG: bleeding,
// reduced movements, pre-eclampsia, waters breaking early, cord, postpartum haemorrhage,
// sepsis, psychosis). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const BELLY = '(tummy|stomach|belly|abdomen|abdominal|abdo|gut)';

export const BELLY_SIGNS: Concepts = {
  abdo_pain: [
    `(${BELLY}|pelvis|pelvic|groin) ~2 ({pain}|agony)`,
    `{pain} ~3 (in|on|across|around|at|under) (the )?(top of |bottom of |lower |upper |right side of |left side of )?({poss} )?(${BELLY}|side|groin|pelvis|lower right|right side|left side|belly button)`,
    `${BELLY} ?ache`,
    'colic*',
    '(pain|pains) (started|moved|began) ~4 (belly button|lower right|right side)',
    'cramping',
  ],
  rigid_abdomen: [
    `${BELLY} ~3 (rigid|hard|like a board|board-like|solid|tense|tight as a drum)`,
    `rigid (${BELLY})`,
    'guarding',
  ],
  peritonism: [
    'hurts (to|when (i|he|she)) (cough|jump|move|walk|go over bumps|stand up straight|laugh)',
    "(can't|cannot) (stand|walk) (up )?straight",
    'bumps in the (car|road)',
    "(can't|cannot) move (for|because of|with) (the )?pain",
  ],
  bilious_vomit: [
    '{vomit} ~3 green',
    'green (vomit|sick|bile|stuff|liquid)',
    '(vomit|sick) (is |was )?green',
    'bile',
    'bilious',
  ],
  faeculent_vomit: [
    '{vomit} ~6 (smell*|looks?) like (poo|faeces|feces|poop)',
    '(brown|dark brown) (vomit|sick|stuff) ~4 smell*',
  ],
  coffee_ground_vomit: [
    'coffee ?-?grounds?',
    '{vomit} ~2 (dark brown|black|brown) (stuff|bits|liquid)',
  ],
  no_flatus: [
    "(hasn't|haven't|not|can't|cannot|unable to) (been able to )?(pass|passed|break|broken|broke|fart|farted) (any )?(wind|gas)",
    'no (wind|gas)',
  ],
  distension: [
    `${BELLY} ~3 (massive|massively|huge|swollen|distended|bloated|big|swelling|blown up|like a drum)`,
    'swollen (up )?like a drum',
    'distended',
  ],
  irreducible: [
    "(won't|will not|can't|cannot|doesn't|does not) go back( in)?",
    'stuck out',
    '(hard|tender|painful) (lump|bulge) (in|at) ({poss} )?(groin|belly button|tummy)',
  ],
  jaundice: [
    '(skin|eyes|whites of (my|his|her) eyes) ((is|are|look|looks|have|has|gone|turned|turning|going|a bit|slightly|very|quite|getting|went|become|becoming|both) ){0,5}(yellow|yellowish|jaundiced|orange)',
    'yellow (skin|eyes|tinge)',
    'jaundic*',
    '(gone|turned|going|looks?|look) (a bit |slightly |very )?yellow',
  ],
  rlq_pain: [
    `(lower|bottom) right (side|${BELLY}|of ({poss} )?${BELLY})`,
    `right (lower )?side (of ({poss} )?)?(lower )?(${BELLY})`,
    '(moved|moving|move|went|shifted) (down )?to (the )?(lower |bottom )?right',
    'belly button ~4 (moved|moving|then)',
    'right side down',
    'appendi*',
  ],
  ruq_pain: [
    'right side under ({poss} )?ribs',
    'under ({poss} )?(right )?ribs',
    '(upper|top) right',
    'below ({poss} )?ribs',
  ],
  epigastric_pain: [
    `top of ({poss} )?${BELLY}`,
    `upper ${BELLY}`,
    'under ({poss} )?breastbone',
    'pit of ({poss} )?stomach',
  ],
  loin_pain: [
    '{pain} ~3 (in|on) ({poss} )?(side|sides|flank|loin|kidneys?|lower back)',
    '(side|flank|loin|kidney) (pain|ache|hurts)',
    'pain in (my |his |her )?side',
  ],
  diarrhoea: [
    'diarrh*',
    'loose (stools|poos?|motions)',
    'the runs',
    'runny (poo|poop|stools)',
    'watery (poo|stools)',
  ],
  bloody_diarrhoea: [
    'diarrh* ~4 {blood}',
    '{blood} (and mucus )?(in|with) ({poss} )?diarrh*',
    'bloody diarrh*',
    'blood and mucus',
  ],
  blood_in_stool: [
    '{blood} ~3 (in|on|with|when|after|mixed in with|mixed with) ((my|his|her|the|their) )?({poo}|toilet paper|nappy|nappies|diapers?|wiping|wipe|bum|bottom|back passage)',
    '(bloody|blood ?-?stained) {poo}',
    '(pooing|passing) blood',
    'rectal bleed*',
    '(bleed*|blood) (from|out of) ({poss} )?(bum|bottom|rectum|anus|back passage|butt)',
    'blood when (i )?(wipe|wiping|poo)',
    '(bleed*|blood) (when|after) (i |he |she )?(wipe|wiping|poo*|go to the toilet)',
    'red (currant )?jelly',
    'jelly-?like (stuff|poo|mucus)',
  ],
  melaena: [
    '(black|tarry|tar|sticky black|maroon) ~2 {poo}',
    '{poo} (is |was |are |were )?(black|tarry|like tar)',
    'mela?ena',
  ],
  rectal_bleed_heavy: [
    '(bowl|toilet|pan) ~3 (full of|filled with|all|was|turned|covered in) ~2 (red|blood)',
    '(bleed*|blood) ~3 (from|out of) ({poss} )?(bum|bottom|back passage) ~3 (loads|a lot|lots|pouring|heavily)',
    '(bleed*|blood) from ({poss} )?(bum|bottom) (loads|a lot|heavily)',
    'passing (big |large )?clots',
  ],
  haematuria: [
    '{blood} ~3 (in|with|when) ((my|his|her|the) )?({pee}|bladder)',
    '(peeing|pissing|weeing|passing|urinating|peein) (\\w+ )?blood',
    '{pee} (is |was |looks |has been |have been )?(\\w+ )?(red|reddish|pink|pinky|bloody|cola|dark red)',
    '(pink|red|bloody|pinky) (wee|pee|urine)',
    'ha?ematuria',
    'blood clots in ({poss} )?(pee|wee|urine)',
  ],
  uti_symptoms: [
    '(burn*|sting*|{pain}|hurts?) ~3 (when|to|while|as|on) (i |he |she )?({pee}|pass urine)',
    '(burning|stinging|painful) ({pee})',
    'dysuria',
    'cystitis',
    'utis?',
    '(urine|urinary|water|bladder|kidney) infection',
    'going (to the toilet|to pee|to wee) (every|all the time|constantly|loads)',
    '(peeing|weeing) (a lot|all the time|constantly|every)',
    '({pee}) (smells|is smelly|smelly|strong|cloudy)',
    'smells strong',
    'pyelo*',
  ],
  retention: [
    "(can't|cannot|unable to|not able to|couldn't) ({pee}|pass urine|pass water)(?! properly)",
    "(haven't|hasn't) been able to ({pee}|go)",
    'bladder ~3 (swollen|full|bursting|huge|massive|distended)',
    'urinary retention',
  ],
  retention_partial: [
    "(can't|cannot) empty ({poss} )?bladder",
    'struggling to (pass|pee|wee)',
    'straining to (pee|wee)',
  ],
  testicle_pain: [
    '(testicle|testicles|testes|testis|ball|balls|nut|nuts|scrotum|scrotal) ~3 ({pain}|swollen|swell*|agony|killing)',
    '{pain} ~3 (in|of) ({poss} )?(testicle|testicles|balls|scrotum)',
    '(testicle|ball|nut) ~5 (higher|high up|sitting up|lying sideways|horizontal)',
    'torsion',
  ],
  scrotal_swelling: [
    '(scrotum|testicle|balls|ball sack) ~3 (swollen|swell*|red|big|bigger)',
    'swollen (red )?scrotum',
  ],
  priapism: ["erection ~6 (hours|won't go|not going|painful|hasn't gone)", 'priapism'],
  sexual_assault: [
    '(sexually )?assaulted',
    'raped',
    'rape',
    '(forced|made) (me|him|her) (to )?(have sex|do things)',
    'spiked',
    'sexual assault',
  ],
  retained_object: [
    "tampon ~4 (stuck|inside|forgot|lost|left in|can't (get|find))",
    '(forgot|forgotten|lost|left) (a |my |her )?tampon',
    '(condom|tampon) (is )?(stuck|inside|lost)',
  ],
  smelly_discharge: [
    '(smelly|foul|offensive|green|smelling|stinking) discharge',
    'discharge ~3 (smells|smelly|foul)',
  ],
  vaginal_bleeding: [
    '(bleed*|blood|spotting) ~3 (from ({poss} )?(vagina|down below|front passage)|vaginal*)',
    'vaginal (bleed*|blood)',
    '(?<!(gums?|nose) )(bleeding|bleed|blood loss)(?! (gums|from (my|the|his|her) (gums|nose|mouth)))',
    'spotting',
    'bleeding down below',
    'some blood (come|came)',
    '(dark|fresh|bright red) blood',
  ],
  heavy_bleeding: [
    'soak* ~4 (pad|pads|tampons?|through|pyjamas|clothes|bed|sheets|towel)',
    '(pad|pads|tampon) (every|an|each) (hour|\\d+ minutes|half hour)',
    'flooding',
    '(big|large|huge|golf ?ball|lemon|plum) (sized )?clots',
    'gush* of (bright red |fresh )?blood',
    'bleeding (a lot|heavily|loads|really heavily|very heavily|badly)',
    'heavy bleeding',
  ],
  face_hand_swelling: [
    '(face|hands|fingers|feet and hands|hands and feet|hands and face|face and hands) ~3 (swollen|swell*|puffy)',
    'swollen (face|hands|fingers)',
    'rings (are )?(too )?tight',
  ],
  reduced_fetal_movement: [
    '(baby|babies|bump) ~4 (moving|move|moves|movements|kicking|kicks) ~3 (less|fewer|not as much|as much|slower|different)',
    "(less|fewer|reduced|decreased|not many) (fetal |foetal |baby |baby's )?(movements?|kicks|kicking|movement)",
    "(baby|babies) ~3 (hasn't|has not|isn't|not|stopped) (been )?(moving|moved|kicked|kicking)",
    "(haven't|not|can't|didn't) (felt|feel) (the |my )?(baby|babies|him|her|it) (move|moving|kick)",
    'quieter than usual',
    'moving less',
  ],
  no_fetal_movement: [
    '(baby|babies) ~3 (stopped|not) (moving|kicking) (at all|completely)',
    "(haven't|not|can't) (felt|feel) (the |my )?(baby|babies) (move|moving|kick) (at all|all day|since|today)",
    'no (fetal |baby )?(movements?|kicks) (at all|all day|since|today)',
    'stopped moving',
  ],
  waters_broken: [
    'waters ~3 (broke|broken|breaking|gone|went|leaking)',
    '(leaking|gush of|trickle of) (fluid|water|clear fluid)',
    'membranes (ruptured|have ruptured)',
  ],
  cord_visible: [
    "(see|seeing|saw|feel|there's) (the )?(umbilical )?cord",
    'cord ~3 (coming out|hanging|visible|out)',
    'something (coming|hanging|sticking) out',
  ],
  contractions: [
    'contractions?',
    'tightenings? ~3 (every|regular|minutes)',
    'labou?r pains',
    'cramping every (few|\\d+) minutes',
    'in labou?r',
    'going into labou?r',
  ],
  placenta_retained: [
    "placenta ~4 (hasn't|has not|not|didn't|hasnt|won't|still) (come|came|been delivered|delivered|out|inside)",
  ],
  bump_hard: ['bump ~3 (hard|tight|tense|rigid|solid)', '(womb|uterus) (is )?(hard|tense)'],
  constant_pain: [
    'constant (\\w+ )?(pain|tummy pain|ache)',
    "(pain|it) (that )?(doesn't|does not|won't|will not) (ease|let up|go)( off| away)?",
  ],
  chickenpox_contact: [
    '(contact|exposed|exposure) ~4 (chickenpox|chicken pox|shingles|measles|rubella|slapped cheek)',
    '(chickenpox|chicken pox|measles|shingles) ~4 (contact|exposed)',
  ],
  itchy_palms: [
    'itch* (hands|feet|palms|soles)',
    '(hands|feet|palms|soles) (are )?(really |very )?itchy',
  ],
  one_sided_pain: [
    '(one|left|right) (side|sided) ~3 ({pain}|cramp*)',
    '{pain} (on |down |in )?(one|the left|the right|left|right) side',
    '{pain} (on|in|down) (the |my )?(left|right)( hand)?( side)?',
    '(left|right) ?-?sided (\\w+ )?pain',
    '{pain} ~4 (on|down|in) (one|the left|the right) side',
    'one ?-?sided (\\w+ )?pain',
    'shoulder ?-?tip pain',
  ],
  wound_infected: [
    '(wound|scar|stitches|incision|cut) ~4 (red|oozing|weeping|open|pus|smelly|hot|gaping|infected|swollen)',
    'infected (wound|cut|scar|stitches)',
  ],
  mastitis: ['(breast|nipple) ~3 (red|hot|painful|lump|swollen|hard)', 'mastitis'],
  miscarriage: ['miscarr*', 'passing (tissue|clots)', 'lost the baby'],
};
