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
/** Where the cold shows first, and goes first. */
const COLD_PART = '(?:lips|lip|mouth|fingers?|fingertips|toes?|hands?|feet|nails)';
const COLD =
  '(?:sea|swim|swimming|swam|cold water|cold shower|lake|river|snow|snowball|ice pack|ice bath|ice|frozen \\w+|freezer|freezing|cold|winter)';
/** Told back to normal: the colour went when the cold did. */
const WARMED =
  '(?:warmed up|warming up|back to normal|went back to normal|pink again|pinked up|normal colou?r|colou?r came back|came back|fine now|fine after|ok now|okay now|gone now)';

export const COLOUR_CAUSE = new RegExp(
  [
    // "tongue is bright blue after a slushie"
    `\\b${PART}\\b[^.!?]{0,30}?\\bblue\\b[^.!?]{0,30}?\\b(?:after|from|with) (?:a |an |the |some |that |those |his |her |my )?(?:\\w+ ){0,2}${DYE}\\b`,
    // "blue tongue from slushie" (phase 25, fresh-triage-p27b ht094): the colour before the part.
    `\\bblue ${PART}\\b[^.!?]{0,30}?\\b(?:after|from|with) (?:a |an |the |some |that |those |his |her |my )?(?:\\w+ ){0,2}${DYE}\\b`,
    // The cold, then lips or fingers gone blue or white, then warmed and back to normal: "swam
    // in the sea in march and my lips went blue ... warmed up in the car and back to normal
    // now", "fingers went white and numb holding an ice pack, back to normal now" (phase 25,
    // fresh-triage-p27b ht095, ht056; NHS: cold hands and lips are the body saving heat, and
    // Raynaud's in the cold passes). Still blue, or never warmed, stays what it was.
    `\\b${COLD}\\b[^.!?]{0,60}?\\b${COLD_PART} (?:went|turned|go|goes|going|gone|were|was|looked|got) (?:a bit |really |totally |completely |bright |pure |quite )?(?:blue|white|purple|numb)\\b[^.!?]{0,80}?\\b${WARMED}\\b`,
    `\\b${COLD_PART} (?:went|turned|go|goes|going|gone|were|was|looked|got) (?:a bit |really |totally |completely |bright |pure |quite )?(?:blue|white|purple)\\b[^.!?]{0,30}?\\b(?:holding|from|after|with|in|touching) (?:an |the |a |some |my |his |her )?${COLD}\\b[^.!?]{0,60}?\\b${WARMED}\\b`,
    // A blue-grey mark there since birth is a birthmark (Mongolian blue spots, slate-grey naevi;
    // NHS "birthmarks"), not mottled skin (phase 25, fresh-triage-p27b ht047).
    '\\b(?:mongolian|slate ?gr[ae]y|congenital dermal)\\b(?: blue| grey| gray)?(?: spots?| patch\\w*| marks?| naev\\w*| nev\\w*| melanocytosis)?',
    '\\b(?:blue|grey|gray|bluish|blue ?-?grey|blue ?-?gray|slate)(?: ?-?(?:blue|grey|gray))? (?:patch\\w*|marks?|spots?|birth ?marks?)\\b[^.!?]{0,60}?\\b(?:since (?:birth|(?:the day |the moment )?(?:she|he|they|i) (?:was|were) born)|from birth|(?:she|he) was born with)\\b',
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
export const MAY_BE_COLOUR_CAUSE =
  /\b(?:blue|white|purple|numb|gr[ae]y|slate|dots|spots|petechiae|marks)\b/;
