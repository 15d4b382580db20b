import { describe, expect, it } from 'vitest';
import {
  checkImportSize,
  describeImport,
  importSections,
  exportDamaged,
  ImportError,
  parseConversationFile,
  toJSON,
  toMarkdown,
} from '@/lib/chat/export';
import type { Conversation } from '@/lib/chat/types';
import { conversation } from '../schema/fixtures';

function file(conversations: unknown[]): string {
  return JSON.stringify({ format: 'bedside-conversations', version: 1, conversations });
}

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('checkImportSize', () => {
  it('refuses a file over 50 MB by its size alone, naming the limit', () => {
    expect(() => checkImportSize(50_000_000)).not.toThrow();
    expect(() => checkImportSize(50_000_001)).toThrow(ImportError);
    expect(() => checkImportSize(52_428_800)).toThrow(
      'Cannot import: the file is 52.4 MB, larger than the 50 MB limit.',
    );
  });
});

describe('parseConversationFile', () => {
  it('refuses a file that is not an export, with what to do', () => {
    expect(() => parseConversationFile('{oops')).toThrow(/not valid JSON/);
    expect(() => parseConversationFile('[1,2]')).toThrow(
      'Cannot import: this is not a Bedside conversation export (expected "format": "bedside-conversations", found a list).',
    );
    expect(() =>
      parseConversationFile(
        '{"format":"bedside-conversations","version":"2.0","conversations":[]}',
      ),
    ).toThrow('export version 2.0 is not supported (expected 1)');
    // A version that is an object whose "toString" is not a function (found by the fuzz test).
    expect(() =>
      parseConversationFile(
        '{"format":"bedside-conversations","version":{"toString":""},"conversations":[]}',
      ),
    ).toThrow(/^Cannot import: export version an object is not supported \(expected 1\)/);
    expect(() =>
      parseConversationFile('{"format":"bedside-conversations","version":1,"conversations":{}}'),
    ).toThrow('Cannot import: the file has no list of conversations.');
    const tooMany = `{"format":"bedside-conversations","version":1,"conversations":[${'0,'.repeat(50_000)}0]}`;
    expect(() => parseConversationFile(tooMany)).toThrow(
      'the file holds 50,001 conversations, more than the 50,000 that can be imported at once',
    );
  });

  it('keeps the valid conversations and says why each other one was refused', () => {
    const good = conversation();
    const result = parseConversationFile(
      file([
        good,
        { ...good, id: 'c2', title: 'Rash', createdAt: 1e308 },
        42,
        { ...good, id: 'c4', title: 'x'.repeat(300), messages: 'none' },
      ]),
    );
    expect(result.conversations).toEqual([good]);
    expect(result.total).toBe(4);
    expect(result.refused).toEqual([
      {
        position: 2,
        title: 'Rash',
        message: 'conversation 2 ("Rash") has an invalid creation date',
      },
      { position: 3, title: '', message: 'conversation 3 is not an object (found a number)' },
      {
        position: 4,
        title: `${'x'.repeat(39)}…`,
        message: `conversation 4 ("${'x'.repeat(39)}…") has messages that are not a list (found a string)`,
      },
    ]);
  });

  it('repairs what can be repaired, and says what it did', () => {
    const { updatedAt: _, ...noDate } = conversation({ id: 'c2', title: 'Old one' });
    const result = parseConversationFile(
      file([conversation({ title: 'invoice\u202Egnp.exe' }), noDate]),
    );
    expect(result.conversations.map((c) => c.title)).toEqual(['invoicegnp.exe', 'Old one']);
    expect(result.conversations[1]!.updatedAt).toBe(conversation().messages[1]!.createdAt);
    expect(result.repaired.map((n) => n.message)).toEqual([
      'conversation 1 ("invoicegnp.exe"): removed hidden direction-control characters from the title',
      'conversation 2 ("Old one"): took the missing last-updated date from its messages',
    ]);
  });

  it('imports an exact repeat once, and a different conversation with a taken id under a new id', () => {
    const a = conversation();
    const b = conversation({ title: 'Another' });
    const result = parseConversationFile(file([a, a, b]), { newId: ids() });
    expect(result.conversations).toEqual([a, { ...b, id: 'new-1' }]);
    expect(result.duplicates.map((n) => n.message)).toEqual([
      'conversation 2 ("Chest pain") repeats conversation 1 exactly: imported once',
    ]);
    expect(result.repaired.map((n) => n.message)).toEqual([
      'conversation 3 ("Another"): has the same id as conversation 1: imported under a new id',
    ]);
  });

  it('round-trips every field, NaN timing figures included', () => {
    const c = conversation();
    c.messages[1]!.stats!.prefillTokensPerS = NaN;
    expect(parseConversationFile(toJSON([c])).conversations).toEqual([c]);
  });
});

describe('describeImport', () => {
  it('sums up what happened, and lists what deserves attention', () => {
    const good = conversation();
    const result = parseConversationFile(
      file([good, good, { ...good, id: 'bad', createdAt: NaN }]),
    );
    expect(describeImport(result, { added: 1, copies: 1 })).toEqual({
      summary:
        'Imported 1 of 3 conversations; 1 conversation could not be read; 1 was already on this device and was added as a copy; 1 was repeated in the file and imported once.',
      details: [
        'Not imported:',
        'conversation 3 ("Chest pain") has an invalid creation date',
        'Repeated in the file:',
        'conversation 2 ("Chest pain") repeats conversation 1 exactly: imported once',
      ],
      attention: true,
    });
    expect(describeImport(parseConversationFile(file([good])))).toEqual({
      summary: 'Imported 1 conversation.',
      details: [],
      attention: false,
    });
    expect(describeImport(parseConversationFile(file([]))).summary).toBe(
      'The file holds no conversations.',
    );
    const bad = Array.from({ length: 12 }, () => 7);
    const all = describeImport(parseConversationFile(file(bad)));
    expect(all.summary).toBe('Nothing was imported; 12 conversations could not be read.');
    expect(all.details).toHaveLength(12);
    expect(all.details.at(-1)).toBe('… and 2 more');
  });

  it('groups what deserves attention under a heading each, for the import summary', () => {
    const good = conversation();
    const result = parseConversationFile(
      file([good, good, { ...good, id: 'bad', createdAt: NaN }, { ...good, id: 'r', title: '' }]),
    );
    expect(importSections(result)).toEqual([
      {
        heading: 'Not imported',
        lines: ['conversation 3 ("Chest pain") has an invalid creation date'],
      },
      {
        heading: 'Repeated in the file',
        lines: ['conversation 2 ("Chest pain") repeats conversation 1 exactly: imported once'],
      },
      {
        heading: 'Repaired',
        lines: [
          'conversation 4 ("Untitled conversation"): named the untitled conversation "Untitled conversation"',
        ],
      },
    ]);
    expect(importSections(parseConversationFile(file([good])))).toEqual([]);
  });
});

describe('exports that never throw', () => {
  it('writes Markdown for a conversation whose date is out of range', () => {
    const c: Conversation = { ...conversation(), updatedAt: 1e308, title: 'a\u202Eb' };
    const md = toMarkdown(c);
    expect(md).toContain('# ab');
    expect(md).toContain('Exported from Bedside on unknown date.');
  });

  it('exports a damaged record whatever it holds', () => {
    const cyclic: Record<string, unknown> = { id: 'x', n: NaN, big: 10n, when: new Date(NaN) };
    cyclic.self = cyclic;
    const proto = JSON.parse('{"__proto__": {"polluted": 1}}');
    const out = exportDamaged(
      { key: 'x', id: 'x', reason: 'the conversation has no "title"', record: [cyclic, proto] },
      new Date(Date.UTC(2026, 0, 2)),
    );
    expect(out.name).toBe('bedside-damaged-x-2026-01-02.json');
    expect(JSON.parse(out.text)).toEqual({
      format: 'bedside-damaged-record',
      exportedAt: '2026-01-02T00:00:00.000Z',
      key: 'x',
      reason: 'the conversation has no "title"',
      record: [
        { id: 'x', n: 'NaN', big: '10n', when: '[invalid Date]', self: '[circular]' },
        JSON.parse('{"__proto__": {"polluted": 1}}'),
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
