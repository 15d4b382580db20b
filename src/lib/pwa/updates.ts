// The service worker's life as the page sees it: register it, notice when a new version of
// Bedside is waiting, and apply it when the person chooses to. The registration function is
// passed in (virtual:pwa-register in the app, a fake in tests), so this file is plain logic.
//
// Registration can fail (service workers blocked by a policy or in some private modes, an
// insecure origin): the app then works as before, without offline use and without updates.
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export interface UpdateHooks {
  /** A new version is installed and waiting for the person's go-ahead. */
  onUpdateReady: () => void;
  /** No service worker: the app keeps working, but not offline. */
  onUnavailable?: (reason: string) => void;
}

export interface UpdateEnv {
  hasServiceWorker: boolean;
  /** For the periodic update check; returns a function that stops it. */
  every: (ms: number, task: () => void) => () => void;
}

export interface UpdateHandle {
  /** Activates the waiting version; the page reloads once it has taken control. */
  apply: () => Promise<void>;
  /** Stops the periodic update check. */
  stop: () => void;
}

/** A long-open tab looks for a new version this often (browsers also check on navigation). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

function browserEnv(): UpdateEnv {
  return {
    hasServiceWorker: typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
    every: (ms, task) => {
      const id = setInterval(task, ms);
      return () => clearInterval(id);
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function registerUpdates(
  register: RegisterSW,
  hooks: UpdateHooks,
  env: UpdateEnv = browserEnv(),
): UpdateHandle {
  let stopChecks = () => {};
  const none: UpdateHandle = { apply: async () => {}, stop: () => stopChecks() };
  if (!env.hasServiceWorker) {
    hooks.onUnavailable?.('This browser offers no service workers.');
    return none;
  }
  let update: (reloadPage?: boolean) => Promise<void>;
  try {
    update = register({
      immediate: false,
      onNeedRefresh: () => hooks.onUpdateReady(),
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        stopChecks();
        stopChecks = env.every(UPDATE_CHECK_MS, () => {
          registration.update().catch(() => {}); // offline: try again next time
        });
      },
      onRegisterError: (error: unknown) => hooks.onUnavailable?.(describe(error)),
    });
  } catch (error) {
    hooks.onUnavailable?.(describe(error));
    return none;
  }
  return {
    apply: () => update(true),
    stop: () => stopChecks(),
  };
}
