// Lexicon, stop 47: pregnancy, birth and after, a fifth author on the theme
// (fresh-triage-p29b.json, committed unread at 79470c5 and read once with the triage of
// 565cacc: 3 of 40 emergencies missed, 5 of 80 urgent or emergency read routine). Missed: "a pool of bright red
// blood" at 31 weeks with a known low-lying placenta, cramps and bleeding 20 minutes after a
// crash at 30 weeks, a caesarean wound split open with "something pinky poking through"; for
// today, damp knickers "clear and watery" at 34 weeks, movements that "feel different" at 38,
// perineal stitches more painful and smelling, "something hard up inside" after a birth (a
// retained swab), and a headache on sitting up after an epidural (taken back by the net).
// Sources: RCOG GTG 27a (placenta praevia: bleeding, hospital now), RCOG trauma in pregnancy,
// NICE NG25 (preterm prelabour rupture of membranes), Tommy's and RCOG (a changed pattern of
// movements), NICE NG194 (postnatal wound and perineal infection), OAA (post-dural puncture
// headache). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const PREGNANCY_FIFTH_SIGNS: Concepts = {
  // "woke up lying in a pool of bright red blood".
  blood_pool: [
    '(pool|puddle|pools|puddles) of (bright red |fresh |red |dark )?blood',
    '(soaked|soaking|soaked through) (the |my )?(bed|sheets|mattress) (in|with) blood',
    '(blood|bleeding) ~4 (soaked|soaking|soaked through) (the |my )?(bed|sheets|mattress)',
  ],
  cramps_any: ['cramps', 'cramping', 'crampy'],
  low_placenta: ['(low ?-?lying|low) placenta', 'placenta (praevia|previa)'],
  // Movements that changed ("his movements feel different, more little flutters").
  movements_different: [
    '(movements|kicks|moves|kicking|moving) ~4 (feel|feels|are|seem|seems|felt) (very |really |a bit )?(different|weaker|softer|changed|strange|weird)',
  ],
  // Clear fluid leaking in lay words ("keep getting damp knickers, clear and watery").
  damp_knickers_clear: [
    '(damp|wet|soaked) (knickers|pants|underwear|pad) ~8 (clear|watery)',
    '(clear|watery) (fluid|liquid|discharge) ~4 (leak*|trickl*|keeps? coming|dripping)',
  ],
  // A perineal tear or cut, stitched.
  perineal_tear: [
    '(\\d(st|nd|rd|th)|first|second|third|fourth) degree tear',
    'episiotomy',
    '(stitches|stitched|sutures) ~4 (down below|down there|from (my|the|her) tear|perine*)',
  ],
  // Something felt inside after a birth ("feels like something hard up inside"), a swab left.
  something_inside_lay: [
    '(something|a lump|something hard) ~3 (up inside|inside me|in there|up there)',
    '(left|leave|forgot) (a |the )?(swab|tampon|gauze) (in|inside)',
  ],
  // Something pink coming out of a split wound ("something pinky poking through").
  pink_poking_through: [
    '(something|bits?|tissue|stuff) (pink|pinky|red|shiny|reddish) ~2 (poking|sticking|coming|bulging|hanging|pushing) (out|through)',
  ],
};
