import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StatsPanel from '@/components/dataset/StatsPanel.svelte';

describe('StatsPanel', () => {
  it('counts by segment and flag, and draws a length histogram with a text alternative', () => {
    render(StatsPanel, {
      total: 1500,
      facets: {
        segment: { askdocs: 1003, 'machine-translated': 497 },
        flag: { duplicate: 17, 'short-answer': 34 },
        lengths: [2, 10, 100, 300, 900, 150, 30, 5],
        flagged: 45,
      },
      segments: [
        { segment: 'askdocs', dataset: 'v2', label: 'Reddit r/AskDocs', description: 'x' },
        {
          segment: 'machine-translated',
          dataset: 'v2',
          label: 'Machine-translated',
          description: 'y',
        },
        { segment: 'clinic-snippet', dataset: 'mts', label: 'Clinic', description: 'z' },
      ],
    });
    expect(screen.getByRole('heading', { name: 'In these 1,500 dialogues' })).toBeInTheDocument();
    const bySegment = screen.getByRole('table', { name: 'By segment' });
    expect(
      within(bySegment).getByRole('row', { name: 'Reddit r/AskDocs 1,003' }),
    ).toBeInTheDocument();
    expect(within(bySegment).queryByText('Clinic')).toBeNull();
    const byFlag = screen.getByRole('table', { name: 'By quality flag (45 flagged)' });
    expect(within(byFlag).getByRole('row', { name: 'Very short answer 34' })).toBeInTheDocument();
    expect(
      within(byFlag).getByRole('row', { name: 'Moderator boilerplate 0' }),
    ).toBeInTheDocument();

    const chart = screen.getByRole('img', { name: 'Dialogue length in characters (bins from)' });
    expect(chart).toHaveAccessibleDescription(
      /<100 characters: 2; 100–200 characters: 10;.*10k\+ characters: 5/,
    );
    const bars = chart.querySelectorAll('rect');
    expect(bars).toHaveLength(8);
    const heights = [...bars].map((b) => Number(b.getAttribute('height')));
    expect(Math.max(...heights)).toBe(heights[4]);
  });
});
