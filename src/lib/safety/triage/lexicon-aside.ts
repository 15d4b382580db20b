// Lexicon, phase 25 twelfth round: a health detail inside a message about something else
// (fresh-triage-p25m.json, read once at 0d0241a): a fit note or a fit-to-fly letter, a school's
// email pasted in, a medicine leaflet quoted, a count of tablets told after a question about
// their side effects. Sources: Resuscitation Council UK (anaphylaxis: a hoarse voice or a
// cough that goes on after a known food allergen is an airway and breathing problem), NHS
// overdose advice (A&E for an intentional overdose even when the person seems well), NHS
// England (constipation in people with a learning disability), NHS carbon monoxide, NHS
// palpitations. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const ASIDE_SIGNS: Concepts = {
  // A count of tablets told after the medicine was named: "my girlfriend just told me she
  // swallowed about 40 of them" (ge130). The rule that reads it still needs a medicine named
  // in the message, as tablets_many_day's does (rules-aside.ts); not a count spread over weeks
  // ("took 14 of them over the last two weeks, one a night").
  tablets_of_them: [
    "(took|taken|swallowed|downed|necked|ate) (about |around |like |roughly |maybe |probably |nearly |over |at least )?([9]|[1-9][0-9]|nine|ten|eleven|twelve|fifteen|twenty\\w*|thirty\\w*|forty\\w*|fifty) (of (them|those|these|em|'em|it|her|his|my|their) ?\\w*|of the (tablets|pills|packet|box))(?! ~~6 (over|in|across|during|for) (the )?(last |past )?(\\w+ )?(weeks?|months?|fortnight|years?)\\b)",
  ],
  // A person's symptoms felt only at home, said as such ("sick and dizzy, only when we're
  // home"; ge159), for carbon monoxide with a fuel-burning appliance, as better_away_home is
  // read (rules-body.ts).
  home_only_symptoms: [
    "(headaches?|head ?aches?|sick|nause\\w*|queasy|dizz\\w*|drows\\w*|sleepy|groggy) ~10 (only|just) (when|while|whenever) (we're|we are|i'm|i am|he's|she's|they're|they are|we get|i get) (at |back |in the (house|flat) |indoors )?(home|in|inside|indoors)\\b",
  ],
  // Bowels not opened for four days or more, told with a count ("hasn't opened his bowels for
  // 6 days", "no poo in 5 days").
  no_bowels_long: [
    // A care home's shorthand: "BNO 6 days" (bowels not opened; phase 25, fresh-triage-p25n).
    '(bno|bowels not opened|bowels not open) ~3 (for |in |x ?)?(over |more than |about |nearly )?([4-9]|1[0-9]|four|five|six|seven|eight|nine|ten|a week|a fortnight|two weeks|over a week) ?(days|day|d)?\\b',
    "(no|not|haven't|hasn't|hadn't|not had|not done|not been for) ~6 (poo|bowel movement|number two|stool|opened (his|her|my|their) bowels|bowels open\\w*) ~4 (for|in) (over |more than |about |nearly )?([4-9]|1[0-9]|four|five|six|seven|eight|nine|ten|a week|a fortnight|two weeks|over a week) ?(days|day)?",
  ],
  // A mouth or throat that was itchy or tingly, told in the past ("he said his mouth was
  // itchy"): the first sign of a reaction to a food (ge054).
  mouth_itch_told: [
    '(mouth|throat|tongue|lips) (was|were|went|got|felt|had gone|has gone|is|are|feels|felt all) (all |really |a bit |very |so )?(itchy|itching|tingly|tingling|funny|fuzzy|prickly|burning)',
    '(itchy|tingly|tingling|prickly|fuzzy) (mouth|throat|tongue|lips)',
  ],
  // A child or adult who plays sport or runs about as usual with no trouble ("she does loads
  // of sport fine"): occasional skipped beats with exercise tolerated (NHS palpitations).
  exercise_fine: [
    '(does|doing|plays|playing|play|do|goes|go) ~4 (sport|sports|football|netball|hockey|rugby|running|pe|p\\.e\\.|exercise|the gym|swimming|dance|dancing|training|matches) ~3 (fine|no problem|no problems|without (any )?(problems?|trouble|issues?|symptoms)|with no (problems?|trouble|issues?|symptoms))',
  ],
};

/** Who and what: only a negation cancels them (lexicon.ts). */
export const ASIDE_CONTEXT: Concepts = {
  // A known food allergy, named with its food ("he has a peanut allergy", "allergic to nuts").
  food_allergy_named: [
    '(peanut|nut|tree nut|sesame|egg|milk|dairy|cows? milk|shellfish|prawn|fish|kiwi|soya|mustard|lupin|sulphite|wheat|cashew|pistachio|almond|walnut|hazelnut|seafood|celery) allerg(y|ies|ic)',
    'allergic to (peanuts?|nuts|tree nuts|sesame|eggs?|milk|dairy|shellfish|prawns?|fish|kiwi|soya|mustard|lupin|cashews?|pistachios?|almonds?|walnuts?|hazelnuts?|seafood|celery)',
  ],
};

/**
 * Never filtered by scope: a medicine named anywhere, or something eaten, only ever read beside
 * a count of tablets or a known food allergy with a sign. As signs their negations ("not on
 * meds") would have set the net's quiet stretches and silenced it on unrelated messages.
 */
export const ASIDE_CUES: Concepts = {
  // Any medicine or tablets named, for tablets_of_them.
  medicine_named: ['{drug}'],
  // Something eaten: a meal, a snack, a bar.
  ate_something: [
    '(after|since|while|from) (eating|having|trying|he ate|she ate|i ate|they ate|lunch|dinner|tea|a snack)',
    '(ate|eaten|eating|had|tried|tasted|bit into|bite of|a bite of) (a|an|some|the|his|her|my|their|one of|a piece of|a bit of) ~3 (bar|cereal bar|flapjack|biscuit|cookie|cake|brownie|sweet|sweets|chocolate|sandwich|curry|sauce|snack|takeaway|pudding|dessert|cereal|granola|ice cream|pesto|satay)',
  ],
};
