// The search options the Chat relies on (src/lib/search/index.ts findSimilar).
import { describe, expect, it } from 'vitest';
import { createIndex, findSimilar, toSearchDoc } from '@/lib/search/index';
import { dialogue } from './fakes';

describe('findSimilar for the chat', () => {
  const index = createIndex();
  index.addAll(
    [
      dialogue('v1-1', 'I think I have pneumonia after a cold'),
      dialogue('v1-2', 'My knee is swollen after running'),
    ].map(toSearchDoc),
  );

  it('tolerates typos by default, and matches exact words only with fuzzy: false', () => {
    expect(findSimilar(index, 'pneumona', 3).map((h) => h.id)).toEqual(['v1-1']);
    expect(findSimilar(index, 'pneumona', 3, { fuzzy: false })).toEqual([]);
    expect(findSimilar(index, 'swollen knee', 3, { fuzzy: false }).map((h) => h.id)).toEqual([
      'v1-2',
    ]);
  });
});
