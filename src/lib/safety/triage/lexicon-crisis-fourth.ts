// Lexicon, phase 25, stop 46 first round: mood, crisis and self-harm, a fourth author on the
// theme (fresh-triage-p27z.json, committed unread at da764f3 and read once there: 6 of 40
// emergencies missed, 7 of 40 same-day messages read routine). The acts and plans told without
// a crisis word: tablets lined up and counted with "is 40 enough", a drunk partner driving off
// "saying he'll put the car into a wall", a whole insulin pen injected "on purpose", the rest of
// a strip taken "with most of a bottle of wine"; a young man standing stiff in one position,
// mute and not drinking (catatonia). Sources: NICE NG225 (self-harm: any intentional overdose,
// A&E), Samaritans and Zero Suicide Alliance (a threat with the means at hand is an emergency:
// 999), TOXBASE (insulin overdose: prolonged hypoglycaemia), Royal College of Psychiatrists
// (catatonia with no food or fluid is a medical emergency). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Whole-pen or whole-vial insulin words. */
const INSULIN =
  '(pen|pens|vial|insulin|novorapid|novo rapid|humalog|fiasp|lantus|levemir|tresiba|toujeo|abasaglar|apidra|humulin|lyumjev|semglee|admelog)';

export const CRISIS_FOURTH_SIGNS: Concepts = {
  // Tablets set out and counted, asking whether the number is enough ("got them all lined up on
  // my desk and counted them twice. is 40 enough or do i need more"): not a supply question
  // ("is 28 enough to last till my review").
  means_counted_enough: [
    '(lined up|laid out|set out|counted|saved up|stockpiled|hoarded) ~14 (is|are|will|would) (\\d+|that|these|those|they|it|them) (\\w+ )?(be )?enough(?! ~~4 (to last|for the|for my|for a|for his|for her|till|until|while|during))',
    '(is|are|will|would) (\\d+|that|these|those|they|it|them) (\\w+ )?(be )?enough or (do|would|will) (i|he|she) need more',
  ],
  // A threat to crash a car on purpose ("saying he'll put the car into a wall and i'll be
  // sorry"), not a crash that happened.
  car_crash_threat: [
    "(he'll|she'll|i'll|he will|she will|i will|gonna|going to|threaten\\w*|said (he|she) would|said (he|she)'d|says (he|she) will|saying (he|she) will|wants to|want to) ~3 (put|drive|crash|smash|wrap|plough|plow|steer|ram) (the|his|her|my|their|a) (car|van|motor|truck) (into|in|off|under) (a|the) (wall|tree|bridge|lorry|river|cliff|barrier|pole|motorway|train|bus)",
    "(he'll|she'll|i'll|he will|she will|i will|gonna|going to|threaten\\w*|said (he|she) would|said (he|she)'d|says (he|she) will|saying (he|she) will|wants to|want to) (drive|crash|steer) (off|into) (a|the) (wall|tree|bridge|cliff|river|lorry|motorway)",
  ],
  // A whole insulin pen or vial injected at once ("injected my whole novorapid pen").
  insulin_whole_injected: [
    `(injected|inject|done|did|emptied|put in) (my |the |his |her |a )?(whole|entire|full|all (of )?(my|the|his|her)|all the) (\\w+ )?${INSULIN}`,
  ],
  // The rest of a named medicine's strip or box ("took the rest of my sertraline strip").
  rest_of_pack_named: [
    "(swallowed|took|taken|had|downed|necked) the rest of (the|my|his|her|their) [a-z'-]+ (packet|pack|box|bottle|strip|tablets|pills)",
  ],
  // Catatonia in lay words: standing or lying in one position for hours or days, stiff.
  held_one_position: [
    '(stands?|standing|stood|sits?|sitting|sat|lies|lying|lay|stays?|staying|stayed) (there |still )?(frozen )?in (the same|one) (position|spot|place|pose|posture)',
    "(barely|hardly|hasn't|has not|not) moved (for|in|since) (hours|days|\\d+ days|two days|a day|yesterday)",
    // "just lies staring, won't move or speak when we talk to him" (p28m je082).
    '(lies|lying|lay|sits|sitting|sat) (there )?(just )?(staring|frozen|motionless|like a statue)',
    "(won't|wont|doesn't|doesnt|can't|cant) (move|respond) or (speak|talk|respond)",
  ],
  // The same day (7 of 40 read routine): stopped a day or days ago, told without the drink or
  // the tablet in the sentence ("I drink about a litre of vodka a day. stopped yesterday
  // morning"; "diazepam ... for 6 years ... so I stopped 3 days ago"): read with a heavy habit
  // named (NICE CG100, alcohol withdrawal; BNF, benzodiazepine withdrawal: same day).
  stopped_days_ago: [
    '(stopped|quit|came off|gave up|stopped it|stopped them) (\\d+|two|three|four|five|a few|a couple of|couple of|few) days ago',
    '(stopped|quit|came off|gave up) (yesterday|last night|this morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))( morning| night| evening)?',
    // In other Englishes: "so I stop 2 days before" (stop 53, fresh-triage-p30w lo146).
    '(i|he|she|we|they) (stop|stopping) (it |them |taking )?(\\d+|two|three|four|five|a few|few) days? (before|back|ago)',
  ],
  // An antipsychotic run out, and the voices coming back ("ran out 10 days ago, pharmacy messed
  // up. the voices are starting to come back": a relapse, the team today).
  psych_meds_run_out: [
    '(ran|run|running|have run|had run) out of (my |his |her |the )?(meds|medication|tablets|injections?|depot|antipsychotics?|clozapine|olanzapine|risperidone|aripiprazole|abilify|quetiapine|haloperidol|paliperidone|lithium)',
    '(ran|run|running|have run|had run) out of ~~3 (meds|medication|tablets|injections?|depot|antipsychotics?|clozapine|olanzapine|risperidone|aripiprazole|abilify|quetiapine|haloperidol|paliperidone|lithium)',
    // Across a full stop: "on aripiprazole. ran out 10 days ago".
    '(aripiprazole|abilify|olanzapine|risperidone|quetiapine|clozapine|haloperidol|paliperidone|antipsychotics?|lithium)[^!?\\n]{0,60} (ran out|run out|running out)',
  ],
  voices_back: [
    '(voices|hearing things|the voices) (are |is )?(starting to |beginning to )?(come|coming|came) back',
  ],
  // Own tablets stopped ("stopped taking her heart and blood pressure tablets, says 'what's the
  // point now'"): with hopelessness, a passive wish to die (NICE NG225: the GP today).
  stopped_taking_meds: [
    "(stopped|stopping|quit|refus\\w*|won't|wont|isn't|is not|not) (taking|take) (her|his|my|their|all (her|his|my|their)) ([a-z']+ ){0,5}(tablets|meds|medication|medicines|pills|insulin|inhalers?)",
  ],
  // "whats the point of any of it" (p27z ir031).
  point_of_any_of_it: [
    "(what's|whats|what is) the point (of|in) (any of it|any of this|anything anymore|it all anymore)",
  ],
  // Bulimia named (CRISIS_FOURTH_CONTEXT), or purging told as how many times a day, with cramps or weakness; refeeding
  // swelling in recovery from anorexia (MEED 2022: bloods, with phosphate, today).
  vomits_per_day: [
    '(throwing up|throw up|being sick|sick|vomiting|purging) ~3 (\\d+|two|three|four|five|six|seven|eight|ten|several|many) times a day',
  ],
  cramps_lay: ['(legs?|muscles?|calf|calves|hands?|feet) ~2 (cramping|cramps?|spasm*)', 'cramping'],
  refeeding_lay: [
    '(eating|eat|ate) (way |a lot |much |loads )?more ~6 (this week|these days|recently|lately|now|than before)',
    "(meal plan|refeeding|re-feeding|dietitian's plan|dietician's plan|weight restoration)",
  ],
};

/** Who the person is: bulimia, however long (a context: a date does not set it aside). */
// Stop 46, the fifth crisis set (fresh-triage-p28m.json, committed unread at 2e90c6f and read
// once there: 3 of 40 emergencies missed, 7 of 80 urgent or emergency read routine).
export const CRISIS_FIFTH_SIGNS: Concepts = {
  // A plan timed for tonight with everything ready ("ive got everything lined up and ill do it
  // when the house is quiet tonight").
  done_it_timed: [
    "(i'll|ill|i will|i'm going to|im going to|gonna|going to) do it (tonight|when (the house is quiet|everyone|they're asleep|they are asleep|they've gone|theyve gone|nobody|no one|the kids)|after (they|everyone|the kids) (go|have gone|are asleep))",
  ],
  everything_ready: [
    "(got|have|i've got|ive got|i have) (everything|it all|all of it|the stuff|what i need|it) (\\w+ )?(lined up|ready|sorted|planned|in place|set up)",
  ],
  // Told so that someone knows, not to ask for help ("im writing this here so someone knows ...
  // im not asking for help i just didnt want it to be nobody").
  someone_knows: [
    '(so|just so) (someone|somebody|one person) knows',
    "(didn't|didnt|don't|dont) want it to be (nobody|no one|noone)",
    "(i'm|im|i am) not asking for help",
    '(just )?wanted (someone|somebody) to know',
  ],
  // "i wont be a problem for anyone after tonight": a burden ending at a set time.
  burden_ends_timed: [
    "(won't|wont|will not|won't be|wont be) (be )?(a )?(problem|burden|bother|trouble|worry) (for|to) (anyone|anybody|you|you all|them|my family|everyone) (after|by|from|past) (tonight|tomorrow|today|this weekend|the weekend)",
  ],
  // A rope or a ligature put somewhere ready ("ropes in the shed").
  rope_put_ready: [
    "(rope|ropes|ligature|belt|cord) ('s |is |are |in |ready )?~3 (in|at|up in) the (shed|garage|loft|attic|woods|garden|cellar)",
  ],
  // Method thought over, without intent ("keep thinking about how id do it if i did").
  method_ruminating: [
    "(thinking|think|thought|thinks) about how (i'd|id|i would|i could|to) do it",
  ],
  // A belief that the body is dead or rotting (nihilistic delusions in depression).
  nihilistic_lay: [
    '(insides?|body|organs|guts|brain) (are |is )?(rotting|rotten|dead|dying|gone|turned to)',
    '(feeding|feed) a dead (man|woman|person)',
    "(i'm|im|i am|he's|hes|he is|she's|shes|she is) (already )?(dead|a corpse) (inside|already)",
  ],
  // Days without food told as a count ("hasn't eaten for about 5 days").
  not_eaten_days: [
    "(hasn't|has not|hasnt|haven't|havent|not|hadn't) eaten (anything )?(for|in) (about |nearly |over |almost )?(\\d+|two|three|four|five|six|seven|a few|several) days",
  ],
  // Staying in bed all day.
  in_bed_lay: [
    "(stays|staying|stayed|lies|lying|stopped getting out of|won't get out of) (in )?bed (all day|most of the day|for days|all the time)?",
  ],
  // After self-harm or an overdose, told as the event before.
  after_self_harm: [
    '(after|since|from) (cutting|self ?-?harming|harming myself|hurting myself|an overdose|overdosing|taking an overdose|my overdose)',
  ],
};

export const CRISIS_FOURTH_CONTEXT: Concepts = {
  bulimia_named: ['bulimi*'],
};

/** Read only beside other signs: never set aside by a negation before it (a cue). */
export const CRISIS_FOURTH_CUES: Concepts = {
  // Crisis slang said of everything, and vouched for ("says 'kms' about literally everything,
  // burnt toast, deadlines ... said it's just how she talks"; p27z ir011).
  crisis_slang_everything: [
    '(says|say|saying|said|uses|use|using) ["\'‘]?(kms|kys|kill myself|kill me|unalive (myself|me)|i want to die|wanna die)["\'’]? (about|over|for|at|after) (literally |basically |like |pretty much )?(everything|anything|every little thing|all sorts|the smallest things|every single thing)',
  ],
  talk_habit_vouched: ['(just|only) (how|the way) (she|he|they|i) (talks?|speaks?|talk)'],
  // "im getting paranoid again" with a diagnosis and its medicine run out (p27z round probes).
  relapse_again: [
    '(getting|feeling|becoming|going|gone|got) (really |a bit |very )?(paranoid|suspicious|high|manic|hyper) again',
    '(hearing|seeing) (voices|things) again',
  ],
  // "not going to lectures, barely eating" (p27z ir031): the "not" is the lectures'.
  barely_eating_lay: ['(barely|hardly) (eating|eaten|touching (his|her|their) food)'],
};
