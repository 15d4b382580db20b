// Fetches a file into memory, reporting bytes as they arrive, and turns network and HTTP
// failures into DataErrors a person can act on.
import { DataError } from './errors';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchFileOptions {
  fetch?: FetchFn;
  signal?: AbortSignal;
  cache?: RequestCache;
  /** Called with the bytes received so far. */
  onBytes?: (received: number) => void;
}

export async function fetchFile(url: string, options: FetchFileOptions = {}): Promise<Uint8Array> {
  const get = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
  let response: Response;
  try {
    response = await get(url, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
    });
  } catch (e) {
    if (options.signal?.aborted) throw new DataError('aborted', 'The download was cancelled.');
    throw new DataError(
      'offline',
      `Could not download ${url}: the network request failed. Check the connection and retry.`,
      { cause: e },
    );
  }
  if (!response.ok) {
    throw new DataError(
      'http',
      `Could not download ${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  const body = response.body;
  if (!body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    options.onBytes?.(bytes.byteLength);
    return bytes;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      options.onBytes?.(received);
    }
  } catch (e) {
    if (options.signal?.aborted) throw new DataError('aborted', 'The download was cancelled.');
    throw new DataError(
      'offline',
      `The download of ${url} was cut off after ${received} bytes. Check the connection and retry.`,
      { cause: e },
    );
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
