// Data for scope.ts: when a sentence dates its episode long ago, phase 7 (helper e: false
// alarms, probe set of routine look-alikes written before the code was read). A past frame
// reaches along the sentence: "When I was 19, I had a breakdown and thoughts of ending it" is
// all in the past, not only the words next to "when I was 19"; so does a sentence that ends
// by dating itself, a restatement that takes the time of the episode before it, the age of a
// thing (not a baby), and a known condition said to be the same as always. Regular
// expressions over normalized text.

/**
 * A sentence that opens in the past ("when I was 19", "as a kid", "years ago", "back in
 * 2015", "last year"): the frame covers the clauses that follow it, unless one says now. Also
 * the last time someone stopped drinking or a medicine ("Last time I stopped I had a fit": stop
 * 53, a fit in an earlier withdrawal read as one now, 999), and months ago ("About 8 months ago
 * my throat swelled up after eating prawns ...": stop 53, read as anaphylaxis now).
 */
export const PAST_OPENER =
  /^\W*(?:(?:so|and|also|well|ok|okay|um|erm|hi|hello)[,\s]+)*(?:when (?:i|he|she|we|they) (?:was|were) (?:a |an |little|young|small|at (?:school|uni|university|college)|in (?:school|my|his|her|their)|\d+|(?:\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty)\w*)|as a (?:child|kid|baby|teen\w*|student|youngster)|back in|in (?:19|20)\d\d|(?:(?:about|around|roughly|nearly|almost|over|more than|maybe|probably|like) )?(?:\d+|a|an|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some) (?:years?|yrs?|decades?) ago|years ago|last year|(?:(?:about|around|roughly|nearly|almost|over|more than|maybe|like) )?(?:[2-9]|1[0-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|several|some) months ago|in my (?:teens|twenties|20s|thirties|30s|youth|childhood)|(?:the )?last time (?:i|he|she|we|they) (?:stopped|came off|quit|gave up|went cold turkey|tried to (?:stop|quit|come off))(?: (?:suddenly|completely|abruptly|cold turkey|drinking|the drink|the booze|it|them|(?:my|his|her) \w+))?)\b/;

/** In a past-framed sentence: this clause is about now. */
export const NOW_IN_CLAUSE =
  /\b(?:now|today|tonight|this (?:morning|evening|afternoon|week)|yesterday|since|still|again|currently|at the moment|right now|suddenly|keeps?|getting|worse|started|starting|hours? ago|minutes? ago|mins? ago|last night|am|is|are|i'm|he's|she's|has|have|can't|won't|lately|recently|these days|this month|want|wants|wanting)\b/;

/**
 * A short verbless stretch that names the episode before it again ("..., just a rash",
 * "..., only a small one"): it takes that stretch's time.
 */
export const RESTATEMENT =
  /^\W*(?:just|only|simply|merely|purely)\s+(?:a |an |the |some )?(?:\w+\s*){1,3}\W*$/;

/**
 * The age of a thing, not of a baby: "a bruise ..., a week old", "the cut is 3 days old".
 * Group 1 is the age phrase, which does not count.
 */
export const THING_AGE =
  /\b(?:bruise|bruising|cut|wound|scab|burn|rash|injury|scar|bite|graze|tattoo|piercing|stitches|cast|lump|spot|blister|sprain|splinter)\b[^.!?]{0,90}?\b((?:a|one|\d+|two|three|four|five|six|few|couple of) (?:days?|weeks?|months?) old)\b/g;

/** Cheap guard for THING_AGE. */
export const MAY_BE_THING_AGE = /\bold\b/;

/**
 * A sentence that ends by dating its episode long ago: "..., that was 2 years ago", "this was
 * back in 2019".
 */
export const TRAILING_PAST =
  /\b(?:that|this|it|which)(?:'s| was| is| happened| were)? (?:all |about |over |nearly |almost |at least |back )?(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|couple of) )?(?:years?|yrs?|decades?) ago\b|\b(?:that|this|it) was (?:back )?in (?:19|20)\d\d\b/;

/**
 * Said of a whole sentence about a known condition: it is the same as always. Not when the
 * sentence also says something is worse, new or not working.
 */
export const SAME_AS_ALWAYS =
  /\b(?:same as (?:always|usual|ever|before|normal|every time)|no different (?:from|to|than) (?:usual|normal|always|before)|nothing (?:new|different) (?:about it|there)?|unchanged for (?:years|months)|(?:ever )?since (?:then|the stroke|his stroke|her stroke|my stroke|it happened)[,;]? (?:and )?(?:no change|unchanged|not changed|hasn't changed|the same)|no change (?:since|for (?:years|months)))\b/;
export const NOT_AS_ALWAYS =
  /\b(?:but|today|tonight|now|this time|suddenly|faint|fainted|dizzy|lots|loads|heavy|heavily|clots?|worse|worsening|new|different|not helping|isn't helping|not working|isn't working|can't|cannot|won't|more|spreading|heavier|bigger|first time|never)\b/;
