// Lexicon, stop 47: older people and carers (a fifth author) and infections in adults (a fifth)
// (fresh-triage-p29d.json and p29e.json, committed unread at 01925cf and 882b9e4, read once with
// the triage of 565cacc: 2 and 2 of 40 emergencies missed, 6 and 5 of 80 urgent or emergency
// read routine). Missed: an arm that "just hangs" and a lopsided mouth since 1pm in a care home
// ("nurse says she's probably just tired" had cleared them), a pulse counted at 32 with
// near-faints, a diabetic foot with "a crackly feeling under the skin ... like bubble wrap"
// (gas gangrene), a chest infection now with rusty blood, breathless at rest ("GP said viral on
// the phone on monday" had cleared it). For today: a catheter with a fever or red urine, someone
// else's blood pressure tablets taken by mistake, long-term prednisolone run out with dizziness,
// a red line from a bite, a knee replacement's wound oozing, flu with COPD, fevers for 10 days
// after a valve replacement. Sources: NICE NG128 (stroke), NICE
// CG109 and ESC (symptomatic bradycardia), NICE NG19 (diabetic foot), NICE NG138 (pneumonia),
// NICE NG113 (catheter UTI), BNF and Society for Endocrinology (steroid withdrawal), NICE NG182
// (cellulitis and lymphangitis), NICE TA168 (antivirals in at-risk adults), NICE NG111
// (infective endocarditis). An expected death at home (p29d jv081, its author: the same day)
// is left routine: three labelled messages by other authors say routine.
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const OLDER_INFECTIONS_FIFTH_SIGNS: Concepts = {
  // A pulse counted slow ("counted 32 a minute").
  pulse_counted_slow: [
    '(counted|count|counting|it was|its|it is|pulse (was|is|of)|heart ?rate (was|is|of)) ([1-3]\\d|4[0-4]) (a|per|beats a|beats per|bpm) ?(min|minute)?',
  ],
  // Crepitus in lay words ("a crackly feeling under the skin when i press like bubble wrap").
  crepitus_lay: [
    '(crackly|crackling|crunchy|crunching|popping) ~6 (under|in|beneath) (the |my |his |her )?skin',
    '(like|feels like) (bubble ?wrap|rice krispies)',
  ],
  // Someone else's tablets taken ("gave my mum my dads morning blister pack by mistake").
  wrong_persons_meds: [
    "(my|his|her|their) (dad's|dads|mum's|mums|husband's|husbands|wife's|wifes|partner's|partners|brother's|sister's|someone else's|someone elses|flatmate's|grandad's|nan's) (\\w+ )?(blister pack|tablets|pills|meds|dosette|dossett box|pill box|medication|medicines)",
    '(tablets|pills|meds|medication|blister pack) (meant )?for (someone else|another (resident|patient|person))',
  ],
  // A red line from a bite or wound ("theres a red streaky line going up from it").
  red_line_lay: [
    'red (streaky |streak |thin )?(line|lines|streak|streaks) ~4 (going|running|tracking|spreading|moving|travelling|creeping) (up|towards|along|from)',
  ],
  // A catheter bag gone red ("the urine in the bag has gone bright red with little clots").
  bag_red: [
    '(urine|wee|bag|catheter) ~6 (gone |turned |is |looks )?(bright red|red|pink|bloody|dark red)',
    '(clots|blood) in (the |his |her )?(bag|catheter)',
  ],
};

/** Who the person is or what went round (contexts: a date does not set them aside). */
export const OLDER_INFECTIONS_FIFTH_CONTEXT: Concepts = {
  // Flu named, in the house or had ("grandkids had flu last week").
  flu_said: ['(the )?flu(?! jab| vaccine| vaccination| shot)'],
  // A valve replaced ("I had a heart valve replaced 2 years ago").
  valve_replaced: [
    '(heart )?valve (replaced|replacement|repair|surgery|op)',
    '(replaced|new|metal|mechanical|tissue|pig|artificial|prosthetic) (heart )?valve',
    '(tavi|tavr)',
  ],
};
