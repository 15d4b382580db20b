// Data for scope.ts: a scene of fiction told by its writer or reader ("I'm writing a novel where
// a character has an anaphylactic reaction", "a film in which the hero has a heart attack").
// The writer's "I" names the author, not a patient, so FICTION (scope-not-a-person.ts) does not set
// the sentence aside; this cue sets aside only the scene's own words: the medium, a fictional
// person (character, hero, protagonist...) and up to five words after it. Read by scope.ts
// through FIGURATIVE_CUES, like STUDY_TOPIC. Not "a man", "a player" or "the scene where":
// a real person at a real scene is a patient (phase 12, test/unit/safety/probes-p12-fa.json).

// "For a film script: character gets stabbed", "playing a game where my character gets bitten
// by a snake", "in my novel a guy gets stabbed in the liver" (stop 53, fresh-triage-p31a ls142,
// p31c lu030, p31b lt135: all read as 999).
const MEDIUM =
  '(?:(?:crime|murder|detective|spy|horror|fantasy|romance|historical|medical|hospital|short|graphic|film|movie|tv|radio|stage|video|computer|board) )?(?:novels?|books?|stor(?:y|ies)|short stor(?:y|ies)|scripts?|screenplays?|films?|movies?|episodes?|fan ?fic\\w*|chapters?|comics?|series|shows?|dramas?|soaps?|(?:murder |crime )?myster(?:y|ies)|thrillers?|whodunn?its?|plays?|musicals?|pantos?|games?)';
/** In a work named as one's own ("in my novel a guy gets stabbed"), anyone in it is fiction. */
const OWN_PERSONA =
  '(?:(?:main |lead |central )?characters?|heroe?s?|heroine|protagonist|antagonist|villain|detective|narrator|victim|killer|murderer|suspect|guy|man|woman|girl|boy|lady|bloke|kid|teenager|someone|somebody)';
const PERSONA =
  '(?:(?:main |lead |central )?characters?|heroe?s?|heroine|protagonist|antagonist|villain|detective|narrator|victim|killer|murderer|suspect)';

export const FICTION_SCENE = new RegExp(
  `\\b${MEDIUM}(?: (?:i'm|i am|i was|we're|we are|i've been) (?:writing|reading|watching|making|drafting|working on))? (?:where|in which|when|whose) (?:(?:a|an|the|one|my|our|his|her|its) )?${PERSONA}(?:[^\\w.!?\\n]+[\\w']+){0,5}` +
    // "for a novel im writing, a character throws up blood after years of drinking" (phase 25,
    // fresh-triage-p27m ie060).
    `|\\bfor (?:my|our|the|a|this) ${MEDIUM}(?: (?:i'm|im|i am|we're|we are) (?:writing|drafting|working on|plotting))?[,:]? (?:(?:a|an|the|one|my|our) )?${PERSONA}(?:[^\\w.!?\\n]+[\\w']+){0,16}(?:[.!?,]\\s*(?:is it|would|will|could|does|can|how|what)\\b(?:[^\\w.!?\\n]+[\\w']+){0,12})?` +
    // "in my novel a character gets bitten by an adder on the moors, is it realistic he'd die
    // before reaching hospital?" (phase 25, fresh-triage-p26f gx133).
    `|\\bin (?:my|our) ${MEDIUM}[,:]? (?:(?:a|an|the|one|my|our) )?${OWN_PERSONA}(?:[^\\w.!?\\n]+[\\w']+){0,16}(?:[.!?,]\\s*(?:is it|would|will|could|does|can|how|what)\\b(?:[^\\w.!?\\n]+[\\w']+){0,12})?` +
    `|\\bin (?:my|our|the|a|this) ${MEDIUM}[,:]? (?:(?:a|an|the|one|my|our) )?${PERSONA}(?:[^\\w.!?\\n]+[\\w']+){0,16}(?:[.!?,]\\s*(?:is it|would|will|could|does|can|how|what)\\b(?:[^\\w.!?\\n]+[\\w']+){0,12})?`,
  'g',
);

/**
 * The writer's own character named after the work ("writing a novel, my character has a
 * ruptured ectopic. would she faint..."; phase 25, fresh-triage-p25k gc001): the character's
 * words, up to twelve, and a question about "she" or "he" straight after.
 */
/**
 * A scene being written, told as what happens in it ("writing a story where a toddler gets
 * meningococcal septicaemia overnight. what would the parents notice first?"; phase 25,
 * fresh-triage-p25w go156): the sentence and a question about the scene after it, which may
 * open "roughly how long..." (fresh-triage-p27l id119).
 */
export const WRITER_SCENE = new RegExp(
  `\\b(?:writing|drafting|working on|plotting|editing) (?:a|my|the|this) ${MEDIUM} (?:where|in which|about how|about a|about an|about someone|about my|when)\\b[^.!?]{0,160}(?:[.!?]\\s*(?:(?:roughly|about|so|and|ok|okay|realistically|approximately|honestly|also|but) )?(?:what|how|would|will|could|does|did|can|should|which)\\b[^.!?]{0,120})?`,
  'g',
);

/** Cheap guard for WRITER_SCENE. */
export const MAY_BE_WRITER_SCENE = /\b(?:writing|drafting|working on|plotting|editing)\b/;

export const WRITER_CHARACTER = new RegExp(
  // The character may open the next sentence: "I'm writing a crime novel. My character gets
  // stabbed in the stomach" (stop 53, fresh-triage-p31m me096).
  `\\b(?:writing|drafting|working on|plotting|editing) (?:a|my|the|this) ${MEDIUM}\\b(?:[^.!?]|[.!?]\\s+(?=[^.!?]{0,12}\\b${PERSONA}\\b)){0,40}?\\b(?:(?:my|our|the|a|her|his) )?${PERSONA}(?:[^\\w.!?\\n]+[\\w']+){0,16}(?:[.!?,]\\s*(?:would|will|could|does|did|can|should|how|what|when)(?: long| soon| quickly| fast| much)?(?: (?:before|until|till|would|will|does|do|did))? (?:she|he|they|the \\w+)\\b(?:[^\\w.!?\\n]+[\\w']+){0,12})?`,
  'g',
);

/** Cheap guard for FICTION_SCENE. */
export const MAY_BE_FICTION_SCENE =
  /\b(?:characters?|heroe?s?|heroine|protagonist|antagonist|villain|detective|narrator|victim|killer|murderer|suspect|in (?:my|our) (?:\w+ )?(?:novels?|books?|stor(?:y|ies)|scripts?|screenplays?|films?|plays?|games?|comics?|chapters?))\b/;

// A real stranger seen on a screen or read about: "saw a video of a guy who survived a lightning
// strike and had a red fern pattern all over his skin. what is that" (phase 25,
// fresh-triage-p25e fw052). The viewer is not the patient and neither is anyone they could
// help; the cue sets aside the clip's own words, up to fourteen, and stops at the sentence's end
// or where the writer or their own people come in ("... and now my dad has the same"). A
// programme's title may come before "where": "watched an episode of call the midwife where a
// woman had a fit" (phase 25, stop 46, fresh-triage-p28g iy058).
const CLIP =
  '(?:videos?|clips?|reels?|tiktoks?|shorts?|documentar(?:y|ies)|news (?:story|report|item|clip)|articles?|posts?|programmes?|programs?|podcasts?|youtube (?:video|clip)s?|episodes?)';
const STRANGER =
  '(?:guy|man|bloke|woman|lady|person|people|kid|boy|girl|child|toddler|baby|teenager|student|pensioner|family|couple|mum|dad|mother|father|athlete|footballer|player|climber|diver|surfer|soldier|firefighter|streamer|youtuber|influencer|celebrity|someone|somebody)';
export const MEDIA_SCENE = new RegExp(
  `\\b(?:saw|seen|watched|watching|read|reading|heard|listened to) (?:a|an|the|this|that|some|last night's) ${CLIP} (?:(?:of|on) (?:[\\w']+ ){1,5}?(?:where|in which) |(?:of|about|where|showing|on|in which) )(?:a|an|some|this|that|the|one)? ?${STRANGER}(?:[^\\w.!?\\n]+(?!(?:i|i'm|me|my|mine|myself|we|us|our|now|today|but)\\b)[\\w']+){0,14}` +
    // "Just read in the paper about a woman who lay on her kitchen floor for four days" (stop 53,
    // fresh-triage-p31j: read as someone lying on the floor now).
    `|\\b(?:saw|seen|read|heard) (?:it )?(?:in|on) (?:the|a) (?:paper|papers|newspaper|news|telly|tv|radio|facebook|internet) about (?:a|an|some|this|that|the|one)? ?${STRANGER}(?:[^\\w.!?\\n]+(?!(?:i|i'm|me|my|mine|myself|we|us|our|now|today|but)\\b)[\\w']+){0,14}`,
  'g',
);

/** Cheap guard for MEDIA_SCENE. */
export const MAY_BE_MEDIA_SCENE =
  /\b(?:videos?|clips?|reels?|tiktoks?|shorts?|documentar(?:y|ies)|news|articles?|posts?|programmes?|programs?|podcasts?|episodes?|paper|papers|newspaper|telly|tv|radio|facebook|internet)\b/;
