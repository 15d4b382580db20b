// @vitest-environment node
// A post's background lists (the conditions it has been diagnosed with, the medicines it
// takes, the r/AskDocs template's fields) say who asks, not what they ask about: a post that
// lists depression among five diagnoses before asking about missed appointments is no case
// for "is this depression", while a post asking about depression is.
import { describe, expect, it } from 'vitest';
import { withoutHistoryLists } from '@/lib/retrieval/history-lists';
import { createRetriever } from '@/lib/retrieval/retriever';
import { dialogue } from '../chat/fakes';
import { SMALL_POOL_OPTIONS } from './small-pool-options';

describe('withoutHistoryLists', () => {
  it('drops a list of diagnoses or medicines, to the end of its sentence', () => {
    const text = withoutHistoryLists(
      'I (23F) keep missing appointments. Diagnosed PTSD, Anxiety, Depression, Essential Tremor. Taking oxcarbazepine, clonazepam, melatonin. What can I do?',
    );
    expect(text).not.toMatch(/Depression|PTSD|clonazepam/);
    expect(text).toMatch(/keep missing appointments/);
    expect(text).toMatch(/What can I do\?/);
  });

  it("drops the template's background fields, keeps the question", () => {
    const text = withoutHistoryLists(
      'Age: 30\nAny existing relevant medical issues: T2 diabetes, high BP, GERD\nCurrent medications: metformin\nI have had a cough for 3 weeks',
    );
    expect(text).not.toMatch(/diabetes|GERD|metformin/);
    expect(text).toMatch(/cough for 3 weeks/);
  });

  it('keeps a diagnosis that is what the post asks about', () => {
    const text = 'I was diagnosed with Lyme disease last week. What should I expect?';
    expect(withoutHistoryLists(text)).toBe(text);
    expect(withoutHistoryLists('Can I stop my medication? I feel dizzy')).toBe(
      'Can I stop my medication? I feel dizzy',
    );
  });
});

const options = { ...SMALL_POOL_OPTIONS, leadWithoutHistory: true };

const listed = dialogue(
  'v2-1',
  'I (23F) keep sleeping through my appointments. Diagnosed PTSD, anxiety, depression, essential tremor. How do I wake up for them?',
  'Set several alarms and ask your clinic for afternoon appointments.',
);
const asked = dialogue(
  'v2-2',
  'Low for months, no motivation, is this depression? 30M',
  'It could be depression; see your doctor, who can screen you for it.',
);

describe('an opening without its background lists', () => {
  it('does not make a post about a condition it only lists', () => {
    const retriever = createRetriever([listed, asked], options);
    expect(
      retriever.search('feeling down for months, is this depression').map((m) => m.dialogue.id),
    ).toEqual(['v2-2']);
    const without = createRetriever([listed, asked], { ...options, leadWithoutHistory: false });
    expect(
      without.search('feeling down for months, is this depression').map((m) => m.dialogue.id),
    ).toContain('v2-1');
  });
});
