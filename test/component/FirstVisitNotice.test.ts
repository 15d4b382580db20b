import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import FirstVisitNotice from '@/components/common/FirstVisitNotice.svelte';

beforeAll(() => {
  // jsdom has no <dialog> modality; give it the minimal behaviour the component relies on.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

describe('FirstVisitNotice', () => {
  it('lists what will be downloaded with sizes and closes on acknowledgement', async () => {
    const onclose = vi.fn();
    render(FirstVisitNotice, {
      items: [
        { what: 'The dataset', bytes: 4_200_000, note: 'Example dialogues' },
        { what: 'A model', bytes: [270_000_000, 1_900_000_000], note: 'You choose' },
      ],
      onclose,
    });
    // It opens after the frame that paints the page under it.
    const dialog = await screen.findByRole('dialog', { name: 'Welcome to Bedside' });
    expect(dialog).toHaveTextContent('The dataset — 4.2 MB');
    expect(dialog).toHaveTextContent('A model — 270.0 MB to 1.9 GB');
    expect(dialog).toHaveTextContent('Nothing you type ever leaves this device');
    await userEvent.click(screen.getByRole('button', { name: 'I understand' }));
    expect(onclose).toHaveBeenCalledOnce();
  });
});
