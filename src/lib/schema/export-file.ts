// The envelope of a conversation export file. Its conversations are checked one by one
// (conversation.ts) so that one broken conversation does not cost the others.
import * as v from 'valibot';
import { MAX_CONVERSATIONS_PER_FILE } from './limits';

export const EXPORT_FORMAT = 'bedside-conversations';
export const EXPORT_VERSION = 1;

export const ExportEnvelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT, 'this is not a Bedside conversation export'),
  version: v.literal(EXPORT_VERSION, 'version'),
  exportedAt: v.optional(v.unknown()),
  conversations: v.pipe(
    v.array(v.unknown(), 'the file has no list of conversations'),
    v.maxLength(
      MAX_CONVERSATIONS_PER_FILE,
      (issue) =>
        `the file holds ${issue.received.replace(/\B(?=(\d{3})+$)/g, ',')} conversations, more than the ${MAX_CONVERSATIONS_PER_FILE.toLocaleString('en-US')} that can be imported at once: export them in smaller files`,
    ),
  ),
});

export type ExportEnvelope = v.InferOutput<typeof ExportEnvelopeSchema>;
