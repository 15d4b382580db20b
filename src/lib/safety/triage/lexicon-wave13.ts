// Lexicon, phase 11 (helper fa): principles rather than sentences, each probed in many styles
// with look-alikes of the other direction before any change (test/unit/safety/probes-p11-fa.json).
// Sources: NHS pages on taking an extra dose by accident (for most medicines one extra dose is
// unlikely to harm: check the leaflet or ask a pharmacist; more care for blood thinners,
// insulin, strong painkillers and children), on urinary retention (cannot pee, a painful full
// bladder: A&E) and on appendicitis (pain from the middle to the lower right; 999 or A&E when
// it becomes severe, spreads, or comes with being sick and a temperature). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const WAVE13_SIGNS: Concepts = {
  // One extra dose taken by mistake: "twice today", "two instead of one", "doubled up", "an
  // extra one", "took it again". Read with a named medicine; never a count of many.
  single_extra_dose: [
    '(took|taken|had|swallowed|take) ~6 (twice|two times|2 times|a second (time|dose|one|tablet))',
    '(took|taken|had|swallowed) ~4 (an|one) extra (one|dose|tablet|pill|capsule)',
    '(extra|second|double) (dose|tablet|pill|capsule) (by mistake|by accident|accidentally)',
    '(two|2) ~4 (instead of|rather than) (one|1)',
    'doubled? (up|dosed)',
    "(forgot|forgotten|didn't remember) (that )?(i'd|i had|he'd|he had|she'd|she had|i already|i'd already|i had already) (already )?(taken|had)",
    '(took|taken|had) (it|them|my \\w+|his \\w+|her \\w+) again',
  ],
  // The slip went on for days, or more than one extra dose: not a single slip.
  slip_repeated: [
    '(every day|each day|daily|all week|this week|for (\\d+|two|three|four|five|six|a few|several) (days|weeks))',
    '(three|four|five|3|4|5) (times|doses|tablets|pills)',
    "(whole|entire) (week|week's|weeks|month|pack|packet|box|strip)",
    'days in a row',
  ],
  // The whole round of medicines doubled ("took my morning tablets twice"), not one medicine:
  // several blood-pressure or heart medicines at once add up.
  whole_round: [
    '(my|his|her|their|all (of )?(my|his|her|their)) (morning |evening |night |night-time |bedtime |usual |daily |regular )?(tablets|pills|meds|medications|medicines)',
    '(both|all) (of )?(my|his|her|their|the) (tablets|pills|meds|medications|medicines)',
  ],
  // Medicines for which even one extra dose needs a check the same day (NHS: blood thinners,
  // insulin and sulfonylureas, strong painkillers, sedatives, some heart and mood medicines),
  // beyond narrow_drug and high_risk_drug: the newer blood thinners, sleeping tablets and
  // sedatives, gabapentinoids, anti-epileptics, sulfonylureas.
  slip_risky_drug: [
    '(apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|clopidogrel|ticagrelor|blood thinners?)',
    '(diazepam|lorazepam|valium|xanax|alprazolam|clonazepam|temazepam|benzos?|benzodiazepines?|zopiclone|zolpidem|sleeping (pills|tablets))',
    '(pregabalin|gabapentin|carbamazepine|phenytoin|valproate|epilim|lamotrigine|levetiracetam|keppra)',
    '(glibenclamide|glimepiride|glipizide|sulfonylureas?|sotalol|amiodarone|atenolol|bisoprolol|metoprolol|carvedilol|nifedipine|baclofen|mirtazapine|trazodone|tacrolimus|ciclosporin)',
    '(novorapid|humalog|lantus|levemir|tresiba|toujeo|fiasp|apidra|humulin|insulatard)',
  ],
  // Said outright that nothing is wrong after the slip: "no symptoms at all", "no side effects".
  no_symptoms_said: [
    '(no|not any|not got any|not having any|without any) (symptoms|side ?effects|problems|ill effects|effects)',
  ],
  // Urine that will not come properly: "can't pee properly", "just dribbles", "only a few drops",
  // "keeps trying but nothing comes" (acute urinary retention described, not named).
  urine_obstructed: [
    "(can't|cannot|can not|unable to|not able to|couldn't|struggling to|struggle to|finding it hard to) (pee|wee|urinate|pass urine|pass water|go) (properly|fully|much|at all)",
    "(can't|cannot|can not|unable to|not able to|couldn't|struggling to) (\\w+ )?(pee|wee|urinate|pass urine|pass water)",
    '(only|just|can only|can just|only managed|only managing|only passing|only getting) ~5 (dribble*|trickle*|drops?|a few drops|a little bit|tiny amounts?)',
    '(keeps|keep|kept|been|keeps on) trying to (go|pee|wee) ~6 (nothing|not much|barely anything|hardly anything) (comes|coming|will come|came)',
    '(nothing|not much|barely anything|hardly anything) (comes|coming|will come|came)( out)?',
  ],
  // A sting or a constant urge, in words uti_symptoms lacks ("it burns", "going every 10 mins"):
  // cystitis, where only a little comes out each time, not retention.
  urine_sting_or_often: [
    '(it|that|which|wee|pee|peeing|weeing) (burns|stings|is burning|is stinging|really burns|really stings)',
    '(going|go|goes|running|have to go|need to go|needing to go) ~3 (every (\\d+|few|couple of|ten|five|twenty) (mins|minutes|min)|all the time|constantly|non ?-?stop)',
    '(always|constantly) (need|needing|feel like i need) (to go|a wee|a pee)',
    'polyuria',
  ],
  // A full, hard or sore bladder described: "lower belly feels full and sore", "below the navel
  // is bulging", "bladder feels like it's bursting".
  bladder_full_sore: [
    '(bladder|lower (belly|tummy|stomach|abdomen)|bottom of (my|his|her) (belly|tummy|stomach)|(belly|tummy|stomach) below (the |my |his |her )?(navel|belly ?button)|below (the |my |his |her )?(navel|belly ?button)|above (the |my |his |her )?(pubic bone|privates)) ~5 (full|swollen|bulging|bulge|hard|tight|distended|sticking out|ballooned|bloated|sore|painful|tender|agony|hurts|hurting|aching|uncomfortable)',
  ],
  // No proper wee for hours: "last proper wee was 6 hours ago", "nothing proper since last night".
  no_proper_wee_hours: [
    '(last|no) (proper |real |decent |full )?(wee|pee) (was )?(about |around |over |more than )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|a few) (hours?|hrs?)',
    '(nothing|no wee|no pee|not a proper (wee|pee)) (proper )?since (last night|this morning|yesterday|breakfast|lunch)',
    '(since|from) (last night|this morning|yesterday) ~8 (only|just) ~3 (dribble*|trickle*|drops?|a few drops)',
    '(been )?trying (to go )?for (hours|\\d+ hours|ages)',
  ],
  // Pain bad enough that the person cannot walk or stand straight or is bent double, said of a
  // belly pain (peritonism in lay words).
  cant_walk_straight: [
    "(can't|cannot|can not|unable to|couldn't|not able to) (walk|stand|stand up|get up) (up )?(straight|upright|properly|at all)",
    '(bent|doubled) (over|double|up)',
    "(can't|cannot|couldn't) (move|walk|stand) (for|because of|with) (the )?pain",
  ],
  // Belly pain that is where the appendix is, or moved there, in words the older concepts lack:
  // "moved down to the right", "shifted to the right side down low".
  pain_moved_right_low: [
    '(moved|moving|moves|shifted|gone|went|travelled|spread) (down |over )?(to |into )?(the )?(right|bottom right|lower right|right side|right hand side)( side)?( (down )?low| down low| lower down)?',
  ],
  // A person's everyday habit said as such, with the rest of them vouched for: "otherwise
  // alright", "still sharp", "in the afternoons", "every evening". Read by the net (net.ts): a
  // sleepy old person in the afternoons is no emergency the rules missed.
  otherwise_well: [
    "(otherwise|apart from that|other than that|besides that) (is |seems |seem |he is |she is |he's |she's |i'm |i am )?(alright|all right|fine|well|ok|okay|healthy|good|great|perfectly well|fit and well)",
    "(still|is still|she is still|he is still|she's still|he's still) (sharp|with it|on the ball|chatty|eating well|her usual self|his usual self)",
  ],
  habit_time: [
    '(in|during) the (afternoons|evenings|mornings)',
    '(every|most|some) (evening|evenings|afternoon|afternoons|night|nights|day|days)',
    'after (lunch|dinner|tea|meals|his lunch|her lunch|his dinner|her dinner)',
    'in front of the (telly|tv|television)',
    '(in|from) (his|her|their) (chair|armchair)',
  ],
};
