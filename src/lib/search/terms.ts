// How text becomes search terms, shared by the index (in the worker) and the highlighter (on
// the page) so that what is marked is exactly what matched.

/** MiniSearch's default word boundary: white space, line breaks and punctuation. */
export const WORD_BOUNDARY = /[\n\r\p{Z}\p{P}]+/u;
/** One word (the complement of WORD_BOUNDARY), for scanning text in order. */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

// Common English words that only dilute a match ("what is the best thing for a cough"), the
// dataset's own boilerplate (5,048 of 8,697 dialogues say "doctor" and 3,981 "symptoms":
// every machine-translated row opens "Doctor, I have symptoms…"), and the filler people write
// in 1,000–2,000 dialogues each ("think", "like", "know", "got", "lot"): they find nothing
// and a search for one of them costs the most to look up (every match is scored).
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its
  itself just me more most my myself nor of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves im ive id dont doesnt
  didnt isnt its hi hello s t d m ll re ve now doctor doctors symptom symptoms sir
  experiencing not no yes yeah okay ok think thinking like know get got getting take need
  may might lot lots well see going go tell make much really seem seems sure thing things
  something anything kind want look looks said say ever every even bit let use able give
  thank thanks please problem problems recently lately still since ago`.split(/\s+/),
);

/** Lowercases a term and drops stop words (MiniSearch `processTerm`). */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase().replace(/['’]/g, '');
  if (t.length === 0 || STOP_WORDS.has(t)) return null;
  return t;
}

export function tokenize(text: string): string[] {
  return text.split(WORD_BOUNDARY).filter(Boolean);
}
