// The schema of a dataset dialogue as the `bedside-data` database holds it. The import wrote
// it from a validated file, but a record can still be damaged afterwards (a disk error, an
// extension, a hand-edited database), and a view must then say so instead of hanging.
import * as v from 'valibot';
import type { Dialogue } from '../data/normalize';
import { QUALITY_FLAGS, type QualityFlag } from '../data/quality-flags';
import { MAX_ID_CHARS, MAX_LIST_ITEMS, MAX_MESSAGE_CHARS, MAX_TURNS } from './limits';
import { count0, id, list, text, uniqueStrings, type Same } from './primitives';

const TurnSchema = v.object(
  {
    role: v.picklist(['patient', 'doctor'], 'has a role other than "patient" or "doctor"'),
    text: text('text', MAX_MESSAGE_CHARS),
    speaker: v.optional(text('a speaker', MAX_ID_CHARS)),
  },
  'is not an object',
);

export const DialogueSchema = v.object(
  {
    id: id('an id', MAX_ID_CHARS),
    dataset: id('a dataset name', MAX_ID_CHARS),
    index: count0('index', Number.MAX_SAFE_INTEGER),
    description: text('a description', MAX_MESSAGE_CHARS),
    turns: v.pipe(list(TurnSchema, 'turn', MAX_TURNS), v.minLength(1, 'has no turns')),
    segment: text('a segment name', MAX_ID_CHARS),
    flags: v.pipe(
      list(
        v.picklist(QUALITY_FLAGS, 'has an unknown quality flag'),
        'quality flag',
        MAX_LIST_ITEMS,
      ),
      uniqueStrings<QualityFlag>('quality flag'),
    ),
    split: v.picklist(['train', 'validation', 'test'], 'has an unknown split'),
    source: v.object(
      {
        file: text('a source file', MAX_ID_CHARS),
        row: count0('source row', Number.MAX_SAFE_INTEGER),
        ref: v.optional(text('a source reference', MAX_ID_CHARS)),
      },
      'has a source that is not an object',
    ),
  },
  'is not an object',
);

const sameDialogue: Same<v.InferOutput<typeof DialogueSchema>, Dialogue> = true;
void sameDialogue;
