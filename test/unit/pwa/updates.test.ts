import { describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import {
  registerUpdates,
  UPDATE_CHECK_MS,
  type RegisterSW,
  type UpdateEnv,
} from '@/lib/pwa/updates';

function fakeRegister() {
  let options: RegisterSWOptions = {};
  const update = vi.fn(async () => {});
  const register: RegisterSW = (o) => {
    options = o;
    return update;
  };
  return { register: vi.fn(register), update, options: () => options };
}

function env(hasServiceWorker = true) {
  const stop = vi.fn();
  const tasks: [number, () => void][] = [];
  const e: UpdateEnv = {
    hasServiceWorker,
    every: (ms, task) => {
      tasks.push([ms, task]);
      return stop;
    },
  };
  return { env: e, tasks, stop };
}

describe('registerUpdates', () => {
  it('says when a new version waits, and applies it only when asked', async () => {
    const sw = fakeRegister();
    const onUpdateReady = vi.fn();
    const handle = registerUpdates(sw.register, { onUpdateReady }, env().env);
    expect(sw.register).toHaveBeenCalledOnce();
    expect(sw.update).not.toHaveBeenCalled();
    sw.options().onNeedRefresh?.();
    expect(onUpdateReady).toHaveBeenCalledOnce();
    await handle.apply();
    expect(sw.update).toHaveBeenCalledWith(true);
  });

  it('looks for a new version every hour once registered, until stopped', () => {
    const sw = fakeRegister();
    const e = env();
    const handle = registerUpdates(sw.register, { onUpdateReady: () => {} }, e.env);
    const registration = { update: vi.fn(async () => undefined) };
    sw.options().onRegisteredSW?.('sw.js', registration as unknown as ServiceWorkerRegistration);
    expect(e.tasks).toHaveLength(1);
    const [ms, task] = e.tasks[0]!;
    expect(ms).toBe(UPDATE_CHECK_MS);
    task();
    expect(registration.update).toHaveBeenCalledOnce();
    handle.stop();
    expect(e.stop).toHaveBeenCalled();
  });

  it('keeps the app working when service workers are missing, blocked or fail', async () => {
    const onUnavailable = vi.fn();
    const hooks = { onUpdateReady: vi.fn(), onUnavailable };

    const sw = fakeRegister();
    await registerUpdates(sw.register, hooks, env(false).env).apply();
    expect(sw.register).not.toHaveBeenCalled();
    expect(onUnavailable).toHaveBeenLastCalledWith('This browser offers no service workers.');

    const throwing: RegisterSW = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    await expect(registerUpdates(throwing, hooks, env().env).apply()).resolves.toBeUndefined();
    expect(onUnavailable).toHaveBeenLastCalledWith('SecurityError: The operation is insecure.');

    const rejected = fakeRegister();
    registerUpdates(rejected.register, hooks, env().env);
    rejected.options().onRegisterError?.(new TypeError('Failed to register a ServiceWorker'));
    expect(onUnavailable).toHaveBeenLastCalledWith('TypeError: Failed to register a ServiceWorker');
    expect(hooks.onUpdateReady).not.toHaveBeenCalled();
  });
});
