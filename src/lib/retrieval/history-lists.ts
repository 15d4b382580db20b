// A post's background lists — the conditions it has been diagnosed with, the medicines it
// takes, the r/AskDocs template's "Any existing relevant medical issues:" and "Current
// medications:" lines — say who is asking, not what they ask about. A post that lists
// "PTSD, Anxiety, Depression, Essential Tremor" before asking about missed appointments is
// not a case for "is this depression"; without its lists, its opening is about what it asks.
// Pure.

/** A template field that introduces background ("Any existing relevant medical issues: …"). */
const FIELD =
  /\b(?:any |pre-?existing |existing |current |past |relevant |other |known )*(?:medical (?:issues|history|conditions|problems)|mental health conditions|conditions|diagnos[ei]s|medications?|meds|prescriptions|supplements|pmh|hx)\s*:[^\n]*/gi;
/** The template's question form: "Any existing relevant medical issues? RA, asthma…". */
const ASKED =
  /\bany (?:existing |relevant |pre-?existing )*(?:medical )?(?:issues|conditions)\?[^\n]*/gi;

/**
 * A list of three or more after words that introduce background ("diagnosed with diabetes, high
 * cholesterol, and prehypertension", "history of GERD, asthma, migraines", "taking zoloft,
 * prednisone, albuterol"), to the end of its sentence.
 */
const LISTED =
  /\b(?:diagnosed(?: with)?|(?:a |medical |past )?history of|hx(?: of)?|suffer(?:s|ing)? from|taking|meds? (?:are|include)|medications? (?:are|include))\s+(?:[^.,;!?\n]{1,40}[,;]\s*){2,}(?:and |or |&\s*)?[^.,;!?\n]{1,40}/gi;

/** `text` without its background lists and template fields; the rest as written. */
export function withoutHistoryLists(text: string): string {
  return text.replace(FIELD, ' ').replace(ASKED, ' ').replace(LISTED, ' ');
}
