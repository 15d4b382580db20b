// Lexicon, phase 25 thirty-fifth round: the head, nerves, senses and balance, a second author on
// p25r's theme (fresh-triage-p26n.json, committed unread after da05346, read at once: 2 of 40
// emergencies missed): a husband who suddenly cannot remember today and keeps asking where they
// are, a lopsided smile noticed 20 minutes ago with a clumsy hand; constant spinning since
// yesterday with vomiting and unable to stand, a first-ever aura at 58, a wrist that hangs after
// sleeping drunk on an arm, a 72-year-old who went down with no warning, a 79-year-old lost on a
// route driven for 30 years. Look-alikes: a jerk on falling asleep, a child's brief staring
// spells. Sources: NHS (sudden confusion: 999), NICE NG128 and CG68 (stroke and TIA), NICE CKS
// vertigo (unable to stand, vomiting: same day), NICE CKS migraine (a first aura over 50: same
// day), NICE CKS (radial nerve palsy), NICE CG109 (an unexplained fall in an older person), NICE
// NG97 (rapid decline in memory: urgent referral), NICE CG137 (absence seizures: a paediatric
// referral). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const HEAD_SECOND_SIGNS: Concepts = {
  // Disoriented in lay words: asking where they are or what day it is again and again.
  disoriented_lay: [
    '(keeps?|kept|keep on) asking (me )?(where (we|he|she|they|i) (are|is|am)|what day it is|what (has )?happened|the same (question|thing)s?)',
    "(can't|cannot|cant) remember anything (from|about|of) (today|this morning|the last few hours|earlier)",
  ],
  // Spinning that does not stop.
  vertigo_constant: [
    '(constant|non-?stop|continuous|won.t stop|doesn.t stop) (spinning|vertigo|room spinning)',
    '(spinning|vertigo) ~4 (since|for) (yesterday|last night|two days|2 days|\\d+ days|\\d+ hours)',
  ],
  // Never had migraines ("never had migraines in my life").
  never_migraine_lay: [
    "(never|not ever|haven't ever|have never) (had|got|suffered with|suffered from) (a )?(migraines?|auras?|anything like (it|this))",
  ],
  // A wrist that hangs: cannot lift it or the fingers.
  wrist_drop_lay: [
    "(can't|cannot|cant|unable to) (lift|raise|extend|cock|bend back) (up )?(my|his|her) (wrist|hand)( or| and) (my |his |her )?fingers",
    '(wrist|hand) (just )?(hangs|flops|drops|dangles)( down)?',
  ],
  // Went down with no warning.
  drop_no_warning: [
    '(went down|dropped|collapsed|fell|keeled over|hit the floor) ~4 (with no|without (any )?|no) warning',
    '(went down|dropped|collapsed|keeled over) (just )?(like a (sack|stone|tree)|out of (nowhere|the blue))',
  ],
};

/**
 * Never filtered by scope: a decline told over recent days ("In the last 10 days he's got lost
 * driving home twice on a route he's done for 30 years" read as history).
 */
export const HEAD_SECOND_CUES: Concepts = {
  // Lost on a familiar route.
  lost_familiar_route: [
    '(got|getting|gets|been getting) lost ~6 (home|route|way|roads?|shops|somewhere (he|she) knows|(he|she|they).s (done|driven|walked)|for (\\d+|thirty|twenty|forty) years)',
  ],
  recent_weeks: [
    '(last|past) (\\d+|few|couple of|two|three|ten) (days|weeks)',
    'in (the )?(last|past) (week|fortnight)',
  ],
};
