// Lexicon, stop 50: same-day signs that the three sets left unread at stop 49's end told in words
// the rules had no concept for (fresh-triage-p30h, p30i, p30j; docs/history/triage-net.md,
// "Stop 50"). Sources: UK drug misuse and dependence guidelines (a missed or lost opioid
// substitute with withdrawal: the drug service today, as relapse on lost tolerance risks
// overdose); BNF and the clozapine SPC (more than 48 hours missed: the prescriber today, to
// re-titrate); NICE CKS vertigo, migraine and sudden hearing loss. Pattern language: pattern.ts.

import { TICK_TOLD } from './lexicon-injury-skin';
import type { Concepts } from './lexicon-types';

export const SAME_DAY_THIRD_SIGNS: Concepts = {
  // An opioid substitute's script lost, stopped or not collected ("lost my methadone script":
  // la079).
  substitute_lost: [
    "(lost|lose|losing|missed|missing|run out of|ran out of|no|haven't got|havent got|not got|stolen|someone stole) (my |his |her |the )?(methadone|subutex|buprenorphine|espranor|suboxone|physeptone)( script| prescription| pick ?up| dose| doses| bottle)?",
    '(methadone|subutex|buprenorphine|espranor|suboxone|physeptone) (script|prescription|pick ?up) ~4 (lost|gone|stolen|not (come|ready|there|sent|arrived)|has not come|missed|cancelled|stopped)',
    "(methadone|subutex|buprenorphine|espranor|suboxone|physeptone) (script|prescription) (didn't|did not|hasn't|has not|wasn't|was not) (get|been|come|arrive*|go) ",
  ],
  // Opioid withdrawal or the urge to use, in users' words ("rattling already and tempted to
  // score": la079).
  withdrawal_urge: [
    '(rattling|clucking|hanging|withdrawing|in withdrawal|withdrawals|sick as a dog|turkeying)',
    '(tempted|going|gonna|about) to (score|use|buy|pick up|get some|go and get some)',
  ],
  // Medicine gone for days, told as a count ("ran out 3 days ago": la124).
  out_two_days: [
    "(ran out|run out|stopped|missed|not had|haven't had|havent had|without) ~4 ([2-9]|two|three|four|five|six|several|a few) days",
    '(ran out|run out|since) ~3 ([2-9]|two|three|four|five|six|several|a few) days ago',
    '(last|final) (dose|tablet|one) (was )?([2-9]|two|three|four|five) days ago',
  ],
  // The spots of chickenpox just come out in someone who never had it ("never had chickenpox,
  // spots started appearing this morning": kz104).
  pox_first_time: [
    "(never had|not had|haven't had|havent had|never caught) (the )?chicken ?pox ~16 (spots|rash|blisters) ~3 (started|starting|appeared|appearing|came up|coming up|come up|come out|came out|popped up|broke out|breaking out)",
  ],
  // A migraine or headache days long that its usual treatment has not touched ("migraine
  // since saturday its now tuesday, usual sumatriptan hasnt worked": lb123).
  migraine_unbroken: [
    '(migraine|headache) ~4 since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)',
    '(migraine|headache) (for|over|lasting) ([3-9]|three|four|five|six|seven) days',
  ],
  // A flight or a dive before the ear ("since a flight yesterday my left ear": lb149).
  pressure_change: [
    '(since|after|on|from) (a|the|my|our|his|her) (flight|plane|dive|scuba dive|diving trip|descent|landing)',
    '(since|after) (flying|diving|scuba diving|landing)',
  ],
  // A hard, red, painful cord of a vein ("hard red painful cord in a varicose vein on my inner
  // thigh, goes right up near my groin": fresh-triage-p29w ko064).
  vein_cord: [
    '(hard|red|painful|tender|lumpy|hot|firm) ~3 (cord|rope) ~6 (vein|varicose)',
    '(varicose )?vein (is |has gone |gone |feels |went )?(hard|red|painful|tender|lumpy|hot|firm) ~3 (cord|rope|lump|line)',
  ],
  // The cord or the clot reaching the groin or the upper thigh (a superficial thrombophlebitis
  // near the saphenofemoral junction: an ultrasound today, NICE CKS).
  near_groin: [
    '(near|up to|into|towards|close to|right up (near|to|into)) (my |his |her |the )?(groin|top of (my|his|her|the) thigh|crease of (my|his|her|the) leg)',
  ],
  // New wetting again after being dry, with thirst ("started wetting the bed again after being
  // dry for a year, she's drinking like 6 cups of water": fresh-triage-p30b kt001).
  drinking_lots: [
    '(drinking|drinks|drank|downing) (like |about |over |loads of )?(\\d+|six|seven|eight|ten|loads of|so many|tons of) (cups|glasses|bottles|pints|beakers)',
    '(asking|begging|crying) for (more )?(drinks|water|a drink) (all day|all the time|constantly|non stop)',
    '(drinking|drinks) (loads|so much|all the time|constantly|non stop)',
  ],
};

/**
 * Never filtered by scope: a blood thinner stopped "2 days ago" is still stopped now (a date
 * would set it aside as a past episode, and the net could then take the flag back); a seizure's
 * medicine changed by neurology "last week" has still been changed.
 */
export const SAME_DAY_THIRD_CUES: Concepts = {
  // A blood-thinning tablet stopped by the person ("I stopped my ticagrelor 2 days ago": ko113).
  antiplatelet_stopped: [
    "(i|i've|ive|i have|he|he's|she|she's|he has|she has|dad|mum) (just )?(stopped|quit|came off|come off|skipped|stopped taking) (taking )?(my |his |her |the )?(ticagrelor|brilique|clopidogrel|plavix|prasugrel|efient)",
  ],
  // The stop planned by the team ("after a year like the cardiologist told me", "as planned").
  antiplatelet_planned_stop: [
    '(like|as|because|cos|coz) (the |my )?(cardiologist|cardiology|consultant|doctor|gp|dr|heart team|nurse) (told|said|advised|planned|wanted)',
    '(as planned|on advice|was told to stop|were told to stop|told me to stop|told him to stop|told her to stop|after (a|one|the) (full )?year|after 12 months|after (six|6|twelve) months)',
  ],
  // A seizure already seen to by the specialist team, the medicine changed, whenever it was told
  // ("Neurology increased his lamotrigine and he's fine now": stop 50, fresh-triage-p30k lc012).
  // Read with rules.ts seizure_handled.
  seizure_managed: [
    '(neurology|neurologist|epilepsy (nurse|team|specialist)|consultant|the hospital|a&e) (have |has |had |then )?(increased|upped|raised|changed|adjusted|doubled|started|added|switched)',
  ],
  // One combined pill taken late, under 48 hours ("forgot my microgynon yesterday, remembered this
  // morning and took 2 today", "about 36hrs late"): FSRH, no emergency contraception needed (stop
  // 50: ten spent sets, by ten authors, said routine). Read with rules.ts combined_one_late.
  one_pill_late: [
    "(forgot|forgotten|missed|didn't take|didnt take|forgot to take) (my |one |1 |a |the )?(\\w+ )?(pill|microgynon|rigevidon|yasmin|cilest|lucette|femodette|millinette|levest|ovranette|gedarel|marvelon|katya|leonore|maexeni|eloine|combined pill)s?( yesterday| last night| this morning)? ~8 (remembered|realised|realized|took it|took both|took 2|took two|only just remembered|just remembered)",
    '(missed|forgot|forgotten) (1|one|a single) (of my |of the )?(\\w+ )?pill',
    '(about |like |around |roughly |maybe )?([1-9]|[1-3]\\d|4[0-7]) ?(hours|hrs|hr|h) late',
  ],
  // A tick, told whenever it bit (read with rules.ts tick_rash_well: the bite is days ago, the
  // ring is now).
  tick_told: [...TICK_TOLD],
};
