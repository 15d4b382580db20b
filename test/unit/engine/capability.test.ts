import { describe, expect, it } from 'vitest';
import {
  adapterLabel,
  detectCapability,
  type AdapterLike,
  type NavigatorLike,
} from '@/lib/engine/capability';

const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36';
const PHONE_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/156.0 Mobile Safari/537.36';

function adapter(features: string[], info: Partial<NonNullable<AdapterLike['info']>>): AdapterLike {
  return {
    features: new Set(features),
    limits: { maxStorageBufferBindingSize: 1 << 30, maxBufferSize: 2 ** 32 },
    info: { vendor: '', architecture: '', device: '', description: '', ...info },
  };
}

describe('detectCapability', () => {
  it('reports a missing navigator.gpu with a reason', async () => {
    const cap = await detectCapability({ userAgent: DESKTOP_UA });
    expect(cap.status).toBe('no-webgpu');
    expect(cap.reason).toMatch(/does not provide WebGPU/);
    expect(cap.shaderF16).toBe(false);
  });

  it('reports a null adapter and a throwing requestAdapter differently', async () => {
    const none: NavigatorLike = {
      userAgent: DESKTOP_UA,
      gpu: { requestAdapter: async () => null },
    };
    expect((await detectCapability(none)).status).toBe('no-adapter');
    const broken: NavigatorLike = {
      userAgent: DESKTOP_UA,
      gpu: {
        requestAdapter: async () => {
          throw 'GPU process crashed'; // WebGPU errors are not always Error objects
        },
      },
    };
    const cap = await detectCapability(broken);
    expect(cap.status).toBe('error');
    expect(cap.reason).toContain('GPU process crashed');
  });

  it('reads SwiftShader as a software adapter without shader-f16', async () => {
    const nav: NavigatorLike = {
      userAgent: DESKTOP_UA,
      deviceMemory: 8,
      gpu: {
        requestAdapter: async () => adapter([], { vendor: 'google', architecture: 'swiftshader' }),
      },
    };
    const cap = await detectCapability(nav);
    expect(cap).toMatchObject({
      status: 'ok',
      isSoftware: true,
      shaderF16: false,
      maxStorageBufferBindingSize: 1 << 30,
      deviceMemoryGB: 8,
      isMobile: false,
    });
    expect(adapterLabel(cap)).toBe('google · swiftshader');
  });

  it('reads a phone GPU with shader-f16, through the older requestAdapterInfo()', async () => {
    const a: AdapterLike = {
      features: new Set(['shader-f16']),
      limits: { maxStorageBufferBindingSize: 256 << 20, maxBufferSize: 256 << 20 },
      requestAdapterInfo: async () => ({ vendor: 'qualcomm', architecture: 'adreno-7xx' }),
    };
    const cap = await detectCapability({
      userAgent: PHONE_UA,
      gpu: { requestAdapter: async () => a },
    });
    expect(cap).toMatchObject({
      status: 'ok',
      vendor: 'qualcomm',
      shaderF16: true,
      isSoftware: false,
      isMobile: true,
    });
  });
});
