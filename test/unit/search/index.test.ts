import { describe, expect, it } from 'vitest';
import type { Dialogue } from '@/lib/data/normalize';
import { buildIndex, loadIndex, runQuery, toSearchDoc } from '@/lib/search/index';
import type { SearchFilters } from '@/lib/search/protocol';

function d(id: string, patient: string, doctor: string, more: Partial<Dialogue> = {}): Dialogue {
  const [dataset = 'v2', index = '0'] = id.split('-');
  return {
    id,
    dataset,
    index: Number(index),
    description: '',
    turns: [
      { role: 'patient', text: patient },
      { role: 'doctor', text: doctor },
    ],
    segment: dataset === 'v1' ? 'covid-scrape-2020' : 'askdocs',
    flags: [],
    split: 'train',
    source: { file: 'f', row: Number(index) },
    ...more,
  };
}

const rows: Dialogue[] = [
  d('v1-0', 'i have a fever and cough, is it pneumonia?', 'get a chest x-ray.', {
    description: 'suggest treatment for pneumonia',
  }),
  d('v1-1', 'lost my sense of smell', 'common with covid-19; isolate and test.', { split: 'test' }),
  d('v2-0', 'Walking pneumonia: when can I run again?', 'Two to three weeks.', {
    split: 'validation',
  }),
  d('v2-1', 'Thanks! what about pneumonia shots?', 'No', {
    flags: ['short-answer', 'out-of-context'],
  }),
  d('v2-2', 'Chest pain when climbing stairs', 'You need an ECG; call 911 if it lasts.', {
    segment: 'machine-translated',
  }),
  d('v2-3', 'My headache comes every morning', 'Keep a headache diary.', {
    segment: 'machine-translated',
  }),
];

const all = (text: string, filters: SearchFilters = {}, limit = 50) =>
  runQuery(index, { text, filters, offset: 0, limit });
const ids = (text: string, filters: SearchFilters = {}) =>
  all(text, filters)
    .hits.map((h) => h.id)
    .sort();
const index = await buildIndex(rows);

describe('search index (MiniSearch)', () => {
  it('finds words in descriptions and in both sides of the conversation', () => {
    expect(ids('pneumonia')).toEqual(['v1-0', 'v2-0', 'v2-1']);
    expect(ids('x-ray')).toEqual(['v1-0']);
    expect(ids('diary')).toEqual(['v2-3']);
  });

  it('pages through the same matches, and never mixes up words or filters asked before', () => {
    const whole = all('pneumonia').hits.map((h) => h.id);
    const pages = [0, 1, 2].flatMap((page) =>
      runQuery(index, { text: 'pneumonia', filters: {}, offset: page, limit: 1 }).hits.map(
        (h) => h.id,
      ),
    );
    expect(pages).toEqual(whole);
    expect(all('pneumonia', { hideFlagged: true }).total).toBe(2);
    expect(all('pneumonia', { splits: ['validation'] }).hits.map((h) => h.id)).toEqual(['v2-0']);
    expect(all('pneumonia').total).toBe(3);
    expect(all('pneumonia ').total).toBe(3);
    expect(all('', { hideFlagged: true }).total).toBe(5);
    expect(all('').total).toBe(6);
  });

  it('matches prefixes while typing and tolerates typos in longer words', () => {
    expect(ids('pneum')).toEqual(['v1-0', 'v2-0', 'v2-1']);
    expect(ids('headacke')).toEqual(['v2-3']); // one typo in an 8-letter word
    expect(ids('hedache')).toEqual(['v2-3']); // one letter missing
    expect(ids('pnuemonia')).toEqual(['v1-0', 'v2-0', 'v2-1']);
  });

  it('matches a word some dialogue has exactly, without typo variants of it', async () => {
    const idx = await buildIndex([
      d('v2-7', 'my knees ache', 'rest'),
      d('v2-8', 'my knee aches', 'ice'),
    ]);
    const found = (text: string) => runQuery(idx, { text, filters: {}, offset: 0, limit: 5 });
    // "knees" (not being typed: the query goes on) is a word of v2-7 and matches only it.
    expect(found('knees ache').hits.map((h) => h.id)).toEqual(['v2-7']);
    // "kneees" is no dialogue's word: it is read with one typo allowed, as "knees".
    expect(found('kneees ache').hits.map((h) => h.id)).toEqual(['v2-7']);
  });

  it("lists everything for the dataset's boilerplate words, as for stop words", () => {
    expect(all('doctor symptoms').total).toBe(rows.length);
    // Filler words people write everywhere ("like", "think") do the same; a medical word
    // with them still narrows the list.
    expect(all('i think like').total).toBe(rows.length);
    expect(ids('like chest pain')).toEqual(['v2-2']);
  });

  it('needs every word to match, and reports which document terms matched', () => {
    expect(ids('chest pain')).toEqual(['v2-2']);
    expect(ids('chest pneumonia')).toEqual(['v1-0']);
    const hit = all('pneum').hits.find((h) => h.id === 'v2-0')!;
    expect(hit.terms).toEqual(['pneumonia']);
  });

  it('filters by dataset, segment and split, and hides flagged rows', () => {
    expect(ids('pneumonia', { datasets: ['v2'] })).toEqual(['v2-0', 'v2-1']);
    expect(ids('pneumonia', { hideFlagged: true })).toEqual(['v1-0', 'v2-0']);
    expect(ids('', { segments: ['machine-translated'] })).toEqual(['v2-2', 'v2-3']);
    expect(ids('', { splits: ['test', 'validation'] })).toEqual(['v1-1', 'v2-0']);
  });

  it('lists everything in dataset order for an empty or stop-word-only query, with paging', () => {
    expect(all('').hits.map((h) => h.id)).toEqual(rows.map((r) => r.id));
    expect(all('what is the').total).toBe(rows.length);
    const page = runQuery(index, { text: '', filters: {}, offset: 2, limit: 2 });
    expect(page.total).toBe(6);
    expect(page.hits.map((h) => h.id)).toEqual(['v2-0', 'v2-1']);
  });

  it('matches nothing for a query of punctuation only, rather than claiming every dialogue', () => {
    for (const text of ['???', '--', ' ... ! ']) {
      expect(all(text)).toMatchObject({ total: 0, hits: [] });
      expect(all(text).facets.segment).toEqual({});
    }
  });

  it('browses datasets in declared order and rows by number, whatever the insertion order', async () => {
    const shuffled = [
      d('aci-3', 'a', 'b'),
      d('v1-10', 'c', 'd'),
      d('v2-2', 'e', 'f'),
      d('v1-2', 'g', 'h'),
    ];
    const idx = await buildIndex(shuffled);
    const listed = runQuery(idx, { text: '', filters: {}, offset: 0, limit: 10 }).hits;
    expect(listed.map((h) => h.id)).toEqual(['v1-2', 'v1-10', 'v2-2', 'aci-3']);
  });

  it('counts segments, flags and lengths over all matches, not just the page', () => {
    const { facets } = runQuery(index, { text: '', filters: {}, offset: 0, limit: 1 });
    expect(facets.segment).toEqual({ 'covid-scrape-2020': 2, askdocs: 2, 'machine-translated': 2 });
    expect(facets.flag).toEqual({ 'short-answer': 1, 'out-of-context': 1 });
    expect(facets.flagged).toBe(1);
    expect(facets.lengths.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('survives toJSON / loadJSON unchanged', () => {
    const copy = loadIndex(JSON.stringify(index));
    expect(runQuery(copy, { text: 'pneum', filters: {}, offset: 0, limit: 10 }).hits).toEqual(
      all('pneum', {}, 10).hits,
    );
    // Typos are still tolerated in a loaded index: it knows which words dialogues have.
    expect(runQuery(copy, { text: 'headacke', filters: {}, offset: 0, limit: 10 }).total).toBe(1);
  });

  it('does not index a description that repeats the question twice', () => {
    const doc = toSearchDoc(d('v1-9', 'cough?', 'rest.', { description: 'Cough?' }));
    expect(doc.description).toBe('');
    expect(toSearchDoc(rows[0]!).description).toBe('suggest treatment for pneumonia');
  });
});
