// Who a message is about, from its numbers: ages in days, weeks, months or years ("my 7 week
// old", "dad is 84", "52M", "in her 80s"), weeks of pregnancy ("34 weeks", "preg 36 wks")
// and days since a birth ("born four days ago", "three weeks after my c-section").

import { readings } from './measures-readings';
import { NUMBER, toDays, toNumber } from './normalize';
import type { Message } from './scope';

const N = `(${NUMBER})`;
/** Who an age in days, weeks or months belongs to ("my wife is 29 weeks" is a pregnancy). */
const YOUNG =
  '(?:baby|child|newborn|toddler|infant|lo|one|son|daughter|boy|girl|grandson|granddaughter|bub|twins|prem|preemie)';

const PERSON =
  "(?:i'm|i am|im|he's|he is|hes|she's|she is|shes|husband|wife|partner|dad|father|mum|mom|mother|mam|brother|sister|son|daughter|grandma|grandpa|gran|nan|grandad|granddad|grandmother|grandfather|uncle|aunt|auntie|aunty|granny|nana|nanna|neighbour|neighbor|friend|baby|child|newborn|toddler|infant|lo|one)";

const AGE_UNIT = '(days?|d|weeks?|wks?|w|months?|mos?|mths?|m|years?|yrs?|yo|y)';
/** Age patterns, each with a cheap test that must pass before the pattern is worth running. */
/** Age patterns: group 1 the number, group 2 (when `unit`) its unit, else years. */
const AGE_PATTERNS: readonly { guard: RegExp; re: RegExp; unit?: true; decade?: true }[] = [
  // "my 10 week olds arm" too (stop 47, fresh-triage-p28s jk026).
  // Not a thing's age: "a burn blister ... about 1cm, 2 days old", "its 3 days old".
  {
    guard: /old/,
    re: new RegExp(
      `(?<!\\b(?:its|it's|it is|they're|theyre|they are|\\d ?(?:cm|mm)),? )\\b${N}[\\s-]*${AGE_UNIT}[\\s-]*olds?\\b`,
      'g',
    ),
    unit: true,
  },
  { guard: /\d/, re: new RegExp(`\\b${N}\\s*(y\\/o|yo|yr old)\\b`, 'g'), unit: true },
  {
    guard: /day|week|wk|mo|mth|\dd\b|\dw\b|\dm\b/,
    re: new RegExp(
      `\\b${YOUNG}(?:\\s+(?:is|was|aged?|only|just|of|he|she|he's|she's))*\\s*[(,]?\\s*${N}\\s*(days?|weeks?|wks?|months?|mos?|mths?|mo|m)\\b(?!\\s+(?:pregnant|along|gestation|ago|postpartum|post))`,
      'g',
    ),
    unit: true,
  },
  {
    guard: /\b(?:my|our) \d/,
    re: new RegExp(`\\b(?:my|our)\\s+${N}\\s*(mo|mos|m|wks?|w|yo|y|yrs?|d)\\b`, 'g'),
    unit: true,
  },
  // "babys sleep cam says ... shes 2 months": "he's" or "she's" and an age in days, weeks or
  // months, where a baby is named in the message (phase 25, fresh-triage-p25p gh017).
  {
    guard: /\b(?:baby|babys|baby's|newborn|infant|lo)\b/,
    re: new RegExp(
      `\\b(?:he's|she's|hes|shes|he is|she is)\\s+${N}\\s*(days?|weeks?|wks?|months?|mos?|mths?)\\b(?!\\s+(?:pregnant|along|gestation|ago|postpartum|post|late|early|overdue|behind|ahead|off|sober|clean))`,
      'g',
    ),
    unit: true,
  },
  // "My son is born 10 days ago", "she was born 6 weeks ago": a young person's age.
  {
    guard: /\bborn\b/,
    re: new RegExp(
      `\\b(?:${YOUNG}|he|she)\\s+(?:(?:is|was|were|been|only|just)\\s+)*born\\s+${N}\\s*(days?|weeks?|wks?|months?|mos?)\\s+ago\\b`,
      'g',
    ),
    unit: true,
  },
  { guard: /\bage/, re: new RegExp(`\\baged?\\s+${N}\\b`, 'g') },
  {
    guard: /\d\d/,
    re: new RegExp(
      `\\b${PERSON}(?:\\s+(?:is|was))?\\s*[,(]?\\s*(\\d{2,3})\\s*\\)?(?=[\\s,.)!?]|$)(?![.,]\\d)(?!\\s*(?:weeks|wks|days|months|%|kg|mg|mmol|degrees|°|times|hours|mins|minutes|\\/))`,
      'g',
    ),
  },
  { guard: /\d\d/, re: /\b(\d{2})\s*(?:m|f|male|female)\b(?!\s*(?:old|ago))/g },
  { guard: /0s\b/, re: /\bin (?:his|her|their|my) (\d)0s\b/g, decade: true },
];

/** Ages in days, of anyone named in the message. */
export function ages(msg: Message): number[] {
  const out: number[] = [];
  for (const { guard, re, unit, decade } of AGE_PATTERNS) {
    if (!guard.test(msg.text)) continue;
    for (const m of readings(msg, re)) {
      const n = decade ? Number(m[1]) * 10 + 5 : toNumber(m[1]);
      if (!Number.isFinite(n)) continue;
      const u = unit ? (m[2] ?? 'y') : 'y';
      const unitWord = /^(?:y\/o|yo|yr old)$/.test(u) ? 'y' : u === 'm' || u === 'mo' ? 'mo' : u;
      const days = toDays(n, unitWord);
      if (days > 0 && days < 120 * 365) out.push(days);
    }
  }
  return out;
}

const GESTATION = new RegExp(
  `(?:\\b${N}\\s*(?:weeks?|wks?|w)\\s*(?:pregnant|preg|along|gestation|\\+\\d)|(?:^|[,.!?;]\\s*)(?:about |around |nearly |almost |approx |roughly |just over |just under )?${N}\\s*(?:weeks?|wks?)(?=\\s*[,.!?;]|\\s*$|\\s+(?:and|with|now))|\\b(?:i'm|i am|she's|she is|wife is|partner is|at|preg|pregnant|pregnant with \\w+ at)\\s+${N}\\s*(?:weeks?|wks?)\\b(?!\\s*(?:old|ago)))` +
    // The notes' "24+3", "40+1": weeks and days of a pregnancy (phase 25, fresh-triage-p25a).
    `|\\b(\\d{1,2})\\+[0-6]\\b(?![.,]?\\d)(?!\\s*(?:years?|yrs?|yo|kg|lbs?|mg|ml|units?|%|degrees?|c\\b|f\\b))` +
    // "33wk super itchy palms": a message that opens with weeks in texting shorthand.
    `|^\\W*(1[2-9]|[23]\\d|4[0-2])\\s*(?:wks?|w)\\b(?!\\s*(?:old|ago|of|since|after|post|pp|postpartum|postnatal|later))` +
    // "36 weeks with my 2nd" (stop 50, fresh-triage-p30f kx009).
    `|\\b${N}\\s*(?:weeks?|wks?)\\s+(?:with|into|gone with) (?:my|our|her|the|baby) ?(?:2nd|second|3rd|third|4th|fourth|1st|first|number \\w+|rainbow|twins|baby|pregnancy|bump)\\b`,
  'g',
);

export function gestationWeeks(msg: Message): number[] {
  if (!/\b(?:weeks?|wks?|w)\b|\dw|\d\+[0-6]\b/.test(msg.text)) return [];
  return [...readings(msg, GESTATION)]
    .map((m) => toNumber(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]))
    .filter((n) => n >= 3 && n <= 43);
}

/** A number, or "a"/"an" for one ("a week ago"). */
const N_OR_A = `(${NUMBER}|an?)`;

const SINCE_BIRTH = [
  new RegExp(
    `\\b(?:born|birth|delivered|delivery|c-?section|caesarean|cesarean|had (?:the|our|my|a|her) baby)\\b(?:\\s+\\w+){0,3}?\\s+${N_OR_A}\\s*(days?|weeks?|wks?)\\s+ago\\b`,
    'g',
  ),
  new RegExp(
    `\\b${N_OR_A}\\s*(days?|weeks?|wks?)\\s+(?:(?:after|since|post)\\s*(?:the |my |her |our |giving |having )?(?:birth|delivery|c[- ]?section|caesarean|cesarean|partum|natal|(?:the |my |her |our |a )?baby)|postpartum|postnatal|pp)\\b`,
    'g',
  ),
];

/** Days since a birth, when the message says when the baby was born. */
export function daysSinceBirth(msg: Message): number[] {
  if (!/\b(?:ago|after|since|post\w*)\b/.test(msg.text)) return [];
  const out: number[] = [];
  for (const re of SINCE_BIRTH) {
    for (const m of readings(msg, re))
      out.push(toDays(/^an?$/.test(m[1] ?? '') ? 1 : toNumber(m[1]), m[2] ?? 'd'));
  }
  return out;
}
