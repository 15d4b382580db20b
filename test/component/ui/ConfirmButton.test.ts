import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ConfirmButton from '@/components/ui/ConfirmButton.svelte';

describe('ConfirmButton', () => {
  it('moves focus to the question, and back to the button after Keep, for keyboard users', async () => {
    const user = userEvent.setup();
    const onconfirm = vi.fn();
    render(ConfirmButton, { label: 'Delete', confirmLabel: 'Delete the files', onconfirm });
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delete the files' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}'); // Keep
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    expect(onconfirm).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}'); // confirm
    expect(onconfirm).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
  });
});
