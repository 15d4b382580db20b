// Lexicon, stop 49: same-day signs that five of the ten sets reserved at stop 48 told in words the
// rules had no concept for (fresh-triage-p30a, p30d; docs/history/triage-net.md, "Stop 49").
// Sources: ASCN stoma care (a prolapsed stoma: the stoma nurse or GP today, A&E if it turns dark
// or stops working); UKHSA rabies and bat lyssavirus guidance (a bat in a room where someone was
// asleep is an exposure to assess today, bite marks or not). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SAME_DAY_SECOND_SIGNS: Concepts = {
  // A stoma grown longer or sticking out further than it did ("my colostomy has suddenly got a
  // lot longer, sticking out maybe 8cm instead of 2": kv128).
  stoma_prolapse: [
    '(stoma|colostomy|ileostomy|urostomy) ~4 (got|gotten|grown|become|gone|getting|is) (a lot |much |way |really |suddenly )?(longer|bigger|further out)',
    '(stoma|colostomy|ileostomy|urostomy) ~6 (sticking|poking|hanging|coming) (right )?out (more|further|a lot|\\d+ ?cm)',
    'sticking out (maybe |about |around )?\\d+ ?cm instead of',
  ],
  // Asleep in a room a bat flew in ("woke up to find a bat flying round the bedroom, my daughter
  // was asleep in there": ks014).
  bat_sleeper: [
    '(bat|bats) ~12 (asleep|sleeping|slept|in (his|her|their|my|the) (cot|bed)|nursery)',
    '(woke|woken|waking|wake) (up )?(to find |and found |to |and saw |with )?(a )?bats?',
  ],
  // A finger or joint that moves fully after a knock ("jammed my ring finger ... bit swollen
  // round the middle joint but i can bend and straighten it fully": ks158): no sign of a break
  // by itself, like bearing weight (can_bear_weight) for an ankle.
  // A baby (milk) tooth, not an adult one: knocked out, it is not put back and needs no dentist
  // today (NHS; stop 49, fresh-triage-p30a ks152: "knocked one of his front baby teeth clean
  // out. bleeding stopped, hes fine").
  baby_tooth_said: ['(baby|milk) (front |top |bottom )?(tooth|teeth)', 'wobbly (front )?tooth'],
  adult_tooth_said: ['(adult|permanent|grown-up|grown up|big) (front |top |bottom )?(tooth|teeth)'],
  // A caesarean before this labour ("hoping for a vbac (had section last time)": ld132).
  previous_caesarean: [
    'vbac',
    '(had|have had|previous|last|my last|my first) (a )?(c-?section|caesarean|cesarean|section) (last time|before|with my first|for my first)?',
    '(c-?section|caesarean|section) (last time|before|with my first|for my first)',
  ],
  // Pain along the old scar, or contractions that stopped for a constant pain (uterine rupture:
  // ld132, "contractions were every 4 mins but they've just stopped and instead I've got this
  // horrible tearing pain right along my old scar").
  scar_pain_labour: [
    '(pain|tearing|ripping|burning|agony) ~6 (old |my |the |caesarean |section )?scar',
    'contractions ~6 (just |suddenly )?(stopped|gone away|disappeared) ~8 (pain|tearing)',
  ],
  // A forgotten dose taken late after all ("remembered 2 hrs late and took it then").
  dose_taken_late: [
    '(remembered|realised|realized) ~8 (and )?(took|taken|had|gave|given) (it|them|the dose)',
    '(took|taken|had) (it|them|the dose) (then|late|later|when i remembered|as soon as i remembered)',
  ],
  moves_fully: [
    '(can|could|able to) (still )?(bend|move|straighten|make a fist|grip)( and (straighten|bend|move|grip))? (it |them |my \\w+ |the \\w+ )?(fully|fine|ok|okay|normally|all the way|completely)',
  ],
};
