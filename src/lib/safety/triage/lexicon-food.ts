// Lexicon, phase 25 fifth round: food, eating and drinking (fresh-triage-p25f.json, read once
// at 496057a). Poisons that come with a meal or a drink (methanol in home-made spirits,
// botulism from home-canned food), insulin given as the wrong kind, abdominal thrusts after
// choking, heat illness in a child, and a stomach bug on the medicines of the "sick day rules".
// Sources: UKHSA and TOXBASE (methanol, botulism), JBDS (insulin errors), Resuscitation
// Council UK (choking), NHS heat exhaustion and heatstroke, NICE NG148 / Think Kidneys (sick
// day guidance). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const RAPID =
  '(novorapid|novo rapid|humalog|fiasp|apidra|lyumjev|actrapid|humulin s|trurapi|admelog|insulin aspart|insulin lispro|(rapid|fast|quick|short|meal ?time) ?-?acting( insulin)?|bolus insulin|my bolus|mealtime insulin)';
const BASAL =
  '(lantus|levemir|tresiba|toujeo|abasaglar|semglee|humulin i|insulatard|degludec|glargine|detemir|(long|slow) ?-?acting( insulin)?|basal( insulin| dose)?|background insulin|night ?time insulin|bedtime insulin)';

export const FOOD_SIGNS: Concepts = {
  // Rapid-acting insulin given in place of the long-acting dose: a basal-sized dose that acts
  // within minutes (phase 25, fresh-triage-p25f fx068: "injected my novorapid instead of my
  // lantus at bedtime, 38 units"; JBDS: hospital, severe hypoglycaemia overnight).
  insulin_rapid_for_basal: [
    `${RAPID} ~5 (instead of|rather than|in place of|not|thinking it was|mixed up with|by mistake for|for) ~3 ${BASAL}`,
    `(took|taken|injected|gave|given|did|done|used) (my |the |his |her )?${BASAL} (dose )?(with|using|in|from) (my |the |his |her )?${RAPID}( pen)?`,
    `(wrong pen|wrong insulin|mixed up (my |the )?(pens|insulins)) ~8 ${RAPID}`,
  ],
  // A home-made, bootleg or unlabelled spirit (methanol; UKHSA: blurred or "snowy" vision,
  // belly pain or breathlessness hours later is an emergency).
  homebrew_spirit: [
    '(home ?-?made|homemade|home ?-?brewed|home ?-?distilled|bootleg|moonshine|illegal|fake|counterfeit|unlabell?ed|unbranded|dodgy|street) (spirit|spirits|vodka|alcohol|liquor|arak|arrack|rum|gin|whisky|whiskey|booze|chacha|raki|rakia|palinka|tuica|grappa|moonshine|brandy|liqueur|hooch)',
    'moonshine',
    'methanol',
    'methylated spirits?|meths',
  ],
  // Vision that is snowy, foggy or like a snowstorm (methanol's sign).
  vision_snowy: [
    '(vision|sight|seeing|see|eyes) ~4 (snowy|snowing|snow|foggy|misty|like a snowstorm|hazy|fuzzy)',
    '(everything|things|it all) (looks?|is|seems?|went|gone|going) (all )?(foggy|snowy|misty|hazy|blurry|blurred|fuzzy|dim|dark)',
  ],
  // Home-canned, bottled or preserved food (botulism; UKHSA: double vision, drooping eyelids,
  // slurred speech or swallowing trouble after it is an emergency).
  home_canned: [
    'home ?-?(canned|tinned|bottled|jarred|preserved|fermented|cured|pickled)',
    '(canned|tinned|bottled|jarred|preserved|pickled|fermented) (at home|by (my|his|her) \\w+|from (my|his|her) \\w+)',
    '(homemade|home ?-?made) (preserves?|jars?|canned|tinned|bottled|pickles?|fermented|garlic in oil|garlic oil|chilli oil)',
    "(bulging|blown|swollen|domed|dented) (tin|tins|can|cans|jar|jars|lid)(?!')",
    'botulism',
  ],
  // Abdominal thrusts given for choking (Resuscitation Council UK: whoever has had them must
  // be examined by a doctor for injury, the same day).
  abdominal_thrusts: [
    // By the writer or on their own people, not a waiter on a stranger (fresh-triage-p25f fx152).
    "(i|we|i've|we've|ive|weve) (\\w+ ){0,3}(did|done|do|gave|give|given|had to do|had to give|performed|tried|used) (the |a |an |some |\\d+ |three |two )?(heimlich|abdominal thrusts?)",
    '(heimlich|abdominal thrusts?) (on )?(me|my \\w+|our \\w+)',
    '(squeez*|push*|thrust*|pulled) ~4 (tummy|stomach|belly|abdomen|under (his|her|my|their) ribs) ~10 (chok*|came out|come out|flew out|popped out|dislodg*)',
  ],
  // Too much sun or heat, said plainly ("had too much sun at the beach today").
  sun_too_much: [
    '(too much|so much|loads of|lots of|a lot of|way too much|far too much) (sun|sunshine|heat)',
    '(out|playing|sitting|lying) in the (sun|heat) (all day|for hours|for \\d+ hours)',
    'sunstroke|sun stroke|heat exhaustion|heat stroke|heatstroke',
  ],
};

export const FOOD_CUES: Concepts = {
  // Something felt stuck that has gone, with eating since (phase 25, fresh-triage-p25f fx107:
  // "felt like fish bone was stuck yesterday ... but its gone now, ate breakfast fine").
  food_cleared: [
    // Gone, not "gone dark purple" (fresh-triage-p25g fy116).
    "(it's|its|it has|it's now|it) (gone|cleared|shifted|passed|gone down|moved)(?= now| away| down| by itself|[.,!?]|$)",
    '(gone|went down|cleared|shifted|passed|came up|came out|dislodged) (now|eventually|by itself|on its own|after a while)',
    // Eating since, not "swallowing my spit ok" (a bone still stuck can let saliva by).
    '(ate|eaten|eating|had) (\\w+ ){0,2}(fine|ok|okay|normally|no problem|without (a )?problem)',
  ],
  // Button batteries asked about for keeping safe: storing, disposing (phase 25, fx034).
  battery_safety_q: [
    '(store|storing|stored|keep|keeping|childproof|child ?-?proof|lock|locked|dispose|disposing|disposal|recycle|recycling|get rid of|safest way|safe way) ~8 (batter(y|ies)|them)',
  ],
  // The breastfed baby's normal stool, told in its words (NHS: yellow, seedy, runny, often).
  breastfed_poo_normal: [
    '(yellow|mustard|yellowy|orange) ~4 (seedy|seeds|grainy|curdy|runny|loose|watery)',
  ],
  // Gout known and its treatment at hand (NICE NG219: self-care a flare with the usual medicine).
  gout_known: [
    'gout ~8 (had it before|again|usual|as usual|another|my usual|same as before|every time|flare)',
    "(colchicine|naproxen|allopurinol|febuxostat) ~6 (at home|i have|i've got|ive got|got some|in the cupboard|left|to hand)",
    '(got|have|had) (some )?(colchicine|naproxen) (at home|left|in)',
  ],
  // Medicines of the "sick day rules" (NICE NG148, Think Kidneys): held when vomiting or
  // diarrhoea stops fluids staying down, because dehydration on them harms the kidneys.
  sick_day_drug: [
    '(metformin|ramipril|ramapril|lisinopril|enalapril|perindopril|candesartan|losartan|irbesartan|valsartan|olmesartan|telmisartan|furosemide|frusemide|bumetanide|spironolactone|bendroflumethiazide|indapamide|water tablets?|dapagliflozin|empagliflozin|canagliflozin|forxiga|jardiance|sacubitril|entresto|lithium|ibuprofen|naproxen|diclofenac)',
  ],
};
