// Lexicon, stop 47: newborns and babies under 3 months, a third author on the theme
// (fresh-triage-p28s.json, committed unread at 7caff9e and read once at fdc6048, the triage as
// at 2ed6097: 5 of 40 emergencies missed, 12 of 80 urgent or emergency read routine). Missed
// were a premature twin who needed her feet flicked to breathe again, a 9-day-old at 35.2 who
// would not feed, a blistered scald and a dog bite on a baby's face, a grandad's amlodipine
// half dissolved in a baby's mouth; for today, a baby who stopped moving an arm, a head that
// crossed two centiles with a fuller soft spot, a cold-sore kiss then a blister, a measles
// contact too young for MMR, bleeding after circumcision, a first formula feed with blotches.
// Sources: NICE NG143 (fever and amber signs under 3 months), NHS (burns and bites on babies:
// A&E; a fall in a baby: seen), TOXBASE (calcium-channel blockers: one tablet can kill a child),
// UKHSA (measles: immunoglobulin within 6 days under 6 months), BAPM (neonatal herpes), RCPCH
// (head circumference crossing centiles). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const NEWBORNS_THIRD_SIGNS: Concepts = {
  // Breathing restarted only by stimulation ("I had to flick her feet to get her breathing
  // again").
  stimulated_to_breathe: [
    '(flick|flicked|flicking|rub|rubbed|rubbing|tap|tapped|tapping|blow|blew|blowing|shake|shook|jiggle|jiggled) ~4 (to get|to make|until|till) (her|him|them|baby|the baby) ~2 (breathing|breathe|breath) (again|back)?',
    'to (get|make) (her|him|them|baby|the baby) (to )?(start )?(breathing|breathe) again',
  ],
  // Feeds told in millilitres, far fewer ("only taken 30ml each feed today (usually 70-80)").
  feeds_reduced_ml: [
    '(only|just|barely) (taken|had|taking|drinking|drunk|drank|managed|takes|drinks) (about |around )?\\d+ ?(ml|mls|oz) ~4 (usually|normally|instead of|when (she|he) (usually|normally))',
  ],
  // A baby who will not feed ("not interested in feeding").
  feeding_uninterested: [
    "(not|isn't|isnt|wasn't) (really )?interested in (feeding|feeds|(her|his) feeds|milk|the bottle|the breast|his bottle|her bottle)",
  ],
  // An arm or leg a baby stopped moving ("hasn't moved her right arm much since yesterday").
  limb_not_moving_baby: [
    "(hasn't|hasnt|has not|not|isn't|isnt|won't|wont|doesn't|doesnt) (been )?(moved|moving|using|move|use) (her|his) (right |left )?(arm|leg|hand) (much|at all|properly|since)",
  ],
  // A head measured as crossing centiles ("its jumped up 2 lines in the red book").
  head_centiles_jumped: [
    '(head|head circumference|head size) ~8 (jumped|crossed|gone up|went up|shot up) ~3 (\\d|two|three) (lines|centiles|centile lines)',
  ],
  // A cold sore's kiss ("has a cold sore and kissed the baby").
  cold_sore_kiss: [
    'cold ?sore ~10 (kiss|kissed|kissing|kisses)',
    '(kiss|kissed|kissing) ~10 cold ?sore',
  ],
  // A first formula feed ("first formula top up").
  formula_first: [
    '(first|new) (formula|bottle of formula|formula top ?-?up|top ?-?up|bottle)',
    'formula (top ?-?up|feed) ~4 (first|for the first time)',
  ],
  circumcision: ['circumcis*'],
  // Someone else with measles ("a child in the waiting room had measles").
  measles_other_had: [
    '(child|kid|someone|somebody|boy|girl|baby|person|cousin|friend|nursery|classmate|people) ~6 (had|has|with|got|confirmed) measles',
    'measles (contact|exposure|case|outbreak)',
    '(exposed|exposure) to measles',
  ],
  // Jabs on a named day, and a fever still there ("8 week jabs on monday ... its now thursday and
  // she still has 38.4").
  jabs_day_named: [
    '(jabs|vaccines?|vaccinations|immuni[sz]ations?) ~8 (on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  ],
  still_febrile: [
    '(still|yet) (has|got|having|running|at) (a )?((temp|temperature|fever) (of )?)?3[89]([.,]\\d)?',
  ],
  hard_to_settle: ['(hard|difficult|impossible) to (settle|calm|soothe)'],
  sneezing_lots: ['sneez\\w* (loads|a lot|lots|all the time|constantly|non ?-?stop)'],
};

/** Read only beside other signs, never set aside by a negation before them (cues). */
export const NEWBORNS_THIRD_CUES: Concepts = {
  // Crying nothing settles ("screaming on and off for 4 hours ... nothing settles her").
  inconsolable_lay: [
    'nothing (settles|calms|soothes|comforts) (her|him|them)',
    "(can't|cannot|cant|won't|wont) (settle|calm|console|soothe|comfort) (her|him|them)( down)?",
  ],
  feeds_short: ['(only )?(taking|having|doing|takes) (short|small|tiny|little) feeds'],
};
