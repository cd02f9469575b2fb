import { describe, expect, it } from 'vitest';
import { inlineCode, pageHtml, shellScripts, splitHoisted, startScript } from './prerender-html.ts';

const SHELL = [
  '<!doctype html>',
  '<html lang="fr">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <meta name="description" content="The shell&#x27;s description" />',
  '    <title>Sentinelle</title>',
  '    <script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/app-abc.js">',
  '  </head>',
  '  <body>',
  '    <div id="root"></div>',
  '  </body>',
  '</html>',
].join('\n');

const START = '/assets/start-xyz.js';

const PAGE = '<link rel="preload" as="image" href="/favicon.svg"/><title>Lesson · Sentinelle</title><meta name="description" content="What it teaches"/><header>…</header><main id="main"><h1>Lesson</h1></main>';

describe('splitHoisted', () => {
  it('takes the title, meta and link tags React writes first, and leaves the markup', () => {
    const { head, body } = splitHoisted(PAGE);
    expect(head).toEqual(['<link rel="preload" as="image" href="/favicon.svg"/>', '<title>Lesson · Sentinelle</title>', '<meta name="description" content="What it teaches"/>']);
    expect(body).toBe('<header>…</header><main id="main"><h1>Lesson</h1></main>');
  });

  it('leaves a title inside the markup where it is', () => {
    expect(splitHoisted('<p>x</p><title>t</title>').head).toEqual([]);
  });
});

describe('pageHtml', () => {
  const html = pageHtml(SHELL, { lang: 'en', html: PAGE }, START);

  it('writes the page language, one title and one description, in the head', () => {
    expect(html).toContain('<html lang="en">');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.match(/<title>/g)).toEqual(['<title>']);
    expect(head).toContain('<title>Lesson · Sentinelle</title>');
    expect(head.match(/<meta name="description"/g)).toHaveLength(1);
    expect(head).toContain('content="What it teaches"');
    expect(head).toContain('<script type="module" src="/assets/start-xyz.js"></script>');
  });

  it('starts from the start script alone: no entry script nor module preload fetched before the first paint', () => {
    expect(html).not.toContain('index-abc.js');
    expect(html).not.toContain('modulepreload');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('puts the markup in #root', () => {
    expect(html).toContain('<div id="root"><header>…</header><main id="main"><h1>Lesson</h1></main></div>');
  });

  it('refuses a page without a title or a description', () => {
    expect(() => pageHtml(SHELL, { lang: 'en', html: '<meta name="description" content="x"/><main></main>' }, START)).toThrow(/no <title>/);
    expect(() => pageHtml(SHELL, { lang: 'en', html: '<title>x</title><main></main>' }, START)).toThrow(/description/);
  });

  it('refuses a shell without #root', () => {
    expect(() => pageHtml(SHELL.replace('<div id="root"></div>', '<div id="app"></div>'), { lang: 'en', html: PAGE }, START)).toThrow(/root/);
  });
});

describe('the start script', () => {
  it('reads the entry and its preloads from the shell', () => {
    expect(shellScripts(SHELL)).toEqual({ entry: '/assets/index-abc.js', preloads: ['/assets/app-abc.js'] });
    expect(() => shellScripts('<html><head></head></html>')).toThrow(/module script/);
  });

  it('preloads the modules and imports the entry after the first frame, or at once in a hidden tab, by addresses relative to itself', async () => {
    const source = startScript('/assets/index-abc.js', ['/assets/app-abc.js']);
    expect(source).toContain('["./app-abc.js"]');
    expect(source).toContain('import("./index-abc.js")');
    // Run it against a fake document: what it appends and imports, and when.
    const appended: { rel: string; href: string }[] = [];
    const frames: (() => void)[] = [];
    const run = (visibilityState: string) => {
      const imported: string[] = [];
      const body = source.replace(/import\.meta\.url/g, 'base').replace(/void import\(([^)]*)\)/, 'imported.push($1)');
      new Function('document', 'requestAnimationFrame', 'setTimeout', 'base', 'imported', body)(
        { visibilityState, createElement: () => ({}), head: { append: (link: { rel: string; href: string }) => appended.push(link) } },
        (frame: () => void) => frames.push(frame),
        (next: () => void) => next(),
        'https://example.org/course/assets/start-xyz.js',
        imported,
      );
      return imported;
    };
    expect(run('hidden')).toEqual(['./index-abc.js']);
    expect(appended).toEqual([{ rel: 'modulepreload', href: 'https://example.org/course/assets/app-abc.js' }]);
    appended.length = 0;
    const visible = run('visible');
    expect(visible).toEqual([]);
    frames.forEach((frame) => frame());
    expect(visible).toEqual(['./index-abc.js']);
    expect(appended).toHaveLength(1);
  });
});

describe('inlineCode', () => {
  it('accepts module scripts loaded from a file', () => {
    expect(inlineCode(pageHtml(SHELL, { lang: 'fr', html: PAGE }, START))).toEqual([]);
  });

  it('finds an inline script, an event handler, an inline style attribute and a style element', () => {
    expect(inlineCode('<script>window.__data = {}</script>')).toHaveLength(1);
    expect(inlineCode('<script type="module" src="/a.js">run()</script>')).toHaveLength(1);
    expect(inlineCode('<button type="button" onclick="go()">Go</button>')).toHaveLength(1);
    expect(inlineCode('<div class="x" style="color:red">x</div>')).toHaveLength(1);
    expect(inlineCode('<style>p{}</style>')).toHaveLength(1);
  });

  it('does not mistake text for code', () => {
    expect(inlineCode('<p>The style= of onclick= in prose</p>')).toEqual([]);
  });
});
