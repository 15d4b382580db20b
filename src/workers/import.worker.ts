// The dataset import's worker: one import per worker, then the page terminates it. All logic
// is in src/lib/data/import-service.ts.
import { importHandlers } from '../lib/data/import-service';
import { serve } from '../lib/platform/worker-port';

serve(self, importHandlers());
