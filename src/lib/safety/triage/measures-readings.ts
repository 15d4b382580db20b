// Clinical readings in a message, in their units: body temperature (°C or °F, a bare number
// read as °F from 90 up), oxygen saturation, blood glucose (mmol/L or mg/dL, a bare number
// over 35 read as mg/dL), ketones, heart rate, blood pressure and breathing rate. A reading
// counts even after an unrelated "no" ("no cough, temp 39.8"), but not inside a hypothetical,
// a question about a condition, a cleared check or a clause about years ago.

import { execAll } from './exec-all';
import { glucoseToMmol, toCelsius } from './normalize';
import type { Message } from './scope';

const DEC = '(\\d{1,3}(?:[.,]\\d{1,2})?)';

function counts(msg: Message, at: number, length: number): boolean {
  const scope = msg.scopeOf(at, length, 'sign');
  return scope === 'current' || scope === 'negated' || scope === 'recent';
}

export function* readings(msg: Message, re: RegExp): Generator<RegExpMatchArray> {
  for (const m of execAll(re, msg.text)) {
    if (counts(msg, m.index ?? 0, m[0].length)) yield m;
  }
}

const NOT_TEMPERATURE_AFTER =
  /^\s*(?:years?|yrs?|yo\b|y\b|weeks?|wks?|days?|months?|hours?|hrs?|minutes?|mins?|mg|ml|kg|lbs?|pounds|%|percent|bpm|times|pills|tablets|am\b|pm\b|cm|mm|mmol|miles|\/|a minute|per minute|breaths)/;
const TEMPERATURE_WORD =
  /\b(?:fever|feverish|temp|temps|temperature|temperatures|thermometer|spiked?|spiking|reading|running(?! (?:for|to|after|around|about|up|down|late|out|away|off|the|a (?:race|marathon|bath|business)|errands)\b)|reached|registered|hit|hot|burning up)\b(?:[^.?!\d]|\d+(?:\.\d)?\s*(?:to|-)\s*)*$/;

/** Words that make the whole number after them an age. */
const AGE_BEFORE = /\b(?:i'm|im|i am|he's|hes|she's|shes|he is|she is|aged?|age of)\s*$/;

// "my 5 month old is 102.5 on the ear thermometer" (phase 23).
const TEMPERATURE_AFTER =
  /^\s*(?:temp|temps|temperature|fever|(?:on|by|with|according to) (?:the|his|her|my|our|their|an?) (?:[\w-]+ ){0,2}thermometer)\b/;

const TEMPERATURE = new RegExp(
  `\\b${DEC}(?![\\d,.]*\\d)\\s*(°\\s*[cf]?|degrees?(?:\\s*(?:c|f|celsius|fahrenheit|centigrade))?|deg(?:\\s*[cf])?|[cf]\\b|celsius|fahrenheit|centigrade)?`,
  'g',
);

export function temperatures(msg: Message): number[] {
  const out: number[] = [];
  for (const m of readings(msg, TEMPERATURE)) {
    const at = m.index ?? 0;
    const value = Number.parseFloat((m[1] ?? '').replace(',', '.'));
    const unit = (m[2] ?? '').replace(/\s+/g, '');
    if (NOT_TEMPERATURE_AFTER.test(msg.text.slice(at + m[0].length, at + m[0].length + 14))) {
      continue;
    }
    // A whole number just after "i'm", "she's" or "aged" is an age, not a temperature ("out of
    // breath running for the bus, im 40"; phase 25, fresh-triage-p25t gl140).
    if (
      !unit &&
      Number.isInteger(value) &&
      AGE_BEFORE.test(msg.text.slice(Math.max(0, at - 12), at))
    ) {
      continue;
    }
    // A bare number is a temperature only just after "fever", "temp", "hot"...
    // ...or just before it: "toddler 38.5 temp".
    if (
      !unit &&
      !TEMPERATURE_WORD.test(msg.text.slice(Math.max(0, at - 32), at)) &&
      !TEMPERATURE_AFTER.test(msg.text.slice(at + m[0].length, at + m[0].length + 40))
    ) {
      continue;
    }
    const celsius = toCelsius(value, unit);
    if (celsius >= 33 && celsius <= 45) out.push(celsius);
  }
  return out;
}

export function oxygen(msg: Message): number[] {
  const re =
    /\b(?:oxygen|o2|spo2|sp02|sats?|saturations?|pulse\s*ox\w*|oximeter|fingertip thing|finger thing)\b[^.?!\d]{0,25}(\d{2,3})(?:\s*(?:-|to)\s*(\d{2,3}))?\s*%?/g;
  const out: number[] = [];
  for (const m of readings(msg, re)) {
    // "keep sats above 90" is a target, not a reading.
    if (
      /\b(?:above|over|at least|keep|target|goal|normal|should be|more than|between)\b/.test(m[0])
    ) {
      continue;
    }
    for (const g of [m[1], m[2]]) {
      const v = Number.parseInt(g ?? '', 10);
      if (v >= 50 && v <= 100) out.push(v);
    }
  }
  // A low reading the device got wrong, since corrected: "dropped to 85% but the sock had
  // slipped, it's back to 98" (phase 7 wave 9 e). Both the artefact and the new reading.
  if (out.some((v) => v < 95) && SATS_ARTEFACT.test(msg.text) && SATS_BACK.test(msg.text)) {
    return out.filter((v) => v >= 95);
  }
  return out;
}

/**
 * The oxygen level a person says is their usual ("sats 91, my usual is 92"; "my normal sats are
 * 88-90"): people with COPD often live at 88 to 92 (BTS target range).
 */
export function usualOxygen(msg: Message): number[] {
  const res = [
    /\b(?:sats?|oxygen|o2|spo2|saturations?)\b[^.?!]{0,40}?\b(?:usual(?:ly)?|normal(?:ly)?|baseline)\b(?: is| are| sits at| at| around| about)?[^.?!\d]{0,8}(\d{2})(?:\s*(?:-|to)\s*(\d{2}))?\b/g,
    /\b(?:usual|normal|baseline)\s+(?:sats?|oxygen|o2|spo2|saturations?)\b[^.?!\d]{0,15}(\d{2})(?:\s*(?:-|to)\s*(\d{2}))?\b/g,
    // A reading said to be the person's normal: "says 94, he has COPD and says thats his
    // normal" (phase 25, fresh-triage-p25p gh143).
    /\b(\d{2})\s*%?[^.?!\d]{0,40}?\b(?:that's|thats|that is|which is|is) (?:his|her|my|their|your) (?:normal|usual|baseline)\b()/g,
  ];
  const out: number[] = [];
  for (const re of res) {
    for (const m of readings(msg, re)) {
      for (const g of [m[1], m[2]]) {
        const v = Number.parseInt(g ?? '', 10);
        if (v >= 80 && v <= 100) out.push(v);
      }
    }
  }
  return out;
}

/**
 * A peak flow against the person's best, as a fraction ("peak flow 140 and my best is 480";
 * "peak flow 300, best is 500"): BTS asthma, under 50 % of best is a severe attack, 50 to 75 %
 * a moderate one (phase 24).
 */
export function peakFlowFraction(msg: Message): number[] {
  const out: number[] = [];
  /** A reading against a best that could be one person's, as a fraction. */
  const add = (now: number, best: number): void => {
    if (now >= 50 && best >= 100 && best <= 900 && now <= best * 1.2) out.push(now / best);
  };
  const re =
    /\bpeak ?flow\b[^.?!\d]{0,20}(\d{2,3})\b[^.?!\d]{0,40}?\b(?:best|normal|usual|usually|normally)\b[^.?!\d]{0,12}(\d{2,3})\b/g;
  for (const m of readings(msg, re)) {
    add(Number.parseInt(m[1] ?? '', 10), Number.parseInt(m[2] ?? '', 10));
  }
  // The best told first: "Peak flow normally 480, just did it and its 160" (stop 50,
  // fresh-triage-p29w ko034).
  const bestFirst =
    /\bpeak ?flow\b[^.?!\d]{0,12}\b(?:best|normal|usual|usually|normally)\b[^.?!\d]{0,12}(\d{2,3})\b[^.?!\d]{0,40}?\b(?:now|its|it's|it is|today|got|only|was|just)\b[^.?!\d]{0,8}(\d{2,3})\b/g;
  for (const m of readings(msg, bestFirst)) {
    add(Number.parseInt(m[2] ?? '', 10), Number.parseInt(m[1] ?? '', 10));
  }
  return out;
}

const SATS_ARTEFACT =
  /\b(?:(?:sock|probe|sensor|clip|monitor|oximeter)s? (?:had |has |was |were )?(?:slipped|fallen off|fell off|came off|come off|loose|not on properly|wasn't on|not attached)|wriggl\w*|wiggl\w*|moving (?:about|around)|cold (?:hands|fingers|feet)|warm(?:ed)? (?:my |his |her |their )?(?:hands|fingers)(?: up)?|nail (?:varnish|polish)|false alarm|(?:hands|fingers) (?:are |were |was |is )?(?:freezing|cold|icy)|warmed (?:up|them up)|(?:dark|gel|nail) (?:polish|varnish)|gel nails|acrylics?|(?:watch|smartwatch|fitbit|garmin|apple watch|ring)\b[^.!?]{0,40}\b(?:once|asleep|sleeping|overnight))\b/;
const SATS_BACK =
  /\b(?:back (?:up )?to|re-?checked(?: and)?(?: it(?:'s| is| was))?|now(?: reads| says| shows| at)?|(?:then |and )(?:it )?(?:says|reads|shows|showed|said|read)|stays?(?: at)?|(?:went|goes|gone|came|come) (?:up |back )?to|and) (?:9[5-9]|100)\b|\b(?:9[5-9]|100)%? (?:now|after|once|when|since|on (?:my|his|her|the|a|another|other) (?:toe|other hand|other finger|finger|ear))\b/;

const GLUCOSE_UNITS = 'mmol(?!\\s*\\/\\s*mol)(?:\\s*\\/\\s*l)?|mg\\s*\\/?\\s*dl|mg';
const GLUCOSE_CONTEXT = new RegExp(
  `\\b(?:sugars?|glucose|bs|bg|bm|bms|cbg|hypo|hyper|finger ?-?pricks?|finger ?-?sticks?)\\b[^.?!\\d]{0,25}?${DEC}(?!\\s*(?:hours?|hrs?|mins?|minutes?|days?|weeks?|months?|years?|times)\\b)(?:\\s*(?:-|to)\\s*${DEC})?\\s*(${GLUCOSE_UNITS})?(?![\\d\\/])`,
  'g',
);
/** Words before a figure that make it a difference, not a reading. */
const DIFFERENCE_BEFORE =
  /\b(?:differ\w*|difference|out|off|apart|discrepancy|gap)\s+(?:by|of)\s+(?:about |around |roughly |up to |over )?$/;
/** Blood tests also given in mmol/L: a bare mmol/L figure after one of them is no glucose. */
const OTHER_TEST =
  /\b(?:hba1c|a1c|ketones?|cholesterol|ldl|hdl|triglycerides?|lithium|sodium|potassium|calcium|magnesium|phosphate|lactate|urea|creatinine)\b/;
const GLUCOSE_BARE = new RegExp(`\\b${DEC}\\s*(mmol(?!\\s*\\/\\s*mol)|mg\\s*\\/?\\s*dl)`, 'g');

export function glucose(msg: Message): number[] {
  const out: number[] = [];
  for (const m of readings(msg, GLUCOSE_CONTEXT)) {
    if (/\b(?:hba1c|a1c|ketones?|cholesterol|oxygen|sats)\b/.test(m[0])) continue;
    if (/\b(?:differ\w*|difference|discrepancy|(?:out|off|apart) by)\b/.test(m[0])) continue;
    // A finger prick is a sugar (phase 24: "finger prick says 28"), unless it is an INR's.
    const before = msg.text.slice(Math.max(0, (m.index ?? 0) - 25), m.index);
    if (/^finger/.test(m[0]) && /\b(?:inr|clotting|coagu\w*|warfarin)\b/.test(before + m[0]))
      continue;
    for (const g of [m[1], m[2]]) {
      if (g) out.push(glucoseToMmol(Number.parseFloat(g.replace(',', '.')), m[3] ?? ''));
    }
  }
  for (const m of readings(msg, GLUCOSE_BARE)) {
    // A difference between two meters is no reading: "cgm and fingerprick differ by 1.5 mmol"
    // (phase 25, fresh-triage-p25p gh094).
    if (DIFFERENCE_BEFORE.test(msg.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) continue;
    // The last phrase before the number names what was measured: "my lithium level came
    // back at 0.7 mmol/L" is no blood sugar; "cholesterol 5, sugar 2.5 mmol" still is.
    const before = msg.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const phrase = before.split(/[,;]|\b(?:and|but)\b/).pop() ?? '';
    if (OTHER_TEST.test(phrase) && !/\b(?:sugars?|glucose|bm|bg|cbg)\b/.test(phrase)) continue;
    out.push(glucoseToMmol(Number.parseFloat((m[1] ?? '').replace(',', '.')), m[2] ?? ''));
  }
  return out.filter((v) => v > 0.5 && v < 100);
}

export function ketones(msg: Message): number[] {
  const re = /\bketones?\b[^.?!\d]{0,20}(\d{1,2}(?:\.\d{1,2})?)(?!\s*(?:hours?|days?|times))/g;
  return [...readings(msg, re)].map((m) => Number.parseFloat(m[1] ?? ''));
}

// A pulse said slow before its figure may stand further from it: "her pulse was really slow
// when I counted it, about 38" (blind-17).
export function heartRates(msg: Message): number[] {
  const re =
    /\b(?:heart\s*rate|pulse|hr|heartbeat|heart is racing|heart racing|racing|beating|heart)\b[^.?!\d]{0,20}?(\d{2,3})\b(?!\s*(?:%|years?|mg|mmol|\/))|\b(\d{2,3})\s*bpm\b|\b(?:heart\s*rate|pulse|heartbeat)\b[^.?!\d]{0,15}\bslow\b[^.?!\d]{0,30}?(\d{2,3})\b(?!\s*(?:%|years?|mg|mmol|\/))/g;
  const rates = [...readings(msg, re)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
  // A watch's figure, in a sentence about the heart or pulse ("my heart started absolutely
  // hammering, my watch says 190"): phase 14, helper recall.
  if (WATCH_DEVICE.test(msg.text)) {
    for (const m of readings(msg, WATCH_READING)) {
      if (HEART_WORD.test(msg.sentenceAt(m.index ?? 0).text)) rates.push(Number(m[1]));
    }
  }
  return rates.filter((v) => v >= 25 && v <= 260);
}

const DEVICES = 'watch|fitbit|garmin|smartwatch|monitor|oximeter|machine';
const WATCH_DEVICE = new RegExp(`\\b(?:${DEVICES})\\b`);
// Not a glucose or blood pressure device's figure ("my glucose monitor says 210").
const WATCH_READING = new RegExp(
  String.raw`(?<!\b(?:glucose|sugar|sugars|bp|pressure|libre|dexcom|cgm|ketone|ketones|insulin)\s)\b(?:${DEVICES})\s+(?:says|said|shows|showed|showing|is showing|was showing|reads|read|reading|is reading|was reading|says it's|is at|was at|has it at|had it at)\s+(?:about\s+|around\s+|over\s+|nearly\s+|like\s+)?(\d{2,3})\b(?!\s*(?:%|steps|calories|kcal|cal|minutes|mins|hours|hrs|ms|years?|mg|mmol|\/|degrees|°|percent))`,
  'g',
);
const HEART_WORD =
  /\b(?:heart|pulse|heartbeat|heart ?rate|bpm|beating|palpitat\w*|hammering|pounding|racing|thumping|thudding)\b/;

export function bloodPressures(msg: Message): { sys: number; dia: number }[] {
  const re = /\b(\d{2,3})\s*\/\s*(\d{2,3})\b(?!\s*(?:mol|pain))/g;
  const out: { sys: number; dia: number }[] = [];
  for (const m of readings(msg, re)) {
    const sys = Number(m[1]);
    const dia = Number(m[2]);
    if (sys >= 60 && sys <= 280 && dia >= 30 && dia <= 180 && sys > dia) out.push({ sys, dia });
  }
  return out;
}

export function breathingRates(msg: Message): number[] {
  const re =
    /\b(\d{1,3})\s*(?:breaths?\s*|times\s*)?(?:a|per|\/)\s*(?:min|minute)\b|\bbreath\w*\s+(?:rate\s+)?(?:of\s+|is\s+|at\s+)?(\d{2,3})\b|\b(?:breaths|breathing rate|breathing)\b(?:(?!\b(?:temp\w*|sats|pulse|heart|bp|blood|sugar|oxygen|weight)\b)[^.?!\d]){0,80}?\b(?:got|counted|came to|was|were)\s+(?:about\s+|around\s+)?(\d{2,3})\b/g;
  return (
    [...readings(msg, re)]
      .filter((m) => /breath|breathing/.test(msg.sentenceAt(m.index ?? 0).text))
      // "counted my babys breaths for a full minute ... and got 72" (phase 25, fresh-triage-p25w).
      .map((m) => Number(m[1] ?? m[2] ?? m[3]))
      .filter((v) => v >= 1 && v <= 120)
  );
}
