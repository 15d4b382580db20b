// Lexicon, stop 53: same-day scenarios the spent sets' authors label 'urgent' that the rules
// read as 999 (docs/history/triage-net.md, "Stop 53"; rules.ts antidepressant_start_thoughts,
// cellulitis_line_same_day). Every concept here is a cue: a sign's negated or hypothetical words
// would quiet the net for the whole message (net.ts QUIET_SCOPES), so the few negations that
// matter are written into the patterns. Sources: NICE CG90 and NG222 (depression: a person
// under 30 started on an antidepressant is seen again within a week because suicidal thoughts
// and agitation can rise early; new ones are a same-day review by the prescriber or the crisis
// team), NICE NG225 and NHS "suicidal thoughts" (999 when someone cannot keep themselves safe,
// has a plan or means at hand, or has acted), NICE CKS cellulitis (spreading despite the line
// drawn, with shivers: a same-day clinician; 999 for signs of sepsis, pain out of proportion,
// dusky or blistered skin, or spread within an hour), NICE CG95 (chest pain that has settled:
// within 12 hours, 999 or A&E; 12 to 72 hours ago, a same-day assessment), NICE CKS corneal
// superficial injury (a foreign body from grinding: eye casualty the same day; a high-velocity
// injury, a distorted pupil, fluid leaking or sight reduced: A&E now). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

/** An antidepressant or antipsychotic, by name or kind. */
const PSY =
  '(sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|duloxetine|mirtazapine|vortioxetine|prozac|zoloft|lexapro|cipralex|effexor|ssris?|antidepressants?|anti-depressants?|aripiprazole|abilify|quetiapine|olanzapine|risperidone|antipsychotics?)';

/** How long ago, in days or weeks. */
const DAYS_WEEKS_AGO =
  '(\\d+|a|one|two|three|four|five|six|seven|ten|few|couple of|couple) (days?|weeks?|wks?) ago';

export const PSYCH_MED_START_CUES: Concepts = {
  // Started, switched or raised in the last days or weeks: "started fluoxetine 10 days ago",
  // "since starting sertraline", "sertraline went up to 100 last week", "the GP doubled my
  // fluoxetine", "my second week of sertraline". Not "on sertraline for years".
  psych_med_recent_lay: [
    `(started|starting|began|begun|put on|put me on|put him on|put her on|switched to|changed to|restarted|went on|going on) (on )?(\\w+ ){0,2}${PSY} ~5 ${DAYS_WEEKS_AGO}`,
    `(started|starting|began|put on|put me on|put him on|put her on|switched to|changed to|restarted|went on) (on )?(\\w+ ){0,2}${PSY} ~3 (last week|this week|yesterday|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday|recently|the other day|last month)`,
    `(just|recently) (started|began|been put on|switched to) (on )?(\\w+ ){0,2}${PSY}`,
    `(since|after) (starting|(he|she|i|they|we) started|being put on|going on|switching to|changing to) (on )?(\\w+ ){0,2}${PSY}`,
    `${PSY} (dose )?(\\w+ ){0,2}(went up|gone up|was increased|been increased|got increased|increased|doubled|was upped|upped|raised|put up)`,
    `(doubled|increased|upped|raised|put up) (my |his |her |their |the )?(dose of )?(\\w+ ){0,1}${PSY}`,
    `(first|second|third|1st|2nd|3rd) (week|fortnight) (of|on) (\\w+ ){0,1}${PSY}`,
  ],
  // About to act, or cannot stay safe: "going to do it tonight", "I'm not safe", "walked out
  // and we don't know where he is".
  act_soon_lay: [
    '(?<!\\b(\\w+n.t|\\w+nt|not|never|no|won.t) )(going|gonna|about|planning|plan|decided) to (die|kill|end|do it|jump|take (them|it|the|all|my|his|her))',
    '(do|doing) it (tonight|today|now|this weekend|soon)',
    "(can't|cannot|can not|couldn't) (keep|stay) (myself|himself|herself|themselves|safe)",
    "(don't|dont|do not) know where (he|she|they) (is|are|went|has gone|have gone)",
    '(walked|stormed) (out|off)',
    '(ran|run) (off|out of the (house|door|flat|room|building)|out the (door|house))',
    '(gone|went) missing',
    "(i'm|im|i am|he's|hes|he is|she's|shes|she is|they're|they are) not (safe|sure (i|he|she|they) can (stay|keep|be) safe)",
    '(looking|looked|look|searching|searched|search|googling|googled|google) (up )?(how many|how much|ways|how to|methods)',
  ],
  // A high place: a balcony, a window, a roof, a ledge, a bridge, an upper floor.
  high_place_lay: [
    '(balcony|balconies|window|windowsill|window sill|roof|rooftop|ledge|bridge|cliff|multi-?storey|multistorey|car park roof|parapet)',
    '(\\d+(st|nd|rd|th)|top|upper|fourth|fifth|third|tenth) (floor|storey)',
  ],
  // The means told as ready, whatever frames it: "i've got the rope ready", "pills lined up".
  means_ready_lay: [
    '(got|have|bought|put|laid|lined|set) (out |up )?(the |a |my |some )?(rope|noose|pills|tablets|blade|razor|gun|belt|cord) (\\w+ )?(ready|lined up|out|here|in front of me|on (the|my) (desk|table|bed))',
    '(rope|noose|pills|tablets|blade|razor) (is |are )?(ready|lined up|all lined up|set up|tied)',
  ],
};

export const CELLULITIS_LINE_CUES: Concepts = {
  // The spread timed within an hour or two ("past the line I drew an hour ago", "in an hour").
  spread_within_hours_lay: [
    '(line|mark|pen|drew|drawn) ~8 (an hour|a hour|one hour|two hours|2 hours|1 hour|half an hour|30 min*|an hr|1 hr|2 hrs?|minutes) (ago|later|before)',
    '(in|within|inside) (an|a|one|two|2|1|half an) (hour|hr|hours|hrs)',
    '(spreading|spread|growing|moving) (really |very |so )?(fast|quickly|rapidly|before my eyes|as i watch)',
    '(by the hour|every hour|hour by hour|each hour|by the minute)',
  ],
  // Pain out of proportion to what shows ("the pain is way worse than it looks": necrotising
  // infection, 999).
  pain_beyond_look_lay: [
    '(pain|hurts|hurting|agony) ~6 (way |much |far |a lot |so much )?(worse|more) than (it looks|it should|the (redness|swelling|cut|wound|scratch|bite) looks)',
    '(out of proportion|doesn.t match how it looks)',
  ],
};

export const CHEST_EPISODE_CUES: Concepts = {
  // An episode dated last night or days ago: "Sunday evening", "yesterday", "2 days ago".
  chest_episode_days_lay: [
    '(yesterday|last night|the other (day|night)|at the weekend|over the weekend)',
    '(on )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday) (night|evening|morning|afternoon)',
    'on (sunday|monday|tuesday|wednesday|thursday|friday|saturday)',
    '(\\d+|two|three|a couple of|couple of|few) days ago',
  ],
  // ... that has gone: "went off on its own", "went when I sat down", "fine since", "nothing
  // since", "no pain today".
  chest_episode_gone_lay: [
    '(went|gone|wore|passed|faded) (off|away)',
    '(settled|eased|stopped|passed|cleared) (on its own|by itself|of its own accord|after)',
    '(it |then it |and it )(went|settled|eased|stopped|passed|cleared)\\b(?! (down|into|up|to|through|across|round|around|along))',
    'went when (i|he|she|they) (sat|stopped|rested)',
    '(nothing|none|no pain|no more|not had any|not had it|had none|been none) (since|today|now)',
    "(been|felt|feel|feeling|i'm|im|he's|hes|she's|shes|he is|she is) (fine|alright|all right|ok|okay|normal|totally normal|totally fine|completely fine|grand|great|good) (ever )?(since|today|now)",
    '(fine|alright|ok|okay|normal) since',
  ],
  // ... or is back: "it's come back now", "another one this morning".
  episode_back_lay: [
    '(come|came|coming|comes|started|starting) back',
    'back again',
    "(it's|its|it is|it has|pain is|pain's|pain has) (\\w+ )?back",
    'another (one|episode|attack|bout|pain|tight)',
  ],
};

export const EYE_GRIT_CUES: Concepts = {
  // Grinding, welding or hammering metal (not a stone off a strimmer or a chisel: those come at
  // speed, and the spent sets' authors gave them 999).
  eye_metal_work_lay: [
    '(grind*|angle grinder|weld*|lathe)',
    '(hammer*|chisel*|drill*) ~8 metal',
    'metal ~8 (hammer*|chisel*|drill*)',
  ],
  // Sight blurred in more words than blurred_vision reads: "the vision in that eye has gone
  // blurry", "my sight's gone blurry", "vision a bit smeary".
  eye_blur_lay: [
    "(vision|sight|sight's|eyesight|eye) ~6 (blurr*|smeary|smudg*|cloudy|misty|hazy|fuzzy|dim|dark shadow|shadow)",
  ],
  // A cut on the eye itself: "a tiny cut on the eye", "cut on the white part".
  eye_cut_on_lay: [
    '(cut|gash|slice|nick|hole|tear) (on|in|across) (the |my |his |her )?(eye|eyeball|white|white part|clear bit|coloured bit|coloured part)',
  ],
  // The fragment came at speed or hard: "hit my eye hard", "at speed", "really fast".
  eye_hit_hard_lay: [
    '(hit|struck|went into|flew into|flew in|shot into) (my |his |her |the )?(eye )?(really |so |very )?(hard|fast|at speed|with force)',
    '(at|with) (speed|force|high speed)',
  ],
  // The pupil or the black bit out of shape: "pear shaped", "like a teardrop", "not round".
  pupil_odd_lay: [
    '(pupil|black bit|black part|black circle) ~6 (shape|shaped|teardrop|tear drop|pear|not round|oval|funny|weird|odd|wonky|misshapen)',
  ],
  // Fluid coming out of the eye.
  eye_fluid_lay: [
    '(fluid|jelly|liquid|clear stuff|water) ~4 (coming|leaking|oozing|pouring) (out|from)',
  ],
};

/**
 * A burn's blister on one small place: a palm's size or a coin's, on a finger, a palm, a wrist,
 * a forearm or the back of a hand (NHS burns and scalds: a minor burn is cared for at home or by
 * a pharmacist, a blistered one the size of a palm seen the same day; A&E for one bigger than
 * the hand, deep, white or charred, on a child, or over the chest, face or genitals).
 */
export const BURN_SITE_CUES: Concepts = {
  burn_small_site_lay: [
    '(size of|as big as|bigger than|smaller than) (a |an |my |his |her |the )?(palm|50p|50 ?cent|2p|1p|pound coin|coin|thumb ?nail|thumb|stamp|grape|plum)',
    '(across|on|in|over) (the |my |his |her )?(palm|palms|finger|fingers|thumb|wrist|forearm|back of (my |his |her |the )?hand)',
  ],
  // Spread wide, or on a part that goes to A&E: "all over", "both hands", "his chest".
  burn_wide_lay: [
    '(all|right) (over|down|across)',
    'whole (hand|arm|leg|chest|back|body|side|front)',
    'both (hands|arms|legs|palms|feet|thighs|sides)',
    '(chest|tummy|belly|stomach|face|neck|groin|genitals|private|bottom|buttocks|thighs?|shoulders|feet|foot|legs)',
    '(my|his|her|their) back(?! of)',
  ],
  // Pale, charred or painless: a deep burn (A&E, whatever its size).
  burn_pale_lay: [
    '(white|grey|gray|waxy|charred|leathery|black)',
    "(not|doesn't|doesnt|does not|isn't|isnt|is not|no longer) (that |very |really |as |even )?(painful|hurt|hurting|sore)",
  ],
};

/** A blackout with no blow: the sight greying out on standing is no loss of consciousness at all. */
export const FAINT_NO_BLOW_CUES: Concepts = {
  greying_out_lay: [
    '(grey|gray|greys|grays|greying|graying|goes grey|went grey|going grey)( out)?',
  ],
  // A blow or a knock told in any words ("hit", "banged", "whacked", "kicked", "punched").
  blow_told_lay: [
    '(hit|banged|bumped|smacked|whacked|knocked|kicked|punched|headbutted|struck|clattered|cracked) ~4 (head|face|himself|herself|myself|him|her|me|them)',
    '(knock|blow|bang|bump|kick|punch|whack|hit|clash) (to|on|in) (the |his |her |my |their )?(head|face)',
    // Ran into something, or a lump since: "ran into the corner of the door frame ... big lump".
    '(ran|run|walked|bumped|crashed|banged|smacked|slammed|fell|tripped|slipped) (\\w+ )?(into|against|onto|off|over|down)',
    '(big |huge |massive |egg |goose )?(lump|egg|bump|bruise) (on|now|came up|has come up|appeared)',
  ],
};

/** When a choke happened: hours or days before now (a cough left after it: a retained piece). */
export const CHOKE_LATER_CUES: Concepts = {
  choke_hours_ago_lay: [
    '(yesterday|last night|this morning|the other day|(\\d+|two|three|a couple of|couple of|few) days ago)',
    '(\\d+|two|three|four|five|six|several|few|couple of) (hours|hrs) (later|ago|since|on)',
  ],
};

/** Withdrawal: what turns it to 999. */
export const WITHDRAWAL_CUES: Concepts = {
  // Creatures seen, whatever follows ("spiders on the wall my sister can't see", even slipped to
  // "can see").
  creatures_seen_lay: [
    '(spiders?|insects?|bugs?|ants|beetles?|rats?|mice|snakes?|worms?|cockroaches) ~4 (on|crawling|all over|walls?|ceiling|bed|floor|skin)',
  ],
  // GHB or GBL ("G"), whose withdrawal can turn to delirium within hours (Project NEPTUNE).
  ghb_named: [
    '(ghb|gbl|g) ~6 (every (hour|few hours|\\d+ hours|couple of hours)|withdrawal|withdrawals|withdrawl|ran out|run out|stopped)',
  ],
};

/** Stop 53, second round: emergencies the first round's held-out sets (now spent) showed missed. */
export const MISSED_999_SIXTH_CUES: Concepts = {
  // Tablets counted and kept: "about 60 tablets of codeine and diazepam saved up".
  tablets_saved_lay: [
    '(\\d+|loads of|lots of|a pile of|boxes of|a stash of|enough) (\\w+ )?(tablets|pills|paracetamol|codeine|diazepam|painkillers|sleeping pills|meds) ~6 (saved|stockpiled|stashed|hoarded|put by|put away|collected)',
  ],
  // The night chosen, or the dose asked so that it works: "tonight is the night", "how many it
  // takes so it actually works this time".
  night_chosen_lay: [
    "(tonight|today|this) (is|'s) (the|my) (night|day)",
    "tonight's the night",
    'how many (\\w+ )?(it )?(takes|would take|will take|does it take|do i need) (to|so|for it to) (it )?(actually work|kill|die|end it|finish it|be enough)',
    '(works?|work properly) this time',
  ],
  // The rest of a medicine taken: "took the rest of my propranolol".
  took_rest_lay: [
    '(took|taken|swallowed|had|downed|necked|take) (all )?the rest of (the|my|his|her|their) ',
  ],
  // A stab told in lay words: "got caught by a knife", "got stabbed", "knife went in".
  knife_stab_lay: [
    '(caught|cut|stabbed|nicked|slashed|got|hit|went) (\\w+ ){0,2}(by|with) (a|the|his|her|some) (knife|blade|machete|screwdriver|broken bottle|glass)',
    '(knife|blade) (went|go|gone) (in|into)',
  ],
  // A hole or a wound on the trunk: "a small hole on the left side of my belly".
  trunk_wound_lay: [
    '(hole|wound|cut|puncture|gash) ~6 (belly|tummy|stomach|abdomen|chest|back|side|ribs|neck)',
  ],
  // Tablets or fluids kept down on a sick day: "managing to keep my tablets down".
  kept_down_lay: [
    '(all |both )?(stable|well|fine|ok|okay) and (drinking|eating and drinking|keeping fluids down)',
    "(?<!\\b(couldn't|could not|can't|cant|cannot|can not|not|unable to|able to|wasn't able to|isn't|isnt|hasn't been|haven't been|struggling to|trying to) )(keeping|keep|kept|managing to keep|managed to keep|holding|can keep) (my |his |her |the |all (my |his |her )?)?(tablets|meds|hydrocortisone|steroids|medication|pills|fluids|drinks|water|them|it) down",
  ],
  // No poo or even wind: "no poo or even wind for 3 days".
  no_poo_wind_lay: ['no (poo|poos|bowel movement|stool) or (even )?(wind|farts?|gas)'],
  // Cannot push a known lump back: "cant push it back".
  cant_push_back_lay: [
    "(can't|cant|cannot|won't|wont|will not) (push|pop|get|put) (it|the lump|the hernia) back",
  ],
};

/** Stop 53, second round: same-day problems the first round's held-out sets showed read routine. */
export const SAME_DAY_SIXTH_CUES: Concepts = {
  // Never had chickenpox, said in other Englishes too ("I never have chickenpox when I was child").
  no_chickenpox_yet_lay: [
    "(never|not|haven't|hasn't|didn't|did not) (ever )?(had|have|got|caught) (the )?(chickenpox|chicken pox|chicken-pox|varicella)",
    '(not|no) (immune|immunity) (to )?(chickenpox|chicken pox|varicella)?',
  ],
  // Spots come out on someone they were with: "yesterday his spots come out".
  spots_out_on_contact_lay: [
    '(his|her|their) spots (came|come|have come|started to come|appeared) (out|up)',
    '(came|come|has come|broke) out in (chickenpox|spots)',
    '(has|had|got|with) (the )?(chickenpox|chicken pox)',
  ],
  // Bright light hurts: "bright light hurts", "light hurts my eye".
  light_hurts_lay: [
    '(bright )?(light|lights|sunlight|daylight) (really |really does |is )?(hurts?|painful|hurting|bothers? me|is agony)',
    '(hurts?|painful|sore) (in|with|to look at) (the )?(bright )?(light|sun)',
  ],
  // The buzz or thrill of a fistula gone.
  fistula_buzz_gone_lay: [
    '(buzz|thrill|whoosh|bruit|pulse|vibration|buzzing) ~8 (gone|stopped|disappeared|not there|cant feel|can.t feel|no longer)',
    "(can't|cant|cannot|no longer) (feel|hear) (the |my |his |her )?(buzz|thrill|whoosh|bruit|buzzing|vibration)",
  ],
  // A Parkinson's medicine missed for a day or more: "had no co-careldopa since yesterday".
  parkinsons_med_missed_lay: [
    "(no|not had|not had any|hasn't had|haven't had|missed|without|run out of|ran out of|out of) (his |her |my |any )?(co-?careldopa|sinemet|madopar|co-?beneldopa|levodopa|rotigotine|ropinirole|pramipexole|parkinson'?s (meds|tablets|medication|medicine))",
  ],
  // Mirtazapine or carbimazole (white cells: agranulocytosis) named.
  marrow_more_lay: ['(mirtazapine|carbimazole|propylthiouracil|sulfasalazine|clozapine)'],
  // Clozapine not taken for two days or more (restarting needs the team: MHRA).
  clozapine_gap_lay: [
    "(hasn't|hasnt|haven't|havent|not|didn't|didnt) (taken|had|take) (it|his|her|my|any|the|clozapine)? ?(clozapine )?(for|in) (2|3|4|5|6|7|two|three|four|five|a few|several|\\d+) days",
    '(missed|stopped|forgot|without) ~4 (2|3|4|5|two|three|four|five|a few|several) days',
  ],
  // Gallstone pain lasting longer than it usually does.
  gallstone_lay: ['(gall ?stones?|gallbladder|gall bladder|biliary colic)'],
  longer_than_usual_lay: [
    '(normally|usually|always) ~8 (goes|go|passes|pass|settles|settle|stops|stop|eases|ease) ~10 (but|now|this time|still)',
    '(longer|worse) than (usual|normal|it normally|it usually|ever)',
  ],
};
