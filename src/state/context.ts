// Typed component contexts that fail loudly: reading a context that no parent provided throws
// an error naming the state and where it comes from, instead of handing back `undefined` to
// fail later somewhere else. Built on Svelte's own createContext (keys are private objects).
import { createContext } from 'svelte';

export interface AppContext<T> {
  /** The value a parent provided; throws when none did. Call during component setup. */
  use(): T;
  /** Provides the value to this component and its children; returns it. */
  provide(value: T): T;
  /** Whether a parent provided one. */
  has(): boolean;
}

export function defineContext<T>(name: string): AppContext<T> {
  const [get, set, has] = createContext<T>();
  return {
    use() {
      if (!has()) {
        throw new Error(
          `${name} is missing: this component must be rendered inside the app (createApp() provides it) or a test harness that provides it.`,
        );
      }
      return get();
    },
    provide: (value) => set(value),
    has: () => has(),
  };
}
