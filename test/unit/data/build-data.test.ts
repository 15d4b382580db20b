// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildData,
  defaultDatasetDir,
  LOCAL_DATASET_DIR,
  MissingDataError,
  ROOT,
} from '../../../scripts/build-data';
import { DataValidationError } from '@/lib/data/normalize';
import { sha256Hex } from '@/lib/data/sha256';

let work: string;
let dataDir: string;
let outDir: string;
let sourcesFile: string;
const quiet = { info: () => {}, warn: () => {} };

const v1Rows = [
  { description: 'pneumonia?', utterances: ['patient: i cough.', 'doctor: get an x-ray.'] },
  { description: 'smell', utterances: ['patient: no smell.', 'doctor: test for covid.'] },
];
const hubRows = [{ instruction: 'i cough.', input: '', output: 'get an x-ray.' }];
const mtsCsv =
  'ID,section_header,section_text,dialogue\r\n0,CC,Cough.,"Doctor: What brings you in?\r\nPatient: A cough."\r\n';

function sources(over: { optionalPin?: string } = {}) {
  return {
    sources: [
      {
        id: 'v1',
        title: 'know_medical_dialogues v1',
        version: 'v1',
        required: true,
        licence: 'research only',
        provenance: 'test',
        homepage: 'https://huggingface.co/datasets/knowrohit07/know_medical_dialogues',
        segments: [{ from: 0, segment: 'covid-scrape-2020', label: 'COVID', description: 'x' }],
        files: [
          {
            local: 'kmd/v1/train_set_med.json',
            schema: 'description-utterances',
            rows: 2,
            download: {
              hub: { dataset: 'knowrohit07/know_medical_dialogues', file: 'hub_v1.json' },
              schema: 'instruction-input-output',
              rows: 1,
            },
          },
        ],
      },
      {
        id: 'mts',
        title: 'MTS-Dialog',
        version: 'x',
        required: false,
        licence: 'CC BY 4.0',
        provenance: 'test',
        homepage: 'https://github.com/abachaa/MTS-Dialog',
        segments: [{ from: 0, segment: 'clinic-snippet', label: 'Clinic', description: 'x' }],
        files: [
          {
            local: 'mts/train.csv',
            schema: 'mts-dialog-csv',
            rows: 1,
            download: {
              url: 'https://raw.githubusercontent.com/x/y/abc/train.csv',
              ...(over.optionalPin ? { sha256: over.optionalPin } : {}),
            },
          },
        ],
      },
    ],
  };
}

async function put(rel: string, content: string) {
  const path = join(dataDir, rel);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

function build(options: Parameters<typeof buildData>[0] = {}) {
  return buildData({
    datasetDir: dataDir,
    sourcesFile,
    outDir,
    allowDownload: false,
    log: quiet,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the build to fail');
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'bedside-build-'));
  dataDir = join(work, 'data');
  outDir = join(work, 'static-data', 'generated');
  sourcesFile = join(work, 'datasets.json');
  await writeFile(sourcesFile, JSON.stringify(sources()));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('scripts/build-data.ts', () => {
  it('builds the manifest and dialogue files from DATASET_DIR', async () => {
    await put('kmd/v1/train_set_med.json', JSON.stringify(v1Rows));
    await put('mts/train.csv', mtsCsv);
    const { manifest, written } = await build();
    expect(written).toBe(true);
    expect(manifest.counts.dataset).toEqual({ v1: 2, mts: 1 });
    expect(manifest.datasets[0]!.inputs[0]).toMatchObject({
      file: 'kmd/v1/train_set_med.json',
      origin: 'local',
      rows: 2,
      sha256: await sha256Hex(JSON.stringify(v1Rows)),
    });
    const names = (await readdir(outDir)).sort();
    expect(names).toEqual(['manifest.json', ...manifest.files.map((f) => f.path)].sort());
    expect(JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'))).toEqual(manifest);
    // No temporary folders are left beside the output.
    expect(await readdir(dirname(outDir))).toEqual(['generated']);
    // A second run with the same input rewrites nothing.
    expect((await build()).written).toBe(false);
  });

  it('says exactly which required file is missing and how to fix it', async () => {
    await put('mts/train.csv', mtsCsv);
    const e = await failure(build());
    expect(e).toBeInstanceOf(MissingDataError);
    expect(e.message).toContain(`Required dataset files are missing from DATASET_DIR (${dataDir})`);
    expect(e.message).toContain(join(dataDir, 'kmd/v1/train_set_med.json'));
    expect(e.message).toContain('downloads are off (DATASET_DOWNLOAD=0)');
    expect(e.message).toContain(
      'https://huggingface.co/datasets/knowrohit07/know_medical_dialogues/resolve/main/hub_v1.json',
    );
    expect(e.message).toContain('DATASET_DIR=/path/to/data npm run data');
    expect(existsSync(outDir)).toBe(false);
  });

  it('downloads a missing file from the hub into DATASET_DIR, in its own schema', async () => {
    await put('mts/train.csv', mtsCsv);
    const asked: string[] = [];
    const fetch = async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(hubRows));
    };
    const { manifest } = await build({ allowDownload: true, fetch });
    expect(asked).toEqual([
      'https://huggingface.co/datasets/knowrohit07/know_medical_dialogues/resolve/main/hub_v1.json',
    ]);
    expect(manifest.counts.dataset.v1).toBe(1);
    expect(manifest.datasets[0]!.inputs[0]).toMatchObject({
      file: 'kmd/v1/hub_v1.json',
      origin: 'download',
    });
    expect(JSON.parse(await readFile(join(dataDir, 'kmd/v1/hub_v1.json'), 'utf8'))).toEqual(
      hubRows,
    );
    // Next time the saved copy is used, with no network.
    const again = await build({ allowDownload: false });
    expect(again.manifest.version).toBe(manifest.version);
  });

  it('explains a failed download when offline', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }),
      });
    };
    const e = await failure(build({ allowDownload: true, fetch }));
    expect(e.message).toContain(
      'the download from https://huggingface.co/datasets/knowrohit07/know_medical_dialogues/resolve/main/hub_v1.json failed: the network is unreachable (ENOTFOUND): are you offline?',
    );
  });

  it('skips a missing optional source with a reason, and rejects a download with the wrong sha256', async () => {
    await put('kmd/v1/train_set_med.json', JSON.stringify(v1Rows));
    await writeFile(sourcesFile, JSON.stringify(sources({ optionalPin: 'a'.repeat(64) })));
    const warnings: string[] = [];
    const fetch = async () => new Response(mtsCsv);
    const { manifest } = await build({
      allowDownload: true,
      fetch,
      log: { info: () => {}, warn: (m) => warnings.push(m) },
    });
    expect(manifest.counts.dataset).toEqual({ v1: 2 });
    expect(manifest.skipped).toEqual([
      {
        id: 'mts',
        title: 'MTS-Dialog',
        reason: `mts/train.csv: the download from https://raw.githubusercontent.com/x/y/abc/train.csv has sha256 ${await sha256Hex(mtsCsv)}, expected ${'a'.repeat(64)}`,
      },
    ]);
    expect(warnings.join('\n')).toContain('skipped the optional source MTS-Dialog');
    expect(existsSync(join(dataDir, 'mts/train.csv'))).toBe(false);
  });

  it('stops on a malformed row, naming file, row and field, and leaves the output as it was', async () => {
    await put('kmd/v1/train_set_med.json', JSON.stringify(v1Rows));
    await put('mts/train.csv', mtsCsv);
    const before = await build();
    const broken = [v1Rows[0], { description: 'x', utterances: ['patient: hi', 'doctr: typo'] }];
    await put('kmd/v1/train_set_med.json', JSON.stringify(broken));
    const e = await failure(build());
    expect(e).toBeInstanceOf(DataValidationError);
    expect(e.message).toBe(
      'kmd/v1/train_set_med.json, row 1, field "utterances[1]": does not start with "patient:" or "doctor:" ("doctr: typo")',
    );
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.version).toBe(before.manifest.version);
    expect((await readdir(outDir)).length).toBe(before.manifest.files.length + 1);
    expect(await readdir(dirname(outDir))).toEqual(['generated']);
  });

  it('stops when a file has a different number of rows than declared', async () => {
    await put('kmd/v1/train_set_med.json', JSON.stringify([...v1Rows, v1Rows[0]]));
    const e = await failure(build());
    expect(e.message).toBe(
      'kmd/v1/train_set_med.json: has 3 rows, expected 2. If the source really changed, update "rows" in static-data/datasets.json.',
    );
  });

  it('validates datasets.json itself', async () => {
    const bad = sources();
    (bad.sources[1]!.files[0] as { schema: string }).schema = 'tsv';
    await writeFile(sourcesFile, JSON.stringify(bad));
    const e = await failure(build());
    expect(e.message).toBe(
      'static-data/datasets.json: sources[1].files[0].schema must be one of description-utterances, instruction-input-output, mts-dialog-csv, aci-bench-csv',
    );
  });

  describe('the dataset folder when DATASET_DIR is not set (issue 15 item 9)', () => {
    // A checkout at <work>/repo, so that ../shared/data is <work>/shared/data.
    let root: string;
    beforeEach(async () => {
      root = join(work, 'repo');
      await mkdir(root);
    });
    const hub = async (url: string) =>
      new Response(url.endsWith('.csv') ? mtsCsv : JSON.stringify(hubRows));
    const buildIn = (options: Parameters<typeof buildData>[0] = {}) =>
      buildData({ root, sourcesFile, outDir, log: quiet, ...options });

    it('is data-cache/ inside the repository when ../shared/data does not exist', async () => {
      expect(defaultDatasetDir(root)).toBe(join(root, LOCAL_DATASET_DIR));
      const info: string[] = [];
      await buildIn({
        allowDownload: true,
        fetch: hub,
        log: { info: (m) => info.push(m), warn: () => {} },
      });
      expect(existsSync(join(root, 'data-cache/kmd/v1/hub_v1.json'))).toBe(true);
      expect(existsSync(join(root, 'data-cache/mts/train.csv'))).toBe(true);
      expect(existsSync(join(work, 'shared'))).toBe(false);
      expect(info[0]).toBe(
        'dataset folder: data-cache/ in the repository (../shared/data does not exist; set DATASET_DIR to use another folder)',
      );
    });

    it('is ../shared/data when it exists (CI, the team machines): nothing changes there', async () => {
      dataDir = join(work, 'shared', 'data');
      await put('kmd/v1/train_set_med.json', JSON.stringify(v1Rows));
      expect(defaultDatasetDir(root)).toBe(dataDir);
      const { manifest } = await buildIn({ allowDownload: false });
      expect(manifest.datasets[0]!.inputs[0]).toMatchObject({ origin: 'local', rows: 2 });
      expect(existsSync(join(root, LOCAL_DATASET_DIR))).toBe(false);
    });

    it('is DATASET_DIR whenever that is set', async () => {
      await mkdir(join(work, 'shared', 'data'), { recursive: true });
      await put('kmd/v1/train_set_med.json', JSON.stringify(v1Rows));
      const { manifest } = await buildIn({ datasetDir: dataDir, allowDownload: false });
      expect(manifest.counts.dataset.v1).toBe(2);
    });

    it('is ignored by git', async () => {
      const ignored = (await readFile(join(ROOT, '.gitignore'), 'utf8')).split('\n');
      expect(ignored).toContain(`/${LOCAL_DATASET_DIR}/`);
    });
  });

  const shared = resolve(ROOT, '../shared/data');
  it.skipIf(!existsSync(join(shared, 'know_medical_dialogues/v2/know_merge.json')))(
    'builds the real sources with the documented row counts',
    async () => {
      const { manifest } = await buildData({
        datasetDir: shared,
        outDir,
        allowDownload: false,
        log: quiet,
      });
      expect(manifest.counts.dataset).toEqual({ v1: 482, v2: 6307, mts: 1701, aci: 207 });
      expect(manifest.counts.segment).toMatchObject({
        'covid-scrape-2020': 482,
        askdocs: 1003,
        'machine-translated': 5304,
      });
      expect(manifest.counts.flag['moderator-boilerplate']).toBeGreaterThanOrEqual(6);
      expect(manifest.counts.flag['contains-url']).toBeGreaterThanOrEqual(75);
      const { train, validation, test } = manifest.counts.split;
      expect(train / manifest.totals.dialogues).toBeCloseTo(0.8, 1);
      expect(validation / manifest.totals.dialogues).toBeCloseTo(0.1, 1);
      expect(test / manifest.totals.dialogues).toBeCloseTo(0.1, 1);
    },
  );
});
