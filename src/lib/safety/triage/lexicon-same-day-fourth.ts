// Lexicon, stop 51: eye problems that the spent fresh sets' authors sent to be seen today, not
// to 999 (docs/history/triage-net.md, "Stop 51"; rules.ts eye_same_day). Sources: NHS "contact
// lens problems" and NICE CKS red eye (a contact lens wearer's painful red eye, uveitis: eye
// casualty the same day), NICE CKS multiple sclerosis (optic neuritis), the College of
// Optometrists' guidance (superglue in the eye, arc eye); NICE CKS Bell's palsy (the whole of one
// side of the face, the forehead too, arms, legs and speech fine: seen within 72 hours for
// steroids, the same day) and NICE CKS retinal detachment (new floaters and flashes with a
// shadow: eye casualty the same day), NICE NG128 and NHS TIA (a stroke's signs that came and went
// a day or more ago: aspirin and a specialist within 24 hours, the same day; within the last hours,
// or back again, 999). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SAME_DAY_FOURTH_SIGNS: Concepts = {
  // Glue on the lids or lashes ("got superglue in my eye fixing a shoe, lashes stuck together").
  superglue_eye: [
    '(superglue|super glue|super-glue|nail glue|glue) ~8 (eye|eyes|eyelid|eyelids|lids|lashes)',
    '(eye|eyes|eyelid|eyelids|lids|lashes) ~8 (superglue|super glue|glue)',
  ],
  // Pain moving the eye, colours washed out (optic neuritis).
  optic_neuritis_lay: [
    '(hurts|hurt|pain*|ache*|aching|sore) ~4 (move|moves|moving|look around|looking around) ~3 (eye|eyes|it)',
    'colou?rs (look|seem|are|have gone) (\\w+ )?(washed out|faded|dull|grey|dim)',
  ],
  // Welding (rules.ts eye_same_day reads it with sore, gritty or light-shy eyes: arc eye).
  arc_eye: ['weld*', 'welder', 'arc eye'],
  // Sight disturbed in lay words ("little sparkles", "zigzags", "a bit blurry"): rules.ts
  // pet_same_day keeps pre-eclampsia's signs 999 with any of them.
  sight_disturbed_lay: [
    'sparkl*',
    'flash*',
    'lights in ({poss} )?eyes',
    'zig ?-?zag*',
    'shimmer*',
    'blurr*',
    '(seeing|see|seen) (\\w+ )?(stars|spots|lights|flashes|dots)',
    '(spots|dots|lights|flashes) (in front of|before) ({poss} )?eyes',
    '(vision|sight|eyesight) (is |has |went |gone |going )?(\\w+ )?(funny|weird|strange|odd|fuzzy|hazy|misty|dim|off)',
  ],
  // One side of the face gone weak, in the words people use ("the left side of my face has gone
  // floppy", "smile is lopsided", "face feels dead on that side").
  face_side_lay: [
    "(left|right|one|whole|the whole|that) side (of )?({poss} )?face ~4 (drop*|droop*|floppy|won't move|wont move|doesn't move|is not moving|not moving|not working|weak|dead|paralys*|paralyz*|frozen|fallen|gone|went)",
    "{poss} (whole )?face (on|down) (that|one|the left|the right|left|right|his left|his right|her left|her right|my left|my right) side ~4 (drop*|droop*|floppy|won't move|wont move|not moving|weak|dead|frozen|fallen)",
    '{poss} (face|smile|mouth) (is |has |has gone |went |looks )?(\\w+ )?(wonky|lopsided|crooked|droopy|drooping|dropped) ~3 (on )?(the |my |his |her |that )?(left|right|one|that) ?(side)?',
    '(smile|mouth) ~3 (wonky|lopsided|crooked|droop*) ~4 (left|right|one side|that side)',
  ],
  // An eye that will not close, said of "that" or "the" eye too ("cant close that eye").
  eye_wont_close: [
    "(can't|cannot|couldn't|unable to|won't|wont) (fully |properly |all the way )?(close|shut) (my|his|her|their|that|the) (left |right )?eye",
    "(eye|eyelid) (won't|wont|doesn't|does not|will not) (close|shut)",
  ],
  // Arms, legs and speech said to be fine beside a weak face ("arms n legs fine, talking fine").
  limbs_speech_fine: [
    '(arms?|legs?|arms and legs|arm and leg|arms n legs|arms legs|arms, legs) (\\w+ ){0,4}?(are |is |all |both )?(totally |completely |absolutely |all )?(fine|ok|okay|normal|strong|working)',
    'no weakness (anywhere|elsewhere|in (my|his|her|their) (arms?|legs?))',
    '(speech|talking|speaking|talks|speaks) (is |are )?(totally |completely )?(fine|normal|ok|okay|clear)',
    'otherwise (acting |behaving )?(completely |totally )?(normal|fine|well|herself|himself)',
  ],
  // An arm, a hand or a leg weak beside the face ("my left hand is weak too and i keep dropping
  // my phone"): a stroke until shown otherwise.
  limb_weak_told: [
    '(arm|arms|leg|legs|hand|hands) (\\w+ ){0,3}?(is |are |has |have |went |goes |feels? )?(gone |going )?(weak|heavy|numb|dead|useless|floppy|clumsy)',
    '(keep|keeps|kept) dropping (things|stuff|my \\w+|his \\w+|her \\w+)',
    "(can't|cannot|couldn't) (lift|grip|hold|raise|move) (my|his|her|their) (\\w+ )?(arm|leg|hand)",
  ],
};

/**
 * Context read whatever its time or scope: lenses worn, a condition had, a cause met weeks ago
 * ("bitten by a tick 3 weeks ago", "earache 3 days").
 */
export const SAME_DAY_FOURTH_CUES: Concepts = {
  // Confusion that came on over a day or two, or more than someone's usual: rules.ts
  // delirium_same_day.
  confusion_days_lay: [
    'since (yesterday|yday|last night|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    '(over|for|past|last|these|the last|the past) (the )?(last |past )?(2|two|3|three|couple of|few|a couple of) days',
    '(more|much more|worse|way more|a lot more) (\\w+ )?(muddled|confused|mixed up|forgetful|vague|agitated) than (her|his|their) (usual|normal)',
    'more than (her|his|their) (usual|normal)',
    'than (she|he) (usually|normally) is',
  ],
  // Someone muddled who is still eating, drinking and awake, or whose checks were fine.
  confusion_well_lay: [
    '(still )?eating and drinking',
    '(still )?(eating|drinking) (ok|okay|fine|well|normally)',
    "(she's|he's|shes|hes|she is|he is) (still )?(awake|up and about|talking)",
    '(obs|observations|blood pressure|temp) (are |were |is |was )?(all )?(ok|okay|fine|normal)',
    'no (temp|temperature|fever)',
  ],
  // Confusion past a muddle: not knowing the people closest, jerking limbs.
  confusion_deep_lay: [
    "(doesn't|doesnt|didn't|didnt|does not|did not|not|can't|cant) (even )?(recogni[sz]e|recogni[sz]ing|know|knowing) (me|us|who (i am|we are|she is|he is)|her own|his own|my name)",
    'jerk*',
    'twitch*',
  ],
  // Someone in a household with carbon monoxide suspected who fainted, collapsed, fell asleep at
  // the table or cannot be woken, told of a person (not "no one has collapsed"; pets' sleepiness
  // aside): rules.ts co_mild_same_day stays 999 with it.
  co_severe_lay: [
    '(my|his|her|our|the) (\\w+ ){0,3}?(fainted|passed out|collapsed|fell asleep|nodded off|keeled over|is (really |very )?(drowsy|confused|muddled|hard to wake))',
    "(he|she|they|he's|she's|they've|he has|she has) (just )?(fainted|passed out|collapsed|fell asleep|nodded off)",
    'hard to wake',
  ],
  // No fever said ("no temp", "temperature normal", "hasn't had a fever").
  no_fever_lay: [
    'no (temp|temperature|fever|high temp|high temperature)',
    '(temp|temperature) (is |was |has been )?(normal|fine|ok|okay)',
    "(hasn't|hasnt|has not|haven't|havent|doesn't|doesnt) (got |had |have )?(a )?(temp|temperature|fever)",
    'not (feverish|hot)',
  ],
  // A child said to be well in themselves ("running around fine", "otherwise fine"), read
  // whatever its scope (rules.ts purpura_well_child).
  child_well_said: [
    '(running|bouncing|racing|charging) (around|about|round)',
    '(playing|eating|drinking) (fine|ok|okay|normally|well|happily)',
    '(well|fine|happy|herself|himself) in (herself|himself|themselves)',
    "(she's|he's|shes|hes|she is|he is) (totally |completely |otherwise )?(fine|well|happy|herself|himself)",
    'otherwise (fine|well|ok|okay|happy)',
  ],
  // Sore or swollen joints said either way round ("sore knees", "ankles are swollen").
  joints_sore_said: [
    '(sore|swollen|achy|aching|painful|puffy) (knees?|ankles?|joints?|elbows?|wrists?)',
    '(knees?|ankles?|joints?|elbows?|wrists?) (are |is |have |has )?(gone |been )?(sore|swollen|achy|aching|painful|puffy|hurt|hurting)',
  ],
  // Fainting during running or sport (rules.ts exertional_faint_over).
  faint_on_exertion_lay: [
    '(faint*|collaps*|passed out|blacked out|went down|dropped) ~8 (running|sprint*|race|racing|football|netball|rugby|hockey|match|pe|p\\.e\\.|cross country|treadmill|gym|training|bleep test|800m|parkrun|exercis*|playing)',
    '(running|sprint*|race|racing|football|netball|rugby|hockey|match|pe|cross country|treadmill|gym|training|exercis*) ~8 (faint*|collaps*|passed out|blacked out|went down|dropped)',
  ],
  // Chest pain, a racing heart, a grey or pale look, or breathlessness told as now, after a faint
  // ("still says his chest hurts", "heart is still racing now", "pale as anything").
  after_faint_now_lay: [
    '(still|now|is) (\\w+ ){0,3}?(chest (hurts|pain|is tight|feels tight)|heart (is )?(racing|pounding)|pale|grey|gray|sweaty|clammy|breathless)',
    '(pale|grey|gray) as',
    'just now',
    'right now',
  ],
  // A nose broken or knocked crooked, told whatever its time (rules.ts nose_old_settled).
  nose_broken_lay: [
    '(broke|broken|bust|busted|smashed|cracked) ({poss} )?nose',
    'nose (is |looks |has gone |went |seems )?(\\w+ )?(crooked|bent|broken|wonky|off to one side)',
    '(punched|hit|smacked|headbutted|elbowed|kneed|whacked|took a (ball|football|cricket ball|elbow|knee|punch|hook)) (\\w+ ){0,3}?(in|on|to) (the|my|his|her) (nose|face)',
    '(ball|football|punch|elbow|headbutt) (\\w+ ){0,2}?(to|in) (the|my|his|her) (nose|face)',
  ],
  // Breathing said to be fine through the nose ("can breathe through both sides").
  nose_breathing_fine_lay: [
    '(breathe|breathing|breathes) (\\w+ ){0,3}?(through )?(both sides|both nostrils|through (it|my nose|his nose|her nose))',
    'breathing (is )?(fine|ok|okay|normal)',
  ],
  // A nose blocked on both sides, not the chest ("cant breathe through either side").
  nose_blocked_lay: [
    "(can't|cannot|cant|couldn't) (breathe|breath) (through|out of|thru) (either side|either nostril|both sides|both nostrils|my nose|his nose|her nose|it|the nose)",
    '(nose|nostrils|both sides) (is |are )?(completely |totally )?(blocked|bunged|swollen shut)',
  ],
  // Phlegm turned green, yellow or thicker, or more of it, as in a COPD flare ("phlegm gone green").
  sputum_changed_lay: [
    '(phlegm|sputum|mucus|spit|stuff (i|he|she) (cough|coughs) up) (\\w+ ){0,3}?(green|yellow|thicker|darker|more)',
    '(green|yellow) (phlegm|sputum|mucus|stuff)',
    'rescue pack',
  ],
  // Talking in full sentences, walking about: the breathlessness is not severe.
  talks_fine_lay: [
    '(talk|talking|speak|speaking|chatting|talks) (\\w+ ){0,2}?(fine|ok|okay|normally|in (full )?sentences)',
    'full sentences',
    '(can still|still able to|can) (walk|get) (to|round|around|about)',
  ],
  // No wee, told with its negation ("hasnt had a wee since yesterday", "barely passed urine").
  no_wee_lay: [
    "(hasn't|hasnt|has not|haven't|havent|have not|not|barely|hardly|only) (had |done |been for )?(a |any |one )?(wee|weed|peed|pee|pees|wees|urine|passed urine|passed water|passed any urine)",
    "(hasn't|hasnt|has not|haven't|havent|not|barely|hardly) (passed|done) (any )?(urine|water|a wee|wee)",
  ],
  // Well in oneself told with a negation, which scope would otherwise read as negated ("not
  // feeling ill", "no trouble breathing"): rules.ts sting_local_well.
  well_said_cue: [
    '(not|no) (feeling |feel |felt )?(ill|unwell|poorly|sick) (at all|otherwise|in (myself|himself|herself))?',
    '(no|not any|without) (trouble|issues|problems|difficulty|difficulties) (with )?(breathing|swallowing)',
    'nothing else( at all)?',
  ],
  // A course told as long in other words than course_long's ("has done for ages", "been 6
  // months", "4 months after covid", "since I've put on weight"): rules.ts breath_long_course.
  course_long_lay: [
    "(has|have|she has|he has|it has|its|it's) (done|been like (that|this)|been going on|been the same) (for|since) (ages|years|months|a while|a long time|a year|\\d+ (months|years))",
    'for ages',
    '(been|for|over|past) (\\d+|a few|few|several|many|a couple of|couple of|six|five|four|three|two) months',
    '(\\d+|a few|few|several|many|six|five|four|three|two) months (after|since|post|on from) (covid|the virus|having covid|pneumonia|a chest infection)',
    'long ?-?covid',
    'post ?-?covid',
    "since (i've|ive|i have|she's|shes|he's|hes|i) (put on|gained|piled on) (weight|(\\w+ )?stone|a lot of weight)",
  ],
  // A day before today named ("yesterday", "last tuesday", "2 weeks ago", "the other day").
  past_day_said: [
    'yesterday',
    'yday',
    'last (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month)',
    '(\\d+|a|one|two|three|four|five|six|few|couple of|a few|a couple of) (days?|weeks?|wks?) ago',
    'the other day',
    'on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  ],
  // An episode told as over ("then it all came back", "went back to normal", "fine since").
  episode_over_said: [
    '(then|and) (it |they |everything |all |it all |his \\w+ |her \\w+ |my \\w+ )?(came back|come back|went back|cleared|lifted|passed|went away|settled|returned)',
    '(came|come|went|gone|got|is|was|been|all|totally|completely) back to (normal|himself|herself|myself)',
    '(fine|normal|ok|okay|been fine|been normal|totally normal|totally fine|completely normal|completely fine) (ever )?(since|today|now|this morning)',
    'all gone now',
  ],
  // An episode dated earlier that is back now ("now its happening again", "started again"):
  // its signs are signs now (rules.ts flagsFor).
  episode_back_now: [
    '(now|just now|right now|today|tonight) (\\w+ ){0,3}(happening|started|starting|doing it|doing that|back) again',
    "(it's|its|it is|he's|hes|she's|shes|they're|is|are|has|have) (\\w+ )?(happening|started|starting|come back|coming back|doing it|doing that) again",
    'again (right )?now',
    'back again now',
  ],
  // Beside an episode told as over, a sign that it is not ("it hasn't come back", "still weak",
  // "happening again right now"), or that it was within the last hours ("this morning", "an hour
  // ago"): NHS, 999 even if the signs have gone.
  episode_not_over: [
    "(hasn't|has not|haven't|have not|hasnt|havent|not|never) (fully |completely |properly )?(come|gone|got|came|went) back",
    '(still|again|right now|happening now|at the moment|this morning|this afternoon|this evening|tonight|just now|earlier today|today at)',
    '(\\d+|an?|half an?|few|couple of) ?(mins?|minutes|hours?|hrs?) ago',
    'not (back to normal|right|himself|herself|myself)',
  ],
  // Someone who wears contact lenses, said anywhere in the message ("wear monthly contacts, fell
  // asleep in them on the train. now my right eye is really painful").
  contact_lens_wearer: [
    'contact lens*',
    '(wear|wears|wearing|wore|use|uses|using) (my |her |his |monthly |daily |dailies |extended wear )?(contacts|lenses|monthlies|dailies)',
    '(slept|sleep|sleeps|sleeping|fell asleep|fallen asleep|showered|swam|swim|swimming) (\\w+ ){0,3}(in|with) (my |her |his |the |their )?(contacts|lenses|monthlies|them)(?= [^.!?]{0,80}\\b(?:contacts|lenses|monthlies)\\b|(?<=contacts|lenses|monthlies))',
    '(monthly|daily|dailies|monthlies|soft|hard) (contacts|lenses)',
  ],
  // A condition that comes with inflamed eyes, named ("I have ankylosing spondylitis").
  eye_inflammation_known: ['ankylosing( spondylitis)?', 'uveitis', 'iritis'],
  // A cause named beside a weak face: an ear (blisters, infection, ache), a tick bite, shingles.
  face_palsy_cause: [
    '(earache|ear ache|ear infection|ear pain|sore ear|painful ear|ear (has been|is|was) (agony|aching|sore|painful|leaking|killing))',
    'tick (bite|bit|bitten)',
    '(bitten|bit) by a tick',
    'shingles',
    'blisters (in|inside|round|around) ({poss} )?ear',
  ],
};
