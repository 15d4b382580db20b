import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvTable } from '@/lib/data/csv';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields and records, with CRLF or LF, and no record for a final break', () => {
    expect(fields('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fields('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('')).toEqual([]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text =
      'id,dialogue\r\n7,"Doctor: Hi, how are you?\r\nPatient: He said ""fine""."\r\n8,x\r\n';
    const records = parseCsv(text);
    expect(records.map((r) => r.fields)).toEqual([
      ['id', 'dialogue'],
      ['7', 'Doctor: Hi, how are you?\r\nPatient: He said "fine".'],
      ['8', 'x'],
    ]);
    // The record after a multi-line field starts on the right line.
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads empty fields, quoted empty fields and a leading byte-order mark', () => {
    expect(fields('\uFEFFa,,""\n,"",x')).toEqual([
      ['a', '', ''],
      ['', '', 'x'],
    ]);
  });

  it('rejects a quoted field that is never closed, naming its line and column', () => {
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrowError(
      new CsvError('quoted field is never closed', 2, 3),
    );
  });

  it('rejects a quote inside an unquoted field and text after a closing quote', () => {
    expect(() => parseCsv('a,b\n1,x"y')).toThrow(
      'line 2, column 4: quote inside an unquoted field',
    );
    expect(() => parseCsv('a,b\n1,"x"y')).toThrow(
      'line 2, column 6: unexpected text after a closing quote',
    );
  });
});

describe('parseCsvTable', () => {
  it('keys rows by header name, skips blank lines and reports each row’s first line', () => {
    const rows = parseCsvTable('ID,text\n0,"two\nlines"\n\n1,one\n', ['ID', 'text']);
    expect(rows).toEqual([
      { values: { ID: '0', text: 'two\nlines' }, line: 2 },
      { values: { ID: '1', text: 'one' }, line: 5 },
    ]);
  });

  it('names missing columns and rows of the wrong width', () => {
    expect(() => parseCsvTable('ID,note\n1,x', ['ID', 'dialogue'])).toThrow(
      'line 1, column 1: missing column "dialogue" (found "ID", "note")',
    );
    expect(() => parseCsvTable('a,b\n1,2\n3\n')).toThrow(
      'line 3, column 1: expected 2 fields like the header, found 1',
    );
  });
});
