// What can go wrong while fetching or storing the dataset, as plain sentences a user can act
// on. Every failure is turned into a DataError with a `kind` the UI can branch on.

export type DataErrorKind =
  | 'offline' // the network request failed
  | 'http' // the server answered with an error status
  | 'corrupt' // a file's checksum, JSON or row shape is wrong
  | 'quota' // the browser refused to store more
  | 'blocked' // another tab holds the database open at an older version
  | 'outdated' // another tab upgraded the database; this tab must reload
  | 'unsupported' // no IndexedDB (private mode in some browsers)
  | 'aborted' // the import was cancelled
  | 'unknown';

export class DataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DataError';
  }
}

function errorName(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'name' in e) return String(e.name);
  return '';
}

/** True for a DOMException (or its fake-indexeddb twin) signalling a full disk or quota. */
export function isQuotaError(e: unknown): boolean {
  const name = errorName(e);
  const inner = typeof e === 'object' && e !== null && 'inner' in e ? errorName(e.inner) : '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

export const QUOTA_MESSAGE =
  'This browser refused to store the dataset: the storage quota is full. Free some space (for example delete a downloaded model in Models, or other sites’ data), then retry. The previous copy of the dataset, if any, is still usable.';

/** Classifies any thrown value into a DataError with a message for people. */
export function toDataError(e: unknown): DataError {
  if (e instanceof DataError) return e;
  const name = errorName(e);
  if (isQuotaError(e)) return new DataError('quota', QUOTA_MESSAGE, { cause: e });
  if (name === 'AbortError')
    return new DataError('aborted', 'The import was cancelled.', { cause: e });
  if (name === 'VersionError') {
    return new DataError(
      'outdated',
      'A newer version of Bedside is open in another tab and has updated the stored data. Reload this tab.',
      { cause: e },
    );
  }
  if (name === 'InvalidStateError' || name === 'UnknownError') {
    return new DataError(
      'unknown',
      `The browser's database stopped working (${name}). Reload the page and retry; if it persists, this browser may be in a private mode that disallows storage.`,
      { cause: e },
    );
  }
  const message = e instanceof Error ? e.message : String(e);
  return new DataError('unknown', `Something went wrong with the dataset: ${message}`, {
    cause: e,
  });
}
