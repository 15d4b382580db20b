// Model answers are Markdown written by a language model, so they are untrusted input:
// render them with marked, then sanitize the HTML with DOMPurify before it reaches the page.
//
// Two layers, each enough on its own for the cases we know:
// 1. The marked renderer never emits raw HTML (it is shown as text), drops images (a remote
//    image is a network request that tells a server someone is chatting; only the alt text is
//    kept), renders task-list checkboxes as characters instead of <input>, and writes links
//    only for http(s) and mailto URLs, opening in a new tab with rel="noopener noreferrer".
// 2. DOMPurify, with an allow-list of tags and attributes and the same URL rule, removes
//    anything that slips through (event handlers, script/style/iframe/svg, forms, data: URLs).
//
// Cost: one marked pass plus one DOMPurify pass over the whole answer. Re-rendering a
// 2,000-token answer (~8,000 characters) takes a few milliseconds in a browser; the unit test
// keeps a loose bound on it. Identical input returns the cached output.

import DOMPurify, { type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { safeLinkTarget } from '../text/bidi';

const ALLOWED_TAGS = [
  'a',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'span',
  'strong',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
];
const ALLOWED_ATTR = ['href', 'title', 'target', 'rel', 'align', 'start', 'class'];
/** Only absolute http(s) and mailto links survive; everything else loses its href. */
const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
const CODE_CLASS = /^language-[\w+#.-]{1,40}$/;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Decodes the HTML character references a browser would decode inside an href. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * True when a link target is an absolute http(s) or mailto URL, after undoing the tricks
 * that hide `javascript:` (character references, percent-encoding, whitespace and control
 * characters, mixed case), and holds no hidden direction control or invisible character
 * (safeLinkTarget): such an address is not the one the reader sees, so it is not a link.
 */
export function isSafeHref(href: string): boolean {
  let value = decodeEntities(href);
  try {
    value = decodeURIComponent(value);
  } catch {
    // A stray % is not an attack; keep the entity-decoded value.
  }
  if (safeLinkTarget(value) === null) return false;
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  // eslint-disable-next-line no-control-regex
  value = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SAFE_URL.test(value);
}

function createMarked(): Marked {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    renderer: {
      // Raw HTML in the model's answer is shown as text, never interpreted.
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        return escapeHtml(text);
      },
      image({ text }: Tokens.Image): string {
        return text ? escapeHtml(text) : '';
      },
      checkbox({ checked }: Tokens.Checkbox): string {
        return checked ? '☑ ' : '☐ ';
      },
      link(token: Tokens.Link): string {
        const inner = this.parser.parseInline(token.tokens);
        if (!isSafeHref(token.href)) return inner;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(token.href)}"${title} target="_blank" rel="noopener noreferrer">${inner}</a>`;
      },
    },
  });
  return marked;
}

let markedInstance: Marked | null = null;
let purifierFor: { window: WindowLike; purifier: Purifier } | null = null;
let lastRender: { markdown: string; purifier: Purifier | null; html: string } | null = null;

function getPurifier(): Purifier | null {
  const win = (globalThis as { window?: WindowLike }).window;
  if (!win?.document) return null;
  if (purifierFor?.window === win) return purifierFor.purifier;
  // A private instance: hooks added here do not leak into other users of DOMPurify.
  const purifier = DOMPurify(win);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.hasAttribute('class')) {
      const cls = node.getAttribute('class') ?? '';
      if (node.tagName !== 'CODE' || !CODE_CLASS.test(cls)) node.removeAttribute('class');
    }
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      if (href && isSafeHref(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('href');
        node.removeAttribute('target');
        node.removeAttribute('rel');
      }
    }
  });
  purifierFor = { window: win, purifier };
  return purifier;
}

/**
 * Renders Markdown from the model to sanitized HTML, safe to assign to innerHTML.
 * Without a DOM (a Node script with no window) it returns the escaped text, with line breaks.
 */
export function renderMarkdown(markdown: string): string {
  const purifier = getPurifier();
  if (lastRender?.markdown === markdown && lastRender.purifier === purifier) return lastRender.html;
  let html: string;
  if (!purifier) {
    html = escapeHtml(markdown).replace(/\n/g, '<br>');
  } else {
    markedInstance ??= createMarked();
    const raw = markedInstance.parse(markdown, { async: false });
    html = purifier.sanitize(raw, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      // Non-URL attributes must be listed here, or DOMPurify tests their values against the
      // URL rule too and drops align="left" and start="3".
      ADD_URI_SAFE_ATTR: ['align', 'start'],
      ALLOWED_URI_REGEXP: SAFE_URL,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_TRUSTED_TYPE: false,
    });
  }
  lastRender = { markdown, purifier, html };
  return html;
}
