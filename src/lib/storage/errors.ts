// What went wrong with the browser's storage, in sentences that say what to do. The raw
// errors are useless to a reader ("QuotaExceededError: " with an empty message in Safari,
// "InvalidStateError: The database connection is closing."), and they differ per browser, so
// they are classified here once and every save or read failure is worded from this. Pure.

export type StorageErrorKind =
  /** The browser refused to store more (quota or a full disk). */
  | 'quota'
  /** The connection was closed under this tab (another tab upgraded or cleared storage). */
  | 'closed'
  /** The database or its store is gone (site data cleared while the page was open). */
  | 'deleted'
  | 'unknown';

export interface StorageProblem {
  kind: StorageErrorKind;
  /** One or two plain sentences: what happened and what to do. */
  message: string;
}

export type StorageAction = 'save' | 'read' | 'delete';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** DOMException codes: QUOTA_EXCEEDED_ERR, and Firefox's legacy NS_ERROR_DOM_QUOTA_REACHED. */
const QUOTA_CODES = new Set([22, 1014]);
const QUOTA_TEXT =
  /quota|(?:disk|storage|database)(?: or disk)? is full|full disk|no (?:space|room) left|not enough (?:disk )?space/i;
const CLOSED_TEXT =
  /connection (?:is )?clos|connection was closed|database (?:is )?closed|server lost|closing/i;
const DELETED_TEXT = /object stores? (?:was |were )?not found|no such (?:database|object store)/i;

interface Described {
  name: string;
  message: string;
  code: number | undefined;
}

function read(error: unknown): Described {
  if (typeof error === 'string') {
    // "QuotaExceededError: ..." as a string (errors that crossed a worker as text).
    const match = /^(\w+Error)\b:?\s*(.*)$/s.exec(error);
    return { name: match?.[1] ?? '', message: match ? match[2]! : error, code: undefined };
  }
  if (typeof error !== 'object' || error === null)
    return { name: '', message: String(error), code: undefined };
  const record = error as { name?: unknown; message?: unknown; code?: unknown };
  return {
    name: typeof record.name === 'string' ? record.name : '',
    message: typeof record.message === 'string' ? record.message : '',
    code: typeof record.code === 'number' ? record.code : undefined,
  };
}

/** The error and what it wraps: `cause` (Error), `inner` (fake-indexeddb), `error` (events). */
function chain(error: unknown): Described[] {
  const found: Described[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
    found.push(read(current));
    if (typeof current !== 'object') break;
    const c = current as { cause?: unknown; inner?: unknown; error?: unknown; target?: unknown };
    const target = c.target as { error?: unknown } | null | undefined;
    current = c.cause ?? c.inner ?? c.error ?? target?.error;
  }
  return found;
}

export function storageErrorKind(error: unknown): StorageErrorKind {
  const all = chain(error);
  const is = (test: (d: Described) => boolean) => all.some(test);
  if (
    is(
      (d) =>
        QUOTA_NAMES.has(d.name) ||
        (d.code !== undefined && QUOTA_CODES.has(d.code) && d.name !== '') ||
        QUOTA_TEXT.test(d.message),
    )
  )
    return 'quota';
  if (is((d) => d.name === 'NotFoundError' || DELETED_TEXT.test(d.message))) return 'deleted';
  if (
    is(
      (d) =>
        d.name === 'InvalidStateError' ||
        ((d.name === 'AbortError' || d.name === 'UnknownError') && CLOSED_TEXT.test(d.message)),
    )
  )
    return 'closed';
  return 'unknown';
}

const FAILED: Record<StorageAction, string> = {
  save: 'could not be saved',
  read: 'could not be read',
  delete: 'could not be deleted',
};

const KEEP = 'Export your conversations (Export all) to keep a copy of what is on screen';

/**
 * The error as sentences a person can act on. `subject` names what failed where "This" would
 * be vague ("This conversation could not be saved: …"). Never throws.
 */
export function describeStorageError(
  error: unknown,
  action: StorageAction = 'save',
  subject = 'This',
): StorageProblem {
  if (error instanceof StorageError) {
    // Worded already, with "This"; reworded from what it wraps when a subject is given.
    if (subject === 'This' || error.cause === undefined)
      return { kind: error.kind, message: error.message };
    return describeStorageError(error.cause, action, subject);
  }
  const kind = storageErrorKind(error);
  const what = `${subject} ${FAILED[action]}`;
  switch (kind) {
    case 'quota':
      return {
        kind,
        message: `${what}: this device has no storage space left for Bedside. ${KEEP}, then delete a downloaded model on the Models page or free space on the device, and try again.`,
      };
    case 'closed':
      return {
        kind,
        message: `${what}: the browser closed Bedside's storage, for example because another tab cleared this site's data or updated Bedside. ${KEEP}, then reload the page.`,
      };
    case 'deleted':
      return {
        kind,
        message: `${what}: Bedside's storage was deleted while the page was open, for example by clearing this site's data in another tab. ${KEEP}, then reload the page.`,
      };
    case 'unknown': {
      const first = chain(error)[0];
      const detail = [first?.name, first?.message].filter(Boolean).join(': ').slice(0, 200);
      return {
        kind,
        message: `${what}${detail ? ` (${detail})` : ''}. ${KEEP}, then reload the page and try again.`,
      };
    }
  }
}

/** A storage failure whose message is already worded for people (describeStorageError). */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Wraps a browser storage error (DOMException) as a StorageError; other errors pass through. */
export function toStorageError(error: unknown, action: StorageAction = 'save'): unknown {
  if (error instanceof StorageError) return error;
  const isDom = typeof DOMException !== 'undefined' && error instanceof DOMException;
  const kind = storageErrorKind(error);
  if (!isDom && kind === 'unknown') return error;
  const { message } = describeStorageError(error, action);
  return new StorageError(kind, message, { cause: error });
}
