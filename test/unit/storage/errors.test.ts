import { describe, expect, it } from 'vitest';
import {
  describeStorageError,
  StorageError,
  storageErrorKind,
  toStorageError,
} from '@/lib/storage/errors';

const dom = (name: string, message = '') => new DOMException(message, name);

describe('storageErrorKind', () => {
  it('recognises a full disk in every browser', () => {
    for (const error of [
      dom('QuotaExceededError'), // Safari: empty message
      dom('QuotaExceededError', 'The quota has been exceeded.'),
      dom('NS_ERROR_DOM_QUOTA_REACHED', 'Persistent storage maximum size reached'), // old Firefox
      dom('UnknownError', 'Encountered full disk while opening backing store for indexedDB.open.'),
      dom('UnknownError', 'Database or disk is full'),
      Object.assign(new Error('Transaction aborted'), {
        name: 'AbortError',
        inner: dom('QuotaExceededError'),
      }),
      new Error('write failed', { cause: dom('QuotaExceededError') }),
      { target: { error: dom('QuotaExceededError') } }, // an IDB error event
      'QuotaExceededError: ', // crossed a worker as text
    ]) {
      expect(storageErrorKind(error)).toBe('quota');
    }
  });

  it('tells a closed connection from a deleted database and from the rest', () => {
    expect(storageErrorKind(dom('InvalidStateError', 'The database connection is closing.'))).toBe(
      'closed',
    );
    expect(storageErrorKind(dom('AbortError', 'The connection was closed.'))).toBe('closed');
    expect(
      storageErrorKind(
        dom(
          'UnknownError',
          'Connection to Indexed Database server lost. Refresh the page to try again',
        ),
      ),
    ).toBe('closed');
    expect(
      storageErrorKind(dom('NotFoundError', 'One of the specified object stores was not found.')),
    ).toBe('deleted');
    expect(
      storageErrorKind(new Error('Conversation x no longer exists (deleted in another tab?)')),
    ).toBe('unknown');
    for (const odd of [undefined, null, 42, {}, Symbol('x')])
      expect(storageErrorKind(odd)).toBe('unknown');
  });
});

describe('describeStorageError', () => {
  it('names what failed when asked, also for a StorageError worded already', () => {
    const quota = dom('QuotaExceededError');
    expect(describeStorageError(quota, 'save', 'This conversation').message).toMatch(
      /^This conversation could not be saved: this device has no storage space left for Bedside\./,
    );
    const wrapped = toStorageError(quota) as StorageError;
    expect(describeStorageError(wrapped, 'save', 'This conversation')).toEqual({
      kind: 'quota',
      message: describeStorageError(quota, 'save', 'This conversation').message,
    });
    expect(
      describeStorageError(dom('NotFoundError'), 'read', 'Your conversations').message,
    ).toMatch(/^Your conversations could not be read: Bedside's storage was deleted/);
  });

  it('says what to do about a full disk', () => {
    const { kind, message } = describeStorageError(dom('QuotaExceededError'));
    expect(kind).toBe('quota');
    expect(message).toBe(
      'This could not be saved: this device has no storage space left for Bedside. Export your conversations (Export all) to keep a copy of what is on screen, then delete a downloaded model on the Models page or free space on the device, and try again.',
    );
  });

  it('words a closed or deleted database, and anything else, with a way out', () => {
    expect(describeStorageError(dom('InvalidStateError', 'closing'), 'read').message).toBe(
      "This could not be read: the browser closed Bedside's storage, for example because another tab cleared this site's data or updated Bedside. Export your conversations (Export all) to keep a copy of what is on screen, then reload the page.",
    );
    expect(describeStorageError(dom('NotFoundError'), 'delete').message).toMatch(
      /^This could not be deleted: Bedside's storage was deleted while the page was open.*reload the page\.$/,
    );
    expect(describeStorageError(new TypeError('x is undefined')).message).toBe(
      'This could not be saved (TypeError: x is undefined). Export your conversations (Export all) to keep a copy of what is on screen, then reload the page and try again.',
    );
    expect(describeStorageError(undefined).message).toMatch(/^This could not be saved\. Export/);
  });
});

describe('toStorageError', () => {
  it('wraps browser storage errors and lets the others through', () => {
    const quota = dom('QuotaExceededError');
    const wrapped = toStorageError(quota) as StorageError;
    expect(wrapped).toBeInstanceOf(StorageError);
    expect(wrapped.kind).toBe('quota');
    expect(wrapped.cause).toBe(quota);
    expect(describeStorageError(wrapped)).toEqual({ kind: 'quota', message: wrapped.message });
    const other = new Error('Conversation x no longer exists');
    expect(toStorageError(other)).toBe(other);
    expect(toStorageError(wrapped)).toBe(wrapped);
  });
});
