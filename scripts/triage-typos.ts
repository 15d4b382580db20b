// npm run triage:typos [-- --seeds 7,11,23 --min 4 --max 5 --rate 0.25]
//
// How well triage reads messages typed with slips: every message of the fresh labelled sets
// (test/fixtures/triage-everyday/fresh-triage-*.json, all but FRESH_RESERVED) that triage reads
// at its label is copied with a share (--rate) of its words of --min to --max letters slipped
// once (two letters swapped, one dropped or one doubled, at a random place after the first
// letter), and read again. Prints, per seed: labelled emergencies read right that are no longer
// read as emergencies, and routine messages read right that are now read as urgent or above.
// Compare two commits by running it in each (the figures are only comparable at equal seeds and
// options). With the machine's load, as every benchmark here.
import { loadavg } from 'node:os';
import { triage } from '../src/lib/safety/triage/index.ts';
import { readLabelled } from './lib/triage-everyday.ts';
import { freshFiles } from './lib/triage-labelled.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const seeds = option('seeds', '7,11,23').split(',').map(Number);
const min = Number(option('min', '4'));
const max = Number(option('max', '5'));
const rate = Number(option('rate', '0.25'));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** A small linear congruential generator: the same seed, the same slips. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function slip(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 1));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0 && i < word.length - 1)
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

const messages = freshFiles().flatMap((file) =>
  readLabelled(file).filter((q) => q.expected !== 'urgent'),
);
const right = messages.filter((q) => triage(q.text).level === q.expected);
const rightSet = new Set(right);
console.log(
  `${freshFiles().length} fresh sets; ${right.length} of ${messages.length} emergency and routine messages read at their label; words of ${min}-${max} letters slipped at rate ${rate}. Load at start: ${load()}`,
);
for (const seed of seeds) {
  const rnd = random(seed);
  let emergencies = 0;
  let lost = 0;
  let routine = 0;
  let misread = 0;
  // Every message is slipped, read right or not, so that one seed gives the same slips to
  // every commit: slipping only the messages read right shifted the stream whenever that set
  // changed, and two commits' figures then differed by some 50 on their slips alone (stop 52).
  for (const q of messages) {
    const text = q.text.replace(/[A-Za-z]+/g, (w) =>
      w.length >= min && w.length <= max && rnd() < rate ? slip(w, rnd) : w,
    );
    if (!rightSet.has(q)) continue;
    const level = triage(text).level;
    if (q.expected === 'emergency') {
      emergencies++;
      if (level !== 'emergency') lost++;
    } else {
      routine++;
      if (level !== 'routine') misread++;
    }
  }
  console.log(
    `seed ${seed}: emergencies no longer read as emergencies ${lost} of ${emergencies}; routine read as urgent or above ${misread} of ${routine}`,
  );
}
console.log(`Load at end: ${load()}`);
