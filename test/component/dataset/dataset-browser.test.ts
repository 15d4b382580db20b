import { describe, expect, it } from 'vitest';
import type { SearchQuery, SearchResult } from '@/lib/search/protocol';
import type { FoundPage } from '@/state/dataset.svelte';
import { DatasetBrowser, type BrowseSource } from '@/state/dataset-browser.svelte';

function result(total: number): SearchResult {
  return {
    total,
    hits: [],
    facets: { segment: {}, flag: {}, lengths: [], flagged: 0 },
    tookMs: 0,
  };
}

/** A source whose answers arrive when the test says. */
function slowSource() {
  const waiting: {
    query: SearchQuery;
    signal: AbortSignal | undefined;
    answer: (page: FoundPage) => void;
  }[] = [];
  const source: BrowseSource = {
    ready: true,
    findPage: (query, signal) =>
      new Promise<FoundPage>((answer) => {
        waiting.push({ query, signal, answer });
      }),
  };
  return { source, waiting };
}

describe('DatasetBrowser', () => {
  it('keeps the words a count was made for until the next answer arrives', async () => {
    const { source, waiting } = slowSource();
    const browse = new DatasetBrowser(source);
    browse.setText('pneumonia');
    waiting[0]!.answer({ result: result(12), items: [] });
    await Promise.resolve();
    await Promise.resolve();
    expect(browse.result?.total).toBe(12);
    expect(browse.resultText).toBe('pneumonia');

    // Typing on: the box has the new words at once, the count still belongs to the old ones.
    browse.setText('pneumonia cough');
    expect(browse.text).toBe('pneumonia cough');
    expect(browse.resultText).toBe('pneumonia');
    expect(browse.busy).toBe(true);

    waiting[1]!.answer({ result: result(3), items: [] });
    await Promise.resolve();
    await Promise.resolve();
    expect(browse.result?.total).toBe(3);
    expect(browse.resultText).toBe('pneumonia cough');
    expect(browse.busy).toBe(false);
  });

  it('cancels a query that a newer keystroke superseded, and shows only the newer answer', async () => {
    const { source, waiting } = slowSource();
    const browse = new DatasetBrowser(source);
    browse.setText('pne');
    browse.setText('pneu');
    expect(waiting.map((w) => w.signal?.aborted)).toEqual([true, false]);

    // The superseded answer, arriving late, is not shown.
    waiting[0]!.answer({ result: result(40), items: [] });
    await Promise.resolve();
    await Promise.resolve();
    expect(browse.result).toBeNull();
    expect(browse.busy).toBe(true);

    waiting[1]!.answer({ result: result(7), items: [] });
    await Promise.resolve();
    await Promise.resolve();
    expect(browse.result?.total).toBe(7);
    expect(browse.resultText).toBe('pneu');
    expect(browse.busy).toBe(false);

    // A query answered is not cancelled by the next one.
    browse.setText('pneumonia');
    expect(waiting[1]!.signal?.aborted).toBe(false);
    expect(waiting[2]!.signal?.aborted).toBe(false);
  });
});
