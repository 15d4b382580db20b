// Lexicon, phase 5: signs from the NHS 111 "get an urgent GP appointment / ask for help from
// 111 today" pages and NICE CKS red flags that earlier tables lacked or only knew in one word
// order: a leg or calf swelling the other way round ("swelling and hot"), waters leaking
// ("water leaking"), itching of the hands and feet with other words between (obstetric
// cholestasis), bleeding from an ear, blood sugars that keep going low, pain during sex.
// Pattern language: pattern.ts.

import { MUST_NOT_STOP } from './lexicon-same-day';
import type { Concepts } from './lexicon-types';

export const GP_TODAY_SIGNS: Concepts = {
  ear_bleeding: [
    '(ear|ears|eardrum) ~4 (bleed*|blood|bloody)',
    '(blood|bleeding) ~~3 (from|out of|coming out of|in) ({poss} )?(ear|ears)',
  ],
  waters_leaking: [
    '(water|waters|fluid|liquid) ~~3 (leak*|gush*|trickl*|dripping|coming out|came out|running down)',
  ],
  // "the itching has been driving me mad especially the palms of my hands" (stop 47, p28u jm116).
  itch_hands_feet: ['itch* ~6 (hands|feet|palms|soles)', 'itch* ~10 (palms|soles)'],
  hypo_repeated: [
    '(sugars?|glucose|levels?|readings?|bms?) ~~3 (going|goes|gone|went|keeps? going|keeps? dropping|dropping|dropped|drops?|crash*) (really |very |too |so )?low',
    '(sugars?|glucose) ~~3 (keeps? )?(crash*|plummet*)',
    '(hypos?|low sugars?) (every|each|most) (day|night|morning)',
    '(several|many|lots of|few|frequent|repeated) (hypos|low sugars)',
  ],
  discharge_word: ['discharge'],
  pelvic_pain: [
    'pelvic {pain}',
    '{pain} ~~3 (in|around) ({poss} )?(pelvis|down there)',
    '{pain} down there',
  ],
  dyspareunia: [
    '{pain} ~~3 (during|with|after|when (i )?(have|having)) sex',
    'sex (is|was|has been) (really |very |so )?(painful|sore)',
  ],
  groin_pain: ['{pain} ~~4 (in|around|at) ({poss} )?groin', 'groin ~~3 {pain}'],
  limping: ['limp*', "(can't|cannot) walk (properly|normally|right)"],
  foot_drop: [
    '(foot|feet) ~~3 (keeps? )?(slapping|slaps|dragging|drags|flopping|flops|dropping) (down|on the floor)?',
    "(can't|cannot|unable to) (lift|raise|pull) ~~3 (toes|foot|feet) up",
    'foot drop',
    'tripping over ({poss} )?(foot|toes)',
  ],
  vomit_meds: [
    '{vomit} ~~4 (tablets?|pills?|meds|medication|medicine|doses?)',
    `{vomit} ~~3 ${MUST_NOT_STOP}`,
    '(tablets|pills|meds|medication|medicine|doses?) ~~3 (come|came|coming) (back )?up',
    "(can't|cannot|couldn't) keep ~~3 (tablets|pills|meds|medication|medicine|doses?) down",
  ],
  meds_not_working: [
    "({drug}|sumatriptan|triptans?|inhaler|ventolin|antihistamines?|painkillers|medicine|medication|tablets) ~~4 (isn't|aren't|not|doesn't|don't|hasn't|haven't|won't|no longer) (touching|helping|working|doing anything|making (any )?difference|settl*)",
    '(nothing|none of (it|them|the \\w+)) (is |has been )?(helping|working|touching it)',
  ],
  // Antibiotics for two days or more and no better (NICE: review an infection not improving
  // after 48 hours of antibiotics; phase 24, fresh set p24b).
  antibiotics_failing: [
    '(antibiotics?|abx|amoxicillin|amoxycillin|trimethoprim|nitrofurantoin|flucloxacillin|doxycycline|clarithromycin|co-?amoxiclav|cefalexin|penicillin) ~8 (\\d|two|three|four|five|48|72) (days|day|hours|hrs) ~12 (not (getting|got|feeling) (any )?better|no better|not (working|helping|improving)|worse|getting worse|still (the same|as bad|39|40|high|burning|feverish|shaking))',
    '(\\d|two|three|four|five) days (of|on|into) ({poss} )?(antibiotics?|abx) ~10 (not (getting|got|feeling) (any )?better|no better|not (working|helping|improving)|worse|getting worse)',
  ],
  // On antibiotics now, and feeling or looking better (phase 24).
  on_antibiotics: [
    '(on|taking|started|day \\d+ of|\\d+(st|nd|rd|th)? day of|days? into|into) ({poss} )?(the )?(antibiotics?|abx|amoxicillin|flucloxacillin|doxycycline|clarithromycin|trimethoprim|nitrofurantoin|co-?amoxiclav|cefalexin|penicillin)',
  ],
  feeling_better: [
    "(feel|feeling|felt|i'm|im|am|seems?|seeming) (a bit |a little |much |loads |lots |slightly |a lot )?better",
    '(less|not as) (hot|red|swollen|sore|painful)',
    '(seems?|seeming|is|much|looks?) (much |a lot |loads )?(happier|brighter|more like (herself|himself))',
  ],
  not_settling: ["(isn't|not|won't|wont) (settling|settle|calming down|going away|stop)"],
  reliever_often: [
    '(ventolin|salbutamol|blue inhaler|reliever|inhaler|puffer|pump) ~6 every (\\d+|one|two|three|four|few|couple of)( ?- ?\\d+)? (hours?|hrs?)',
    '(ventolin|salbutamol|blue inhaler|reliever|inhaler|puffer) ~~4 (more and more|more often|more than usual|all the time|constantly|lots|a lot)',
    '(needing|needs|need|using|uses|taking|takes) ~~3 (ventolin|salbutamol|blue inhaler|reliever|inhaler|puffer) ~~3 (more and more|more often|all the time|constantly)',
  ],
  sandpaper_rash: [
    'sand ?-?paper*',
    'strawberry tongue',
    'tongue ~~4 (red and bumpy|bumpy and red|like a strawberry|white coat*)',
    'scarlet fever',
  ],
  rash_spreading: [
    '(rash|hives|bumps|spots|welts|blotches) ~6 (spreading|spread|getting worse|getting bigger|all over)',
    '(spreading|spread) ~~3 (rash|hives|bumps|spots)',
  ],
  fumes_mixed: [
    '(bleach|cleaners?|cleaning products?|chemicals|ammonia|descaler) ~~6 (together|mixed|mixing|mix|with (ammonia|vinegar|acid|another|other))',
    '(mixed|mixing|mix) ~~3 (bleach|cleaners?|chemicals)',
    '(breathed|inhaled|breathing|smelled|smelt) ~~3 (in )?(the |some |toxic |chemical )?(fumes|gas|vapou?rs?)',
    '(fumes|vapou?rs?|smell|gas) ~~4 (very |so |really )?(strong|toxic|chemical)',
  ],
  antiplatelet: [
    '(clopidogrel|plavix|ticagrelor|brilique|brilinta|prasugrel|efient|dipyridamole)',
    'dual antiplatelet',
    'aspirin and (clopidogrel|ticagrelor|prasugrel)',
  ],
  keeps_happening: [
    '(keep|keeps|kept) (getting|having|happening|coming back|starting again)',
    // Not the decimal of a reading ("a temp of 38.3 today").
    '(?<![\\d.])(\\d+|two|three|four|five|several) (so far|times today|in a day|today)',
    '(again and again|over and over|one after another)',
  ],
  piles_known: ['(piles|haemorrhoids|hemorrhoids)'],
  hypo_treated: [
    '(had|ate|took|drank|gave (him|her|them)|eaten) ~~3 (jelly babies|sweets|glucose|dextrose|glucotabs|lucozade|juice|coke|sugar|biscuits?|haribo|gel)',
    "(it's|its|now|back up to|up to|came up to|went up to|back to) \\d+(\\.\\d+)? now",
  ],
  support_question: [
    '(how|what) (can|do|should|could) (i|we) (best )?(support|help|say to|talk to|be there for)',
    '(support|supporting|help|helping) (a |my )?(friend|partner|son|daughter|sister|brother|colleague|student|child|teen\\w*)',
    // "should i tell someone?" about a friend's past self-harm (phase 25, fresh-triage-p25h).
    '(should|do|can) (i|we) tell (someone|somebody|anyone|anybody|a teacher|an adult|a grown ?-?up|the school|(her|his|their) (mum|mom|dad|parents))',
    // "Should I bring it up again or leave it?" (stop 50, fresh-triage-p30i la063).
    '(should|do|can|could) (i|we) (bring it up|mention it|raise it|ask (her|him|them) about it|check in (on|with) (her|him|them))',
  ],
  already_helped: [
    '(already|now) (getting|gets|has|having|receiving|in|seeing|under) (\\w+ )?(help|support|therapy|treatment|counsel*|a therapist|a counsellor|camhs|the mental health team)',
    "(she's|he's|they're|she is|he is|they are) (safe|safe now|getting help)",
    // "She's seemed totally fine since and is in therapy" (stop 50, fresh-triage-p30i la063).
    "(she's|he's|they're|she is|he is|they are|and is|and are) (now )?(in|having|getting|seeing) (\\w+ )?(therapy|counselling|counseling|treatment|a therapist|a counsellor|camhs)",
  ],
  // Self-harm by a son's or a daughter's friend, told by the parent ("my daughter's best friend
  // has been self-harming": la044).
  harm_of_childs_friend: [
    "(daughter's|son's|child's|kid's|daughters|sons|teen's|girl's|boy's) (best |close )?(friend|mate|classmate|pal|bestie) (has been|is|was|has|keeps|had been) (self ?-?harming|cutting|hurting (herself|himself|themselves)|talking about)",
  ],
  casual_kill: [
    // "I could honestly kill my boss lol" (phase 21), with a joke or a stressful week said.
    "(could|gonna|going to|i'll|i will) (literally |actually |honestly |seriously |genuinely )?(kill|murder|strangle) (my|him|her|them) ?(\\w+ )?~~8 (lol|lmao|haha|stress\\w*|week|day|job|work)",
    '(kill|murder|strangle) ~~4 (if|when) (she|he|they|you|it) ~~4 (again|one more time|ever)',
    "(could|gonna|going to|will|would|i'll|she'll|he'll|they'll|we'll) (literally |actually |honestly |seriously |genuinely )?(kill|murder|strangle) ~~4 (for|if) ~~3 \\w+ing",
  ],
  benign_trigger: [
    '(homework|work|job|exams?|revision|studying|traffic|kids|boss|this week|school|uni|commute|meetings) (is|are) killing me',
    'after (that|the|an|my|a|this) (exam|exams|test|party|night out|long day|long shift|shift|meeting|wedding|gig|concert|session|drinking|hangover)',
    '(forgot|forget|skipped|missed|no time) (to eat|to drink|lunch|breakfast|dinner|a meal|meals|eating)',
    '(barely|hardly) slept',
    'hung ?-?over|hangover',
  ],
  seen_in_ae: [
    '(checked|seen|assessed|looked at|scanned|examined|x-rayed|xrayed|checked out) ~~4 (in|at|by) (a and e|the hospital|hospital|er|the er|urgent care|minor injuries|the walk-in|a doctor|the doctor|my gp|the gp)',
    '(went|been|was|got taken|go) to (a and e|the er|er|hospital|the hospital|urgent care|minor injuries) ~8 (said|told|diagnosed|checked|discharged|sent (me|him|her) home)',
  ],
  eye_burning: ['(eye|eyes) ~~3 (burn*|sting*|streaming)'],
  knock_injury: [
    '(knocked|banged|bumped|hit|whacked|bashed|smashed) (his|her|my|their|the) (\\w+ )?(thigh|leg|arm|knee|shin|hip|elbow|shoulder|ribs|chest|side)',
  ],
  burn_small: [
    '(size of|the size of|size as) (a |an )?(5p|10p|1p|2p|penny|coin|pea|dime|nickel|fingernail|thumbnail|stamp|button)',
    '(small|tiny|little) (red )?(patch|area|spot|mark|blister|burn)',
    '(tip|end) of (my|his|her|the) (finger|thumb)',
  ],
  blood_cupful: [
    '(cups?|cupful|mugs?|mugful|glass|tablespoons?|spoonfuls?) of (bright red |fresh |dark )?(blood|bloody)',
    '(more|lots more|keeps) (is )?coming',
  ],
  looks_bent: [
    '(looks?|shaped) like a (dinner )?fork',
    '(bent|crooked|deformed) (wrist|arm|finger|leg|ankle)',
    "(looks?|is|it's|its) (a bit |slightly |quite |really |very )?(bent|crooked|deformed|wonky|out of shape|the wrong shape|at a funny angle)",
  ],
  stye: [
    '(lump|spot|bump|pimple|stye|sty|cyst) ~6 (eyelid|eye ?lid|lid|lash|lashes|lash line)',
    '(eyelid|eye ?lid) ~4 (lump|spot|bump|pimple|stye|sty|cyst)',
    'styes?',
  ],
  shingles_face: [
    '(blist*|shingles|vesicles|cold sores?) ~8 (forehead|scalp|near (my|his|her|the) eye|towards? (my|his|her|the) eye|around (my|his|her|the) eye|tip of (my|his|her|the) nose|eyelid)',
    '(forehead|tip of (my|his|her|the) nose) ~8 (blist*|shingles|vesicles)',
  ],
  lithium: ['lithium', 'priadel', 'camcolit', 'liskonum'],
  // A lithium level above the range (over 1.0 mmol/L; phase 22's second fresh set: "came back
  // 1.4 ... a bit of hand shake" read routine). NICE CKS: recheck and review the same day.
  lithium_level_high: [
    '(lithium|priadel|camcolit) (level|levels|blood level|blood test|result|reading)? ~6 (1\\.[1-9]\\d?|[2-9](\\.\\d+)?)(?! ?(mg|mcg|months?|weeks?|days?|years?|hours?|hrs?|times?|tablets?))\\b',
    '(lithium|priadel|camcolit) (level|levels) ~4 (high|too high|raised|toxic|above the range|over the range)',
  ],
  // SGLT2 inhibitors: with vomiting or diarrhoea, ketoacidosis at a normal sugar (MHRA; sick
  // day rules: stop and check ketones). Phase 22's second fresh set.
  sglt2_drug: [
    '(empagliflozin|jardiance|synjardy|glyxambi|dapagliflozin|forxiga|farxiga|xigduo|qtern|canagliflozin|invokana|vokanamet|ertugliflozin|steglatro|\\w+gliflozin)',
  ],
  transplant_drug: [
    '(tacrolimus|prograf|advagraf|envarsus|ciclosporin|cyclosporine|neoral|mycophenolate|cellcept|myfortic|sirolimus|everolimus)',
    '(transplant|anti-?rejection) (meds|medication|medicines|tablets|drugs|pills)',
  ],
  missed_doses: [
    "(missed|forgot|forgotten|skipped|skip|miss|not taken|haven't taken|didn't take) ~~4 (days?|doses?|tablets|pills|meds|medication) (of|for)",
    // "missed 3 or 4 days", "missed two or three doses" (phase 25, fresh-triage-p24h fr152).
    '(missed|forgot|forgotten|skipped) (\\d+|two|three|four|five|six|several|a few|a couple of)( (or|to|-) (\\d+|two|three|four|five|six|seven))? (days?|doses?)',
    // "missed 2 of my pills", "forgot three tablets" (phase 25, fresh-triage-p25b ft056).
    '(missed|forgot|forgotten|skipped) (2|3|4|5|two|three|four|five|a couple|a few|several) (of )?(my |her |his |the |their )?(pills|tablets|doses)',
    // Pills hidden or thrown away instead of taken ("hides her pills", "found his tablets down
    // the sofa"): doses missed, often by someone with dementia.
    '(hides|hid|hiding|hidden|stashing|stashes|spits out|spitting out|spat out|throws away|threw away|binning|binned) ~3 ({drug}|tablets|pills|meds|medication|medicines)',
    '(ran|run|running) out of ~~3 (tablets|pills|meds|medication|medicine)',
    // "missed last nights dose" (phase 22's second fresh set).
    "(missed|forgot|forgotten|skipped) (last night's|last nights|this morning's|this mornings|today's|todays|yesterday's|yesterdays) (\\w+ )?(dose|tablet|tablets|pill|pills)",
  ],
  statin: [
    '(atorvastatin|simvastatin|rosuvastatin|pravastatin|fluvastatin|lipitor|crestor|statins?)',
  ],
  muscle_ache: [
    '(muscles?|thighs|shoulders|calves|legs|arms) ~~4 (ach*|weak|weakness|pain*|sore|tender|stiff)',
    '(ach*|weak|sore|painful) ~~3 (muscles|thighs|shoulders)',
  ],
  irregular_pulse: [
    '(pulse|heart ?beat|heart ?rate|heart|rhythm) ~~6 (irregular|all over the place|erratic|skipping|jumping around|out of rhythm)',
    '(watch|smartwatch|apple watch|fitbit|garmin|ecg app) ~8 (af|afib|a-fib|atrial fibrillation|irregular)',
    'irregular (pulse|heart ?beat|rhythm)',
  ],
  stopped_psych_meds: [
    '(stop|stopped|stopping|off|came off|quit|refus*) ~~4 (medicine|medication|meds|tablets|injections?|depot|antipsychotics?|clozapine|olanzapine|risperidone|aripiprazole|quetiapine)',
  ],
  psychosis_dx: ['schizophreni*', 'psychosis', 'psychotic', 'bipolar'],
  relapse_signs: [
    '(suspicious|paranoid)',
    '(talk*|mutter*|whisper*) to (himself|herself|themselves|myself)',
    '(not sleeping|not sleep|no sleep|up all night)',
  ],
  shoulder_tip: ['(tip of|top of) ({poss} )?shoulder', 'shoulder ?-?tip'],
  low_side_pain: [
    '{pain} ~~4 low (down )?(on )?(the |my |her )?(left|right)( side)?',
    '(left|right) (side|lower) ~~3 {pain}',
    '{pain} (low down|lower down) (on )?(one|the left|the right|my left|my right)',
  ],
  suicide_plan: [
    '(worked out|working out|figured out|calculated|researched|looked up|googled) how (many|much) ~6 (tablets|pills|paracetamol|of (my|his|her|their) \\w+) ~6 (needs?|need|takes?|to (die|kill|end))',
    'who (gets|will get|should get|can have) (his|her|my|their) (stuff|things|belongings|possessions)',
    'giving away (his|her|my|their) (stuff|things|belongings|possessions|prized \\w+)',
  ],
  rope_means: ['(rope|noose|ligature)(?! (swing|climbing|burn|ladder))'],
  fire_event: [
    '(?<!on )fire ~12 (hoarse|cough*|singed|soot|black|voice)',
    'singed (eyebrows|nose hairs?|hair|nostrils|eyelashes)',
    // "the hairs in my nose are singed" (phase 25, stop 46, p28a is137).
    '(hairs? in (my|his|her|their|the) (nose|nostrils)|nose hairs?|nostril hairs?|nasal hairs?|eyebrows|eyelashes) (are |is |were |got |have been |all |have )?(singed|frazzled|burnt|burned|gone)(?! (off|down) (with|by) (wax|a trimmer|trimmer))',
    // "house fire next door ... but shes got soot round her nose and mouth, keeps coughing"
    // (phase 25, fresh-triage-p27r ij032): soot at the nose or mouth is smoke breathed in.
    'soot (round|around|in|on|over|up) ~3 (nose|mouth|face|nostrils|lips)',
    '(breathed|inhaled|breathing|inhaling|swallowed) (in )?(a lot of |loads of |lots of |some |thick |black )?(smoke|fumes from the fire)',
  ],
  mouth_sores: ['(mouth|gums|tongue) ~~4 (sore|ulcers?|blisters|raw)', 'mouth ulcers'],
  study_context: [
    "(i'm|am|as) (a |an )?(pharmacy|medical|med|nursing|paramedic|psychology|biology|pharmacology|chemistry) student",
    '(revising|studying) for (an? |my )?(exam|exams|test|finals|essay|assignment)',
  ],
  training_topic: [
    '(suicide|overdose|mental health) (prevention|awareness) (training|course|week|day|resources)',
    '(can|could) (you|one|people|someone) (actually |really )?(overdose|od) on',
    '(you|one|people|someone) (can|could) (actually |really )?(overdose|od) on',
    '(resources|training|leaflets|materials) (on|about|for) ~4 (spotting|warning signs|preventing|prevention)',
    // A character in a novel, story or screenplay (phase 7 wave 9).
    '(novel|story|screenplay|script|book|play|fanfic|fiction|film|drama) ~8 (character|characters|protagonist|heroine|villain)',
    '(character|characters|protagonist|heroine|villain) ~8 (novel|story|screenplay|script|book|play|fanfic)',
  ],
  missed_dose_question: [
    "(forgot|forgotten|missed|skipped) ~~4 (my|his|her|a|the|this morning's|last night's|today's) ~~2 (dose|tablet|pill|\\w+) ~12 (take it now|double up|take two|take both|skip it|wait until)",
  ],
  toe_infected: ['(toe|toenail|nail|foot) ~~4 (infected|infection|pus|oozing)'],
  recovered: [
    '(came|come|comes|coming) (round|around|to) (normally|fine|fully|completely|as usual)',
    '(now|is now) (watching|playing|eating|chatting|sleeping|asleep|fine|herself|himself)',
  ],
  raised_pressure_cue: [
    'worse (each|every|in the|first thing in the) morning',
    'worse (when|if) (i |he |she |they )?(cough|sneeze|bend|strain|lie down|lying down)',
    '(wakes?|woke|waking) (me |him |her |them )?(up )?with (a |the )?(headache|head pain)', // "worse when i wake up and when i cough or bend over" (phase 25, fresh-triage-p27k ic113).
    'worse (when|as soon as|after) (i |he |she |they )?(wake|wakes|woke|first wake|get up|gets up) (up)?',
    'worse ~8 when (i |he |she |they )?(cough|coughs|sneeze|sneezes|bend|bends|strain|strains)',
  ],
  fall_off: [
    '(came|come|fell|falling|thrown|flew) off ({poss} )?(bike|bicycle|horse|scooter|skateboard|board|motorbike|trampoline|ladder)',
    '(on|onto) ({poss} )?outstretched (hand|arm)',
  ],
  burn_event: [
    'touched (the |a )?(hot |boiling )?(oven|oven door|iron|hob|stove|kettle|radiator|grill|pan|cooker|hair straighteners|straighteners)',
    '(caught|touched|grabbed|picked up|put|leant|leaned) ~4 (on |against )?(a |the |my )?(hot|boiling) (pan|handle|pan handle|iron|oven|oven tray|tray|kettle|hob|stove|plate|pot|grill|radiator)',
    // Hair tools, hot whether or not the message says so ("2yo grabbed my hair straighteners";
    // phase 25, fresh-triage-p25a fs115).
    '(touched|grabbed|picked up|caught|burnt|burned|held|leant on|leaned on) ~4 (hair )?(straighteners|straightners|curling (iron|tongs|wand)|curlers|glue gun|soldering iron)',
  ],
  missed_dose: [
    "(forgot|forgotten|missed|skipped) ~~2 (my|his|her|a|the|this morning's|last night's|today's|yesterday's) ~~2 ({drug}|dose|doses|tablet|pill)",
    // A time-critical medicine missed or given late, by name ("missed her 2pm Madopar", "forgot
    // dads keppra this morning"; phase 25, fresh-triage-p24h fr111, fr024).
    `(forgot|forgotten|missed|skipped|didn't (take|get|give|have)|did not (take|get|give|have)|not (taken|had|given)|haven't (taken|had|given)|hasn't (taken|had)|late (with|giving|taking)) ~~4 ${MUST_NOT_STOP}`,
    // A transplant medicine forgotten (stop 49, fresh-triage-p30k lc143: "completely forgot my tacrolimus last night and this morning").
    '(forgot|forgotten|missed|skipped) ~~3 (my |his |her )?(tacrolimus|ciclosporin|cyclosporine|mycophenolate|prograf|advagraf|adoport|envarsus|sirolimus|azathioprine)',
  ],
  dose_question: [
    '(should|do|can|shall) (i|we|he|she) (take|give) (it|them|the|my|his|her|a|another|two|both)',
    'double (up|the dose|it)',
    'take (it|two|both) now',
  ],
  colicky: [
    '{pain} ~~6 (come and go|comes and goes|coming and going|in waves)',
    '(going|goes|spreading|spreads|moving|moves|shooting|radiating) (down )?(in)?to ({poss} )?(groin|private parts|privates|testicles?|balls|vagina|inner thigh)',
  ],
  contraceptive: [
    '(combined|mini|progestogen-only|contraceptive|birth control) pills?',
    '(my|the) pill',
    '(microgynon|rigevidon|yasmin|cilest|femodene|marvelon|lucette|cerazette|cerelle|noriday|zoely|qlaira)',
  ],
  sex_recent: [
    '(had|have had|having|we had) (unprotected |condomless )?sex',
    'unprotected sex',
    // "i slept with him last night" (phase 25, fresh-triage-p25d fv115).
    '(slept|sleeping|sleep) with (him|her|them|someone|somebody|a guy|a girl|my (partner|husband|wife|boyfriend|girlfriend|ex))',
  ],
  penile_discharge: [
    'discharge ~~3 (from )?({poss} )?(penis|willy|dick|tip|urethra)',
    '(penis|willy|dick) ~~4 (discharge|dripping|pus|leaking)',
  ],
  lump_word: [
    '(lump|lumps|swelling|mass|gland|glands|node|nodes) ~~3 (in|on|under) ({poss} )?(neck|armpit|breast|groin|testicle|ball|jaw)',
    '(neck|armpit|breast|groin|testicle) (lump|lumps|swelling)',
  ],
  night_sweats: [
    'night sweats',
    '(drenching|soaking|drenched|soaked) ~~3 (sweats|sheets|bed|pyjamas|night)',
  ],
  improving: [
    "(swelling|pain|bruising|it|it's|its) ~~3 (going down(?! (both|my|his|her|the|into|to|one|the) )|getting better|improving|easing|settling|much better)",
    '(otherwise|generally|overall|slowly|steadily|gradually) (improving|getting better)',
    // "still a bit swollen but less than yesterday" (phase 22's second fresh set).
    '(less|smaller|better|not as bad) than (yesterday|before|this morning|last night|the day before)',
    "(can|able to|i'm able to) (walk|put weight|bear weight|stand) on it",
  ],
  refuses_walk: [
    "(doesn't|does not|won't|will not|refuses to|refused to|has refused to|refusing to|not wanting to) (want to )?(walk|stand|put weight)",
    // In a second language or by what the child does instead ("she not want walk, only crawl";
    // phase 25, fresh-triage-p26w ho027).
    '(not|no) (want|wants|wanting) (to )?(walk|stand)',
    'only (crawl|crawls|crawling|bum shuffl*)',
  ],
  forgetful: ['more forgetful', 'forget* (very much|a lot|everything|more|things)'],
};
