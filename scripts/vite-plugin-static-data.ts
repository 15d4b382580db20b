// Serves the generated dataset files (static-data/generated/) at `<base>data/` in dev, and
// emits them into the build under `data/` so that they sit beside the app on any host and
// can be precached by the service worker like every other asset.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export const GENERATED_DIR = resolve(import.meta.dirname, '..', 'static-data', 'generated');
export const DATA_URL_PREFIX = 'data/';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function staticData(dir = GENERATED_DIR): Plugin {
  let base = '/';
  return {
    name: 'bedside-static-data',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const prefix = base + DATA_URL_PREFIX;
        if (!url.startsWith(prefix)) return next();
        const file = resolve(dir, decodeURIComponent(url.slice(prefix.length)));
        if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.end('Not found. Run `npm run data` to generate the dataset files.');
          return;
        }
        res.setHeader(
          'Content-Type',
          file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
        );
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const file of listFiles(dir)) {
        this.emitFile({
          type: 'asset',
          fileName: DATA_URL_PREFIX + relative(dir, file).split(sep).join('/'),
          source: readFileSync(file),
        });
      }
    },
  };
}
