import {
  registerUpdates,
  type RegisterSW,
  type UpdateEnv,
  type UpdateHandle,
} from '../lib/pwa/updates';

/** Whether a new version of Bedside waits, for the UpdatePrompt; Reload applies it. */
export class UpdateState {
  /** A new version is installed and the prompt is showing. */
  available = $state(false);
  /** Why offline use is off (no service worker); null when it works. */
  unavailable: string | null = $state(null);
  #handle: UpdateHandle | null = null;

  start(register: RegisterSW, env?: UpdateEnv): () => void {
    this.#handle = registerUpdates(
      register,
      {
        onUpdateReady: () => (this.available = true),
        onUnavailable: (reason) => (this.unavailable = reason),
      },
      env,
    );
    return () => this.#handle?.stop();
  }

  /** Activates the new version; the page reloads when it takes over. */
  async reload(): Promise<void> {
    await this.#handle?.apply();
  }

  /** Hides the prompt; the new version is used next time Bedside is opened. */
  later(): void {
    this.available = false;
  }
}
