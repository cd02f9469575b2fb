/**
 * Scenario items in a knowledge check: the situation is shown as a case above the question,
 * and a wrong choice is answered with the reason that option does not fit.
 */
import AxeBuilder from '@axe-core/playwright';
import { generateBilingualQuiz } from '../../src/domain/quiz/generate-quiz.ts';
import { lessonCheck } from '../../src/domain/quiz/quiz-definitions.ts';
import { course, LANGS } from './course-fixture';
import { expect, test } from './fixtures';
import { ui } from './quiz-helpers';

const check = lessonCheck('engagement', 'partners');

/** The first seed whose check on the partners lesson opens with a scenario item. */
function scenarioSeed(): number {
  for (let seed = 1; seed < 10_000; seed++) {
    const [first] = generateBilingualQuiz(course.facts, { seed, count: check.count, scope: check.scope });
    if (first?.type === 'scenario') return seed;
  }
  throw new Error('no seed opens with a scenario');
}

const words = {
  fr: { situation: 'Situation', whyNot: 'Pourquoi pas votre réponse', seeAlso: 'La question repose aussi sur', close: 'Fermer' },
  en: { situation: 'Situation', whyNot: 'Why not your answer', seeAlso: 'The question also rests on', close: 'Close' },
} as const;

for (const lang of LANGS) {
  test(`a scenario item shows its situation, then the reason of the wrong option chosen (${lang})`, async ({ page }, testInfo) => {
    const seed = scenarioSeed();
    const [question] = generateBilingualQuiz(course.facts, { seed, count: check.count, scope: check.scope });
    const scenario = course.facts.scenarios?.find((s) => question?.id === `scenario:${s.id}`);
    if (!question || !scenario) throw new Error('no scenario to show');
    const wrong = scenario.distractors[0];
    if (!wrong) throw new Error('a scenario has distractors');

    await page.goto(`/${lang}/engagement/partners/check?seed=${seed}`);
    await page.getByRole('button', { name: ui[lang].start }).click();
    const card = page.locator('[data-question-id]');
    await expect(card.getByText(words[lang].situation, { exact: true })).toBeVisible();
    await expect(card.getByText(scenario.situation[lang])).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: scenario.question[lang] })).toBeFocused();
    // For the screenshots: the "ready offline" notice would cover the card on a phone (closing
    // it moves the focus, so only once the question's focus is checked).
    const notice = page.getByRole('button', { name: words[lang].close });
    if (await notice.isVisible()) await notice.click();
    await card.getByRole('radio', { name: wrong.text[lang] }).check();
    await page.screenshot({ path: `screenshots/scenario-question-${lang}-${testInfo.project.name}.png` });
    await page.getByRole('button', { name: ui[lang].check }).click();

    const status = card.getByRole('status');
    await expect(status).toContainText(ui[lang].correct);
    await expect(status).toContainText(`${words[lang].whyNot}`);
    await expect(status).toContainText(wrong.reason[lang]);
    await expect(status).toContainText(scenario.key[lang]);
    await expect(status).toContainText(scenario.explanation[lang]);
    await expect(status.getByRole('link', { name: ui[lang].review })).toHaveCount(1);
    await expect(status).toContainText(words[lang].seeAlso);
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/scenario-feedback-${lang}-${testInfo.project.name}.png` });

    // The situation box and the reason keep WCAG 2.2 A/AA, in light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id} (${colorScheme}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('the review screen of the final assessment shows each scenario’s situation and the reason of a wrong choice', async ({ page }, testInfo) => {
  const lang = 'en';
  const seed = 7;
  const quiz = generateBilingualQuiz(course.facts, { seed, count: 20, scope: { kind: 'course' } });
  const scenarioQuestions = quiz.filter((q) => q.type === 'scenario');
  expect(scenarioQuestions.length).toBeGreaterThanOrEqual(4);
  await page.goto(`/${lang}/assessment?seed=${seed}`);
  await page.getByRole('button', { name: ui[lang].start }).click();
  for (const [n, question] of quiz.entries()) {
    await expect(page.getByText(ui[lang].progress(n + 1, 20))).toBeVisible();
    const radios = page.locator('[data-question-id]').getByRole('radio');
    const scenario = course.facts.scenarios?.find((s) => question.id === `scenario:${s.id}`);
    // Scenarios: the last distractor; other questions: the first option.
    if (scenario) await page.locator('[data-question-id]').getByRole('radio', { name: scenario.distractors.at(-1)?.text[lang] ?? '', exact: true }).check();
    else if ((await radios.count()) > 0) await radios.first().check();
    await page.getByRole('button', { name: ui[lang].confirm }).click();
  }
  await expect(page.locator('.review__item')).toHaveCount(20);
  for (const question of scenarioQuestions) {
    const scenario = course.facts.scenarios?.find((s) => question.id === `scenario:${s.id}`);
    if (!scenario) throw new Error('unknown scenario');
    const item = page.locator('.review__item').filter({ hasText: scenario.question[lang] });
    await expect(item).toContainText(scenario.situation[lang]);
    await expect(item).toContainText(scenario.distractors.at(-1)?.reason[lang] ?? '');
    await expect(item).toContainText(scenario.key[lang]);
  }
  await page.locator('.review__item').filter({ hasText: scenarioQuestions[0]?.prompt[lang].split('\n\n')[1] ?? '' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/scenario-review-${lang}-${testInfo.project.name}.png` });
});
