// Lexicon, phase 25 twenty-fifth round: older people and those who look after them
// (fresh-triage-p26c.json, committed unread at a66cd8a, read once at 3a30fc9): a week of a
// dosette box taken in one go, a neighbour freezing to the touch who has stopped shivering, a
// mother on the kitchen floor "since about 10 last night"; a heart "fluttering and going
// irregular" at 80 with a watch's 110, a man's urine infection said as "74 yo male", dribbling
// with a bladder that never feels empty, a new water tablet with dizziness on standing and near
// falls, a heel's purple patch that does not go white in someone in bed most of the day, 9 days
// without a poo with discomfort and eating less, pink wee on a blood thinner guessed to be
// beetroot. Sources: TOXBASE (digoxin and beta-blockers taken together: A&E), NHS hypothermia
// (999 for slurred speech or drowsiness, shivering that has stopped), NHS falls (a long lie:
// 999 or A&E), NICE CKS atrial fibrillation (new, symptomatic: same day), NICE NG109 (a man's
// urine infection: GP), NICE CKS lower urinary tract symptoms in men (chronic retention:
// same-day referral), NICE CKS postural hypotension, NICE NG179 and NPIAP (deep tissue pressure
// injury: the district nurse today), NICE CKS constipation, NHS blood in urine (on
// anticoagulants: GP today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Blood pressure, heart and prostate medicines that bring on dizziness on standing. */
const BP_DRUG =
  '(furosemide|frusemide|bumetanide|bendroflumethiazide|indapamide|spironolactone|ramipril|lisinopril|perindopril|enalapril|candesartan|losartan|irbesartan|bisoprolol|atenolol|doxazosin|tamsulosin|alfuzosin|nifedipine|felodipine|amlodipine|isosorbide)';

export const OLDER_CARERS_SIGNS: Concepts = {
  // A week or more of medicines swallowed at once: a pill organiser's week (this round), every
  // compartment emptied (fresh-triage-p26e's round), a whole week or month of one medicine
  // (fresh-triage-p26h's round).
  supply_taken_at_once: [
    "(whole|entire|all of|full|all|a|the) (\\w+ )?(week|weeks|week's|days|day's|fortnight|fortnight's) (\\w+ ){0,2}(of|from|in|out of) (her|his|my|their|the|a) (dosette|dossette|doset|pill (box|organi[sz]er)|pillbox|blister (pack|packs)|nomad|tablet box|medicine box|meds box)",
    '(emptied|took|taken|swallowed) (all of |the whole |all |the entire )?(her |his |my |their |the )?(dosette|dossette|pill (box|organi[sz]er)|pillbox|nomad|blister pack) (box )?(in one go|at once|all at once|in one)',
    '(emptied|taken|took|swallowed|had) (every|all the|all of the|each) (compartment|slot|box|day)s? (\\w+ ){0,2}(for|of|in) the (week|month)',
    '(emptied|taken|took) every compartment',
    // "all 7 days are empty, he says he took them this morning" (phase 25, fresh-triage-p27p ih012).
    '(all|all of the|every one of the|the whole) (7|seven|14|fourteen|the) (days|compartments|slots|boxes|pockets) (are |were |was )?(empty|emptied|gone)',
    "(took|taking|taken|had|swallowed) (my |his |her |the |a )?(whole|entire|full|all of (my|his|her|the)) (week|weeks|week's|month|month's|fortnight|fortnight's) (of|worth of|supply of) ~2 ({drug}|\\w+) (at once|in one go|all at once|together)",
  ],
  // Cold to the touch, in more words ("freezing to the touch").
  cold_to_touch_lay: [
    '(freezing|ice cold|icy|cold as ice|stone cold|frozen|so cold|really cold|very cold) (to (the )?touch|to feel)',
    "(she's|he's|she is|he is|they're|feels|felt|felt like) (absolutely |completely )?(freezing|ice cold|icy|stone cold)(?! (outside|out|in here|today|weather))",
  ],
  // Shivering that has stopped.
  not_shivering: ["(not|isn't|stopped|no longer|wasn't|has stopped|hasn't been) (even )?shivering"],
  // On the floor, and "been there since ..." or "all night", or "until the carer came"
  // (fresh-triage-p26f's round).
  lie_there_since: [
    '(floor|ground) ~16 (been there|lying there|laying there|lain there|stuck there|been lying|been laying|been on (it|the floor)) (since|for|all night|overnight|most of the night|hours)',
    '(on|lying on|laying on|stuck on) the (\\w+ )?(floor|ground) (until|till|til) (the |his |her |my |a )?(carers?|morning|someone|i|we|they|neighbou?r|warden|paramedics?)',
  ],
  // The heart fluttering or irregular in lay words ("my hearts been fluttering").
  heart_lay: [
    "(heart|hearts|heart's) (\\w+ ){0,3}(fluttering|flutter|flutters|going irregular|irregular|all over the place|skipping|racing|pounding|jumping|thumping|banging)",
  ],
  // A man said by age and sex ("74 yo male").
  male_age_said: [
    '\\b(\\d\\d) ?(yo|y/o|year old|yr old|years old|yrs old|yrs)?,? (male|man|gent|gentleman|bloke)\\b',
  ],
  // Dribbling all the time ...
  dribbling_wee: [
    '(dribbling|dribbles|leaking|leaks|trickling) (wee|urine|pee)? ?(all the time|constantly|non-?stop|day and night)',
  ],
  // ... and a bladder that never feels empty, or a full lower tummy.
  never_empty: [
    "(never|doesn't|does not|don't|can't|cannot) (feel|feels|felt|get) (\\w+ ){0,2}(empty|emptied)",
    '(bladder|tummy|belly) (feels |is |a bit |looks ){0,3}(full|swollen|hard|tight) (low down|down below|at the bottom|above (his|her) (pubic|private))',
  ],
  // A medicine started in the last days or weeks.
  med_started_recent: [
    `(started|starting|began|put on|new) (on )?({drug}|${BP_DRUG}|water tablets?|a water tablet|a new (tablet|medicine|medication|pill)) ~4 (last week|this week|a week ago|days ago|\\d+ days ago|two weeks ago|a few days ago|recently|yesterday|on monday|on tuesday|on wednesday|on thursday|on friday)`,
  ],
  // A dark or purple patch on a pressure point.
  pressure_site_patch: [
    '(heel|heels|bottom|sacrum|tailbone|base of (her|his|the) spine|hip bone|ankle bone) ~6 (dark|purple|maroon|black|blue|dusky|red|deep red) (patch|mark|area|spot|bit|blister)',
  ],
  // It does not go white when pressed.
  press_not_white: [
    "(doesn't|does not|won't|didn't|not|don't) (go|turn|going|change) (white|pale|lighter|paler) (when|if) (i |you |we )?(press|pressed|push|pushed)",
  ],
  // In bed or a chair most of the day.
  bed_most_day: [
    '(in bed|in (her|his) (chair|bed)) (most of|all) (the )?day',
    '(bed|chair)[- ]?bound',
    'spends? (most of the day|all day) in (bed|a chair|(her|his) chair)',
  ],
};

/** Never filtered by scope: the writer's own guess at a cause, asked ("probably the beetroot?"). */
export const OLDER_CARERS_CUES: Concepts = {
  cause_guessed: [
    "(probably|maybe|might be|could be|must be|perhaps) (it's |its )?(the |from the |just the |because of the )?(beetroot|beets|blackberries|rhubarb|food dye|red food)\\?",
  ],
};
