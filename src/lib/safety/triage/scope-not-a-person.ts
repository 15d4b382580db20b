// Data for scope.ts: a sentence about no person who could be the patient, phase 7 (helper e:
// false alarms, probe set of routine look-alikes written before the code was read): it is
// about an animal (a pet, the vet) or a character on screen or in a book, and names no person
// who could be the patient ("I", "me", a bite or a scratch); and help-seeking words that name
// the writer but not as the patient. Regular expressions over normalized text.

// A dog by its breed ("our springer got bitten by an adder"; phase 25, fresh-triage-p26p hh091).
const BREEDS =
  'springer|spaniel|labrador|collie|terrier|retriever|jack russell|staffie|staffy|greyhound|whippet|lurcher|beagle|dachshund|sausage dog|cockapoo|cavapoo|poodle|alsatian|german shepherd|husky|pug|bulldog|westie|schnauzer|dobermann?|rottweiler|moggy';

const ANIMALS = `dog|dogs|puppy|pup|cat|cats|kitten|kitty|hamster|rabbit|bunny|guinea pig|horse|pony|budgie|parrot|bird|pet|ferret|tortoise|gerbil|rat|mouse|fish|goldfish|lizard|snake|chicken|hen|cow|sheep|goat|pig|${BREEDS}`;

/** The sentence is about an animal (a pet, the vet); not one in a simile ("like a hamster"). */
export const ANIMAL = new RegExp(
  String.raw`\b(?:(?<!\b(?:like|as|than) )(?:my|our|the|his|her|their|a|your) (?:${ANIMALS})|our lab(?! (?:results?|tests?|work|report|partner))|vet|vets|veterinary)\b`,
);

/** The animal is the one bitten or stung ("our springer got bitten by an adder"): that bite
 * names no person, so it is taken out before PERSON_WITH_ANIMAL is tried. */
export const ANIMAL_HARMED = new RegExp(
  String.raw`\b(?:my|our|the|his|her|their) (?:${ANIMALS}) (?:\w+ ){0,2}?(?:got|was|has been|had been|has just been|just got|just been|been) (?:bitten|bit|stung|attacked|savaged|mauled|kicked)\b`,
  'g',
);

/** Programmes named by their title, in either branch of FICTION. */
const SHOWS =
  "grey's anatomy|greys anatomy|eastenders|casualty|holby(?: city)?|scrubs|the pitt|coronation street|emmerdale|hollyoaks|chicago med|the good doctor";

/** The sentence is about a character on screen or in a book. */
// Stop 49: "watched a film last night where someone had a seizure", "just watched call the midwife
// where a woman had a fit" (fresh-triage-p30k, p30l): only with someone else named as the one it
// happened to, not "watched a show about strokes and now my face is drooping".
export const FICTION = new RegExp(
  `\\b(?:${[
    '(?:in|on) (?:a |the |this |that )?(?:tv |telly )?(?:show|programme|program|film|movie|book|novel|series|episode|soap|drama|game|play|cartoon|anime)',
    `(?:watched|watching|saw|seen) (?:a |an |the |this |that )?(?:(?:tv|telly|netflix|youtube|hospital|medical|crime|police|old|new|scary) )?(?:show|programme|program|film|movie|series|episode|soap|drama|documentary|cartoon|video|call the midwife|one born every minute|24 hours in a&e|${SHOWS})(?: last night| yesterday| earlier| tonight)? (?:where|in which|when) (?:someone|somebody|a (?:man|woman|girl|boy|guy|lady|baby|kid|child|character|patient|mum|dad|teenager|nurse|doctor)|the (?:man|woman|girl|boy|guy|lady|baby|kid|child|character|patient|main character|mum|dad)|they|people|he|she)\\b`,
    '(?:in|on) (?:tv|telly|netflix|youtube|tiktok)',
    '(?:a|the|main) characters?',
    `in (?:${SHOWS}|house|er|corrie)`,
  ].join('|')})\\b`,
);

/** What a person does to be the patient of the sentence after all: a bite, a scratch... */
// A rider thrown or fallen off is the patient too ("fell off my horse at full gallop"; phase 24),
// and so is someone who fell over the dog (stop 49, fresh-triage-p30k lc148: a head injury on
// warfarin read as the dog's).
// What the animal itself ate is not a person eating ("my dog just ate a mushroom in the park
// what should i do"; phase 25, fresh-triage-p25e fw156: the vet, not 111).
const HARMED_BY =
  '(?<!\\ba )(?<!\\ba little )bit|bitten|bites?|biting|scratch\\w*|went for|goes for|go for|going for|nipped|nip|savaged|mauled|attack\\w*|knocked|jumped (?:on|up)|pulled|dragged|tripped|trip|lick\\w*|caught|catch|allergic|allergy|(?:ate|eaten|swallowed)(?<!\\b(?:dog|dogs|puppy|pup|cat|cats|kitten|kitty|hamster|rabbit|bunny|horse|pony|ferret|tortoise|rat|goat|pig|lab|labrador|spaniel|springer|collie|terrier|retriever)(?: \\w+){0,2} (?:ate|eaten|swallowed))|kicked|trampled|(?:fell|fallen|falling|came|come|thrown|bucked) off|(?:fell|fallen|falling|tripped|tripping) over|helmet';
// Not "my" or "our": they own the pet or the book ("my dog", "my book club's novel").
const FIRST_PERSON = "i|i'm|i've|i'd|me|myself|we|us";
const RELATIVE =
  'son|daughter|child|children|kids?|baby|toddler|husband|wife|partner|mum|mom|mam|mother|dad|father|brother|sister|gran|nan|grandma|grandad|grandpa|grandmother|grandfather|friend|flatmate|boyfriend|girlfriend|neighbou?r|colleague';

// The writer's own body part ("two little fang marks on my ankle" after "walking the dog";
// phase 25, fresh-triage-p26p hh030).
const OWN_BODY =
  'my (?:ankle|ankles|foot|feet|leg|legs|calf|shin|knee|hand|hands|arm|arms|finger|fingers|thumb|toe|toes|wrist|face|lip|lips|neck|eye|eyes|skin|heel)';

/** In an animal sentence: a person is (also) the patient ("it bit me", "the whole family"). */
export const PERSON_WITH_ANIMAL = new RegExp(
  `\\b(?:${FIRST_PERSON}|${HARMED_BY}|${RELATIVE}|${OWN_BODY}|also|too|even|as well|both|family|everyone|everybody|all of us|people|person|man|woman|boy|girl|guy|lady|patient)\\b`,
);

/**
 * In a fiction sentence: the writer or a relative is (also) the patient. "Pulled" only of someone
 * pulled, not "someone pulled a knife out of a stab wound" in a film (stop 49, fresh-triage-p30a
 * ks113).
 */
const HARMED_IN_FICTION = HARMED_BY.replace('|pulled|', '|pulled (?:me|him|her|us|them)|');
export const PERSON_WITH_FICTION = new RegExp(
  `\\b(?:${FIRST_PERSON}|${HARMED_IN_FICTION}|${RELATIVE})\\b`,
);

/** Help-seeking words that name the writer but not as the patient ("what do I do?", "do we
 * need to rush him to the vet"). */
export const HELP_SEEKING =
  /\b(?:what (?:do|should|can|shall) (?:i|we) do|(?:should|can|do|shall) (?:i|we) (?:take|bring|call|ring|phone|get|give|feed|keep|worry|be worried)|(?:do|will) (?:i|we) need to (?:rush|take|bring|call|ring|phone|get|go)|how (?:do|can|should) (?:i|we)|is there anything (?:i|we) can do|(?:i|we) (?:think|wonder|wondered)|(?:i'm|i am|we're|we are) (?:worried|scared|not sure|wondering))\b/g;
