// Lab values and oxygen readings written as numbers ("my hemoglobin is 9", "ferritin 7", "pulse
// oximeter says 93 percent") read as the words people and doctors use when the value is out of
// range ("low hemoglobin", which the lexicon reads as anemia), the way tokens.ts reads a blood
// pressure. A number means nothing to word matching; "hemoglobin 9" and "anemic" mean the same.
// Adult reference ranges, rounded; a value in range, or one no lab reports, adds nothing. Pure.

interface Band {
  /** The words for a value below `below`… */
  below?: number;
  /** …or at or above `from`. */
  from?: number;
  words: string;
}

interface Analyte {
  /** How people write its name (a regular expression, lower case, without \b). */
  name: string;
  /** Values outside this range are something else (a date, a count, an age). */
  plausible: [number, number];
  bands: Band[];
}

const ANALYTES: Analyte[] = [
  {
    name: 'ha?emoglobin|hgb|hb',
    plausible: [3, 25],
    bands: [
      { below: 12, words: 'low hemoglobin' },
      { from: 17.5, words: 'high hemoglobin' },
    ],
  },
  {
    name: 'ha?ematocrit|hct',
    plausible: [10, 75],
    bands: [
      { below: 35, words: 'low hemoglobin' },
      { from: 52, words: 'high hematocrit' },
    ],
  },
  { name: 'ferritin', plausible: [1, 5000], bands: [{ below: 30, words: 'low iron' }] },
  {
    name: 'wbc|white (?:blood )?(?:cell )?count|white blood cells?',
    plausible: [0.3, 200],
    bands: [
      { below: 4, words: 'low wbc' },
      { from: 11, words: 'high wbc' },
    ],
  },
  {
    name: 'platelets?(?: count)?|plt',
    plausible: [1, 3000],
    bands: [
      { below: 150, words: 'low platelets' },
      { from: 450, words: 'high platelets' },
    ],
  },
  { name: 'calcium', plausible: [4, 20], bands: [{ from: 10.6, words: 'hypercalcemia' }] },
  { name: 'creatinine', plausible: [0.1, 25], bands: [{ from: 1.4, words: 'kidney disease' }] },
  { name: 'e?gfr', plausible: [1, 150], bands: [{ below: 60, words: 'kidney disease' }] },
  {
    name: 'hba1c|a1c',
    plausible: [3, 20],
    bands: [
      { from: 5.7, below: 6.5, words: 'prediabetes' },
      { from: 6.5, words: 'diabetes' },
    ],
  },
  {
    name: 'tsh',
    plausible: [0.001, 150],
    bands: [
      { below: 0.4, words: 'hyperthyroidism' },
      { from: 4.6, words: 'hypothyroidism' },
    ],
  },
  { name: 'ldl', plausible: [20, 500], bands: [{ from: 160, words: 'high cholesterol' }] },
  {
    name: 'alt|ast|sgpt|sgot',
    plausible: [3, 10000],
    bands: [{ from: 46, words: 'elevated liver enzymes' }],
  },
  {
    name: 'oxygen|o2|spo2|sp02|sats|saturation|oximeter|pulse ox',
    plausible: [50, 100],
    bands: [{ below: 95, words: 'low oxygen hypoxia' }],
  },
];

// The name, a few words ("is", "came back", "of", "says"), then the value.
const PATTERN = new RegExp(
  `\\b(${ANALYTES.map((a) => a.name).join('|')})\\b[^\\d.\\n]{0,24}?(\\d+(?:[.,]\\d+)?)`,
  'g',
);
const MATCHERS = ANALYTES.map((a) => ({ ...a, test: new RegExp(`^(?:${a.name})$`) }));

function wordsFor(name: string, value: number): string | null {
  const analyte = MATCHERS.find((a) => a.test.test(name));
  if (!analyte || value < analyte.plausible[0] || value > analyte.plausible[1]) return null;
  const band = analyte.bands.find(
    (b) => (b.below === undefined || value < b.below) && (b.from === undefined || value >= b.from),
  );
  return band?.words ?? null;
}

/** `text` (lower case) with each out-of-range value followed by the words for it. */
export function readLabValues(text: string): string {
  return text.replace(PATTERN, (match: string, name: string, value: string) => {
    const words = wordsFor(name, Number(value.replace(',', '.')));
    return words ? `${match} ${words} ,` : match;
  });
}
