// Serves the generated dataset files (static-data/generated/) at `<base>data/` in dev, and
// emits them into the build under `data/` so that they sit beside the app on any host.
//
// The build also writes each JSON file gzip-compressed beside it (`<file>.gz`, best level),
// for hosts that serve a precompressed copy (nginx `gzip_static`, most CDNs keep one cached).
// `vite preview`, which the e2e tests and the benches serve the build with, compresses every
// response anew instead (~0.4 s of CPU for these 6.4 MB on this machine, most of the first
// import's download): here it sends the stored copy, as such a host would. The URL and the
// bytes the app receives are the same either way, so the import and its checks do not change.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
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

/** The name of a file's precompressed copy in the build. */
export const gzipName = (name: string) => `${name}.gz`;

/**
 * A middleware that answers `<prefix><file>.json` with the file's precompressed copy in
 * `dir` (Content-Encoding: gzip) when the client accepts gzip; anything else goes on.
 */
export function servePrecompressed(dir: string, prefix: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    if (req.method !== 'GET' || !url.startsWith(prefix) || !url.endsWith('.json')) return next();
    if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
    const file = resolve(dir, gzipName(decodeURIComponent(url.slice(prefix.length))));
    if (!file.startsWith(dir + sep) || !existsSync(file)) return next();
    const body = readFileSync(file);
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', body.byteLength);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(body);
  };
}

export function staticData(dir = GENERATED_DIR): Plugin {
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'bedside-static-data',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      // Added now, so before vite's own compression and static files.
      server.middlewares.use(servePrecompressed(join(outDir, 'data'), base + DATA_URL_PREFIX));
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
        const fileName = DATA_URL_PREFIX + relative(dir, file).split(sep).join('/');
        const source = readFileSync(file);
        this.emitFile({ type: 'asset', fileName, source });
        if (!fileName.endsWith('.json')) continue;
        this.emitFile({
          type: 'asset',
          fileName: gzipName(fileName),
          source: gzipSync(source, { level: constants.Z_BEST_COMPRESSION }),
        });
      }
    },
  };
}
