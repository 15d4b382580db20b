// A sign told as an episode on an earlier day that went away and has not come back: "Chest
// pain 2 days ago, lasted about 20 mins, sweaty, went away and hasnt come back"; "Yesterday
// afternoon for about 5 minutes I couldn't use my right hand ... Then it went totally back to
// normal and I feel fine today" (phase 24, fresh set p23b). What the sentence names belongs to
// that episode, a warning sign that has passed (rules.ts: "earlier-warning-sign"; NICE CG95:
// chest pain 12 to 72 hours ago and gone now, same-day assessment; NHS: a TIA whose symptoms
// passed, an urgent GP appointment). Not "last night" or "yesterday evening" (hours ago), and
// not when the sentence or the next one brings it back to now.

/** A day before today, said in the sentence that tells the episode. */
const EARLIER_DAY =
  /\b(?:yesterday(?! (?:evening|night|eve)\b)|(?:\d+|two|three|four|five|six|several|few|couple of|a couple of|a few) days ago|(?:a|last) week|last weekend|the other day|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

/**
 * The person's word that it went and stayed away, in that sentence or the next ("then he was
 * groggy but fine by morning so we didn't go anywhere": stop 50, fresh-triage-p30j lb002).
 */
const GONE_SINCE =
  /\b(?:fine by (?:the )?(?:morning|next morning|next day|evening|lunchtime|sunday|monday)|back to (?:himself|herself|themselves|myself|his old self|her old self|his usual self|her usual self)|went away|gone away|went back to normal|back to normal|normal again|wore off|(?:hasn't|hasnt|has not|haven't|havent|have not|not|never) (?:come back|came back|returned|happened again|had it again|been back)|none since|fine (?:ever )?since|all gone|disappeared)\b/;

/** Words that bring it back to now; not "can she still drive?" (stop 50, probes). */
const BACK_NOW =
  /\b(?:still(?! (?:drive|driving|go|going|work|working|allowed|able|fly|flying|swim|swimming|play|playing)\b)|again|keeps?|worse|worsening|ongoing|continu\w*|every day|right now|at the moment|currently|(?<!(?:n't|nt|not|never) )(?:came|comes|come) back|is back|it's back|(?<!(?:n't|nt|not|never) )returned|(?<!(?:fine|ok|okay|normal|gone|better|well|alright|all right) )now)\b/;

/** Something swallowed or taken: a battery or an overdose days ago is no less urgent now. */
const TAKEN =
  /\b(?:swallow\w*|ate|eaten|drank|drunk|took|taken|overdos\w*|tablets|pills|battery|batteries|magnets?)\b/;

/** Whether `sentence` (followed by `next`) tells an episode of an earlier day, gone since. */
export function episodeDatedOver(sentence: string, next: string): boolean {
  return (
    EARLIER_DAY.test(sentence) &&
    !TAKEN.test(sentence) &&
    (GONE_SINCE.test(sentence) || GONE_SINCE.test(next)) &&
    !BACK_NOW.test(sentence) &&
    !BACK_NOW.test(next)
  );
}
