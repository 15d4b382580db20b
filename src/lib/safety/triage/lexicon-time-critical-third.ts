// Lexicon, stop 50: emergencies and same-day signs that the three sets left unread at stop 49's
// end told in words the rules had no concept for (fresh-triage-p30h, p30i, p30j; docs/history/
// triage-net.md, "Stop 50"). Sources: RCPsych MEED 2022 (starvation with fainting or a slow heart:
// hospital now); BSR / NICE CKS giant cell arteritis (visual loss: same-day, immediate steroids and
// eye assessment). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const TIME_CRITICAL_THIRD_SIGNS: Concepts = {
  // A week or more without food, told as a count ("I haven't eaten anything for 9 days": la030).
  starved_week: [
    "(hasn't|has not|hasnt|haven't|havent|not|hadn't|had nothing|nothing) (eaten|to eat|eating) (anything |a thing |any food )?(for|in) (about |nearly |over |almost |like )?([7-9]|[1-9][0-9]|seven|eight|nine|ten|eleven|twelve|fourteen|a week|over a week|a whole week|two weeks|a fortnight) ?(days)?",
  ],
  // A heart that feels slow, in lay words ("my heart feels really slow and weird": la030).
  heart_slow_lay: [
    '(heart|heartbeat|pulse) (feels|is|is going|going|seems|has gone|gone) (really |very |so |super |weirdly |dead )?(slow|sluggish)',
  ],
  // Not woken properly ("shes red, hot and dry, hasn't woken up properly": kt072, an 18-month-old
  // left in a hot car); read with a heat exposure (rules-time-critical-fourth.ts).
  not_woken_properly: [
    "(hasn't|hasnt|has not|haven't|not|isn't|isnt|won't|wont|didn't|can't) (woken|woke|wake|waking|come round|coming round) (up )?properly",
  ],
};
