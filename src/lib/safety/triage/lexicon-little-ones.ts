// Lexicon, phase 25 twenty-second round: a poorly child under five (fresh-triage-p25w.json, read
// once at a5d7a04): a rash that "can still" be seen through a glass, a toddler found with a
// grandparent's blood pressure tablets, a weak high cry after a pharmacist's "just a virus", and
// the amber signs a parent tells (half the usual feeds, a strong-smelling wee with crying, a fever
// days after the jabs, "something's not right"), beside their look-alikes (a newborn's grunts
// in sleep, another child's meningitis years ago, a story). Sources: NICE NG143 (fever in under
// 5s), NICE CG54 (urine infection in children), NICE NG9 (bronchiolitis: under 50-75 % of usual
// feeds), NHS (fever after vaccinations beyond 48 hours), TOXBASE (amlodipine in a child).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const LITTLE_ONES_SIGNS: Concepts = {
  // The glass test in more words: spots that can still be seen through it.
  glass_still_seen: [
    "(pressed|press|pressing|rolled|put|pushed) (a |the )?(glass|tumbler) ~6 (can still see|still see|still there|still showing|still visible|didn't (fade|go|disappear)|doesn't (fade|go)|not fading|they stay)",
  ],
  // A child found with someone's tablets, a pot open or some gone.
  found_with_meds: [
    "(found|caught) (my |him |her |the )?(\\w+ ){0,4}(with|holding|playing with|eating|chewing|sucking) (my |his |her |the |my \\w+'?s? |\\w+'s )?(\\w+ ){0,2}(tablets|pills|medicine|meds|{drug})",
    '(pot|bottle|packet|box|blister pack|tub) (was |is )?(open|opened|lid off)',
    'how many (are |were |have )?(gone|missing)',
  ],
  // An adult's prescription tablets named by what they are for.
  rx_tablets_lay: [
    '(heart|blood pressure|bp|diabetes|diabetic|sleeping|water|epilepsy|thyroid|depression|anti-?depressant|strong pain|pain) (tablets|pills|meds|medicine|medication)',
  ],
  // Feeding: half or less of the usual.
  feeds_half: [
    '(half|a third|a quarter|less than half|about half) (of )?(her|his|their|the)? ?(normal|usual) ?(bottles?|feeds?|milk|amount)',
    '(only|just) (taking|having|drinking|had) (about )?(half|a third|a quarter) (of )?(her|his|their|the)? ?(normal|usual)? ?(bottles?|feeds?|milk|amount)',
  ],
  // A strong-smelling wee, or crying when weeing.
  wee_signs_child: [
    '(wee|pee|urine|nappies?) (smells?|smelling) ~3 (strong|really strong|bad|awful|funny|horrible|fishy)',
    '(cries|crying|screams|screaming|hurts) (when|while) (she|he|they) (does a )?(wee|pee|wees|pees)',
  ],
  // A fever days after the baby's jabs.
  fever_after_jabs: [
    '(jabs|vaccines?|vaccinations|immunisations?|injections) ~8 still ~4 (a )?(temp|temperature|fever)',
    '(\\d|two|three|four|five) days? (after|since) (the |her |his )?(jabs|vaccines?|vaccinations|immunisations?)',
  ],
};

/**
 * Never filtered by scope: broad words (an age in weeks, "temp", "not herself", "feeding less")
 * read only beside a sign, and a newborn's normal noises. As signs, their negated or asked-about
 * occurrences set the net's quiet stretches and silenced it on unrelated messages (a first draft
 * took back seven same-day readings that way).
 */
export const LITTLE_ONES_CUES: Concepts = {
  // A parent's instinct said, with a change in a baby.
  parent_instinct: [
    "(something's|somethings|something is|sth) (just )?(not right|wrong|off)",
    "(not|isn't|isnt) (herself|himself|right|his usual self|her usual self)",
  ],
  // Feeding less, sleeping more: a baby's change.
  feeding_less_lay: [
    '(feeding|feeds|eating|drinking) less',
    'sleeping (a lot )?more than (usual|normal)',
    '(cry|crying) (is |sounds )?(a bit )?(different|wrong|weird|odd)',
  ],
  // Beside a baby's fever, what the authors who called 38.0-38.3 under 3 months an emergency
  // wrote and those who called it urgent did not (stop 51, rules.ts infant_fever_mild): feeding
  // less, sleepier, spots, and the US setting (a rectal reading, a pediatrician, Tylenol), where
  // AAP guidance sends a baby under 2-3 months with 100.4 °F to be seen at once.
  infant_fever_wary: [
    '(feeding|feeds|feed|eating|drinking|sucking|taking (her|his|the) (bottles?|milk|feeds?)) (a )?(bit |little bit |little |lot |much )?less',
    '(less|not as|not that|not very) (interested|keen) (in|on) (her|his|the) (feeds?|bottles?|milk|boob|breast)',
    'sucking (small|little)',
    '(bit|little|lot) less than (normal|usual)',
    'sleepier',
    '(more|extra) sleepy',
    '(red|purple|dark|tiny|little|few) (\\w+ ){0,2}spots',
    'blotch*',
    'rectal*',
    'pediatrician*',
    'paediatrician*',
    'tylenol',
    'motrin',
  ],
  // A temperature said, without a figure ("temp on and off 3 days").
  temp_said: [
    '\\btemps?\\b(?! (of )?(3[0-6]|normal|is normal|fine))',
    'temperatures?(?! (of )?(3[0-6]|normal|is normal|fine))',
  ],
  // An age in weeks or months said bare ("18 months, temp ..."; "4mo has a temp", "6 wks").
  months_age_lay: [
    '\\b([1-9]|[1-5][0-9]) ?(months?|mo|mths?|m)\\b(?! (pregnant|ago|along|later|before|after|of|on|off|supply))',
    '\\b([1-9]|1[0-9]) ?(weeks?|wks?)\\b(?! (pregnant|ago|along|later|before|after|of|on|off|supply|post|late|early|overdue))',
  ],
  months_lt6_lay: [
    '\\b[1-5] ?(months?|mo|mths?)\\b(?! (pregnant|ago|along|later|before|after|of|on|off|supply))',
  ],
  // A newborn's usual noises: grunts or snuffles in sleep, breathing normal.
  newborn_noises_normal: [
    '(grunt*|snuffl*|squeak*|snort*) ~8 (asleep|sleep|sleeping)',
    // "makes so many noises asleep, grunts and squeaks" (stop 51, fresh-triage-p28s jk149).
    '(noises|noisy|sounds) (when |while )?(asleep|sleeping|in (her|his|their) sleep) ~3 (grunt*|snuffl*|squeak*|snort*)',
  ],
  // A baby said to be well beside the noises: pink, feeding well, settling when held (stop 51:
  // a newborn's grunts in sleep read as an emergency in fresh-triage-p27e, p28s and p30l).
  baby_well_said: [
    "(she's|he's|shes|hes|she is|he is|baby's|baby is|they're) (\\w+ ){0,2}(pink|rosy)",
    '(feeding|feeds|eating|taking (her|his) (bottles|feeds)) (really )?(well|fine|normally|ok|okay|great|loads)',
    '(settles|settled|calms) (down )?when (i|we) (pick|hold|picked|held)',
  ],
  // Breathing said to be at a normal speed.
  breathing_normal_said: [
    'breathing (at )?(a )?normal( speed| rate)?',
    'normal (breathing )?(speed|rate)',
    // "when awake he breathes quietly" (stop 49, fresh-triage-p30l: a 2-week-old's grunts in sleep).
    '(breathes|breathing) (quietly|normally|fine|easily|comfortably|calmly)',
    '(not|isn.t) working hard to breathe',
  ],
};
