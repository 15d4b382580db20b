// Lexicon, stop 52: self-harm told as a wound to look after, without intent to die told now
// (docs/history/triage-net.md, "Stop 52"; rules.ts self_harm_wound_today). Sources: NICE NG225
// (self-harm: a same-day mental health assessment and care of the injury; A&E for a wound that
// will not stop bleeding, a deep burn, or anything swallowed or taken), NHS "self-harm" and
// "cuts and grazes" (a wound that gapes needs closing within hours, an infected one a GP or
// pharmacist the same day). Pattern language: pattern.ts.

import { ACCIDENT_AFTER } from './lexicon-brain-mind';
import type { Concepts } from './lexicon-types';

/** Cues, read as told whatever the tense: a self-inflicted cut or burn, last night or last week. */
export const SAME_DAY_FIFTH_CUES: Concepts = {
  // "self harmed last night", "cut myself", "my self harm cut", "burned my arm with a lighter on
  // purpose", "cut my leg tonight with a blade": the act, not a wish.
  self_injury_told: [
    'self ?-?harm*',
    `(cut|cutting|burned|burnt|burning|scratched) (myself|herself|himself|themselves)(?! (a|some|another) )${ACCIDENT_AFTER}`,
    `(cut|cuts|burned|burnt) (my|her|his|their) (own )?(arm|arms|forearm|forearms|thigh|thighs|leg|legs|wrist|wrists|stomach|tummy|skin)${ACCIDENT_AFTER}`,
    '(razor|blade|lighter|iron) ~6 (my|her|his|their) (arm|arms|forearm|thigh|thighs|leg|legs|wrist|wrists|skin)',
  ],
};

/**
 * A newborn's jaundice with sleepiness at feeds (NICE CG98: jaundice with poor feeding or
 * lethargy, a bilirubin measured in hospital within hours; kernicterus's signs, floppiness, a
 * high cry or an arched back, are 999). Cues, like everything in this file: a sign's negated or
 * hypothetical words would quiet the net for the whole message (net.ts QUIET_SCOPES), so the
 * few negations that matter are written into the patterns, and an exception read from a negated
 * phrase ("no arching") keeps the message as it was.
 */
export const NEWBORN_JAUNDICE_CUES: Concepts = {
  // "really yellow", "gone quite yellow", "yellow down to her tummy", "the whites of his eyes".
  yellow_baby_lay: ['(?<!\\b(not|no|never|isn.t|isnt|wasn.t|wasnt) (\\w+ )?)(yellow*|jaundic*)'],
  // The first week after the birth, day 2 to 7 ("3 days old", "day 4", "newborn (5 days)").
  first_week_lay: [
    '(?<!\\b(its|it.s|it is|they.re|theyre|they are|\\d ?(cm|mm)),? )([2-7]|two|three|four|five|six|seven) days? old',
    '(newborn|baby|son|daughter|boy|girl) \\(?([2-7]|two|three|four|five|six|seven) days?\\b',
    '(?<!\\b(for|in|last|past|next|about|these|those|the) )(^|\\b)day ([2-7]|two|three|four|five|six|seven)\\b(?! (of|after|since|ago|later|before))',
  ],
  // "arches her back right back", "bending his back and neck backward".
  arching_lay: [
    'arch* ~4 (back|neck)',
    '(bending|bends|bent|throws|throwing) ~4 (back|neck|head) ~3 backwards?',
  ],
  // "not fed for 6 hours", "last feed was about 7 hours ago", "not waking for feeds at all",
  // "we cannot wake him to feed", "won't wake up for feeds".
  feeds_lost_long: [
    '(last|latest) (feed|fed|feeding) (was )?(about |around |over |nearly |like )?([5-9]|1\\d|five|six|seven|eight|nine|ten|twelve) (hours|hrs)',
    '(not|hasn.t|hasnt|has not|havent|haven.t|no) (fed|feed|had a feed|had a proper feed|eaten|fed properly) (for|in) (about |over |nearly |like )?([5-9]|1\\d|five|six|seven|eight|nine|ten|twelve) (hours|hrs)',
    '(waking|wake|woken|feeding|feed|feeds) ~3 at all',
    '(cannot|can.t|cant|could not|couldn.t|couldnt|won.t|wont|will not) (wake|rouse) (him|her|them|the baby)(?! (easily|properly|up properly))',
    '(won.t|wont|will not|doesn.t|doesnt|does not) (wake|rouse)( up)?',
  ],
};

/** Cues of the self-harm wound rule: the bleeding over, deep tissue seen, intent told. */
export const SELF_HARM_WOUND_CUES: Concepts = {
  // The bleeding over ("it stopped bleeding", "bleeding mostly stopped with pressure", "not
  // bleeding any more"); not "it hasn't stopped bleeding".
  bleed_stopped_lay: [
    '(it|they|cut|cuts|wound|bleeding|blood) (has |have |had |is |was )?(mostly |finally |now |eventually )?(stopped|stopped bleeding)(?! (for a|and started|then started|briefly|temporarily))',
    '(?<!\\b(\\w+n.t|\\w+nt|not|never|wont|cant) )(stopped|stops) bleeding',
    'not bleeding (any ?more|now)',
  ],
  // Fat, bone, a tendon or "yellow stuff" seen in a wound: closed in A&E, 999 kept (even
  // negated: "can't see any fat" keeps the message as it was).
  deep_tissue_seen: [
    '(see|seeing|seen|showing|shows|visible) ~4 (fat|fatty|bone|tendon|tendons|muscle|yellow*|white stuff|the inside)',
  ],
  // Taking a child or a partner too ("thought about taking us both", "take her with me").
  taking_others_too: [
    '(thought|thoughts|thinking|think|thinks|thinks about) (about|of) (taking|take) (us|them|her|him|the baby|the kids|my baby|my kids) (both|all|with me|with her|with him)',
    '(taking|take) (us|the baby|the kids|my baby|my kids) (both )?with (me|her|him)',
  ],
  // Ways looked up ("been googling ways to do it"): a step toward a plan.
  ways_looked_up: [
    '(search*|googl*|looked up|looking up|looking at|read* about|research*) ~6 (ways|how) to (do it|end it|go|not wake up)',
  ],
  // Intent to die told, which keeps self-harm 999; not "I don't want to die", "not trying to
  // kill myself", "not suicidal".
  intent_to_die_said: [
    '(?<!\\b(not|never|no|isn.t|isnt|wasn.t|wasnt|aren.t|not feeling|n.t feel) )suicid*',
    '(?<!\\b(\\w+n.t|\\w+nt|not|never|no) )(want|wanted|wanting|wants|tried|trying|try|meant|going|gonna) to (die|kill (myself|himself|herself|themselves)|end (it|it all|my life|things))',
    '(?<!\\b(\\w+n.t|\\w+nt|not|never|no|to|trying to|want to) )(kill|killing|end|ending) (myself|my life|it all)',
    'better off dead',
    '(do|finish) (it|the job) (properly|next time|tonight)',
    "(don't|dont|do not) want to (be here|live|wake up)",
    '(?<!\\b(feel|feels|felt|am|i.m|im|is|was) )(not|never) (safe|going to be safe)',
    'no point (in )?(living|going on|anything)',
  ],
};

/**
 * Psychosis or mania told with no danger to anyone (NICE CG178 and CG185: the crisis or home
 * treatment team the same day; 999 with a risk to life). Cues, for the reason above.
 */
export const MIND_NO_DANGER_CUES: Concepts = {
  // "he's not aggressive, just scared", "not violent or anything", "he hasn't threatened anyone",
  // "not talking about hurting himself or anyone".
  no_danger_said: [
    '(not|isn.t|isnt|wasn.t|never|not been|never been|hasn.t been|hasnt been) (\\w+ )?(violent|aggressive|threatening)',
    '(hasn.t|hasnt|has not|haven.t|never|not) (threatened|hurt|harmed|attacked) (anyone|anybody|us|me|himself|herself|themselves)',
    '(not|isn.t|isnt) (talking|saying anything|said anything|saying) about (hurting|harming|killing) (himself|herself|themselves|anyone|others|us)',
  ],
  // A weapon at hand, whatever else is said ("sitting by the door with a kitchen knife").
  weapon_near: [
    '(knife|knives|blade|blades|hammer|axe|machete|gun|guns|weapon|weapons|baseball bat|crossbow)',
  ],
  // Voices that command, a jump, a window, a roof or a balcony: a risk to life however calm.
  command_or_height: [
    '(voice|voices) ~4 (telling|tell|told|saying|say|says) (him|her|me|them) to',
    '(jump|jumping|roof|balcony|ledge|bridge|flyover|cliff)',
    '(out of|out|through|open*|climb*|lean*|hang*|sitting (in|on)|standing (in|on)) (the |a |his |her |my )?(bedroom )?(window|windows)',
  ],
  // The baby believed not theirs, swapped or evil (postpartum psychosis: NICE CG192, the
  // perinatal or crisis team within hours; the spent sets' authors said 999).
  baby_not_theirs: [
    '(baby|babies|she|he|her|him|it|they) (is|isn.t|isnt|was|has been|have been|had been|are|aren.t|got|were) (not (really )?(hers|ours|mine|his|theirs|my baby|our baby|her baby|real)|swapped|switched|replaced|an imposter|evil|possessed|the devil)',
    '(baby|babies) (isn.t|isnt|is not|aren.t|are not) (really )?(hers|ours|mine|his|theirs|real)',
  ],
  // A delusion of being poisoned ("says the food is poisoned", "pumping gas through the vents").
  poisoned_belief: [
    '(food|water|drink|drinks|meals?|tea|dinner|tablets|medicine|meds) (is|are|was|were|being|has been|have been) (poisoned|tampered with|drugged)',
    '(poisoning|poison|drugging|tampering with) (his|her|their|my|the|our) (food|water|drink|drinks|meals?|tea|dinner)',
    '(pumping|putting|sending) (gas|poison|chemicals) (through|into|in)',
  ],
};

/**
 * A quinsy: one side of the throat swollen after days of tonsillitis, a "hot potato" voice, the
 * mouth hard to open, still swallowing and breathing (NICE CKS sore throat: ENT the same day;
 * 999 when saliva cannot be swallowed, the breathing is noisy or hard, or the neck swells).
 */
export const QUINSY_CUES: Concepts = {
  // "can't swallow my own spit", "cant swallow even my saliva"; not "can still swallow my spit".
  spit_not_swallowed: [
    '(?<!\\bstill )(cant|can.t|cannot|unable to|not able to|struggling to|struggle to|can hardly|can barely) (even )?swallow (even )?((my|his|her|their|the) )?(own )?(spit|saliva|water|drinks|fluids)',
    '(agony|impossible|too painful) to swallow (even )?(water|drinks|fluids|spit|saliva)',
    '(spitting|dribbling|drooling) (it )?(out )?into (a|the) (cup|towel|bowl|tissue)',
  ],
  // "breathing sounds kind of noisy", "getting hard to breathe", "a high pitched noise when I
  // breathe", "my throat feels like it's closing".
  breathing_hard_lay: [
    '(breath|breathing|breathe|breaths) ~5 (noisy|noise|noises|harder|hard|difficult|struggl*|high|squeak*|whistl*|rasp*|rattl*|sounds? (weird|funny|strange))',
    '(hard|harder|difficult|struggling) to breathe',
    'throat ~4 (closing|close up|closing up|tight)',
    '(sitting|sits|sat|leaning|leans|leant|leaned) (\\w+ )?forwards?',
  ],
  // The swelling spread into the neck or under the jaw, or a tooth behind it.
  neck_swelling_lay: [
    '(swelling|swollen|swell*) ~6 (neck|under (my|his|her) (jaw|chin|tongue))',
    '(neck|under (my|his|her) jaw) ~4 (swollen|swelling|swelled|massive)',
    '(tooth|teeth|wisdom|dental|abscess)',
  ],
};

/** Urine held back where the same day is the advice (rules.ts retention_same_day). */
export const RETENTION_CUES: Concepts = {
  // Sores or blisters on the genitals ("blisters and ulcers all down there", "painful sores down
  // below"): herpes can hold the urine back, the sexual health clinic sees it the same day.
  genital_sores_lay: [
    '(blisters|blister|sores|ulcers|ulcer) ~8 (down there|down below|genital*|vagina*|vulva|labia|penis|privates|bits|willy)',
    '(down there|down below|genital*|vagina*|vulva|labia|penis|privates) ~8 (blisters|sores|ulcers)',
  ],
};

/** Sick-day rules in type 1 diabetes (rules.ts ketones_sick_day). */
export const SICK_DAY_CUES: Concepts = {
  // "keeping water down", "keeping some fluid down", "managing small sips", "drinking ok".
  fluids_kept_down: [
    '(?<!\\b(not|n.t|nt|never) )(keeping|kept|keep|managing|manage|holding) (some |small |little )?(fluid|fluids|water|sips|drinks|it|liquids)( of water)?( down| ok| fine)',
    '(?<!\\b(not|n.t|nt|never) )(drinking|drinks) (ok|okay|fine|well|normally|water)',
  ],
};

/** A narrow-margin medicine's toxic signs for the same day (rules.ts narrow_drug_same_day). */
export const NARROW_DRUG_CUES: Concepts = {
  // A pulse under 50 told as a figure ("pulse 38 on the machine", "heart rate is 42").
  pulse_under_50_lay: [
    '(pulse|heart rate|heartrate|heart beat|heartbeat|hr) ~5 ([1-4]\\d)(?![\\d.,/%])(?! ?(mg|mmol|kg|%|years|yrs|hours|mins|minutes|days|weeks|units))',
  ],
  // Walking like someone drunk, unable to walk straight, staggering (lithium toxicity's ataxia).
  walk_drunk_lay: [
    '(walk*|stagger*) ~3 (like|as if) (he.s|she.s|i.m|im|hes|shes|they.re|someone.s|someone is)? ?(drunk|pissed|hammered)',
    '(can.t|cant|cannot|can hardly|can barely|unable to) (walk|stand) (straight|properly|in a straight line)',
    'stagger*',
    '(keep|keeps|kept|keeping) (falling|fall) ?(over|down)?',
    'falling over',
    '(jerk|jerking|jerks|twitch*) ~3 (hands|arms|legs|muscles)',
    '(hands|arms|legs|muscles) ~3 (jerk|jerking|jerks|twitch*)',
  ],
};

/** A very heavy period (rules.ts heavy_period_same_day). */
export const HEAVY_PERIOD_CUES: Concepts = {
  // Soaking through faster than hourly ("every 20 minutes", "every half hour"): 999 kept.
  soaking_faster_than_hourly: [
    'every (\\d{1,2}|ten|fifteen|twenty|thirty|forty) ?(-|to) ?(\\d{1,2} )?(min|mins|minutes)',
    'every (\\d{1,2}|ten|fifteen|twenty|thirty|forty|few) ?(min|mins|minutes)',
    'every half (an )?hour',
    'every (30|40|45) (min|mins|minutes)',
  ],
};

/** Days of tablets taken at once, or a sick day on the medicines that need pausing. */
export const MEDICINE_DAYS_CUES: Concepts = {
  // "took all of his pill organiser for the week at once", "the whole week of her dosette box in
  // one go", "every compartment of the blister pack is empty".
  week_of_tablets_taken: [
    '(took|taken|take|takes|swallowed|had|emptied) ~6 (pill organi[sz]er|dosette|dosset|blister pack|nomad|pill box|pillbox|medi-?box|tablet box|weekly box) ~8 (all|whole|week|weeks|at once|in one go|every day|all the days)',
    '(all|whole|week|weeks|at once|in one go|entire) ~6 (pill organi[sz]er|dosette|dosset|blister pack|nomad|pill box|pillbox|medi-?box|tablet box|weekly box) ~8 (took|taken|swallowed|had|empty|emptied|gone)',
    '(pill organi[sz]er|dosette|dosset|blister pack|nomad|pill box|pillbox|tablet box|weekly box) ~8 (all|whole week|every day|all the days|7 days|seven days) ~4 (empty|emptied|gone|taken)',
  ],
};

/** A new irregular heartbeat told without danger (rules.ts af_new_stable). */
export const AF_CUES: Concepts = {
  // A rate of 150 or more told as a figure ("hr 165", "pulse about 150").
  rate_150_plus: [
    '(pulse|heart rate|heartrate|hr|bpm|watch says|reading) ~5 (1[5-9]\\d|2\\d\\d)(?![\\d./])',
  ],
  // Breathless sitting still, or unable to speak for it.
  breathless_resting_lay: [
    '(breathless|out of breath|short of breath|cant breathe|can.t breathe|struggling to breathe) ~4 (sitting|sat|resting|at rest|lying|doing nothing|talking)',
    '(sitting|sat|resting|at rest|lying) ~4 (breathless|out of breath|short of breath)',
  ],
};

/** A decision to die told calmly, with a place and time arranged (rules-crisis-seventh.ts). */
export const DECIDED_CUES: Concepts = {
  // "ive decided.", "I've made my decision", "I feel really calm now".
  decided_final: [
    "(i've|ive|i have|i) (finally )?(decided|made (up )?my (mind|decision))(?= ?[.!]|$| now| then)",
    '(feel|feeling|felt) (\\w+ )?(calm|at peace|peaceful|settled) now',
  ],
  // A railway line, a bridge, a height or a car park named as a place.
  means_place_lay: [
    '(train|tube) times',
    '(the |a )?(railway|rail line|train line|train tracks|level crossing|the line behind|the tracks)',
    '(bridge|multi[- ]?storey|car park roof|cliff|cliffs|top floor|the roof)',
  ],
  // Arranged to be alone: "nobody will bother me", "my flatmates are away this weekend".
  alone_arranged: [
    '(nobody|no one|noone|no-one) (will|would|can|could|is going to) (bother|find|stop|disturb|miss) me',
    '(flatmates?|housemates?|family|parents|wife|husband|partner|everyone|mum|dad) (are|is) away',
    '(have|got|having) the (house|flat|place) to myself',
  ],
};

/** Two 999s told in lay words (rules-medicines-fifth.ts). */
export const SWALLOWED_BLOOD_CUES: Concepts = {
  // Something sharp swallowed ("swallowed 2 razor blades", "my son swallowed a drawing pin").
  sharp_swallowed: [
    '(?<!\\b(like|as if|as though|feels like|felt like|like i.m|like im) )(swallowed|swallow|swallowing|ate|eaten|gulped|necked) ~4 (razor ?blades?|blades?|needles?|pins?|drawing pins?|safety pins?|(bits of |pieces of |broken )?glass|nails?|screws?|tacks?|staples?)',
  ],
  // Blood coughed up by the cupful or mouthful ("not streaks, like a cupful in 10 minutes").
  haemoptysis_large_lay: [
    '(cup|cupful|cupfuls|mug|mugful|mouthful|mouthfuls|egg ?cup|eggcup|tablespoons?|lots of|a lot of|loads of|pints?) ~6 (blood|of it)',
    // Read across a contrast ("blood, not streaks, like a cupful"), which ~ does not cross.
    'blood[^.!?]{0,40}?\\b(cupful|cupfuls|mugful|mouthful|mouthfuls|egg ?cup|tablespoons?)',
  ],
};

/** Emergencies the rules missed, told in lay words (rules-time-critical-fourth.ts). */
export const MISSED_999_CUES: Concepts = {
  // "fell out of the upstairs bedroom window onto the grass", "jumped off the balcony".
  window_fall_lay: [
    '(fell|fallen|falling|tumbled|came|climbed|jumped|dropped) (\\w+ )?(out of|out|off|from|through) (the |a |an |his |her |my |their )?((upstairs|bedroom|first[- ]floor|second[- ]floor|top[- ]floor|open|landing|loft|2nd floor|1st floor) ){0,3}(window|balcony|roof)',
  ],
  // An ICD that has fired more than once ("it's gone off 3 times in the last hour").
  icd_shocks_lay: [
    '(gone off|went off|going off|shocked me|shocked|fired|discharged|shocks?) ~6 (twice|two times|three times|\\d+ times|several times|a few times|again|multiple times|more than once)',
  ],
  // Vomit like coffee granules or grounds: bleeding from the stomach.
  coffee_grounds_lay: [
    'coffee[- ]?(granules|grounds)',
    '(looks|look|looked|like) (like )?(used )?coffee',
  ],
  // The eyes flicking or jerking side to side (nystagmus), walking "like on a boat".
  eyes_flicking_lay: [
    'eyes? ~4 (flick*|jerk*|wobbl*|darting|dancing|going side to side|moving side to side)',
    'walk* ~4 (like|as if) (he.s|she.s|i.m|hes|shes|im)? ?(on a boat|at sea|on a ship)',
  ],
  // A small round battery ("one of those little round remote control batteries").
  coin_battery_lay: [
    '(little|small|tiny|flat|round|coin|button|watch|remote|key) ~3 (round|flat|coin|button|silver)? ?(batter(y|ies)|cells?)',
  ],
  // Lost, in the mouth or not found: the battery may be swallowed.
  battery_unaccounted_lay: [
    '(can.t|cant|cannot|couldn.t|couldnt) find (it|them|the (battery|batteries|other one))( anywhere)?',
    "(it's|its|it is|one is|one's) (now )?(missing|disappeared|vanished)",
    // "my son's remote is missing its battery" (stop 53, a probe that read routine).
    '(remote|key fob|fob|scales|toy|watch|calculator|thermometer|torch|card|candle|tracker) (is |was )?missing (its|the|a|one|their) (battery|batteries)',
    '(battery|batteries) (is |are |was |has |have )?(missing|gone|disappeared) (from|out of)',
  ],
  // The tongue and a lip swelling together ("tongue and one side of my lip swelling up").
  tongue_lip_swelling_lay: ['tongue (and|&) ~6 (swell*|swollen|puff*)'],
  // Speaking or swallowing getting harder ("getting a bit harder to talk").
  speech_harder_lay: [
    '(harder|hard|difficult|struggling|trouble|can.t|cant|cannot) (to )?(talk|speak|swallow|talking|speaking|swallowing|get my words out)',
  ],
  // A fall or a blow to the bump in pregnancy ("slipped down the stairs ... landed on my bump").
  bump_injury_lay: [
    '(fell|fallen|slipped|tripped|fall|landed|knocked|hit|kicked|punched|car crash|crash|accident) ~8 (bump|tummy|belly|stomach|stairs|side)',
  ],
};
