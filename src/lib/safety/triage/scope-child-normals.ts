// Data for scope.ts: a parent's words whose alarm words are no sign now; an occurrence that
// starts inside a match does not count (read through FIGURATIVE_CUES, scope-cue-lists.ts).
// Regular expressions over normalized text. Phase 25, twenty-fourth round
// (fresh-triage-p25z.json).

/**
 * A question about keeping things out of a child's way, the whole sentence: "got some of those
 * flickering tealight candles with little round batteries in, how do I make them safe with a
 * 1yo crawling about?" (gr009). Not once something is missing or was in a mouth: the sentence
 * may not say swallowed, missing, gone, chewed or "in his mouth".
 */
export const MAKE_SAFE =
  /(?<=^|[.!?]\s*)(?![^.!?]*\b(?:swallow\w*|missing|gone|chew\w*|sucking|in (?:his|her|their) mouth|ate|eaten|licked|can't find|cant find)\b)[^.!?]*\b(?:how (?:do|can|should|would) (?:i|we|you) (?:make|keep|store) (?:them|it|these|those|the \w+|my \w+|\w+) (?:safe|out of (?:reach|the way)|away from \w+)|(?:child|baby|toddler)[- ]?proof(?:ing)? (?:them|it|these|those|the \w+))[^.!?]*[.!?]?/g;

/** Cheap guard for MAKE_SAFE. */
export const MAY_BE_MAKE_SAFE = /\bsafe\b|\breach\b|\baway\b|proof/;

/**
 * A newborn's periodic breathing told with its reassurance, the whole stretch, with the quick
 * breaths before the pause when they are told first: "sometimes stops
 * breathing for a few seconds then does some quick breaths. He stays pink the whole time"
 * (gr096; NHS: pauses of up to 10 seconds with quick breaths after are normal in a newborn). Not
 * with a colour change, floppiness or a pause of 10 seconds or more.
 */
export const PERIODIC_BREATHING =
  /\b(?:(?:breathes|breathing|breaths) (?:really |very |quite |a bit )?(?:fast|quick|quickly|rapidly|faster) (?:for a (?:bit|few seconds|while) )?(?:then|and then) )?(?:stops|stop|stopped|pauses?|paused|stopping|pausing) (?:breathing )?for (?:a few|a couple of|two|three|four|five|[1-9]) (?:seconds|secs)\b(?:(?!\b(?:blue|grey|gray|floppy|limp|pale|dusky)\b)[^]){0,160}?\b(?:stays?|stayed|is|remains?|keeps?) (?:nice and )?pink\b(?![^.!?]*\b(?:blue|grey|gray|floppy|limp)\b)/g;

/** Cheap guard for PERIODIC_BREATHING. */
export const MAY_BE_PERIODIC_BREATHING = /\bpink\b/;

/**
 * A writer who signs off as confused about a question: "Why did it change? -- a confused nana"
 * (gr012). Only as a name for the writer (a relative or a reader), never "she's confused".
 */
export const CONFUSED_SIGN_OFF =
  /(?:^|[.!?]\s*|-+\s*|\bsigned,?\s+|\bfrom\s+)(?:a|one|very|slightly|totally|thoroughly) confused (?:nana|nan|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandparent|mum|mom|mam|dad|parent|reader|first[- ]time (?:mum|mom|dad|parent)|new (?:mum|mom|dad|parent))\b/g;

/** Cheap guard for CONFUSED_SIGN_OFF. */
export const MAY_BE_CONFUSED_SIGN_OFF =
  /\bconfused (?:nan|gran|grand|mum|mom|mam|dad|parent|reader|first|new)/;
