// npx tsx scripts/build-fuzzy-words.ts [word list ...]
//
// Writes src/lib/safety/triage/fuzzy-words.json, the words normalize.ts may restore from a
// one-letter slip ("breathnig" → "breathing", "paractamol" → "paracetamol"), and the real words
// one slip away from them that must never be "corrected" ("dropping" is not "drooping").
// - targets: every word of 5 letters or more that a triage lexicon pattern spells out (the
//   words the rules can read at all; a slip in any other word changes nothing);
// - stoplist: every word of the word lists (default: Debian's wbritish and wamerican,
//   `apt-get install -y wbritish wamerican`) that is not a target, starts with a target's first
//   letter and is one edit (a letter added, dropped, changed or two swapped) from it.
// normalize.ts adds these to spelling.ts's hand lists (FUZZY_WORDS, FUZZY_STOPLIST).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON } from '../src/lib/safety/triage/lexicon.ts';
import { editDistance } from '../src/lib/safety/triage/normalize.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'src/lib/safety/triage/fuzzy-words.json');
const LISTS = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/usr/share/dict/british-english', '/usr/share/dict/american-english'];

const targets = new Set<string>();
for (const concept of LEXICON) {
  for (const part of concept.parts) {
    // Words spelled out in the pattern, outside character classes and escapes.
    const plain = part.pattern.replace(/\[[^\]]*\]/g, ' ').replace(/\\[a-z]/gi, ' ');
    // "slushies?": both "slushies" and "slushie".
    for (const m of plain.matchAll(/(?<![a-z])([a-z]{5,})(?![a-z*])(\??)/g)) {
      targets.add(m[1]!);
      if (m[2] && m[1]!.length > 5) targets.add(m[1]!.slice(0, -1));
    }
  }
}

const words = new Set<string>();
for (const file of LISTS) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const w = line.trim().toLowerCase();
    if (/^[a-z]{5,}$/.test(w)) words.add(w);
  }
}

const byFirst = new Map<string, string[]>();
for (const t of targets) {
  const list = byFirst.get(t[0]!);
  if (list) list.push(t);
  else byFirst.set(t[0]!, [t]);
}
const stoplist = new Set<string>();
for (const w of words) {
  if (targets.has(w)) continue;
  for (const t of byFirst.get(w[0]!) ?? []) {
    if (editDistance(w, t, 1) <= 1) {
      stoplist.add(w);
      break;
    }
  }
}

const json = {
  about: `Written by scripts/build-fuzzy-words.ts from the triage lexicon and ${LISTS.map((f) => f.split('/').pop()).join(', ')}.`,
  targets: [...targets].sort(),
  stoplist: [...stoplist].sort(),
};
writeFileSync(OUT, JSON.stringify(json) + '\n');
console.log(
  `${json.targets.length} targets, ${json.stoplist.length} real words kept as they are → ${OUT}`,
);
