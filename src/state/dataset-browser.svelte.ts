import type { Split } from '../lib/data/normalize';
import type { SearchQuery, SearchResult } from '../lib/search/protocol';
import type { FoundPage } from './dataset.svelte';

export interface BrowseFilters {
  dataset: string;
  segment: string;
  split: Split | '';
  hideFlagged: boolean;
}

/** What the list needs of DatasetState. */
export interface BrowseSource {
  readonly ready: boolean;
  /** `signal` is aborted when a newer query supersedes this one: its answer is not wanted. */
  findPage(query: SearchQuery, signal?: AbortSignal): Promise<FoundPage>;
}

/** The Dataset view's list: words, filters, page, and the dialogues shown. */
export class DatasetBrowser {
  text = $state('');
  filters: BrowseFilters = $state({ dataset: '', segment: '', split: '', hideFlagged: false });
  page = $state(0);
  readonly pageSize = 20;
  result: SearchResult | null = $state.raw(null);
  /**
   * The words `result` answers: the summary names these, not the box's text, so that a count
   * is never shown beside words it was not counted for while the next search runs.
   */
  resultText = $state('');
  /** The current page: each hit with its dialogue, in result order. */
  items: FoundPage['items'] = $state.raw([]);
  busy = $state(false);
  error: string | null = $state(null);
  readonly #data: BrowseSource;
  #seq = 0;
  /** Aborts the query under way when the next one is asked (a keystroke superseded it). */
  #asked: AbortController | null = null;

  constructor(data: BrowseSource) {
    this.#data = data;
  }

  get pageCount(): number {
    return this.result ? Math.max(1, Math.ceil(this.result.total / this.pageSize)) : 1;
  }

  setText(text: string): void {
    this.text = text;
    this.page = 0;
    void this.refresh();
  }

  setFilters(patch: Partial<BrowseFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.page = 0;
    void this.refresh();
  }

  goTo(page: number): void {
    this.page = Math.min(Math.max(0, page), this.pageCount - 1);
    void this.refresh();
  }

  /**
   * Runs the query; when answers overtake each other, the latest request wins. A query still
   * under way when the next is asked is cancelled: its page of dialogues is not read.
   */
  async refresh(): Promise<void> {
    if (!this.#data.ready) return;
    const seq = ++this.#seq;
    this.#asked?.abort();
    const asked = (this.#asked = new AbortController());
    this.busy = true;
    const f = this.filters;
    try {
      const query: SearchQuery = {
        text: this.text,
        filters: {
          ...(f.dataset ? { datasets: [f.dataset] } : {}),
          ...(f.segment ? { segments: [f.segment] } : {}),
          ...(f.split ? { splits: [f.split] } : {}),
          hideFlagged: f.hideFlagged,
        },
        offset: this.page * this.pageSize,
        limit: this.pageSize,
      };
      const { result, items } = await this.#data.findPage(query, asked.signal);
      if (seq !== this.#seq) return;
      this.result = result;
      this.resultText = query.text;
      this.items = items;
      this.error = null;
    } catch (e) {
      if (seq === this.#seq) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (seq === this.#seq) {
        this.busy = false;
        this.#asked = null;
      }
    }
  }
}
