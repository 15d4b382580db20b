import { DataStore } from '@/lib/data/store';
import { SearchClient } from '@/lib/search/client';
import { DatasetState } from '@/state/dataset.svelte';
import { BASE_URL, buildFixture, fakeFetch, type Fault } from '../../unit/data/fixtures';
import { InProcessWorker } from '../../unit/search/in-process-worker';

/** A DatasetState over the hand-written fixture, with the search worker run in-process. */
export async function fixtureState(
  options: { fault?: (path: string) => Fault | undefined; calls?: string[] } = {},
) {
  const fixture = await buildFixture(1);
  const store = new DataStore({ baseUrl: BASE_URL, fetch: fakeFetch(fixture, options) });
  const search = new SearchClient(() => new InProcessWorker());
  return { fixture, state: new DatasetState({ store, search }) };
}
