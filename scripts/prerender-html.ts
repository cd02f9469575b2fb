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
 * Its scripts are fetched at low priority (`fetchpriority="low"`): the page is readable from
 * its HTML and stylesheet, and the scripts only hydrate it. At their default (high) priority
 * the browser fetches them ahead of the page's images, and Lighthouse's simulation counts
 * high-priority scripts as holding up the first paint (its FCP fell from 2.6 s to 1.0–1.3 s
 * on a lesson once they were marked low). The shell index.html, which shows nothing before
 * its script runs, keeps the default.
 */
export function pageHtml(shell: string, page: { lang: string; html: string }): string {
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
  html = replace(html, /<script type="module"/, '<script type="module" fetchpriority="low"');
  html = html.replaceAll('<link rel="modulepreload"', '<link rel="modulepreload" fetchpriority="low"');
  return replace(html, /<div id="root"><\/div>/, `<div id="root">${body}</div>`);
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
