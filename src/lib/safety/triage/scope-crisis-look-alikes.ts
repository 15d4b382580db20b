// Data for scope.ts: crisis words that are no crisis now, each match set aside whole (read
// through FIGURATIVE_CUES, scope-cue-lists.ts). Phase 25, fresh-triage-p27j's 999 over-reads: a
// year clean from self-harm marked as a milestone, an old suicide-attempt scar "10 years on",
// song lyrics quoted and asked about, "kill myself if united lose", "this essay is making me want
// to die lol". Each keeps its dangerous twin: a milestone then "but cut again last night" (the
// cut is outside the match), a lyric typed as "texted me", a threat tied to a person leaving.
// Regular expressions over normalized text (normalize.ts writes an opening quote as ").

const SH = '(?:self[- ]?harm(?:ing|ed)?|sh|cutting|self[- ]?injury|hurting myself|burning myself)';
const SPAN =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a full|a whole)';
const UNIT = '(?:days?|weeks?|months?|years?|yrs?)';

export const CRISIS_LOOK_ALIKE = new RegExp(
  [
    // "been clean from self harm 1 year today", "6 months self harm free", "a year clean of sh".
    `\\b(?:clean|free) (?:from|of) ${SH}(?: for)?(?: ${SPAN} ${UNIT})?`,
    `\\b${SPAN} ${UNIT} (?:clean|free)(?: (?:from|of) ${SH})?`,
    `\\b${SH}[- ]free (?:for )?(?:${SPAN} ${UNIT})?`,
    // "a tattoo over an old suicide attempt scar", "my old self harm scars".
    '\\b(?:old|faded|healed) (?:suicide attempt |attempt |self[- ]?harm |sh |cutting )?scars?',
    '\\b(?:tattoo|tattoos|cover up|covering|cover) (?:over|up|for) (?:my |an |the |some )?(?:old )?(?:suicide attempt |attempt |self[- ]?harm |sh )?scars?',
    // Lyrics quoted and asked about: "lyrics stuck in my head 'i want to end it all tonight' – is
    // that from a song?".
    '\\b(?:lyrics?|song|chorus|verse|line|quote)\\b[^.!?"]{0,40}"[^"]{1,120}?(?:\'|"|$)',
    '"[^"]{1,120}?[\'"]\\s*(?:-|–|—|,)?\\s*(?:is (?:that|it|this) |was (?:that|it) )?(?:from|in|a line from|lyrics? (?:from|to)|the name of) (?:a |the |that |an )?(?:song|film|movie|book|show|poem|play|musical|album|band)',
    // Over a football result: "gonna kill myself if united lose again".
    "\\b(?:kill myself|kms|top myself|end it|die|jump off a bridge) if (?:\\w+ ){1,3}(?:lose|loses|lost|draw|draws|get relegated|go down|don't win|dont win|concede|bottle it)\\b",
    // The same with the joke before it: "lol this essay is making me want to die".
    '(?<=\\b(?:lol|lmao|haha\\w*|rofl|😂|💀|🤣|😭)[^.!?]{0,30})\\b(?:this|that|the|my|these|those) (?:\\w+ ){0,2}(?:essay|homework|assignment|exam|revision|deadline|coursework|meeting|traffic|queue|heat|weather|commute|song|game|show|episode|lecture|shift|spreadsheet|email|emails|admin|tax return|quiz|maths?|chemistry|physics) (?:is |are |was )?(?:making|makes|made) me (?:want to|wanna) (?:die|kms|kill myself|end it)\\b',
    // A chore or a task that is "making me want to die", with a joke: "lol this essay is making me
    // want to die".
    '\\b(?:this|that|the|my|these|those) (?:\\w+ ){0,2}(?:essay|homework|assignment|exam|revision|deadline|coursework|meeting|traffic|queue|heat|weather|commute|song|game|show|episode|lecture|shift|spreadsheet|email|emails|admin|tax return|quiz|maths?|chemistry|physics) (?:is |are |was )?(?:making|makes|made) me (?:want to|wanna) (?:die|kms|kill myself|end it)\\b(?=[^.!?]{0,40}\\b(?:lol|lmao|haha\\w*|rofl|jk|😂|💀|🤣|😭)|\\s*(?:😂|💀|🤣|😭))',
    // Stop 49 (fresh-triage-p29x): a habit asked about by its name ("i pick at my skin when im
    // anxious until it bleeds a bit ... is that self harm? im not suicidal": kp030), an old habit
    // told as over ("used to self harm, 2 years clean": kp146; not "used to self harm and last
    // night i cut again") and a child's questions ("watched 13 Reasons
    // Why and now asks me questions about suicide": kp044). What is told outside the match
    // (cutting now, "started again") is read as before.
    `\\b(?:is|does) (?:that|this|it) (?:count as |counted as |class as |classed as |considered |called )?(?:a form of |a kind of |a type of )?${SH}(?= ?\\?)`,
    `\\b(?:(?:i|he|she|they|we) )?used to ${SH},? (?:but |and )?(?:i'm |i am |now |been |i've been |have been )?(?:${SPAN} ${UNIT} )?(?:clean|free)`,
    '\\b(?:asks?|asking|asked) (?:me |us |him |her |them )?(?:\\w+ ){0,2}?(?:questions?|things|stuff|lots|a lot) about (?:suicide|suicidal thoughts|self[- ]?harm|killing (?:yourself|themselves|himself|herself)|death|dying)\\b',
    // Stop 53: the phrase said or posted every time something small goes wrong, told with a laugh
    // or a reassurance ("says 'i want to die' every time she loses at fortnite lol", "says 'kms'
    // every time his game lags. hes happy", "posted 'kms' in the group chat when he got a D in his
    // mock lol"), a catchphrase, and "if one more person books a meeting at 4:55 im going to kill
    // myself lol". Six spent 'routine' messages read as 999; a plan, tablets or "tonight" told
    // outside the match is read as before, and without the laugh or the reassurance nothing is
    // set aside.
    `\\b(?:says|said|say|saying|keeps saying|always says|posts|posted|posting|texts|texted|screams|screamed|shouts|shouted|goes) (?:\\w+ ){0,3}?["']?(?:i want to die|i wanna die|i'm gonna kill myself|im gonna kill myself|i'm going to kill myself|im going to kill myself|kms|i wish i was dead|i wish i were dead|i want to disappear)\\b["']?(?: \\w+){0,6}? (?:every time|whenever|each time|when (?:she|he|they|i|we) (?:\\w+ ){0,2}?(?:loses?|lost|fails?|failed|burns?|burnt|misses|missed|got an?|gets an?|lags?|lagged))\\b(?=[^]*?\\b(?:lol|lmao|haha\\w*|happy|laughing|laughed|catchphrase|dramatic|fine otherwise|otherwise fine|how (?:they|kids|teens) talk)\\b)`,
    "\\b(?:like|its like|it's like|as) (?:a|her|his|their) catchphrase\\b",
    "\\bif one more (?:[\\w:']+ ){1,12}?(?:i'm|im|i am|i'll|ill) (?:going to|gonna|gunna)? ?(?:kill myself|die|kms|end it)\\b(?=[^.!?]{0,20}\\b(?:lol|lmao|haha\\w*|jk)\\b)",
  ].join('|'),
  'g',
);

/** Cheap guard for CRISIS_LOOK_ALIKE. */
export const MAY_BE_CRISIS_LOOK_ALIKE =
  /\b(?:clean|free|scars?|lyrics?|song|chorus|verse|line|quote|lose|loses|lost|draw|relegated|making me|makes me|made me|used to|(?:questions?|things|stuff|lots|a lot) about|(?:is|does) (?:that|this|it)|catchphrase|kms|die|dead|disappear|kill myself|end it)\b|"/;
