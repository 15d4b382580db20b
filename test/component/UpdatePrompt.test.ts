import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import UpdatePrompt from '@/components/common/UpdatePrompt.svelte';

describe('UpdatePrompt', () => {
  it('shows nothing until a new version waits', () => {
    render(UpdatePrompt, { available: false, onreload: vi.fn(), onlater: vi.fn() });
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('announces the update without taking focus; Reload and Later do what they say', async () => {
    const user = userEvent.setup();
    let finish = () => {};
    const onreload = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const onlater = vi.fn();
    render(UpdatePrompt, { available: true, onreload, onlater });
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Bedside is available.');
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByRole('button', { name: 'Later' })).toHaveAccessibleDescription(
      'The update is applied the next time you open Bedside.',
    );

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onreload).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled();
    finish();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(onlater).toHaveBeenCalledOnce();
  });
});
