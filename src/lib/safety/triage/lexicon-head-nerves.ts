// Lexicon, phase 25 seventeenth round: the head, nerves and balance (fresh-triage-p25r.json, read
// once at 6a10339): weakness climbing from the feet, a foot that slaps, a headache at 30 weeks
// that paracetamol has not shifted, a first aura on the combined pill, a fit in the sleep, and
// the look-alikes: "no problems with bladder or bum numbness", a caffeine headache, a usual
// seizure after which the person has come round. Sources: NICE CKS (Guillain-Barré; sciatica and
// foot drop; migraine with aura and combined hormonal contraception, UKMEC 4), NICE NG133 and the
// NHS (headache after 20 weeks: the maternity unit today), NICE NG217 (a first seizure). Pattern
// language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const HEAD_NERVES_SIGNS: Concepts = {
  // Weakness or tingling climbing the body ("now both legs are weak right up to my thighs").
  ascending_lay: [
    '(right |all the way |now |going )?up to (my|his|her|their) (thighs|knees|hips|waist|middle|chest|elbows)',
    '(spreading|moving|climbing|creeping|going|travelling|traveling|working (its|their) way) up (my|his|her|their|the) (legs|body|arms)',
    'started (in|with) (my|his|her|their) (feet|toes) ~12 (now|then)',
  ],
  // A painkiller that has not touched a headache.
  painkiller_fails: [
    "(paracetamol|painkillers?|ibuprofen|co-?codamol|tablets|calpol|anything) ~4 (hasn't|haven't|has not|have not|didn't|did not|not|won't|isn't|aren't|doesn't|does not) (shifted|shift|helped|help|touched|touch|worked|work|working|helping|shifting|done anything|do anything|made a difference)",
  ],
  // A foot that cannot be lifted at the front, that slaps or drags (foot drop).
  foot_drop_lay: [
    "(can't|cannot|can not|unable to|couldn't) (lift|raise|pick up|pull up) (the )?(front of )?(my|his|her|their) (right |left )?(foot|toes)",
    '(foot|feet) (slaps|slapping|drops|dropping|drags|dragging|flops|flopping)',
    'foot ?drop',
  ],
  // A migraine with an aura, in more words than aura_lay ("two migraines with zigzag lines").
  aura_lay_more: [
    '(migraines?|headaches?) (with|and) ~3 (zig ?zags?|zig-zags?|flashing lines|flashing lights|aura|wavy lines|shimmer\\w*|sparkl\\w*)',
    '(zig ?zag|zig-zag|zigzag) lines',
  ],
  // On the combined pill now, said so ("i'm on microgynon", "been taking the pill").
  pill_taking: [
    "(i'm|im|i am|been|currently|she's|shes|she is|still) (on|taking) (the )?(combined (contraceptive )?pill|pill|microgynon|rigevidon|yasmin|yaz|cilest|marvelon|femodene|lucette|millinette|gedarel|katya|levest|ovranette|zoely|qlaira|eloine)",
  ],
  // A fit in the sleep, said by someone who saw it.
  fit_in_sleep: [
    '(had|having|has had|have had|had another) (a |another )?(fit|seizure) (in|during) (my|his|her|their) sleep',
    '(fit|seizure) (in|during) the night',
  ],
  // Come round after a seizure, now or again.
  came_round_now: [
    "(he's|she's|hes|shes|they've|has|have|he has|she has) (now )?(come|came) (round|around|to)",
    '(come|came) (round|around|to) (now|again|fully)',
  ],
  // What set off a faint, in lay words: a hot room, a missed meal, standing long.
  faint_trigger_lay: [
    '(really |very |so |too )?hot in (there|the (room|hall|church|assembly|car|classroom|shop|queue))',
    "(hadn't|had not|didn't|did not|skipped|missed|not) (had |eaten |have )?(any )?(breakfast|lunch|dinner|tea|anything to eat|eaten|food)",
    '(standing|stood) (for )?(ages|hours|a long time|too long)',
  ],
  // A faint during exercise or sport (NICE CG109: a cardiac red flag, whatever else is blamed).
  faint_in_exercise: [
    '(fainted|collapsed|passed out|blacked out|went down) ~8 (during|in the middle of|while|whilst|at|mid|half ?way through) ~3 (race|running|run|match|game|training|pe|p\\.e\\.|football|netball|rugby|hockey|cross ?country|sprint|gym|workout|swim|swimming|cycling|dance|dancing|sport|exercise|lesson)',
  ],
  // Landed on the neck ("came off the trampoline on my neck", "fell on his head and neck").
  neck_trauma_lay: [
    '(landed|fell|fallen|came off|come off|thrown|dived|dove|flipped) ~4 (on|onto) (my|his|her|their|the back of (my|his|her|their)) (neck|head and neck)',
  ],
  // A caffeine headache: coffee or caffeine given up or cut down.
  caffeine_withdrawal: [
    '(gave up|given up|giving up|stopped|quit|cut out|cutting out|cut down on|cutting down on|no more) (the |my |drinking )?(coffee|caffeine|tea|energy drinks|diet coke|coke)',
  ],
};

/** What the person takes: only a negation cancels it ("started the combined pill a month ago"
 * is still taken now). */
export const HEAD_NERVES_CONTEXT: Concepts = {
  // The combined pill, by its name or a brand.
  combined_pill_lay: [
    '(combined (contraceptive )?pill|the pill|microgynon|rigevidon|yasmin|yaz|cilest|marvelon|femodene|lucette|millinette|gedarel|katya|levest|ovranette|zoely|qlaira|eloine|evra|nuvaring)',
  ],
};

/** Never filtered by scope: "no problems with bladder or bum numbness" is itself the denial. */
export const HEAD_NERVES_CUES: Concepts = {
  // Fine straight after, in lay words (a negation earlier in a list must not reach it: "she
  // hadn't had breakfast, fine straight after").
  fine_after_lay: [
    '(fine|ok|okay|right as rain|back to (normal|herself|himself|themselves)|herself|himself) (straight|right|soon|immediately) (after|away|afterwards)',
  ],
  saddle_denied: [
    "(no|not any|without any|not had any|haven't had any|hasn't had any) (problems?|issues?|trouble|changes?) (with )?(my |the |his |her )?(bladder|bowels?|peeing|weeing|wee|pee|pooing|poo|toilet|waterworks|bum|bottom|saddle)[^.!?]{0,40}?numb\\w*",
    '(bladder|bowels?|peeing|weeing|pooing|toilet|waterworks) (and|or|&) (bum|bottom|saddle|down below) ~2 (fine|ok|okay|normal|all normal|no numbness)',
  ],
};
