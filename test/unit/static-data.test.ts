// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipName, servePrecompressed } from '../../scripts/vite-plugin-static-data';

const json = JSON.stringify({ rows: ['pneumonia'] });
let server: Server;
let origin = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-data-'));
  writeFileSync(join(dir, 'a.json'), json);
  writeFileSync(join(dir, gzipName('a.json')), gzipSync(json));
  writeFileSync(join(dir, 'plain.json'), json);
  const serve = servePrecompressed(dir, '/base/data/');
  server = createServer((req, res) => serve(req, res, () => res.writeHead(418).end('next')));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => server.close());

function fetchRaw(path: string, encoding: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) =>
      get(`${origin}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (p: Buffer) => parts.push(p));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts),
          }),
        );
      }).on('error', reject),
  );
}

describe('servePrecompressed', () => {
  it('answers a JSON file with its stored gzip copy when gzip is accepted', async () => {
    const res = await fetchRaw('/base/data/a.json?v=1', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.body).toEqual(gzipSync(json));
  });

  it('leaves the request to the next handler otherwise', async () => {
    expect((await fetchRaw('/base/data/a.json', 'identity')).body.toString()).toBe('next');
    expect((await fetchRaw('/base/data/plain.json', 'gzip')).body.toString()).toBe('next');
    expect((await fetchRaw('/other/a.json', 'gzip')).body.toString()).toBe('next');
    expect((await fetchRaw('/base/data/..%2f..%2fetc.json', 'gzip')).body.toString()).toBe('next');
  });
});
