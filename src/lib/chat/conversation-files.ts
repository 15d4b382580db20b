// What exporting and importing conversations need, as one module that loads on the first
// export or import (files-on-demand.ts), not with the Chat.
export { exportDamaged, exportFile } from './export';
export { importConversationFile } from './import-client';
export { importSections } from './import-file';
export { saveFile } from '../platform/save-file';
