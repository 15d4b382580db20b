// Lexicon, phase 10 (helper fa: false alarms on routine messages): the words that tell a
// routine look-alike from its dangerous twin, found by a probe set of look-alikes and twins
// written before the code was read (test/unit/safety/probes-p10-fa.json). Each concept is an
// exception that a rule reads (rules-*.ts, "& !concept"): it never raises a level itself.
// Sources: NHS pages on headaches (thunderclap: a HEADACHE that peaks in seconds), seizures
// (999 for a first fit), pins and needles, and taking an extra dose of a medicine.
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** A part of the body, or a known cause, that is not the head: where a "worst pain" is. */
const NOT_HEAD_SITE =
  '(kidney stones?|stones?|renal colic|period|periods|period pain|cramps|toothache|tooth|teeth|molar|wisdom tooth|dentist|gums?|mouth ulcers?|ulcers?|ear|ears|earache|otitis|toe|toes|big toe|foot|feet|heel|gout|birth|giving birth|labour|labor|contractions|childbirth|stitches|knee|ankle|hip|shoulder|wrist|elbow|finger|thumb|gallstones?|shingles|sciatica|burn|tattoo|waxing|piles|haemorrhoids|hemorrhoids|ingrown)';

export const WAVE10_SIGNS: Concepts = {
  // "Worst pain of my life" said of a kidney stone, a period, a tooth, an ear, a toe or a
  // birth: a thunderclap is a HEADACHE; these are read by their own rules (severe pain).
  worst_pain_elsewhere: [
    `${NOT_HEAD_SITE} ~10 (worst|most worst|worse) (pain|agony|thing)`,
    `(worst|most worst|worse) (pain|agony) ~10 ${NOT_HEAD_SITE}`,
  ],
  // The head said in so many words (with "worst pain" that makes it a headache again).
  head_said: ['(head|skull|temple|temples|forehead|brain)'],
  // "Never had one before", "first time": of a seizure only when a seizure is named (the
  // rules read it together with `seizure`); of a cold sore or a verruca it is no fit.
  first_time_vague: ['never had (one|it|them|this|that) before', 'first time', 'first ever'],
  // Pins and needles from how someone sat or lay: a foot that "went dead" on the loo.
  limb_asleep_posture: [
    '(sitting|sat|kneeling|knelt|squatting|squatted|crouching|cross ?-?legged|crossed (my|his|her) legs) ~8 (too long|for (ages|a while|too long|an hour|hours|\\d+ (minutes|mins|hours)))',
    '(went|goes|go|gone|going) (dead|numb|to sleep) ~6 (sitting|sat|kneeling|on the (loo|toilet|floor))',
    '(sitting|sat|kneeling|lying|lay|leaning) on (the loo|the toilet|it|my (leg|foot|feet|arm|hand)|his (leg|foot|arm)|her (leg|foot|arm))',
    '(arm|hand|leg|foot|feet) (went|goes|has gone|is) (dead|to sleep) ~4 (fine|normal|ok|okay|back) (now|again)',
  ],
  // A dose a little early or a little over (an hour early, 7.5 ml instead of 5 ml, three
  // tablets instead of two): a pharmacist's question, not an overdose, when the person is well.
  dose_slightly_off: [
    '(an hour|half an hour|\\d+ (minutes|mins)|a couple of hours|an hour or two|a bit|slightly|two hours|2 hours) (too )?early',
    '(7\\.5|7,5|6|7|8|2\\.5) ?ml ~~2 (instead of|rather than) (5|2\\.5) ?ml',
    '(3|three) (\\w+ )?(instead of|rather than) (2|two)',
    'the right dose',
  ],
  // Ottawa ankle and foot rules: able to bear weight, no deformity, not severe: a sprain
  // to rest, not an x-ray today (the rules keep "can't put weight on it" and a bent limb).
  can_bear_weight: [
    "(can|could|able to|i'm able to|managed to|manage to) (still )?(walk|put weight|bear weight|weight bear|stand|hop) (on it|fine|ok|okay|normally|around|about)",
    '(walking|walks|walked|standing|stands) (on it )?(fine|ok|okay|normally)',
  ],
  // Said last in its sentence, of a hypo already treated: "back to 6 now, fine".
  fine_now: [
    '(now|again|since|and|so),? (fine|ok|okay|all good|good|feeling fine|feel fine|feeling ok|back to normal)(?![\\s,]+\\w)',
  ],
  // A skipped beat now and then, at rest, with nothing else (NHS heart palpitations: usually
  // harmless; the rules still flag one with dizziness, fainting, breathlessness or chest pain).
  palp_occasional: [
    '(sometimes|occasionally|now and then|now and again|once in a while|from time to time|every so often|every now and then|the odd|odd|few times a (week|month)) ~6 (skip*|missed beats?|extra beats?|ectopic*|flutter*|palpitations?|thud*|flip*)',
    '(skip*|missed beats?|extra beats?|ectopic*|flutter*|palpitations?|thud*|flip*) ~6 (sometimes|occasionally|now and then|now and again|once in a while|from time to time|every so often|every now and then|few times a (week|month))',
  ],
  // A lip puffy from a cold sore, a bite or a split: its cause said, not an allergy.
  lip_swelling_explained: [
    '(cold sores?|coldsores?|herpes|fat lip|split lip|lip filler|fillers|chapped lips?|cracked lips?)',
    '(bit|bitten|biting|banged|bashed|hit|knocked) (my|his|her|their) lip',
  ],
  // More than a lip: the face, an eye, the tongue or the throat named.
  face_eye_said: ['(face|cheek|cheeks|eye|eyes|eyelid|eyelids|tongue|throat)'],
  // Bleeding at a named place that is not the vagina (a nose, a knee, the gums) or of a child:
  // in a pregnant or postpartum mother's message it is not her bleeding.
  bleeding_not_genital: [
    '(nose|knee|knees|gum|gums|lip|lips|mouth|tooth|teeth|finger|fingers|thumb|hand|elbow|ear|chin|forehead|scalp|cut|graze|scrape|scratch|scab|wound|toe|piercing|socket) ~~2 (bleed*|bled)',
    '(bleed*|bled) ~~2 (from|on|in|at) (the |my |his |her |their )?(nose|knee|knees|gum|gums|lip|lips|mouth|tooth|teeth|finger|fingers|thumb|hand|elbow|ear|chin|forehead|scalp|cut|graze|scrape|scratch|scab|wound|toe|piercing|socket)',
    '(nose ?bleeds?|bloody nose|nosebleeds?)',
    '(son|daughter|child|kid|toddler|boy|girl|grandson|granddaughter) ~~2 (is |was |keeps |has been |had )?(bleed*|bled)',
  ],
  // The bleeding placed where a pregnancy's or birth's bleeding is.
  vaginal_said: [
    '(vagina*|down below|front passage|spotting|pads?|tampons?|knickers|underwear|when i wipe|wiping|period|periods|clots?|lochia)',
  ],
  // An ear bleeding at a piercing: the lobe, not blood from inside the ear.
  piercing_said: ['(piercing|pierced|earrings?|studs?)'],
  // With eating next to nothing (NICE NG69 eating disorders): weight lost, counted, or periods
  // that have stopped. Read by rules-wave10.ts; "barely eats" alone is a fussy eater.
  weight_lost_amount: [
    '(lost|dropped|down|losing) (\\d+|a|two|three|four|half a) ?(stone|st|kg|kgs|kilos?|pounds|lbs)',
  ],
  periods_stopped: [
    '(periods?|menstruation) (have |has |had )?(stopped|gone|disappeared|stopped coming)',
    "(not had|haven't had|hasn't had|no) (a )?periods? (for|since|in) ",
  ],
};
