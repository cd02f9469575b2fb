/**
 * The SCORM packages in an LMS: a test LMS (scripts/lms/test-lms.ts) runs scorm-again, launches
 * the package unpacked from dist-packages/ (npm run package) in an iframe under a deep path, and
 * keeps what the course commits. A learner reads a lesson, takes the final assessment (17 right,
 * 3 wrong: 85 %), one commit is refused with an LMS error code and retried, then exits; the LMS
 * holds the statuses, score, interactions and suspend data; a relaunch resumes where they were,
 * and a launch on another device (an empty browser) gets the progress back from the LMS.
 */
import type { Frame, Page } from '@playwright/test';
import { scormLearnerDatabase } from '../../src/domain/lms/learner-database.ts';
import { localizeQuestion } from '../../src/domain/quiz/question.ts';
import { startTestLms, type PackageKind, type TestLms } from '../../scripts/lms/test-lms.ts';
import { allLessons } from './course-fixture';
import { expect, test } from './fixtures';
import { answer, storedFinal } from './grading-helpers';
import { ui } from './quiz-helpers';

/** The test LMS's switches (scripts/lms/test-lms.ts). */
interface TestLmsWindow {
  lmsFails: (method: string, code: string) => void;
  lmsRecovers: () => void;
}

const PORT = Number(process.env.E2E_PORT ?? 4173) + 30;
let lms: TestLms;

// One LMS (and LRS) per file, on fixed ports: the tests of a file run one after the other.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  lms = await startTestLms(PORT);
});
test.afterAll(async () => {
  await (lms as TestLms | undefined)?.close();
});

const lessonCount = allLessons('en').length;
const firstLesson = allLessons('en')[0];

/** Opens the LMS's launch page for a learner and waits for the course in its frame. */
async function launch(page: Page, kind: PackageKind, learner: string, extra = ''): Promise<Frame> {
  await page.goto(`${lms.url}/lms/scorm.html?kind=${kind}&learner=${learner}&language=en-GB${extra}`);
  const course = new RegExp(`/content/${kind}/index\\.html`);
  await expect.poll(() => page.frame({ url: course }) !== null, { timeout: 15_000 }).toBe(true);
  const frame = page.frame({ url: course });
  if (!frame) throw new Error('the course frame did not open');
  await expect(frame.getByRole('button', { name: 'Exit the course' })).toBeVisible({ timeout: 15_000 });
  return frame;
}

/** What the LMS's API holds now (read through the API, as the course would). */
const lmsValue = (page: Page, kind: PackageKind, element: string) =>
  page.evaluate(
    ([version, name]) => {
      const w = window as unknown as { API_1484_11?: { GetValue: (e: string) => string }; API?: { LMSGetValue: (e: string) => string } };
      return version === 'scorm2004' ? w.API_1484_11?.GetValue(name) : w.API?.LMSGetValue(name);
    },
    [kind, element] as const,
  );

/** Scrolls the lesson in the frame, a screen at a time, until it counts as read. */
async function readLessonInFrame(page: Page, frame: Frame) {
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  const box = await page.locator('#course').boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const atBottom = () => frame.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2);
  for (let step = 0; step < 40 && !(await atBottom()); step++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(800);
  }
  await expect(frame.locator('.lesson__meta .badge')).toHaveText('Read', { timeout: 10_000 });
}

const element = (kind: PackageKind, name: 'completion' | 'success' | 'location' | 'raw') =>
  kind === 'scorm2004'
    ? { completion: 'cmi.completion_status', success: 'cmi.success_status', location: 'cmi.location', raw: 'cmi.score.raw' }[name]
    : { completion: 'cmi.core.lesson_status', success: 'cmi.core.lesson_status', location: 'cmi.core.lesson_location', raw: 'cmi.core.score.raw' }[name];

for (const kind of ['scorm2004', 'scorm12'] as const) {
  test(`${kind}: a lesson and the final assessment reach the LMS, an LMS error is retried, and a relaunch resumes`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    if (!firstLesson) throw new Error('the course has no lesson');
    const learner = `learner-${Date.now()}`;
    let frame = await launch(page, kind, learner);
    // The LMS's language preference (en-GB) chose the course's language.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('NATO and the fight against terrorism');

    await frame.getByRole('link', { name: firstLesson.title }).first().click();
    await readLessonInFrame(page, frame);
    await expect.poll(() => lmsValue(page, kind, element(kind, 'location'))).toMatch(new RegExp(`^/en/${firstLesson.unitId}/${firstLesson.id}`));
    await expect.poll(() => lmsValue(page, kind, element(kind, 'completion'))).toBe('incomplete');

    await frame.getByRole('link', { name: 'Course' }).first().click();
    await frame.getByRole('link', { name: 'Final assessment' }).first().click();
    await frame.getByRole('button', { name: ui.en.start }).click();
    // The attempt is stored when its first question shows.
    await expect(frame.getByText(ui.en.progress(1, 20))).toBeVisible();
    const attempt = await storedFinal(frame, scormLearnerDatabase(learner));
    if (!attempt) throw new Error('no final assessment was stored');
    expect(attempt.questions).toHaveLength(20);
    for (const [index, question] of attempt.questions.entries()) {
      await expect(frame.getByText(ui.en.progress(index + 1, 20))).toBeVisible();
      if (index === 5) await page.evaluate((method) => (window as unknown as TestLmsWindow).lmsFails(method, '391'), kind === 'scorm2004' ? 'Commit' : 'LMSCommit');
      await answer(frame, 'en', localizeQuestion(question, 'en'), index >= 3);
      await frame.getByRole('button', { name: ui.en.confirm }).click();
      if (index === 5) {
        // The LMS refused the commit of this answer: the learner is told, with the code, and can retry.
        const alert = frame.getByRole('alert').filter({ hasText: 'Your training platform did not record your latest progress' });
        await expect(alert).toContainText('error 391 on Commit');
        // Still refused: the message stays.
        await alert.getByRole('button', { name: 'Try again' }).click();
        await expect(alert).toContainText('error 391 on Commit');
        await page.evaluate(() => (window as unknown as TestLmsWindow).lmsRecovers());
        await alert.getByRole('button', { name: 'Try again' }).click();
        await expect(frame.getByRole('status').filter({ hasText: 'Sent again' })).toBeVisible();
        await expect(alert).toHaveCount(0);
      }
    }
    await expect(frame.locator('.results__score')).toHaveText('17 right answers out of 20 (85%)');

    // What the LMS has committed (its own record of the learner).
    await expect.poll(() => lms.record(kind, learner).cmi !== null).toBe(true);
    const cmi = lms.record(kind, learner).cmi as Record<string, unknown>;
    if (kind === 'scorm2004') {
      expect(cmi).toMatchObject({ completion_status: 'incomplete', success_status: 'passed', progress_measure: String(Math.round((1 / (2 * lessonCount)) * 1000) / 1000) });
      expect(cmi.score).toMatchObject({ scaled: '0.85', raw: '85', min: '0', max: '100' });
      const interactions = Object.values(cmi.interactions as Record<string, { result: string; type: string }>);
      expect(interactions).toHaveLength(20);
      expect(interactions.filter((interaction) => interaction.result === 'correct')).toHaveLength(17);
    } else {
      const core = cmi.core as Record<string, unknown>;
      expect(core.lesson_status).toBe('passed');
      expect(core.score).toMatchObject({ raw: '85', min: '0', max: '100' });
      expect(Object.keys(cmi.interactions as object)).toHaveLength(20);
    }
    expect(String(cmi.suspend_data)).toMatch(/^s1\|/);

    await frame.getByRole('button', { name: 'Exit the course' }).click();
    await expect(frame.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();
    // The last commit, at Terminate, holds the session's time (write-only for the course).
    const sessionTime = () => {
      const cmi = (lms.record(kind, learner).commits.at(-1)?.cmi ?? {}) as { session_time?: string; core?: { session_time?: string } };
      return String(kind === 'scorm2004' ? cmi.session_time : cmi.core?.session_time);
    };
    await expect.poll(sessionTime).toMatch(kind === 'scorm2004' ? /^PT\d+H\d+M[\d.]+S$/ : /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);

    // Relaunched: the LMS says resume, and the course opens where the learner was.
    frame = await launch(page, kind, learner);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Final assessment');
    await expect(frame.locator('.results__score')).toHaveText('17 right answers out of 20 (85%)');
    expect(await lmsValue(page, kind, element(kind, 'success'))).toBe('passed');
    await frame.getByRole('button', { name: 'Exit the course' }).click();
    await expect(frame.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();

    // Another device (an empty browser): the lesson read comes back from the LMS's suspend data.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const otherFrame = await launch(otherPage, kind, learner);
    await otherFrame.getByRole('link', { name: 'Course' }).first().click();
    await expect(otherFrame.getByText(`1 of ${lessonCount} lessons read`)).toBeVisible();
    expect(await lmsValue(otherPage, kind, element(kind, 'success'))).toBe('passed');
    expect(await lmsValue(otherPage, kind, element(kind, 'raw'))).toBe('85');
    await other.close();
  });
}

for (const kind of ['scorm2004', 'scorm12'] as const) {
  test(`${kind}: on a shared computer each learner has their own progress: a second learner gets none of the first one's, and the first gets theirs back`, async ({ page }) => {
    test.setTimeout(120_000);
    const first = `shared-a-${Date.now()}`;
    const second = `shared-b-${Date.now()}`;
    let frame = await launch(page, kind, first);
    await frame.getByRole('link', { name: 'Final assessment' }).first().click();
    await frame.getByRole('button', { name: ui.en.start }).click();
    await expect(frame.getByText(ui.en.progress(1, 20))).toBeVisible();
    const firstDatabase = scormLearnerDatabase(first);
    if (!firstDatabase) throw new Error('no database for the learner');
    const attempt = await storedFinal(frame, firstDatabase);
    if (!attempt) throw new Error('no final assessment was stored in the learner’s database');
    for (const [index, question] of attempt.questions.slice(0, 2).entries()) {
      await expect(frame.getByText(ui.en.progress(index + 1, 20))).toBeVisible();
      await answer(frame, 'en', localizeQuestion(question, 'en'), true);
      await frame.getByRole('button', { name: ui.en.confirm }).click();
    }
    await expect(frame.getByText(ui.en.progress(3, 20))).toBeVisible();
    await frame.getByRole('button', { name: 'Exit the course' }).click();
    await expect(frame.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();
    if (kind === 'scorm2004') expect(Object.keys((lms.record(kind, first).cmi as { interactions: object }).interactions)).toHaveLength(2);

    // Another learner, the same browser: a fresh start.
    frame = await launch(page, kind, second);
    await frame.getByRole('link', { name: 'Final assessment' }).first().click();
    await expect(frame.getByRole('button', { name: ui.en.start, exact: true })).toBeVisible();
    await frame.getByRole('button', { name: 'Exit the course' }).click();
    await expect(frame.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();
    // Nothing of the first learner's reached the second one's LMS record.
    expect(Object.keys((lms.record(kind, second).cmi as { interactions?: object }).interactions ?? {})).toHaveLength(0);

    // The first learner again: their unfinished final opens at the question they were on.
    frame = await launch(page, kind, first);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Final assessment');
    await expect(frame.getByText(ui.en.progress(3, 20))).toBeVisible();
  });
}

test('scorm2004: an Initialize refused at launch opens the course on the device, and a retry that then works asks for a new launch, sending none of it', async ({ page }) => {
  test.setTimeout(90_000);
  const learner = `refused-init-${Date.now()}`;
  const frame = await launch(page, 'scorm2004', learner, '&fails=Initialize:102');
  const alert = frame.getByRole('alert').filter({ hasText: 'Your training platform did not record your latest progress' });
  await expect(alert).toContainText('error 102 on Initialize');
  // The course works meanwhile (on the device's own database).
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => (window as unknown as TestLmsWindow).lmsRecovers());
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(frame.getByRole('status').filter({ hasText: 'Your training platform answers again' })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Exit the course' })).toHaveCount(0);
  await expect(alert).toHaveCount(0);
  // Nothing was sent again: the course does not say it was.
  await expect(frame.getByText('Sent again')).toHaveCount(0);
  // Nothing of that database reached the learner's LMS record.
  const cmi = (lms.record('scorm2004', learner).cmi ?? {}) as { suspend_data?: string; location?: string; interactions?: object };
  expect(cmi.suspend_data ?? '').toBe('');
  expect(cmi.location ?? '').toBe('');
  expect(Object.keys(cmi.interactions ?? {})).toHaveLength(0);
});
