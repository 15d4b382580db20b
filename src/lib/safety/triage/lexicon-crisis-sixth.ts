// Lexicon, stop 47: mood, crisis and self-harm, a sixth author on the theme
// (fresh-triage-p28p.json, committed unread at a7cd05a and read once at fdc6048, the triage
// as at 2ed6097: 4 of 40
// emergencies missed, 13 of 80 urgent or emergency read routine). What was missed was told
// sideways: a station and "im not getting on a train if you know what i mean", a friend's 40
// tablets saved "and shes taking them tonight", a daughter's searches for "how many pills to
// die", a son giving his things away while posting about dying, a baby "better off with someone
// else as her mum", cuts a girl shows "not trying to kill herself". Sources: NICE NG225
// (self-harm; a plan with means and a time is an emergency), Samaritans and Network Rail (a
// person at a railway with intent: 999), NICE CG192 (perinatal mental health), NICE CG185
// (bipolar: a relapse, the care team today), NICE CG178 (a first psychosis, seen the same day),
// MEED 2022 (an eating disorder with faintness: a same-day physical check). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const CRISIS_SIXTH_SIGNS: Concepts = {
  // At a place where lives are ended ("im at the train station", "sat on the bridge").
  at_means_place: [
    "(i'm|im|i am|i'm sat|i'm stood|standing|stood|sitting|sat|waiting) (at|on|by|near|up on|on top of) (the |a )?(train station|station|station platform|platform|railway|railway line|train tracks|tracks|level crossing|bridge|cliff|cliffs|cliff edge|cliff top|clifftop|roof|rooftop|top of the car ?park|top of a car ?park|top floor of the car ?park|multi-?storey)",
  ],
  // Intent told without its words ("im not getting on a train if you know what i mean").
  veiled_intent: [
    "if (you|u|ya) (know|get) what i (mean|'m saying|am saying)",
    "(not|won't|wont) (be )?(getting|get) on (a|the|that|any) train",
  ],
  // Tablets saved or stockpiled, said of someone else too ("shes got 40 tablets saved").
  means_saved: [
    '(got|has|have|saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|kept|keeping|stashed) (up )?~3 (\\d+|all|loads of|a load of|lots of|enough|a stash of|a pile of|a box of|boxes of) ~2 {drug} (saved|stashed|hidden|stockpiled|put by|put away)',
    '(saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing) (up )?~3 {drug}',
  ],
  // Taking them at a set time ("shes taking them tonight when her parents are asleep").
  taking_them_timed: [
    '(taking|take|swallow|swallowing|have|having|do it|doing it|gonna take|going to take) (them|it|them all|all of them|the lot|it all) ~3 (tonight|today|later|this evening|when (her|his|their|my) (parents|mum|dad|family)|when (everyone|they|the house))',
  ],
  // A baby better off with another mother ("she'd be better off with someone else as her mum").
  better_off_other_parent: [
    "(she'd|he'd|they'd|baby'd|she would|he would|they would|baby would|the baby would|my baby would|the kids would|my kids would) be better off (with|having) (someone|somebody|anyone) else",
    "(she'd|he'd|they'd|she would|he would|they would|baby would|the baby would|my baby would) be better off (with|having) (a different|another|a better) (mum|mother|mom|dad|father|parent)",
  ],
  // Nights with a few hours' sleep ("last 4 nights sleeping maybe 3 hours").
  short_sleep_nights: [
    '(sleeping|slept|sleep|sleeps|getting) (maybe |only |about |around |just |like |barely )?([1-4]|one|two|three|four) (hours|hrs|hour)',
  ],
  // Searches for how to die ("'how many pills to die' and 'painless ways'").
  search_how_to_die: [
    '(search*|googl*|looked up|looking up|looking at|browsing|history) ~8 (how many (pills|tablets) (to|would|does it take to) (die|kill)|painless ways|ways to (die|kill (myself|yourself|herself|himself))|how to (kill (myself|yourself|herself|himself)|end it|die))',
  ],
  // "id rather be dead than go back to that school": a wish to die said over something.
  rather_be_dead: ["(i'd|id|i would|she'd|he'd|they'd) rather be dead"],
  // Weight lost with periods stopped (an eating disorder in lay words).
  weight_periods_stopped: [
    '(lost|losing) (loads of |a lot of |so much |lots of )?weight ~12 (periods?|period) (have |has )?(stopped|gone|disappeared)',
  ],
  // Had to sit or lie down on the floor (near-fainting).
  had_to_sit_floor: ['had to (sit|lie|lay) (down )?on the (floor|ground)'],
  // A carer's thought of giving both of them the tablets.
  giving_both_tablets: [
    '(giving|give|taking|take) (us|we|them) both (all )?(of )?(her|his|my|our|the) (tablets|pills|meds|medication)',
    'both (take|taking) (all )?(her|his|my|our|the) (tablets|pills|meds)',
  ],
};

/** Read only beside other signs, never set aside by a negation before them (cues). */
export const CRISIS_SIXTH_CUES: Concepts = {
  // Posting about dying ("posting song lyrics about dying").
  posting_about_dying: [
    '(posting|posted|posts|sharing|shared|writing|wrote) ~4 (about|on) (dying|death|being dead|not being here|wanting to die|suicide|ending it)',
  ],
  // A denial that says what the injury was ("not trying to kill herself, it just makes her feel
  // better"; "(self harm, wasnt trying to die)"): self-harm told, not a harmless cut.
  not_trying_to_die: [
    "(not|isn't|wasn't|wasnt|isnt|never|wasn't ever) (really )?trying to (kill (herself|himself|themselves|myself)|die|end (it|her life|his life|my life))",
    '(it |cutting |doing it )?(just )?makes (her|him|them|me) feel better',
  ],
  // Cuts or burns shown by the person ("she showed me cuts on her upper arm").
  self_harm_shown: [
    '(showed|show|shown) (me|us) ~2 (cuts|cut|burns|scars|marks|scratches) (on|across|up) (her|his|their) (arm|arms|upper arm|wrist|wrists|thigh|thighs|legs|leg|tummy|stomach)',
  ],
};

/** More of the same set's signs: thoughts put in by the media, a paranoia days after a drug. */
export const CRISIS_SIXTH_MORE_SIGNS: Concepts = {
  // Messages believed to come through the television or music ("the lecturers are sending her
  // messages through the TV and Spotify"): a delusion of reference.
  messages_through_media: [
    '(sending|send|sends|sent|giving|give|gives|putting|put) (her|him|me|them) (secret |hidden |coded |special )?(messages|signals|signs|codes|thoughts) (through|via|on|in|from|over) (the |her |his |my )?(tv|telly|television|radio|spotify|songs|music|wifi|internet|phone|adverts|walls)',
  ],
  // Eating only when fed ("only eats if I spoon feed her").
  fed_by_hand: [
    '(only|just) (eats|eating|drinks|drinking|takes food) (if|when) (i|we|someone|somebody|the carers?) (spoon ?-?feeds?|feeds?) (her|him|them)',
    'spoon ?-?(feed|feeding|fed) (her|him|them)',
  ],
  // A drug a day or days ago ("tried ketamine at a festival 2 days ago").
  drug_days_ago: [
    '(ketamine|ket|acid|lsd|mdma|ecstasy|molly|shrooms|magic mushrooms|weed|spice|coke|cocaine|speed|meth|crystal|pills) ~6 (\\d|two|three|four|five|a few|a couple of|couple of) days ago',
  ],
};
