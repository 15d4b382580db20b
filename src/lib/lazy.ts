// A value loaded once, on first use (a view's code and state behind a dynamic import()). The
// value is kept, so what it holds lives on when its view is left; a failed load (a chunk that
// no longer exists after a deploy, a network error) is forgotten so that the next use retries.

export interface Lazy<T> {
  /** The value once loaded; null before. */
  readonly value: T | null;
  load(): Promise<T>;
}

export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    get value() {
      return value;
    },
    load() {
      pending ??= loader().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}
