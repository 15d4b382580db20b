// Lexicon, phase 25 thirty-first round: skin, bites, stings, burns and allergy, a second author on
// p25u's theme (fresh-triage-p26i.json, committed unread at cc06040, read at the thirtieth
// round's commit: 5 of 40 emergencies missed): hives all over, wheeze and a strange voice an hour
// after a first amoxicillin, a sparkler's burn blistered from wrist to elbow on a 6-year-old, hot
// oil blistering a cheek next to the eye, lips swelling again hours after anaphylaxis, a toddler's
// palm blistered and white in the middle; chickenpox in a man of 26. Look-alike: skin peeling a
// week after sunburn. Sources: Resuscitation Council UK (anaphylaxis; biphasic reactions), NHS
// burns and scalds (A&E for large burns, white or charred skin, burns to the face with blisters,
// any sizeable burn in a child), NICE CKS chickenpox (adults: antivirals within 24 hours).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SKIN_SECOND_SIGNS: Concepts = {
  // Hives or bumps all over the body.
  hives_all_over_lay: [
    '(red |raised |itchy |big )?(bumps|lumps|welts|blotches|spots|hives|wheals|rash) (on|over|all over|across) (all|my|the|his|her|their) (whole )?(body|skin)',
    '(bumps|welts|hives|wheals|blotches) (all over|everywhere)',
  ],
  // Set alight or caught fire.
  set_alight: ['(set|caught|went up|go up) ~4 (alight|on fire|fire|in flames)', 'sparklers?'],
  // A burn's extent from one joint to the next.
  burn_extent_lay: [
    '(from )?(the )?(wrist|elbow|shoulder|ankle|knee|hand|fingers|hip) (right )?(to|up to|all the way to) (the |her |his |my )?(elbow|shoulder|wrist|knee|hip|ankle|armpit)',
    '(whole|all of (her|his|my|the)|entire) (forearm|arm|leg|hand|back|chest|tummy|thigh|shin)',
  ],
  // The face or eyes, for a burn's site (not the neck: a pea-sized blister from straighteners on
  // the neck is routine to a p25u author).
  face_burn_site: ['(face|cheek|cheeks|forehead|eye|eyes|eyelid|eyelids|lips|mouth|nose)'],
  // A burn white, grey, leathery or charred.
  burn_white_lay: [
    '(white|grey|gray|leathery|charred|waxy) (in the middle|in the centre|in the center|patch|bit|area)',
    "(gone|turned|turning|is|it's|its|looks) (white|grey|gray|leathery|charred|waxy)(?! (when|if|after) (i |you )?(press|pressed|push))",
  ],
};

/** Never filtered by scope: an anaphylaxis earlier the same day, and swelling "again". */
export const SKIN_SECOND_CUES: Concepts = {
  anaphylaxis_earlier: [
    '(had|having|treated for|discharged after|in a&e with|in hospital with) (an )?(anaphylaxis|anaphylactic (reaction|shock)|allergic reaction|severe allergic reaction) (this morning|earlier|today|last night|yesterday|a few hours ago)',
  ],
  swelling_again: ['(swelling|swollen|puffing|puffed) (up )?again', '(coming|come|came) back'],
};
