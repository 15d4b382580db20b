import { detectCapability, type Capability } from '../lib/engine/capability';
import { defineContext } from './context';

/** The WebGPU capability of this device, detected once per page load. */
export class CapabilityState {
  #capability: Capability | null = $state.raw(null);
  readonly ready: Promise<Capability>;

  /**
   * The real detection starts in a task of its own: asking for a GPU adapter costs a few
   * milliseconds of main thread before it is asynchronous (more on a slow phone), which were
   * part of the task that evaluates the app's code (Lighthouse's Total Blocking Time).
   */
  constructor(
    detect: () => Promise<Capability> = () =>
      new Promise((resolve) => setTimeout(resolve, 0)).then(() => detectCapability()),
  ) {
    this.ready = detect().then((cap) => (this.#capability = cap));
  }

  /** Null until detected. */
  get capability(): Capability | null {
    return this.#capability;
  }

  get hasWebGPU(): boolean | null {
    return this.#capability ? this.#capability.status === 'ok' : null;
  }
}

export const capabilityContext = defineContext<CapabilityState>('CapabilityState');
