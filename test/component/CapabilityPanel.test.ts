import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CapabilityPanel from '@/components/common/CapabilityPanel.svelte';
import type { Capability } from '@/lib/engine/capability';

const swiftshader: Capability = {
  status: 'ok',
  reason: null,
  vendor: 'google',
  architecture: 'swiftshader',
  device: '',
  description: '',
  isSoftware: true,
  shaderF16: false,
  maxStorageBufferBindingSize: 1_073_741_824,
  maxBufferSize: 4_294_967_296,
  deviceMemoryGB: null,
  isMobile: false,
  userAgent: '',
};

describe('CapabilityPanel', () => {
  it('says while it is still checking', () => {
    render(CapabilityPanel, { capability: null });
    expect(screen.getByRole('status')).toHaveTextContent('Checking WebGPU');
  });

  it('shows the adapter, the f16 answer and a software-renderer warning', () => {
    render(CapabilityPanel, { capability: swiftshader });
    expect(screen.getByTestId('cap-webgpu')).toHaveTextContent('available');
    expect(screen.getByTestId('cap-adapter')).toHaveTextContent('google · swiftshader');
    expect(screen.getByTestId('cap-adapter')).toHaveTextContent('software renderer');
    expect(screen.getByTestId('cap-f16')).toHaveTextContent('only f32 models run');
    expect(screen.getByTestId('cap-storage')).toHaveTextContent('1.1 GB');
  });

  it('explains why WebGPU is unavailable', () => {
    render(CapabilityPanel, {
      capability: { ...swiftshader, status: 'no-webgpu', reason: 'navigator.gpu is missing' },
    });
    expect(screen.getByTestId('cap-webgpu')).toHaveTextContent(
      'unavailable — navigator.gpu is missing',
    );
    expect(screen.queryByTestId('cap-adapter')).toBeNull();
  });
});
