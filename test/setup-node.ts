// Setup for the units that run in Node: an in-memory IndexedDB, nothing else. The DOM
// matchers and Testing Library (test/setup.ts) cost about 0.3 s a file to import and no
// Node unit uses them.
import 'fake-indexeddb/auto';
