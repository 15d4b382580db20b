import { getContext, setContext } from 'svelte';
import { detectCapability, type Capability } from '../lib/engine/capability';

/** The WebGPU capability of this device, detected once per page load. */
export class CapabilityState {
  capability: Capability | null = $state.raw(null);
  readonly ready: Promise<Capability>;

  constructor(detect: () => Promise<Capability> = () => detectCapability()) {
    this.ready = detect().then((cap) => (this.capability = cap));
  }

  get hasWebGPU(): boolean | null {
    return this.capability ? this.capability.status === 'ok' : null;
  }
}

const KEY = Symbol('capability');
export const setCapability = (state: CapabilityState) => setContext(KEY, state);
export const useCapability = () => getContext<CapabilityState>(KEY);
