// Lexicon, stop 47: medicines and pharmacy, a fourth author on the theme, and rare time-critical
// conditions, a second (fresh-triage-p28q.json and p28u.json, committed unread at fdc6048 and
// 285d6e6, read once at fdc6048, the triage as at 2ed6097: no emergency missed in either; 2 and 3
// of 80 urgent or emergency read routine). Missed: a grandad fallen twice today, woozy on
// standing, a week after amlodipine was added; pink urine twice on rivaroxaban; a man with
// myeloma thirsty, weeing loads, constipated and more forgetful (high calcium). The rest was
// mended in shared tables: itching "especially the palms" in pregnancy, "checked under her arm
// and its 38.2" at 7 weeks, "peed pinkish". Sources: NICE CG161 (falls: a medication review),
// NHS and BNF (blood in the urine on an anticoagulant: the same day), UKONS (hypercalcaemia in
// cancer: acute oncology today). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const MEDICINES_FOURTH_SIGNS: Concepts = {
  // Falls counted today ("he's fallen twice today").
  falls_today_count: [
    '(fallen|fell|fall|falls|gone down|went down) (over )?(twice|two times|three times|\\d times|a few times|several times) (today|this morning|tonight|since yesterday|in one day|in a day)',
  ],
  // A blood pressure tablet added or changed lately ("had amlodipine added last week").
  bp_med_new: [
    '(amlodipine|ramipril|lisinopril|losartan|candesartan|bendroflumethiazide|indapamide|doxazosin|bisoprolol|atenolol|furosemide|blood pressure (tablets?|pills?|meds|medication)) ~4 (added|started|increased|upped|doubled|changed|new)',
    '(added|started|increased|upped|doubled|new) ~4 (amlodipine|ramipril|lisinopril|losartan|candesartan|bendroflumethiazide|indapamide|doxazosin|bisoprolol|atenolol|furosemide|blood pressure (tablets?|pills?|meds|medication))',
  ],
  // Myeloma or a cancer in the bones, named.
  myeloma_named: [
    'myeloma',
    '(cancer|secondaries|mets|metastases) (in|to|spread to) (his|her|my|the) bones?',
    'bone (mets|secondaries|metastases)',
  ],
};

/** Read only beside other signs, never set aside by a negation (cues). */
export const MEDICINES_FOURTH_CUES: Concepts = {
  // Beetroot asked about, then denied ("could it be the beetroot i had? havent had beetroot
  // actually lol"): the colour is not explained.
  beetroot_denied: [
    "(haven't|havent|have not|didn't|didnt|did not|not) (actually |even )?(had|eaten|ate|eat) (any )?beetroot",
  ],
};

/** Who the person is, however long ago (contexts: a date does not set them aside). */
export const MEDICINES_FOURTH_CONTEXT: Concepts = {
  // A palsy or stroke years ago, mostly recovered ("I had Bell's palsy in 2019, mostly recovered
  // but my smile is still a bit lopsided"; fresh-triage-p28u jm081): a lasting droop, not a new
  // one.
  palsy_years_ago: [
    "(bell's palsy|bells palsy|bell palsy|facial palsy|a stroke) (in|back in|from) (19|20)\\d\\d",
    "(bell's palsy|bells palsy|bell palsy|facial palsy|a stroke) ~8 (mostly|partly|nearly|almost|largely) recovered",
  ],
};
