import { describe, expect, it } from 'vitest';
import {
  dynamicImports,
  entryScripts,
  firstLoadScripts,
  staticClosure,
  staticImports,
} from '../../scripts/lib/first-load';

describe('entryScripts', () => {
  it('finds module scripts and modulepreload links, nothing else', () => {
    const html = `<head>
      <script type="module" crossorigin src="/base/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/base/assets/vendor-b.js">
      <link rel="stylesheet" href="/base/assets/index.css">
      <link rel="manifest" href="/base/manifest.webmanifest">
      <script src="/legacy.js"></script>
    </head>`;
    expect(entryScripts(html)).toEqual(['/base/assets/index-a.js', '/base/assets/vendor-b.js']);
  });
});

describe('staticImports', () => {
  it('reads minified static imports and re-exports, and skips dynamic import()', () => {
    const js =
      'import{a as b}from"./chunk-1.js";import"./side.js";import*as n from\'./ns.js\';' +
      'const l=()=>import("./lazy.js");export{x}from"./re.js";const m=import.meta.url;' +
      'new Worker(new URL("./w.js",import.meta.url));';
    expect(staticImports(js)).toEqual(['./chunk-1.js', './side.js', './ns.js', './re.js']);
  });
});

describe('firstLoadScripts', () => {
  it('follows static imports once each, and never into a lazy chunk', async () => {
    const files: Record<string, string> = {
      'https://x.test/app/assets/index.js': 'import"./shared.js";import("./webllm.js")',
      'https://x.test/app/assets/vendor.js': 'import"./shared.js"',
      'https://x.test/app/assets/shared.js': 'export const s=1',
      'https://x.test/app/assets/webllm.js': 'huge',
    };
    const html =
      '<script type="module" src="/app/assets/index.js"></script><link rel="modulepreload" href="/app/assets/vendor.js">';
    const loaded = await firstLoadScripts(html, 'https://x.test/app/', async (url) => {
      const text = files[url];
      if (text === undefined) throw new Error(`no ${url}`);
      return text;
    });
    expect(loaded.map((f) => f.url.replace('https://x.test/app/assets/', ''))).toEqual([
      'index.js',
      'vendor.js',
      'shared.js',
    ]);
  });

  it('refuses a bare import a browser could not resolve', async () => {
    await expect(
      firstLoadScripts(
        '<script type="module" src="a.js"></script>',
        'https://x.test/',
        async () => 'import"svelte"',
      ),
    ).rejects.toThrow(/imports "svelte"/);
  });
});

describe('dynamicImports and staticClosure', () => {
  it('finds the chunks a view loads on demand, and what each brings beyond the first load', async () => {
    const files: Record<string, string> = {
      'https://x.test/a/index.js': 'import"./shared.js";const v=()=>import(`./ChatView.js`)',
      'https://x.test/a/shared.js': '',
      'https://x.test/a/ChatView.js': 'import"./shared.js";import"./triage.js"',
      'https://x.test/a/triage.js': '',
    };
    expect(dynamicImports(files['https://x.test/a/index.js']!)).toEqual(['./ChatView.js']);
    const closure = await staticClosure(
      ['https://x.test/a/ChatView.js'],
      async (url) => files[url]!,
      new Set(['https://x.test/a/index.js', 'https://x.test/a/shared.js']),
    );
    expect(closure.map((f) => f.url.slice('https://x.test/a/'.length))).toEqual([
      'ChatView.js',
      'triage.js',
    ]);
  });
});
