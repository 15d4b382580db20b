import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import FollowUpCheck from '@/components/chat/FollowUpCheck.svelte';
import { followUpFor, type FollowUp } from '@/lib/safety/triage';

const chest = followUpFor('my chest is a bit sore') as FollowUp;

function setup(answers: Record<string, boolean> = {}, followUp: FollowUp = chest) {
  const onanswer = vi.fn();
  const onskip = vi.fn();
  const view = render(FollowUpCheck, { followUp, answers, onanswer, onskip });
  return { onanswer, onskip, view };
}

/** The Yes/No group of one question, found by the question's text. */
const groupFor = (text: string) => screen.getByRole('group', { name: text });

describe('FollowUpCheck', () => {
  it('is a fieldset titled for the domain, with a labelled yes/no pair per question', () => {
    setup();
    const fieldset = screen.getByRole('group', { name: chest.title });
    expect(fieldset.tagName).toBe('FIELDSET');
    expect(fieldset).toHaveAccessibleDescription(/skip them/);
    for (const q of chest.questions) {
      const pair = groupFor(q.text);
      expect(within(pair).getByRole('button', { name: 'Yes' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
      expect(within(pair).getByRole('button', { name: 'No' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    }
  });

  it('says what the last answer changed in a polite status, empty before any answer', async () => {
    const { view } = setup();
    expect(screen.getByRole('status').textContent).toBe('');
    await view.rerender({ outcome: 'Your answer points to an emergency.' });
    expect(screen.getByRole('status')).toHaveTextContent('Your answer points to an emergency.');
  });

  it('reports a tap with the question id and the answer', async () => {
    const user = userEvent.setup();
    const { onanswer } = setup();
    const [first, second] = chest.questions;
    await user.click(within(groupFor(first!.text)).getByRole('button', { name: 'Yes' }));
    await user.click(within(groupFor(second!.text)).getByRole('button', { name: 'No' }));
    expect(onanswer.mock.calls).toEqual([
      [first!.id, true],
      [second!.id, false],
    ]);
  });

  it('shows the answers it is given as pressed buttons', () => {
    const [first, second] = chest.questions;
    setup({ [first!.id]: true, [second!.id]: false });
    expect(within(groupFor(first!.text)).getByRole('button', { name: 'Yes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(groupFor(first!.text)).getByRole('button', { name: 'No' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(groupFor(second!.text)).getByRole('button', { name: 'No' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('works from the keyboard: Tab reaches each answer, Enter and Space choose', async () => {
    const user = userEvent.setup();
    const { onanswer, onskip } = setup();
    await user.tab();
    expect(screen.getAllByRole('button', { name: 'Yes' })[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getAllByRole('button', { name: 'No' })[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(onanswer.mock.calls).toEqual([
      [chest.questions[0]!.id, true],
      [chest.questions[0]!.id, false],
    ]);
    for (let i = 0; i < chest.questions.length * 2 - 1; i++) await user.tab();
    expect(screen.getByRole('button', { name: 'Skip these questions' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onskip).toHaveBeenCalledTimes(1);
  });

  it('keeps ids unique when two checks are on screen', () => {
    setup();
    setup({}, followUpFor('my 2 year old has a fever of 38.5') as FollowUp);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getAllByTestId('follow-up').map((e) => e.dataset.domain)).toEqual([
      'chest-pain',
      'child-fever',
    ]);
  });
});
