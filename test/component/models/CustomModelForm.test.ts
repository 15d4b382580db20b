import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import CustomModelForm from '@/components/models/CustomModelForm.svelte';
import {
  validateCustomModelInput,
  type Checked,
  type CustomModelInput,
} from '@/lib/engine/custom-models';
import type { CustomModel } from '@/lib/engine/registry';

describe('CustomModelForm', () => {
  it('shows each field’s error, focuses the first, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const onadd = vi.fn(async (input: CustomModelInput): Promise<Checked<CustomModel>> => {
      const checked = validateCustomModelInput(input, []);
      if (checked.ok) throw new Error('expected invalid input');
      return checked;
    });
    render(CustomModelForm, { onadd });
    await user.type(screen.getByLabelText('Model URL'), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Add model' }));

    const id = screen.getByLabelText('Model ID');
    expect(id).toHaveFocus();
    expect(id).toHaveAttribute('aria-invalid', 'true');
    expect(id).toHaveAccessibleDescription(/Enter a model ID/);
    expect(screen.getByLabelText('Model URL')).toHaveValue('not a url');
    expect(screen.getByLabelText('Model URL')).toHaveAccessibleDescription(
      /http:\/\/ or https:\/\//,
    );
    expect(screen.getByLabelText('Model library URL')).toHaveAccessibleDescription(/\.wasm/);
  });

  it('says where WebLLM will read the files, and clears the form once added', async () => {
    const user = userEvent.setup();
    const onadd = vi.fn(async (input: CustomModelInput) => ({
      ok: true as const,
      value: { ...input, contextWindow: 4096, precision: null, weightFormat: null, addedAt: 0 },
    }));
    render(CustomModelForm, { onadd });
    await user.type(screen.getByLabelText('Model ID'), 'Mine-q4f32_1-MLC');
    await user.type(screen.getByLabelText('Model URL'), 'https://huggingface.co/me/mine');
    expect(screen.getByLabelText('Model URL')).toHaveAccessibleDescription(
      'WebLLM will read the files from https://huggingface.co/me/mine/resolve/main/',
    );
    await user.type(
      screen.getByLabelText('Model library URL'),
      'https://raw.githubusercontent.com/me/libs/main/mine.wasm',
    );
    await user.click(screen.getByRole('button', { name: 'Add model' }));
    expect(onadd).toHaveBeenCalledWith({
      id: 'Mine-q4f32_1-MLC',
      modelUrl: 'https://huggingface.co/me/mine',
      modelLibUrl: 'https://raw.githubusercontent.com/me/libs/main/mine.wasm',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Added Mine-q4f32_1-MLC');
    expect(screen.getByLabelText('Model ID')).toHaveValue('');
  });
});
