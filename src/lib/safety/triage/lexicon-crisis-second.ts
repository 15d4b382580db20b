// Lexicon, phase 25 thirtieth round: mood, crisis and self-harm, a second author on p25x's theme
// (fresh-triage-p26h.json, committed unread at cc06040, read at cc06040: 4 of 40 emergencies
// missed): "he take many paracetamol maybe 20 yesterday night" in a second language, a manic man
// on a garage roof who says he can fly, a son off his antipsychotic who "took a hammer from the
// shed" to sort out a neighbour he says is poisoning them, a whole week of quetiapine taken at
// once "to stop the thoughts"; a pupil's fresh scratches she wants kept from her parents,
// diazepam stopped cold turkey after a year, a mother who wants "to be with dad", a friend "tired
// of being a burden" who posts "not long now". Sources: NICE NG225 (self-harm and suicide), NICE
// CKS paracetamol poisoning (a staggered overdose: A&E), NICE CG178 and the Royal College of
// Psychiatrists (psychosis or mania with danger to self or others: 999), KCSIE (a pupil's
// self-harm: the safeguarding lead today), NICE CKS benzodiazepine withdrawal (abrupt stopping
// after long use risks fits: a doctor today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';
import { BENZO } from './lexicon-mind-body';

export const CRISIS_SECOND_SIGNS: Concepts = {
  // Many tablets taken, told in a second language's present tense ("he take many paracetamol
  // maybe 20").
  took_many_lay: [
    // Not "did i take too much, had 4 paracetamol" (a trivial dose asked about).
    '(he|she|they|my \\w+) (take|taked|eat|swallow) (many|lot of|lots of|a lot of|too many|so many|maybe \\d\\d|\\d\\d) ~3 (paracetamol|pills|tablets|medicine|meds|{drug})',
  ],
  // A persecutory belief in lay words ("the neighbour is poisoning us").
  persecutory_lay: [
    "(neighbou?rs?|they|people|someone|the government|mi5|the police|the doctors|his family|her family) (is|are|'s|'re|keeps?|has been|have been) (poisoning|spying on|watching|following|after|trying to kill|plotting against|out to get|bugging) (us|me|him|her|them|the house)",
  ],
  // A tool taken up to go and confront someone.
  weapon_tool_more: [
    '(took|taken|has taken|fetched|got out|grabbed) (a |an |his |her |the |their )?(\\w+ ){0,2}(hammer|baseball bat|bat|crowbar|screwdriver|poker|knife|machete|axe|golf club)',
    '(going|gone|went|heading|headed) (over|round|across|next door) (there )?to [\'"]?(sort (it|him|them|her) out|sort it|deal with (it|him|them|her)|have it out|get (him|them|her))',
  ],
  // On a roof or a ledge.
  on_roof_lay: [
    '(on|up on|onto|climbed (onto|on|up on)|standing on|sitting on) (the |a |our |his |her |their )?(\\w+ )?(roof|ledge|balcony rail|parapet)',
  ],
  // A pupil's or young person's self-harm kept from the parents.
  keep_from_parents: [
    "(doesn't|does not|don't|didn't|won't) want (her|his|their|my) (parents|mum|dad|mom|family) (told|to know|to find out)",
  ],
  // Being a burden, or "not long now".
  burden_lay: [
    '(tired of|sick of|fed up of|fed up with) being a burden',
    "(i'm|im|i am|she's|he's|she is|he is|being) (just )?a burden (to|on) (everyone|you all|my family|them|people)",
    '[\'"‘“]?not long now[\'"’”]?',
  ],
};

/**
 * Never filtered by scope: a benzodiazepine stopped days ago, wanting to be with someone who has
 * died, whose death the message dates ("wants to be with dad (he passed last year)" read as
 * history), and a death in a video game.
 */
export const CRISIS_SECOND_CUES: Concepts = {
  // A benzodiazepine stopped all at once after long use: a cue, as the stop is dated ("3 days
  // ago") while the withdrawal is now.
  benzo_stopped_abrupt: [
    `(stopped|quit|came off|coming off|stopping) (my |the |his |her )?${BENZO} ~4 (cold turkey|all at once|suddenly|overnight|just like that)`,
    `${BENZO} ~6 (cold turkey)`,
  ],
  benzo_long_use: [
    `${BENZO} ~8 (for (a|one|two|\\d+) (year|years)|for years|for months|(\\d+|a) (year|years) (now)?|long ?-?term|\\d+ ?mg a day)`,
  ],

  // A death in a video game ("i accidentally killed myself in minecraft"), for the net's quiet.
  game_death_said: [
    '(killed|kill|killing|died|dying|die) (myself |me |him |her )?(in|on|playing) (minecraft|fortnite|roblox|gta|cod|call of duty|apex|valorant|overwatch|zelda|mario|sims|the game|a game|my game|this game)',
  ],
  // Wanting to be with someone who has died.
  join_dead_wish: [
    '(want|wants|wanting|wish|wishes|wishing) to (be|go and be|join) with (dad|mum|mom|him|her|grandad|gran|my \\w+|\\w+) ~8 (passed|died|gone|dead|in heaven|lost|funeral)',
    '(want|wants|wanting|wish|wishes) to (go and )?(be with|join) (him|her|them) (in heaven|now)',
  ],
};
