// Repairs the damage each source's text came with, at build time, so that the Dataset view,
// search and the Chat's reference cases all read the text as it was written. Each repair
// only puts back what the copy lost; none rewrites what someone said. Pure.
//
// - r/AskDocs (know_medical_dialogues v2, rows 0–1002) lost every line break, so a post's
//   title runs into its body ("…urinary tract infectionMy daughter…", 107 of the 671 posts
//   Chat may cite), form fields run together ("Age: 44Sex: MHeight: 6'3"), sentences lose
//   their space ("help.We"), and straight apostrophes are gone ("Ive", "dont").
// - The COVID-Dialogue scrape (v1) is lowercased with apostrophes turned into spaces ("i m",
//   "don t"), two questions begin with the healthcaremagic form's prompt ("hi, may i answer
//   your health queries right now ? please type your query here..."), and 171 healthtap
//   answers end with the site's offer "would you like to video or text chat with me?", which
//   a model shown these answers as examples would repeat to our users.
// - ACI-Bench's role-played visits are transcribed in tokenized form: a space before every
//   punctuation mark ("hi , martha . how are you ?"), contractions and "gonna" split
//   ("do n't", "ca n't", "gon na", "wan na", "got ta"), "$ 50".
import type { NormalizedDialogue, Turn } from './normalize';

/** Words that really are written in camel case, kept whole. */
const CAMEL_CASE: ReadonlySet<string> = new Set(
  `mmHg AskDocs AskCardiology AskDentists MyChart YouTube iCloud iPhone iPad FaceTime TikTok
  FiberCon McClellan McDonald McDonalds DexOph NaCl AstraZeneca UpToDate OxyContin BiPap BiPAP
  GlucoExact SimpliHealth MaTa IgGs nCov PhD LabCorp WebMD GoFundMe WhatsApp PowerPoint
  IntlUnit TrueOffMyChest`.split(/\s+/),
);

/** Tokens that are addresses or identifiers, where case changes mean nothing. */
const NOT_PROSE =
  /https?:|www\.|:\/\/|\.(com|org|net|gov|html?|aspx?|php)\b|@|[a-z]\d[a-z]|\d[a-z]\d/i;

// The line break between two runs of text: a lower-case letter, a digit, a closing bracket or
// a height's inch mark (5'3"Weight) directly followed by a capitalised word, or by "I"
// starting a sentence ("whiteI've"). Other quotes are left alone: an opening quote glued to
// its line looks the same as a closing one glued to the next.
const LOST_BREAK = /([a-z0-9)\]]|(?<=\d)["'”’])(?=[A-Z][a-z]|I(?:['’]|$))/g;
// The space after a sentence or a clause: "help.We", "Hello to all,I have".
const LOST_SPACE = /([.?!,;:])(?=[A-Z][a-z]|I(?:['’]|$))/g;

function rejoinToken(token: string): string {
  if (NOT_PROSE.test(token)) return token;
  const spaced = token.replace(LOST_SPACE, '$1 ');
  return spaced
    .split(' ')
    .map((part) => {
      const word = part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (CAMEL_CASE.has(word)) return part;
      return part.replace(LOST_BREAK, (m, left: string, offset: number) => {
        // "Mc"/"Mac" names and one-letter prefixes (iPhone) are not run-together lines.
        const before = part.slice(0, offset + 1);
        if (/(^|[^a-z])([a-z]|Ma?c)$/.test(before) && /[a-z]/.test(left)) return m;
        return `${left}\n`;
      });
    })
    .join(' ');
}

/** A token that may hold a lost break or space: most do not, and are skipped cheaply. */
const CANDIDATE = /[^A-Z](?:[A-Z][a-z]|I['’]|I$)/;

/** Puts back the line breaks and spaces a copy lost between runs of text. */
export function restoreBreaks(text: string): string {
  return text.replace(/\S+/g, (token) => (CANDIDATE.test(token) ? rejoinToken(token) : token));
}

// Apostrophes the r/AskDocs copy dropped, only where the word without it is not English.
const DROPPED_APOSTROPHES: Readonly<Record<string, string>> = Object.fromEntries(
  `Ive:I've Im:I'm dont:don't doesnt:doesn't didnt:didn't isnt:isn't wasnt:wasn't
  arent:aren't werent:weren't couldnt:couldn't wouldnt:wouldn't shouldnt:shouldn't
  havent:haven't hasnt:hasn't hadnt:hadn't cant:can't theyre:they're youre:you're
  thats:that's whats:what's theres:there's shes:she's weve:we've theyve:they've youve:you've
  wouldve:would've couldve:could've shouldve:should've`
    .split(/\s+/)
    .flatMap((pair) => {
      const [bare, full] = pair.split(':') as [string, string];
      const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
      return bare === 'Ive' || bare === 'Im'
        ? [[bare, full]]
        : [
            [bare, full],
            [cap(bare), cap(full)],
          ];
    }),
);
const DROPPED = new RegExp(`\\b(${Object.keys(DROPPED_APOSTROPHES).join('|')})\\b(?!['’])`, 'g');

export function restoreDroppedApostrophes(text: string): string {
  return text.replace(DROPPED, (word) => DROPPED_APOSTROPHES[word] ?? word);
}

// The v1 scrape's apostrophes turned into spaces: "i m", "don t", "it s".
const SPACED_APOSTROPHES: readonly [RegExp, string][] = [
  [/\bi (m|ve|ll|d)\b/g, "i'$1"],
  [/\b(do|does|dos|did|is|was|are|were|has|have|had|could|would|should|must|need)n t\b/g, "$1n't"],
  [/\b(ca|wo)n t\b/g, "$1n't"],
  [/\b(it|that|he|she|there|what|let|who|here) s\b/g, "$1's"],
  [/\b(it|that|you|they|we|she|he) ll\b/g, "$1'll"],
  [/\b(you|they|we) (re|ve)\b/g, "$1'$2"],
];

/** `text` with each rule's pattern replaced, in order. */
function rewrite(text: string, rules: readonly [RegExp, string][]): string {
  return rules.reduce((t, [pattern, to]) => t.replace(pattern, to), text);
}

export function restoreSpacedApostrophes(text: string): string {
  return rewrite(text, SPACED_APOSTROPHES);
}

// The tokenizer's splits, undone: a space before punctuation (not before an ellipsis that
// trails off, "or ..."), "n't" split off its verb, "gon na", "wan na", "got ta", "$ 50".
const TOKENIZED: readonly [RegExp, string][] = [
  [/ +([,.?!;:%])(?!\.)/g, '$1'],
  [/\b(\w+) n't\b/g, "$1n't"],
  [/\b(gon|wan|got) (na|ta)\b/g, '$1$2'],
  [/\$ (?=\d)/g, '$'],
];

export function restoreTokenizedText(text: string): string {
  return rewrite(text, TOKENIZED);
}

const FORM_PROMPT =
  /^\s*hi, may i answer your health queries right now \? please type your query here\.*\s*/i;
const CHAT_OFFER = /\s*would you like to (?:video or text|text or video) chat with me\?/gi;

interface Repairs {
  /** Applied to the description and every turn. */
  text?: readonly ((text: string) => string)[];
  patient?: (text: string) => string;
  doctor?: (text: string) => string;
}

/** The repairs each segment needs (segments as declared in static-data/datasets.json). */
const REPAIRS: Readonly<Record<string, Repairs>> = {
  askdocs: { text: [restoreBreaks, restoreDroppedApostrophes] },
  'roleplayed-visit': { text: [restoreTokenizedText] },
  'covid-scrape-2020': {
    text: [restoreSpacedApostrophes],
    patient: (text) => text.replace(FORM_PROMPT, ''),
    doctor: (text) => text.replace(CHAT_OFFER, '').trimEnd(),
  },
};

/** Applies `fixes` to `text`, keeping the original when they would leave nothing. */
function apply(text: string, fixes: readonly ((text: string) => string)[]): string {
  const fixed = fixes.reduce((t, fix) => fix(t), text);
  return fixed.trim() || !text.trim() ? fixed : text;
}

/** The dialogue with its segment's repairs applied (the same object when it has none). */
export function repairDialogue<
  D extends Pick<NormalizedDialogue, 'segment' | 'description' | 'turns'>,
>(dialogue: D): D {
  const repairs = REPAIRS[dialogue.segment];
  if (!repairs) return dialogue;
  const text = repairs.text ?? [];
  const turns: Turn[] = dialogue.turns.map((turn) => {
    const own = repairs[turn.role];
    return { ...turn, text: apply(turn.text, own ? [...text, own] : text) };
  });
  return { ...dialogue, description: apply(dialogue.description, text), turns };
}
