// Data for scope.ts: a colour or spots with a harmless cause told beside them, read through
// FIGURATIVE_CUES (the cue's words are set aside, like a simile): a tongue blue after a slushie,
// lips that looked blue under blue lights, tiny dots round the eyes after vomiting, a band of
// dots where a blood-pressure cuff was (phase 25, fresh-triage-p25l gd151, gd068, gd147, gd066;
// Meningitis Research Foundation and BAD: petechiae on the face after vomiting or under a cuff
// are pressure marks). Regular expressions over normalized text.

const DYE =
  '(?:slushie|slushy|slush puppy|slush|sweets?|lolly|lollipop|ice pop|ice lolly|blue raspberry|raspberry|food colou?ring|dye|blueberr\\w*|haribo|jelly|icing|cake|drink|juice|paint|felt tip|pen|ink|crayon|chalk)';
const LIGHTS =
  '(?:blue|coloured|colored|led|fairy|neon|christmas|disco|uv|purple)(?: \\w+)? lights?';
const PART = '(?:tongue|lips|lip|mouth|teeth|face|skin|hands?|fingers?|poo|wee)';

export const COLOUR_CAUSE = new RegExp(
  [
    // "tongue is bright blue after a slushie"
    `\\b${PART}\\b[^.!?]{0,30}?\\bblue\\b[^.!?]{0,30}?\\b(?:after|from|with) (?:a |an |the |some |that |those |his |her |my )?(?:\\w+ ){0,2}${DYE}\\b`,
    // "lips under the blue fairy lights ... looked properly blue"
    `\\b${PART}\\b[^.!?]{0,20}?\\b(?:under|in) (?:the |some )?${LIGHTS}\\b[^.!?]{0,60}`,
    // "after being sick loads last night ... tiny red dots all round my eyes"
    '\\b(?:after|from|since) (?:being sick|vomiting|throwing up|retching|coughing|straining|crying)\\b[^.!?]{0,80}?\\b(?:dots|spots|petechiae|marks)\\b[^.!?]{0,40}?\\b(?:eyes?|eyelids?|face|cheeks?)\\b',
    // "little red dots around my eyes after throwing up all night"
    '\\b(?:tiny |little |small |pin ?prick )?(?:red |purple )?(?:dots|spots|petechiae|marks)\\b[^.!?]{0,40}?\\b(?:eyes?|eyelids?|face|cheeks?)\\b[^.!?]{0,30}?\\b(?:after|from|since) (?:being sick|vomiting|throwing up|retching|coughing|straining|crying)\\b',
    // "a band of tiny red dots under where the cuff was"
    '\\b(?:band of |line of |ring of )?(?:tiny |little |small |pin ?prick )?(?:red |purple )?(?:dots|spots|marks)\\b[^.!?]{0,30}?\\b(?:under|where|from) (?:the |my |his |her )?(?:blood pressure |bp )?(?:cuff|tourniquet|strap|elastic|waistband|sock|bra)\\b',
  ].join('|'),
  'g',
);

/** Cheap guard for COLOUR_CAUSE. */
export const MAY_BE_COLOUR_CAUSE = /\b(?:blue|dots|spots|petechiae|marks)\b/;
