// The small pattern language the lexicon is written in, so that several hundred lay phrases
// stay readable and reviewable as data:
//
//   chest pain          words in order, one or more spaces or hyphens between them
//   swell*              any word ending: swell, swells, swelling (not swollen)
//   chest ~ pain        up to 3 words in between ("chest is really tight and pain")
//   chest ~6 pain       up to 6 words in between; never across the end of a sentence
//   chest ~~4 pain      up to 4 words in between, within one phrase (no commas either)
//   (arm|leg)           alternatives; (very )?pale: an optional word; nose ?bleed: an
//                       optional space
//   {pain}              a shared word class (MACROS below)
//   not                 also "isn't", "doesn't"... (normalize.ts writes "is not" so)
//   \d, ?, [..]         anything else is a regular expression as written
//
// Every pattern matches whole words: "arm" does not match "harm".

const WORD_END = "[\\w']*";
/** A gap's words never include a negation ("and no", "but" end a phrase too). */
const NO_NEGATION = "(?!(?:no|not|never|none|nor|without|but|\\w+n't)\\b)";
/**
 * A gap of up to n words inside one sentence (commas allowed, . ! ? not). A gap never skips a
 * negation: "diarrhoea since yesterday, no blood" is not bloody diarrhoea.
 */
const tightGap = (n: number) => `(?:[\\s-]+${NO_NEGATION}[\\w']+){0,${n}}?[\\s-]+`;
const gap = (n: number) => `(?:[^\\w.!?\\n]+${NO_NEGATION}[\\w']+){0,${n}}?[^\\w.!?\\n]+`;

/** Word classes shared by many concepts. Written in the pattern language itself. */
export const MACROS: Readonly<Record<string, string>> = {
  pain: '(pain|pains|painful|painfully|hurt*|ache*|aching|achy|sore*|tender*|agony|agonising|agonizing|discomfort|cramp*|throb*|stabbing|killing (me|him|her))',
  severe:
    "(severe*|big pain|very (big|strong|much) pain|so much pain|very pain|so bad|too much pain|rolling around|writhing|(can't|cannot|couldn't) (bear|stand) (it|the pain)|very bad|really bad|so bad|terrible|terribly|horrible|awful|agoni[sz]ing|agony|excruciating|unbearable|intense|extreme*|worst|crushing|screaming|10 ?/ ?10|10 out of 10|ten out of ten|killing (me|him|her)|the worst|can barely (move|walk|stand)|doubled over)",
  sudden:
    '(sudden*|all of a sudden|out of nowhere|outta nowhere|out of the blue|abrupt*|came on (fast|quickly|in (a|one|an) (second|instant|moment))|within (seconds|a second|minutes)|just now)',
  // Numbness, not "number" (stop 47, fresh-triage-p28p jh108: "i don't have her parents number"
  // was read as numbness denied, which quieted the net).
  numb: '(numb|numbs|numbed|numbing|numbness|numbnes|numbish|numbly)',
  poss: '(my|his|her|their|the|your|our|one|both|a)',
  who: "(i|i'm|he|he's|she|she's|they|they're|we|it|it's|baby|son|daughter|child|kid|toddler)",
  bodyside:
    '(left|right|one|the left|the right|his left|his right|her left|her right|my left|my right)',
  limb: '(arm|arms|leg|legs|hand|hands|foot|feet|fingers|toes|face|side)',
  vomit:
    '(vomit*|vom|throw* up|threw up|being sick|been sick|was sick|puk*|spew*|retch*|bringing up|brought up|sick (\\d+|two|three|four|five|several|many) times)',
  baby: "(baby|babys|baby's|newborn|new born|infant|little one|lo|bub|neonate)",
  child: '(son|daughter|child|kid|kids|toddler|boy|girl|little one|lo|baby|grandson|granddaughter)',
  pee: '(pee|peed|peeing|pees|wee|weeing|weed|wees|urine|urinat*|piss|pissing)',
  poo: '(poo|poos|pooing|pooed|poop*|stool|stools|faeces|feces|bowel movements?|bowel motions?)',
  blood: '(blood|bloody|bleed*)',
  eye: '(eye|eyes|eyeball)',
  drug: '(pills|tablets|tabs|meds|calpol|nurofen|piriton|antihistamines?|medicine*|medication*|capsules|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|co-?codamol|codeine|tramadol|morphine|oxycodone|sertraline|citalopram|fluoxetine|amitriptyline|antidepressants|sleeping (pills|tablets)|diazepam|xanax|valium|insulin|iron tablets|lithium|propranolol|beta blockers|opioids|painkillers|methadone|oxycodone|fentanyl|buprenorphine|zopiclone|pregabalin|gabapentin|quetiapine|olanzapine|mirtazapine|warfarin|digoxin|metformin|gliclazide|amlodipine|vitamins|iron)',
};

export function expand(source: string, depth = 0): string {
  if (depth > 3) throw new Error(`pattern macros nest too deep: ${source}`);
  return source.replace(/\{(\w+)\}/g, (_, name: string) => {
    const macro = MACROS[name];
    if (macro === undefined) throw new Error(`unknown pattern macro {${name}}`);
    return expand(macro, depth + 1);
  });
}

/** Translates one pattern into regular-expression source (no flags, no boundaries). */
export function patternSource(pattern: string): string {
  const src = expand(pattern.trim().toLowerCase());
  return translate(notForm(src));
}

/**
 * normalize() writes "is not" as "isn't": a pattern's "not" also matches any "...n't", so
 * "not herself" finds "isn't herself" and "not breathing" finds "wasn't breathing".
 */
function notForm(src: string): string {
  return src.replace(/(?<=^|[\s(|])not(?=[\s)|]|$)/g, NOT_WORDS);
}

function translate(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\' && src[i + 1] === 'w' && src[i + 2] === '*') {
      // "grunt\\w*" is written as a regular expression would mean it: any ending, none
      // included ("grunt" too), as "grunt*" (stop 51: "to grunt in her sleep" was missed).
      out += WORD_END;
      i += 2;
    } else if (ch === '\\') {
      out += ch + (src[i + 1] ?? '');
      i++;
    } else if (ch === '~' && src[i + 1] === '~') {
      i++;
      let digits = '';
      while (/\d/.test(src[i + 1] ?? '')) digits += src[++i];
      out = out.replace(/\[\\s-\]\+$/, '');
      while (src[i + 1] === ' ') i++;
      out += tightGap(digits ? Number(digits) : 3);
    } else if (ch === '~') {
      let digits = '';
      while (/\d/.test(src[i + 1] ?? '')) digits += src[++i];
      // The spaces around the tilde belong to the gap.
      out = out.replace(/\[\\s-\]\+$/, '');
      while (src[i + 1] === ' ') i++;
      out += gap(digits ? Number(digits) : 3);
    } else if (ch === '*') {
      // A star means "any word ending"; after a group it would silently mean something else.
      if (src[i - 1] === ')') throw new Error(`pattern "${src}": use {0,n} after a group, not *`);
      out += WORD_END;
    } else if (ch === '(' && src[i + 1] !== '?') {
      out += '(?:';
    } else if (
      ch === ' ' &&
      src[i + 1] === '(' &&
      src[i + 2] !== '?' &&
      optionalGroupEnd(src, i + 1) > 0
    ) {
      // "wake (him|her)? up": the space belongs to the optional word, so "wake up" matches.
      const end = optionalGroupEnd(src, i + 1);
      out += `(?:[\\s-]+${translate(src.slice(i + 1, end + 1))})?`;
      i = end + 1;
    } else if (ch === ' ' && src[i + 1] === '?') {
      // "head ?ache": the space itself is optional.
      out += '[\\s-]*';
      i++;
    } else if (ch === ' ') {
      while (src[i + 1] === ' ') i++;
      out += '[\\s-]+';
    } else {
      out += ch;
    }
  }
  return out;
}

/** One regular expression for a list of patterns, matching whole words, all occurrences. */
export function compilePatterns(patterns: readonly string[]): RegExp {
  const body = patterns.map(patternSource).join('|');
  return new RegExp(`(?<![\\w'])(?:${body})(?![\\w])`, 'g');
}

/**
 * Where a group opening at `open` closes, when a "?" makes it optional and it does not carry
 * its own trailing space ("(very )?pale" does); else -1.
 */
function optionalGroupEnd(src: string, open: number): number {
  const end = closing(src, open);
  return end > 0 && src[end + 1] === '?' && src[end - 1] !== ' ' ? end : -1;
}

/** "not" and the n't words normalize() writes, as a literal alternation (fast to match). */
export const NOT_WORDS =
  "(?:not|(?:is|are|was|were|do|does|did|have|has|had|ca|could|would|wo|should|ai|must|need)n't)";

/** Index of the bracket closing the one that opens at `open`, or -1. */
export function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}
