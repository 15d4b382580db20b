import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeHtml, isSafeHref, renderMarkdown } from '@/lib/chat/markdown';

const ALLOWED = new Set([
  'A',
  'BLOCKQUOTE',
  'BR',
  'CODE',
  'DEL',
  'EM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SPAN',
  'STRONG',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** Everything a safe render must satisfy, checked on the parsed DOM, not on the string. */
function expectSafe(html: string): HTMLElement {
  const root = dom(html);
  for (const el of root.querySelectorAll('*')) {
    expect(ALLOWED.has(el.tagName), `<${el.tagName.toLowerCase()}> in ${html}`).toBe(true);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${attr.name} in ${html}`).toBe(false);
      expect(['href', 'title', 'target', 'rel', 'align', 'start', 'class']).toContain(attr.name);
    }
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href');
    if (href !== null) {
      expect(href, html).toMatch(/^(?:https?:\/\/|mailto:)/i);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  }
  expect(
    root.querySelectorAll(
      'img, script, style, iframe, svg, math, form, input, object, embed, link, meta, base',
    ),
  ).toHaveLength(0);
  return root;
}

const XSS: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['mixed-case script tag', '<ScRiPt>alert(1)</sCrIpT>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['style tag', '<style>body{display:none}</style>'],
  ['inline event handler', '<p onclick="alert(1)">click</p>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>x</details>'],
  [
    'form and input',
    '<form action="https://evil.example"><input name=q><button>go</button></form>',
  ],
  ['raw anchor javascript', '<a href="javascript:alert(1)">x</a>'],
  ['raw anchor data', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
  ['markdown link javascript', '[x](javascript:alert(1))'],
  ['markdown link mixed case', '[x](JaVaScRiPt:alert(1))'],
  ['markdown link decimal entity', '[x](&#106;avascript:alert(1))'],
  ['markdown link hex entity', '[x](&#x6A;&#x61;vascript:alert(1))'],
  ['markdown link entity colon', '[x](javascript&colon;alert(1))'],
  ['markdown link leading space', '[x](  javascript:alert(1))'],
  ['markdown link angle brackets', '[x](<javascript:alert(1)>)'],
  ['markdown link vbscript', '[x](vbscript:msgbox(1))'],
  ['markdown link data url', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['reference link javascript', '[x][1]\n\n[1]: javascript:alert(1)'],
  ['autolink javascript', '<javascript:alert(1)>'],
  ['link title breaking out', '[x](https://example.com "a\\" onmouseover=\\"alert(1)")'],
  ['remote image', '![tracking pixel](https://tracker.example/p.png)'],
  ['data image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['image inside link', '[![x](https://tracker.example/p.png)](https://example.com)'],
  ['html comment trick', '<!--><img src=x onerror=alert(1)>-->'],
  ['unterminated tag', '<img src=x onerror=alert(1)'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['base href', '<base href="https://evil.example/">'],
  ['math', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
];

describe('renderMarkdown: XSS payloads', () => {
  it.each(XSS)('neutralizes %s', (_name, payload) => {
    expectSafe(renderMarkdown(payload));
    expectSafe(renderMarkdown(`Some text before.\n\n${payload}\n\nAnd after.`));
    expectSafe(renderMarkdown(`- item with ${payload} inline`));
  });

  it('shows raw HTML as text instead of dropping it silently', () => {
    const root = expectSafe(renderMarkdown('Use <script>alert(1)</script> carefully'));
    expect(root.textContent).toContain('<script>alert(1)</script>');
  });

  it('keeps the link text when it removes an unsafe link', () => {
    const root = expectSafe(renderMarkdown('[click me](javascript:alert(1))'));
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent?.trim()).toBe('click me');
  });

  it('does not link an address with hidden direction controls, keeping its text (issue 15 item 7)', () => {
    const spoofed = [
      '[the report](https://example.org/\u202Etxt.exe)',
      '[the report](https://example.org/%E2%80%AEtxt.exe)',
      '[the report](https://exa\u2067mple.org/)',
      '<a href="https://example.org/&#x202E;txt.exe">the report</a>',
    ];
    for (const markdown of spoofed) {
      const root = expectSafe(
        renderMarkdown(`See ${markdown} or [the guide](https://example.org/guide).`),
      );
      expect(root.querySelectorAll('a')).toHaveLength(1);
      expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.org/guide');
      expect(root.textContent).toContain('the report');
    }
  });

  it('keeps only the alt text of an image, so nothing is fetched', () => {
    const root = expectSafe(renderMarkdown('![chest x-ray](https://example.com/xray.png)'));
    expect(root.textContent?.trim()).toBe('chest x-ray');
  });

  it('renders task lists without form controls', () => {
    const root = expectSafe(renderMarkdown('- [ ] drink water\n- [x] rest'));
    expect(root.textContent).toContain('☐ drink water');
    expect(root.textContent).toContain('☑ rest');
  });

  it('is safe at every point of a streamed answer', () => {
    const answer = [
      'Here is **advice** with a [link](https://cdc.gov) and <img src=x onerror=alert(1)>.',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '[bad](javascript:alert(1)) and <a href="javascript:alert(2)">raw</a>',
      '```',
      'unterminated fence <svg onload=alert(3)>',
    ].join('\n');
    for (let i = 1; i <= answer.length; i++) expectSafe(renderMarkdown(answer.slice(0, i)));
  });

  it('renders an unterminated code fence as code while the answer streams in', () => {
    const root = expectSafe(renderMarkdown('Try this:\n\n```js\nconst x = "<b>";\n'));
    const code = root.querySelector('pre code');
    expect(code?.textContent).toBe('const x = "<b>";\n');
    expect(code?.className).toBe('language-js');
    expect(root.querySelector('b')).toBeNull();
  });

  it('renders nested fences as text inside the outer block', () => {
    const root = expectSafe(renderMarkdown('````md\n```js\nalert(1)\n```\n````'));
    expect(root.querySelectorAll('pre')).toHaveLength(1);
    expect(root.querySelector('pre code')?.textContent).toBe('```js\nalert(1)\n```\n');
  });
});

describe('renderMarkdown: links', () => {
  it('opens safe links in a new tab without an opener or referrer', () => {
    const a = dom(renderMarkdown('[CDC](https://www.cdc.gov/ "Centers")')).querySelector('a');
    expect(a?.getAttribute('href')).toBe('https://www.cdc.gov/');
    expect(a?.getAttribute('title')).toBe('Centers');
    expect(a?.getAttribute('target')).toBe('_blank');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('links autolinks, bare www addresses and mailto', () => {
    const root = expectSafe(
      renderMarkdown('See <https://who.int>, www.nhs.uk and <mailto:help@example.org>.'),
    );
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://who.int', 'http://www.nhs.uk', 'mailto:help@example.org']);
  });

  it('drops relative and protocol-less links, which would navigate the app', () => {
    for (const md of ['[x](/settings)', '[x](#/models)', '[x](ftp://example.com)']) {
      const root = expectSafe(renderMarkdown(md));
      expect(root.querySelector('a'), md).toBeNull();
      expect(root.textContent?.trim()).toBe('x');
    }
  });
});

describe('renderMarkdown: ordinary Markdown', () => {
  it('renders emphasis, lists, code and quotes', () => {
    const root = expectSafe(
      renderMarkdown(
        [
          '## What to do',
          '',
          '**Rest** and *drink* fluids. ~~Antibiotics~~ do not help a cold.',
          '',
          '1. First',
          '2. Second',
          '',
          '- one',
          '- two',
          '',
          '> See a doctor if it gets worse.',
          '',
          'Take `paracetamol` as directed.',
          '',
          '---',
        ].join('\n'),
      ),
    );
    expect(root.querySelector('h2')?.textContent).toBe('What to do');
    expect(root.querySelector('strong')?.textContent).toBe('Rest');
    expect(root.querySelector('em')?.textContent).toBe('drink');
    expect(root.querySelector('del')?.textContent).toBe('Antibiotics');
    expect(root.querySelectorAll('ol > li')).toHaveLength(2);
    expect(root.querySelectorAll('ul > li')).toHaveLength(2);
    expect(root.querySelector('blockquote')?.textContent?.trim()).toBe(
      'See a doctor if it gets worse.',
    );
    expect(root.querySelector('p code')?.textContent).toBe('paracetamol');
    expect(root.querySelector('hr')).not.toBeNull();
  });

  it('keeps an ordered list start number', () => {
    expect(
      dom(renderMarkdown('3. third\n4. fourth')).querySelector('ol')?.getAttribute('start'),
    ).toBe('3');
  });

  it('renders GFM tables with alignment', () => {
    const root = expectSafe(
      renderMarkdown('| Dose | Age |\n|:-----|----:|\n| 5 ml | 2–5 |\n| 10 ml | 6–12 |'),
    );
    expect(root.querySelectorAll('table tbody tr')).toHaveLength(2);
    expect(root.querySelector('th')?.getAttribute('align')).toBe('left');
    expect(root.querySelectorAll('th')[1]?.getAttribute('align')).toBe('right');
  });

  it('escapes HTML special characters in text and code', () => {
    const root = expectSafe(renderMarkdown('5 < 6 & "quotes"\n\n```\na < b && c > d\n```'));
    expect(root.querySelector('p')?.textContent).toBe('5 < 6 & "quotes"');
    expect(root.querySelector('pre code')?.textContent).toBe('a < b && c > d\n');
  });

  it('drops a code language class that is not a plain language name', () => {
    const root = expectSafe(renderMarkdown('```js" onclick="alert(1)\nx\n```'));
    expect(root.querySelector('code')?.getAttribute('class') ?? '').not.toContain('onclick');
  });

  it('returns an empty string for empty input', () => {
    expect(renderMarkdown('')).toBe('');
  });
});

describe('renderMarkdown: speed', () => {
  it('re-renders a ~2,000-token answer quickly enough to follow streaming', () => {
    const paragraph =
      'Most **viral chest infections** get better on their own within 1 to 3 weeks. Rest, drink plenty of fluids and see [the NHS page](https://www.nhs.uk/) for details.\n\n- Sip water often\n- Use `paracetamol` for fever\n\n';
    const answer = paragraph.repeat(Math.ceil(8000 / paragraph.length)).slice(0, 8000);
    // Warm up once, then time 40 renders of growing prefixes, as streaming would.
    renderMarkdown(answer.slice(0, 100));
    const start = performance.now();
    for (let i = 1; i <= 40; i++) renderMarkdown(answer.slice(0, (answer.length * i) / 40));
    const perRender = (performance.now() - start) / 40;
    // Loose bound for a shared 2-core CI machine under jsdom; a browser is several times faster.
    expect(perRender).toBeLessThan(150);
  });
});

describe('helpers', () => {
  it('accepts only absolute http(s) and mailto hrefs', () => {
    expect(isSafeHref('https://example.com')).toBe(true);
    expect(isSafeHref('HTTP://EXAMPLE.COM')).toBe(true);
    expect(isSafeHref('mailto:a@b.c')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref(' java\tscript:alert(1)')).toBe(false);
    expect(isSafeHref('&#x6A;avascript:alert(1)')).toBe(false);
    expect(isSafeHref('%6Aavascript:alert(1)')).toBe(false);
    expect(isSafeHref('//evil.example')).toBe(false);
    expect(isSafeHref('https://example.org/\u202Etxt.exe')).toBe(false);
    expect(isSafeHref('https://example.org/\u200Bx')).toBe(false);
  });

  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('without a DOM', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('falls back to escaped text', () => {
    vi.stubGlobal('window', undefined);
    expect(renderMarkdown('**hi** <script>x</script>\nnext')).toBe(
      '**hi** &lt;script&gt;x&lt;/script&gt;<br>next',
    );
  });
});
