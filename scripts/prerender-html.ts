/**
 * Turns a page rendered at build time into its HTML file: the app shell (the built
 * index.html, with its hashed script and stylesheet) with the page's language, title and
 * description in the head and its markup in `#root`. Pure string work, tested on its own.
 */

/** What React 19 writes before a page's markup: the `<title>`, `<meta>` and `<link>` it hoists. */
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta\b[^>]*>|<link\b[^>]*>)/;

/** Splits rendered markup into the hoisted head tags and the body. */
export function splitHoisted(markup: string): { head: string[]; body: string } {
  const head: string[] = [];
  let body = markup;
  for (let match = HOISTED.exec(body); match; match = HOISTED.exec(body)) {
    head.push(match[0]);
    body = body.slice(match[0].length);
  }
  return { head, body };
}

/**
 * The page's HTML file. Throws when the shell lacks what a page needs (a changed index.html).
 *
 * Its scripts start only once the page has painted: the shell's entry script and module
 * preloads give way to `start` (startScript below, emitted by the build), which preloads
 * the same modules and imports the entry after the first frame. The page is readable from its
 * HTML and stylesheet; the scripts only hydrate it. Fetched from the head, they shared a slow
 * link with the stylesheet the first paint waits for, and Lighthouse's simulation counted
 * them as holding up the largest paint (LCP 3.4–3.6 s against an FCP of 2.2 s on the home,
 * in one run each; 1.0–1.4 s, with the FCP at 1.0–1.1 s, once they started after it). The
 * shell index.html, which shows nothing before its script runs, keeps its scripts as they are.
 */
export function pageHtml(shell: string, page: { lang: string; html: string }, start: string): string {
  const { head, body } = splitHoisted(page.html);
  if (!head.some((tag) => tag.startsWith('<title>'))) throw new Error('the page renders no <title>');
  if (!head.some((tag) => /^<meta name="description"/.test(tag))) throw new Error('the page renders no <meta name="description">');
  const replace = (html: string, pattern: RegExp, by: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${pattern.source}`);
    return html.replace(pattern, () => by);
  };
  let html = replace(shell, /<html lang="[^"]*"/, `<html lang="${page.lang}"`);
  html = replace(html, /\s*<title>[^<]*<\/title>/, '');
  html = html.replace(/\s*<meta name="description"[^>]*>/, '');
  html = replace(html, /\s*<\/head>/, `\n    ${head.join('\n    ')}\n  </head>`);
  html = replace(html, /<script type="module"[^>]*><\/script>/, `<script type="module" src="${start}"></script>`);
  html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  return replace(html, /<div id="root"><\/div>/, `<div id="root">${body}</div>`);
}

/** The entry script and the modules it preloads, as the shell names them. */
export function shellScripts(shell: string): { entry: string; preloads: string[] } {
  const entry = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/.exec(shell)?.[1];
  if (!entry) throw new Error('index.html has no module script');
  const preloads = [...shell.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((match) => match[1] ?? '').filter((href) => href !== entry);
  return { entry, preloads };
}

/**
 * The script a prerendered page starts with: after the first frame (at once in a hidden tab,
 * which paints no frame), it preloads the entry's modules and imports the entry. Addresses
 * are relative to the script itself, which sits beside them, so no base path is written in.
 */
export function startScript(entry: string, preloads: readonly string[]): string {
  const name = (href: string) => `./${href.slice(href.lastIndexOf('/') + 1)}`;
  return [
    '// Starts the app once the page has painted (scripts/prerender-html.ts).',
    `const preloads = ${JSON.stringify(preloads.map(name))};`,
    'const start = () => {',
    '  for (const file of preloads) {',
    "    const link = document.createElement('link');",
    "    link.rel = 'modulepreload';",
    '    link.href = new URL(file, import.meta.url).href;',
    '    document.head.append(link);',
    '  }',
    `  void import(${JSON.stringify(name(entry))});`,
    '};',
    "if (document.visibilityState === 'hidden') start();",
    'else requestAnimationFrame(() => setTimeout(start, 0));',
    '',
  ].join('\n');
}

/**
 * What the Content-Security-Policy (script-src 'self', style-src 'self') would block in a
 * page: an inline script, an event-handler attribute, an inline style. Empty when none.
 */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const [tag, attributes = '', content = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc=/i.test(attributes) || content.trim() !== '') found.push(`inline script: ${tag.slice(0, 80)}`);
  }
  for (const [attribute] of html.matchAll(/<[a-z][^>]*?\s(on[a-z]+|style)\s*=/gi)) found.push(`inline attribute: ${attribute.slice(-60)}`);
  for (const [tag] of html.matchAll(/<style\b[^>]*>/gi)) found.push(`inline style: ${tag}`);
  return found;
}
