import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BarChart from '@/components/ui/BarChart.svelte';

describe('BarChart', () => {
  it('is one image named by its caption, described by every value; a missing value is a gap', () => {
    const { container } = render(BarChart, {
      caption: 'Decode speed of each reply',
      description: 'a: 3 tok/s; b: no timing; c: 0 tok/s',
      bars: [
        { key: 'a', value: 3, title: 'a: 3 tok/s' },
        { key: 'b', value: null, title: 'b: no timing' },
        { key: 'c', value: 0, title: 'c: 0 tok/s' },
      ],
      counts: true,
      guide: 1.5,
      legend: 'Dashed line: median 1.5 tok/s',
    });
    const chart = screen.getByRole('img', { name: 'Decode speed of each reply' });
    expect(chart).toHaveAccessibleDescription('a: 3 tok/s; b: no timing; c: 0 tok/s');
    expect(container.querySelectorAll('rect.bar')).toHaveLength(2);
    // Only values above zero are written over their bars.
    expect([...container.querySelectorAll('text.count')].map((t) => t.textContent)).toEqual(['3']);
    expect(container.querySelector('line.guide')).not.toBeNull();
    expect(screen.getByText('Dashed line: median 1.5 tok/s')).toBeInTheDocument();
  });

  it('gives two charts on one page their own ids', () => {
    const bars = [{ key: 1, value: 1, title: 'one' }];
    render(BarChart, { caption: 'First', description: 'one', bars });
    render(BarChart, { caption: 'Second', description: 'one', bars });
    expect(screen.getByRole('img', { name: 'First' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Second' })).toBeInTheDocument();
  });
});
