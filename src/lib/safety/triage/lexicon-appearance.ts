// Lexicon, phase 25 eleventh round: what people see, on every skin tone (fresh-triage-p25l.json,
// read once at 3cb71f7). Jaundice on a baby's first day, a ring-strangled finger, a diabetic toe
// gone black with shivers, a foot that hurts at night until it hangs out of bed, a dusky edge to
// a stoma, a bruise on a baby who cannot roll; and the harmless look-alikes (a rash that fades
// under a glass, a tongue blue from a slushie, lips blue under blue lights, petechiae after
// vomiting). Sources: NICE CG98 (jaundice in the first 24 hours), NICE CG89 and the NSPCC
// (bruising in non-mobile babies), NICE NG19 (diabetic foot), NICE CG147 (critical limb
// ischaemia), Meningitis Research Foundation (the glass test), BAD (facial petechiae after
// vomiting). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const APPEARANCE_SIGNS: Concepts = {
  // Born within the last day.
  born_today: [
    "(born|birth|delivered|had (him|her|the baby|our baby|my baby|our son|our daughter)) (at home |in hospital |at the birth centre )?(at \\d+ ?(am|pm|o'clock)|this morning|today|tonight|this afternoon|this evening|last night|(\\d+|a few|few|couple of) hours ago)",
    '(about |around )?(\\d+|a few|few) (hours|hrs) old',
    // "born yesterday morning and is already looking yellow" (phase 25, fresh-triage-p27b ht140).
    '(born|delivered) yesterday( morning| afternoon| evening| night)?',
    '(under|less than) (a day|24 hours|one day) old',
  ],
  // A finger or toe gone purple, blue, white or black.
  digit_colour_bad: [
    '(finger|fingers|fingertip|toe|toes|thumb) ~4 (purple|purply|blue|bluish|white|grey|gray|black|dusky|dark)',
  ],
  // Pain in the foot at night eased by hanging it out of bed (critical limb ischaemia).
  rest_pain_lay: [
    '(hang|hangs|hanging|dangle|dangles|dangling|put|puts|putting) (it|her foot|his foot|my foot|her leg|his leg|my leg|the foot|the leg|her feet|his feet|my feet) (out of|over the (side|edge) of|off) (the )?bed',
    '(foot|feet|leg|toes) ~4 (hurts?|pain|aches?|agony) (at night|in bed|when (i|he|she) lie|lying down) ~10 (better|eases?|easier|relieved|helps) ~6 (hang\\w*|dangl\\w*|down|out of bed|over the side)',
  ],
  // Part of a stoma dusky, at its edge or in a patch (the stoma team today).
  stoma_dusky_partial: [
    '(bit|patch|spot|area|edge|rim|part|corner) ~4 (dusky|purple|purply|dark|black|blackish|grey|gray)',
    '(dusky|purple|purply|dark|black|blackish|grey|gray) (bit|patch|spot|area|edge|rim|part|corner)',
  ],
  // The glass test passed: the spots fade under pressure (Meningitis Research Foundation).
  rash_blanches: [
    "(?<!(don't|doesn't|didn't|won't|wont|dont|doesnt|didnt|not|never|no longer|isn't|aren't|wasn't|weren't) )(fade|fades|faded|fading|disappear|disappears|disappeared|go away|goes away|went away|go pale|goes pale|went pale|turn white|turns white|go white|goes white|went white|turn pale|turns pale|blanch|blanches|blanched) (\\w+ ){0,2}(when|if|under|with) (i |you |we )?(\\w+ )?(press|presses|pressed|pressing|the glass|a glass|glass)",
    '(glass test|tumbler test) ~4 (fine|ok|okay|negative|normal|fades|faded|passed)',
    // "i did the glass test because of meningitis and the spots all fade" (stop 50,
    // fresh-triage-p30e kw034).
    '(glass test|tumbler test) ~10 (spots|rash|dots|it|they) (all |both )?(fade|fades|faded|disappear|disappears|disappeared|go away|goes away|went away|went|go white|goes white)',
  ],
  smoker_said: ['(smokes|smoker|smoking|smoked for|a smoker|fags|cigarettes)'],
  // Accused or suspected of hurting one's own child (a parent's fear, not an intent).
  accused_harm: [
    "(hinting|hinted|suggesting|suggested|implying|implied|accusing me|accused me|accused us|think|thinks|thought|assume|assumed|worried) (that )?(i|we|i'd|we'd|i had|we had) (hurt|hit|harmed|abused|bruised|did)",
  ],
};
