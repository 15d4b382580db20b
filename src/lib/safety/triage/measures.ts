// Numbers in a message turned into concepts the rules can combine: the clinical readings of
// measures-readings.ts, plus ages (days, weeks, months, years), weeks of pregnancy, days since
// a birth, how long a fever has lasted, how long something went on, and how many tablets were
// taken.

import {
  bloodPressures,
  breathingRates,
  glucose,
  heartRates,
  ketones,
  oxygen,
  readings,
  temperatures,
} from './measures-readings';
import { NUMBER, toDays, toMinutes, toNumber } from './normalize';
import type { Message } from './scope';

const N = `(${NUMBER})`;

const PERSON =
  "(?:i'm|i am|he's|he is|she's|she is|husband|wife|partner|dad|father|mum|mom|mother|mam|brother|sister|son|daughter|grandma|grandpa|gran|nan|grandad|granddad|grandmother|grandfather|uncle|aunt|friend|baby|child|newborn|toddler|infant|lo|one)";

/** Ages in days, of anyone named in the message. */
function ages(msg: Message): number[] {
  const unit = '(days?|d|weeks?|wks?|w|months?|mos?|mths?|m|years?|yrs?|yo|y)';
  const res = [
    new RegExp(`\\b${N}[\\s-]*${unit}[\\s-]*old\\b`, 'g'),
    new RegExp(`\\b${N}\\s*(y\\/o|yo|yr old)\\b`, 'g'),
    new RegExp(
      `\\b${PERSON}(?:\\s+(?:is|was|aged?|only|just|of))*\\s*[(,]?\\s*${N}\\s*(days?|weeks?|wks?|months?|mos?|mths?|mo|m)\\b(?!\\s+(?:pregnant|along|gestation|ago|postpartum|post))`,
      'g',
    ),
    new RegExp(`\\baged?\\s+${N}\\b`, 'g'),
    new RegExp(
      `\\b${PERSON}(?:\\s+(?:is|was))?\\s*[,(]?\\s*(\\d{2,3})\\s*\\)?(?=[\\s,.)!?]|$)(?![.,]\\d)(?!\\s*(?:weeks|wks|days|months|%|kg|mg|mmol|degrees|°|times|hours|mins|minutes|\\/))`,
      'g',
    ),
    /\b(\d{2})\s*(?:m|f|male|female)\b(?!\s*(?:old|ago))/g,
    /\bin (?:his|her|their|my) (\d)0s\b/g,
  ];
  const out: number[] = [];
  for (const [i, re] of res.entries()) {
    for (const m of readings(msg, re)) {
      const n = i === 6 ? Number(m[1]) * 10 + 5 : toNumber(m[1]);
      if (!Number.isFinite(n)) continue;
      const u = i < 3 ? (m[2] ?? 'y') : 'y';
      const unitWord = /^(?:y\/o|yo|yr old)$/.test(u) ? 'y' : u === 'm' || u === 'mo' ? 'mo' : u;
      const days = toDays(n, unitWord);
      if (days > 0 && days < 120 * 365) out.push(days);
    }
  }
  return out;
}

function gestationWeeks(msg: Message): number[] {
  const re = new RegExp(
    `(?:\\b${N}\\s*(?:weeks?|wks?|w)\\s*(?:pregnant|preg|along|gestation|\\+\\d)|(?:^|[,.!?;]\\s*)${N}\\s*(?:weeks?|wks?)(?=\\s*[,.!?;]|\\s*$|\\s+(?:and|with|now))|\\b(?:i'm|i am|she's|she is|wife is|partner is|at|preg|pregnant|pregnant with \\w+ at)\\s+${N}\\s*(?:weeks?|wks?)\\b(?!\\s*(?:old|ago)))`,
    'g',
  );
  return [...readings(msg, re)]
    .map((m) => toNumber(m[1] ?? m[2] ?? m[3]))
    .filter((n) => n >= 3 && n <= 43);
}

/** Days since a birth, when the message says when the baby was born. */
function daysSinceBirth(msg: Message): number[] {
  const res = [
    new RegExp(
      `\\b(?:born|birth|delivered|delivery|c-?section|caesarean|cesarean|had (?:the|our|my|a|her) baby)\\b(?:\\s+\\w+){0,3}?\\s+${N}\\s*(days?|weeks?|wks?)\\s+ago\\b`,
      'g',
    ),
    new RegExp(
      `\\b${N}\\s*(days?|weeks?|wks?)\\s+(?:after|since|post|postpartum|postnatal)\\s*(?:birth|delivery|giving birth|c-?section|partum|natal)?`,
      'g',
    ),
  ];
  const out: number[] = [];
  for (const re of res) {
    for (const m of readings(msg, re)) out.push(toDays(toNumber(m[1]), m[2] ?? 'd'));
  }
  return out;
}

const FEVER_WORD =
  /\b(?:fever\w*|temp\w*|hot|burning up|\d{2,3}(?:\.\d)?\s*(?:°|degrees|c\b|f\b))/g;

/** True when a sentence names a fever that is not negated or imagined. */
function feverInSentence(msg: Message, start: number, text: string): boolean {
  for (const m of text.matchAll(FEVER_WORD)) {
    const scope = msg.scopeOf(start + m.index, m[0].length, 'sign');
    if (scope === 'current' || scope === 'recent') return true;
  }
  return false;
}

function feverDays(msg: Message): number {
  const span = new RegExp(
    `\\b(?:for|since|over|lasting|lasted|lasts|past|last|about|almost|nearly|of|now)\\s+(?:the\\s+(?:last|past)\\s+)?(?:(?:more|over)\\s+than\\s+)?(?:a\\s+|an\\s+)?(?:${NUMBER}\\s*)?(days?|nights?|weeks?)\\b(?!\\s+(?:ago|old|pregnant))|\\b${N}\\s+(days?|weeks?)\\s+(?:of|with|now)\\b`,
    'g',
  );
  let longest = 0;
  for (const m of readings(msg, span)) {
    const sentence = msg.sentenceAt(m.index ?? 0);
    if (!feverInSentence(msg, sentence.start, sentence.text)) continue;
    const numMatch = new RegExp(`(${NUMBER})\\s*(?:days?|nights?|weeks?)`).exec(m[0]);
    const n = numMatch ? toNumber(numMatch[1]) : 1;
    const unit = m[1] ?? m[3] ?? 'days';
    longest = Math.max(longest, toDays(n, unit.startsWith('n') ? 'd' : unit));
  }
  return longest;
}

/** Every stated duration, in minutes, with where it was said. */
export function durations(msg: Message): { at: number; minutes: number }[] {
  const re = new RegExp(
    `\\b(?:${N}\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|hr)|(half an? hour|half hr|an hour|half an hr))\\b`,
    'g',
  );
  const out: { at: number; minutes: number }[] = [];
  for (const m of readings(msg, re)) {
    const at = m.index ?? 0;
    if (m[3]) out.push({ at, minutes: m[3].startsWith('half') ? 30 : 60 });
    else out.push({ at, minutes: toMinutes(toNumber(m[1]), m[2] ?? 'min') });
  }
  return out;
}

const DRUG =
  '(?:pills|tablets|tabs|capsules|caps|paracetamol|co-?codamol|ibuprofen|aspirin|codeine|tramadol|sertraline|citalopram|fluoxetine|amitriptyline|antidepressants|painkillers|sleeping pills|diazepam|xanax)';

function tabletsTaken(msg: Message): number {
  const re = new RegExp(
    `\\b(?:took|taken|take|swallowed|had|ate|downed|necked)\\s+(?:like\\s+|about\\s+|around\\s+|maybe\\s+|over\\s+|almost\\s+|nearly\\s+|at least\\s+)?${N}(?!\\s*(?:mg|milligrams?|ml|mcg|micrograms?|g|grams?|units?|iu|puffs?)\\b)\\s+(?:(?:of\\s+)?(?:my|his|her|the|their)\\s+\\w+|(?:\\w+\\s+)?${DRUG})\\b|\\b${N}\\s*(?:g|grams)\\b`,
    'g',
  );
  let most = 0;
  for (const m of readings(msg, re)) {
    if (m[2] === undefined) {
      most = Math.max(most, toNumber(m[1]));
      continue;
    }
    // 8 g of paracetamol or more, at once or over days, is an overdose.
    const sentence = msg.sentenceAt(m.index ?? 0).text;
    if (toNumber(m[2]) >= 8 && new RegExp(DRUG).test(sentence)) most = Math.max(most, 20);
  }
  return most;
}

/** The concepts that the numbers in a message add. */
export function measuredConcepts(msg: Message): Set<string> {
  const out = new Set<string>();
  const add = (cond: boolean, ...names: string[]) => cond && names.forEach((n) => out.add(n));
  // Most messages hold no digits: only the word-number readings can apply to them.
  const digits = /\d/.test(msg.text);
  const temps = digits ? temperatures(msg) : [];
  const maxC = Math.max(-Infinity, ...temps);
  add(maxC >= 37.5, 'temp_37_5');
  add(maxC >= 38, 'temp_38');
  add(maxC >= 39, 'temp_39');
  add(maxC >= 39.4, 'temp_high');
  add(maxC >= 40, 'temp_40');
  add(
    temps.some((t) => t < 36),
    'temp_low',
  );
  add(temps.length > 0 && maxC < 38, 'temp_normal');
  const sats = digits ? oxygen(msg) : [];
  add(
    sats.some((v) => v < 92),
    'sats_low',
  );
  add(
    sats.some((v) => v >= 92 && v <= 94),
    'sats_borderline',
  );
  const sugar = digits ? glucose(msg) : [];
  add(
    sugar.some((v) => v < 4),
    'glucose_low',
  );
  add(
    sugar.some((v) => v < 3),
    'glucose_very_low',
  );
  add(
    sugar.some((v) => v >= 14),
    'glucose_high',
  );
  add(
    sugar.some((v) => v >= 20),
    'glucose_very_high',
  );
  add(
    sugar.some((v) => v >= 30),
    'glucose_extreme',
  );
  const ket = digits ? ketones(msg) : [];
  add(
    ket.some((v) => v >= 1.5),
    'ketones_raised',
  );
  add(
    ket.some((v) => v >= 3),
    'ketones_high',
  );
  const age = ages(msg);
  add(
    age.some((d) => d < 92),
    'infant_u3m_age',
  );
  add(
    age.some((d) => d < 183),
    'infant_u6m',
  );
  add(
    age.some((d) => d < 365),
    'baby_age',
  );
  add(
    age.some((d) => d < 16 * 365),
    'child_age',
  );
  add(
    age.some((d) => d >= 65 * 365),
    'older_age',
  );
  add(
    age.some((d) => d >= 16 * 365),
    'adult_age',
  );
  const weeks = gestationWeeks(msg);
  add(weeks.length > 0, 'pregnant_weeks');
  add(
    weeks.some((w) => w >= 20),
    'preg_20w',
  );
  add(
    weeks.some((w) => w < 14),
    'preg_early',
  );
  add(
    weeks.some((w) => w < 37),
    'preg_preterm',
  );
  add(
    daysSinceBirth(msg).some((d) => d <= 42),
    'postpartum_days',
  );
  const fd = feverDays(msg);
  add(fd >= 3, 'fever_3d');
  add(fd >= 5, 'fever_5d');
  const hr = digits ? heartRates(msg) : [];
  add(
    hr.some((v) => v >= 130),
    'hr_fast',
  );
  add(
    hr.some((v) => v < 40),
    'hr_slow',
  );
  const bp = digits ? bloodPressures(msg) : [];
  add(
    bp.some((b) => b.sys >= 140 || b.dia >= 90),
    'bp_high',
  );
  add(
    bp.some((b) => b.sys >= 160 || b.dia >= 110),
    'bp_severe',
  );
  add(
    bp.some((b) => b.sys >= 180 || b.dia >= 120),
    'bp_crisis',
  );
  add(
    bp.some((b) => b.sys < 90),
    'bp_low',
  );
  const rr = digits ? breathingRates(msg) : [];
  add(
    rr.some((v) => v >= 60),
    'rr_very_fast',
  );
  add(
    rr.some((v) => v >= 40 || (v >= 25 && !out.has('child_age'))),
    'rr_fast',
  );
  add(tabletsTaken(msg) >= 10, 'pills_many');
  return out;
}
