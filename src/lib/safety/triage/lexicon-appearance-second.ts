// Lexicon, phase 25 forty-ninth round: what people see on every skin tone, a second author on
// p25l's theme (fresh-triage-p27b.json, committed unread after 4cb0c07, read at once: 2 of 40
// emergencies missed). Sources: NICE CKS (decompensated cirrhosis: deeper jaundice and a
// swelling belly, the liver team today), NHS (a blistered burn on a young child: seen today), BSR and NICE CKS (a fingertip ulcer in scleroderma: the rheumatology team today), NICE
// CKS (IgA vasculitis: a raised purple rash on the legs and bottom with sore joints or tummy
// ache, a GP today for urine and blood pressure).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const APPEARANCE_SECOND_SIGNS: Concepts = {
  // A belly getting bigger or tight.
  belly_bigger_lay: [
    '(belly|tummy|stomach|abdomen) ~4 (getting|got|gone|is|looks) (bigger|swollen|tight|distended|huge)',
    '(belly|tummy|stomach|abdomen) ~4 (bigger and tight|swollen and tight)',
  ],
  // Eyes or skin more yellow than before.
  yellow_more: ['(more|deeper|darker|getting) yellow', 'yellower'],
  // An open sore or ulcer on a fingertip or toe.
  fingertip_sore: [
    '(open sore|ulcer|ulcers|sore that|wound) ~6 (finger|fingertip|fingertips|toe|toes|thumb)',
    '(finger|fingertip|fingertips|toe|toes|thumb) ~9 (open sore|ulcer|ulcers)',
  ],
  // A raised purple rash on the legs and bottom.
  purple_rash_legs: [
    '(purple|purplish|dark red|reddish purple) (\\w+ ){0,2}(rash|spots|blotches) ~8 (legs|bum|bottom|buttocks|ankles|shins|thighs)',
  ],
  // Sore or swollen joints told plainly ("knees are sore").
  joints_sore_lay: [
    '(knees|ankles|joints|wrists|elbows) (are |is |feel |look )?(sore|swollen|painful|puffy|hurting|achy)',
  ],
};
