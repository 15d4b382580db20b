// `npm run export:finetune` — writes chat-format JSONL for fine-tuning (train and validation
// splits; the test split is held out for the in-app benchmark) and a data card, from the
// dataset files that `npm run data` generated.
//
//   npm run export:finetune -- [--out DIR] [--segments a,b] [--include-machine-translated]
//                              [--drop-flags a,b] [--max-turn-chars N] [--bare-system-prompt]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeDialogues } from '../src/lib/data/codec';
import { parseManifest } from '../src/lib/data/manifest';
import type { Dialogue } from '../src/lib/data/normalize';
import {
  buildFinetuneExport,
  DEFAULT_FILTERS,
  isQualityFlagName,
  toJsonl,
  type ExportFilters,
} from '../src/lib/finetune/export';

const ROOT = resolve(import.meta.dirname, '..');
const GENERATED = join(ROOT, 'static-data', 'generated');

function fail(message: string): never {
  console.error(`export-finetune: ${message}`);
  process.exit(1);
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(ROOT, 'finetune-out') },
    segments: { type: 'string' },
    'include-machine-translated': { type: 'boolean', default: false },
    'drop-flags': { type: 'string' },
    'max-turn-chars': { type: 'string' },
    'bare-system-prompt': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    readFileSync(import.meta.filename, 'utf8')
      .split('\n')
      .slice(0, 7)
      .join('\n'),
  );
  process.exit(0);
}

let manifestText: string;
try {
  manifestText = readFileSync(join(GENERATED, 'manifest.json'), 'utf8');
} catch {
  fail('static-data/generated/manifest.json is missing: run `npm run data` first.');
}
const manifest = parseManifest(JSON.parse(manifestText));
const known = new Set(Object.keys(manifest.counts.segment));

const segments = list(values.segments) ?? [...DEFAULT_FILTERS.segments];
if (values['include-machine-translated'] && !segments.includes('machine-translated')) {
  segments.push('machine-translated');
}
for (const s of segments) {
  if (!known.has(s)) fail(`unknown segment "${s}"; known: ${[...known].join(', ')}`);
}
const dropFlags = list(values['drop-flags']) ?? [...DEFAULT_FILTERS.dropFlags];
for (const f of dropFlags) if (!isQualityFlagName(f)) fail(`unknown flag "${f}"`);
const maxTurnChars = values['max-turn-chars']
  ? Number(values['max-turn-chars'])
  : DEFAULT_FILTERS.maxTurnChars;
if (!Number.isInteger(maxTurnChars) || maxTurnChars <= 0)
  fail('--max-turn-chars must be a positive whole number');

const filters: ExportFilters = {
  ...DEFAULT_FILTERS,
  segments,
  dropFlags: dropFlags.filter(isQualityFlagName),
  maxTurnChars,
  redFlagNotes: !values['bare-system-prompt'],
};

const dialogues: Dialogue[] = manifest.files.flatMap((file) => {
  const bytes = readFileSync(join(GENERATED, file.path));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== file.sha256)
    fail(`${file.path} does not match the manifest's sha256: run \`npm run data\` again.`);
  return decodeDialogues(JSON.parse(bytes.toString('utf8')), file.dataset);
});

const result = buildFinetuneExport(dialogues, filters);
const outDir = resolve(values.out!);
mkdirSync(outDir, { recursive: true });

function writeAtomic(
  name: string,
  content: string,
): { file: string; bytes: number; sha256: string } {
  const path = join(outDir, name);
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
  return {
    file: name,
    bytes: Buffer.byteLength(content),
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

const outputs = (['train', 'validation'] as const).map((split) => ({
  split,
  examples: result.examples[split].length,
  ...writeAtomic(`${split}.jsonl`, toJsonl(result.examples[split])),
}));

const card = {
  name: 'bedside-finetune',
  createdAt: new Date().toISOString(),
  source: {
    manifestVersion: manifest.version,
    datasets: manifest.datasets.map((d) => ({ id: d.id, title: d.title, licence: d.licence })),
  },
  format:
    'JSONL, one {"messages": [{role, content}, …]} per line; system, then alternating user/assistant, ending on assistant',
  filters: {
    segments: filters.segments,
    dropFlags: filters.dropFlags,
    maxTurnChars: filters.maxTurnChars,
    heldOut: 'test split (for the in-app benchmark)',
    systemPrompt: filters.systemPrompt,
    redFlagNotes: filters.redFlagNotes
      ? "the app's red-flag note of each answer's question is added to the system prompt (systemByTurn when a row's answers differ); rows whose red-flagged question gets less urgent advice than the note demands are dropped"
      : 'off (--bare-system-prompt): every row has the bare system prompt',
    referenceCases:
      'none: the app adds up to 30% of its window of similar dataset cases; training rows do not (see scripts/finetune/README.md)',
  },
  counts: {
    train: result.examples.train.length,
    validation: result.examples.validation.length,
    multiTurn: result.counts.multiTurn,
    bySegment: result.counts.bySegment,
    byDataset: result.counts.byDataset,
    dropped: result.dropped,
  },
  outputs,
  caveats: [
    'know_medical_dialogues is third-party text (2020 consultation sites; Reddit; machine translation of unknown source): research use only.',
    'The answers are not medically verified; a model fine-tuned on them learns their tone, not medical truth.',
  ],
};
writeAtomic('data-card.json', `${JSON.stringify(card, null, 2)}\n`);

console.log(`export-finetune: wrote ${outDir}`);
for (const o of outputs)
  console.log(`  ${o.file}: ${o.examples} examples, ${o.bytes} bytes, sha256 ${o.sha256}`);
console.log(
  `  data-card.json; segments ${filters.segments.join(', ')}; dropped ${JSON.stringify(result.dropped)}`,
);
