// Puts the entry's stylesheet into index.html as a <style> element. The app shell's CSS is
// small (about 4 kB gzip) and every page needs it before its first paint: as a <link> it is a
// render-blocking request of its own (Lighthouse: "render-blocking requests"). Its hash is added
// to the Content Security Policy (vite-plugin-csp.ts); the views' own CSS still loads with
// their code.
import type { Plugin } from 'vite';

/** Replaces each `<link rel="stylesheet" href="…">` whose file is in `css` with its text. */
export function inlineStylesheets(
  html: string,
  base: string,
  css: ReadonlyMap<string, string>,
): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (tag, href: string) => {
    const text = href.startsWith(base) ? css.get(href.slice(base.length)) : undefined;
    // `</style` cannot occur in CSS that Vite emitted, but never let it end the element early.
    return text === undefined || /<\/style/i.test(text) ? tag : `<style>${text}</style>`;
  });
}

export function inlineCss(): Plugin {
  let base = '/';
  return {
    name: 'bedside-inline-css',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const css = new Map<string, string>();
        for (const file of Object.values(ctx.bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css'))
            css.set(file.fileName, String(file.source));
        }
        return inlineStylesheets(html, base, css);
      },
    },
  };
}
