// A small RFC 4180 CSV parser: comma-separated fields, CRLF or LF record breaks, fields in
// double quotes may hold commas, quotes ("" escapes one) and line breaks. Anything else that
// RFC 4180 forbids (a quote inside an unquoted field, text after a closing quote, a quoted
// field never closed, records of different widths) is an error that names the line.

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'CsvError';
  }
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts (records can span lines). */
  line: number;
}

/** Splits CSV text into records of raw fields. A final line break does not add a record. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  if (src.length === 0) return records;
  let fields: string[] = [];
  let recordLine = 1;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = src.length;
  const col = (at: number) => at - lineStart + 1;

  while (i <= n) {
    // Start of a field.
    let value: string;
    if (src[i] === '"') {
      const openLine = line;
      const openCol = col(i);
      i += 1;
      let out = '';
      let chunkStart = i;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q === -1) throw new CsvError('quoted field is never closed', openLine, openCol);
        // Count the line breaks inside the quoted text for error positions.
        for (let k = src.indexOf('\n', i); k !== -1 && k < q; k = src.indexOf('\n', k + 1)) {
          line += 1;
          lineStart = k + 1;
        }
        if (src[q + 1] === '"') {
          out += src.slice(chunkStart, q + 1);
          i = q + 2;
          chunkStart = i;
          continue;
        }
        out += src.slice(chunkStart, q);
        i = q + 1;
        break;
      }
      value = out;
      const next = src[i];
      if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError('unexpected text after a closing quote', line, col(i));
      }
    } else {
      let j = i;
      while (j < n) {
        const c = src[j];
        if (c === ',' || c === '\n' || c === '\r') break;
        if (c === '"') throw new CsvError('quote inside an unquoted field', line, col(j));
        j += 1;
      }
      value = src.slice(i, j);
      i = j;
    }
    fields.push(value);

    // After a field: a comma, a record break, or the end.
    const c = src[i];
    if (c === ',') {
      i += 1;
      continue;
    }
    const atEnd = i >= n;
    if (c === '\r' && src[i + 1] === '\n') i += 2;
    else if (c === '\r' || c === '\n') i += 1;
    else if (!atEnd) throw new CsvError('unexpected character', line, col(i));
    records.push({ fields, line: recordLine });
    fields = [];
    if (atEnd) break;
    line += 1;
    lineStart = i;
    recordLine = line;
    if (i >= n) break; // the text ended with a line break
  }
  return records;
}

export interface CsvRow {
  /** Field values by column name. */
  values: Record<string, string>;
  /** 1-based line on which the row starts. */
  line: number;
}

/**
 * Parses CSV with a header line into rows keyed by column name. Every row must have as many
 * fields as the header, and the header must name every column in `required`.
 */
export function parseCsvTable(text: string, required: readonly string[] = []): CsvRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new CsvError('the file is empty (no header line)', 1, 1);
  const names = header.fields.map((name) => name.trim());
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    throw new CsvError(
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (found ${names.map((m) => `"${m}"`).join(', ')})`,
      header.line,
      1,
    );
  }
  const rows: CsvRow[] = [];
  for (const record of records) {
    // A blank line is not a row (as in most CSV readers).
    if (record.fields.length === 1 && record.fields[0] === '') continue;
    if (record.fields.length !== names.length) {
      throw new CsvError(
        `expected ${names.length} fields like the header, found ${record.fields.length}`,
        record.line,
        1,
      );
    }
    const values: Record<string, string> = {};
    names.forEach((name, k) => (values[name] = record.fields[k] ?? ''));
    rows.push({ values, line: record.line });
  }
  return rows;
}
