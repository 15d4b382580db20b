// Lexicon, phase 25 fifty-fifth round: mood, crisis and self-harm, a third author on the theme
// (fresh-triage-p27j.json, committed unread at 0ad7bd4, read once at b958a81: 6 of 40
// emergencies missed, 12 of 80 urgent messages read routine). The warning signs told in other
// words: "decided tonight's the night" after feeling better, a farewell post and nobody can get
// hold of him, a father who shot his dog and "says he is next" with the gun still in the house,
// "i can fly" and going up to the roof, a will sorted and debts paid off, a watch, medals, a
// wedding ring or a guitar given away, "not being around by christmas", "won't be needing them",
// an overdose question with the tablets already taken. Sources: NICE NG225 (self-harm), Samaritans
// and NHS "help for suicidal thoughts" (warning signs: putting affairs in order, giving things
// away, a sudden calm, saying goodbye), Zero Suicide Alliance (access to means, a firearm above
// all), TOXBASE (paracetamol over 150 mg/kg or any staggered or uncertain dose: A&E). Pattern
// language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Things a person treasures, given to someone. */
const TREASURED =
  '(watch|watches|medals?|rings?|wedding ring|engagement ring|guitar|plants|jewellery|jewelry|necklace|bracelet|savings|records|vinyl|collection|car|car keys|dog|cat|books|paintings|tools|bike|laptop|games console|xbox|playstation|clothes|photos)';

export const CRISIS_THIRD_SIGNS: Concepts = {
  // "decided tonight's the night", "today is the day" said alone.
  decided_the_night: [
    "(decided|i've decided|made my decision|made up my mind|it's decided|my mind is made up)[^.!?]{0,30}(tonight|today)('s| is| will be) (the )?(night|day|it)(?=\\s{0,2}[.!?,]|$)",
    "(tonight|today)('s| is) the (night|day)(?=\\s{0,2}[.!?]|$)",
  ],
  // Gone out, by water or a height, telling no one to wait: "going for a walk by the river and
  // not to wait up, and left her phone".
  gone_no_wait: [
    "(don't|do not|not to|no need to|told (me|us) not to) wait up",
    '(left|leaving|without) (his|her|their|my) (phone|mobile|wallet|purse|keys) (on|at|behind|in)',
  ],
  // Nobody can reach them: "nobody can get hold of him".
  nobody_reaches: [
    "(nobody|no one|noone|none of us|we) (can|can't|could|couldn't|has been able to|is able to|are able to|cannot) (get hold of|reach|contact|get through to|find|get an answer from) (him|her|them)",
  ],
  // A follow-up that did not come: "meant to get a call from the crisis team within 48h but
  // nobody's called".
  followup_missed: [
    // "said the mental health team would ring today but nobody has" (phase 25, stop 46,
    // fresh-triage-p28m je147).
    "(said|told me|told us|promised) (that )?(the )?(crisis|home treatment|mental health|liaison|community|cmht|psych) team (would|were going to|was going to|will|'d) (ring|call|phone|visit|see|contact)[^.!?]{0,60}\\b(nobody|nobody's|no one|no one's|noone|never|hasn't|haven't|hasnt|havent|didn't|not) (has|have|did|yet)?",
    "(meant|supposed|due|told i would|said i would|said they would|promised) (to )?(get|have|be given|call|ring|see|visit) ~8 (crisis|home treatment|mental health|community|cmht|follow ?-?up)[^.!?]{0,60}\\b(nobody|nobody's|no one|no one's|noone|never|hasn't|haven't|hasnt|havent|didn't|not) (has )?(called|rang|rung|come|came|phoned|been in touch|contacted|heard)",
  ],
  // Going up to a roof or a height.
  going_up_roof: [
    '(going|gone|went|heading|climbing|climbed|getting) (up )?(to|onto|on to|on) (the |a |our |his |her )?(roof|rooftop|top floor|top of the (building|car park|multi-?storey|flats))',
  ],
};

/**
 * Contexts: only a negation cancels them. Things given away "last weekend", a will sorted, a gun in
 * the house: the dating of the telling does not make them over.
 */
export const CRISIS_THIRD_CONTEXT: Concepts = {
  // A treasured thing given to someone: "gave me his watch and his medals", "gave my sister her
  // wedding ring", "gave me her guitar and her plants".
  giving_treasured: [
    `(gave|given|giving|handed|handing|passed|passing) (me|us|him|her|them|my \\w+|his \\w+|her \\w+|our \\w+) (all )?(his|her|their|my) (\\w+ ){0,2}${TREASURED}\\b`,
    `(gave|given|giving) away (all )?(his|her|their|my) (\\w+ ){0,2}${TREASURED}\\b`,
  ],
  // "said he won't be needing them".
  wont_need_them: [
    "(won't|will not|wont|will no longer|shan't) (be )?(needing|need) (it|them|these|those|that|this|any of (it|them)) ?(anymore|any more|again|where (i'm|he's|she's|they're|im|hes|shes) going)?",
  ],
  // "not being around by christmas", "not be here for the summer".
  not_around_by: [
    '(not|no longer) (being|be|going to be|gonna be) (around|here|alive|about) (by|for|at|after|past|until|till) (christmas|new year|easter|the summer|summer|\\w+day|next \\w+|the weekend|then|my birthday|her birthday|his birthday)',
  ],
  // Someone says they are next after a death or a killing.
  says_next: [
    "(says|said|saying|told me|told us|keeps saying) (that )?(he|she|i|they)('s| is| am|'m| are|'re| will be|'ll be) next(?! (in|for|to|on|up|week|month|year|door|time)\\b)",
  ],
  // A gun at home or licensed: "a shotgun licence and the gun is still in the house".
  firearm_access: [
    '(gun|guns|shotgun|shotguns|rifle|rifles|firearm|firearms|pistol) (licence|license|cabinet|safe|certificate)',
    '(gun|shotgun|rifle|firearm|pistol)s? (is |are )?(still )?(in the house|at home|in his house|in her house|in the shed|in the garage|under (his|her|the) bed|in the cabinet|loaded)',
    '(has|have|got|owns|keeps) (a |his |her )?(gun|shotgun|rifle|firearm|pistol)s?\\b',
    // A pet shot: the gun is there and has been used.
    '(shot|has shot) (his|her|their|the) (dog|cat|horse|pet)',
  ],
  // A will sorted, debts paid off: putting affairs in order in lay words.
  affairs_lay: [
    '(sorted|sorting|sort) out (his|her|my|their) (will|funeral|pension|savings|bank accounts?)',
    '(made|making|wrote|written|writing|updated|updating|changed|changing|redone|redid) (a |his |her |my |their )?(new )?will\\b',
    '(paid|paying|pay) off (all )?(of )?(his|her|my|their|the|her little|his little|little|small|all the|all her|all his)? ?(debts|loans|credit cards?|bills)',
    '(cancelled|canceled|cancelling) (all )?(his|her|my|their) (subscriptions|direct debits|phone contract)',
  ],
};

/** Never filtered by scope: the count asked about, read with the tablets already taken. */
export const CRISIS_THIRD_CUES: Concepts = {
  // The overdose asked about, with a count, in lay words: "can you overdose on 16 paracetamol".
  od_count_question: [
    '(overdose|od|die|kill (you|yourself|urself|u|someone)) (on|from|with|off|taking|if you take) ~2 ([5-9]|[1-9][0-9]|five|six|seven|eight|nine|ten|twelve|fifteen|sixteen|twenty\\w*|thirty\\w*) (of )?(\\w+ )?(paracetamol|co-?codamol|ibuprofen|tablets|pills|sertraline|citalopram|fluoxetine|amitriptyline|diazepam|zopiclone|codeine|tramadol|aspirin|antidepressants|sleeping pills|painkillers)',
    // How long a count takes to act: "how long would 40 diazepam and a bottle of wine take to
    // work. asking for me. i've already had them" (stop 50, fresh-triage-p30i la066).
    '(how long|how quickly|how fast|how soon) (would|will|does|do|did|till|until|before|does it take for|would it take for|will it take for|does it take|would it take) ~2 ([1-9][0-9]|ten|twelve|fifteen|sixteen|twenty\\w*|thirty\\w*|forty\\w*|fifty) (of )?(\\w+ )?(paracetamol|co-?codamol|ibuprofen|tablets|pills|sertraline|citalopram|fluoxetine|amitriptyline|diazepam|zopiclone|codeine|tramadol|aspirin|antidepressants|sleeping pills|painkillers|propranolol|quetiapine|mirtazapine)\\b',
  ],
};
