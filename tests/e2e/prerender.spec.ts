/**
 * Prerendered pages: every page's HTML carries its text before any script runs, reads with
 * JavaScript turned off, hydrates without a mismatch, and is served offline as its own file.
 */
import type { Page } from '@playwright/test';
import type { Block, Inline, Lang, Lesson } from '../../src/content/course-types.ts';
import { lessonKey } from '../../src/content/course-types.ts';
import { expect, installOffline, test, watchCsp } from './fixtures';
import { LANGS, course, lessonUrl } from './course-fixture';

/** The text of raw HTML as a reader sees it: no tags, comments or entities. */
function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The longest run of plain text in the lesson's paragraphs (a glossary term adds its tooltip's words). */
function plainParagraph(lesson: Lesson): string {
  const runs: string[] = [];
  const visit = (inlines: Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === 'text') runs.push(inline.value);
      else if ('children' in inline) visit(inline.children);
    }
  };
  const blocks = (items: Block[]) => {
    for (const block of items) {
      if (block.type === 'paragraph') visit(block.children);
      else block.items.forEach(blocks);
    }
  };
  for (const section of lesson.sections) blocks(section.blocks);
  const longest = runs.map(collapse).sort((a, b) => b.length - a.length)[0];
  if (!longest || longest.length < 40) throw new Error(`${lesson.unitId}/${lesson.id} has no run of text`);
  return longest;
}

interface CheckedPage {
  path: string;
  lang: Lang;
  heading: string;
  /** Text the page's HTML must hold besides its heading. */
  text: string;
}

function pagesOf(lang: Lang): CheckedPage[] {
  const outline = course.outlines[lang];
  const ui = lang === 'fr' ? { chronology: 'Chronologie', glossary: 'Glossaire' } : { chronology: 'Chronology', glossary: 'Glossary' };
  const lessons = outline.units.map((unit) => {
    const summary = unit.lessons[0];
    if (!summary) throw new Error(`unit ${unit.id} has no lesson`);
    const lesson = course.lessons[lessonKey(lang, unit.id, summary.id)];
    if (!lesson) throw new Error(`no lesson ${unit.id}/${summary.id}`);
    return { path: lessonUrl(lang, unit.id, lesson.id), lang, heading: lesson.title, text: plainParagraph(lesson) };
  });
  const event = outline.events[0];
  const term = outline.glossary[0];
  if (!event || !term) throw new Error('the course has no event or no glossary term');
  return [
    { path: `/${lang}`, lang, heading: outline.title, text: outline.units.at(-1)?.lessons.at(-1)?.title ?? '' },
    ...lessons,
    { path: `/${lang}/chronology`, lang, heading: ui.chronology, text: event.label },
    { path: `/${lang}/glossary`, lang, heading: ui.glossary, text: term.definition },
  ];
}

const PAGES = LANGS.flatMap(pagesOf);

test.describe('prerendered HTML', () => {
  for (const checked of PAGES) {
    test(`${checked.path}: the raw HTML holds the heading, the text, the language and the title`, async ({ request }) => {
      const response = await request.get(checked.path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${checked.lang}">`);
      const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
      expect(collapse(textOf(h1))).toBe(checked.heading);
      expect(collapse(textOf(html))).toContain(checked.text);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head.match(/<title>/g)).toHaveLength(1);
      expect(collapse(textOf(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''))).toContain(checked.heading.slice(0, 20));
      expect(head).toMatch(/<meta name="description" content="[^"]{20,}"/);
      // One script, the start script (it loads the app once the page has painted: the page reads without it); no module fetched before, no inline code (the CSP would block it).
      expect([...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].map(([tag]) => tag)).toEqual([expect.stringMatching(/^<script type="module" src="\/assets\/start-[^"]+\.js"><\/script>$/)]);
      expect(html).not.toContain('modulepreload');
      expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/);
    });
  }

  test('the app shell stays empty, and an unknown address gets the not-found page', async ({ request, page }) => {
    const shell = await (await request.get('/index.html')).text();
    expect(shell).toContain('<div id="root"></div>');
    const notFound = await request.get('/fr/404');
    expect(await notFound.text()).toContain('Page introuvable');
    await page.goto('/en/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test('a lesson reads, its links lead to the next lesson, and a quiz says it needs JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const violations = await watchCsp(context);
    const page = await context.newPage();
    for (const lang of LANGS) {
      const unit = course.outlines[lang].units[0];
      const [first, second] = unit?.lessons ?? [];
      if (!unit || !first || !second) throw new Error('the first unit needs two lessons');
      await page.goto(lessonUrl(lang, unit.id, first.id));
      await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: lang === 'fr' ? 'Points clés' : 'Key points' })).toBeVisible();
      await page.getByRole('link', { name: new RegExp(second.title) }).last().click();
      await expect(page).toHaveURL(lessonUrl(lang, unit.id, second.id));
      await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();

      await page.goto(`${lessonUrl(lang, unit.id, first.id)}/check`);
      await expect(page.getByText(lang === 'fr' ? /Ce quiz a besoin de JavaScript/ : /This quiz needs JavaScript/)).toBeVisible();
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});

/** Console errors and warnings, and uncaught errors, of a page from now on. */
function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

test.describe('hydration', () => {
  test('every checked page hydrates with no error, no warning, one <main>, one title and one description', async ({ page }) => {
    test.setTimeout(120_000);
    const messages = watchConsole(page);
    for (const checked of PAGES) {
      await page.goto(checked.path);
      // Hydrated and live: the learner's progress (IndexedDB) has replaced its placeholders.
      await expect(page.locator('.badge--pending')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1, name: checked.heading })).toBeVisible();
      expect(await page.locator('main').count(), checked.path).toBe(1);
      expect(await page.locator('h1').count(), checked.path).toBe(1);
      expect(await page.locator('head title').count(), checked.path).toBe(1);
      expect(await page.locator('meta[name="description"]').count(), checked.path).toBe(1);
      await expect(page.locator('html')).toHaveAttribute('lang', checked.lang);
    }
    expect(messages).toEqual([]);
  });

  test('a page opened with a query and a hash hydrates, then follows them', async ({ page }) => {
    const messages = watchConsole(page);
    const outline = course.outlines.en;
    const theme = outline.themes[0];
    if (!theme) throw new Error('no theme');
    await page.goto(`/en/chronology?theme=${theme.id}`);
    await expect(page.getByRole('button', { name: theme.label, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.timeline__event')).toHaveCount(outline.events.filter((event) => event.theme === theme.id).length);
    await expect(page.getByRole('link', { name: 'Lire en français' })).toHaveAttribute('href', `/fr/chronology?theme=${theme.id}`);
    expect(messages).toEqual([]);
  });

  test('the quiz intro is in the page and its button starts once the browser knows there is no attempt', async ({ page }) => {
    const messages = watchConsole(page);
    await page.goto('/en/assessment');
    await expect(page.getByRole('heading', { level: 1, name: 'Final assessment' })).toBeVisible();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText('Question 1 of 20')).toBeVisible();
    expect(await page.locator('main').count()).toBe(1);
    expect(messages).toEqual([]);
  });
});

test.describe('offline', () => {
  test('each address is served its own page, with LMS launch parameters too', async ({ page, context }) => {
    test.setTimeout(120_000);
    await installOffline(page);
    await context.setOffline(true);

    const lesson = PAGES[1];
    if (!lesson) throw new Error('no lesson page');
    const launch = '?endpoint=https%3A%2F%2Flrs.example.org%2Fxapi&fetch=https%3A%2F%2Flms.example.org%2Ftoken&actor=%7B%7D&registration=1b6b3f6e&activityId=https%3A%2F%2Fexample.org%2Fa';
    for (const checked of [...PAGES, { ...lesson, path: `${lesson.path}${launch}` }]) {
      const response = await page.goto(checked.path);
      expect(response?.fromServiceWorker(), checked.path).toBe(true);
      const html = (await response?.text()) ?? '';
      expect(collapse(textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')), checked.path).toBe(checked.heading);
      await expect(page.getByRole('heading', { level: 1, name: checked.heading })).toBeVisible();
    }
  });
});
