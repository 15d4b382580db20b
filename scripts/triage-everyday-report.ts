// npm run triage:everyday [-- --list]
//
// How the triage (rules and net, as the Chat runs it) reads the 504 everyday questions of the
// twelve older judged retrieval sets (test/fixtures/triage-everyday, labelled by a reader who
// saw no code), split by a hash of the id into a tuning half and a held-out half (triage-everyday.ts
// everydayHalf), and the 675 of the fifteen newer sets, M to E2 (labelled the same way in
// phase 17, whose rules were written from their emergency reads: tuning material), and phase
// 17's fresh set of 160 first messages and phase 19's to 25's (each spent: scored once, then
// tuned on). Rules are written from the tuning half's misses only; the held-out half is
// scored, never read for rules. For each row, and the rules alone beside them:
//   routine or urgent read as an EMERGENCY (a false alarm that also withholds the Chat's
//   similar cases, src/lib/chat/cases-withheld.ts) / routine read as urgent or above /
//   urgent or emergency read as routine / emergency read below emergency.
// --list prints the tuning half's misses (never the held-out half's).
import { findConcepts } from '../src/lib/safety/triage/findings.ts';
import { triage } from '../src/lib/safety/triage/index.ts';
import { flagsFor } from '../src/lib/safety/triage/rules.ts';
import type { TriageLevel } from '../src/lib/safety/triage/types.ts';
import {
  addEveryday,
  EVERYDAY,
  EVERYDAY_2,
  everydayCells,
  FRESH_EVERYDAY_P17,
  FRESH_TRIAGE_P19,
  FRESH_TRIAGE_P19B,
  FRESH_TRIAGE_P20A,
  FRESH_TRIAGE_P20B,
  FRESH_TRIAGE_P21A,
  FRESH_TRIAGE_P21B,
  FRESH_TRIAGE_P22A,
  FRESH_TRIAGE_P22B,
  FRESH_TRIAGE_P23A,
  FRESH_TRIAGE_P23B,
  FRESH_TRIAGE_P24A,
  FRESH_TRIAGE_P24B,
  FRESH_TRIAGE_P24C,
  FRESH_TRIAGE_P24D,
  FRESH_TRIAGE_P24E,
  FRESH_TRIAGE_P24F,
  FRESH_TRIAGE_P24G,
  FRESH_TRIAGE_P24H,
  FRESH_TRIAGE_P25A,
  FRESH_TRIAGE_P25B,
  FRESH_TRIAGE_P25C,
  FRESH_TRIAGE_P25D,
  FRESH_TRIAGE_P25E,
  FRESH_TRIAGE_P25F,
  FRESH_TRIAGE_P25G,
  FRESH_TRIAGE_P25H,
  FRESH_TRIAGE_P25I,
  FRESH_TRIAGE_P25J,
  FRESH_TRIAGE_P25K,
  FRESH_TRIAGE_P25L,
  FRESH_TRIAGE_P25M,
  FRESH_TRIAGE_P25N,
  FRESH_TRIAGE_P25O,
  FRESH_TRIAGE_P25P,
  FRESH_TRIAGE_P25Q,
  FRESH_TRIAGE_P25R,
  FRESH_TRIAGE_P25S,
  FRESH_TRIAGE_P25T,
  FRESH_TRIAGE_P25U,
  FRESH_TRIAGE_P25W,
  FRESH_TRIAGE_P25X,
  FRESH_TRIAGE_P25Y,
  FRESH_TRIAGE_P25Z,
  FRESH_TRIAGE_P26C,
  FRESH_TRIAGE_P26D,
  FRESH_TRIAGE_P26E,
  FRESH_TRIAGE_P26F,
  FRESH_TRIAGE_P26G,
  FRESH_TRIAGE_P26H,
  FRESH_TRIAGE_P26I,
  FRESH_TRIAGE_P26K,
  FRESH_TRIAGE_P25V,
  FRESH_TRIAGE_P26L,
  FRESH_TRIAGE_P26M,
  FRESH_TRIAGE_P26N,
  FRESH_TRIAGE_P26O,
  FRESH_TRIAGE_P26P,
  FRESH_TRIAGE_P26Q,
  FRESH_TRIAGE_P26R,
  FRESH_TRIAGE_P26S,
  FRESH_TRIAGE_P26T,
  FRESH_TRIAGE_P26U,
  FRESH_TRIAGE_P26V,
  FRESH_TRIAGE_P26W,
  FRESH_TRIAGE_P26X,
  FRESH_TRIAGE_P26Y,
  FRESH_TRIAGE_P26Z,
  FRESH_TRIAGE_P27A,
  FRESH_TRIAGE_P27B,
  FRESH_TRIAGE_P27D,
  FRESH_TRIAGE_P27E,
  FRESH_TRIAGE_P27F,
  FRESH_TRIAGE_P27G,
  FRESH_TRIAGE_P27H,
  FRESH_TRIAGE_P27I,
  FRESH_TRIAGE_P27J,
  FRESH_TRIAGE_P27K,
  FRESH_TRIAGE_P27L,
  FRESH_TRIAGE_P27M,
  FRESH_TRIAGE_P27N,
  FRESH_TRIAGE_P27O,
  FRESH_TRIAGE_P27P,
  FRESH_TRIAGE_P27Q,
  FRESH_TRIAGE_P27R,
  FRESH_TRIAGE_P27S,
  FRESH_TRIAGE_P27T,
  FRESH_TRIAGE_P27U,
  FRESH_TRIAGE_P27V,
  FRESH_TRIAGE_P27W,
  FRESH_TRIAGE_P27X,
  FRESH_TRIAGE_P27Y,
  FRESH_TRIAGE_P27Z,
  FRESH_TRIAGE_P28A,
  FRESH_TRIAGE_P28B,
  FRESH_TRIAGE_P28C,
  FRESH_TRIAGE_P28D,
  FRESH_TRIAGE_P28E,
  FRESH_TRIAGE_P28F,
  FRESH_TRIAGE_P28G,
  FRESH_TRIAGE_P28H,
  FRESH_TRIAGE_P28I,
  FRESH_TRIAGE_P28J,
  FRESH_TRIAGE_P28K,
  FRESH_TRIAGE_P28L,
  FRESH_TRIAGE_P28M,
  FRESH_TRIAGE_P28O,
  everydayHalf,
  everydayTally,
  type EverydayQuestion,
} from './lib/triage-everyday.ts';

const LIST = process.argv.includes('--list');
type Reader = (text: string) => { level: TriageLevel; flags: string[] };
const full: Reader = (text) => {
  const t = triage(text);
  return { level: t.level, flags: t.flags.map((f) => f.id) };
};
const rulesAlone: Reader = (text) => {
  const flags = flagsFor(findConcepts(text));
  return { level: flags[0]?.level ?? 'routine', flags: flags.map((f) => f.id) };
};

/** The four counts of one half under one reader, as "a/n" strings. */
function score(questions: readonly EverydayQuestion[], read: Reader): string[] {
  const t = everydayTally();
  for (const q of questions) addEveryday(t, q.expected, read(q.text).level);
  return everydayCells(t);
}

const halves = {
  tune: EVERYDAY.filter((q) => everydayHalf(q) === 'tune'),
  'held-out': EVERYDAY.filter((q) => everydayHalf(q) === 'held-out'),
  'M to E2': EVERYDAY_2,
  'fresh p17': FRESH_EVERYDAY_P17,
  'fresh p19': FRESH_TRIAGE_P19,
  'fresh p19b': FRESH_TRIAGE_P19B,
  'fresh p20a': FRESH_TRIAGE_P20A,
  'fresh p20b': FRESH_TRIAGE_P20B,
  'fresh p21a': FRESH_TRIAGE_P21A,
  'fresh p21b': FRESH_TRIAGE_P21B,
  'fresh p22a': FRESH_TRIAGE_P22A,
  'fresh p22b': FRESH_TRIAGE_P22B,
  'fresh p23a': FRESH_TRIAGE_P23A,
  'fresh p23b': FRESH_TRIAGE_P23B,
  'fresh p24a': FRESH_TRIAGE_P24A,
  'fresh p24b': FRESH_TRIAGE_P24B,
  'fresh p24c': FRESH_TRIAGE_P24C,
  'fresh p24d': FRESH_TRIAGE_P24D,
  'fresh p24e': FRESH_TRIAGE_P24E,
  'fresh p24f': FRESH_TRIAGE_P24F,
  'fresh p24g': FRESH_TRIAGE_P24G,
  'fresh p24h': FRESH_TRIAGE_P24H,
  'fresh p25a': FRESH_TRIAGE_P25A,
  'fresh p25b': FRESH_TRIAGE_P25B,
  'fresh p25c': FRESH_TRIAGE_P25C,
  'fresh p25d': FRESH_TRIAGE_P25D,
  'fresh p25e': FRESH_TRIAGE_P25E,
  'fresh p25f': FRESH_TRIAGE_P25F,
  'fresh p25g': FRESH_TRIAGE_P25G,
  'fresh p25h': FRESH_TRIAGE_P25H,
  'fresh p25i': FRESH_TRIAGE_P25I,
  'fresh p25j': FRESH_TRIAGE_P25J,
  'fresh p25k': FRESH_TRIAGE_P25K,
  'fresh p25l': FRESH_TRIAGE_P25L,
  'fresh p25m': FRESH_TRIAGE_P25M,
  'fresh p25n': FRESH_TRIAGE_P25N,
  'fresh p25o': FRESH_TRIAGE_P25O,
  'fresh p25p': FRESH_TRIAGE_P25P,
  'fresh p25q': FRESH_TRIAGE_P25Q,
  'fresh p25r': FRESH_TRIAGE_P25R,
  'fresh p25s': FRESH_TRIAGE_P25S,
  'fresh p25t': FRESH_TRIAGE_P25T,
  'fresh p25u': FRESH_TRIAGE_P25U,
  'fresh p25w': FRESH_TRIAGE_P25W,
  'fresh p25x': FRESH_TRIAGE_P25X,
  'fresh p25y': FRESH_TRIAGE_P25Y,
  'fresh p25z': FRESH_TRIAGE_P25Z,
  'fresh p26c': FRESH_TRIAGE_P26C,
  'fresh p26d': FRESH_TRIAGE_P26D,
  'fresh p26e': FRESH_TRIAGE_P26E,
  'fresh p26f': FRESH_TRIAGE_P26F,
  'fresh p26g': FRESH_TRIAGE_P26G,
  'fresh p26h': FRESH_TRIAGE_P26H,
  'fresh p26i': FRESH_TRIAGE_P26I,
  'fresh p26k': FRESH_TRIAGE_P26K,
  'fresh p25v': FRESH_TRIAGE_P25V,
  'fresh p26l': FRESH_TRIAGE_P26L,
  'fresh p26m': FRESH_TRIAGE_P26M,
  'fresh p26n': FRESH_TRIAGE_P26N,
  'fresh p26o': FRESH_TRIAGE_P26O,
  'fresh p26p': FRESH_TRIAGE_P26P,
  'fresh p26q': FRESH_TRIAGE_P26Q,
  'fresh p26r': FRESH_TRIAGE_P26R,
  'fresh p26s': FRESH_TRIAGE_P26S,
  'fresh p26t': FRESH_TRIAGE_P26T,
  'fresh p26u': FRESH_TRIAGE_P26U,
  'fresh p26v': FRESH_TRIAGE_P26V,
  'fresh p26w': FRESH_TRIAGE_P26W,
  'fresh p26x': FRESH_TRIAGE_P26X,
  'fresh p26y': FRESH_TRIAGE_P26Y,
  'fresh p26z': FRESH_TRIAGE_P26Z,
  'fresh p27a': FRESH_TRIAGE_P27A,
  'fresh p27b': FRESH_TRIAGE_P27B,
  'fresh p27d': FRESH_TRIAGE_P27D,
  'fresh p27e': FRESH_TRIAGE_P27E,
  'fresh p27f': FRESH_TRIAGE_P27F,
  'fresh p27g': FRESH_TRIAGE_P27G,
  'fresh p27h': FRESH_TRIAGE_P27H,
  'fresh p27i': FRESH_TRIAGE_P27I,
  'fresh p27j': FRESH_TRIAGE_P27J,
  'fresh p27k': FRESH_TRIAGE_P27K,
  'fresh p27l': FRESH_TRIAGE_P27L,
  'fresh p27m': FRESH_TRIAGE_P27M,
  'fresh p27n': FRESH_TRIAGE_P27N,
  'fresh p27o': FRESH_TRIAGE_P27O,
  'fresh p27p': FRESH_TRIAGE_P27P,
  'fresh p27q': FRESH_TRIAGE_P27Q,
  'fresh p27r': FRESH_TRIAGE_P27R,
  'fresh p27s': FRESH_TRIAGE_P27S,
  'fresh p27t': FRESH_TRIAGE_P27T,
  'fresh p27u': FRESH_TRIAGE_P27U,
  'fresh p27v': FRESH_TRIAGE_P27V,
  'fresh p27w': FRESH_TRIAGE_P27W,
  'fresh p27x': FRESH_TRIAGE_P27X,
  'fresh p27y': FRESH_TRIAGE_P27Y,
  'fresh p27z': FRESH_TRIAGE_P27Z,
  'fresh p28a': FRESH_TRIAGE_P28A,
  'fresh p28b': FRESH_TRIAGE_P28B,
  'fresh p28c': FRESH_TRIAGE_P28C,
  'fresh p28d': FRESH_TRIAGE_P28D,
  'fresh p28e': FRESH_TRIAGE_P28E,
  'fresh p28f': FRESH_TRIAGE_P28F,
  'fresh p28g': FRESH_TRIAGE_P28G,
  'fresh p28h': FRESH_TRIAGE_P28H,
  'fresh p28i': FRESH_TRIAGE_P28I,
  'fresh p28j': FRESH_TRIAGE_P28J,
  'fresh p28k': FRESH_TRIAGE_P28K,
  'fresh p28l': FRESH_TRIAGE_P28L,
  'fresh p28m': FRESH_TRIAGE_P28M,
  'fresh p28o': FRESH_TRIAGE_P28O,
};
console.log(
  'Everyday questions (test/fixtures/triage-everyday), rules and net as the Chat runs them.',
);
console.log(
  'Each cell: routine/urgent read as EMERGENCY / routine read as urgent+ / urgent+emergency read as routine / emergency missed',
);
console.log(`${'half'.padEnd(16)}${'rules and net'.padEnd(28)}rules alone`);
for (const [name, qs] of Object.entries(halves)) {
  console.log(
    `${`${name} (${qs.length})`.padEnd(16)}${score(qs, full).join('  ').padEnd(28)}${score(qs, rulesAlone).join('  ')}`,
  );
}
if (LIST) {
  console.log('\nTuning half, every question read at another level than its label:');
  for (const q of halves.tune) {
    const got = full(q.text);
    if (got.level !== q.expected)
      console.log(`  ${q.id} ${q.expected} -> ${got.level} [${got.flags.join(', ')}]: ${q.text}`);
  }
}
