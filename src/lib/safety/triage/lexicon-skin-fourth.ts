// Lexicon, phase 25, stop 46 second round: skin, allergy, bites, stings and burns, a fourth
// author on the theme (fresh-triage-p28a.json, committed unread at bfc10ae and read once at
// 18627d0: 3 of 40 emergencies missed, 3 of 80 urgent or emergency read routine). Skin coming off
// in bits with blistered lips and red sticky eyes weeks into lamotrigine (with the flu feeling
// before it, not a fever); psoriasis gone red and scaly over nearly the whole body with
// shivering and swollen ankles. Sources: MHRA and BAD (Stevens-Johnson syndrome / toxic
// epidermal necrolysis: two mucous membranes or skin peeling on a new medicine, A&E), BAD and
// NICE CG153 (erythroderma: the skin cannot hold heat or fluid, same day). Pattern language:
// pattern.ts.

import type { Concepts } from './lexicon-types';

export const SKIN_FOURTH_SIGNS: Concepts = {
  // Skin coming away: "peeling off in bits when my top rubs", "skin coming off in sheets".
  skin_coming_off: [
    '(skin|it) ~6 (peeling|peels|peeled|coming|comes|came|sliding|slid|sloughing) off',
    '(skin|it) ~4 (comes|coming|came) away',
    'off in (bits|sheets|strips|layers)',
  ],
  // Nearly the whole skin red and scaly or peeling ("nearly my whole body is bright red and
  // scaly"), not a patch.
  skin_red_all_over: [
    '(whole|entire|all (of )?(my|his|her|their)|nearly (my|his|her|their) whole|most of (my|his|her|their)) (body|skin) ~4 (red|bright red|scaly|flaky|peeling|raw|inflamed)',
    '(red|scaly|flaky|peeling|raw) ~4 (all over|everywhere|from head to toe|head to toe) ~6 (body|skin|psoriasis|eczema)',
    '(psoriasis|eczema|rash) ~4 (gone|spread|spreading) (everywhere|all over)',
  ],
  // The cold felt with it: "shivering and cold all the time", "can't get warm".
  cant_get_warm: [
    '(shivering|shivery|freezing|cold) (and (cold|shivering|shivery) )?all the time',
    "(can't|cannot|cant) (get|keep) warm",
  ],
  // Petechiae round the eyes or on the face from straining to be sick or to cough, said so
  // ("tiny red dots around his eyes ... GP ... said they're from straining when vomiting").
  face_dots_from_straining: [
    '(dots|spots|specks|marks|petechiae|rash) ~6 (around|round|under|on|over) (his|her|my|their|the) (eyes|eyelids|face|cheeks|neck) ~12 (straining|from being sick|from vomiting|from throwing up|from coughing|after (vomiting|being sick|throwing up|coughing))',
    '(straining|strained|coughing|being sick|vomiting|throwing up) ~12 (dots|spots|specks|petechiae) ~4 (around|round|under|on) (his|her|my|their|the) (eyes|eyelids|face)',
  ],
  // A clinician who saw them put them down to the straining ("GP ... said they're from
  // straining when vomiting").
  dots_put_down_to_straining: [
    "(gp|doctor|dr|nurse|paediatrician|pharmacist|111|they) ~8 (said|says|reckons|thinks) (they're|theyre|they are|it's|its|it is|they were|it was) ~2 (from|due to|because of|caused by) (the )?(straining|vomiting|being sick|coughing|sickness)",
  ],
};

/** Read only beside other signs (cues): never set aside by a negation before them. */
export const SKIN_FOURTH_CUES: Concepts = {
  // A reaction over for days, told after its treatment ("all gone for days now"; p28a is046).
  over_for_days: [
    '(all gone|gone|settled|cleared( up)?|fine|better|back to normal|recovered) (for|since) (days|a few days|\\d+ days|two days|three days|a week|the weekend|last week|(monday|tuesday|wednesday|thursday|friday|saturday|sunday))( now)?',
  ],
  // A fear someone else voiced, asked about ("my sister reckons I'm allergic and could go into
  // anaphylactic shock. Is that true"; p28a is084).
  shock_claim_asked: [
    '(reckons|says|said|thinks|told me|worries|worried|scared) ~10 (could|might|may|will|would|can) (go into|get|have|end up in) (an? )?(anaphyla\\w*|shock)[^!?]{0,40}(is (that|it|this) true|true\\?|really\\?)',
  ],
};
