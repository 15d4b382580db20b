// The dataset import's worker: one import per worker, then the page terminates it. It starts
// a helper worker that stores about half of the files in parallel. All logic is in
// src/lib/data/import-service.ts.
import { importHandlers } from '../lib/data/import-service';
import { serve } from '../lib/platform/worker-port';

serve(
  self,
  importHandlers({
    createHelper: () =>
      new Worker(new URL('./import-helper.worker.ts', import.meta.url), {
        type: 'module',
        name: 'import helper',
      }),
  }),
);
