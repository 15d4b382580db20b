// The everyday questions of the judged retrieval sets with a triage level
// (test/fixtures/triage-everyday/README.md): what the Chat's similar-cases search gets, where a
// level above routine is a false alarm that also withholds the similar cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { halfOf, type SetName } from './retrieval-questions.ts';

export interface EverydayQuestion {
  /** The retrieval question's id (b13, l4…). */
  id: string;
  text: string;
  expected: 'emergency' | 'urgent' | 'routine';
  /** The labeller's note on a question not routine or debatable. */
  note?: string;
}

export const EVERYDAY: readonly EverydayQuestion[] = JSON.parse(
  readFileSync(
    join(
      import.meta.dirname,
      '..',
      '..',
      'test',
      'fixtures',
      'triage-everyday',
      'everyday-questions.json',
    ),
    'utf8',
  ),
);

/** The judged retrieval set a question belongs to (retrieval-questions.ts halfOf). */
export const everydayGroup = (q: EverydayQuestion): SetName => halfOf(q.id);
