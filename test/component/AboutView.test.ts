import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AboutView from '@/views/AboutView.svelte';
import { renderView, testApp } from './harness/app';

describe('AboutView', () => {
  it('names the licence of every model family offered, and states the model’s limits plainly', () => {
    renderView(testApp(), AboutView);
    const licences = screen.getByTestId('model-licences');
    const item = (licence: string) =>
      within(licences).getByRole('link', { name: licence }).closest('li')!;
    expect(item('Apache-2.0')).toHaveTextContent(
      /SmolLM2 360M Instruct, .*Qwen3 0\.6B.*Qwen3\.5 0\.8B.*Gemma 4 E2B.*Qwen3\.5 4B\./,
    );
    expect(item('MIT')).toHaveTextContent('MIT: Phi-4 mini Instruct.');
    expect(item('Llama 3.2 Community License')).toHaveTextContent(
      'Llama 3.2 Community License: Llama 3.2 1B Instruct, Llama 3.2 3B Instruct.',
    );
    expect(screen.getByText(/does not diagnose/)).toBeInTheDocument();
    expect(
      screen.getByText(/roughly one in three questions of published medical exams wrong/),
    ).toBeInTheDocument();
    expect(screen.getByText(/a line under the answer says so/)).toBeInTheDocument();
  });
});
