// Lexicon, stop 47: long-term conditions, a fourth author on the theme (fresh-triage-p29h.json,
// committed unread at bad2c96 and read once with the triage of 44036ba: 2 of 40 emergencies
// missed, 3 of 80 urgent or emergency read routine). Missed: pain
// whenever the feed runs, leaking round a PEG put in 3 days ago, and a temperature (peritonitis
// after a PEG: stop the feed, A&E); a new stoma gone "from red to a dark purply black colour"
// (mended in lexicon-after-care.ts). For today: long-term prednisolone vomited twice (adrenal
// risk), a Crohn's flare with blood (the net took it back), a catheter (spelt "cathetar") that
// has drained nothing for 5 hours with a painful, bloated tummy. Sources: NPSA 2010 (PEG
// alert), NHS Steroid Emergency Card, BSG (IBD flares), NICE CKS (catheter problems). Pattern
// language: pattern.ts.

import type { Concepts } from './lexicon-types';

/** Who the person is, however long (contexts: a date does not set them aside). */
export const LONG_TERM_THIRD_CONTEXT: Concepts = {
  // A gastrostomy put in days ago ("had a PEG tube put in 3 days ago").
  peg_new: [
    '(peg|rig|gastrostomy|feeding tube|feeding button) ~4 (put in|inserted|fitted|placed|done) ~3 (\\d|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) days ago',
  ],
};
