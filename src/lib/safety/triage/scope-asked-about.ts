// Data for scope.ts: a general question rather than a sign had, phase 7 (helper e: false
// alarms) and phase 10 (helper fa, test/unit/safety/probes-p10-fa.json): a question asked for
// study or writing, one typed without its question mark, and the writer saying right after it
// that the condition is theirs. Regular expressions over normalized text.

/**
 * The question is asked for study, teaching or writing ("asking for my assignment", "I'm a
 * nursing student"): a general question sentence in such a message is asked about.
 */
export const STUDY_PURPOSE =
  /\b(?:(?:asking|ask|question|it's|this is) (?:for|because of) (?:my|an|a|our|the) (?:\w+ )?(?:assignment|essay|project|exam|exams|homework|dissertation|coursework|revision|class|course|training|presentation|quiz|poster|module|lecture|article|book|novel|story|podcast|blog|thesis|report)|for (?:my|an|a|our) (?:assignment|essay|project|dissertation|coursework|thesis|presentation|exam revision)|(?:med|medical|nursing|paramedic|pharmacy|biology|physio|dental|midwifery|vet) (?:student|school)|(?:i'm|i am) (?:a|an) (?:\w+ )?(?:student|teacher|trainer|first aider|lecturer|writer|author)|(?:med|medical|nursing|paramedic|pharmacy|pharmacology|biology|physio|dental|midwifery|vet|psychology|psych|a ?level|gcse|uni|university|college) (?:course|degree|exam|lecture|module|class|revision|placement)|(?:writing|doing|working on|finishing|starting) (?:an|a|my|our) (?:\w+ )?(?:assignment|essay|project|dissertation|coursework|thesis|presentation|report)|exam (?:q|qs|question|questions)\b|(?:watched|saw|seen|shown) (?:a|the|this) (?:documentary|video|film) (?:in|at|for) (?:pshe|school|class|college|uni|biology|science|health|psychology)|revising for|studying for|(?:i )?want to understand|trying to understand|(?:just )?out of curiosity|for future reference|(?:just )?(?:want|wanted) to (?:know|learn) for (?:the future|next time))\b/;

/**
 * Stop 51: study, teaching or writing named the other ways people put it, recurring across the
 * spent fresh sets (routine questions read as emergencies in p24g, p26a, p26s, p27d, p28w, p29j,
 * p30n, p30o, p30p, p30r, p30s): "revising pharmacology - why is ...", "gcse biology: why does
 * ...", "for my a level bio", "writing my EPQ on ...", "writing a leaflet for our clinic",
 * "doing a first aid poster for our warehouse", "researching suicide for my psychology
 * dissertation", "nursing student here ... exam on friday", "my paeds OSCE tmrw".
 */
export const STUDY_SETTING =
  /\b(?:(?:revising|swotting)\b(?! (?:my|his|her|our|their|the) (?:will|plan|plans|budget|cv|offer|quote|estimate|order|booking)\b)|(?:osces?|gcses?|a ?levels?|epq|nclex|usmle|plab|mrcp|mrcgp|mrcs)\b|(?:exam|exams|test|quiz|osce|viva) (?:on|tomorrow|tmrw|tmr|tomoz|next|this (?:week|morning|afternoon|friday|monday|tuesday|wednesday|thursday))\b|for (?:my|an|a|our|the) (?:[\w-]+ ){0,2}?(?:assignment|essay|project|dissertation|coursework|thesis|presentation|exam|exams|osce|epq|revision|leaflet|poster|newsletter|handout|module|lecture|lesson|class|course|training|quiz)\b|(?:writing|doing|making|designing|putting together|creating|updating|preparing|planning) (?:an|a|my|our|the|some) (?:[\w-]+ ){0,3}?(?:leaflet|poster|newsletter|handout|article|blog|essay|epq|project|presentation|dissertation|assignment|guide|lesson|quiz|talk)\b|researching (?:[\w-]+ ){1,3}?for (?:my|an|a|our|the)\b|(?:(?:mental health )?first[- ]aid|cpr|bls|resus) (?:course|training|class|poster|refresher|exam|qualification|instructor|trainer)\b|(?:student|trainee) (?:nurse|paramedic|midwife|doctor|pharmacist|physio)\b)/;

/**
 * The writer's own words for their study ("for my a level bio", "my exam", "our poster"), taken
 * out of a question sentence before scope.ts looks there for a person the question tells of.
 */
export const STUDY_OWN_WORDS =
  /\b(?:(?:for|in|on|from) )?(?:my|our) (?:[\w-]+ ){0,2}?(?:assignment|essay|project|dissertation|coursework|thesis|presentation|exam|exams|osce|epq|revision|leaflet|poster|newsletter|handout|module|lecture|lesson|class|course|training|quiz|teacher|tutor|lecturer|a ?levels?|gcses?|bio|biology|chemistry|psychology|degree|placement|clinic|warehouse|workplace|school|staff)\b|\b(?:i'm|im|i am) (?:a |an )?(?:[\w-]+ )?(?:student|trainee|teacher|trainer|lecturer|first aider)\b/g;

/** Someone the question sentence tells of, once the study's own words are taken out. */
export const STUDY_PERSON =
  /\b(?:my|his|her|their|our|i'm|im|i've|ive|i have|i had|i feel|i felt|i got|i get|i am|he's|she's|he has|she has|he had|she had|he feels|she feels)\b/;

/**
 * A textbook question in a message asked for study, with or without a question mark:
 * "revising for pharmacology exam - whats the treatment line on the paracetamol overdose
 * nomogram and when do you give acetylcysteine" (phase 25, fresh-triage-p25x gp009); "can someone
 * explain why paracetamol overdose damages the liver" (stop 50, fresh-triage-p30i la145).
 */
export const STUDY_QUESTION =
  /\b(?:what's|whats|what is|what are|what does|why is|why are|why does|can you explain|(?:can|could) (?:someone|somebody|anyone|anybody|u) explain|explain (?:why|how|what|the)|when do (?:you|they|we)|when would (?:you|they)|how do (?:you|they)|how would (?:you|they)|which|why do (?:you|they)|what (?:[\w-]+ ){1,2}(?:should|would|do|does|is|are|can|causes?)|(?:can|could) (?:someone|somebody|anyone|anybody|u|you) (?:list|tell me|give me|summari[sz]e|go through)|list (?:the|all|some)|where (?:can|do|could|would) (?:i|we|you) (?:find|get|look)|what numbers?|(?:for|if|when) (?:someone|somebody|a person|a patient|a casualty|a baby|a child|people) (?:is|are|has|have|who|with|[a-z]+ing)\b)\b/;

/**
 * A general question typed without its question mark ("can stress cause chest pain", "what
 * causes a nosebleed"): a causal or "what is" question, not "can't breathe". Read only in a
 * message that names no person (scope.ts, as for a question with its mark).
 */
export const QUESTION_NO_MARK =
  /^\W*(?:(?:can|could|does|do|will|would|might|may)(?!n't|') (?!not\b)\w+(?: \w+)? (?:cause|causes|give you|lead to|trigger|bring on|make you)|what (?:causes|can cause|could cause|does|do|are|is) (?:a |an |the )?\w+)\b/;

/**
 * Right after a condition asked about, the writer says it is theirs ("what causes chest pain?
 * mine is crushing"): the condition is had, not only asked about.
 */
export const OWN_AFTER =
  /^[\s,.;:?!-]*(?:and |but |because |as )?(?:mine|mine's|my one|his|hers|theirs|ours|my son's|my daughter's)(?: is| has| was| feels| started| goes| keeps| came| comes|'s)\b/;

/**
 * After a question about a baby or a child ("is it normal for a 6 week old to have a temp of
 * 100.8F with a cold?"), the next sentence tells how that person is now ("she's feeding a bit
 * less than usual"): the question is about them, now (phase 25, fresh-triage-p25j gb088). So is
 * one the writer follows with how they feel ("is it normal to be soaking a maternity pad every
 * hour ...? feel a bit lightheaded"; phase 25, fresh-triage-p25v gn048), or with how a voice,
 * throat or tongue is now ("is it normal that my tongue feels really fat after that prawn curry?
 * voice sounds a bit weird too"; phase 25, fresh-triage-p26t hl043), or with one side's arm or
 * leg ("is it normal for my 70yo mom to suddenly not understand what anyone is saying? also her
 * right arm seems weak"; phase 25, fresh-triage-p27d hv011).
 */
export const PERSON_NOW_AFTER =
  /^(?:[^.!?]|\.\d){0,160}\?+\s*(?:and\s+|but\s+)?(?:(?:she's|he's|she is|he is|baby's|baby is|they're|they are)\s+(?:\w+\s+){0,2}?(?:feeding|eating|drinking|sleeping|breathing|crying|floppy|drowsy|very|really|not|barely|hardly)\b|(?:i\s+|i'm\s+|i am\s+)?(?:feel|feeling|felt|am)\s+(?:a bit\s+|really\s+|very\s+|so\s+|quite\s+)?(?:lightheaded|light-headed|faint|dizzy|sick|awful|rough|weak|shaky|breathless|clammy|terrible|woozy)\b|(?:it's\s+|its\s+|it has\s+|mine's\s+|mine has\s+)?been like (?:that|this) (?:since|for)\b|(?:it's\s+|its\s+|it has\s+)?been (?:about |around |nearly |over )?\d+ ?(?:mins?|minutes|hours?|hrs?)\b|(?:i\s+|just\s+)?(?:noticed|spotted|saw) (?:it|this|that)\b|(?:also\s+|and\s+)?(?:her|his|my)\s+(?:right|left)\s+(?:arm|leg|hand|side|face)\s+(?:seems|is|feels|looks|has gone|went|going)\b|(?:my\s+)?(?:voice|throat|lips|tongue|breathing|chest)\s+(?:sounds|feels|is|looks|has gone|went|getting)\s+(?:a bit\s+|really\s+|very\s+|so\s+|quite\s+|kind of\s+)?(?:weird|funny|strange|different|hoarse|muffled|croaky|tight|swollen|thick|tingly|wheezy|noisy)\b)/;

/**
 * Right after the question that names a sign ("is it normal for a shadow to come across the
 * vision in my left eye?"), the next sentence says when it began ("It happened suddenly an hour
 * ago"): the sign is had now, not only asked about (phase 14, helper recall; blind set 10's
 * curtain over one eye read as a question). Only an onset told of "it" (this, that, they), with
 * a time: "it has been on and off for a week" stays a question, and so does "she started
 * nursery today", a person who started something.
 */
// The subject may be left out, as in texting ("... be really sore? started about 2 hrs ago out of
// nowhere"; phase 25, fresh-triage-p26s hk154).
export const ONSET_TOLD_AFTER =
  /^[^.!?]{0,120}\?\s*(?:and\s+|but\s+)?(?:(?:it|this|that|they|these)(?:'s|'ve| has| have| had)?\s+)?(?:just\s+|only\s+)?(?:happened|happening|started|starting|came on|come on|began|begun|came|kicked in|been going on|been happening|been like (?:this|that))\b[^.!?]{0,60}?\b(?:ago|suddenly|all of a sudden|out of nowhere|just now|this morning|this afternoon|this evening|tonight|today|at (?:dinner|lunch|breakfast|tea)|in the (?:last|past) (?:hour|half hour|\d+ minutes|few minutes))/;
