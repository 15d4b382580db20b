// Lexicon, phase 25 sixty-seventh round: sexual and reproductive health, a third author on the
// theme (fresh-triage-p27w.json, committed unread at 3f60cfb and read once there: 5 of 40
// emergencies missed): an erection "rock hard and throbbing" 6 hours after Caverject and one "hard
// 5 hrs after 2 blue pills" (read by erection_not_down and ed_drug); a late period after the
// morning-after pill with sharp pain low on the right, pain at the shoulder tip and nearly passing
// out; "i was raped last night and hes outside my flat now ... saying hell kill me"; spiked and
// barely able to keep her eyes open. Same day: a 15-year-old's stepdad "coming into her room at
// night". Sources: BAUS (priapism over 4 hours: A&E), NICE NG126 (a possible ectopic with shoulder
// tip pain or collapse: 999), NHS "help after rape and sexual assault" (in danger now: 999), NSPCC
// and NICE NG76 (a child's disclosure of sexual abuse: the police or children's services the same
// day). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SEXUAL_THIRD_SIGNS: Concepts = {
  // A threat to kill: "saying hell kill me".
  threat_to_kill: [
    "(saying|says|said|threatening|threatened|shouting|texting|texted) (that )?(he'll|hell|he will|he's going to|hes going to|she'll|she will|they'll|they will|he'd|he would) (kill|hurt|get|stab|shoot) (me|us|the kids|my \\w+)",
  ],
  // The one who threatens is here now: "hes outside my flat now banging on the door".
  threatener_here: [
    "(he's|hes|he is|she's|shes|she is|they're|theyre) (outside|at the door|downstairs|in the house|in the garden|banging on|trying to get in|breaking in)",
  ],
  // Spiked, told by the person or a friend.
  spiked_lay: ["(got|been|was|were|i'm|im|think i|think she|think he) (been )?spiked"],
  // Hard to keep the eyes open: "can barely keep my eyes open".
  eyes_barely_open: ["(can|could) (barely|hardly|not|'t) keep (my|his|her|their) eyes open"],
  // A child's night-time visits by an adult at home: "her stepdad has been coming into her room at
  // night".
  night_visits_child: [
    "(stepdad|step-dad|stepfather|uncle|grandad|grandpa|mums boyfriend|mum's boyfriend|lodger|cousin|brother|dad|father) (has been |keeps |kept |was |is |has )?(coming|came|going|went|getting|sneaking) (into|in to|in) (her|his|their|my) (room|bed|bedroom) ~4 (at night|in the night|when|while)",
  ],
};
