// Lexicon, phase 25 forty-seventh round: what a device, an app or a home test said, a second
// author on p25p's theme (fresh-triage-p26z.json, committed unread after 8af17ab, read after the
// forty-sixth round: 1 of 40 emergencies missed, a watch's ECG taken as clearing chest pain).
// Sources: NICE CG95 (a watch's single-lead ECG cannot rule out a heart attack), NICE NG143 and
// the AAP (a brief resolved unexplained event under 2 months: same-day assessment), Diabetes UK
// (lows every night after a dose change: the team today), NICE CKS and BSH (a mechanical valve
// with a low INR or missed warfarin: the anticoagulation clinic today).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const DEVICES_SECOND_SIGNS: Concepts = {
  // A baby monitor or sock that alarmed.
  baby_monitor_alarm: [
    '(sock|owlet|monitor|apnoea monitor|breathing monitor|alarm|mat) ~4 (alarmed|went off|alarming|beeped|goes off|going off)',
  ],
  // Pale, blue or floppy for a moment, then fine ("pale for a few seconds then pinked up").
  colour_back: [
    '(pinked|pinks|pinking) up',
    '(colour|color) came back',
    'went back to (pink|normal)',
  ],
  // Lows night after night.
  recurrent_hypos: [
    '(lows|hypos|hypo alarms|low alarms) ~4 (every|each) (night|day|morning)',
    '(every|each) night ~6 (lows|hypos|low alarms|hypo)',
  ],
  // A mechanical heart valve.
  mech_valve: [
    '(mechanical|metal|tin|st jude|on-?x|carbomedics) (mitral |aortic |heart )?valve',
    '(mitral|aortic|heart) valve ~3 (mechanical|metal)',
  ],
  // A low INR.
  inr_low_lay: [
    'inr ~4 (0\\.\\d|1\\.[0-9]|low|below (my )?(range|target)|under (my )?(range|target)|sub-?therapeutic)',
  ],
};
