// Lexicon, onset and course: when a complaint began and how it has run since, said in lay
// words, so that rules can tell a body function lost in minutes or hours (an emergency for
// most functions, NHS "call 999": sudden weakness, loss of speech, sight or balance) from the
// same complaint that came on slowly, has been there for years, or lasted a moment and went
// with a cause the person names (pins and needles from sitting on a leg). Read together with
// `sudden` and `onset_last_hour` (lexicon-general.ts) in rules-sudden-loss.ts. Pattern
// language: pattern.ts.

import type { Concepts } from './lexicon-types';

const SOON = '(an|one|half an|a|\\d+|a few|a couple of|two|three|twenty|thirty|ten|fifteen)';

export const ONSET_SIGNS: Concepts = {
  // A new onset said without "sudden": the moment it began ("in seconds", "from 0 to 10"), a
  // function that "just went", or a normal self a short while before ("she was fine this
  // morning", "was normal at lunch").
  onset_abrupt: [
    `(was|were|been|seemed|looked) (totally |completely |perfectly |absolutely )?(fine|normal|ok|okay|well|himself|herself) (this morning|last night|at bedtime|at (breakfast|lunch|lunchtime|dinner|tea|teatime)|earlier today|until (today|this morning|lunch|an hour ago)|${SOON} (hour|hours|minutes|mins) ago)`,
    `within ${SOON} (hour|hours|minutes|mins|seconds)`,
    'in (a|one|a split) (second|instant|moment|heartbeat|flash)',
    'in (seconds|a few seconds)',
    '(came|come|comes|coming) on (in|within) (minutes|a (minute|few minutes)|seconds)',
    '(from )?(0|zero|nothing|fine) to (10|ten|100|agony|unbearable)',
    'all at once',
    '(just|suddenly) (went|gone|stopped|gave (out|way)|switched off|cut out|dropped|disappeared|vanished)',
    'since (lunch ?time|breakfast|dinner|tea ?time|this afternoon|this evening)',
    'since (he|she|i|they) (got up|woke( up)?|got out of bed)',
    '(woke|wakes|waking|woken) (up )?(with|and|to find|unable|deaf|blind)',
  ],
  // Severity said the lay way, beyond {severe}: a pain "from 0 to 10", "worst thing I've
  // ever felt", "like being hit with a bat", "off the scale".
  severity_lay: [
    "worst (\\w+ ){0,2}(pain|thing|agony) (i've|i have|he's|she's|he has|she has|i) (ever )?(felt|had|known|been through)",
    '(0|zero|nothing) to (10|ten|100)',
    'off the (scale|charts)',
    'like (being|getting|i was|i had been|he was|she was) (hit|kicked|stabbed|shot|punched|struck|whacked)',
    'never (felt|had|known) (pain|anything|agony) like',
  ],
  // Pain out of step with the injury or not touched by painkillers: with a fresh cast, a crush
  // or a tight, swollen limb, compartment syndrome (NHS: A&E).
  pain_beyond: [
    'out of (all )?proportion',
    '(way|much|far|a lot|loads) worse than (before|when|it was|yesterday)',
    "(painkillers|pain killers|pain relief|morphine|paracetamol|ibuprofen|co-?codamol|codeine|tablets) (are |is )?(do|does|doing|did|not|aren't|isn't|don't|doesn't) (nothing|not|touching|touch|helping|help|working|work)",
  ],
};

// Time markers, never filtered by scope (a 'cue'): "had a stroke 3 years ago" is itself a
// past event, and is what says the weak arm is an old one.
export const COURSE_CUES: Concepts = {
  // A complaint that has run a slow or long course: it came on gradually, has been there for
  // months or years, or remains from an event long past ("had a stroke 3 years ago and still
  // has a weak arm").
  course_long: [
    '(slowly|gradually|steadily|progressively) (getting|got|gotten|going|becoming|creeping|building|worse|weaker|worsen*|worn)',
    '(creeping|building|coming) (up |on )?(slowly|gradually)',
    '(building|creeping) (up )?over the (day|week|weeks|months|years)',
    'over (the )?(last |past )?(year|years|months|(a |the )?(few|couple of|several|\\d+|two|three) (years|months))',
    'for (years|months|ages|decades|a decade|over a decade|a long time|as long as (i|he|she) can remember)',
    'for (a couple of|a few|several|many|\\d+|two|three|four|five|six|ten) (years|months)',
    'since (a |my |his |her )?childhood',
    'since (birth|childhood|(i|he|she) was (a (child|kid|baby)|small|little|young|born))',
    "(always|i've always|he's always|she's always|has always|have always) (had|been)",
    "(stroke|bell's palsy|palsy|injury|accident|operation|surgery) ~4 (\\d+|two|three|four|five|six|several|a few|many) (years|months) ago",
  ],
  // A complaint that lasted a moment and went, with its cause named: "pins and needles for a
  // minute then it was fine", "goes away when I sober up", "gone by the next day".
  course_passed: [
    '(for|after) (a|one|a few|a couple of|\\d+) (second|seconds|secs|minute|minutes|mins|moment),? (and )?then (\\w+ ){0,3}(fine|ok|okay|normal|gone|went|back|calmed|settled)',
    '(wearing|wore|worn|wears) off',
    '(fine|ok|okay|normal|better|gone) after (shaking|rubbing|moving|stretching|wiggling) (it|them|(my|his|her) \\w+)',
    '(gone|better|fine|eased|settled) after (a|an|some|my|his|her) (bath|shower|rest|sleep|nap|lie down|painkiller|paracetamol|ibuprofen)',
    '(gone|better|fine|normal|settled) by (the )?(next (day|morning)|morning|the evening|bedtime)',
    '(goes|went|go|going|wears|wore) (away|off) (when|once|after|as soon as) (i|he|she|they) (sober*|sit|sat|lie|lay|rest*|stop*|stand|stood|warm*|eat|ate)',
  ],
  // A cause named for a passing complaint: how someone sat, slept, stood or drank, or the
  // exertion it followed ("after a long bike ride", "when I sober up").
  cause_named: [
    '(slept|sleeping|lying|lay|lain|sat|sitting|leaning|leaned|leant|kneeling|knelt) on (it|my|his|her|them)',
    '(sat|sitting|sit) (cross ?-?legged|on (my|his|her) (leg|legs|foot|feet))',
    '(after|from) (a |the |my |his |her )?(long )?(bike ride|cycle|ride|run|workout|gym|leg day|match|game|long day|few drinks|night out|drinking|sex|exercise|lifting|training|walk|drive|flight|cycling|running|swimming|football|rugby|playing)',
    '(stood|stand|standing|got|get|getting) up (too )?(fast|quickly|quick)',
    '(sober|sobers|sobered) up',
    '(a few|some|too many) drinks',
  ],
  // Said of today or the last day: a long course elsewhere in the message ("diabetic for
  // years") does not make today's loss an old one.
  said_recently: [
    // One pattern per lead word, so that a common word ("this", "last") alone points at none.
    '(today|tonight|earlier|yesterday)',
    'this (morning|afternoon|evening)',
    'last night',
    'just now',
    'an hour ago',
  ],
};
