// Lexicon, phase 25 eighteenth round: the belly, bowels and waterworks (fresh-triage-p25s.json,
// read once at 46c3717): an operation on the bowel days ago with pain spreading all over, a groin
// lump there since birth that is now stuck out, a pad soaked every 15 minutes after a
// miscarriage, a polyp removed yesterday and fresh blood today, a positive test with a one-sided
// ache. Sources: NICE CKS and the RCS (peritonitis and anastomotic leak after bowel surgery: a
// racing heart and worsening pain), NHS (an inguinal hernia that will not go back in a baby:
// A&E; heavy bleeding after a miscarriage: 999 when soaking a pad in an hour or less with
// dizziness), BSG (bleeding after polypectomy: the endoscopy unit today), NICE NG126 (pain in
// early pregnancy: the early pregnancy unit today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const BELLY_MORE_SIGNS: Concepts = {
  // Pain all over the belly.
  belly_pain_all_over: [
    '(pain|ache|aching|hurts|sore|cramps?) ~6 (all over|everywhere in|across|throughout) (my |his |her |the )?(abdomen|tummy|belly|stomach)',
    '(abdomen|tummy|belly|stomach) (pain |is sore |hurts )?(all over|everywhere)',
    'all over (my|his|her|the|their) (abdomen|tummy|belly|stomach)',
  ],
  // A pad soaked in minutes ("soaking through a maxi pad every 15 mins").
  pad_minutes: [
    '(soak\\w*|chang\\w*|going through|fill\\w*|bled through) (through )?(a |my |the )?(maxi |sanitary |night |maternity |big |thick )?(pad|pads|towel|towels|tampon|tampons) (every|each|in|within) (\\d+|five|ten|fifteen|twenty|thirty|half an?) ?(min\\w*|mins)',
  ],
  // A polyp removed, a colonoscopy or a sigmoidoscopy in the last days.
  polypectomy_recent: [
    '(polyps?) (was |were )?(removed|taken|taken off|cut out|snipped)',
    'polypectomy',
    '(colonoscopy|sigmoidoscopy|bowel scope|camera test) ~6 (yesterday|today|this morning|(\\d+|two|three|four|five|a few|few) days ago|this week|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
  ],
  // Fresh blood passed from the back passage, in lay words.
  fresh_blood_passed: [
    '(passed|passing|pass) (some )?(fresh |bright red |red )?blood',
    '(fresh |bright red )?blood (in|on) ~3 (poo|stool|toilet|paper|pan|loo)',
  ],
  // An ache on one side, low in the belly.
  one_side_ache: [
    '(ache|aching|pain|cramp\\w*|twinge\\w*|sore|stabbing|sharp) ~5 (left|right|one) side',
    '(left|right|one) side ~3 (ache|aching|pain|cramp\\w*|twinge\\w*|sore|hurts)',
  ],
  // A late period or a positive test: early pregnancy, in lay words.
  period_late_positive: [
    'period (is |was )?(\\d+ |a few |few |two |three |ten )?(days?|weeks?)? ?late',
    '(positive|\\+ve|pos) (home |pregnancy |preg )?(test|tests)',
  ],
  // Doubled over or curled up with the pain.
  doubled_over: ['(doubled|bent) (over|up)', 'curled up in (a ball|agony|pain)'],
};

/** A lasting condition: only a negation cancels it ("a lump in his groin since birth"). */
export const BELLY_MORE_CONTEXT: Concepts = {
  // An operation told as days or weeks ago, or "day N after": its days since are now.
  operation_recent_lay: [
    '(bowel resection|resection|operation|op|surgery|laparoscopy|keyhole|appendix out|appendicectomy|c-?section|caesarean|hysterectomy|gall ?bladder (out|removed)|hernia repair|stoma (surgery|formed)|bypass) ~4 (\\d+|a few|few|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?) ago',
    '(\\d+|two|three|four|five|six|seven|eight|nine|ten) days? (after|since|post) (my |his |her |the )?(op|operation|surgery|resection|c-?section|caesarean)',
    'day \\d+ (post|after) (op|surgery|operation)',
    // Named operations told with their day ("4 days out from gastric sleeve", "lap chole as day
    // case yesterday"; phase 25, fresh-triage-p26q hi020, hi044).
    '(\\d+|a few|few|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?) (out from|out of|after|post|since) (my |his |her |the |a |an |having )?(\\w+ ){0,2}(sleeve|bypass|band|op|operation|surgery|chole|cholecystectomy|hernia repair|hysterectomy|appendicectomy|appendectomy|c-?section|caesarean|laparoscopy|lap|gastrectomy|resection|tonsillectomy|tonsils out)',
    '(gastric sleeve|sleeve gastrectomy|gastric bypass|gastric band|lap chole|laparoscopic cholecystectomy|cholecystectomy|gall ?bladder (out|removal|removed|op|surgery)|hernia repair|hysterectomy|appendicectomy|appendectomy|laparoscopy|c-?section|caesarean|bowel surgery|tummy tuck) ~6 (yesterday|last night|this morning|day case|(\\d+|two|three|four|five|six|seven|eight|nine|ten|a few) days ago|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week))',
  ],
  groin_lump_known: [
    '(lump|bulge|swelling|hernia) (in|at|on) (his|her|my|the|their) (groin|scrotum|belly button|tummy button)',
    '(groin|inguinal|umbilical|belly button) (lump|bulge|swelling|hernia)',
  ],
};
