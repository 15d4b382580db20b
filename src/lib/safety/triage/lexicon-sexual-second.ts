// Lexicon, phase 25 fortieth round: sexual and reproductive health outside pregnancy, a second
// author on p25d's theme (fresh-triage-p26s.json, committed unread after 7018f0a, read at once:
// 3 of 40 emergencies missed). Sources: FSRH (emergency contraception: within 5 days; missing
// coil threads: condoms and a check, emergency contraception after sex), BNF and NHS (prolonged
// erections on trazodone: stop and seek advice today; 4 hours or more is priapism, A&E), NICE CKS
// (a known ovarian cyst suddenly more painful: same day, for torsion or rupture), NICE CKS
// and EAU (Fournier's gangrene: a red, swollen scrotum turning dark with fever, 999), NSPCC (a
// child's disclosure: the police or children's services today).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SEXUAL_SECOND_SIGNS: Concepts = {
  // Skin turning dark purple or black, or grey and smelling (necrosis).
  skin_going_black: [
    '(skin|patch|area|bit) ~4 (dark purple|purple-black|black|blackish|gone black|turning black|grey and smell*)',
    '(dark purple|purple) (almost|nearly|going|turning) black',
  ],
  // Sex without anything: "had sex two nights ago without anything", "no condom".
  sex_unprotected_lay: [
    '(sex|slept with|hooked up) ~6 (without anything|with nothing|no condom|without a condom|w/o a condom|w/o condom|bareback)',
    '(no condom|without a condom|without anything)',
  ],
  // Coil threads that cannot be felt.
  coil_threads_missing: [
    "(can't|cannot|couldn't|can not|unable to) (feel|find) ({poss} |the )?(coil |iud |ius |mirena )?(threads|strings)",
  ],
  // Erections lasting hours.
  erections_lasted_hours: [
    '(erection|erections|hard-on|hard on)s? ~4 (lasted|lasting|lasts|last|went on|stayed|staying) (for )?(about |over |nearly |almost |around )?(\\d|two|three|four|an hour|a couple of) ?(hours?|hrs?)',
  ],
  // Barely able to get any wee out.
  wee_barely_out: [
    '(can|could) (barely|hardly|only just) (get|pass|do|push) (any|a drop|anything|much)( wee| pee| urine)? out',
    '(can|could) (barely|hardly) (wee|pee)',
  ],
  // A child's words that suggest someone is touching or hurting them.
  disclosure_touching: [
    '(someone|somebody|a man|a boy|an adult|he|she|they) ~8 (is |has been |was |keeps |been )?(touching|touched|abusing|abused) (her|him|them)',
    '(touching|touched) (her|him) (down there|in (her|his) private|where (she|he) (shouldn|should))',
  ],
  // A question about emergency contraception, not a need for it ("is it true the morning after
  // pill doesnt work if you weigh over 70kg", "my mate says ... true?").
  ec_info_question: [
    '(is it true|true that|myth|my (mate|friend|mum|sister) says|does|do|how (long|often|many times|effective|well)|can you take|what happens if) ~8 (morning ?-?after pill|emergency contraception|levonelle|ellaone|plan b)',
    '(morning ?-?after pill|emergency contraception|levonelle|ellaone) ~10 (true\\?|myth|infertile|weigh|over \\d+ ?kg)',
  ],
};

// Time words are never scoped away when they are the point (a cue).
export const SEXUAL_SECOND_CUES: Concepts = {
  // The sex told weeks ago, past any emergency contraception.
  sex_weeks_ago: [
    '(\\d+|two|three|four|five|six|a few|a couple of|couple of) (weeks?|wks?|months?) ago',
  ],
};
