// Lexicon, same-day conditions that hinge on a medicine, an exposure or a pattern of ordinary
// symptoms: white-cell-lowering medicines with a sore throat or fever (MHRA alerts for
// carbimazole, clozapine, methotrexate), running out of a medicine that must not stop (NHS:
// emergency supply), HIV PEP within 72 hours (BHIVA), chickenpox contact in pregnancy (RCOG),
// sudden one-sided hearing loss (NICE CKS), a diabetic foot wound (NICE NG19), a child's urine
// infection and new type 1 diabetes (NICE NG224 / NG18: thirst, weeing, weight loss),
// diarrhoea on chemotherapy (UKONS), bloody diarrhoea after travel, likely fractures (Ottawa
// rules: bone tenderness, four steps; scaphoid), spinal injury and cord compression (NICE
// NG234), half the visual field, necrotising infection, self-harm and passive suicidal thoughts
// (NICE NG225), Bell's palsy (forehead involved), a breastfeeding mother's own fever.
// Pattern language: pattern.ts.

import { near, type Concepts } from './lexicon-types';
import { ACCIDENT_AFTER } from './lexicon-brain-mind';

const MARROW_DRUGS =
  '(carbimazol*|propylthiouracil|ptu|clozapin*|clozaril|methotrexat*|metotrexat*|sulfasalazine|sulphasalazine|azathioprine|mercaptopurine|leflunomide|mycophenolate|deferiprone)';
export const MUST_NOT_STOP =
  "(levetiracetam|keppra|lamotrigine|lamictal|valproate|epilim|depakote|carbamazepine|tegretol|phenytoin|topiramate|lacosamide|zonisamide|clobazam|oxcarbazepine|brivaracetam|perampanel|(epilepsy|seizure|anti[- ]?seizure|fit|anti[- ]?epileptic|anticonvulsant) (tablets|meds|medication|medicine|medicines|pills|drugs)|levodopa|sinemet|madopar|parkinson'?s (tablets|meds|medication)|hydrocortisone|insulin|hiv (tablets|meds|medication|medicine|medicines|pills|drugs)|antiretrovirals?|biktarvy|triumeq|genvoya|dovato|symtuza|odefsey|eviplera|atripla)";

/** Medicines that cannot simply wait until the person is home again, when left behind. */
const LEFT_BEHIND_DRUG =
  '(apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|warfarin|novorapid|humalog|lantus|levemir|tresiba|toujeo|fiasp|apidra|humulin|insulatard|abasaglar|semglee|insulin pens?)';

export const SAME_DAY_CONTEXT: Concepts = {
  marrow_risk_drug: [MARROW_DRUGS],
  // The emergency pill already taken ("took levonelle within an hour"): no more is needed
  // unless it was sick back within 3 hours (rules-more.ts; phase 25, fresh-triage-p25d). Context: taken last week still counts.
  ec_taken: [
    '(the |a )?(morning ?-?after pill|levonelle|ellaone|ella one|emergency pill) (made|gave|caused|has made|messed|brought|delayed)',
    "(?<!(not|never|didn't|haven't|hasn't|havent|didnt|hasnt) )(took|taken|had|got|used) ~3 (levonelle|levonorgestrel|ellaone|ella one|ulipristal|the morning ?-?after pill|a morning ?-?after pill|emergency contraception|the emergency pill|plan b)",
    '(levonelle|ellaone|ella one|morning ?-?after pill|emergency pill) ~3 (at|on|within|yesterday|last night|this morning|\\d+ (hours|days) ago)',
  ],
  // Phase 25 (fresh-triage-p24h fr056, fr043): someone cared for at the end of life, at home
  // or in a hospice. Their team (district nurses, the hospice's 24-hour line) is who to call
  // for new pain or distress, and changes their dying brings are expected ones.
  end_of_life: [
    'end of (his|her|their) life',
    'end of life (care|plan|team|meds|medicines|nurses?)',
    'on end of life',
    '(palliative|hospice|terminally ill|terminal (cancer|illness|diagnosis)|syringe driver|dnacpr|dnr)',
    '(just in case|anticipatory) (meds|medicines|medications|drugs|box|injections|bag)',
    '(in|into) (his|her|their) (last|final) (days|hours|weeks)',
    "(he is|she is|he's|she's|hes|shes) dying(?! (to|for|of (laughter|boredom|embarrassment)))",
  ],
  must_not_stop_drug: [MUST_NOT_STOP],
  heavy_drinker: [
    // Not water: "i drink a lot of water" (phase 24).
    '(drink|drinks|drinking|drank|drunk) ~4 (every day|daily|heavily|a bottle|bottles|\\d+ cans|cans a day|litres?|a lot|loads)(?! of (water|fluids?|squash|tea|coffee|milk|juice|decaf))',
    '(bottle|bottles|\\d+ cans|cans|pints|litres?) (of \\w+ )?(a|per|every) day',
    'daily drink*',
    'years of (heavy |daily )?drinking',
    'heavy (drinker|drinking)',
  ],
  narrow_drug: [
    '(warfarin|insulin|digoxin|lithium|methotrexate|morphine|oxycodone|fentanyl|tramadol|codeine|co-?codamol|iron|amitriptyline|beta ?-?blockers?|propranolol|verapamil|diltiazem|clonidine|gliclazide|theophylline|opioids?|methadone|buprenorphine|colchicine|flecainide|olanzapine|quetiapine|clozapine|antipsychotics?)',
  ],
  harmless_med: [
    '(vitamin (c|d|b\\d*)|vitamins|multi ?-?vitamins?|probiotics?|fish oil|omega ?3|folic acid|cod liver oil|antacids?|gaviscon|rennie|lactulose|saline|moisturiser|emollient)',
    // A contraceptive pill swallowed by a child (TOXBASE: no treatment needed; phase 25,
    // fresh-triage-p26e gw159).
    '(contraceptive pills?|microgynon|rigevidon|cilest|yasmin|lucette|levest|ovranette|cerazette|cerelle|desogestrel|mini ?-?pill)',
  ],
  chemo_drug: [
    '(keytruda|pembrolizumab|nivolumab|opdivo|ipilimumab|yervoy|atezolizumab|tecentriq|durvalumab|imfinzi|cemiplimab|immunotherapy|checkpoint inhibitors?)',
    '(having|getting|undergoing|receiving|on|in|during|started) (\\w+ )?(treatment|therapy|radiotherapy) for (cancer|leuk\\w+|lymphoma|myeloma|\\w+ cancer)',
    '(capecitabine|oxaliplatin|irinotecan|fluorouracil|5-?fu|docetaxel|paclitaxel)',
    '(xeloda|lonsurf|trifluridine|tegafur|temozolomide|cyclophosphamide|carboplatin|cisplatin|gemcitabine|folfox|folfiri|capox|xelox|ec-?t|fec-?t)',
  ],
  breastfeeding: [
    'breast ?feed*',
    'nursing (my|a) baby',
    '(feeding|feed) (my|the) baby',
    'feeding my \\d+',
  ],
  travel_abroad: [
    '(back|returned|got back|just back|came back|coming home|came home|flew back|home) from ~4 (abroad|holiday|trip|travel*|india|egypt|mexico|thailand|morocco|turkey|africa|asia|pakistan|bangladesh|nepal|peru|kenya|indonesia|bali|vietnam|cambodia|brazil|tunisia|dominican republic|cuba|sri lanka)',
    '(after|since) (my |our |his |her |the )?(trip|holiday|travels|travelling) (to|in|abroad)',
    "traveller'?s diarrh*",
  ],
  immune: [
    "(i'm|i am|am|is|she's|she is) immune",
    '(had|have had|caught) (it|chicken ?pox) (as a child|before|already|when)',
  ],
  // Close to someone with chickenpox spots (phase 24: "my niece came out in spots yesterday and
  // I was cuddling her all weekend").
  pox_contact: [
    '(came|come|broke|breaking|coming) out in (chicken ?pox )?spots',
    '(niece|nephew|son|daughter|kid|kids|child|children|friend|friends|grandson|granddaughter|grandkids|baby|toddler|cousin|class|nursery|school|neighbour) ~6 (has|have|got|with|caught|came down with|come down with) (chicken ?pox|the pox|spots)',
    '(exposed|contact|been (around|near|with)|in contact) ~4 (chicken ?pox|someone with (chicken ?pox|spots))',
    '(niece|nephew|son|daughter|kid|kids|child|children|friend|friends|grandson|granddaughter|grandkids|baby|toddler|cousin|neighbour) ~4 (came|come|coming) down with (it|chicken ?pox|the pox)',
  ],
  not_immune: [
    "(not|isn't|am not|i'm not) immune",
    'no immunity',
    '(never|not) (had|caught) (it|chicken ?pox)',
  ],
};

/** Never filtered by scope: each is itself a negation or a reassurance. */
export const SAME_DAY_CUES: Concepts = {
  // "I take all my tablets in the morning": a routine, not an overdose.
  habitual_dose: [
    '(take|takes|taking) all ({poss} )?(tablets|pills|meds|medication|medicines) (in the morning|at night|every|each|daily|together|at once|with (food|breakfast|dinner|water))',
  ],
  standing_up: ['(stand|stands|standing|stood|get|gets|getting|got) up'],
  stop_generic: [
    '(decided|decide|going|trying|tried) to (stop|quit|give up|cut out)',
    '(stopped|quit) (on|last|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|night|morning)',
  ],
  fever_gone: [
    '(temperature|temp|fever) (was|of|at) [\\d.,]+ ~4 (and|but) (normal|gone|down|fine) (today|now|this morning|again)',
    '(temperature|temp|fever) ~8 (and|but) (normal|gone|down|fine) (today|now|this morning|again)',
    '(temperature|temp) (is |was )?(back to )?normal (today|now|this morning|again)',
    '(fever|temperature|temp) (has |is |was )?(gone|went away|settled|resolved|broke|broken|come down|came down)',
    '(fever|temperature|temp)[- ]free',
    // "had a temp of 38.5 yesterday, today no temp" (stop 50, fresh-triage-p30e kw034).
    '(today|this morning|now) (no|not a|not had a) (temp|temperature|fever)',
    'no (temp|temperature|fever) (today|this morning|now|since)',
    // "had a high temp for 3 days, now its gone" (phase 24).
    "(fever|temperature|temp) ~8 (now )?(it's|its|it has|it is) (gone|normal|settled)(?! (down )?for a (bit|while))",
  ],
  brief_moment: [
    'for (one|a|1|a few|few|two|2|couple of|a couple of|a couple|couple) (seconds?|secs?)',
    '(one|a|1) second',
    'for a (sec|secs|sec or two)',
    'for a (second|moment|few seconds|split second)',
    'momentar*',
    '(goes|passes|gone) (straight away|in (a few )?seconds|quickly)',
    'fine after a (second|moment|few seconds)',
  ],
  no_plan: [
    '(no|not any|without any|without a) (real |actual )?(plans?|intention|intent)',
    'nothing planned',
    "(hasn't|haven't|doesn't have|don't have|has not|have not|does not have|do not have) (got )?(any |a )?(plans?|intent*)",
    'not planning',
    "(wouldn't|would never|won't|will never|not going to|never going to) (do|act on) (anything|it|them)",
    '(not|never) (act|acting) on (it|them)',
    // Intent denied in lay words (phase 25: nine urgent messages of p24g, p25x and p26c read as
    // 999 crises: "i wouldnt actualy do anythin", "I don't think I would", "she hasnt done
    // anything", "he hasn't mentioned a plan", "says he didnt mean it", "i wouldnt, for my
    // daughters sake"). NICE NG225: thoughts without a plan or intent, the same day.
    "(wouldn't|would never|won't|will never) (actually |ever |really |ever actually )(do|act on|go through with) (anything|it|them|something)",
    "(wouldn't|would never) go through with (it|anything)",
    // Only with the act named, or the sentence ended: not "I don't think I'll be here much
    // longer" (a farewell).
    "(don't|do not|dont) think (i'd|i would|i will|i'll|i could) (ever )?(actually )?(do it|do anything|go through with it|act on (it|them))",
    "(don't|do not|dont) think (i'd|i would)(?=\\s*(?:[,.!;]|$)|\\s+(?:though|tho|but|because|cos)\\b)",
    "(hasn't|haven't|has not|have not) (actually )?(done|tried) anything",
    "(hasn't|haven't|has not|have not|didn't|did not|doesn't|does not) (mentioned|mention|said|talked about|got|have) (a|any) plan",
    "(says|said) (he|she|they|i) (didn't|did not|doesn't|does not|don't) mean (it|that)",
    "(i|he|she) (wouldn't|would never|won't),? (for|because of|cos of|because|cos) (my|his|her|the) ",
  ],
  stopped_drinking: [
    '(stopped|quit|gave up) ~~2 (\\d+|two|three|four|a couple of|a few|few) days ago',
    '(drink*|alcohol|booze|vodka|wine|beer) ~8 (stop|stops)',
    '(stopped|quit|quitting|stopping|giving up|gave up|cut out|off the) ~4 (drink*|alcohol|booze|vodka|beer|wine|cans)',
    '(drink*|alcohol|booze|vodka|wine|beer|cans) ~8 (stopped|quit|cold turkey)',
    'cold turkey',
    'no (alcohol|drink|booze|drinking) (since|for)',
    'detox*',
  ],
  unsure: ["(not sure|don't know|unsure|no idea|can't remember) (if|whether)"],
  nothing_else: ['no other symptoms', 'nothing else', 'otherwise (fine|well|ok|okay)'],
};

export const SAME_DAY_SIGNS: Concepts = {
  // Distress in someone at the end of life (with end_of_life; rules-same-day.ts).
  eol_distress: [
    "(in (a lot of |so much |bad |real )?pain|pain is (worse|bad|getting worse)|restless|agitated|distressed|uncomfortable|moaning|groaning|crying out|calling out|can't settle|cant settle|won't settle|struggling to breathe|fighting for breath|gasping)",
    // Can no longer take their medicines by mouth: the team changes how they are given.
    "(can't|cannot|cant|can not|unable to|not able to|won't|wont|no longer) (swallow|take|keep down|get down) ~4 ({drug}|tablets|meds|medicines|medication|pills|morphine|liquid)",
  ],
  // Fractures (Ottawa ankle and foot rules; scaphoid; a forearm that cannot turn).
  // Phase 14 (helper recall): a burn told over two or more body areas ("from her chest down
  // her tummy and onto one arm", "his back and one arm", "both her legs and her bottom").
  burn_areas: [
    '(from|all down|down) (his|her|their|the|my) (neck|chest|shoulder|face|arm|back|front|tummy|belly) ~6 (to|down|onto|into|all the way down to) (his |her |their |the |one |both )?(tummy|belly|belly button|arm|arms|hand|leg|legs|waist|knee|chest|back|bottom|thigh|wrist)',
    '(chest|tummy|belly|back|face|neck|front|bottom|thigh|shoulder) ~3 (and|&) (one |both |his |her |their )?(arm|arms|leg|legs|chest|tummy|belly|back|neck|face|thigh|bottom|shoulder)',
    '(both|all of (his|her)|most of (his|her)|all down (his|her)|his whole|her whole) (arms|legs|arm|leg|chest|back|tummy|belly|front|face|side|thigh)',
    '(face|neck|chest|arm|leg|back) ~4 (large|big|huge) blisters',
  ],
  // Blisters of another cause than a burn ("chickenpox blisters on his chest and back").
  blister_other_cause: [
    '(chickenpox|chicken pox|pox|eczema|impetigo|cold sores?|insect|bite|bites|friction|shoes?|rash|hand foot and mouth) (blister|blisters|blistering)',
    '(blister|blisters|blistering) (from|because of|due to|with) (the )?(chickenpox|chicken pox|pox|eczema|impetigo|insect|bites?|friction|new shoes|shoes|rash)',
  ],
  burn_large: [
    '(whole|entire) (palm|hand|forearm|foot|face|shin|thigh) ~~4 (blister*|burn*|red|raw|peeling)',
    '(bigger|larger|more big|more large|big|large)( than| as) (a |his |her |my |the )?(hand|palm)',
    '(all over|across|whole|large|big|huge|most of) ~4 (chest|tummy|belly|front|back|body|area|arm|leg)',
    'size of (two|his|her|my|a|an adult) (hands?|palms?)',
    'bigger than (a |his |her |my |the )?(hand|palm)',
    // "way more than my hand size" (phase 25, fresh-triage-p27r ij025).
    '(way |much |a lot |far )?more than (a |his |her |my |the )?(hand|palm)( size|-size|-sized)?',
  ],
  red_growing: [
    'red (on|in) ({poss} )?\\w+ ~4 (bigger|spreading|growing|larger)',
    '(redness|red patch|red area|red skin|red mark|red bit|red line) ~6 (bigger|spreading|growing|larger|grown|spread)',
  ],
  skin_hot: [
    '(hot|warm) to (the )?touch',
    '(and|is|feels) (hot|warm)',
    '(hot|warm)(,)? (red|swollen)',
  ],
  hearing_gone: [
    'no hearing (in|on|from) ({poss} )?(left |right |one )?(ear|side)',
    '(deaf|deafness) ~4 ear',
    '(hearing|hear) ~6 (disappeared|gone|went|vanished|stopped)',
    "(could not|couldn't|can't|cannot) hear (anything )?(out of|from|in|with) ({poss} )?(left |right |one )?ear",
  ],
  needle_used: [
    '(used|dirty|discarded|old) (needle|syringe)',
    '(needlestick|needle stick|needle-stick|sharps) injury',
  ],
  // Stabbed by a needle of unknown origin: in a bin bag, litter, a park (phase 25,
  // fresh-triage-p25e fw159: an office cleaner; NHS: needlestick, same day for PEP and
  // hepatitis B). Not a sewing, knitting or own needle, nor a nurse's.
  needle_stab: [
    '(stabbed|pricked|jabbed|stuck|spiked|scratched|poked|stung) ~5 (by|with|on|from) (a |an |the |some )?(hidden |stray |loose |random )?(needle|syringe|sharps)(?! (and thread|when sewing|while sewing|sewing))',
  ],
  needle_unknown: [
    '(bin bag|bin|bins|rubbish|litter|trash|park|playground|beach|sand|alley|alleyway|pavement|gutter|public toilet|toilets|laundry|pocket|bush|bushes|hedge|skip|recycling)',
  ],
  unprotected_sex: [
    'without a condom',
    'unprotected (sex|intercourse)',
    'condom (broke|split|came off|slipped off)',
    // "split condom with a guy whose HIV status I don't know" (phase 25, fresh-triage-p27s ik033).
    '(split|broken|burst|torn) condom',
    'no condom',
    '(no|without|without any) protection',
    'condomless',
  ],
  hiv_risk: [
    'hiv',
    // Phase 25 (fresh-triage-p25d): the exposures PEP is for (BASHH): anal sex, a partner whose
    // status is unknown, PrEP stopped, a sex worker.
    'anal sex',
    '(stopped|off|not on|missed|no longer on|came off) (my |daily |the )?prep',
    "(don't|dont|do not|not sure of|no idea of|didn't ask) (know )?(his|her|their) (hiv )?status",
    'sex worker',
    '(inject|injects|injecting) drugs',
    '(needle|syringe) ~4 (used|dirty|discarded|found|park|street)',
    '(used|dirty|discarded) (needle|syringe)',
  ],
  sleeps_propped: [
    'propped up ~6 (pillows|breathe|breath*)',
    '(sleep|sleeping|sleeps) (sitting up|upright|in a chair) ~4 breath*',
    "(can't|cannot|unable to) (lie|lay) (down )?flat",
  ],
  arm_leg_weak: [
    '(arm|arms|leg|legs|hand|hands) ~4 (weak|heavy|paralys*|floppy|dead)',
    'weak (arm|leg|hand)',
  ],
  vomit_many: [
    '({vomit}|sick) ~3 (more than |over )?(1\\d|[2-9]\\d|ten|twenty|dozens of) times',
    '(throw|throwing|bring|bringing) up (everything|all)',
  ],
  pain_disproportion: [
    '(worse|more) than (the|a|that) (scratch|graze|bite|wound|cut|nick|blister|it) (looks|should)',
    '(pain|hurts?) ~4 (much |way |far )?(worse|more) than (it should|expected|it looks|you would expect|the (wound|cut) looks)',
  ],
  ligature_set: [
    '(scarf|belt|rope|cord|cable|tie|sheet|flex|lead) ~4 (tied|tying|knotted|hung|hanging|attached) ~4 (door|banister|bannister|beam|hook|rail|tree|loft|ceiling|neck)',
    'noose',
    'ligature',
  ],
  abrupt: ['all at once', 'in an instant', 'within (minutes|an hour|seconds)', 'out of nowhere'],
  eye_cant_see: [
    "(can't|cannot|couldn't|unable to) see(?=[,.;!?]|$)",
    // Not looking for a speck: "can't see anything in the mirror", "can't see anything in there"
    // (stop 53: a grinding fragment read as sight lost).
    "(can't|cannot|couldn't|unable to) see (anything|out of it|properly|a thing|with it)(?! (in|on|when (i|he|she) look(s|ed)? in) (the mirror|there|it)\\b)",
  ],
  face_half_weak: [
    'face ~4 (weak|droop*|paralys*|dropped) (on )?(one|the left|the right|left|right) side',
    '(half|one side of|side of) ({poss} )?face (is )?(down|fallen|dropping|drop)',
    '(half|one side of|side of) ({poss} )?face ~3 (paralys*|paralyz*|weak|droop*|dropped|frozen|not moving)',
  ],
  past_line: [
    '(past|beyond|outside|over) the (pen |marker )?(line|lines|mark|marks|outline)',
    // "i drew round it and its bigger today" (phase 25, fresh-triage-p27r ij132).
    "(drew|drawn|drawed|marked|traced|outlined) (a line |a circle |a ring |pen )?(round|around) (it|the (red|redness|patch|area|edge)) ~6 (it's |its |it is |it has |has |now )?(bigger|grown|spread|spreading|gone past|gone over|wider|larger)",
  ],
  overdose_ago: [
    '(take|took|taken|swallow|swallowed|ate|eat) all ({poss} )?(tablet|tablets|pill|pills|medicine|medication|meds) ~4 ago',
  ],
  eye_bit_in: [
    '(piece|bit|fleck|speck|chip|fragment|splinter|shard) (of \\w+ )?(went|flew|got|go|gone|is|stuck) (in|into) ({poss} )?(left |right )?eye',
  ],
  legs_numb: ['({numb}|weakness|tingl*|pins and needles) (in|of|down) (both )?({poss} )?legs'],
  thumb_base: ['(base|bottom|root) of ({poss} )?thumb'],
  small_wound: ['(small|tiny|little|minor) (\\w+ )?(cut|wound|scratch|graze|nick|bite|blister)'],
  pee_little: [
    '({pee}) (very )?little',
    '(hardly|barely) ({pee})',
    // "Only peed once today" (phase 19's fresh triage set).
    "(only|just) (peed|weed|pee'd|been for a (wee|pee)|had a (wee|pee)|passed (urine|water)) (once|one time|twice)",
  ],
  snuffbox_pain: ['snuff ?box', 'scaphoid'],
  bone_tender: [
    '(bone|bony bit|bony part|ankle bone|the bone) ~4 (tender|sore|painful|hurts)',
    'swollen over (the )?bone',
    "(can't|cannot|couldn't|unable to) (take|walk) (4|four|a few|more than \\d|two|2) steps",
  ],
  cant_rotate: [
    "(can't|cannot|couldn't|unable to) (turn|rotate|twist) ({poss} )?(hand|wrist|forearm|arm)( over)?",
  ],
  limb_bruised_swollen: [
    '(swollen|swelling) and (bruised|bruising|blue|purple)',
    '(bruised|bruising) and (swollen|swelling)',
    '(forearm|wrist|arm|ankle|foot|shin|leg|hand) ~4 (swollen and (blue|purple|black)|(blue|purple|black) and swollen)',
  ],
  // Spinal injury and cord compression.
  neck_trauma: [
    '(fall|falls|fallen) ~6 on ({poss} )?neck',
    '(dived|dove|diving|dive) (into|in|off)',
    '(hit|landed|fell|banged|struck|whacked|bashed|jarred|twisted) ~4 (on |onto )?({poss} )?(head and )?neck',
    'div* ~6 (pool|shallow|water) ~8 neck',
    'neck ~4 (injury|injured|hurt|broke|broken|snapped|cracked) ~8 (fall|fell|dive|diving|crash|tackle|landed)',
  ],
  arms_numb: [
    "(can't|cannot|couldn't) feel (his|her|my|their) (hands|arms|fingers)",
    '(arms|hands|fingers) ~3 (numb|tingl*|dead|weak|pins and needles)',
    '(pins and needles|tingl*|numbness) ~4 (both )?(arms|hands)',
    'numb and weak hands',
  ],
  band_pain: [
    '(band|belt|girdle|strap) ~6 ({pain}|round|around)',
    '{pain} ~6 (round|around) (\\w+ )?(body|chest|ribs|tummy|waist|trunk|middle|front)',
    '(radiat*|spread*|wrap*|going) (round|around) (\\w+ )?(to )?(the |my |his |her )?(front|ribs|chest|body)',
  ],
  walk_new_difficulty: [
    '(can|could) (barely|hardly|only just) walk',
    "(can't|cannot|couldn't|unable to) (walk|stand) (properly|normally|straight|any more|anymore)",
    "(can't|cannot|couldn't) walk (properly|normally|straight|right) (today|now|since)",
  ],
  // Stroke: half the field of vision; words that will not come.
  field_loss: [
    '(left|right)( hand)? (half|side) of (the|my|his|her) \\w+ ~2 (missing|gone|disappeared|black|dark|blank|vanished)',
    '(left|right) (half|side) of (everything|things|the world|the room|my vision) ~2 (blank|black|dark|missing|empty|gone)',
    '(left|right) (half|side) of (the|my|his|her) \\w+ (is |was )?(missing|gone|disappeared|black|dark|blank)',
    "(can't|cannot|couldn't) see (things|anything|stuff|objects|people) (on|to) ({poss} )?(left|right)",
    '(lost|losing|lose|gone|missing|went|go) ~4 (half|side|part) of ({poss} )?(vision|sight|eyesight|visual field)',
    '(half|side) of ({poss} )?(vision|sight|eyesight) ~3 (gone|went|missing|black|dark|lost|disappeared)',
    'half ({poss} )?(eyesight|vision|sight) (went|gone|is gone|has gone)',
    '(only|can only) see (the )?(left |right )?half',
    "(can't|cannot) see (the )?(left|right) half",
  ],
  word_finding: [
    '(fumbl*|searching|grasping|groping|struggling) for (\\w+ )?words',
    '(mix*|mixing|mixed|muddl*) up ({poss} )?words',
    "words (i|he|she) (don't|doesn't|didn't) mean",
    'wrong (name|names) for',
    // "talking but its all the wrong words, she called the kettle 'the blue envelope'" (phase 25,
    // stop 46, fresh-triage-p28i ja128).
    '(all |just )?(the )?wrong words',
    "(can't|cannot|cant|doesn't|does not) understand (what|a word|anything) (i'm|im|i am|we're|we are|anyone|people|i) (saying|say|says)?",
    '(calling|calls|called) (things|people) (by )?the wrong',
    '(stupid|nonsense|random) words',
    '(wrong|wrong words|muddled) words',
    'saying the wrong (words|word|things)',
    '(find|finding|get|getting) ({poss} )?words',
    'word[- ]finding',
    "words (won't|wouldn't|will not|don't|didn't) come( out)?",
  ],
  // Necrotising infection: skin going dark round a small wound, spreading fast.
  skin_dusky: [
    '(skin|area|wound|cut) (become|becomes|becoming|became|turn|turns) (\\w+ )?(black|purple|dusky|grey|dark)',
    '(skin|area|wound|cut) ~5 (gone|went|turned|turning|going) (a )?(dark )?(purple|black|dusky|grey)',
    '(skin|area|wound|cut) (is|looks|went|gone|going|turning|getting|turned) (\\w+ )?(black|purple|dusky|grey|blue-black|dark purple|dark red)',
    '(skin|area|wound|bite|cut|scratch|graze|leg|arm) ~6 (went|gone|going|turning|turned) (black|purple|dusky|dark|grey|blue)',
    '(black|purple|dusky) (and (purple|black|blue) )?(skin|patch|area)',
  ],
  spreading_fast: [
    '(hour by hour|by the hour|every hour)',
    '(goes|going|spreading|moving|creeping) up ({poss} )?(arm|leg) (fast|quickly)',
    '(swelling|redness) ~4 (fast|quickly|rapidly)',
    'within (hours|a few hours|an hour)',
    'massively swollen',
    '(spread*|getting bigger|growing) ~3 (by the hour|every hour|hour by hour|within hours|in (a few|hours)|fast|quickly|rapidly)',
    'in a few hours',
  ],
  // Self-harm already done, small.
  self_harm_minor: [
    'shallow',
    '(superficial|shallow|small|minor|light|surface|little) (\\w+ )?(cuts?|scratch*|wounds?|marks?)',
    'cleaned (it|them|the cuts?|up)',
    "(not|isn't|aren't) deep",
    'superficial*',
  ],
  // Phase 14 (recall2): self-harm done and feared again soon ("scared I'll do it again
  // tonight", "the urge is strong again", "I don't trust myself"): the cut is small, the risk is
  // not (NICE NG225: same-day help).
  self_harm_again: [
    '(do|doing|cut|cutting|hurt|hurting|harm|harming|burn|burning) (it|myself|herself|himself|themselves|me) again ~3 (tonight|later|today|this (evening|night)|soon)',
    '(scared|afraid|worried|frightened|terrified|think|feel like|going to|gonna|will) ~5 (do it|cut|hurt myself|harm myself|cut myself|burn myself|do the same) again',
    "(urge|urges) (to (do it|cut|hurt|harm) )?~4 (strong|stronger|back|again|won't go|keeps coming)",
    "(don't|do not|can't|cannot) trust (myself|herself|himself)",
    '(thinking|think) about doing it again',
  ],
  self_harm_done: [
    'self ?-?harm*',
    '(cut|cutting|burned|burnt|burning|scratched|scratching|hurt|hurting) (myself|herself|himself|themselves)',
    `(cut|cuts|scratched|burned|burnt) (my|her|his|their) (arm|arms|thigh|thighs|leg|legs|wrist|wrists|stomach|skin)${ACCIDENT_AFTER}`,
    '(razor|blade|lighter) ~6 (my|her|his|their) (arm|arms|thigh|thighs|leg|legs|wrist|wrists|skin)',
  ],
  // Passive thoughts of death.
  passive_death_wish: [
    "(wish|wishing|wished) (i|he|she) (don't|do not|doesn't|does not) wake up",
    'not existing( anymore| any more)?',
    '(go to sleep|sleep|fall asleep) and (not|never) wake up',
    'better off not (being here|being around|existing|alive)',
    'not wanting to (live|be alive|be here|exist|wake up)',
    "(wish|wishing|wished) (i|he|she) (just |could just )?(wouldn't|would not|didn't|did not|won't) wake up",
    "better off (without me|without him|without her|if i (was|were)n't (here|around)|if i was gone|if i (was|were) dead)",
    'thoughts of not wanting to (be alive|live|be here)',
    '(wish|wishes|wished) (i|he|she) (was|were) dead',
    "(easier|better) if (i|he|she) (just )?(didn't|did not|wouldn't|would not|never) wake up",
    // "easier if I just didn't exist" (phase 25, fresh-triage-p27j ib010).
    "(easier|better) if (i|he|she) (just )?(didn't|did not|never) (exist|existed|wake up)",
    "(easier|better) if (i|he|she) (just )?(wasn't|weren't|was not|were not|had never been|hadn't been) (born|alive)",
    "(easier|better) if (i|he|she) (just )?(wasn't|weren't|was not|were not) (here|around)",
    "life (isn't|is not|is no longer|not) worth living",
    'passive (suicidal )?(thoughts|ideation)',
    // "sometimes think about being dead but i wouldnt actually do anything" (phase 25,
    // fresh-triage-p25h fz089: a 17-year-old low for months).
    '(think|thinks|thinking|thought|thoughts) (about|of) (being dead|not being (here|alive|around)|not existing|not waking up|dying|death)(?! (of|from|in|at) )',
    '(better|be better) off dead',
  ],
  // Bell's palsy: the forehead is weak too (a stroke spares it).
  forehead_weak: [
    "(can't|cannot|couldn't|unable to) (wrinkle|raise|move|lift) ({poss} )?(left |right )?(forehead|eyebrow)",
    '(including|and) ({poss} )?(forehead|eyebrow)',
    "(can't|cannot|couldn't|unable to) (close|shut) ({poss} )?(left |right )?eye",
    "bell'?s palsy",
  ],
  eye_metal: [
    '(metal|grinding|drilling|welding|swarf|filing|sanding|hammer*) ~8 (in|into|flew into|stuck in) ({poss} )?eye',
    '(metal|iron|steel) (fragment|fleck|speck|chip|bit|piece|splinter)s? ~4 eye',
  ],
  eye_cant_open: ["(can't|cannot|couldn't|unable to|won't) open (it|(my|his|her|the) eye)"],
  // Ear, feet, gut, children.
  ear_sudden_deaf: [
    'woke up (deaf|with no hearing|unable to hear) ~3 (ear|left|right|one)',
    '(ear|hearing) ~4 (muffled|blocked) ~8 (suddenly|overnight|over night|this morning|woke up)',
    '(lost|loss of|losing) (the )?hearing ~6 (overnight|over night|suddenly|this morning)',
    '(overnight|over night) ~3 (hearing loss|deaf)',
  ],
  ear_cant_hear: [
    "(can't|cannot|couldn't) hear (anything |nothing |a thing |properly |well |right )?(at all )?(from|in|out of|with|on) ({poss} )?(left |right |one )?ear",
    "(can't|cannot|couldn't) hear (properly |well |anything )?(out of|from|with|in|on) (it|that side|that ear|the (left|right) side)",
    "ear ~6 (can't|cannot|couldn't) hear",
    "(can't|cannot|couldn't) hear (out of|from|with|in|on) (it|that side|that ear|the (left|right) side)",
  ],
  // An INR within the usual target range, 2 to 3.5 (phase 22's second fresh set: the net raised
  // "INR today 2.8, target range 2-3, dont need to change anything right?" to same day).
  inr_in_range: [
    'inr ~4 (2(\\.\\d+)?|3(\\.[0-5]\\d*)?)(?!\\d|\\.\\d|-)(?! ?(days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|times|tablets|mg)\\b)',
  ],
  inr_raised: [
    // The full stop that ends the sentence ("is 7.2. I take warfarin") is no decimal point.
    // Not a count of days: "INR is 5 days overdue" is no INR of 5 (review14b; net.ts makes an
    // INR of 5+ firm).
    'inr ~8 ([5-9](\\.\\d+)?|\\d\\d)(?!\\d|\\.\\d)(?! ?(days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|times|tablets|mg)\\b)',
    'inr ~3 (too high|very high|high|raised|sky high)',
  ],
  foot_wound: [
    ...near(
      '(foot|feet|toe|toes|heel|sole|ankle)',
      // Not "a sore throat", "sore eyes" (phase 10 fa3: "a sore throat and my feet are cold").
      '(ulcer*|sore(?! (throat|throats|head|eyes?|ears?|back|neck|chest|tummy|stomach|belly|mouth|tongue|gums?|lips?|nipples?|muscles?|arms?|shoulders?|joints?))|wound|cut|blister|not healing|hole|open)',
      5,
    ),
    // A sharp thing trodden on (stop 49, fresh-triage-p30a ks042: a type 2 diabetic with numb feet, a drawing pin, a red warm patch).
    '(trod|stood|stepped|standing|treading|stepping) on (a |an |some |the )?(drawing pin|pin|nail|tack|thumb tack|piece of glass|glass|thorn|splinter|needle|staple|something sharp|lego)',
  ],
  bloody_runs: [
    '{poo} (with|and|full of|containing) (\\w+ )?{blood}',
    'bloody (runs|poo|poos|stools?)',
    '(watery|runny) (poo|stools?) (with|and) {blood}',
  ],
  nappy_smell: [
    '(nappy|nappies|diaper|diapers|wee|pee|urine) ~4 (smell*|stink*|strong|whiff*)',
    '(smelly|stinky|strong[- ]smelling|foul|foul[- ]smelling) (wee|pee|urine|nappies|nappy|diapers?)',
  ],
  child_uti_sign: [
    '(cry|cries|hurt|hurts|burn|burns|sting|stings) (when|as|while) ((she|he|they) )?({pee})',
    '(cries|crying|screams|screaming|hurts|burns|stings) ~3 (when|as|while) ((she|he|they) )?(does|has|is doing|doing) (a )?({pee})',
    '(cries|crying|screams|screaming|hurts|burns|stings) ~3 (when|as|while) ((she|he|they) )?({pee})',
  ],
  polydipsia: [
    // "keeps asking for drinks all day and night" (phase 25, stop 46 probes).
    '(keeps|keep|always|constantly) (asking|begging|crying) for (drinks|water|a drink|juice|squash)',
    'drinking (water |loads |lots |juice )?(constantly|all the time|non ?-?stop|like crazy|loads|so much|nonstop)',
    '(drink|drinks|drinking) (too much|so much|very much) (water)?',
    // "he dey drink water too much" (West African English; phase 25, fresh-triage-p27t il022).
    '(drink|drinks|drinking) (water|juice|fluids|squash) (too much|so much|all the time|too many times|plenty plenty)',
    '(constantly|always) (drinking|thirsty)',
    '(drinking|drinks|drink) (lots|loads|a lot|so much|loads more|constantly|all the time|litres)',
    '(always|constantly|so|very) thirsty',
  ],
  polyuria: [
    'up (several|many|a few|\\d+|lots of|three|four|five) times (a|in the|at|every|each) night to ({pee}|the toilet|the loo)',
    '(getting|gets|get|waking|wakes) up ~~3 (night|nights) to ({pee}|the toilet|the loo)',
    '({pee}) (many|so many|lots of) times',
    '(drinking|thirsty) and (peeing|weeing)',
    '({pee}) (all the time|constantly|loads)',
    '(peeing|weeing|wees|pees|urinating) (lots|loads|a lot|all the time|constantly)',
    'up (at night|in the night) to ({pee})',
    'wetting the bed again',
    '(heavy|soaked|soaking|very wet|full) nappies',
  ],
  out_of_must_not_stop: [
    `(no more|none of|no) ((my|his|her) )?${MUST_NOT_STOP} (left|at home)`,
    // "left my HIV meds (biktarvy) at home" on holiday (phase 24).
    `(left|forgot|forgotten|forgot to pack|didn't pack|did not pack) ((my|his|her) )?${MUST_NOT_STOP} ~4 (at home|behind|on the (plane|train|bus)|at the (airport|hotel|station)|in (my|his|her|the) (bag|car|case|suitcase) at)`,
    // Also a blood thinner or insulin by brand, left where it cannot be fetched ("forgot my
    // apixaban at home in leeds", "left my novorapid pens in the fridge at the villa we checked
    // out of"; phase 25, fresh-triage-p25b): an emergency supply is needed today.
    `(left|forgot|forgotten|forgot to pack|didn't pack|did not pack|lost) ((my|his|her) )?${LEFT_BEHIND_DRUG} ~6 (at home|behind|on the (plane|train|bus)|(in|at) the (villa|hotel|house|flat|apartment|airport|fridge|airbnb|caravan))`,
  ],
  run_out: [
    // Not a future one: "before it runs out next month".
    "(?<!(before|until|in case|so|not to|don't|won't) (it |i |we |they |he |she )?)(ran|run) out(?! (next|in a|in \\d|soon))",
    'running out (today|tonight|tomorrow|now)',
    'out of ({poss} )?(\\w+ )?(\\w+ )?(tablets|meds|medication|medicine|pills|insulin)',
    '(none|nothing) left',
    // "I am finish my levetiracetam tablets this morning" (phase 24).
    '(finish|finished|used up|use up) ({poss} |the )?(last )?(\\w+ )?(tablets|meds|pills|medication|medicine|capsules)',
    'forgot to (order|reorder|re-order|collect|get) ~3 (meds|tablets|prescription|medication|medicine|\\w+)',
    '(no|none) (more |of (my|his|her) )?(\\w+ )?(tablets|meds|medication|medicine|pills|insulin) (left|at home)',
    '(no more|none left|finished (my|his|her)) ~4 (tablets|meds|medication|medicine|pills)',
  ],
  overnight: ['(overnight|over night|woke up|this morning)'],
  dark_urine: ['(dark|brown|concentrated) ({pee})', '({pee}) ~3 (dark|brown|concentrated)'],
  breast_sign: [
    ...near(
      '(breast|breasts|boob|boobs|nipple)',
      '(red|hot|painful|lump|swollen|hard|wedge|sore)',
      4,
    ),
  ],
  usual_seizure: [
    '(usual|typical|normal|regular|one of (his|her|my|their)) (\\w+ )?(\\w+ )?(seizures?|fits?)',
    'care plan',
    'seizure plan',
  ],
  seizure_change: [
    '(second|third|2nd|3rd|another|fourth) (one |seizure |fit )?(this week|today|in (a|one|the same) (day|week)|since|in \\d+ (hours|days))',
    '(more|most) (often|frequent)',
    '(longer|worse|different|bigger) than (usual|normal|before)',
    'cluster*',
  ],
  small_dose: [
    '(?<![\\d.])([1-4]|one|two|three|four) (extra )?(paracetamol|ibuprofen|tablets?|pills?|capsules?|nurofen|tylenol|advil|panadol)',
    'instead of (1|2|one|two)',
  ],
  thinner: [
    '(lose|loses|losing|lost) weight',
    'getting (thin|skinny)',
    '(seems|looks|getting|got|is) (a lot |much )?thinner',
    // "Her trousers are looser" (phase 25, stop 46, fresh-triage-p28h iz070).
    '(trousers|clothes|jeans|uniform|school trousers|skirt|waistband|belt) (are |is |getting |have got |have gone |feel )?(looser|loose|baggy|falling down|hanging off)',
    'weight (dropping|falling off)',
  ],
  fluids_not_kept: [
    // "Little sips of water staying down" (phase 19's fresh triage set).
    '(only |just )?(little|small|tiny) sips (of (water|fluids?|drinks?) )?(staying|stay|stays|stayed) down',
    '(only|just) (keep|keeping|kept|keeps) down (small )?sips',
    '(only|just) (keep|keeping|kept|keeps) (small )?sips( of (water|fluid|fluids|drink|drinks))? down',
    "(can't|cannot|unable to|not able to) (keep|hold) (even )?(water|fluids|anything|drinks|sips|liquids) down",
    // "can't keep even sips of water down", "struggling to keep fluids down" (phase 25,
    // fresh-triage-p26t hl112, hl123).
    "(can't|cannot|unable to|not able to|struggling to|struggle to|barely) (keep|keeping|hold|holding) (even )?((small |little )?sips of )?(water|fluids|anything|drinks|liquids) down",
    '(only|just) (keep|keeping|kept) (small )?sips down',
    'sips of water come back up',
    "(can't|cannot|unable to|not able to) drink anything",
    'even water',
  ],

  // Blind set 5, by kind (phase 5): the words that change what a sign means.
  // Asking someone to care for a pet or a person "for me", in a message that says goodbye.
  care_handover: [
    '(look after|take care of|feed|walk|love) ({poss} |the )?\\w+ for me',
    '(you can|please) (have|keep) (all )?(my|his|her) (things|stuff|dog|cat|guitar|car)',
  ],
  goodbye_word: ['goodbye', 'bye forever', 'this is (it|goodbye)'],
  // A coil put in: pain and fever after it need a check the same day (FSRH).
  coil_recent: [
    '(coil|iud|ius|mirena|kyleena|jaydess) (was |got |been |being )?(fitted|put in|inserted|changed|fitting|insertion)',
    '(fitted|inserted|put in|got|had) ~3 (a |the |my |new )?(coil|iud|ius|mirena)',
  ],
  // One extra dose of these does no harm in an adult who feels well (NHS medicines pages).
  low_harm_med: [
    '(levothyroxine|thyroxine|omeprazole|lansoprazole|esomeprazole|pantoprazole|atorvastatin|simvastatin|rosuvastatin|pravastatin|statins?|cetirizine|loratadine|fexofenadine|antihistamines?|contraceptive pill|microgynon|rigevidon|cerazette)',
  ],
  blood_small: [
    '(only |just )?(a )?(few|couple of|tiny|small) (streaks|spots|drops|specks|smears|bits)',
    'streaks? of (bright red )?blood',
    'on the (toilet )?(paper|tissue)',
  ],
  painkiller_helps: [
    '(paracetamol|painkillers?|ibuprofen|nurofen|co-?codamol|tablets|pills) (helps?|works?|is helping|are helping|does help|do help|sorts? it|takes? the edge off|eases? it)',
  ],
  cold_symptoms: [
    'blocked (up )?nose',
    '(stuffy|runny|bunged up) nose',
    'nose (is )?(blocked|bunged up)',
    'sinus\\w*',
    'congest\\w*',
    'with a (head )?cold',
  ],
  // A rash that fades under a glass (the glass test): not the rash of meningitis.
  rash_blanching: [
    '(fades|faded|fading|disappears|disappeared|goes away|went away|blanches|blanched|goes pale|turns white|goes white) ~5 (glass|tumbler|press\\w*)',
    '(glass|tumbler) ~6 (fades|faded|disappears|disappeared|goes away|went away|blanches|blanched)',
    'blanching rash',
  ],
  breathing_ok: [
    '(breathing|breathes) (is |seems |sounds )?(fine|ok|okay|normal|normally|easily|easy)',
  ],
  // What was choked on came out.
  object_out: [
    '(it|the \\w+) (flew|came|popped|shot|fell) (straight |right )?(back )?out',
    'dislodged',
    '(it|the \\w+|food|bread|meat) (came|come|comes) (back )?(up|out)',
    '(coughed|brought|spat|threw|sicked|hacked) (it |the \\w+ |\\w+ )?(straight |right )?(up|out)',
  ],
};
