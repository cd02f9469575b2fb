import { describe, expect, it } from 'vitest';
import { inlineCode, pageHtml, splitHoisted } from './prerender-html.ts';

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
  const html = pageHtml(SHELL, { lang: 'en', html: PAGE });

  it('writes the page language, one title and one description, in the head', () => {
    expect(html).toContain('<html lang="en">');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.match(/<title>/g)).toEqual(['<title>']);
    expect(head).toContain('<title>Lesson · Sentinelle</title>');
    expect(head.match(/<meta name="description"/g)).toHaveLength(1);
    expect(head).toContain('content="What it teaches"');
    expect(head).toContain('src="/assets/index-abc.js"');
  });

  it('fetches its scripts at low priority: the page reads without them', () => {
    expect(html).toContain('<script type="module" fetchpriority="low" crossorigin src="/assets/index-abc.js"></script>');
    expect(html).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/app-abc.js">');
    expect(html.match(/fetchpriority/g)).toHaveLength(2);
  });

  it('puts the markup in #root', () => {
    expect(html).toContain('<div id="root"><header>…</header><main id="main"><h1>Lesson</h1></main></div>');
  });

  it('refuses a page without a title or a description', () => {
    expect(() => pageHtml(SHELL, { lang: 'en', html: '<meta name="description" content="x"/><main></main>' })).toThrow(/no <title>/);
    expect(() => pageHtml(SHELL, { lang: 'en', html: '<title>x</title><main></main>' })).toThrow(/description/);
  });

  it('refuses a shell without #root', () => {
    expect(() => pageHtml(SHELL.replace('<div id="root"></div>', '<div id="app"></div>'), { lang: 'en', html: PAGE })).toThrow(/root/);
  });
});

describe('inlineCode', () => {
  it('accepts module scripts loaded from a file', () => {
    expect(inlineCode(pageHtml(SHELL, { lang: 'fr', html: PAGE }))).toEqual([]);
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
