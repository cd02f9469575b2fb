import { execSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 2;
const VERSIONS = { a: 'dist-update/a', b: 'dist-update/b' } as const;
let server: StaticServer;

test.describe('updates', () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    for (const [id, outDir] of Object.entries(VERSIONS)) {
      execSync(`npx vite build --outDir ${outDir} --emptyOutDir --logLevel error`, { env: { ...process.env, SENTINELLE_BUILD_ID: `update-${id}` }, stdio: 'pipe' });
    }
    server = await serveStatic(VERSIONS.a, PORT);
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test('a new version is offered only outside an active question, and accepting it keeps all progress', async ({ page }) => {
    server.serve(VERSIONS.a);
    await page.goto(`${server.url}/en/capabilities/quiz`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await expect(page.locator('footer')).toHaveAttribute('data-build', 'update-a');

    await page.getByRole('button', { name: 'Start' }).click();
    const question = page.locator('[data-question-id]');
    await expect(question).toBeVisible();
    const radios = question.getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(question.getByRole('status')).toContainText(/Correct\.|Incorrect\./);

    // Version b is deployed while the learner is on a question.
    server.serve(VERSIONS.b);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 30_000 }).toBe(true);
    await page.waitForTimeout(1000);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    // Once the learner leaves the question, the update is offered; accepting reloads into b.
    await page.getByRole('link', { name: 'Course', exact: true }).click();
    const prompt = page.getByRole('alertdialog');
    await expect(prompt).toContainText('A new version of Sentinelle is ready');
    await prompt.getByRole('button', { name: 'Update' }).click();
    await expect(page.locator('footer')).toHaveAttribute('data-build', 'update-b', { timeout: 15_000 });
    await expect(page.locator('.unit-card__quiz').nth(2).locator('.badge')).toHaveText('In progress: 1/10');
    await page.goto(`${server.url}/en/capabilities/quiz`);
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    await expect(question.getByRole('status')).toContainText(/Correct\.|Incorrect\./);
  });
});
