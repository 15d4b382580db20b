// What this browser and GPU can do, read once through WebGPU. Pure data: the model choice
// (registry) and the UI both read this record, neither touches navigator.gpu itself.

export type CapabilityStatus =
  | 'ok' // an adapter was found
  | 'no-webgpu' // navigator.gpu is missing: the browser does not ship WebGPU (or it is off)
  | 'no-adapter' // navigator.gpu exists but no adapter was granted (blocklisted GPU, flag off)
  | 'error'; // requestAdapter threw

export interface Capability {
  status: CapabilityStatus;
  /** Why WebGPU is unavailable, in words a user can act on. Null when status is 'ok'. */
  reason: string | null;
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** True for software adapters such as SwiftShader or a fallback adapter: slow. */
  isSoftware: boolean;
  shaderF16: boolean;
  maxStorageBufferBindingSize: number;
  maxBufferSize: number;
  /** navigator.deviceMemory in GB (Chromium only, capped at 8), or null when unknown. */
  deviceMemoryGB: number | null;
  isMobile: boolean;
  userAgent: string;
}

/** The slice of `navigator` that detection reads, so tests can hand in their own. */
export interface NavigatorLike {
  gpu?: { requestAdapter(options?: unknown): Promise<AdapterLike | null> };
  userAgent: string;
  deviceMemory?: number;
  userAgentData?: { mobile?: boolean };
}

export interface AdapterLike {
  features: { has(name: string): boolean };
  limits: { maxStorageBufferBindingSize: number; maxBufferSize: number };
  info?: AdapterInfoLike;
  isFallbackAdapter?: boolean;
  requestAdapterInfo?: () => Promise<AdapterInfoLike>;
}

interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

const MOBILE_UA = /Android|iPhone|iPad|iPod|Mobile/i;

export function isMobileUserAgent(
  nav: Pick<NavigatorLike, 'userAgent' | 'userAgentData'>,
): boolean {
  if (typeof nav.userAgentData?.mobile === 'boolean') return nav.userAgentData.mobile;
  return MOBILE_UA.test(nav.userAgent);
}

function base(nav: NavigatorLike): Capability {
  return {
    status: 'no-webgpu',
    reason: null,
    vendor: '',
    architecture: '',
    device: '',
    description: '',
    isSoftware: false,
    shaderF16: false,
    maxStorageBufferBindingSize: 0,
    maxBufferSize: 0,
    deviceMemoryGB: typeof nav.deviceMemory === 'number' ? nav.deviceMemory : null,
    isMobile: isMobileUserAgent(nav),
    userAgent: nav.userAgent,
  };
}

export async function detectCapability(
  nav: NavigatorLike = navigator as NavigatorLike,
): Promise<Capability> {
  const out = base(nav);
  if (!nav.gpu) {
    out.reason = 'This browser does not provide WebGPU (navigator.gpu is missing).';
    return out;
  }
  let adapter: AdapterLike | null;
  try {
    adapter = await nav.gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (error) {
    out.status = 'error';
    out.reason = `The browser refused a WebGPU adapter: ${String(error)}`;
    return out;
  }
  if (!adapter) {
    out.status = 'no-adapter';
    out.reason =
      'WebGPU is present but no GPU adapter was granted. The GPU may be blocklisted, or WebGPU is turned off in this browser.';
    return out;
  }
  let info: AdapterInfoLike = adapter.info ?? {};
  if (!adapter.info && adapter.requestAdapterInfo) {
    try {
      info = await adapter.requestAdapterInfo();
    } catch {
      info = {};
    }
  }
  out.status = 'ok';
  out.vendor = info.vendor ?? '';
  out.architecture = info.architecture ?? '';
  out.device = info.device ?? '';
  out.description = info.description ?? '';
  out.isSoftware =
    Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter) ||
    /swiftshader|llvmpipe|software|basic render/i.test(
      `${out.vendor} ${out.architecture} ${out.description}`,
    );
  out.shaderF16 = adapter.features.has('shader-f16');
  out.maxStorageBufferBindingSize = adapter.limits.maxStorageBufferBindingSize;
  out.maxBufferSize = adapter.limits.maxBufferSize;
  return out;
}

/** A one-line name for the adapter, e.g. "google · swiftshader". */
export function adapterLabel(cap: Capability): string {
  const parts = [cap.vendor, cap.architecture || cap.device].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'unnamed adapter';
}
