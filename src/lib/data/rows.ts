// What every source normalizer shares: where a row comes from, how its segment is found,
// and the error that names the file, row and field of malformed input.
import type { NormalizedDialogue, Turn } from './normalize';

export interface SegmentRule {
  /** First dataset index (inclusive). */
  from: number;
  /** Last dataset index (inclusive); open-ended when absent. */
  to?: number;
  segment: string;
}

export interface NormalizeContext {
  dataset: string;
  /** Shown in error messages and kept as provenance. */
  file: string;
  /** Dataset index of this file's first row (files of one dataset are numbered on). */
  firstIndex: number;
  segments: readonly SegmentRule[];
  /** ACI-Bench: metadata rows by encounter_id, for the chief complaint. */
  metadata?: ReadonlyMap<string, Record<string, string>>;
}

/** Malformed input. `row` is 0-based (as in the data); `line` is the file line when known. */
export class DataValidationError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string | null,
    readonly problem: string,
    readonly line?: number,
  ) {
    const where = [
      file,
      row === null ? null : `row ${row}${line ? ` (line ${line})` : ''}`,
      field === null ? null : `field "${field}"`,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${problem}`);
    this.name = 'DataValidationError';
  }
}

export function segmentFor(rules: readonly SegmentRule[], index: number): string | null {
  for (const rule of rules) {
    if (index >= rule.from && (rule.to === undefined || index <= rule.to)) return rule.segment;
  }
  return null;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export class RowReader {
  constructor(
    readonly ctx: NormalizeContext,
    readonly row: number,
    readonly line?: number,
  ) {}

  fail(field: string | null, problem: string): never {
    throw new DataValidationError(this.ctx.file, this.row, field, problem, this.line);
  }

  text(record: Record<string, unknown>, field: string, options: { optional?: boolean } = {}) {
    const value = record[field];
    if (value === undefined && options.optional) return '';
    if (typeof value !== 'string') this.fail(field, `expected a string, found ${describe(value)}`);
    if (!options.optional && value.trim() === '') this.fail(field, 'is empty');
    return value.trim();
  }

  dialogue(description: string, turns: Turn[], ref?: string): NormalizedDialogue {
    if (turns.length === 0) this.fail(null, 'has no turns');
    const index = this.ctx.firstIndex + this.row;
    const segment = segmentFor(this.ctx.segments, index);
    if (segment === null) this.fail(null, `no segment rule in datasets.json covers index ${index}`);
    return {
      id: `${this.ctx.dataset}-${index}`,
      dataset: this.ctx.dataset,
      index,
      description,
      turns,
      segment,
      source: { file: this.ctx.file, row: this.row, ...(ref ? { ref } : {}) },
    };
  }
}
