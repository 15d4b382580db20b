// Lexicon, phase 25 thirteenth round: someone who cannot say what is wrong, told by a carer,
// support worker, parent or care-home staff (fresh-triage-p25n.json, read once at f0482df):
// back blows that shifted nothing after a silent cough, insulin meant for another resident, a
// neck held after a fall with fizzy hands, a NEWS2 score, and the look-alikes of a known
// condition (seizures named as a condition in a benefits form or a bath-time question, a
// behaviour in the care plan, the aphasia a stroke left, a choking refresher course, drool
// soaking a bib). Sources: Resuscitation Council UK (choking), NICE NG51 and RCP NEWS2 (a score
// of 7 or more is an emergency response), NICE CG176 and NHS (neck injury with tingling in the
// hands), NHS England (insulin given in error), Epilepsy Action (care plans). Pattern language:
// pattern.ts.

import { MUST_NOT_STOP } from './lexicon-same-day';
import type { Concepts } from './lexicon-types';

export const CANT_SAY_SIGNS: Concepts = {
  // Back blows given for a choke, said in lay words ("done 5 back slaps nothing shifted").
  back_blows_given: [
    '(back slaps?|back blows?|slaps? on (the|his|her|their) back|slapped (him|her|them|his|her) ~2 back|hit (him|her|them) on the back|thumped (him|her|them|his|her) ~2 back|whacked (him|her|them) on the back)',
  ],
  // No sound at all in lay words ("can't make a noise").
  no_noise_lay: [
    "(can't|cannot|unable to|not able to|isn't able to|couldn't) (make|making) (a|any) (noise|sound)",
    '(no|not a) (noise|sound) (at all|coming out)',
  ],
  // Insulin given to the wrong person in a home or on a ward ("20 units of novorapid meant for
  // someone else").
  insulin_meant_other: [
    '(insulin|novorapid|novo rapid|lantus|levemir|tresiba|humalog|humulin|toujeo|abasaglar|fiasp|apidra) ~6 (meant for|belonging to|prescribed for|that was for|which was for|intended for) (someone else|somebody else|another (resident|patient|person|service user|client|man|woman|lady|gentleman)|a different (resident|patient|person|service user|client))',
    "(given|gave|injected|had) ~4 (the )?(wrong|another) (resident|patient|person|service user|client)('s)? ~3 (insulin|novorapid|lantus|levemir|humalog|humulin)",
  ],
  // A neck held or kept still after a knock ("holding his neck since"), in lay words.
  neck_guarded: [
    '(holding|holds|held|clutching|clutches|clutched|supporting|grabbing|grabs|cradling) (his|her|their|my) neck',
    "(won't|will not|can't|cannot|doesn't want to|refuses to|refusing to) (move|turn|bend|lift) (his|her|their|my) (neck|head)",
  ],
  // Hands or feet that feel fizzy, buzzy or electric: tingling in lay words.
  tingle_lay: [
    '(hands?|arms?|feet|foot|legs?|fingers|toes) ~3 (fizzy|fizzing|buzzy|buzzing|electric|tingly|prickly|pins and needles|like pins|dead)',
  ],
  // Walking oddly, unlike the person's usual.
  gait_odd: [
    '(walking|walks|walk|gait|steps|stepping) ~3 (odd|oddly|funny|weird|weirdly|strange|strangely|different|wobbly|unsteady|drunk|off)',
  ],
  // A NEWS2 score of 7 or more (RCP: an emergency response).
  news_high: ['news ?2? ~2 (score )?(of |is |was |= |=|: |:)?([7-9]|1[0-9]|20)\\b'],
  // The speech, weakness or droop a stroke left, told as its lasting result ("aphasia after his
  // stroke", "weak on his left since the stroke").
  stroke_deficit_old: [
    '(aphasia|dysphasia|speech (problems?|difficulties)|trouble (speaking|talking)|weak side|one-?sided weakness|hemiplegia|paralysis|droop|weakness) ~4 (after|since|from|because of) (his|her|their|my|a|the|the last|an old) ~2 strokes?',
    'strokes? ~6 (left|leaving) (him|her|them|me) (with|unable|not able)',
  ],
  // A head-banging behaviour the person's plan knows ("bangs his head on the wall when told
  // no, its his normal").
  head_bang_known: [
    '(bangs|banging|bang|hits|hitting|hit|bashes|bashing) (his|her|their) head ~14 (normal|usual|care plan|behaviour plan|support plan|pbs plan|always (does|has)|known behaviour|how (he|she|they) (communicates?|shows?|tells?))',
    '(normal|usual|care plan|behaviour plan|support plan|known behaviour) ~10 (bangs|banging|hits|hitting|bashes|bashing) (his|her|their) head',
  ],
  // Drool, sweat or milk soaking a bib or clothes: not blood.
  soaking_not_blood: [
    '(drool\\w*|dribbl\\w*|saliva|spit|sweat\\w*|milk|wee|urine|pee) ~6 soak\\w*',
    'soak\\w* ~3 (bibs?|dribble bibs?|bandanas?)',
  ],
  // A seizure as an event: had one, having one, one today ("had a seizure in the waiting
  // room", "fitting"). With seizures_known alone, a seizure is a condition named, not an event.
  seizure_event: [
    '(had|having|has had|have had|is having|was having|went into|started|been having|just had) (a |an |another |his |her |their |two |three |\\d+ |several |lots of |more |loads of )?(big |bad |long |tonic-?clonic |focal |absence |grand mal )?(seizures?|fits?)\\b',
    '(seizure|seizures|fit|fits) (today|this morning|this afternoon|this evening|tonight|last night|earlier|just now|yesterday|at \\d)',
    'fitting',
  ],
  // A time-critical medicine not given, told in the passive by a home ("Mums parkinsons tablets
  // didnt get given this morning").
  dose_not_given: [
    `${MUST_NOT_STOP} ~6 (didn't|did not|weren't|were not|wasn't|was not|haven't been|hasn't been|have not been|has not been|not been|never) (get |got |been )?(given|administered|taken|done|signed for)`,
  ],
  // Carbamazepine, which can lower blood cells (BNF: report bruising, bleeding, fever or a sore
  // throat at once); the other such medicines are MARROW_DRUGS (lexicon-same-day.ts).
  carbamazepine_named: ['(carbamazepine|tegretol|carbagen)'],
  // A tummy that is hard or firm to the touch.
  belly_hard_lay: ['(belly|tummy|stomach|abdomen|abdo) ~3 (firm|hard|tight|solid|rock hard)'],
  // Holding a hip or a leg after a fall, in lay words.
  hip_held: [
    '(holds|holding|held|clutches|clutching|rubbing|rubs|guarding|grabbing) (his|her|their|my) (hip|groin|thigh|leg)',
  ],
  // Pain shown by holding or hitting a part, in any grammar ("he is hold his jaw").
  pain_shown: [
    '(hold|holds|holding|clutch|clutches|clutching|grab|grabs|grabbing|rub|rubs|rubbing|hit|hits|hitting|slap|slaps|slapping|pull|pulls|pulling|poke|pokes|poking) (at )?(his|her|their) (jaw|cheek|ear|ears|face|teeth|tooth|mouth|tummy|belly|stomach|side|head)',
  ],
  // A cry or a noise unlike the person's usual.
  cry_changed: [
    '(cry|crying|cries|noise|noises|sound|sounds|moan\\w*|scream\\w*|vocalis\\w*) ~4 (different|differently|unlike|not (his|her|their) (usual|normal)|new|odd|strange|funny|than normal|than usual)',
    '(different|new|odd|strange|unusual|high-?pitched) (cry|noise|noises|sound|sounds|moaning|scream)',
  ],
  // Fed by a tube into the stomach.
  tube_fed: [
    '(peg|rig|gastrostomy|jejunostomy|feeding tube|feeding button|mic-?key|mickey button|ng tube|nasogastric tube|tube ?-?fed|tube feeds?|peg ?-?fed|peg feeds?)',
  ],
  // A new antidepressant, started days or weeks ago.
  antidepressant_started: [
    '(started|starting|began|put on|been on|on) (\\w+ ){0,2}(sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|duloxetine|mirtazapine|vortioxetine|antidepressants?) ~4 (\\d+|a|one|two|three|four|five|six|ten|few|couple of) (days?|weeks?) ago',
    '(since|after) (starting|he started|she started|i started|they started|being put on|going on) (\\w+ ){0,2}(sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|duloxetine|mirtazapine|antidepressants?)',
  ],
  // Restless in body after it (akathisia): pacing, cannot sit still.
  akathisia_lay: [
    "(pacing|can't sit still|cannot sit still|can't keep still|cannot keep still|won't sit still|can't stay still|up and down all (day|night))",
  ],
  // Suspicion of others told as fact ("sure the neighbours are filming him").
  paranoid_lay: [
    '(sure|convinced|certain|insists|insisting|thinks|believes) (that )?(the |his |her |their )?(neighbours?|people|police|someone|somebody|everyone|everybody|they|his phone|her phone|the tv|mi5|the government|the staff|strangers) ~3 (are |is |were |have been |has been )?(filming|watching|following|spying|listening|tracking|monitoring|poisoning|after (him|her|them|me)|out to get|plotting|reading (his|her|my) (mind|thoughts))',
  ],
  // A choke refresher, training or course: a skill, not an event.
  choking_training: [
    '(chok\\w*|first aid|cpr|basic life support|bls) ~3 (refresher|training|course|class|session|module|drill|certificate|update)',
    '(refresher|training|course|class) ~4 (on|about|for|in) ~2 (chok\\w*|first aid|cpr)',
  ],
};

/** Who the person is: only a negation cancels it (lexicon.ts). */
export const CANT_SAY_CONTEXT: Concepts = {
  // Someone a support worker or carer supports ("the man I support", "a service user").
  supported_person: [
    '(man|woman|lady|gentleman|person|guy|young man|young woman|lad|girl|boy|resident|individual|client) (i|we) (support|care for|look after|key ?work|keywork)',
    'service users?',
  ],
  // Seizures named as a lasting condition, not an event now: "she has PEG and seizures", "his
  // seizures are back", "night seizures", "every seizure", a seizure chart, a VNS, SUDEP.
  seizures_known: [
    // Present simple or a possessive: a habit or a condition ("she has PEG and seizures", "his
    // seizures are back"), not "her seizures started this morning" or "has seizures now".
    '(has|have|gets|get|her|his|their|my|our|your) (\\w+ (and|,) ){0,2}(night |nightly |nocturnal |absence |focal |tonic clonic |tonic-clonic |daily |frequent |regular |reflex |myoclonic |drop )?(seizures|fits)\\b(?! (started|start|began|begun|now|right now|today|this morning|tonight|again today|and (a )?(fever|temp|temperature|high))\\b)',
    '(night|nightly|nocturnal|absence|focal|myoclonic|drop) (seizures|fits)\\b',
    '(epilepsy|epileptic|cp|cerebral palsy|autism|peg) (and|&|,|with) seizures\\b',
    "\\w+'s (\\w+ (and|,) ){0,2}seizures\\b(?! (started|start|began|begun|now|right now|today|this morning|tonight)\\b)",
    '(every|each|any|his next|her next|their next) seizure\\b',
    '(do|does|can|will|would|should|are) seizures\\b',
    'seizure (chart|diary|plan|action plan|care plan|protocol|alarm|alarms|monitor|mat|nurse|team|clinic|dog|log)',
    '(vns|vagus nerve stimulator|epilepsy nurse|sudep)',
  ],
};
