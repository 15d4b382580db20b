// Lexicon, phase 25 eighth round: the mind and the body together (fresh-triage-p25i.json, read
// once at a7ac220). Psychiatric medicines whose dangers are physical (clozapine missed or
// binding the bowel, lithium with a new blood-pressure tablet, an MAOI with aged food, a
// benzodiazepine about to run out after years), hallucinations in plain words, the physical
// signs of an eating disorder, and cannabis paranoia that has passed. Sources: MHRA (clozapine
// and constipation, 2020), Maudsley Prescribing Guidelines (clozapine restart after 48 hours),
// BNF and NICE CKS (lithium interactions, MAOI diet, benzodiazepine withdrawal), RCPsych MEED
// (medical emergencies in eating disorders). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const CLOZAPINE =
  '(clozapine|clozaril|zaponex|denzapine|close a pine|clozapene|clozipine|clozapin)';
/** Benzodiazepines by name (also read by lexicon-crisis-second.ts). */
export const BENZO =
  '(diazepam|valium|lorazepam|ativan|clonazepam|klonopin|rivotril|temazepam|alprazolam|xanax|chlordiazepoxide|librium|nitrazepam|oxazepam|benzos?|benzodiazepines?)';

export const MIND_BODY_SIGNS: Concepts = {
  // Clozapine missed for two days or more: not restarted at the usual dose (Maudsley: 48 hours).
  clozapine_missed_days: [
    `(missed|not taken|haven't taken|hasn't taken|didn't take|forgot|ran out of|without|stopped|off|no) (my |his |her |their |the |any )?${CLOZAPINE} ~6 ((\\d+|two|three|four|five|six|several|a few|couple of) days|48 hours|since)`,
    `(\\d+|two|three|four|five|six|several|a few|couple of) days (without|off|no|missed) (my |his |her |their |any )?${CLOZAPINE}`,
  ],
  // Constipation or no bowel movement (on clozapine, a risk to life: MHRA).
  bowels_stopped: [
    'constipat\\w*',
    "(hasn't|has not|haven't|have not|not) (been to the toilet|had a poo|pooed|opened (his|her|my) bowels|done a poo)",
    'no (poo|bowel movement|bm)',
  ],
  // Hearing or seeing what is not there, in plain words (a new psychosis: same day).
  hallucination_lay: [
    "(hearing|hear|heard|seeing|see|saw) (\\w+ ){0,3}(that|which|who) (isn't|is not|aren't|are not|wasn't|weren't|was not|were not) (there|real)",
    "(hearing|hear|heard) (voices|music|whispers|whispering|people talking) ~6 (nobody|no one|no-one|nothing|not there|isn't there)",
  ],
  tyramine_food: [
    '(cheese|cheddar|stilton|brie|parmesan|salami|pepperoni|chorizo|cured meat|aged meat|marmite|bovril|soy sauce|miso|tap beer|draught beer|draft beer|home ?brew|red wine|chianti|pickled herring|sauerkraut|kimchi|broad beans|fava beans|yeast extract)',
  ],
  // A resting pulse in the 30s or 40s said loosely ("checked her pulse ... it was 46").
  pulse_low_lay: [
    '(pulse|heart ?rate|hr|bpm) ~10 (was|is|of|at|around|about|only) ([3-4]\\d)\\b(?! ?(years|yrs|mins|minutes|kg|%))',
  ],
  // Several kilos or stones lost, in a young person or anyone ("lost about 8kg since Christmas").
  weight_lost_lots: [
    '(lost|losing|dropped|down) (about |around |nearly |almost |over |more than )?([5-9]|\\d\\d) ?(kg|kgs|kilos?|lbs?|pounds)',
    '(lost|losing|dropped|down) (about |around |nearly |almost |over |more than )?(a stone|two stone|\\d stone|[2-9] stone)',
  ],
  // Cannabis by its names.
  cannabis_word: [
    '(weed|skunk|cannabis|marijuana|spliff|spliffs|joint|joints|edible|edibles|thc|bong|dabs|hash)',
  ],
};

/** Medicines and doses named: read unless negated (a dose "for 2 years" is no history). */
export const MIND_BODY_CONTEXT: Concepts = {
  clozapine_named: [CLOZAPINE],
  // A benzodiazepine taken daily for months or years (stopping suddenly risks fits: BNF).
  benzo_named: [BENZO],
  // The last of a medicine and no more to be had ("chemist says no stock and this is my last
  // tablet", "the surgery wouldnt do the repeat").
  supply_ending: [
    '(my |the )?(last|final) (tablet|pill|dose|one|capsule)',
    '(no|out of) stock',
    "(wouldn't|won't|would not|will not|didn't|did not|refused to) (do|issue|sign|give me) (the |my )?(repeat|prescription|script)",
    "(can't|cannot|couldn't) get (any )?(more|hold of (any|it|them)|a repeat|my prescription)",
  ],
  // An MAOI, and food or drink rich in tyramine (BNF: a hypertensive reaction).
  maoi_named: [
    '(tranylcypromine|parnate|phenelzine|nardil|isocarboxazid|marplan|moclobemide|manerix|selegiline|emsam|maoi|maois|mao inhibitor)',
  ],
  // A daily dose said ("30mg diazepam a day").
  daily_dose_said: [
    '\\d+ ?mg (\\w+ )?(a|per|each|every) day',
    '(every|each) (day|night|morning)',
    'daily',
  ],
  // What raises a lithium level: ACE inhibitors, ARBs, diuretics, NSAIDs (BNF).
  lithium_interacting: [
    '(ramipril|lisinopril|enalapril|perindopril|captopril|candesartan|losartan|irbesartan|valsartan|olmesartan|telmisartan|furosemide|frusemide|bumetanide|bendroflumethiazide|indapamide|spironolactone|water tablets?|ibuprofen|naproxen|diclofenac|nurofen|mefenamic|celecoxib|etoricoxib)',
  ],
};
