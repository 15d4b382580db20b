// The dataset import's helper: stores about half of the files while the import worker stores
// the others (src/lib/data/importer.ts, StoreJob). Started by the import worker, one job each.
import { storeHandlers } from '../lib/data/import-service';
import { serve } from '../lib/platform/worker-port';

serve(self, storeHandlers());
