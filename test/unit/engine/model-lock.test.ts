import { describe, expect, it, vi } from 'vitest';
import { CancelledError } from '@/lib/engine/engine';
import {
  modelLockName,
  ModelBusyError,
  whenModelIdle,
  withModelLock,
} from '@/lib/engine/model-lock';
import { FakeLocks } from './fake-locks';

const ID = 'SmolLM2-360M-Instruct-q4f32_1-MLC';

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('withModelLock', () => {
  it('runs at once when no other tab holds the model', async () => {
    const locks = new FakeLocks();
    const onWaiting = vi.fn();
    expect(await withModelLock(ID, async () => 'loaded', { locks, onWaiting })).toBe('loaded');
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('a second tab says it waits, then runs after the first tab finishes', async () => {
    const locks = new FakeLocks();
    const first = deferred();
    const order: string[] = [];
    const tabA = withModelLock(
      ID,
      async () => {
        order.push('A starts');
        await first.promise;
        order.push('A done');
      },
      { locks },
    );
    const onWaiting = vi.fn(() => order.push('B waits'));
    const tabB = withModelLock(ID, async () => void order.push('B runs'), { locks, onWaiting });
    await vi.waitFor(() => expect(onWaiting).toHaveBeenCalled());
    expect(locks.held(modelLockName(ID))).toBe(true);
    first.resolve();
    await Promise.all([tabA, tabB]);
    expect(order).toEqual(['A starts', 'B waits', 'A done', 'B runs']);
  });

  it('cancelling while waiting gives up the place in the queue', async () => {
    const locks = new FakeLocks();
    const first = deferred();
    const tabA = withModelLock(ID, () => first.promise, { locks });
    const controller = new AbortController();
    const task = vi.fn(async () => {});
    const tabB = withModelLock(ID, task, {
      locks,
      signal: controller.signal,
      onWaiting: () => controller.abort(),
    });
    await expect(tabB).rejects.toBeInstanceOf(CancelledError);
    first.resolve();
    await tabA;
    expect(task).not.toHaveBeenCalled();
  });

  it('passes the task’s failure on, and runs plainly without Web Locks', async () => {
    await expect(
      withModelLock(ID, async () => Promise.reject(new Error('Failed to fetch')), {
        locks: new FakeLocks(),
      }),
    ).rejects.toThrow('Failed to fetch');
    expect(await withModelLock(ID, async () => 1, { locks: undefined })).toBe(1);
  });
});

describe('whenModelIdle', () => {
  it('refuses to touch a model another tab is downloading, and allows it afterwards', async () => {
    const locks = new FakeLocks();
    const download = deferred();
    const tabA = withModelLock(ID, () => download.promise, { locks });
    const remove = vi.fn(async () => 'deleted');
    await expect(whenModelIdle(ID, remove, locks)).rejects.toBeInstanceOf(ModelBusyError);
    expect(remove).not.toHaveBeenCalled();
    download.resolve();
    await tabA;
    expect(await whenModelIdle(ID, remove, locks)).toBe('deleted');
  });
});
