// Safety triage: runs on every user message before the model sees it, and decides whether the
// UI must first tell the person to call for help (emergency), to see a clinician soon (urgent),
// or nothing (routine). Rule-based and deterministic on purpose: a small model cannot be
// trusted to notice a stroke, and a rule can be read, tested and argued about.
//
// How a message is read:
// 1. normalize(): lowercase, straight quotes, contractions without apostrophes ("cant"),
//    common misspellings ("chset", "siezure", "suicidle", "anafalaxis") and a small fuzzy
//    corrector (one edit away from a long symptom word), a few clinical abbreviations.
// 2. Each finding (chest pain, slurred speech, ...) is a regular expression. An occurrence
//    counts only if it is
//    - not negated: a cue ("no", "denies", "without", "not", "don't have") shortly before it in
//      the same clause. A clause ends at . ! ? ; : " - " and at "but", "however", "although",
//      "now"; inside it, the scope also stops at "and", "with", "because", a comma followed by a
//      new subject ("..., i"), or after 6 words (3 for "not"/"don't"-style cues); a strong cue
//      also reaches along a comma/"or" list of short items. So "no fever, cough or chest pain"
//      negates all three, while "no fever but chest pain" and "no fever and chest pain" do not
//      negate the chest pain;
//    - not a general question: a sentence that opens with a question word ("can", "is",
//      "what"...) and ends in "?", in a message that names no person ("i", "my", "he", "my
//      son", "this"...), e.g. "can covid cause chest pain?";
//    - not history: a clause with "years ago", "history of", "as a child"...
//    Suicide and self-harm ignore the last two filters: a crisis line shown once too often
//    costs little.
// 3. Rules combine findings into flags; the level is that of the most serious flag.
//
// It never diagnoses: labels say "possible" or name the symptom, and the advice says what to
// do now. It will miss things that are phrased in ways it has not seen; the labelled table in
// test/unit/safety/triage-table.ts measures it (`npm run triage:report`).

import { LEVEL_RANK, type Triage, type TriageFlag, type TriageLevel } from './types';
import { normalize } from './normalize';

export { LEVEL_RANK, normalize };
export type { Triage, TriageFlag, TriageLevel };

const CALL_NOW = 'Call your local emergency number now (911 / 112 / 999)';

interface FlagInfo extends TriageFlag {
  level: Exclude<TriageLevel, 'routine'>;
}

function flag(level: FlagInfo['level'], id: string, label: string, advice: string): FlagInfo {
  return { level, id, label, advice };
}

/** Every flag triage can raise, by id. */
export const TRIAGE_FLAGS = {
  // --- emergency ---------------------------------------------------------------------------
  chestPainRedFlags: flag(
    'emergency',
    'chest-pain-red-flags',
    'Chest pain with warning signs',
    `${CALL_NOW}. Chest pain that is severe, spreads to the arm, jaw, neck or back, or comes with sweating, breathlessness, nausea or light-headedness can be a sign of a heart attack. Do not drive yourself; sit down and rest while you wait.`,
  ),
  strokeSigns: flag(
    'emergency',
    'stroke-signs',
    'Possible stroke signs',
    `${CALL_NOW}. A drooping face, weakness or numbness on one side, slurred speech, a sudden "worst ever" headache or sudden loss of vision can be a stroke. Note the time the symptoms started; do not wait to see if they pass.`,
  ),
  anaphylaxis: flag(
    'emergency',
    'anaphylaxis',
    'Possible severe allergic reaction',
    'Use an adrenaline (epinephrine) auto-injector now if one is available, then call your local emergency number (911 / 112 / 999). Lie down with your legs raised, or sit up if breathing is hard. A second dose can be given after 5 minutes if there is no improvement.',
  ),
  breathingSevere: flag(
    'emergency',
    'breathing-severe',
    'Severe difficulty breathing',
    `${CALL_NOW}. Sit upright and loosen tight clothing. If you have a reliever inhaler that was prescribed to you, use it as directed while you wait.`,
  ),
  suicideRisk: flag(
    'emergency',
    'suicide-risk',
    'Thoughts of suicide or self-harm',
    'You deserve support right now. If you might act on these thoughts or are in danger, call your local emergency number (911 / 112 / 999). You can call or text 988 in the US, or your local crisis line, at any time. If you can, stay with someone you trust and move away from anything you could use to hurt yourself.',
  ),
  overdosePoisoning: flag(
    'emergency',
    'overdose-poisoning',
    'Possible overdose or poisoning',
    `${CALL_NOW}, or a poison control centre (in the US 1-800-222-1222). Keep the packaging to show them. Do not try to make the person vomit unless you are told to.`,
  ),
  severeBleeding: flag(
    'emergency',
    'severe-bleeding',
    'Severe bleeding, or vomiting or coughing up blood',
    `${CALL_NOW}. For a wound, press firmly on it with a clean cloth and keep pressing until help arrives.`,
  ),
  infantFever: flag(
    'emergency',
    'infant-fever',
    'Fever in a baby under 3 months',
    'A fever (38 °C / 100.4 °F or higher) in a baby under 3 months needs a doctor straight away: call your local emergency number (911 / 112 / 999) or go to an emergency department now.',
  ),
  unresponsive: flag(
    'emergency',
    'unresponsive',
    'Unresponsive, hard to wake or not breathing',
    `${CALL_NOW}. Check whether they are breathing normally; if not, start CPR if you can — the dispatcher will talk you through it. If they are breathing, turn them on their side.`,
  ),
  seizureProlonged: flag(
    'emergency',
    'seizure-prolonged',
    'Long, repeated or first seizure',
    `${CALL_NOW}: a seizure lasting more than 5 minutes, seizures one after another, or a first-ever seizure need emergency care. Move hard objects away, do not put anything in their mouth, and turn them on their side when the jerking stops.`,
  ),
  meningitisSigns: flag(
    'emergency',
    'meningitis-signs',
    'Fever with a stiff neck, or a rash that does not fade',
    `${CALL_NOW} or go to an emergency department. A fever with a stiff neck, or a rash that does not fade when a glass is pressed on it, must be checked straight away.`,
  ),
  headInjuryRedFlags: flag(
    'emergency',
    'head-injury-red-flags',
    'Head injury with warning signs',
    `${CALL_NOW}. After a head injury, passing out, repeated vomiting, confusion, drowsiness or a seizure need emergency care.`,
  ),
  lowOxygen: flag(
    'emergency',
    'low-oxygen',
    'Low oxygen reading',
    `${CALL_NOW}. An oxygen saturation below 92% at rest needs urgent care. Check the reading again with warm hands and sitting still, but do not delay getting help if you feel breathless.`,
  ),
  confusionDrowsy: flag(
    'emergency',
    'confusion-drowsy',
    'Sudden confusion or hard to keep awake',
    `${CALL_NOW}. New confusion, or being unable to stay awake, needs emergency care.`,
  ),
  // --- urgent ------------------------------------------------------------------------------
  chestPain: flag(
    'urgent',
    'chest-pain',
    'Chest pain',
    'Contact a doctor today to get this checked. Call your local emergency number (911 / 112 / 999) straight away if the pain is severe, spreads to your arm, jaw or back, or comes with sweating, breathlessness or nausea.',
  ),
  breathingDifficulty: flag(
    'urgent',
    'breathing-difficulty',
    'Shortness of breath',
    'Contact a doctor or nurse line today. Call your local emergency number (911 / 112 / 999) if you cannot speak in full sentences, your lips turn blue or grey, or it gets worse quickly.',
  ),
  highFever: flag(
    'urgent',
    'high-fever',
    'High or lasting fever',
    'Contact a doctor today: a fever of 39.4 °C (103 °F) or higher, or one lasting more than 3 days, should be checked. Drink plenty of fluids. Call your local emergency number if there is a stiff neck, a rash that does not fade, confusion or trouble breathing.',
  ),
  bloodUrineStool: flag(
    'urgent',
    'blood-urine-stool',
    'Blood in urine or stool',
    'See a doctor within a day — today if there is a lot of blood, black or tarry stool, dizziness or severe pain.',
  ),
  bloodInPhlegm: flag(
    'urgent',
    'blood-in-phlegm',
    'Blood in phlegm',
    'Contact a doctor today. Call your local emergency number if you are coughing up more than streaks of blood, or are short of breath.',
  ),
  severeAbdominalPain: flag(
    'urgent',
    'severe-abdominal-pain',
    'Severe abdominal pain',
    'See a doctor or urgent care today. Go to an emergency department if the pain is sudden and extreme, your belly is hard, or you are vomiting blood.',
  ),
  dehydration: flag(
    'urgent',
    'dehydration',
    'Signs of dehydration',
    'Sip fluids often (an oral rehydration solution is best) and contact a doctor or nurse line today — sooner for a baby or an older person, or if no urine has been passed for 8 hours or more.',
  ),
  pregnancyWarning: flag(
    'urgent',
    'pregnancy-warning',
    'Warning sign in pregnancy',
    'Contact your midwife, obstetrician or maternity unit today. Call your local emergency number if the bleeding is heavy, or there is severe pain or fainting.',
  ),
  seizure: flag(
    'urgent',
    'seizure',
    'Seizure',
    'Contact a doctor today about any seizure. Call your local emergency number if a seizure lasts more than 5 minutes, another one follows, it is the first ever, or the person does not wake up properly.',
  ),
  fainting: flag(
    'urgent',
    'fainting',
    'Fainting',
    'Contact a doctor today to find out why. Call your local emergency number if the person does not come round within a minute, or there is chest pain, breathlessness or a head injury.',
  ),
  facialSwelling: flag(
    'urgent',
    'facial-swelling',
    'Swelling of the face, lips, tongue or throat',
    'Contact a doctor today. Call your local emergency number at once if breathing or swallowing gets hard, or your throat feels like it is closing.',
  ),
  severeHeadache: flag(
    'urgent',
    'severe-headache',
    'Severe headache',
    'Contact a doctor today. Call your local emergency number if it came on suddenly like a thunderclap, or comes with a stiff neck, confusion, weakness or trouble speaking.',
  ),
  headInjury: flag(
    'urgent',
    'head-injury',
    'Head injury',
    'Get a head injury checked today at urgent care. Call your local emergency number if there is vomiting, confusion, drowsiness, a seizure or passing out.',
  ),
  medicationError: flag(
    'urgent',
    'medication-error',
    'Medicine taken by mistake',
    'Call a pharmacist or a poison control centre (in the US 1-800-222-1222) now for advice about the dose that was taken. Call your local emergency number if the person becomes drowsy, confused or unwell.',
  ),
  oxygenBorderline: flag(
    'urgent',
    'oxygen-borderline',
    'Oxygen reading on the low side',
    'Contact a doctor today about an oxygen saturation of 92–94%. Call your local emergency number if it falls below 92% or you become more breathless.',
  ),
  confusion: flag(
    'urgent',
    'confusion',
    'Confusion',
    'Contact a doctor today. Call your local emergency number if the confusion came on suddenly, or the person is hard to wake.',
  ),
} as const satisfies Record<string, FlagInfo>;

type FlagKey = keyof typeof TRIAGE_FLAGS;

/** An urgent flag is dropped when its emergency counterpart is raised. */
const SUPERSEDED_BY: Partial<Record<FlagKey, FlagKey[]>> = {
  chestPain: ['chestPainRedFlags'],
  breathingDifficulty: ['breathingSevere', 'anaphylaxis', 'chestPainRedFlags', 'lowOxygen'],
  seizure: ['seizureProlonged'],
  facialSwelling: ['anaphylaxis'],
  highFever: ['infantFever', 'meningitisSigns'],
  headInjury: ['headInjuryRedFlags'],
  confusion: ['confusionDrowsy', 'headInjuryRedFlags'],
  severeHeadache: ['strokeSigns', 'meningitisSigns'],
  medicationError: ['overdosePoisoning'],
  fainting: ['unresponsive', 'headInjuryRedFlags'],
  bloodInPhlegm: ['severeBleeding'],
  oxygenBorderline: ['lowOxygen'],
};

// --- normalization: see normalize.ts ----------------------------------------------------------

// --- context: negation, general questions, history -------------------------------------------

/** Sentence ends: . (not inside a number), !, ?, newline. */
const SENTENCE_END = /(?:\.(?!\d)|[!?\n])+/g;
/** Clause boundaries for negation and history (a superset of sentence ends). */
const CLAUSE_BREAK =
  /(?:\.(?!\d)|[!?;:\n]|\s-\s|\b(?:but|however|although|though|whereas|except|yet|now|currently|today|tonight|this morning|since then)\b)/g;
const HISTORY_CLAUSE_BREAK = /\b(?:and|still|then)\b/g;

const STRONG_CUE =
  /\b(?:no|never|without|denie[sd]|deny|denying|negative for|free of|absence of|nor|neither|none|ruled out|rule out|no signs? of|not had|haven't had|hasn't had)\b/g;
const WEAK_CUE =
  /\b(?:not|don't|doesn't|didn't|haven't|hasn't|hadn't|isn't|aren't|wasn't|weren't|never had)\b/g;
/** Phrases that contain a cue word but do not negate what follows. */
const PSEUDO_NEGATION =
  /\b(?:not sure|not certain|no idea|not only|not just|no longer|no matter|don't know|didn't know|doesn't know|not know|don't understand|not getting better|not improving|not going away|doesn't go away|didn't go away|won't go away|not helping|didn't help|doesn't help|not working|no relief|not responding to|not stopping|doesn't stop|won't stop|can't stop|not stop|not be able|not able|no way to)\b/g;
const SCOPE_END =
  /\b(?:and|but|with|also|still|then|which|who|because|since|so|while|when|after|before|if|until|plus)\b|,\s*(?:i|i'm|i've|my|me|he|she|it|it's|they|we|you|his|her|their|now)\b|\b(?:i|i'm|i've|my|he|she|he's|she's)\b/;
/** A comma and a new subject start a new clause: "no fever, i have chest pain". */
const NEW_SUBJECT =
  /,\s*(?:and\s+|but\s+)?(?:i|i'm|i've|my|me|he|she|it|it's|they|we|you|his|her|their|now)\b/;
const EXPERIENCER =
  /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|our|us|he|she|him|her|his|hers|they|them|their|this|son|daughter|mother|mom|mum|father|dad|wife|husband|baby|child|kid|kids|toddler|infant|newborn|partner|friend|brother|sister|grandma|grandmother|grandpa|grandfather|aunt|uncle|patient|boyfriend|girlfriend|roommate|colleague|neighbour|neighbor)\b/;
/** How a general question opens: "can covid cause...", "is chest pain a symptom...". */
const QUESTION_START =
  /^(?:(?:hi|hello|hey|dear \w+|doctor|doc|sir|madam|please|quick question)[,!.:\s]+)*(?:can|could|does|do|did|is|are|was|were|will|would|should|what|what's|whats|which|how|why|when|where|who|if|may|might)\b/;
/** "nor do i have", "don't think i have": a person named inside a negation, not a new clause. */
const BENIGN_IN_SCOPE =
  /\b(?:do|did|does|have|has|am|is|are|was)\s+(?:i|he|she|we|they)\b|\b(?:i|he|she|we|they)\s+(?:have|has|had|get|got|feel|felt|experience|experienced|notice|noticed|think|see)\b/g;
const HISTORY =
  /\b(?:(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple of)\s+)?(?:years?|yrs?|decades?)\s+ago|last year|years back|in the past|history of|as a (?:child|kid|baby|teen\w*)|when i was (?:a |young|little|\d)|used to|previously|in (?:19|20)\d\d)\b/;

interface Span {
  start: number;
  end: number;
}

function spans(text: string, boundary: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function spanAt(list: Span[], index: number): Span {
  return list.find((s) => index >= s.start && index < s.end) ?? { start: 0, end: Infinity };
}

interface Options {
  /** Count negated occurrences too (numbers: "no cough, temp 39.8"). */
  negated?: boolean;
  /** Count occurrences inside general questions ("can covid cause chest pain?"). */
  questions?: boolean;
  /** Count occurrences in clauses about the past ("years ago", "history of"). */
  history?: boolean;
}

class Message {
  readonly text: string;
  readonly #sentences: Span[];
  readonly #clauses: Span[];
  readonly #hasExperiencer: boolean;

  constructor(text: string) {
    this.text = normalize(text);
    this.#sentences = spans(this.text, SENTENCE_END);
    this.#clauses = spans(this.text, CLAUSE_BREAK);
    this.#hasExperiencer = EXPERIENCER.test(this.text);
  }

  /** True when some occurrence of `re` counts (see the file header). */
  has(re: RegExp, options: Options = {}): boolean {
    return this.matches(re, options).length > 0;
  }

  /** The occurrences of `re` that count. */
  matches(re: RegExp, options: Options = {}): RegExpMatchArray[] {
    const global = re.flags.includes('g') ? re : new RegExp(re.source, `${re.flags}g`);
    const out: RegExpMatchArray[] = [];
    for (const m of this.text.matchAll(global)) {
      const at = m.index;
      if (!options.negated && this.#negated(at, m[0].length)) continue;
      if (!options.questions && this.#inGeneralQuestion(at)) continue;
      if (!options.history && this.#inHistory(at)) continue;
      out.push(m);
    }
    return out;
  }

  /** The sentence around a match, for rules that combine words within one sentence. */
  sentenceOf(index: number): string {
    const s = spanAt(this.#sentences, index);
    return this.text.slice(s.start, s.end);
  }

  #negated(at: number, length: number): boolean {
    const clause = spanAt(this.#clauses, at);
    const before = this.text
      .slice(clause.start, at)
      .replace(PSEUDO_NEGATION, (p) => '_'.repeat(p.length));
    let cueEnd = -1;
    let cue = '';
    let strong = false;
    for (const m of before.matchAll(STRONG_CUE)) {
      cueEnd = m.index + m[0].length;
      cue = m[0];
      strong = true;
    }
    for (const m of before.matchAll(WEAK_CUE)) {
      const end = m.index + m[0].length;
      if (end > cueEnd) {
        cueEnd = end;
        cue = m[0];
        strong = false;
      }
    }
    if (cueEnd < 0) return false;
    // "never had chest pain like this" says the pain is here now.
    if (cue.startsWith('never')) {
      const after = this.text.slice(at + length, clause.end);
      if (/^[^,]{0,40}\b(?:like (?:this|that)|this (?:bad|severe|strong|painful))\b/.test(after)) {
        return false;
      }
    }
    const raw = before.slice(cueEnd);
    if (NEW_SUBJECT.test(raw)) return false;
    const scope = raw.replace(BENIGN_IN_SCOPE, (p) => p.replace(/[a-z']/g, 'x'));
    if (SCOPE_END.test(scope)) return false;
    const count = (t: string) => t.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length;
    if (count(scope) <= (strong ? 6 : 3)) return true;
    // A strong cue reaches along a list: "no fever, cough, sore throat, body aches or rash".
    const items = scope.split(/,|\bor\b|\bnor\b/);
    return strong && count(scope) <= 20 && items.every((item) => count(item) <= 4);
  }

  #inGeneralQuestion(at: number): boolean {
    if (this.#hasExperiencer) return false;
    const s = spanAt(this.#sentences, at);
    const sentence = this.text.slice(s.start, s.end).trim();
    return sentence.endsWith('?') && QUESTION_START.test(sentence);
  }

  #inHistory(at: number): boolean {
    const clause = spanAt(this.#clauses, at);
    const text = this.text.slice(clause.start, clause.end);
    if (!HISTORY.test(text)) return false;
    // Only the part of the clause that holds the match: "had covid years ago and still have X".
    const parts = spans(text, HISTORY_CLAUSE_BREAK);
    const local = spanAt(parts, at - clause.start);
    return HISTORY.test(text.slice(local.start, local.end));
  }
}

// --- findings -----------------------------------------------------------------------------------

const re = (source: string): RegExp => new RegExp(source, 'g');
/** Up to n words in between, not crossing "and"/"or"/"but". */
const gap = (n: number): string => `(?:(?!and\\b|or\\b|but\\b)[\\w'-]+\\s+){0,${n}}?`;
const WORD_NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  few: 3,
  several: 4,
  many: 5,
  couple: 2,
};
const NUM = `(?:\\d+(?:\\.\\d+)?|${Object.keys(WORD_NUM).join('|')})`;
const toNumber = (s: string | undefined): number =>
  s === undefined ? NaN : (WORD_NUM[s] ?? Number.parseFloat(s));

const PAIN_WORD =
  '(?:pains?|painful|ache|aches|aching|achy|pressure|tight|tightness|hurts?|hurting|discomfort|heavy|heaviness|squeez\\w*|crushing|sore|soreness|burning|stabbing|sharp|pinching|pounding)';
const CHEST = '(?:chest|sternum|breastbone)';
const POSS = '(?:(?:my|the|his|her|their|your|left|right|middle of (?:my|the))\\s+){0,2}';

const F = {
  chestPain: re(
    `\\b${CHEST}\\s+${gap(3)}${PAIN_WORD}\\b|\\b${PAIN_WORD}\\s+${gap(2)}(?:in|on|across|around|behind|of)\\s+${POSS}${CHEST}\\b|\\b(?:tight|heavy|painful|sore|achy|burning|crushing)\\s+${CHEST}\\b|\\bchest\\s+and\\s+\\w+\\s+(?:is|are|feel|feels)\\s+(?:very\\s+|so\\s+|a\\s+bit\\s+)?(?:sore|tight|painful|heavy)\\b|\\bangina\\b|\\bheart\\s+(?:pain|hurts?)\\b`,
  ),
  chestSevere: re(
    `\\b(?:crushing|severe|excruciating|unbearable|intense|terrible|extreme|worst)\\s+(?:\\w+\\s+)?(?:chest|pain\\s+in\\s+${POSS}chest)\\b|\\bchest\\s+(?:pain|pressure|tightness)\\s+(?:is\\s+)?(?:(?:very|so|really)\\s+)?(?:severe|excruciating|unbearable|crushing|intense|terrible|extreme)\\b|\\belephant\\b`,
  ),
  heartAttackStated: re(
    `\\b(?:having|is this|is it|could (?:this|it) be|might be having|think (?:i'm|i am|he's|she's|he is|she is|it's|it is)(?: having)?)\\s+(?:a\\s+)?heart\\s+attack\\b`,
  ),
  radiation: re(
    `\\b(?:radiat\\w*|spread\\w*|goes|going|went|moves?|moving|shoot\\w*|travel\\w*|extend\\w*)\\s+${gap(3)}(?:to|into|down|up|through|towards?|in)\\s+(?:(?:my|the|his|her|both|left|right)\\s+){0,2}(?:arms?|jaw|neck|back|shoulders?|shoulder\\s+blades?)\\b|\\b(?:left\\s+arm|jaw)\\s+(?:\\w+\\s+)?(?:pain|ache|aching|hurts?|numb\\w*|tingl\\w*|heavy)\\b|\\b(?:pain|ache|numbness|tingling|heaviness)\\s+(?:in|down)\\s+(?:my|his|her|the)\\s+(?:left\\s+)?(?:arm|jaw)\\b|\\bpain\\s+(?:to|into|down)\\s+(?:my|the|his|her)\\s+(?:left\\s+|right\\s+)?(?:arms?|jaw|neck|back|shoulders?)\\b`,
  ),
  sweating: re(`\\b(?<!night\\s)(?:sweat(?:ing|y|s)?|cold sweats?|clammy|diaphore\\w*)\\b`),
  nauseaFaint: re(
    `\\b(?:nause\\w*|vomit\\w*|throwing up|threw up|light-?headed\\w*|dizz\\w*|faint\\w*)\\b`,
  ),
  shortBreath: re(
    `\\b(?:short(?:ness)?\\s+(?:of\\s+)?breath\\w*|breath\\s+is\\s+(?:\\w+\\s+)?short|out\\s+of\\s+breath|breathless\\w*|(?:difficulty|difficulties|trouble|problems?|hard|harder|struggl\\w*|difficult|laboured|labored|rapid|fast)\\s+(?:\\w+\\s+)?(?:breath(?:e|ing)?|to\\s+breath(?:e)?)|breath(?:ing)?\\s+(?:is\\s+|has\\s+been\\s+|feels\\s+|got\\s+|getting\\s+)?(?:(?:very|so|a\\s+bit|much|a\\s+lot)\\s+)?(?:difficult|hard|harder|labou?red|rapid|shallow|heavy|heavier|worse|faster)|can't\\s+(?:catch|get)\\s+(?:my|his|her)\\s+breath|(?:not|can't|unable\\s+to)\\s+breath(?:e|ing)?\\s+(?:properly|well|normally|right|(?:in\\s+)?deep(?:ly)?)|can't\\s+take\\s+(?:a\\s+)?deep\\s+breaths?|dyspn\\w*|wheez\\w*|gasping|winded)\\b`,
  ),
  breathingSevere: re(
    `\\b(?:can't|couldn't|unable\\s+to|not\\s+able\\s+to|struggling\\s+to|fighting\\s+to|fighting\\s+for|can\\s+(?:barely|hardly)|could\\s+(?:barely|hardly))\\s+(?:really\\s+|even\\s+)?(?:breath(?:e|ing)?|air)\\b(?!\\s+(?:in\\s+)?deep|\\s+(?:properly|well|normally|right))(?!\\s+(?:through|out\\s+of|from)\\s+(?:my|his|her|the|one)\\s+(?:nose|nostril))|\\bgasping\\b|\\bchoking\\b|\\b(?:lips?|face|fingers?|fingernails|skin)\\s+(?:\\w+\\s+){0,2}?(?:blue|bluish|grey|gray)\\b|\\bturning\\s+blue\\b|\\bblue\\s+lips\\b|\\bsevere(?:ly)?\\s+(?:short(?:ness)?\\s+of\\s+breath|difficulty\\s+breathing|breathless\\w*|trouble\\s+breathing|breathing\\s+(?:difficulty|problems?))|\\b(?:short(?:ness)?\\s+of\\s+breath|breathless\\w*)\\s+(?:\\w+\\s+){0,2}?(?:at\\s+rest|while\\s+resting|sitting\\s+still|lying\\s+down)|\\bcan't\\s+(?:speak|talk|say\\s+a)\\s+(?:in\\s+)?(?:full\\s+|whole\\s+)?(?:sentences?|words?)\\b`,
  ),
  anaphylaxisWord: re(`\\bana(?:ph|f)[yia]?l(?:ax|ac|at)\\w*`),
  throatClosing: re(
    `\\b(?:throat|airway)\\s+(?:[\\w']+\\s+){0,3}?(?:closing|closed|swelling\\s+shut)\\b|\\b(?:throat|airway)\\s+(?:\\w+\\s+){0,2}?(?:swell\\w*|swollen)\\s+(?:up\\s+)?(?:and|so)\\s+(?:i|he|she)\\s+can't\\b`,
  ),
  throatSwelling: re(
    `\\b(?:throat|tongue|lips?)\\s+(?:\\w+\\s+){0,2}?(?:swell\\w*|swollen|puff\\w*|closing)\\b|\\b(?:swell\\w*|swollen|puffy)\\s+(?:\\w+\\s+)?(?:throat|tongue|lips?)\\b`,
  ),
  faceSwelling: re(
    `\\b(?:face|mouth)\\s+(?:\\w+\\s+){0,2}?(?:swell\\w*|swollen|puff\\w*|blown\\s+up)\\b|\\b(?:swell\\w*|swollen|puffy)\\s+(?:\\w+\\s+)?(?:face|mouth)\\b`,
  ),
  epinephrine: re(
    `\\b(?:used|use|using|gave|give|given|needed|need)\\s+(?:(?:my|his|her|an|the|their)\\s+)?(?:epi-?pen|epinephrine|adrenaline)|\\bepi-?pen\\b`,
  ),
  allergyContext: re(
    `\\b(?:allerg\\w*|hives|stung|sting|bee|wasp|peanuts?|nuts?|shellfish|penicillin|reaction|after\\s+(?:taking|eating))\\b`,
  ),
  strokeStated: re(
    `\\b(?:having|is this|is it|could (?:this|it) be|might be having|think (?:i'm|i am|he's|she's|he is|she is|it's|it is|i|he|she)(?: (?:having|has|had|is having))?)\\s+(?:a\\s+)?(?:mini[- ])?stroke\\b`,
  ),
  faceDroop: re(
    `\\b(?:face|mouth|smile|lip|eyelid)\\s+(?:\\w+\\s+){0,3}?(?:droop\\w*|sag\\w*|lopsided|uneven|crooked|paraly\\w*|fell|fallen)\\b|\\b(?:droop\\w*|sagg\\w*|lopsided|crooked)\\s+(?:\\w+\\s+)?(?:face|mouth|smile)\\b|\\bone\\s+side\\s+of\\s+(?:my|his|her|their|the)\\s+(?:face|mouth)\\s+(?:\\w+\\s+){0,2}?(?:droop\\w*|numb\\w*|weak\\w*|sag\\w*|paraly\\w*|fell|won't\\s+move|can't\\s+move)`,
  ),
  oneSidedWeakness: re(
    `\\b(?:weak\\w*|numb\\w*|paraly\\w*|can't\\s+(?:move|feel|lift))\\s+(?:\\w+\\s+){0,3}?(?:on|in|of|down)\\s+(?:one|(?:the|my|his|her)\\s+(?:left|right))\\s+side\\b|\\b(?:left|right|one)\\s+side\\s+(?:of\\s+(?:my|his|her|the)\\s+(?:body|face)\\s+)?(?:\\w+\\s+){0,2}?(?:weak\\w*|numb\\w*|paraly\\w*|dead|limp|won't\\s+move|can't\\s+move)|\\bsudden\\w*\\s+(?:\\w+\\s+){0,4}?(?:weak\\w*|numb\\w*|paraly\\w*|can't\\s+(?:move|lift|feel))\\s+(?:\\w+\\s+){0,3}?(?:arm|leg|hand|face|side)\\b|\\bcan't\\s+(?:lift|raise|move)\\s+(?:my|his|her)\\s+(?:left\\s+|right\\s+)?arm\\s+(?:\\w+\\s+){0,2}?sudden\\w*|\\b(?:arm|leg)\\s+(?:\\w+\\s+){0,2}?(?:went|is|feels|suddenly)\\s+(?:\\w+\\s+)?(?:limp|dead|paraly\\w*)`,
  ),
  slurredSpeech: re(
    `\\bslurr\\w*|\\b(?:speech|words|talking)\\s+(?:is\\s+|are\\s+)?(?:garbled|jumbled|slurred|not\\s+making\\s+sense)|\\b(?:sudden\\w*\\s+)?(?:can't|unable\\s+to|struggling\\s+to)\\s+(?:get\\s+(?:the\\s+|my\\s+|his\\s+|her\\s+)?words\\s+out|find\\s+(?:the\\s+|my\\s+|his\\s+|her\\s+)?words|speak\\s+properly|talk\\s+properly)|\\bsudden\\w*\\s+(?:\\w+\\s+)?(?:trouble|difficulty)\\s+(?:speaking|talking)`,
  ),
  headPain: re(
    `\\b(?:headaches?|migraines?|head\\s+(?:is\\s+)?(?:pain|pounding|hurts?|hurting|exploding|splitting|throbbing|killing\\s+me))\\b`,
  ),
  worstEver: re(
    `\\bworst\\s+(?:\\w+\\s+){0,2}?(?:ever|of\\s+(?:my|his|her)\\s+life|(?:i(?:'ve)?|he(?:'s)?|she(?:'s)?)\\s+(?:ever\\s+)?(?:had|felt))\\b|\\bworst\\s+ever\\b|\\bthunderclap\\b`,
  ),
  suddenOnset: re(
    `\\b(?:sudden\\w*|came\\s+on\\s+(?:\\w+\\s+)?(?:fast|quick\\w*|all\\s+at\\s+once|sudden\\w*|in\\s+seconds)|out\\s+of\\s+nowhere|in\\s+seconds)\\b`,
  ),
  severeWord: re(
    `\\b(?:severe|excruciating|explosive|intense|terrible|unbearable|worst|pounding|splitting|agoni[sz]ing)\\b`,
  ),
  worstHeadache: re(
    `\\bworst\\s+${gap(2)}headache|\\bheadache\\s+(?:\\w+\\s+){0,3}?worst\\b|\\bthunderclap\\b|\\bsudden\\w*\\s+(?:\\w+\\s+){0,2}?(?:severe|excruciating|explosive|intense|terrible|worst|splitting)\\s+(?:\\w+\\s+)?headache|\\b(?:severe|excruciating|explosive)\\s+(?:\\w+\\s+)?headache\\s+(?:\\w+\\s+){0,3}?sudden\\w*`,
  ),
  visionLoss: re(
    `\\b(?:sudden\\w*\\s+)?(?:lost|loss\\s+of|losing|lose)\\s+(?:(?:my|his|her|all|the|some)\\s+)?(?:vision|sight|eyesight)\\b|\\bwent\\s+blind\\b|\\bsudden\\w*\\s+(?:\\w+\\s+)?(?:blind\\w*|can't\\s+see)|\\bcan't\\s+see\\s+(?:anything\\s+)?(?:out\\s+of|in|with)\\s+(?:one|my\\s+(?:left|right))\\s+eye|\\bsudden\\w*\\s+(?:\\w+\\s+)?double\\s+vision|\\bcurtain\\s+(?:\\w+\\s+){0,3}?(?:vision|eye)`,
  ),
  suicide: re(
    `\\bsuicid\\w*|\\bkill(?:ing)?\\s+my\\s*self\\b|\\bend(?:ing)?\\s+(?:my|it)\\s+(?:own\\s+)?(?:life|all)\\b|\\bend\\s+it\\s+all\\b|\\btake\\s+my\\s+(?:own\\s+)?life|\\bwant(?:s|ed)?\\s+to\\s+die\\b|\\bwish\\s+i\\s+(?:was|were)\\s+dead|\\bbetter\\s+off\\s+dead|\\bdon't\\s+want\\s+to\\s+(?:live|be\\s+alive|be\\s+here|wake\\s+up)|\\bno\\s+reason\\s+to\\s+live|\\bself[- ]?harm\\w*|\\b(?:cutting|burning|harming)\\s+my\\s*self\\b|\\b(?:want\\w*|going|plan\\w*|think\\w*\\s+(?:about|of)|thoughts?\\s+(?:about|of)|urges?|tempted)\\s+(?:to\\s+)?(?:hurt\\w*|harm\\w*|cut\\w*|kill\\w*|burn\\w*|hang\\w*)\\s+my\\s*self|\\bhang(?:ing)?\\s+my\\s*self|\\b(?:lethal|fatal|deadly)\\s+(?:dose|amount)|\\b(?:plan\\w*|going|gonna|want\\w*)\\s+to\\s+take\\s+(?:them\\s+all|all\\s+(?:of\\s+)?(?:them|my|the)|(?:all\\s+)?(?:my|the)\\s+(?:pills|tablets|meds)\\s+at\\s+once)|\\b(?:saved|saving|stockpil\\w*|hoard\\w*)\\s+(?:up\\s+)?(?:\\w+\\s+)?(?:pills|tablets|meds)|\\b(?:pills|tablets|meds)\\s+saved\\s+up|\\bhow\\s+(?:much|many)\\s+[^.?!]{0,40}\\b(?:to\\s+die|kill\\s+(?:me|myself|a\\s+person|someone)|lethal|fatal)\\b`,
  ),
  overdose: re(
    `\\boverdos\\w*|\\bod'd\\b|\\bod'ed\\b|\\btook\\s+(?:\\w+\\s+){0,2}?(?:too\\s+many|too\\s+much|a\\s+(?:whole|full)\\s+(?:bottle|pack\\w*|box|strip)|(?:the\\s+)?(?:whole|entire)\\s+(?:bottle|pack\\w*|box)|all\\s+(?:of\\s+)?(?:my|his|her|the)\\s+(?:pills|tablets|meds|medication\\w*))|\\b(?:swallowed|drank|drunk|ate|ingested|eaten|drinking)\\s+(?:\\w+\\s+){0,2}?(?:bleach|poison\\w*|antifreeze|detergent|laundry\\s+pods?|cleaning\\s+\\w+|(?:drain|oven|toilet|floor|glass|window|bathroom|kitchen)\\s+cleaner|ammonia|paint\\s+thinner|nail\\s+polish\\s+remover|lamp\\s+oil|disinfectant|lysol|button\\s+batter\\w*|batter(?:y|ies)|rat\\s+poison|pesticide|weed\\s*killer|methanol|lighter\\s+fluid|paraffin|kerosene|hand\\s+saniti[sz]er)|\\b(?:son|daughter|child|kid|toddler|baby|he|she)\\s+(?:\\w+\\s+)?(?:ate|swallowed|got\\s+into)\\s+(?:\\w+\\s+){0,2}?(?:pills|tablets|medication|medicine|meds|vitamins|gummies)|\\b(?<!food\\s)poison(?:ed|ing)\\b|\\bcarbon\\s+monoxide\\b`,
  ),
  pillCount: re(
    `\\b(?:took|swallowed|taken|had|ate)\\s+(\\d{2,}|twenty|thirty|forty|fifty|a\\s+hundred)\\s+(?!mg\\b|mcg\\b|ml\\b|milligrams?|micrograms?|units?\\b|iu\\b|minutes?|mins?\\b|hours?|days?|weeks?|months?|years?|percent|%)(?:of\\s+)?(?:(?:my|his|her|the|their)\\s+)?[a-z]+`,
  ),
  medicationError: re(
    `\\b(?:took|taken|gave|given|swallowed)\\s+(?:\\w+\\s+){0,3}?(?:double|extra|wrong|twice\\s+the|two)\\s+(?:\\w+\\s+)?(?:dose|doses|pills?|tablets?|medication|medicine|meds)\\b|\\baccidentally\\s+(?:took|gave|swallowed|taken|given)`,
  ),
  severeBleeding: re(
    `\\bbleed\\w*\\s+(?:\\w+\\s+){0,3}?(?:won't|doesn't|isn't|can't|not|never|hasn't)\\s+(?:\\w+\\s+)?stop\\w*|\\b(?:won't|can't|doesn't|isn't|not)\\s+stop\\w*\\s+(?:the\\s+)?bleed\\w*|\\b(?:heavy|heavily|severe|profuse\\w*|uncontroll\\w*|massive)\\s+(?:\\w+\\s+)?bleed\\w*|\\bbleed\\w*\\s+(?:very\\s+|so\\s+)?(?:heavily|a\\s+lot|profusely|badly|everywhere)|\\b(?:lots|lot|pool|pools)\\s+of\\s+blood\\b(?!\\s+(?:tests?|work|drawn|taken|results?|panels?|draws?))|\\bblood\\s+everywhere|\\bsoak\\w*\\s+(?:\\w+\\s+){0,3}?(?:pads?|towels?|bandages?|through)|\\bspurt(?:s|ing|ed)\\s+(?:\\w+\\s+)?blood|\\bblood\\s+(?:is\\s+)?spurt\\w*|\\bgush\\w*\\s+(?:\\w+\\s+)?blood|\\bblood\\s+(?:is\\s+|was\\s+|keeps\\s+)?(?:gushing|pouring|pumping|spurting|streaming)\\b`,
  ),
  bloodVomitCough: re(
    `\\b(?:vomit\\w*|throw\\w*\\s+up|threw\\s+up|puk\\w*|cough\\w*|spit\\w*)\\s+(?:up\\s+)?(?:(?:some|a\\s+lot\\s+of|lots\\s+of|bright\\s+red|dark|fresh)\\s+)?blood\\b(?![\\s-]+(?:streak\\w*|tinged|specks?))|\\bblood\\w*\\s+in\\s+(?:my\\s+|the\\s+|his\\s+|her\\s+)?(?:vomit|sick)\\b|\\bh(?:a)?ematemesis\\b|\\bh(?:a)?emoptysis\\b|\\bcoffee[- ]grounds?\\b`,
  ),
  bloodInPhlegm: re(
    `\\b(?:blood|bloody|blood-?streaked|blood-?tinged)\\s+(?:\\w+\\s+){0,2}?(?:phlegm|sputum|mucus|spit|saliva)|\\b(?:phlegm|sputum|mucus)\\s+(?:(?!no\\b|not\\b|without\\b|never\\b)\\w+\\s+){0,5}?(?:blood|bloody|red\\s+streaks?)|\\b(?:streaks?|specks?|tinge|spots?|traces?)\\s+of\\s+blood|\\bblood\\s+(?:streaks?|specks?)`,
  ),
  unresponsive: re(
    `\\bunresponsive\\b|\\bunconscious\\b(?!\\s+(?:movements?|shaking|habits?|mind|bias|tics?|eyelids?|twitch\\w*|jerk\\w*|sounds?))|\\b(?:won't|can't|isn't|not|doesn't|couldn't)\\s+(?:\\w+\\s+)?(?:wake|waking|woken)\\s*(?:up|him|her|them)?\\b|\\b(?:isn't|not|stopped)\\s+(?:responding|breathing)\\b(?!\\s+(?:to\\s+(?:treatment|medication|medicine|meds|antibiotics|therapy|drugs?|the\\s+(?:treatment|medication|medicine|antibiotics|meds))|well|properly|right|normally|easily|deeply|through))|\\bno\\s+pulse\\b|\\bnot\\s+conscious\\b|\\blost\\s+consciousness\\b|\\b(?:can't|unable\\s+to|hard\\s+to|difficult\\s+to|struggling\\s+to)\\s+(?:stay\\s+awake|keep\\s+(?:him|her|them|my\\s+eyes)\\s+(?:awake|open))|\\binability\\s+to\\s+wake\\b`,
  ),
  seizure: re(
    `\\b(?:seizures?|seizing(?!\\s+up)|convuls\\w*|epileptic\\s+(?:fit|attack|episode)|(?:having|had|has|have)\\s+(?:a\\s+)?fits?)\\b(?!\\s+(?:medication|medicine|meds|drugs?|disorder|threshold|tablets?))(?<!anti-?seizures?)`,
  ),
  seizureProlonged: re(
    `\\b(?:another|second|third|multiple|several|repeated\\w*|back[- ]to[- ]back|again|one\\s+after\\s+(?:another|the\\s+other)|in\\s+a\\s+row|(?:two|three|2|3)\\s+(?:seizures|fits))\\b|\\bkeeps?\\s+(?:having|seizing|fitting)|\\b(?:won't|isn't|not|doesn't|didn't|hasn't)\\s+stop\\w*|\\bstill\\s+(?:seizing|shaking|convulsing|jerking|fitting)|\\bfirst\\s+(?:ever\\s+)?(?:seizure|fit)\\b|\\bnever\\s+had\\s+(?:a\\s+|one\\s+)?(?:seizure|fit)s?\\s+before\\b|\\bstatus\\s+epilepticus\\b`,
  ),
  minutes: re(`\\b(${NUM})\\s*(?:\\+\\s*)?(?:minutes?|mins?)\\b`),
  stiffNeck: re(
    `\\bstiff\\s+neck\\b|\\bneck\\s+(?:is\\s+)?(?:very\\s+|really\\s+)?stiff\\b|\\bcan't\\s+(?:bend|touch|move|put)\\s+(?:my|his|her)\\s+(?:chin|neck|head)\\s+(?:\\w+\\s+){0,2}?(?:chest|forward|down)`,
  ),
  nonBlanchingRash: re(
    `\\brash\\s+(?:\\w+\\s+){0,4}?(?:doesn't|won't|does\\s+not|not|didn't|isn't)\\s+(?:fade|go\\s+away\\s+when\\s+(?:pressed|i\\s+press)|blanch\\w*|disappear\\s+when\\s+(?:pressed|i\\s+press))|\\bnon[- ]?blanching\\b|\\bglass\\s+test\\b|\\b(?:purple|purplish)\\s+(?:\\w+\\s+)?(?:spots|rash|blotches|dots)`,
  ),
  feverWord: re(
    `\\b(?:fever\\w*|febrile|pyrexia|hot\\s+to\\s+(?:the\\s+)?touch|burning\\s+up|(?:has|have|had|running|with|got)\\s+a\\s+(?:high\\s+)?temp(?:erature)?)\\b`,
  ),
  highFeverWords: re(
    `\\bhigh\\s+(?:grade\\s+)?(?:fever|temp(?:erature)?)\\b|\\b(?:fever|temp(?:erature)?)\\s+(?:is\\s+|keeps\\s+|has\\s+been\\s+)?(?:very\\s+)?high\\b|\\bpersistent\\s+(?:high\\s+)?fever\\b|\\bfever\\s+(?:\\w+\\s+){0,2}?(?:won't|isn't|not|doesn't|hasn't)\\s+(?:\\w+\\s+)?(?:go(?:ing)?\\s+(?:down|away)|break\\w*|com\\w*\\s+down)|\\bfever\\s+keeps\\s+(?:coming\\s+back|returning|spiking)`,
  ),
  feverDuration: re(
    `\\b(?:fever|temperature|temp)\\w*\\b(?:[^.?!]|\\.\\d){0,40}?\\b(?:for|since|over|lasting|lasted|lasts|past|last|about)\\s+(?:the\\s+(?:last|past)\\s+)?(?:(?:more|over)\\s+than\\s+)?(?:a\\s+)?(${NUM})\\s*(?:of\\s+)?(days?|weeks?)\\b|\\b(${NUM})\\s+(days?|weeks?)\\s+(?:of|with)\\s+(?:a\\s+)?(?:high\\s+)?fever\\b|\\bfever\\s+for\\s+(?:a|one|over\\s+a)\\s+(week)\\b`,
  ),
  temperature: re(
    `\\b(\\d{2,3}(?:[.,]\\d{1,2})?)(?![\\d,.]*\\d)\\s*(°\\s*[cf]?|degrees?(?:\\s*(?:c|f|celsius|fahrenheit|centigrade))?|deg(?:\\s*[cf])?|[cf]\\b|celsius|fahrenheit|centigrade)?`,
  ),
  oxygen: re(
    `\\b(?:oxygen|o2|spo2|sp02|sats?|(?:oxygen|o2)\\s+saturations?|pulse\\s*ox\\w*|oximeter)\\b[^.?!\\d]{0,25}(\\d{2,3})(?:\\s*(?:-|to)\\s*(\\d{2,3}))?\\s*%?`,
  ),
  infantAge: re(
    `\\b(${NUM})[\\s-]*(days?|weeks?|wks?|months?|mos?)[\\s-]*old\\b|\\b(?:baby|infant|newborn|son|daughter)\\b[^.?!]{0,25}?\\b(${NUM})\\s+(days?|weeks?|wks?|months?|mos?)\\b(?!\\s+(?:pregnant|along|ago))`,
  ),
  newborn: re(`\\b(?:newborn|neonate|new-born|new\\s+born)\\b`),
  bloodUrineStool: re(
    `\\bblood\\w*\\s+(?:\\w+\\s+){0,2}?(?:in|on|with|when|after)\\s+(?:(?:my|his|her|the|their)\\s+)?(?:urine|pee|peeing|stools?|poop\\w*|poo|feces|faeces|bowel\\s+movements?|toilet\\s+paper|diapers?|nappy|nappies|wiping|urinat\\w*)|\\b(?:bloody|blood-?stained)\\s+(?:\\w+\\s+)?(?:urine|pee|stools?|poop|diarrh\\w*|poo)|\\b(?:black|tarry|maroon)\\s+(?:\\w+\\s+)?(?:stools?|poop|poo)\\b|\\b(?:peeing|pissing|pooping|passing|urinating)\\s+blood|\\bblood\\s+(?:\\w+\\s+){0,4}?(?:wip(?:e|ing)|poop\\w*|pee(?:ing)?|bowel\\s+movements?|toilet\\s+(?:paper|bowl))\\b|\\brectal\\s+bleed\\w*|\\bbleed\\w*\\s+from\\s+(?:my|his|her|the)\\s+(?:rectum|bottom|butt|anus)|\\b(?:urine|pee)\\s+(?:is\\s+|looks\\s+|was\\s+)?(?:\\w+\\s+)?(?:red|reddish|pink|bloody|cola-coloured|cola-colored)\\b|\\bh(?:a)?ematuria\\b|\\bmelena\\b`,
  ),
  severeAbdominalPain: re(
    `\\b(?:severe|extreme|unbearable|excruciating|intense|terrible|worst|agonizing|agonising|really\\s+bad|very\\s+bad|sharp|stabbing)\\s+(?:\\w+\\s+)?(?:(?:lower|upper|right|left)\\s+)?(?:abdominal|abdomen|stomach|belly|tummy|abdo)\\s+(?:pain|ache|cramps?|hurts?)|\\b(?:severe|extreme|unbearable|excruciating|intense|terrible|agonizing|sharp|stabbing)\\s+pains?\\s+in\\s+(?:my|the|his|her)\\s+(?:(?:lower|upper|right|left)\\s+)?(?:abdomen|stomach|belly|tummy)|\\b(?:abdominal|abdomen|stomach|belly|tummy)\\s+(?:pain|ache|cramps?)\\s+(?:is\\s+|has\\s+been\\s+)?(?:so\\s+|very\\s+|really\\s+)?(?:severe|unbearable|excruciating|intense|terrible|agonizing)|\\bpain\\s+(?:\\w+\\s+){0,2}?lower\\s+right\\s+(?:side\\s+of\\s+(?:my|the|his|her)\\s+)?(?:abdomen|belly|stomach|side|tummy)`,
  ),
  dehydration: re(
    `\\b(?:haven't|hasn't|not|didn't|hardly|barely)\\s+(?:\\w+\\s+)?(?:peed|urinated|wee'?d|had\\s+a\\s+wet\\s+(?:diaper|nappy))\\b|\\bno\\s+(?:urine|wet\\s+(?:diapers?|nappies)|tears)\\b|\\bdry\\s+(?:diapers?|nappies)\\b|\\b(?:very|really|super)\\s+dark\\s+(?:urine|pee)\\b|\\bcan't\\s+keep\\s+(?:anything|any\\s+\\w+|water|fluids?|liquids?|food)\\s+down\\b|\\bsunken\\s+(?:eyes|fontanel\\w*|soft\\s+spot)|\\b(?:severely|very|badly|really)\\s+dehydrated\\b|\\b(?:i'm|i\\s+am|he's|she's|he\\s+is|she\\s+is|feel|feeling|seems?|looks?|getting|became)\\s+(?:\\w+\\s+)?dehydrated\\b|\\bsigns?\\s+of\\s+dehydration\\b`,
  ),
  pregnant: re(
    `\\bpregnan\\w*|\\b\\d+\\s+weeks?\\s+(?:pregnant|along)\\b|\\bexpecting\\s+a\\s+baby\\b|\\b(?:first|second|third)\\s+trimester\\b`,
  ),
  pregnancyBleed: re(
    `\\bbleed\\w*|\\bspotting\\b|\\bblood\\b(?!\\s+(?:tests?|work|pressure|sugar|type|group|count|report|results?|donation|clots?\\s+risk|thinners?))`,
  ),
  pregnancyOther: re(
    `\\bsevere\\s+(?:\\w+\\s+)?(?:headache|pain|cramp\\w*|swelling)|\\b(?:blurred|blurry)\\s+vision\\b|\\bswell\\w*\\s+(?:\\w+\\s+)?(?:face|hands)\\b|\\b(?:baby|babies)\\s+(?:is\\s+|has\\s+|hasn't\\s+|isn't\\s+)?(?:not\\s+|stopped\\s+|less\\s+)?(?:been\\s+)?mov\\w*\\s+(?:less|much|as\\s+much)|\\b(?:baby|babies)\\s+(?:has\\s+)?(?:stopped|not|isn't|hasn't\\s+been)\\s+mov\\w*|\\b(?:less|fewer|reduced|decreased|no)\\s+(?:fetal\\s+|baby\\s+)?(?:movements?|kicks)\\b|\\bwaters?\\s+(?:broke|broken|breaking|have\\s+broken)|\\bleaking\\s+(?:fluid|water)\\b`,
  ),
  severeHeadache: re(
    `\\b(?:severe|extreme|excruciating|unbearable|intense|terrible|splitting|really\\s+bad|very\\s+bad|worst)\\s+(?:\\w+\\s+)?headaches?\\b|\\bheadaches?\\s+(?:is\\s+|are\\s+)?(?:so\\s+|very\\s+|really\\s+)?(?:severe|unbearable|excruciating)\\b|\\bmigraine\\s+(?:\\w+\\s+){0,2}?(?:worst|unbearable|different)`,
  ),
  headHit: re(
    `\\b(?:hit|bumped|banged|knocked|struck|injured|hurt|smashed|cracked)\\s+(?:\\w+\\s+)?(?:my|his|her|their|the)\\s+head\\b|\\bhead\\s+(?:injury|injuries|trauma|wound)\\b|\\bconcussion\\b|\\bfell\\s+(?:\\w+\\s+){0,4}?(?:on|onto|and\\s+hit|hitting)\\s+(?:my|his|her|the)\\s+head\\b`,
  ),
  headInjuryRedFlag: re(
    `\\b(?:vomit\\w*|throw\\w*\\s+up|threw\\s+up|confus\\w*|drows\\w*|sleepy|passed\\s+out|blacked\\s+out|knocked\\s+out|unconscious|seizure\\w*|fits?|blood\\s+thinners?|warfarin|clear\\s+fluid|unequal\\s+pupils|won't\\s+stop\\s+crying)\\b`,
  ),
  fainting: re(
    `\\b(?:fainted|fainting|passed\\s+out|blacked\\s+out|black\\s+outs?|syncope|collapsed)\\b`,
  ),
  confusionSudden: re(
    `\\b(?:sudden\\w*|new)\\s+(?:\\w+\\s+)?confus\\w*|\\bconfus\\w*\\s+(?:\\w+\\s+){0,3}?sudden\\w*`,
  ),
  confusion: re(
    `\\b(?:is|seems|seemed|became|become|becoming|getting|acting|very|more|so|been)\\s+(?:\\w+\\s+)?(?:confused|disoriented|delirious)\\b(?!\\s+(?:about|by|as\\s+to|whether|if|why|how|what|on|regarding|with))|\\bdisorient\\w*|\\bdelirium\\b|\\bdelirious\\b|\\bnot\\s+making\\s+sense\\b`,
  ),
};
const PERIOD_CONTEXT = /\b(?:period|periods|menstrua\w*|menses)\b/;

// --- rules --------------------------------------------------------------------------------------

function temperatures(msg: Message): { celsius: number; at: number }[] {
  const out: { celsius: number; at: number }[] = [];
  for (const m of msg.matches(F.temperature, { negated: true })) {
    const value = Number.parseFloat((m[1] ?? '').replace(',', '.'));
    const unit = (m[2] ?? '').replace(/\s+/g, '');
    const at = m.index ?? 0;
    const after = msg.text.slice(at + m[0].length, at + m[0].length + 14);
    if (
      /^\s*(?:years?|yrs?|yo\b|y\b|weeks?|wks?|days?|months?|hours?|hrs?|minutes?|mins?|mg|ml|kg|lbs?|pounds|%|percent|bpm|times|pills|tablets|am\b|pm\b|cm|mm)/.test(
        after,
      )
    ) {
      continue;
    }
    if (!unit) {
      // A bare number is a temperature only just after "fever", "temp", "temperature"...
      const before = msg.text.slice(Math.max(0, at - 32), at);
      if (
        !/\b(?:fever|temp|temperature|temperatures|thermometer|spiked?|spiking|reading|running|reached|registered|hit)\b[^.?!\d]*$/.test(
          before,
        )
      ) {
        continue;
      }
    }
    let celsius: number;
    if (unit.includes('f') || (!unit.includes('c') && value >= 90)) celsius = (value - 32) / 1.8;
    else celsius = value;
    if (celsius >= 34 && celsius <= 45) out.push({ celsius, at });
  }
  return out;
}

function infantUnderThreeMonths(msg: Message): boolean {
  if (msg.has(F.newborn, { questions: true })) return true;
  for (const m of msg.matches(F.infantAge, { questions: true })) {
    const n = toNumber(m[1] ?? m[3]);
    const unit = m[2] ?? m[4] ?? '';
    if (!Number.isFinite(n)) continue;
    const days = unit.startsWith('d') ? n : unit.startsWith('w') ? n * 7 : n * 30.4;
    if (days < 90) return true;
  }
  return false;
}

function feverPersistsDays(msg: Message): number {
  let longest = 0;
  for (const m of msg.matches(F.feverDuration)) {
    if (m[5] === 'week') return 7;
    const n = toNumber(m[1] ?? m[3]);
    const unit = m[2] ?? m[4] ?? '';
    if (!Number.isFinite(n)) continue;
    longest = Math.max(longest, unit.startsWith('w') ? n * 7 : n);
  }
  return longest;
}

function oxygenReadings(msg: Message): number[] {
  const out: number[] = [];
  for (const m of msg.matches(F.oxygen, { negated: true })) {
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
  return out;
}

function seizureIsProlonged(msg: Message): boolean {
  for (const m of msg.matches(F.seizure)) {
    const sentence = msg.sentenceOf(m.index ?? 0);
    const inner = new Message(sentence);
    if (inner.has(F.seizureProlonged, { questions: true })) return true;
    for (const d of inner.matches(F.minutes, { questions: true })) {
      if (toNumber(d[1]) >= 5) return true;
    }
  }
  return false;
}

/** The rules: each reads the message and names the flags it raises. */
function applyRules(msg: Message): Set<FlagKey> {
  const raised = new Set<FlagKey>();
  const has = (r: RegExp, o?: Options) => msg.has(r, o);
  const temps = temperatures(msg);
  const maxC = temps.reduce((m, t) => Math.max(m, t.celsius), -Infinity);
  const fever = has(F.feverWord) || maxC >= 38;

  // Chest pain, and the signs that make it an emergency.
  const chest = has(F.chestPain);
  const shortBreath = has(F.shortBreath);
  const severeBreath = has(F.breathingSevere);
  if (
    has(F.heartAttackStated) ||
    (chest &&
      (has(F.chestSevere) ||
        has(F.radiation) ||
        has(F.sweating) ||
        shortBreath ||
        severeBreath ||
        has(F.nauseaFaint)))
  ) {
    raised.add('chestPainRedFlags');
  } else if (chest) {
    raised.add('chestPain');
  }

  // Breathing.
  if (severeBreath) raised.add('breathingSevere');
  else if (shortBreath) raised.add('breathingDifficulty');

  // Stroke: face, arm, speech, sudden headache or vision loss.
  if (
    has(F.strokeStated) ||
    has(F.faceDroop) ||
    has(F.oneSidedWeakness) ||
    has(F.slurredSpeech) ||
    has(F.worstHeadache) ||
    (has(F.headPain) && (has(F.worstEver) || (has(F.suddenOnset) && has(F.severeWord)))) ||
    has(F.visionLoss)
  ) {
    raised.add('strokeSigns');
  }

  // Allergy.
  const allergy = has(F.allergyContext, { history: true });
  const throatOrTongue = has(F.throatSwelling);
  if (
    has(F.anaphylaxisWord) ||
    has(F.throatClosing) ||
    has(F.epinephrine) ||
    (throatOrTongue && (allergy || shortBreath || severeBreath)) ||
    (allergy && severeBreath) ||
    (allergy && shortBreath && has(F.faceSwelling))
  ) {
    raised.add('anaphylaxis');
  } else if (throatOrTongue || has(F.faceSwelling)) {
    raised.add('facialSwelling');
  }

  // Mental health: no question or history filter, a crisis line shown once too often is cheap.
  if (has(F.suicide, { questions: true, history: true })) raised.add('suicideRisk');

  if (has(F.overdose) || has(F.pillCount)) raised.add('overdosePoisoning');
  else if (has(F.medicationError)) raised.add('medicationError');

  // Bleeding.
  // Heavy periods are not an emergency unless pads are soaked through.
  const bleeding = msg
    .matches(F.severeBleeding)
    .some((m) => !PERIOD_CONTEXT.test(msg.sentenceOf(m.index ?? 0)) || /soak/.test(m[0]));
  if (bleeding || has(F.bloodVomitCough)) raised.add('severeBleeding');
  else if (has(F.bloodInPhlegm)) raised.add('bloodInPhlegm');
  if (has(F.bloodUrineStool)) raised.add('bloodUrineStool');

  // Fever.
  if (fever && infantUnderThreeMonths(msg)) raised.add('infantFever');
  if ((fever && has(F.stiffNeck)) || has(F.nonBlanchingRash)) raised.add('meningitisSigns');
  // "High temperature (around 37 degrees)": a measured value beats the word "high".
  const highWords = has(F.highFeverWords) && !(temps.length > 0 && maxC < 39.4);
  if (maxC >= 39.4 || highWords || feverPersistsDays(msg) >= 3) {
    raised.add('highFever');
  }

  // Consciousness and seizures.
  if (has(F.unresponsive)) raised.add('unresponsive');
  if (has(F.confusionSudden)) raised.add('confusionDrowsy');
  else if (has(F.confusion)) raised.add('confusion');
  if (has(F.seizure)) raised.add(seizureIsProlonged(msg) ? 'seizureProlonged' : 'seizure');
  if (has(F.fainting)) raised.add('fainting');

  // Head injury.
  if (has(F.headHit)) {
    raised.add(has(F.headInjuryRedFlag) ? 'headInjuryRedFlags' : 'headInjury');
  }

  // Oxygen saturation.
  const oxygen = oxygenReadings(msg);
  if (oxygen.some((v) => v < 92)) raised.add('lowOxygen');
  else if (oxygen.some((v) => v <= 94)) raised.add('oxygenBorderline');

  // Abdomen, dehydration, pregnancy, headache.
  if (has(F.severeAbdominalPain)) raised.add('severeAbdominalPain');
  if (has(F.dehydration)) raised.add('dehydration');
  if (has(F.pregnant) && (has(F.pregnancyBleed) || has(F.pregnancyOther))) {
    raised.add('pregnancyWarning');
  }
  if (has(F.severeHeadache)) raised.add('severeHeadache');

  for (const [key, by] of Object.entries(SUPERSEDED_BY) as [FlagKey, FlagKey[]][]) {
    if (raised.has(key) && by.some((k) => raised.has(k))) raised.delete(key);
  }
  return raised;
}

/**
 * For debugging rules and for the triage report: every finding that counted, with the words
 * that matched. Not used by the UI.
 */
export function explainTriage(text: string): { finding: string; match: string }[] {
  const msg = new Message(text);
  const out: { finding: string; match: string }[] = [];
  for (const [finding, pattern] of Object.entries(F)) {
    for (const m of msg.matches(pattern, {
      negated: finding === 'temperature' || finding === 'oxygen',
    })) {
      out.push({ finding, match: m[0] });
    }
  }
  return out;
}

/**
 * Reads one user message and says how urgently the person should get help, with the flags
 * that were noticed (most serious first). Pure and synchronous: call it on every message.
 */
export function triage(text: string): Triage {
  if (!text.trim()) return { level: 'routine', flags: [] };
  const raised = applyRules(new Message(text));
  const flags = (Object.keys(TRIAGE_FLAGS) as FlagKey[])
    .filter((key) => raised.has(key))
    .map((key) => TRIAGE_FLAGS[key])
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
  const level: TriageLevel = flags[0]?.level ?? 'routine';
  return { level, flags: flags.map(({ id, label, advice }) => ({ id, label, advice })) };
}

/** Flags about a person's own safety in a mental-health crisis, whatever their level. */
export const CRISIS_FLAG_IDS: ReadonlySet<string> = new Set(['suicide-risk']);

/**
 * True for a message that must get no dataset stories as examples: an emergency, or a
 * mental-health crisis at any level (grounding rule, src/lib/chat/retrieval.ts).
 */
export function isCrisis(result: Triage): boolean {
  return result.level === 'emergency' || result.flags.some((f) => CRISIS_FLAG_IDS.has(f.id));
}
