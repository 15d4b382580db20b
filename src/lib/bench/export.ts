// Benchmark runs as JSON files: export one run, and import one back (from this or another
// device) for comparison. Import validates every field and says which one is wrong; the
// summary is recomputed from the items, so a file's figures always match its rows. Pure.
import type { FinishReason, GenerationStats } from '../engine/engine';
import type { TriageLevel } from '../safety/triage';
import type { TriageAgreement } from './advice';
import type { BenchItem, BenchSettings, BenchmarkRun, RunStatus } from './types';
import { summarizeItems } from './summary';

export const BENCH_EXPORT_FORMAT = 'bedside-benchmark';
export const BENCH_EXPORT_VERSION = 1;
const MAX_IMPORT_CHARS = 20_000_000;

export interface BenchExportFile {
  format: typeof BENCH_EXPORT_FORMAT;
  version: typeof BENCH_EXPORT_VERSION;
  exportedAt: string;
  /** Numbers that JSON cannot hold (NaN, Infinity) are written as null. */
  run: BenchmarkRun;
}

export function toExportJson(run: BenchmarkRun, now = new Date()): string {
  const file: BenchExportFile = {
    format: BENCH_EXPORT_FORMAT,
    version: BENCH_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    run,
  };
  return JSON.stringify(file, null, 2);
}

/** e.g. `bedside-bench-SmolLM2-360M-Instruct-q4f32_1-MLC-2025-01-31T10-20-00.json` */
export function exportFileName(run: BenchmarkRun): string {
  const model = run.model.id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
  const when = run.startedAt.slice(0, 19).replace(/:/g, '-');
  return `bedside-bench-${model}-${when}.json`;
}

export class BenchImportError extends Error {
  override name = 'BenchImportError';
}

type Obj = Record<string, unknown>;

function fail(path: string, problem: string): never {
  throw new BenchImportError(`${path}: ${problem}`);
}

function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, 'expected an object');
  }
  return value as Obj;
}

function str(value: unknown, path: string, options: { empty?: boolean } = {}): string {
  if (typeof value !== 'string') fail(path, 'expected a string');
  if (!options.empty && value.trim() === '') fail(path, 'must not be empty');
  return value;
}

function strOrNull(value: unknown, path: string): string | null {
  return value === null ? null : str(value, path);
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'expected true or false');
  return value;
}

/** A number; null (how JSON writes NaN and Infinity) reads back as NaN. */
function num(value: unknown, path: string): number {
  if (value === null) return Number.NaN;
  if (typeof value !== 'number') fail(path, 'expected a number');
  return value;
}

function count(value: unknown, path: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(path, `expected a whole number of at least ${min}`);
  }
  return value;
}

function share(value: unknown, path: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    fail(path, 'expected a number from 0 to 1');
  }
  return value;
}

function list<T>(value: unknown, path: string, read: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  return value.map((v, i) => read(v, `${path}[${i}]`));
}

function oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    fail(path, `expected one of ${options.join(', ')}`);
  }
  return value as T;
}

function date(value: unknown, path: string): string {
  const text = str(value, path);
  if (Number.isNaN(Date.parse(text))) fail(path, 'expected a date (ISO 8601)');
  return text;
}

const LEVELS: readonly TriageLevel[] = ['emergency', 'urgent', 'routine'];
const FINISH: readonly FinishReason[] = ['stop', 'length', 'abort'];
const STATUSES: readonly Exclude<RunStatus, 'running'>[] = ['complete', 'cancelled', 'stopped'];

function readStats(value: unknown, path: string): GenerationStats | null {
  if (value === null) return null;
  const o = obj(value, path);
  return {
    promptTokens: num(o.promptTokens, `${path}.promptTokens`),
    completionTokens: num(o.completionTokens, `${path}.completionTokens`),
    timeToFirstTokenS: num(o.timeToFirstTokenS, `${path}.timeToFirstTokenS`),
    prefillTokensPerS: num(o.prefillTokensPerS, `${path}.prefillTokensPerS`),
    decodeTokensPerS: num(o.decodeTokensPerS, `${path}.decodeTokensPerS`),
    totalS: num(o.totalS, `${path}.totalS`),
  };
}

function readTriage(value: unknown, path: string): TriageAgreement {
  const o = obj(value, path);
  return {
    expected: oneOf(o.expected, `${path}.expected`, LEVELS),
    expectedFlags: list(o.expectedFlags, `${path}.expectedFlags`, (v, p) => str(v, p)),
    got: oneOf(o.got, `${path}.got`, LEVELS),
    cues: list(o.cues, `${path}.cues`, (v, p) => str(v, p)),
    agree: bool(o.agree, `${path}.agree`),
  };
}

function readItem(value: unknown, path: string): BenchItem {
  const o = obj(value, path);
  const rouge = obj(o.rougeL, `${path}.rougeL`);
  const item: BenchItem = {
    id: str(o.id, `${path}.id`),
    dataset: str(o.dataset, `${path}.dataset`),
    segment: str(o.segment, `${path}.segment`),
    prompt: str(o.prompt, `${path}.prompt`),
    reference: str(o.reference, `${path}.reference`),
    reply: str(o.reply, `${path}.reply`, { empty: true }),
    finishReason:
      o.finishReason === null ? null : oneOf(o.finishReason, `${path}.finishReason`, FINISH),
    rougeL: {
      precision: share(rouge.precision, `${path}.rougeL.precision`),
      recall: share(rouge.recall, `${path}.rougeL.recall`),
      f1: share(rouge.f1, `${path}.rougeL.f1`),
    },
    stats: readStats(o.stats, `${path}.stats`),
    triage: readTriage(o.triage, `${path}.triage`),
    referenceAdvice: oneOf(o.referenceAdvice, `${path}.referenceAdvice`, LEVELS),
  };
  if (o.caseIds !== undefined)
    item.caseIds = list(o.caseIds, `${path}.caseIds`, (v, p) => str(v, p));
  if (o.error !== undefined) item.error = str(o.error, `${path}.error`);
  return item;
}

function readSettings(value: unknown, path: string): BenchSettings {
  const o = obj(value, path);
  if (o.split !== 'test') fail(`${path}.split`, 'expected "test"');
  return {
    n: count(o.n, `${path}.n`),
    maxTokens: count(o.maxTokens, `${path}.maxTokens`, 1),
    temperature: num(o.temperature, `${path}.temperature`),
    split: 'test',
    segments: list(o.segments, `${path}.segments`, (v, p) => str(v, p)),
    selectionRule: str(o.selectionRule, `${path}.selectionRule`),
    seed: str(o.seed, `${path}.seed`),
    eligible: count(o.eligible, `${path}.eligible`),
    retrieval: bool(o.retrieval, `${path}.retrieval`),
    datasetVersion: strOrNull(o.datasetVersion, `${path}.datasetVersion`),
    promptId: str(o.promptId, `${path}.promptId`),
    contextWindow: count(o.contextWindow, `${path}.contextWindow`, 1),
  };
}

/** Reads a benchmark run from an exported file. Throws BenchImportError saying what is wrong. */
export function parseExport(text: string): BenchmarkRun {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new BenchImportError('The file is too large to be a Bedside benchmark run.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BenchImportError('The file is not JSON.');
  }
  const file = obj(data, 'file');
  if (file.format !== BENCH_EXPORT_FORMAT) {
    fail('format', `expected "${BENCH_EXPORT_FORMAT}": this is not a Bedside benchmark export`);
  }
  if (file.version !== BENCH_EXPORT_VERSION) {
    fail(
      'version',
      `version ${String(file.version)} is not supported (this Bedside reads version ${BENCH_EXPORT_VERSION})`,
    );
  }
  const r = obj(file.run, 'run');
  const model = obj(r.model, 'run.model');
  const items = list(r.items, 'run.items', readItem);
  const run: BenchmarkRun = {
    id: str(r.id, 'run.id'),
    model: {
      id: str(model.id, 'run.model.id'),
      name: str(model.name, 'run.model.name'),
      source: str(model.source, 'run.model.source'),
    },
    device: strOrNull(r.device, 'run.device'),
    startedAt: date(r.startedAt, 'run.startedAt'),
    finishedAt: r.finishedAt === null ? null : date(r.finishedAt, 'run.finishedAt'),
    durationS: num(r.durationS, 'run.durationS'),
    status: oneOf(r.status, 'run.status', STATUSES),
    settings: readSettings(r.settings, 'run.settings'),
    items,
    summary: summarizeItems(items),
  };
  if (r.stopReason !== undefined) run.stopReason = str(r.stopReason, 'run.stopReason');
  return run;
}
