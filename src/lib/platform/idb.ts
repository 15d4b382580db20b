// The one way Bedside opens its IndexedDB databases (through idb). A connection steps aside
// when another tab needs the database (`versionchange`: a newer schema, or a deletion such as
// another tab clearing the site's data), and the handle opens the database again on its next
// use, so this tab goes on working instead of failing with "The database connection is
// closing" until it is reloaded. An operation that finds its connection closed under it is run
// once more on a fresh one.
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

export interface DatabaseOptions<S extends DBSchema | unknown> {
  name: string;
  version: number;
  /** Creates or migrates the stores; also runs when the database is created again. */
  upgrade: NonNullable<OpenDBCallbacks<S>['upgrade']>;
  /** This tab wants a newer version while another tab holds the old one open: it waits. */
  onBlocked?: () => void;
  /**
   * This tab's connection was closed: for another tab (`versionchange`: an upgrade or a
   * deletion) or by the browser (`terminated`: storage cleared, disk error). The next use
   * opens it again.
   */
  onClosed?: (reason: 'versionchange' | 'terminated') => void;
}

/** A lazily opened database that reopens itself after another tab closed or deleted it. */
export interface Database<S extends DBSchema | unknown> {
  readonly name: string;
  /** The open connection, opening it (again) when there is none. */
  connection(): Promise<IDBPDatabase<S>>;
  /**
   * Runs `operation` on the connection. When it fails because the connection was closed
   * under it, the database is opened again and the operation runs once more.
   */
  run<T>(operation: (db: IDBPDatabase<S>) => Promise<T>): Promise<T>;
  /** Closes the connection; a later use opens it again. */
  close(): void;
}

/** The error a closed connection gives for a new transaction. */
function isClosedConnection(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'InvalidStateError';
}

/** Nothing is opened until the first use. */
export function openDatabase<S extends DBSchema | unknown>(
  options: DatabaseOptions<S>,
): Database<S> {
  let opening: Promise<IDBPDatabase<S>> | null = null;
  // Connections this handle saw closed (versionchange, terminated): an operation that failed
  // on one of them is worth one more try, whatever the error (often an aborted transaction).
  const closed = new WeakSet<IDBPDatabase<S>>();

  const forget = (which: Promise<IDBPDatabase<S>>) => {
    if (opening === which) opening = null;
  };

  function open(): Promise<IDBPDatabase<S>> {
    const request: Promise<IDBPDatabase<S>> = openDB<S>(options.name, options.version, {
      upgrade: options.upgrade,
      blocked: () => options.onBlocked?.(),
      blocking: (_current, _next, event) => {
        forget(request);
        // Closed inside the event, so the other tab is not even told it is blocked.
        (event.target as IDBDatabase | null)?.close();
        void request.then((db) => void closed.add(db));
        options.onClosed?.('versionchange');
      },
      terminated: () => {
        forget(request);
        void request.then((db) => closed.add(db));
        options.onClosed?.('terminated');
      },
    });
    // A failed open is not kept: the next use tries again.
    request.catch(() => forget(request));
    return request;
  }

  function connection(): Promise<IDBPDatabase<S>> {
    opening ??= open();
    return opening;
  }

  return {
    name: options.name,
    connection,
    async run(operation) {
      const current = connection();
      const db = await current;
      try {
        return await operation(db);
      } catch (error) {
        if (!closed.has(db) && !isClosedConnection(error)) throw error;
        // Closed without a word to this handle (e.g. close() on the raw connection).
        closed.add(db);
        forget(current);
        return operation(await connection());
      }
    },
    close() {
      const current = opening;
      opening = null;
      void current?.then(
        (db) => db.close(),
        () => {},
      );
    },
  };
}
