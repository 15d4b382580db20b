// Downloads manifest.json (bypassing the HTTP cache: it names the current version) and
// validates it; a damaged manifest is a DataError a person can act on.
import { DataError } from './errors';
import { fetchFile, type FetchFn } from './fetch-file';
import { ManifestError, parseManifest, type Manifest } from './manifest';

export async function fetchManifest(
  url: string,
  options: { fetch?: FetchFn | undefined; signal?: AbortSignal | undefined } = {},
): Promise<Manifest> {
  const bytes = await fetchFile(url, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    cache: 'no-cache',
  });
  try {
    return parseManifest(JSON.parse(new TextDecoder().decode(bytes)));
  } catch (e) {
    const why = e instanceof ManifestError ? e.message : 'it is not valid JSON';
    throw new DataError('corrupt', `The dataset manifest could not be read: ${why}.`, {
      cause: e,
    });
  }
}
