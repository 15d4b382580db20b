// Data for scope.ts: the words that say a symptom is absent, imagined, asked about, in the
// past, or already checked and cleared. Each list is a regular expression over normalized
// text (see normalize.ts: lowercase, "can't" with its apostrophe, misspellings fixed).

import { NOT_WORDS } from './pattern';

/** Sentence ends: . (not inside a number), !, ?, newline. */
export const SENTENCE_END = /(?:\.(?!\d)|[!?\n])+/g;

/** Clause boundaries for negation and time (a superset of sentence ends). */
export const CLAUSE_BREAK =
  /(?:\.(?!\d)|[!?;:\n]|\s-\s|\b(?:but|however|although|though|whereas|except|yet|now|currently|today|tonight|this (?:morning|evening|afternoon)|since then|ever since|then|until)\b)/g;

/**
 * A strong negation cue. "don't think he ever" carries the negation past its own subject ("dont
 * think he ever stops breathing", a snoring child; phase 25, fresh-triage-p27o ig158).
 */
export const STRONG_CUE =
  /\b(?:(?:don't|do not|dont) (?:think|believe|reckon) (?:he|she|they|it|i|we) (?:has |have |had )?ever|no|never|without|denie[sd]|deny|denying|negative for|free of|absence of|nor|neither|none|ruled out|rule out|no signs? of|not had|haven't had|hasn't had|haven't got|hasn't got|not got|nothing like|(?:don't|do not|doesn't|does not|didn't|never) (?:get|gets|got|feel|notice|experience) any|nothing (?=sudden|new\b)|(?:nobody|no one|noone|none of us|neither of us) (?:has|have|had|is|are|was|were|feels|feel|felt|got|gets|has got)|not at risk of|(?:don't|do not|doesn't|does not|didn't|never) (?:have|had|has) any|not having any|haven't had any)\b/g;
export const WEAK_CUE =
  /\b(?:not|don't|doesn't|didn't|haven't|hasn't|hadn't|isn't|aren't|wasn't|weren't|never had)\b/g;

// Phase 14 (recall2): "without goggles" says what was missing, not that nothing happened:
// "grinding metal without goggles, something flew into my eye" (blind 21).
// Phase 22: "can't keep anything down, not even water" is emphasis, not a negation (it made
// the dark urine told after it negated too).
// Phase 23: "not feeling great, chest pain for about an hour" says unwell; it negates nothing
// after it (a forwarded message's heart attack was read as no chest pain). "He doesn't stop
// breathing or anything, just loud" negates the pause ("won't stop bleeding" still says it goes
// on).
// Stop 49: "a sudden pain in my bump that hasnt gone away, its hard as a rock" says it goes on
// (fresh-triage-p30c ku095: the rock-hard bump was read as negated). "Isn't working hard to breathe"
// is a negation, not a treatment that is not working (fresh-triage-p30l).
const PSEUDO_LIST =
  /\b(?:without (?:any |his |her |my )?(?:safety |protective |eye )?(?:goggles|glasses|specs|eye protection|protection|a visor|visor|a mask|gloves|a helmet)|not sure|not certain|no idea|not only|not just|no longer|no matter|don't know|didn't know|doesn't know|not know|don't understand|not getting better|not improving|not going away|doesn't go away|didn't go away|won't go away|(?:hasn't|has not|haven't|have not) gone away|not helping|didn't help|doesn't help|not working(?! (?:really |very |so |too )?hard)|no relief|not responding|not stopping(?! breathing)|doesn't stop(?! breathing)|won't stop(?! breathing)|can't stop(?! breathing)|not stop(?! breathing)|not be able|not able|no way to|not normal|not right|not (?:feel|feeling|felt|doing|looking) (?:great|good|well|too good|too great|too well|so good|so great|so well|very well|very good|the best|100%|brilliant|amazing|myself|himself|herself|right)|not himself|not herself|not myself|not themselves|not quite (?:himself|herself|myself|themselves|right)|not really (?:himself|herself|myself|themselves)|not responding to|no better|not better|not easing|doesn't ease|not touching|isn't touching|not waking|not breathing(?! (?:fast|quickly|rapidly|heavily|hard|too fast|faster|quicker|very fast|that fast|any faster))|isn't breathing(?! (?:fast|quickly|rapidly|heavily|hard|too fast|faster|quicker|very fast|that fast|any faster))|not moving|isn't moving|not feeding|not eating|not drinking|not making sense|not talking|not answering|not come round|doesn't come round|didn't come round|not coming round|not fade|doesn't fade|don't fade|didn't fade|won't fade|does not fade|not go away|never felt|no wet|no urine|no tears|not peed|haven't peed|hasn't peed|not weed|haven't weed|hasn't weed|hasn't had a wee|haven't had a wee|hasn't broken wind|haven't broken wind|not passed|no wind|not used|not kept|can't keep|not even (?:water|sips?|a sip|fluids?|liquids?|milk|juice|a drink|drinks|ice chips)|no response|not responsive|unable|no warning|without (?:any )?warning|no helmet|without (?:a )?helmet|no seat ?belt|without (?:a )?seat ?belt|without (?:gasping|stopping|getting (?:out of )?breath\w*|running out of breath)|(?:heavier|worse|more|bigger|faster|redder) not (?:lighter|better|less|smaller|slower|easing)|not less(?= *[,.!?]|$)|not even (?:farting|farted|passing wind|breaking wind|trumping)|without (?:it|that) (?:hurting|killing|being (?:agony|painful|sore|unbearable)|aching))\b/g;
/** Phrases that contain a cue word but do not negate what follows ("is not" is "isn't"). */
export const PSEUDO_NEGATION = new RegExp(
  PSEUDO_LIST.source.replace(/\bnot /g, `${NOT_WORDS} `),
  'g',
);

export const SCOPE_END =
  /\b(?:and|but|with|also|still|then|which|who|because|since|so|while|when|after|before|if|until|plus|just|only)\b|,\s*(?:i|i'm|i've|my|me|he|she|it|it's|they|we|you|his|her|their|now)\b|\b(?:i|i'm|i've|my|he|she|he's|she's)\b/;

/**
 * After a weak cue ("not", "don't"), a first item that is a statement of its own ends the cue at
 * its comma: a participle ("not vaccinated, high temp, drooling"; phase 25, fresh-triage-p26r
 * hj029), a verb of the mind ("i don't remember it, bad headache now"; stop 43's left misread),
 * or a verb of change said of what came before ("my watch says 190 and its not coming down,
 * chest pain"; phase 25, fresh-triage-p27h hz042), or no better ("on amoxicillin 3 days and not any
 * better, temp still 38.5"; fresh-triage-p27i ia160). Not "not eating, drinking or weeing": those
 * verbs are signs, and a list of them stays negated.
 */
export const WEAK_CUE_STATEMENT =
  /^\s*(?:[a-z]+ed\s*|(?:remember|recall|know|think|understand|care|mind)\b[^,]*|(?:coming|going|settling|stopping|budging|shifting|shiftin|slowing|dropping|easing|improving|changing|helping|helpin|working|workin|touching|touchin|getting)(?: (?:down|up|away|off|better|any better|at all))?\s*|(?:any |much |a lot |a bit )?(?:better|different)\s*),/;

/** A comma and a new subject start a new clause: "no fever, i have chest pain". */
export const NEW_SUBJECT =
  /,\s*(?:and\s+|but\s+)?(?:i|i'm|i've|my|me|he|she|it|it's|they|we|you|his|her|their|now|says|said|keeps saying|kept saying|insists|thinks|believes|reckons|claims)\b/;

/** "nor do i have", "don't think i have": a person named inside a negation, not a new clause. */
export const BENIGN_IN_SCOPE =
  /\b(?:do|did|does|have|has|am|is|are|was)\s+(?:i|he|she|we|they)\b|\b(?:i|he|she|we|they)\s+(?:have|has|had|get|got|feel|felt|experience|experienced|notice|noticed|think|see)\b/g;

/** Someone who could be having the symptom: the writer or a person they name. */
export const EXPERIENCER =
  /(?:(?:^|[.!?]\s+)(?:feeling|feel|felt|been|having|had|got|getting|keep|kept|can't|cant|woke|started|still|now|did|done|cut|took|taken) (?!(?:like|that|as if)\b)|\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|our|us|he|she|him|her|his|hers|they|them|their|this|son|daughter|mother|mom|mum|mam|father|dad|wife|husband|partner|friend|flatmate|brother|sister|bro|sis|grandma|grandmother|grandpa|grandfather|gran|nan|nana|grandad|granddad|aunt|uncle|patient|boyfriend|girlfriend|roommate|colleague|neighbour|neighbor)\b)/;

/** How a general question opens: "can covid cause...", "is chest pain a symptom...". */
export const QUESTION_START =
  /^\W*(?:(?:hi|hello|hey|dear \w+|doctor|doc|sir|madam|please|quick question|just wondering)[,!.:\s]+)*(?:can|could|does|do|did|is|are|was|were|will|would|should|what|what's|whats|which|how|why|when|where|who|if|may|might)\b/;

/**
 * Words just before a condition that make it the topic of a question rather than something
 * happening: "the signs of a stroke", "is cellulitis contagious", "the risk of a clot". Not
 * "what do you do if ...", a hypothetical's frame (HYPOTHETICAL_CUE), which may tell a dated
 * event (phase 22: "what do you do if your flatmate took like 30 paracetamol about an hour ago").
 * Stop 49: "revising for my first aid exam - for a snake bite do you put a tourniquet on?"
 * (fresh-triage-p30a ks153).
 */
export const ABOUT_CUE =
  /\b(?:(?:signs?|symptoms?|tell|know|spot|look out for|watch for|notice) (?:\w+ ){0,6}?(?:that|if|whether|when) (?:someone|somebody|a person|people|anyone|a friend) (?:might|may|could|would|is|are)(?: be)?|(?:early |warning |first |main |common |usual )?(?:signs?|symptoms?|red flags?|causes?|risks?|chances?|complications?|stages?|types?|(?<!\b(?:on|having|getting|under|receiving|during|after|started|starting|finished|had|in|my|his|her) )treatments?|prevention|definition|difference)\s+(?:of|for|between|that)|what (?:is|are|causes|does|do) (?!this\b|that\b|these\b|those\b|wrong\b|happening\b|going on\b|up with\b|(?:you|i|we|u|one) do (?:if|when)\b)(?:a |an |the )?|what's (?!this\b|that\b|these\b|those\b|wrong\b|happening\b|going on\b|up with\b)(?:a |an |the )?|how (?:do|does|can|would|should|could|will) (?:you|one|someone|somebody|people|a person|doctors) (?:\w+ )?|how (?:long|common|serious|dangerous) (?:is|are|does|do) (?:a |an )?|is it (?:safe|normal|ok|okay|possible|true|bad|dangerous) (?:to|that|if|for)(?<!\b(?:normal|ok|okay|bad) (?:to|that|if|for)(?=[^.!?]*?\b(?:my (?:left |right )?(?:chest|heart|lips?|face|tongue|throat|arms?|legs?|head|breathing|vision|eyes?|speech|stomach|tummy|belly|neck|skin|sick|vomit|poo|stool|wee|pee|urine)|me|i|i'm|im|i've|ive)\b))(?![^]*?\b(?:(?:\d+|an?|half an?) ?(?:mins?|minutes|hours?|hrs?) now|right now|at the moment|for the (?:last|past) (?:\d+|an?|half an?) ?(?:mins?|minutes|hours?|hrs?))\b)(?![^.!?]*?\bafter (?:taking|having taken|swallowing|having) (?:my|his|her|all|the whole|a whole|\d+)\b)(?! (?:i|he|she|we|they|u|my \w+) (?:just |already |accidentally |have |'ve |has )?(?:took|taken|had|ate|eaten|swallowed|drank|drunk|gave|given|injected|snorted|smoked|mixed))|(?:at|higher|high|more|increased) risk (?:of|for)|more likely to (?:get|have)|(?:vaccine|vaccination|jab|shot|screening|test|tests) (?:for|against)|(?:read|reading|heard|article|documentary|leaflet|video) about|(?:read|heard|saw|seen) (?:online |on (?:google|tiktok|reddit|facebook|instagram|youtube|the internet|the news) )?that |turned out (?:it was |to be )(?<=\b(?:years|months) ago\b[^.!?]{0,80}turned out (?:it was |to be ))(?:just )?(?:a |an )?|(?:essay|project|assignment|homework|presentation|dissertation|talk|course|exam|quiz|blog post|poster) (?:on|about)|research(?:ing)? (?:into |on |about )?|reading up (?:on|about)|(?:poster|leaflet|newsletter|handout|epq) (?:for|on|about)|(?:novel|book|film|movie|show|series|story|stories|podcast|play|documentary)s? (?:about|on)|(?:talk|talks|conversation|conversations|chat|dinners?|meals?|jokes?) (?:is|are) (?:all )?(?:about )?|jok(?:e|es|ing) (?:about|that)|first[- ]aid (?:kit|box|bag|course|training|class) (?:for|with|on)|(?:a|the) (?:talk|lesson|assembly|class|lecture|session|workshop) (?:about|on)|(?:studying|revising|learning) first[- ]aid (?:for|on)|(?:revising|studying|learning|swotting) (?:for|about) (?:my|a|the|an|our) (?:[\w-]+ ){0,3}?(?:exam|exams|test|course|assessment|quiz|module|class)(?:\s*[-–:]\s*(?:for|on|about|with)?|,?\s+(?:for|on|about|with))|(?:discussing|discussed|debating) (?!with\b)|podcast (?:about|on)|(?:course|class|lecture|lesson|training|module|we|they) (?:covered|covers|was on|is on|taught (?:us|me) about|learn(?:ed|t)? about)|worried about (?:getting|catching|having)|(?:should|need to|needs to|ought to|must|do|does) (?:[a-z]+ ){0,2}know about (?!(?:my|his|her|their|our|the|this|that|these|those|it|him|them|me)\b)|should (?:i|we) (?:be )?(?:worried|concerned|worry) about (?!(?:my|his|her|their|our|the|this|that|these|those|it|him|them|me)\b)(?:(?:getting|developing|having) )?|afraid of (?:getting|having)|to (?:prevent|avoid)|to (?:stop|prevent|avoid) (?:another|any more|future|further) |can (?:you|one|someone|people|u) (?:actually |really |ever )?(?:get|have|die|catch|(?=overdose|od\b))|what (?:should|do|would|can) (?:i|we|you|one|someone|a person|people) (?:do|look out for|watch for) (?:for|about|with)|how (?:do|can|should|would) (?:i|we) (?:use|give|know|tell|treat|spot|recogni[sz]e|lower|reduce|prevent|avoid)|(?:lower|reduce) (?:his|her|my|the|their|your) risk|can (?:i|he|she|we|you|my \w+) (?:get|catch|pass on|give (?:him|her|them|it))(?: (?:a|an))?)\b/g;

/**
 * Where a sentence turns hypothetical, to its end: "if my child has a fit...", "what should I
 * do if...", "just in case", "random question but if my kid ever swallowed..." (stop 49,
 * fresh-triage-p29v kn013), "what am I actually meant to do if", a care plan's "no ambulance unless
 * over 5 mins" (fresh-triage-p30k).
 */
export const HYPOTHETICAL_CUE =
  /(?:^\W*(?:(?:hi|hello|hey|doctor|doc|so|and|also|ok|okay|quick question|just wondering|hypothetically|theoretically|purely hypothetically|in theory|hypothetical question|random question|(?:a )?(?:quick|random|silly|daft|stupid|weird|odd|general) (?:question|one|q) but|but)[,!.:\s]+)*(?:if(?! (?:you|anyone|anybody|someone) (?:can|could)| possible)|suppose|supposing)\b|\b(?:what if|in case|just in case|what (?:should|do|would|can|to|are|am|is|were) (?:i|we|you|one|someone|a person|people)? ?(?:(?:actually|really|normally|usually|even|meant to|supposed to|expected to|ought to|not|never) ){0,2}do (?:if|when|in case)|what(?:'s| is) the (?:right|best|correct|safest) (?:thing|way) to do (?:if|when)|what to do (?:if|when)|what happens (?:if|when)|how (?:do|would|can|will|could) (?:i|you|we|one) (?:know|tell) (?:if|when|whether)|should (?:i|we|you) ever|what would (?:\w+ ){0,6}(?:feel|look) like|in the event (?:of|that)|if ever|unless (?:it's |it is |it goes |he's |she's |they're |the (?:seizure|fit) (?:is |goes |lasts )?|it lasts )?(?:over|more than|longer than|beyond) \d+ ?(?:mins?|minutes|seconds|secs))\b)/g;

/**
 * A clinician, a service or a test, named: "they" is left out, since a bare "they were" is no
 * verdict (CLEARED).
 */
// Not a watch's or an app's ECG ("did an ECG on my watch and it says sinus rhythm so its not my
// heart right?" with chest pain into the jaw; phase 25, fresh-triage-p26z hr017).
const CLINICIAN_NAMED =
  '(?:doctor|doctors|doc|gp|a&e|a and e|er|hospital|nurse|nurses|paramedics?|ambulance(?: crew)?|111|out of hours|ooh|consultant|midwife|midwives|dentist|optician|pharmacist|specialist|clinic|team|unit|surgery|registrar|cardiologist|neurologist|paediatrician|pediatrician|paeds|health visitor|obstetrician|dermatologist|psychiatrist|urologist|gynaecologist|gynecologist|rheumatologist|endocrinologist|gastroenterologist|scan|mri|ct|x-?rays?|(?<!\\b(?:watch|app|apple watch|fitbit|kardia|smartwatch|phone) )(?:ecg|ekg)(?! (?:on|from|with) (?:my|his|her|the|a) (?:watch|phone|app|fitbit|smartwatch|apple watch))|tests?|bloods|blood tests?|ultrasound|results?|monitoring|trace)';

/** Someone whose "it's fine" clears a symptom: a clinician, a service or a test. */
export const CLINICIAN = `(?:they|${CLINICIAN_NAMED})`;

/**
 * A service that cannot be reached is no verdict: "the nurse line is closed till the morning,
 * ok to wait?" (blind-16: fever on chemotherapy read as cleared). Nor one not due yet: "the
 * midwife isn't due till Friday" (phase 23: a wound leaking pus read as cleared). Nor one whose
 * appointment is still to come: "gp appointment is tuesday, is that ok?" (phase 25 probes: it
 * cleared a numb bottom with trouble passing urine).
 */
// Nor one never called ("paramedics weren't called cause the car was ok ish"; phase 25, stop 46,
// fresh-triage-p28g iy101: a crash at 30 weeks with pain and bleeding read as cleared).
const NOT_OPEN =
  "(?![^.!?,]{0,25}?\\b(?:(?:weren't|wasn't|were not|was not|not|never|didn't get) (?:called|rung|phoned|contacted|involved|come|there)|closed|shut|(?:not|isn't|doesn't|does not|won't|don't) (?:open|answer\\w*|pick\\w* up)|(?:not|isn't|aren't|won't be) (?:due|coming|visiting|back|in|here|around|available|free|until|till)|busy|engaged|unavailable|off|appointments?|appts?|review|booking|referral|contactable|reachable|weekdays?|office hours|working hours|costs?|charges?|[£$€]\\d+|\\d+ (?:hours|hrs|hour|hr) (?:wait|queue)|(?:is|are) \\d+ (?:hours|hrs))\\b)";

/**
 * Said after a check by a clinician or a test: what was there before is cleared. The scope is
 * the sentence that says so and the one before it. A person's own "I'm fine" clears nothing.
 * "Only" or "just" before a figure is a reading, not a verdict: "the nurse said his pulse was
 * only about 39". "Still nothing" or "still no ..." says the sign goes on after advice was
 * followed, not that a check found nothing: "I had a cold drink and lay on my left side like
 * they say and still nothing" after "I don't think I've felt him move at all today" (phase 14,
 * helper recall; it cleared the baby not moving).
 * "They" with a bare "was", "is" or "were" is no verdict: "he thought they were sweets no pain
 * at all is it ok to wait" (phase 25, fresh-triage-p25f fx096: two magnets swallowed, read as
 * cleared); "they said it was fine" still is, and so is "the gp ... they were happy". Nor is a
 * question after an appointment: "seeing the GP next Thursday, is that ok" (phase 25, found
 * while trying "physio" as a clinician, which cleared cauda equina syndrome and was dropped).
 */
/** Words of refusing to go or to call ("won't", "refuses to"...): NOT_REFUSED, CARE_REFUSED. */
export const REFUSING =
  "(?:won't|wont|will not|refuses to|refused to|refusing to|doesn't want to|does not want to|didn't want to|not going to|isn't going to|wouldn't|would not)";

/**
 * Not a place or a clinician refused: "he wont go to hospital, he says hes fine" names no one
 * who saw him (phase 25, stop 46, fresh-triage-p28b it015: an electric shock with a fluttering
 * heart read as cleared).
 */
const NOT_REFUSED = `(?<!\\b${REFUSING} (?:go (?:to |in(?:to)? )?|see (?:a |the )?|call (?:a |an |the )?)?(?:the |a |an )?)`;

// Not the writer's own word ("paramedics came but i said i was fine"; phase 25, fresh-triage-p27f
// hx135), nor a clinician who said to go in ("GP rang and said hospital now but she feels fine"; phase
// 25, fresh-triage-p26y hq096: a lithium level of 2.3 had been cleared), nor "they said someone
// will call but no one has", "said they'd phone but nobody has" (stop 50, fresh-triage-p29w
// ko154: an INR of 8.6 had been cleared).
export const CLEARED = new RegExp(
  `${NOT_REFUSED}\\b${CLINICIAN}\\b${NOT_OPEN}[^.!?]{0,80}?\\b(?:(?<!\\b(?:i|we) )(?:(?:said|says|say|told (?:me|us|him|her|them))(?! to (?:ring|call|phone|go|come|see|book|contact|get|attend|speak|take|stop|start|miss|skip))(?! (?:that )?(?:they|she|he|someone|somebody|a (?:doctor|nurse|pharmacist))(?:'d|'ll| would| will| will be| would be)? (?:phone|call|ring|get back|contact|text|be in touch|send)\\b)(?! (?:(?:she|he|they|we|i|you) (?:should|must|needs? to|has to|have to) )?(?:go (?:to )?|get (?:to )?|come (?:in|to) )?(?:the )?(?:hospital|a&e|a and e|999|er|emergency department|urgent care|resus)\\b)|confirmed|reassured (?:me|us|him|her)?|assured (?:me|us)|were happy|was happy|found|showed|shows|came back|(?:was|were|is|are)(?<=\\b${CLINICIAN_NAMED}\\b[^.!?]{0,80}?\\b(?:was|were|is|are))(?! (?:that|this|it|everything|he|she) (?:ok|okay|fine|normal|alright|all right|safe)\\b))\\b[^.!?]{0,30}?\\b(?:fine|normal|ok|okay|(?<!\\bstill )(?:nothing|no(?! one (?:has|had|have|did|does|called|rang|came|phoned|answered|got back|is|was)\\b))|not(?! immune)|(?:just|only)(?!\\s+(?:about\\s+|around\\s+|roughly\\s+|under\\s+|over\\s+)?\\d)(?!\\s+(?:buy|get|go|wait|take|ring|call|phone|do|use|see|have|need|want|pay|book|try|put|leave|stay|ignore|sit|rest|come|head|drive|walk|tape|clean|bandage|plaster|steri|contactable|available|open|reachable|answer\\w*|on|in|at|for|till|until|there|weekdays|after|before|when|if)\\b)|viral|a sprain|safe|clear|negative|healthy|all good|reassuring|well|happy|muscular|anxiety|indigestion|reflux|heartburn|a virus|benign|a pulled muscle|a strain|sprained|trapped wind|wind|stress|a migraine|migraine|harmless|ectopics|ectopic beats|benign ectopics)\\b|x-?rayed)|\\b(?:all clear|given the all clear|discharged|sent (?:me|him|her|us) home|nothing (?:found|to worry))\\b|(?<=\\b${CLINICIAN}\\b[^.!?]{0,80})\\bnothing (?:serious|wrong)\\b|\\b${CLINICIAN}\\b (?:has|have|had) (?:already )?(?:seen|checked|looked at) (?:them|it|this|these|those)(?: before| already| lots of times| many times)\\b`,
);

/**
 * Where time words stop applying: clause breaks plus commas and "and", "so" ("had covid
 * years ago, and I have X" — the X is now).
 */
export const SEGMENT_BREAK = new RegExp(`${CLAUSE_BREAK.source}|,|\\b(?:and|still|so)\\b`, 'g');

/** Said of a whole sentence: "my speech gets muddled..., it's been like that for years". */
export const HISTORY_SENTENCE =
  /\b(?:(?:it's|it has|has|have|it is|that's|been) (?:always )?been like (?:that|this) for (?:years|ages|a long time|as long as i can remember)|(?:always|for years) been like (?:that|this)|for years now|nothing new)\b/;

/**
 * A story, a talk or a kit that a crisis word is the subject of, even in a message that names
 * a person: "my book club is reading a novel about a suicide", "our dinner talk is all
 * overdoses". Up to four words may follow the cue.
 */
export const TOPIC_BEFORE =
  /\b(?:research(?:ing)? (?:into |on |about )?|reading up (?:on|about)|(?:poster|leaflet|newsletter|handout|essay|project|assignment|dissertation|epq|presentation) (?:for|on|about)|(?:signs?|symptoms?|tell|know|spot|look out for|watch for|notice) (?:\w+ ){0,6}?(?:that|if|whether|when) (?:someone|somebody|a person|people|anyone) (?:might|may|could|would|is|are)(?: be)?|(?:novel|book|film|movie|show|series|story|stories|podcast|play|documentary|episode|article|song)s? (?:about|on)|(?:talk|talks|conversation|conversations|chat|dinners?|meals?|jokes?) (?:is|are) (?:all )?(?:about )?|jok(?:e|es|ing) (?:about|that)|first[- ]aid (?:kit|box|bag|course|training|class) (?:for|with|on)|(?:a|the) (?:talk|lesson|assembly|class|lecture|session|workshop) (?:about|on)|(?:studying|revising|learning) first[- ]aid (?:for|on)|(?:discussing|discussed|debating) |podcast (?:about|on)|(?:course|class|lecture|lesson|training|module|we|they) (?:covered|covers|was on|is on|taught (?:us|me) about|learn(?:ed|t)? about))(?:\s+(?:a|an|the|\w+,?)){0,4}\s*$/;

/** Words right after a condition that make it a topic, not a symptom: "shingles vaccine". */
export const TOPIC_AFTER =
  /^\s*(?:vaccines?|vaccinations?|jabs?|shots?|boosters?|screening|tests?|testing|awareness|leaflets?|clinic|risk|prevention)\b/;

/**
 * A clause about the distant past or a long-standing pattern: not happening now. "In the past
 * hour", "in the past 24 hours", "in the past few minutes" are now, not the past (phase 14,
 * helper recall: "passed large amounts of dark red blood ... three times in the past hour and
 * nearly blacked out" was read as history, the bleed unread).
 */
export const HISTORY =
  /\b(?:(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple of|some)\s+)?(?:years?|yrs?|decades?|months?)\s+ago|last (?:year|yr|summer|winter|spring|autumn|fall|christmas)|years back|in the past(?! (?:(?:\d+|few|couple of|two|three|four|five|six|twelve|24|48|half|half an?) )?(?:minutes?|mins?|hours?|hrs?|half hour|day|days|night|nights|24 hours|48 hours))|history of|h\/o|as a (?:child|kid|baby|teen\w*)|when (?:i|he|she) was (?:a |young|little|pregnant|\d+)|used to (?:get|have|suffer|be|take)|used to (?:do|use|smoke|inject|snort) (?:a lot of |loads of |lots of |some |a bit of )?(?:coke|cocaine|drugs|heroin|speed|mdma|ecstasy|weed|cannabis|ket|ketamine|crack|meth|pills)|previously|(?:in|during|with) my (?:first|last|previous|other|older) (?:pregnancy|baby|child)|after my (?:first|last|previous|other|older|second) (?:birth|labour|labor|delivery|baby|pregnancy|c-?section|caesarean|son|daughter)|in (?:19|20)\d\d|in the (?:19|20)?[0-9]0'?s|for (?:many |several |a few |some |\d+ |two |three |four |five |ten )?years|all my life|since (?:i was (?:a |an |little|young|small|tiny|born|at (?:school|uni|university|college)|in (?:school|my|year)|\d+|(?:\w+teen|twenty|thirty|forty|fifty|sixty)\w*)|childhood|birth)|like (?:that|this) for (?:years|ages|a long time)|on and off for (?:years|months)|my (?:only|last|first) (?:\w+ )?was)\b/;

/** A clause about days or weeks ago: an episode that has passed, still worth a check today. */
export const RECENT_PAST =
  /\b(?:(?:\d+|two|three|four|five|six|several|few|couple of|a couple of|a few)\s+(?:days?|weeks?|wks?)\s+ago|a (?:week|fortnight) ago|last (?:week|weekend|month)|the other (?:day|week)|earlier this (?:week|month)|a month ago)\b/;

/** In a cleared sentence: the clause says the symptom is back or worse. */
export const STILL_NOW_CLAUSE =
  /\b(?:but now|now (?:i|he|she|it|they|we|my|his|her|i'm|he's|she's)|again|worse|since then|still)\b/;

/** Between a clinician's "it's fine" and a later symptom: the symptom is new. */
export const BACK_AFTER =
  /\b(?:but|now|since|again|worse|today|tonight|this (?:morning|evening))\b/;

/** A past crisis that is back: "I tried years ago and feel that way again". */
export const CRISIS_RETURNING =
  /\b(?:again|come back|coming back|came back|returned|returning|back again|feel (?:that|this|the same) way|feeling (?:that|this|the same) way|those thoughts|these thoughts|(?:they're|they are|they've come|it's|it is|thoughts are|feelings are|urges are) (?:all |creeping |coming )?back|creeping back|crept back|back to (?:feeling|thinking|having)|started up again|still (?:think|thinks|thinking|dream|dreaming) (?:about|of) (?:it|that|doing it|ending|dying|suicide|killing)|(?:written|wrote|writing|left) (?:a |my |the |some )?(?:note|notes|letter|letters|goodbye)|giv(?:e|en|ing) away (?:my|his|her|their) (?:things|stuff|belongings|possessions)|(?:bought|buying|got|collected|saved up|stockpil\w+|hoard\w*) (?:a |some |the )?(?:rope|pills|tablets|paracetamol))\b/;

/** Words in the same clause that bring a past episode back to now. */
export const STILL_NOW =
  /\b(?:since|still|now|again|keeps?|getting worse|worse|worsening|ongoing|continu\w*|every day|all (?:day|week))\b/;

// Cheap guards, each a superset of the words its cue expression above needs: scope.ts runs
// (and compiles) the large expressions only on text that could hold them.
export const MAY_BE_HYPOTHETICAL = /\b(?:if|case|suppose|supposing|what|how|should|event|unless)\b/;
export const MAY_BE_CLEARED = new RegExp(
  `\\b${CLINICIAN}\\b|\\b(?:all clear|discharged|sent|nothing)\\b`,
);
export const MAY_BE_ABOUT =
  /\b(?:signs?|symptoms?|red|causes?|risks?|chances?|complications?|stages?|types?|(?<!\b(?:on|having|getting|under|receiving|during|after|started|starting|finished|had|in|my|his|her) )treatments?|prevention|definition|difference|what|what's|how|is|at|higher|high|more|increased|vaccines?|vaccination|jab|shot|screening|tests?|read|reading|heard|article|documentary|leaflet|video|essay|project|assignment|homework|presentation|dissertation|talk|course|exam|quiz|blog|poster|novel|book|film|movie|show|series|story|podcast|play|documentary|talks?|conversations?|chat|aid|stories|assembly|session|workshop|discussing|discussed|debating|podcast|dinner|dinners|meal|meals|joke|jokes|joking|covered|covers|learned|learnt|taught|course|class|lecture|lesson|training|module|worried|afraid|prevent|avoid|can|lower|reduce|research|researching|reading|poster|leaflet|newsletter|handout|epq)\b/;
export const MAY_BE_NEGATED =
  /\b(?:no|not|never|without|nor|neither|none|free|absence|negative|rule|ruled|deny|denies|denied|denying|nothing|unable)\b|n't\b/;

/** The writer or someone close told of in a sentence: "i", "my", "me", "he", "she". */
export const FIRST_PERSON =
  /\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|mine|myself|we|our|us|he|she|his|her|him|they're)\b/;

/**
 * A comparison with an earlier episode, to the end of its stretch: "the chest pain is back the
 * same as when i had my heart attack last year" (phase 25, fresh-triage-p27i ia028). Its time
 * words date the episode compared with, not the sign told before it.
 */
export const COMPARED_WITH_PAST =
  /\b(?:(?:the )?same as|just like|exactly like|like|as bad as|worse than|similar to) (?:when|the time|last time|it was when|it did when|before when)\b[^]*$/;
