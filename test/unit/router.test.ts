import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '@/lib/router';

describe('hash routing', () => {
  it('lands on Chat for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ view: 'chat', id: null, params: {} });
    expect(parseRoute('#/nowhere/else')).toEqual({ view: 'chat', id: null, params: {} });
  });

  it('reads the view, an id and query parameters', () => {
    expect(parseRoute('#/dataset/v2-1003?segment=askdocs&q=chest%20pain')).toEqual({
      view: 'dataset',
      id: 'v2-1003',
      params: { segment: 'askdocs', q: 'chest pain' },
    });
    expect(parseRoute('#about').view).toBe('about');
  });

  it('round-trips ids and parameters that need escaping', () => {
    const hash = href('chat', { id: 'a/b c', params: { ask: 'v1-3', q: 'x&y' } });
    expect(parseRoute(hash)).toEqual({
      view: 'chat',
      id: 'a/b c',
      params: { ask: 'v1-3', q: 'x&y' },
    });
  });
});
