// Renders the SVG icons in public/ to the PNG sizes the web manifest and iOS need, with the
// Chromium the e2e tests use. Run once after changing an icon: `npm run icons`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PUBLIC = resolve(import.meta.dirname, '..', 'public');
const targets = [
  { svg: 'icon.svg', out: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', out: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', out: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const { svg, out, size } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(resolve(PUBLIC, svg), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
    );
    await page.screenshot({ path: resolve(PUBLIC, out), omitBackground: true });
    await page.close();
    console.log(`wrote public/${out} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
