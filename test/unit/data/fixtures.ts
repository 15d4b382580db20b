// Small hand-written datasets run through the real build pipeline (assemble), and a fake
// fetch serving the generated files, for store, search and component tests.
import { assemble, type LoadedDataset } from '@/lib/data/assemble';
import type { Manifest } from '@/lib/data/manifest';
import type { NormalizedDialogue, Turn } from '@/lib/data/normalize';

export const BASE_URL = 'http://bedside.test/data/';

function row(
  dataset: string,
  index: number,
  segment: string,
  turns: [string, string][],
  description = '',
): NormalizedDialogue {
  return {
    id: `${dataset}-${index}`,
    dataset,
    index,
    description,
    turns: turns.map(([role, text]): Turn => ({ role: role as Turn['role'], text })),
    segment,
    source: { file: `${dataset}.json`, row: index },
  };
}

const source = (id: string, segments: string[]): LoadedDataset['source'] => ({
  id,
  title: `Test set ${id}`,
  version: id,
  licence: 'test licence',
  provenance: `hand-written rows for ${id}`,
  homepage: 'https://example.org',
  segments: segments.map((segment) => ({
    segment,
    label: segment,
    description: `about ${segment}`,
  })),
});

/** Version 1: 3 + 5 dialogues. Version 2 changes one answer and adds a dialogue. */
export function fixtureDatasets(version: 1 | 2 = 1): LoadedDataset[] {
  const v1 = [
    row(
      'v1',
      0,
      'covid-scrape-2020',
      [
        ['patient', 'i have fever and a dry cough, could it be pneumonia?'],
        ['doctor', 'a chest x-ray would show pneumonia; see your doctor if breathless.'],
      ],
      'suggest treatment for pneumonia',
    ),
    row('v1', 1, 'covid-scrape-2020', [
      ['patient', 'is loss of smell a sign of covid?'],
      ['doctor', 'yes, it is common with covid-19; get tested and isolate.'],
    ]),
    row('v1', 2, 'covid-scrape-2020', [
      ['patient', 'my child has a rash after amoxicillin'],
      ['doctor', 'stop the antibiotic and call the pediatrician today.'],
    ]),
  ];
  const v2 = [
    row('v2', 0, 'askdocs', [
      ['patient', 'Walking pneumonia diagnosis, how long until I can run again?'],
      [
        'doctor',
        version === 1
          ? 'Usually two to three weeks after the cough settles.'
          : 'Wait until you can climb stairs without breathlessness.',
      ],
    ]),
    row('v2', 1, 'askdocs', [
      ['patient', 'Thank you for the reply! What about the lymphocytes?'],
      ['doctor', 'No'],
    ]),
    row('v2', 2, 'machine-translated', [
      ['patient', 'Doctor, my headache comes every morning with nausea.'],
      ['doctor', 'Migraine is possible; keep a headache diary and see a neurologist.'],
    ]),
    row('v2', 3, 'machine-translated', [
      ['patient', 'Doctor, I have chest pain when I climb stairs.'],
      ['doctor', 'Chest pain on exertion needs an ECG soon; call emergency services if it lasts.'],
    ]),
    row('v2', 4, 'machine-translated', [
      ['patient', 'Doctor, my headache comes every morning with nausea.'],
      ['doctor', 'Migraine is possible; keep a headache diary and see a neurologist.'],
    ]),
  ];
  if (version === 2) {
    v2.push(
      row('v2', 5, 'machine-translated', [
        ['patient', 'Doctor, my knee swells after running.'],
        ['doctor', 'Rest, ice and an X-ray if it does not settle within a week.'],
      ]),
    );
  }
  return [
    { source: source('v1', ['covid-scrape-2020']), dialogues: v1, inputs: [] },
    { source: source('v2', ['askdocs', 'machine-translated']), dialogues: v2, inputs: [] },
  ];
}

export interface Fixture {
  manifest: Manifest;
  /** Generated files by name (manifest.json and the dialogue files). */
  files: Map<string, Uint8Array>;
}

export async function buildFixture(version: 1 | 2 = 1): Promise<Fixture> {
  const { manifest, files } = await assemble(fixtureDatasets(version));
  return { manifest, files: new Map(files.map((f) => [f.path, f.bytes])) };
}

export type Fault = 'network' | 'cut' | 'hang' | 'http-500' | Uint8Array;

/**
 * A fetch over the fixture's files at BASE_URL. `fault(path)` may make a file fail: network
 * error, a body cut off midway, a request that never answers, a 500, or other bytes.
 */
export function fakeFetch(
  fixture: { files: Map<string, Uint8Array> },
  options: { fault?: (path: string) => Fault | undefined; calls?: string[] } = {},
) {
  return async (input: string, init?: RequestInit): Promise<Response> => {
    const path = input.startsWith(BASE_URL) ? input.slice(BASE_URL.length) : input;
    options.calls?.push(path);
    const fault = options.fault?.(path);
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (fault === 'hang') {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    }
    if (fault === 'http-500')
      return new Response('oops', { status: 500, statusText: 'Internal Server Error' });
    const bytes = typeof fault === 'object' ? fault : fixture.files.get(path);
    if (!bytes) return new Response('Not found', { status: 404, statusText: 'Not Found' });
    if (fault === 'cut') {
      const half = bytes.slice(0, Math.floor(bytes.length / 2));
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(half);
          controller.error(new TypeError('network changed'));
        },
      });
      return new Response(body, { status: 200 });
    }
    return new Response(bytes.slice(), { status: 200 });
  };
}
