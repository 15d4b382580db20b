// The Dataset view's full-text index over dialogues (MiniSearch): what is indexed, how queries
// match (prefix and fuzzy), filters and facets. The Chat's similar cases are
// src/lib/chat/retrieval.ts. Runs in the search worker; pure apart from MiniSearch itself.
import datasetsJson from '../../../static-data/datasets.json';
import MiniSearch, {
  type Options,
  type SearchOptions,
  type SearchResult as MsResult,
} from 'minisearch';
import type { Dialogue, Split } from '../data/normalize';
import type { QualityFlag } from '../data/quality-flags';
import { dialogueChars, emptyHistogram, lengthBin } from '../data/stats';
import type { Facets, SearchFilters, SearchHit, SearchQuery, SearchResult } from './protocol';
import { processTerm, tokenize } from './terms';

export interface SearchDoc {
  id: string;
  description: string;
  patient: string;
  doctor: string;
  dataset: string;
  segment: string;
  split: Split;
  flags: QualityFlag[];
  chars: number;
  turns: number;
}

type StoredFields = Pick<SearchDoc, 'dataset' | 'segment' | 'split' | 'flags' | 'chars' | 'turns'>;

export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['description', 'patient', 'doctor'],
  storeFields: ['dataset', 'segment', 'split', 'flags', 'chars', 'turns'],
  tokenize,
  processTerm,
  searchOptions: { boost: { description: 2, patient: 1.5 } },
};

/** What the index sees of a dialogue. A description that repeats the question is not indexed twice. */
export function toSearchDoc(d: Dialogue): SearchDoc {
  const patient = d.turns.filter((t) => t.role === 'patient').map((t) => t.text);
  const doctor = d.turns.filter((t) => t.role === 'doctor').map((t) => t.text);
  const same = d.description.trim().toLowerCase() === (patient[0] ?? '').trim().toLowerCase();
  return {
    id: d.id,
    description: same ? '' : d.description,
    patient: patient.join('\n'),
    doctor: doctor.join('\n'),
    dataset: d.dataset,
    segment: d.segment,
    split: d.split,
    flags: d.flags,
    chars: dialogueChars(d),
    turns: d.turns.length,
  };
}

export function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>(INDEX_OPTIONS);
}

// Every term each index holds, so that a query word spelled as some dialogue spells it is
// matched exactly and only a word no dialogue has is looked up with typos allowed: fuzzy
// expansion of a common word ("doctor", 7,000 dialogues) was most of a slow query's cost.
const vocabularies = new WeakMap<MiniSearch<SearchDoc>, Set<string>>();

function addVocabulary(index: MiniSearch<SearchDoc>, docs: readonly SearchDoc[]): void {
  let terms = vocabularies.get(index);
  if (!terms) vocabularies.set(index, (terms = new Set()));
  for (const doc of docs) {
    for (const field of [doc.description, doc.patient, doc.doctor]) {
      for (const word of tokenize(field)) {
        const term = processTerm(word);
        if (term) terms.add(term);
      }
    }
  }
}

/** Builds the index, calling `onProgress` after each chunk (and yielding between chunks). */
export async function buildIndex(
  dialogues: readonly Dialogue[],
  onProgress?: (done: number, total: number) => void,
  chunk = 1000,
): Promise<MiniSearch<SearchDoc>> {
  const index = createIndex();
  vocabularies.set(index, new Set());
  for (let at = 0; at < dialogues.length; at += chunk) {
    const docs = dialogues.slice(at, at + chunk).map(toSearchDoc);
    index.addAll(docs);
    addVocabulary(index, docs);
    onProgress?.(Math.min(at + chunk, dialogues.length), dialogues.length);
    if (at + chunk < dialogues.length) await new Promise((r) => setTimeout(r, 0));
  }
  return index;
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
  const js = JSON.parse(json) as Parameters<typeof MiniSearch.loadJS>[0] & {
    index: [string, unknown][];
  };
  const index = MiniSearch.loadJS<SearchDoc>(js, INDEX_OPTIONS);
  vocabularies.set(index, new Set(js.index.map(([term]) => term)));
  return index;
}

// Interactive search: every word must match (AND); the last word, the one being typed,
// also matches as a prefix once it has 4 letters (3 letters expand to too many terms); a
// word no dialogue has tolerates typos, one for 5–8 letters and two for longer words (a
// swapped pair of letters counts two).
function queryOptions(index: MiniSearch<SearchDoc>): SearchOptions {
  const known = vocabularies.get(index);
  return {
    combineWith: 'AND',
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
    fuzzy: (term) =>
      known?.has(term) ? false : term.length >= 9 ? 2 : term.length >= 5 ? 1 : false,
  };
}

function passes(filters: SearchFilters, f: StoredFields): boolean {
  if (filters.datasets?.length && !filters.datasets.includes(f.dataset)) return false;
  if (filters.segments?.length && !filters.segments.includes(f.segment)) return false;
  if (filters.splits?.length && !filters.splits.includes(f.split)) return false;
  if (filters.hideFlagged && f.flags.length > 0) return false;
  return true;
}

function stored(r: MsResult): StoredFields {
  return r as unknown as StoredFields;
}

function hit(r: MsResult): SearchHit {
  const f = stored(r);
  return {
    id: String(r.id),
    score: r.score,
    terms: r.terms,
    dataset: f.dataset,
    segment: f.segment,
    split: f.split,
    flags: f.flags,
    chars: f.chars,
    turns: f.turns,
  };
}

function facets(results: readonly MsResult[]): Facets {
  const out: Facets = { segment: {}, flag: {}, lengths: emptyHistogram(), flagged: 0 };
  for (const r of results) {
    const f = stored(r);
    out.segment[f.segment] = (out.segment[f.segment] ?? 0) + 1;
    for (const flag of f.flags) out.flag[flag] = (out.flag[flag] ?? 0) + 1;
    if (f.flags.length > 0) out.flagged += 1;
    out.lengths[lengthBin(f.chars)]! += 1;
  }
  return out;
}

/** Browsing order with no words typed: datasets as declared, then by row (v1-2 before v1-10). */
function browseOrder(a: MsResult, b: MsResult): number {
  const [da, ia] = splitId(String(a.id));
  const [db, ib] = splitId(String(b.id));
  return rankOf(da) - rankOf(db) || da.localeCompare(db) || ia - ib;
}

function splitId(id: string): [string, number] {
  const dash = id.lastIndexOf('-');
  return [id.slice(0, dash), Number(id.slice(dash + 1))];
}

const DATASET_ORDER: readonly string[] = datasetsJson.sources.map((s) => s.id);
function rankOf(dataset: string): number {
  const at = DATASET_ORDER.indexOf(dataset);
  return at === -1 ? DATASET_ORDER.length : at;
}

// The last few queries' matches and facets, per index: another page of the same words, or the
// words again after a backspace, is a slice of what was found (listing everything, the
// commonest and largest query, most of all). An index does not change once built.
interface Found {
  results: MsResult[];
  facets: Facets;
}
const RECENT_QUERIES = 8;
const recent = new WeakMap<MiniSearch<SearchDoc>, Map<string, Found>>();

function cached(
  index: MiniSearch<SearchDoc>,
  query: SearchQuery,
  find: () => MsResult[],
  remember: boolean,
): Found {
  if (!remember) {
    const results = find();
    return { results, facets: facets(results) };
  }
  let cache = recent.get(index);
  if (!cache) recent.set(index, (cache = new Map()));
  const f = query.filters;
  const key = JSON.stringify([
    query.text.trim(),
    f.datasets,
    f.segments,
    f.splits,
    !!f.hideFlagged,
  ]);
  let found = cache.get(key);
  if (found) {
    cache.delete(key); // most recent last
  } else {
    const results = find();
    found = { results, facets: facets(results) };
    if (cache.size >= RECENT_QUERIES) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, found);
  return found;
}

/**
 * One page of matches, with counts over all of them. `remember: false` leaves the recent
 * queries' cache as it was (a warm-up's query is nobody's).
 */
export function runQuery(
  index: MiniSearch<SearchDoc>,
  query: SearchQuery,
  { remember = true }: { remember?: boolean } = {},
): SearchResult {
  const started = performance.now();
  const tokens = tokenize(query.text);
  // Text with no word in it ("???", "--") matches nothing; it does not list everything.
  if (query.text.trim() !== '' && tokens.length === 0) {
    return { total: 0, hits: [], facets: facets([]), tookMs: performance.now() - started };
  }
  // A query of stop words only ("the", "what is") lists everything, like an empty one.
  const words = tokens.some((w) => processTerm(w) !== null);
  const filter = (r: MsResult) => passes(query.filters, stored(r));
  const { results, facets: counts } = cached(
    index,
    words ? query : { ...query, text: '' },
    () =>
      words
        ? index.search(query.text, { ...queryOptions(index), filter })
        : index.search(MiniSearch.wildcard, { filter }).sort(browseOrder),
    remember,
  );
  return {
    total: results.length,
    hits: results.slice(query.offset, query.offset + query.limit).map(hit),
    facets: counts,
    tookMs: performance.now() - started,
  };
}

/**
 * Queries that between them take every path of a search (a common word, several words, one
 * being typed as a prefix, a typo, stop words only, a filter), run by the worker after it
 * opens an index and before anyone types: a freshly loaded index's first searches ran
 * unoptimised code (V8 compiles MiniSearch's scoring to machine code only once it is hot) and
 * paid for the collection of the load's garbage, several times a warm search's time ("chest
 * pain": 133 ms, then 5-20 ms, under load). Not the benchmark's words.
 */
export const WARM_QUERIES: readonly string[] = [
  'back pain',
  'fever with a cough',
  'sore throat swollen',
  'headac',
  'stomahc ache',
  'what is the',
  'child rash',
];

/** How many times the worker runs WARM_QUERIES: enough calls for V8 to optimise the scoring. */
export const WARM_ROUNDS = 3;

/** Runs one warm-up query (WARM_QUERIES) without touching the recent queries' cache. */
export function warmQuery(index: MiniSearch<SearchDoc>, text: string, round = 0): void {
  runQuery(
    index,
    { text, filters: round % 2 ? { hideFlagged: true } : {}, offset: 0, limit: 20 },
    { remember: false },
  );
}
