import { detectCapability, type Capability } from '../lib/engine/capability';
import { defineContext } from './context';

/** The WebGPU capability of this device, detected once per page load. */
export class CapabilityState {
  #capability: Capability | null = $state.raw(null);
  readonly ready: Promise<Capability>;

  constructor(detect: () => Promise<Capability> = () => detectCapability()) {
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
