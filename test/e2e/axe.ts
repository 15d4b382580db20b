// axe-core on the page as it is: fails on any 'serious' or 'critical' violation and prints
// each one with the elements it concerns. axe is injected as a script tag, which the app's
// Content Security Policy would refuse: specs that use it set test.use({ bypassCSP: true }).
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { expect } from './fixtures';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const BLOCKING = new Set(['serious', 'critical']);

function describe(where: string, violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n')
    .replace(/^/, `${where}:\n`);
}

/** Runs axe on the page as it is; fails on serious or critical violations. At phone width,
 * also fails when the page scrolls sideways (tables and code scroll in their own box). */
export async function checkA11y(page: Page, where: string): Promise<void> {
  // Rows below the fold skip rendering (content-visibility: auto, the Dataset's results), and a
  // skipped row's colour transition after a theme switch waits until the row renders: axe read a
  // <mark>'s old-theme text colour on the new theme's background (a false 1.23 contrast, once in
  // CI at 360 px). A person sees the row only once it renders, so render everything while axe
  // reads, and put the page back after.
  const unskip = await page.addStyleTag({
    content: '* { content-visibility: visible !important; }',
  });
  // Right after a colour-scheme switch, every colour runs a 0.01 ms transition (reduced motion
  // shortens transitions to that, and with it every property transitions); on a loaded machine
  // one can still show the old theme's colour when axe reads it, a false contrast failure seen
  // in CI even two frames later. So: wait until no transition runs, then two frames.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
    null,
    { polling: 'raf', timeout: 10_000 },
  );
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${where}: the page is wider than the screen`).toBeLessThanOrEqual(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe.run({
      resultTypes: ['violations'],
    }),
  );
  await unskip.evaluate((style) => style.parentNode?.removeChild(style));
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const minor = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (minor.length > 0) console.log(describe(`${where} (minor, not failing)`, minor));
  expect(blocking, describe(where, blocking)).toEqual([]);
}
