// npx tsx scripts/triage-dump.ts > out.txt — one line per message: the message and
// JSON.stringify(triage(message)), over every fixture message (test/unit/safety/**/*.json,
// test/fixtures/triage-blind, the dev, fresh and table sets, the bench:triage messages,
// /work/probes/probe-*.json when present) and some long joins of them. For a change meant to
// keep triage's output identical (a speed-up): dump before and after, then `cmp` the files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { triage } from '../src/lib/safety/triage/index.ts';
import { DEV_SET } from '../test/unit/safety/dev-set/index.ts';
import FRESH from '../test/unit/safety/fresh-set/index.ts';
import { TRIAGE_CASES } from '../test/unit/safety/triage-table.ts';
import { triageMessages } from './lib/triage-messages.ts';

const ROOT = join(import.meta.dirname, '..');
const PROBES = '/work/probes';

/** Every string in a JSON value (texts, and some labels: more messages do no harm). */
const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(strings)
        : [];
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsonFiles(p) : p.endsWith('.json') ? [p] : [];
  });

const files = [
  ...jsonFiles(join(ROOT, 'test/unit/safety')),
  ...jsonFiles(join(ROOT, 'test/fixtures/triage-blind')),
  ...(existsSync(PROBES)
    ? readdirSync(PROBES)
        .filter((f) => /^probe-.*\.json$/.test(f))
        .map((f) => join(PROBES, f))
    : []),
];
const texts = [
  ...files.flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8')))),
  ...strings(DEV_SET),
  ...strings(FRESH),
  ...strings(TRIAGE_CASES),
  ...triageMessages().map((m) => m.text),
];
const unique = [...new Set(texts)];
// Long messages take other paths (whole-text scans instead of tries at word starts).
for (let i = 0; i + 5 < unique.length; i += 37) unique.push(unique.slice(i, i + 6).join(' '));
for (const t of unique) console.log(`${JSON.stringify(t)}\t${JSON.stringify(triage(t))}`);
console.error(`${unique.length} messages`);
