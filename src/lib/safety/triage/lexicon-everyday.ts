// Lexicon, phase 13 (helper efa): the kinds of reading behind the everyday questions' false
// alarms (test/fixtures/triage-everyday, tuning half only; `npm run triage:everyday`). Each
// concept marks a way of telling a symptom that makes it a GP question, not a same-day one,
// and is read by a rule beside its red flags (rules-gp-today.ts, rules-heart-lungs.ts).
// Sources: NHS pages on atrial fibrillation (an irregular pulse found without symptoms: see a
// GP) and on shortness of breath (long-lasting or after covid: see a GP; sudden or at rest:
// 999 or 111). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const MANY = '(\\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple of)';

/** Who or what is speaking: a device, not a body. */
export const EVERYDAY_CONTEXT: Concepts = {
  // A watch or app that reports a rhythm: "my apple watch keeps pinging me with possible afib",
  // "fitbit says irregular rhythm". Read with feeling fine and no other heart sign.
  device_alert: [
    '(apple watch|smart ?watch|fitbit|garmin|oura|whoop|wearable|tracker|watch|ecg app|kardia) ~~8 (pinging|pings|alerting|alerts?|alerted|notifications?|notified|notifies|flagging|flags|flagged|says|said|shows|showed|warning|warns|warned|buzzing|detected|detects)',
  ],
  // A rate told with the alert ("says AFib, 110 irregular", "afib at 130"): a reading to act
  // on, not a notification asked about.
  device_rate: [
    '(afib|a-fib|af|irregular|rhythm|pulse|heart ?rate|hr|at|of) \\d{2,3}',
    '\\d{2,3} ?(bpm|irregular|beats)',
  ],
};

export const EVERYDAY_SIGNS: Concepts = {
  // Breathlessness that has lasted months: "short of breath 2 months after having covid",
  // "out of breath for the last few months". Not "2 months ago" (a new breathlessness after
  // an event then), not a breathlessness that is worse, at rest or sudden (rules-heart-lungs.ts).
  breathless_months: [
    `(short of breath|out of breath|breathless|breathlessness|winded|sob) ~8 (for|over) (the )?(last |past )?${MANY} (months|years)`,
    `(short of breath|out of breath|breathless|breathlessness|winded) ~8 ${MANY} (months|years) (after|since|post|following)`,
    `${MANY} (months|years) (after|since|post|following) ~8 (short of breath|out of breath|breathless|breathlessness|winded)`,
  ],
  // A kidney stone already passed, the question being how to avoid the next: "just passed my
  // first kidney stone". The episode is over (not "passing a stone", not "can't pass it").
  stone_passed: [
    '(passed|peed out|weed out|came out|got rid of) (my |a |the )?(first |second |third |\\w+ )?(kidney )?stone',
  ],
  // Arms or hands that go numb in sleep, night after night, and wake up dead: the way the arms
  // lie, not a nerve emergency (NHS pins and needles: see a GP if it keeps coming back).
  numb_in_sleep: [
    '(numb|tingly|tingling|dead|asleep) ~6 (while|when|as) (i|he|she|they|we) (sleep|am asleep|is asleep|slept|am sleeping|is sleeping)',
    '(wake|woke|waking|wakes) up with (numb|dead|tingly) (arms?|hands?|fingers?)',
  ],
};
