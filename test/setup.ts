import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/svelte';

// findBy… and waitFor wait up to 5 s, not 1 s: on a loaded 2-core machine a view can take over a
// second to render its first answer, which is slowness, not a failure of what is asserted.
configure({ asyncUtilTimeout: 5000 });
