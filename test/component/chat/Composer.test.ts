import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Composer from '@/components/chat/Composer.svelte';

function setup(props: Partial<{ value: string; busy: boolean; error: string | null }> = {}) {
  const onsend = vi.fn();
  const onstop = vi.fn();
  const view = render(Composer, { value: '', onsend, onstop, ...props });
  return { onsend, onstop, view, box: screen.getByRole('textbox', { name: 'Message' }) };
}

describe('Composer', () => {
  it('Enter sends; Shift+Enter adds a line instead', async () => {
    const user = userEvent.setup();
    const { onsend, box } = setup();
    await user.type(box, 'first line{Shift>}{Enter}{/Shift}second line');
    expect(box).toHaveValue('first line\nsecond line');
    expect(onsend).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onsend).toHaveBeenCalledTimes(1);
    expect(box).toHaveValue('first line\nsecond line'); // the owner clears it, not the composer
  });

  it('does not send an empty message; Send is disabled until there is text', async () => {
    const user = userEvent.setup();
    const { onsend, box } = setup();
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    await user.type(box, '   {Enter}');
    expect(onsend).not.toHaveBeenCalled();
    await user.type(box, 'hello');
    expect(send).toBeEnabled();
    await user.click(send);
    expect(onsend).toHaveBeenCalledTimes(1);
    expect(box).toHaveFocus();
  });

  it('while answering, Stop replaces Send and Enter sends nothing', async () => {
    const user = userEvent.setup();
    const { onsend, onstop, box } = setup({ value: 'next question', busy: true });
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    await user.type(box, '{Enter}');
    expect(onsend).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onstop).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Esc to stop/)).toBeInTheDocument();
  });

  it('shows why a message was refused, tied to the field', () => {
    const { box } = setup({ value: 'x', error: 'Your message is too long for this model' });
    expect(screen.getByRole('alert')).toHaveTextContent('too long for this model');
    expect(box).toHaveAccessibleDescription(/too long for this model/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });
});
