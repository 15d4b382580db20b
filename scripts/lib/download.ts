// Downloads a dataset file over HTTPS with a timeout, and says plainly why when it cannot.

export class DownloadError extends Error {
  constructor(
    readonly url: string,
    message: string,
    /** True when the network itself was unreachable (no point trying other files). */
    readonly offline = false,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function causeCode(e: unknown): string {
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur; depth++) {
    if (typeof cur === 'object' && cur !== null && 'code' in cur && typeof cur.code === 'string') {
      return cur.code;
    }
    cur = typeof cur === 'object' && cur !== null && 'cause' in cur ? cur.cause : null;
  }
  return '';
}

/** Fetches `url` into memory. Throws DownloadError with a readable reason. */
export async function download(
  url: string,
  options: { timeoutMs: number; fetch?: FetchLike },
): Promise<Uint8Array> {
  const get: FetchLike = options.fetch ?? ((u, init) => fetch(u, init));
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await get(url, { signal });
  } catch (e) {
    if (signal.aborted) {
      throw new DownloadError(url, `timed out after ${Math.round(options.timeoutMs / 1000)} s`);
    }
    const code = causeCode(e);
    const offline = NETWORK_CODES.has(code) || e instanceof TypeError;
    throw new DownloadError(
      url,
      offline
        ? `the network is unreachable${code ? ` (${code})` : ''}: are you offline?`
        : `failed: ${e instanceof Error ? e.message : String(e)}`,
      offline,
    );
  }
  if (!response.ok) {
    const hint =
      response.status === 404
        ? ' (the file may have moved: check static-data/datasets.json)'
        : response.status === 401 || response.status === 403
          ? ' (the file needs a login or was made private)'
          : '';
    throw new DownloadError(url, `the server answered HTTP ${response.status}${hint}`);
  }
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    if (signal.aborted) {
      throw new DownloadError(url, `timed out after ${Math.round(options.timeoutMs / 1000)} s`);
    }
    throw new DownloadError(url, `was cut off: ${e instanceof Error ? e.message : String(e)}`);
  }
}
