import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, installOffline, test } from './fixtures';
import { course, lessonUrl } from './course-fixture';
import { ui } from './quiz-helpers';
import { generateBilingualQuiz, generateQuestionBank } from '../../src/domain/quiz/generate-quiz.ts';
import { domKey, isCorrect, type Question } from '../../src/domain/quiz/question.ts';
import { quizDefinition } from '../../src/domain/quiz/quiz-definitions.ts';
import { endOfDay } from '../../src/domain/review/day.ts';
import { applyAnswer, cardFactIds } from '../../src/domain/review/history.ts';
import type { ReviewCard } from '../../src/domain/review/schedule.ts';
import { unitFactIds } from '../../src/domain/review/unit-facts.ts';
import type { StoredReviewSession } from '../../src/domain/review/review-session.ts';

// The learner's clock is the test's: day one at 09:00 UTC, then the next morning.
test.use({ timezoneId: 'UTC' });
const DAY1 = Date.UTC(2026, 11, 1, 9);
const DAY2 = DAY1 + 86_400_000;
const CHECK = { unitId: 'chronology', lessonId: 'from-1999-to-2002' };
const SEED = 11;
const questions = generateBilingualQuiz(course.facts, { seed: SEED, count: 5, scope: quizDefinition({ kind: 'lesson-check', ...CHECK }).scope });
/** Wrong on the first two questions with options to choose, right on the others (an ordering as shown). */
const wrong = new Set(questions.filter((q) => q.layout !== 'ordering').slice(0, 2).map((q) => q.id));
const dueDate = (time: number) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(time);

/** The cards the check's answers give, by the scheduler itself (answers a second apart, as in the browser). */
function expectedCards(): Map<string, ReviewCard> {
  const cards = new Map<string, ReviewCard>();
  questions.forEach((question, i) => {
    const shown = question.options.map((o) => o.id);
    const correct = question.layout === 'ordering' ? isCorrect(question, shown) : !wrong.has(question.id);
    applyAnswer(cards, { facts: question.facts, questionId: question.id, questionType: question.type, source: 'quiz', at: DAY1 + i * 1000, correct });
  });
  return cards;
}

/** Rows of one store of the learner's database, as the app saved them. */
function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('sentinelle');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** WCAG 2.2 A/AA problems axe finds on the page as it is. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

const latestSession = async (page: Page) => (await readStore<StoredReviewSession>(page, 'reviewSessions')).sort((a, b) => b.startedAt - a.startedAt)[0];
const optionText = (question: Question, id: string | undefined) => question.options.find((o) => o.id === id)?.text.en ?? '';

test.describe('spaced review', () => {
  test('facts missed in a knowledge check come back the next day in another form; answering moves them; the home counts them; offline too', async ({ page, context }) => {
    test.setTimeout(150_000);
    await page.clock.install({ time: DAY1 });
    await installOffline(page);
    // Before any answer, the home offers nothing to review.
    await expect(page.getByRole('link', { name: /to review today/ })).toHaveCount(0);

    // Day one: the knowledge check, some answers wrong.
    await page.goto(`${lessonUrl('en', CHECK.unitId, CHECK.lessonId)}/check?seed=${SEED}`);
    await page.getByRole('button', { name: ui.en.start }).click();
    for (const [i, question] of questions.entries()) {
      await expect(page.getByText(ui.en.progress(i + 1, 5))).toBeVisible();
      const card = page.locator(`[data-question-id="${domKey(question.id)}"]`);
      if (question.layout !== 'ordering') {
        const choice = wrong.has(question.id) ? question.options.find((o) => !question.answer.includes(o.id)) : question.options.find((o) => question.answer.includes(o.id));
        await card.getByRole('radio', { name: choice?.text.en ?? '', exact: true }).check();
      }
      await page.getByRole('button', { name: ui.en.check }).click();
      await expect(card.getByRole('status')).toContainText(wrong.has(question.id) ? 'Incorrect.' : ui.en.correct);
      await page.getByRole('button', { name: i < 4 ? ui.en.next : ui.en.results }).click();
    }
    const expected = expectedCards();
    const stored = await readStore<ReviewCard>(page, 'reviewCards');
    expect(stored.map((c) => c.factId).sort()).toEqual([...expected.keys()].sort());
    const dueOnDay2 = [...expected.values()].filter((c) => c.due <= endOfDay(DAY2, 0)).map((c) => c.factId);
    // (An ordering item is submitted as shown, out of order: missed too.)
    const missedFacts = new Set(questions.filter((q) => wrong.has(q.id) || q.layout === 'ordering').flatMap((q) => cardFactIds(q)));
    // What the next day brings back is what was missed (a fact answered right waits longer).
    expect(new Set(dueOnDay2)).toEqual(missedFacts);

    // The record page pictures what is likely remembered, unit by unit: a table, with each curve as an image described in words.
    await page.goto('/en/record');
    const retention = page.getByRole('table', { name: 'Likely recall by unit' });
    const unitTitle = course.outlines.en.units.find((u) => u.id === CHECK.unitId)?.title ?? '';
    const byUnit = unitFactIds(course.facts);
    const studied = byUnit.get(CHECK.unitId) ?? [];
    const untouched = course.outlines.en.units.filter((u) => !(byUnit.get(u.id) ?? []).some((id) => expected.has(id))).length;
    const escaped = unitTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const row = retention.getByRole('row').filter({ has: page.getByRole('rowheader', { name: unitTitle, exact: true }) });
    await expect(row.getByRole('cell').first()).toHaveText(`${[...expected.keys()].filter((id) => studied.includes(id)).length} of ${studied.length}`);
    await expect(row.getByRole('img', { name: new RegExp(`^${escaped}: from 100% today to \\d+% in 30 days without review\\.$`) })).toBeVisible();
    await expect(retention.getByRole('row').filter({ hasText: 'Not studied yet' })).toHaveCount(untouched);
    expect(await violations(page)).toEqual([]);

    // Nothing is due again today: the home stays quiet.
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /to review today/ })).toHaveCount(0);

    // Day two: the home shows the count, the review page offers those facts.
    await page.clock.setSystemTime(DAY2);
    await page.goto('/en');
    const homeLink = page.getByRole('link', { name: `${dueOnDay2.length} to review today` });
    await expect(homeLink).toBeVisible();
    await homeLink.click();
    await expect(page).toHaveURL('/en/review');
    await expect(page.getByText(`${dueOnDay2.length} facts to review today.`)).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the review' }).click();
    await expect(page.locator('[data-question-id]')).toBeVisible();

    const bank = generateQuestionBank(course.facts, { seed: 1 });
    const session = await latestSession(page);
    if (!session) throw new Error('no review session was saved');
    expect(session.items.map((item) => item.factId).sort()).toEqual([...dueOnDay2].sort());
    for (const [i, item] of session.items.entries()) {
      const question = session.questions[i];
      if (!question) throw new Error(`item ${i} has no question`);
      await expect(page.getByText(ui.en.progress(i + 1, session.items.length))).toBeVisible();
      await expect(page.locator(`[data-question-id="${domKey(question.id)}"]`)).toBeVisible();
      expect(cardFactIds(question)).toContain(item.factId);
      // In another form than the check asked it, wherever the fact has another form.
      const last = expected.get(item.factId)?.lastType;
      if (bank.some((q) => cardFactIds(q).includes(item.factId) && q.type !== last)) expect(question.type).not.toBe(last);

      if (i === 1) {
        // A reload resumes at the same question.
        await page.reload();
        await expect(page.locator(`[data-question-id="${domKey(question.id)}"]`)).toBeVisible();
        await expect(page.getByText(ui.en.progress(2, session.items.length))).toBeVisible();
      }
      // The first review is missed again, the others known.
      const right = i > 0;
      const card = page.locator(`[data-question-id="${domKey(question.id)}"]`);
      if (question.layout !== 'ordering') {
        const choice = right ? question.answer[0] : question.options.find((o) => !question.answer.includes(o.id))?.id;
        await card.getByRole('radio', { name: optionText(question, choice), exact: true }).check();
      }
      await page.getByRole('button', { name: ui.en.check }).click();
      await expect(card.getByRole('status')).toContainText(ui.en.correct);
      await expect(card.getByRole('status').getByRole('link', { name: ui.en.review })).toBeVisible();
      if (i === 0) expect(await violations(page)).toEqual([]);
      // The next due date, after each answer: later than today.
      const moved = (await readStore<ReviewCard>(page, 'reviewCards')).find((c) => c.factId === item.factId);
      expect(moved?.due).toBeGreaterThan(endOfDay(DAY2, 0));
      expect(moved?.lastReview).toBeGreaterThanOrEqual(DAY2);
      await expect(page.getByText(`Next: ${dueDate(moved?.due ?? 0)}`)).toBeVisible();
      await page.getByRole('button', { name: i < session.items.length - 1 ? ui.en.next : ui.en.results }).click();
    }
    const answered = await latestSession(page);
    const graded = session.items.map((item) => answered?.responses[item.questionId]?.correct);
    expect(graded[0]).toBe(false);
    expect(graded.filter((correct, i) => i > 0 && session.questions[i]?.layout !== 'ordering' && !correct)).toEqual([]);
    await expect(page.getByText(`Review done: ${graded.filter(Boolean).length} of ${session.items.length} right.`)).toBeVisible();
    await expect(page.getByText('Nothing to review today.')).toBeVisible();
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /to review today/ })).toHaveCount(0);

    // Offline, on the day after: the page opens from the precache and the review runs.
    await context.setOffline(true);
    await page.clock.setSystemTime(DAY2 + 86_400_000);
    await page.goto('/fr/review');
    await expect(page.getByRole('heading', { level: 1, name: 'Révision' })).toBeVisible();
    const start = page.getByRole('button', { name: 'Commencer la révision' });
    await expect(start).toBeEnabled();
    await start.click();
    await expect(page.locator('[data-question-id]')).toBeVisible();
    await context.setOffline(false);
  });
});
