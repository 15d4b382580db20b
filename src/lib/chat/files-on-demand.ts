// Exporting and importing conversations (the JSON checks, the import worker's client, Markdown)
// load on the first menu action, not with the Chat: few visits use them (npm run bench:bundle).
// A failed load says so and what to do; the next action tries again.
import { errorText } from '../engine/errors';
import { lazy } from '../lazy';

export type FilesCode = typeof import('./conversation-files');

const files = lazy(() => import('./conversation-files'));

/** The export and import code, loading it on the first call; throws a readable Error. */
export function loadConversationFiles(): Promise<FilesCode> {
  return files.load().catch((error: unknown) => {
    throw new Error(
      `Exporting and importing could not be loaded (${errorText(error)}). Check the connection or reload the page, then try again.`,
    );
  });
}
