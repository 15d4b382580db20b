// Numbers in a message turned into concepts the rules can combine: the clinical readings of
// measures-readings.ts, the ages and pregnancy weeks of measures-people.ts, how long a fever
// has lasted, how long something went on, and how many tablets were taken.

import {
  bloodPressures,
  breathingRates,
  glucose,
  usualOxygen,
  peakFlowFraction,
  heartRates,
  ketones,
  oxygen,
  readings,
  temperatures,
} from './measures-readings';
import { execAll } from './exec-all';
import { ages, daysSinceBirth, gestationWeeks } from './measures-people';
import { NUMBER, toDays, toMinutes, toNumber } from './normalize';
import type { Message } from './scope';

const N = `(${NUMBER})`;

/** Not a "hot potato" voice (quinsy; phase 25, fresh-triage-p25m's twin probes). */
const FEVER_WORD =
  /\b(?:fever\w*|temp\w*|hot(?! potato)|burning up|\d{2,3}(?:\.\d)?\s*(?:°|degrees|c\b|f\b))/g;

/** True when a sentence names a fever that is not negated or imagined. */
function feverInSentence(msg: Message, start: number, text: string): boolean {
  for (const m of execAll(FEVER_WORD, text)) {
    const scope = msg.scopeOf(start + m.index, m[0].length, 'sign');
    if (scope === 'current') return true;
  }
  return false;
}

const FEVER_SPAN = new RegExp(
  `\\b(?:(?:for|since|over|lasting|lasted|lasts|about|almost|nearly|of|now)\\s+(?:the\\s+(?:last|past)\\s+)?|the\\s+(?:last|past)\\s+)(?:(?:more|over)\\s+than\\s+)?(?:a\\s+|an\\s+)?(?:${NUMBER}\\s*)?(days?|nights?|weeks?)\\b(?!\\s+(?:ago|old|pregnant|after|later|before|back|earlier|into|in advance))|\\b${N}\\s+(days?|weeks?)\\s+(?:of|with|now)\\b`,
  'g',
);
const SPAN_NUMBER = new RegExp(`(${NUMBER})\\s*(?:days?|nights?|weeks?)`);

function feverDays(msg: Message): number {
  if (!/\b(?:days?|nights?|weeks?)\b/.test(msg.text)) return 0;
  let longest = 0;
  for (const m of readings(msg, FEVER_SPAN)) {
    const sentence = msg.sentenceAt(m.index ?? 0);
    if (!feverInSentence(msg, sentence.start, sentence.text)) continue;
    const numMatch = SPAN_NUMBER.exec(m[0]);
    const n = numMatch ? toNumber(numMatch[1]) : 1;
    const unit = m[1] ?? m[3] ?? 'days';
    longest = Math.max(longest, toDays(n, unit.startsWith('n') ? 'd' : unit));
  }
  return longest;
}

const DURATION = new RegExp(
  `\\b(?:${N}\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|hr)|(half an? hour|half hr|an hour|half an hr))\\b`,
  'g',
);

/** Every stated duration, in minutes, with where it was said. */

/** Fingers warmed and the oximeter read again, normal (95 or more). */
const WARMED_FINE =
  /\b(?:after|once|when|then)\b[^.?!]{0,20}\b(?:warm\w*|rubb\w*|ran (?:them|my hands|my fingers) under)\b[^.?!]{0,50}?\b(?:9[5-9]|100)\b/;
export function durations(msg: Message): { at: number; minutes: number }[] {
  if (!/\b(?:sec|min|hour|hr)/.test(msg.text)) return [];
  const out: { at: number; minutes: number }[] = [];
  for (const m of readings(msg, DURATION)) {
    const at = m.index ?? 0;
    if (m[3]) out.push({ at, minutes: m[3].startsWith('half') ? 30 : 60 });
    else out.push({ at, minutes: toMinutes(toNumber(m[1]), m[2] ?? 'min') });
  }
  return out;
}

const DRUG =
  '(?:pills|tablets|tabs|capsules|caps|paracetamol|co-?codamol|ibuprofen|aspirin|codeine|tramadol|sertraline|citalopram|fluoxetine|amitriptyline|antidepressants|painkillers|sleeping pills|diazepam|xanax|tylenol|acetaminophen|panadol|calpol|nurofen|advil|motrin|solpadeine|anadin|naproxen|oxycodone|morphine|zopiclone|pregabalin|gabapentin|quetiapine|mirtazapine|propranolol|lithium)';

const TABLETS = new RegExp(
  `\\b(?:took|taken|take|swallowed|had|ate|downed|necked)\\s+(?:like\\s+|about\\s+|around\\s+|maybe\\s+|over\\s+|almost\\s+|nearly\\s+|at least\\s+)?${N}(?!\\s*(?:mg|milligrams?|ml|mcg|micrograms?|g|grams?|units?|iu|puffs?)\\b)\\s+(?:(?:of\\s+)?(?:my|his|her|the|their)\\s+\\w+|(?:x\\s*\\d+\\s*mg\\s+|\\w+\\s+)?${DRUG})\\b|\\b${N}\\s*(?:g|grams)\\b`,
  'g',
);
const DRUG_RE = new RegExp(DRUG);
/** A count taken and nothing after it but the end of a sentence ("took 24"). */
const BARE_TOOK =
  /\b(?:took|taken|swallowed|downed|necked)\s+(?:about\s+|around\s+|like\s+)?(\d{2})(?=\s*(?:[.?!,]|$))/g;
/** "about 24 of them" in a sentence that names a medicine being taken (a staggered overdose). */
const OF_THEM = new RegExp(
  `\\b(?:about\\s+|around\\s+|maybe\\s+|like\\s+|over\\s+|nearly\\s+|almost\\s+)?${N}\\s+of\\s+(?:them|those|these)\\b`,
  'g',
);
const TAKING = /\b(?:took|taken|taking|take|takes|swallowed|had|having)\b/;

function tabletsTaken(msg: Message): number {
  if (!/\b(?:took|taken|taking|take|swallowed|had|ate|downed|necked|g|grams)\b/.test(msg.text))
    return 0;
  let most = 0;
  for (const m of readings(msg, TABLETS)) {
    if (m[2] === undefined) {
      most = Math.max(most, toNumber(m[1]));
      continue;
    }
    // 8 g of paracetamol or more, at once or over days, is an overdose.
    const sentence = msg.sentenceAt(m.index ?? 0).text;
    if (toNumber(m[2]) >= 8 && DRUG_RE.test(sentence)) most = Math.max(most, 20);
  }
  // "how long does paracetamol take to work? took 24" (phase 24): a bare count taken, with a
  // medicine named in the message.
  if (DRUG_RE.test(msg.text)) {
    for (const m of readings(msg, BARE_TOOK)) most = Math.max(most, toNumber(m[1]));
  }
  if (/ of (?:them|those|these)\b/.test(msg.text)) {
    for (const m of readings(msg, OF_THEM)) {
      const sentence = msg.sentenceAt(m.index ?? 0).text;
      if (TAKING.test(sentence) && DRUG_RE.test(sentence)) most = Math.max(most, toNumber(m[1]));
    }
  }
  return most;
}

/** The concepts that the numbers in a message add. */
export function measuredConcepts(msg: Message): Set<string> {
  const out = new Set<string>();
  const add = (name: string, yes: boolean) => yes && out.add(name);
  // Most messages hold no digits: only the word-number readings can apply to them.
  const digits = /\d/.test(msg.text);
  const temps = digits ? temperatures(msg) : [];
  const maxC = Math.max(-Infinity, ...temps);
  add('temp_37_5', maxC >= 37.5);
  add('temp_38', maxC >= 38);
  add('temp_39', maxC >= 39);
  // 38.0 to 38.3: a fever below the height at which most authors of the fresh sets called a
  // baby under 3 months an emergency on the figure alone (stop 51).
  add('temp_38_low', maxC >= 38 && maxC < 38.4);
  add('temp_high', maxC >= 39.4);
  add('temp_40', maxC >= 40);
  add(
    'temp_low',
    temps.some((t) => t < 36),
  );
  add('temp_normal', temps.length > 0 && maxC < 38);
  const peak = digits ? peakFlowFraction(msg) : [];
  add(
    'peak_flow_severe',
    peak.some((f) => f < 0.5),
  );
  add(
    'peak_flow_moderate',
    peak.some((f) => f >= 0.5 && f < 0.75),
  );
  const sats = digits ? oxygen(msg) : [];
  // A reading at most 2 below a usual the person gives, and 88 or more, is their usual level
  // (phase 24, fresh set p24a: "COPD ... sats 91, my usual is 92" read as low oxygen).
  // The same for a reading of 92 to 94 within a usual range given ("usual sats are 90-92,
  // today 91"; phase 25, fresh-triage-p25n).
  const usualLow = sats.some((v) => v <= 94) ? Math.min(...usualOxygen(msg)) : Infinity;
  const nearUsual = (v: number) => v >= 88 && usualLow <= 94 && v >= usualLow - 2;
  // A low reading from cold fingers, normal once they are warmed ("oximeter said 89 then after
  // warming my hands under the tap its 97"; phase 25, fresh-triage-p26z hr159).
  const warmedFine = sats.length > 0 && WARMED_FINE.test(msg.text);
  add('sats_low', sats.some((v) => v < 92 && !nearUsual(v)) && !warmedFine);
  // Under 88: below any COPD target range (stop 51, rules.ts copd_flare_same_day).
  add(
    'sats_under_88',
    sats.some((v) => v < 88),
  );
  add('sats_borderline', sats.some((v) => v >= 92 && v <= 94 && !nearUsual(v)) && !warmedFine);
  const sugar = digits ? glucose(msg) : [];
  add(
    'glucose_low',
    sugar.some((v) => v < 4),
  );
  add(
    'glucose_very_low',
    sugar.some((v) => v < 3),
  );
  add(
    'glucose_high',
    sugar.some((v) => v >= 14),
  );
  add(
    'glucose_very_high',
    sugar.some((v) => v >= 20),
  );
  add(
    'glucose_extreme',
    sugar.some((v) => v >= 30),
  );
  const ket = digits ? ketones(msg) : [];
  add(
    'ketones_raised',
    ket.some((v) => v >= 1.5),
  );
  // Under 0.6 mmol/L: normal (phase 24).
  add('ketones_low', ket.length > 0 && ket.every((v) => v < 0.6));
  // Every blood ketone figure under 3 mmol/L (stop 52: with vomiting and fluids kept down, the
  // diabetes team the same day, rules.ts ketones_sick_day; 3 or more is 999).
  add('ketones_below_3', ket.length > 0 && ket.every((v) => v < 3));
  add(
    'ketones_high',
    ket.some((v) => v >= 3),
  );
  const age = ages(msg);
  add(
    'infant_u3m_age',
    age.some((d) => d < 92),
  );
  add(
    'infant_u5w_age',
    age.some((d) => d < 35),
  );
  add(
    'infant_u6m',
    age.some((d) => d < 183),
  );
  add(
    'baby_age',
    age.some((d) => d < 365),
  );
  add(
    'child_age',
    age.some((d) => d < 16 * 365),
  );
  // Under 18 (a young person: "my 16 yo came home stinking of vodka"; phase 25, p26u).
  add(
    'minor_age',
    age.some((d) => d < 18 * 365),
  );
  add(
    'older_age',
    age.some((d) => d >= 65 * 365),
  );
  add(
    'adult_age',
    age.some((d) => d >= 16 * 365),
  );
  const weeks = gestationWeeks(msg);
  add('pregnant_weeks', weeks.length > 0);
  add(
    'preg_20w',
    weeks.some((w) => w >= 20),
  );
  add(
    'preg_early',
    weeks.some((w) => w < 14),
  );
  add(
    'preg_preterm',
    weeks.some((w) => w < 37),
  );
  add(
    'postpartum_days',
    daysSinceBirth(msg).some((d) => d <= 42),
  );
  const fd = feverDays(msg);
  add('fever_3d', fd >= 3);
  add('fever_5d', fd >= 5);
  const hr = digits ? heartRates(msg) : [];
  add(
    'hr_fast',
    hr.some((v) => v >= 130),
  );
  // 110 or more: a racing heart after an operation with belly pain (rules-belly-more.ts).
  add(
    'hr_110',
    hr.some((v) => v >= 110),
  );
  add(
    'hr_slow',
    hr.some((v) => v < 40),
  );
  // 45 or under: slow enough to faint from (phase 24: "pulse 40 ... or I'd have gone down").
  add(
    'hr_low_45',
    hr.some((v) => v <= 45),
  );
  const bp = digits ? bloodPressures(msg) : [];
  add(
    'bp_high',
    bp.some((b) => b.sys >= 140 || b.dia >= 90),
  );
  add(
    'bp_severe',
    bp.some((b) => b.sys >= 160 || b.dia >= 110),
  );
  add(
    'bp_crisis',
    bp.some((b) => b.sys >= 180 || b.dia >= 120),
  );
  // Two or more such readings: a pattern measured at home, not one reading (phase 22's fresh
  // set: "Mon 184/116 Tue 188/118 Wed 186/115 ... feel totally normal" read routine).
  add('bp_crisis_repeated', bp.filter((b) => b.sys >= 180 || b.dia >= 120).length >= 2);
  add(
    'bp_low',
    bp.some((b) => b.sys < 90),
  );
  // Every reading in the normal range (phase 23's fresh set: "home BP monitor says 128/82 this
  // morning and 131/84 last night. Good or bad?" raised to same day by the net).
  add('bp_in_range', bp.length > 0 && bp.every((b) => b.sys >= 90 && b.sys < 140 && b.dia < 90));
  const rr = digits ? breathingRates(msg) : [];
  add(
    'rr_very_fast',
    rr.some((v) => v >= 60),
  );
  add(
    'rr_fast',
    // By age (WHO and NICE NG143): 60 or more under 3 months, 50 or more under a year, 40 or
    // more in a child, 25 or more in an adult ("breathing rate 45 while asleep, shes 2 months"
    // is normal; phase 25, fresh-triage-p25p gh017).
    rr.some((v) =>
      out.has('infant_u3m_age')
        ? v >= 60
        : out.has('baby_age')
          ? v >= 50
          : v >= 40 || (v >= 25 && !out.has('child_age')),
    ),
  );
  add(
    'rr_slow',
    rr.some((v) => v < 10),
  );
  const taken = tabletsTaken(msg);
  add('pills_many', taken >= 10);
  // Eight or more at once: with paracetamol, 4 g, over the threshold for most teenagers and
  // light adults (TOXBASE 75 mg/kg; stop 52, rules-medicines-fifth.ts).
  add('pills_eight', taken >= 8);
  return out;
}
