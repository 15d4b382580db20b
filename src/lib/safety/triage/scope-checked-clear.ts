// Data for scope.ts: more ways a clinician or a test says that what was checked is harmless
// (phase 12, test/unit/safety/probes-p12-fa.json): a result said to be clean or unremarkable
// ("my cardiologist said my arteries are clean", "the MRI came back unremarkable", "they say
// my heart is perfect, was muscle from the gym"), and a
// named urinary infection, plain or "simple" ("she said it was a simple water infection"), and
// a harmless diagnosis made ("the hospital ... did every test and diagnosed reflux").
// Clears its sentence like CLEARED (scope-cues.ts). Not a qualifier alone: "a minor stroke",
// "a mild heart attack" name an emergency, so "simple", "minor", "mild" only count before a
// condition that is no emergency; and "keep it clean" is advice, not a result.
import { CLINICIAN, REFUSING } from './scope-cues';

/** Conditions a clinician can name that need no care today once treated. */
const MINOR =
  '(?:water infection|urine infection|bladder infection|urinary tract infection|uti|cystitis|chest infection|cold|virus|viral infection|ear infection|throat infection|tummy bug|sprain|strain|muscle strain|pulled muscle|migraine|tension headache)';

export const CLEARED_CLEAN = new RegExp(
  `\\b${CLINICIAN}\\b[^.!?]{0,80}?(?:\\bdiagnosed (?:(?:him|her|me|us|them|it) (?:with|as) )?(?:just |only |simple |mild )?(?:a |an )?(?:reflux|colic|constipation|a virus|viral infection|tummy bug|gastroenteritis|anxiety|a panic attack|panic attacks|costochondritis|a pulled muscle|muscle strain|migraine|vasovagal|a faint|breath-?holding(?: spells?| attacks?)?|reflex anoxic (?:seizures?|attacks?|spells?))\\b|\\b(?:said|says|told (?:me|us|him|her)|say|showed|shows|came back|confirmed|found|diagnosed|thinks|reckons|was|were|is|are)\\b[^.!?]{0,40}?(?:\\b(?:is|are|was|were|came back|come back|looked|looks|showed|shows|all|completely|totally|perfectly) (?:all |completely |totally |perfectly )?(?:clean|unremarkable|perfect|muscular|muscle(?! weakness| wasting| damage| breakdown))\\b|\\b(?:it was|it's|it is|its|as|with|had) (?:just |only |probably |likely )?(?:a |an )?(?:(?:simple|minor|mild|uncomplicated|straightforward) ${MINOR}|(?:water infection|urine infection|bladder infection|urinary tract infection))\\b))`,
);

/** Cheap guard for CLEARED_CLEAN (with MAY_BE_CLEARED): the words one of its branches needs. */
export const MAY_BE_CLEAN = new RegExp(
  `\\b(?:clean|unremarkable|perfect|muscular|muscle|diagnosed|(?:water|urine|bladder|urinary tract) infection|(?:simple|minor|mild|uncomplicated|straightforward) ${MINOR})\\b`,
);

// Phase 10 (helper fa, probes-p10-fa.json): the same said with "checked".
/**
 * A clinician or a test that checked it and found it fine, said with "checked": "doctors
 * checked my heart and it's fine", "the GP examined him, all normal". Clears like CLEARED
 * (scope-cues.ts): its sentence and the one before, unless a later clause says it is back.
 */
export const CLEARED_CHECKED =
  /\b(?:doctors?|doc|gp|a&e|hospital|nurses?|paramedics?|consultant|cardiologist|specialist|dentist|optician|midwife|pharmacist|they)\b[^.!?]{0,40}?\b(?:checked|examined|tested|looked at|scanned|x-?rayed)\b[^.!?]{0,40}?\b(?:and|,)\s*(?:it's|its|it is|it was|all|everything(?: was| is|'s)?|he's|she's|he was|she was|i'm|i was)\s+(?:all\s+)?(?:fine|normal|ok|okay|clear|good|healthy)\b/;

/**
 * A stay in hospital that found nothing: "we were admitted 2 nights and all tests normal",
 * "kept in overnight, bloods and scan all clear" (phase 25, fresh-triage-p25a fs020: a baby's
 * brief episode last month), or one that kept them and they have been well since ("hospital kept
 * him 6 hrs, he's been totally fine since": fresh-triage-p25c fu070). Clears like
 * CLEARED_CHECKED.
 */
export const CLEARED_ADMITTED =
  /\b(?:admitted|kept (?:him|her|them|me|us) in|kept in|stayed in|observed|monitored)\b[^.!?]{0,50}?\b(?:all |every |the )?(?:tests?|bloods?|blood tests?|scans?|results?|investigations|ecg|eeg|x-?rays?|checks?)\b[^.!?]{0,20}?\b(?:normal|clear|fine|negative|ok|okay)\b|\b(?:hospital|a&e|they|ambulance|paramedics|doctors)\b[^.!?]{0,30}?\bkept (?:him|her|them|me|us)\b[^.!?]{0,60}?\b(?:fine|well|ok|okay|normal|good) (?:ever )?since\b/;

/** Cheap guard for CLEARED_ADMITTED. */
export const MAY_BE_ADMITTED = /\b(?:admitted|kept|stayed in|observed|monitored)\b/;

/** Cheap guard for CLEARED_CHECKED. */
export const MAY_BE_CHECKED = /\b(?:checked|examined|tested|looked|scanned|x-?rayed)\b/;

// Phase 7 (helper e: false alarms): a harmless diagnosis named, and a person already in care.
/**
 * A clinician who has seen it and named a condition that is no emergency: "the GP said it was
 * a chest infection", "diagnosed with costochondritis", "GP thinks cows milk allergy" (stop 49,
 * fresh-triage-p30d kv119: streaks of blood in a thriving baby's poo). Clears its sentence like
 * CLEARED.
 */
export const CLEARED_DIAGNOSIS =
  /\b(?:doctor|doc|gp|nurse|pharmacist|cardiologist|consultant|specialist|a&e|hospital|walk-in|urgent care|out of hours|111|she|he|they|dentist|optician|midwife|physio)\b[^.!?]{0,80}?\b(?:said|says|told (?:me|us|him|her)|thinks|reckons|suspects|diagnosed|confirmed)\b(?:[^.!?]{0,50}?\b(?:is|are|was|were|it's)\b (?:just |only |completely |totally |probably )?(?:harmless|benign|innocent|ectopic beats|ectopics|nothing to worry about|nothing serious|not serious|not dangerous)\b|[^.!?]{0,20}?\b(?:it was|it's|it is|its|(?:him|her|me|us)? ?with|as|(?<=\b(?:thinks|reckons|suspects))) (?:just |only |probably |likely )?(?:a |an )?(?:cows? milk (?:protein )?allergy|cmpa|chest infection|cold|common cold|virus|viral infection|ear infection|throat infection|tonsillitis|sinusitis|costochondritis|muscle strain|pulled muscle|strain|sprain|tension headache|migraine|ibs|reflux|gastritis|gastroenteritis|a tummy bug|tummy bug|conjunctivitis|eczema|hay fever|anxiety|panic attacks?|a panic attack|bronchitis|croup|hand foot and mouth|chickenpox|thrush|cystitis|a uti|uti|piles|haemorrhoids|hemorrhoids|trapped wind|constipation|teething|colic|growing pains|shin splints|tendonitis|indigestion)\b)/;

/**
 * A clinician or service named: "he" or "she" in CLEARED_DIAGNOSIS is one only after this, in
 * its sentence or the one before. Otherwise it is the patient's own guess: "my husband's been a
 * bit off since 7, he says it's indigestion, like a heavy weight sitting on his chest" (phase 23).
 */
export const NAMED_CLINICIAN =
  /\b(?:doctors?|doc|gp|a&e|a and e|er|hospital|nurses?|paramedics?|ambulance|111|out of hours|consultant|midwife|midwives|dentist|optician|pharmacist|specialist|clinic|surgery|registrar|cardiologist|neurologist|physio|walk-in|urgent care)\b/;

/**
 * A place or a clinician refused or not reached, which names no one who saw the person: "he
 * wont go to hospital, he says hes fine" after an electric shock with a racing heart (phase 25,
 * stop 46, fresh-triage-p28b it015). Taken out before NAMED_CLINICIAN is read.
 */
export const CARE_REFUSED = new RegExp(
  `\\b(?:${REFUSING}|can't get (?:him|her|them) to) (?:go (?:to |in(?:to)? )?|see (?:a |the )?|call (?:a |an |the )?|let (?:me|us) (?:call|ring) (?:a |an |the )?)?(?:the |a |an )?(?:hospital|a&e|a and e|doctors?|doc|gp|ambulance|111|out of hours|walk-in|urgent care)\\b`,
  'g',
);

/** CLEARED_DIAGNOSIS said by a pronoun. */
export const PRONOUN_VERDICT = /^(?:she|he|they)\b/;

/** "We're already at the hospital", "the midwife is with us": in care now. */
export const IN_CARE =
  /\b(?:(?:we're|we are|i'm|i am|he's|he is|she's|she is|they're|they are) (?:already |now |currently )?(?:at|in) (?:the )?(?:hospital|a&e|maternity|maternity unit|labour ward|delivery suite|birth centre)|(?:midwife|midwives|doctor|doctors|nurse|nurses|paramedics?|ambulance crew) (?:is|are) (?:already )?(?:with (?:us|him|her|me|them)|here))\b/;
