import { describe, expect, it } from 'vitest';
import { dialogueExcerpt, excerpt, highlight, resultParts } from '@/lib/search/highlight';

const marked = (parts: { text: string; mark: boolean }[]) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('highlight', () => {
  it('marks whole words whose term matched, whatever their case', () => {
    expect(
      marked(highlight('Pneumonia, or walking pneumonia? Not pneumonitis.', ['pneumonia'])),
    ).toBe('[Pneumonia], or walking [pneumonia]? Not pneumonitis.');
  });

  it('keeps markup in the data as plain text parts', () => {
    const parts = highlight('<img src=x onerror=alert(1)> pain', ['pain']);
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: 'pain', mark: true },
    ]);
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlight('no match here', ['cough'])).toEqual([{ text: 'no match here', mark: false }]);
    expect(highlight('', ['cough'])).toEqual([]);
  });
});

describe('excerpt', () => {
  const long = `${'word '.repeat(100)}the cough started ${'after '.repeat(100)}`;

  it('cuts a window around the first match at word boundaries, with ellipses', () => {
    const parts = excerpt(highlight(long, ['cough']), 80);
    const text = marked(parts);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('the [cough] started');
    expect(text.length).toBeLessThanOrEqual(84);
    expect(text).not.toMatch(/…\S*wor\b|\bwo…/);
  });

  it('keeps short texts whole', () => {
    expect(excerpt(highlight('a short cough', ['cough']), 80)).toEqual(
      highlight('a short cough', ['cough']),
    );
  });
});

describe('dialogueExcerpt', () => {
  it('shows the first part of the dialogue that matched, and says which', () => {
    const d = {
      description: 'suggest treatment',
      turns: [
        { role: 'patient' as const, text: 'i feel unwell' },
        { role: 'doctor' as const, text: 'this sounds like pneumonia' },
      ],
    };
    const found = dialogueExcerpt(d, ['pneumonia']);
    expect(found.where).toBe('doctor');
    expect(marked(found.parts)).toBe('this sounds like [pneumonia]');
    expect(dialogueExcerpt(d, []).where).toBe('patient');
  });
});

describe('resultParts', () => {
  it('uses the first turn as title when there is no description, and excerpts the answer', () => {
    const view = resultParts(
      {
        description: '',
        turns: [
          { role: 'patient', text: 'Is walking pneumonia contagious?' },
          { role: 'doctor', text: 'Yes, mycoplasma pneumonia spreads by droplets.' },
        ],
      },
      ['pneumonia'],
    );
    expect(marked(view.title)).toBe('Is walking [pneumonia] contagious?');
    expect(view.where).toBe('doctor');
    expect(marked(view.excerpt)).toBe('Yes, mycoplasma [pneumonia] spreads by droplets.');
  });
});
