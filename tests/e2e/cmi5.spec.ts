/**
 * The cmi5 package in an LMS: the test LMS (scripts/lms/test-lms.ts) launches the AU that
 * cmi5.xml declares, with the five launch parameters; its fetch URL gives one token; it serves
 * LMS.LaunchData and the learner's preferences, and forwards statements to a real LRS (Learning
 * Locker's statements service, scripts/lrs/test-lrs.ts). What the LRS stores is checked: the
 * spec's order, registration, session id, categories, the xAPI validator.
 */
import validation from '@learninglocker/xapi-validation';
import type { Page } from '@playwright/test';
import { cmi5LearnerDatabase } from '../../src/domain/lms/learner-database.ts';
import { localizeQuestion } from '../../src/domain/quiz/question.ts';
import { startTestLms, type TestLms } from '../../scripts/lms/test-lms.ts';
import { startTestLrs, type StoredStatement, type TestLrs } from '../../scripts/lrs/test-lrs.ts';
import { allLessons } from './course-fixture';
import { expect, test } from './fixtures';
import { answer, storedFinal } from './grading-helpers';
import { ui } from './quiz-helpers';

const validate = ((validation as unknown as { default?: typeof validation }).default ?? validation) as (statement: unknown) => unknown[];
const BASE = Number(process.env.E2E_PORT ?? 4173);
let lrs: TestLrs;
let lms: TestLms;

// One LMS (and LRS) per file, on fixed ports: the tests of a file run one after the other.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  lrs = await startTestLrs(BASE + 32);
  lms = await startTestLms(BASE + 35, { endpoint: lrs.endpoint, auth: lrs.auth });
});
// Each closed even when the other failed to start (an LRS left running would hold its port).
test.afterAll(async () => {
  // (undefined when its start failed, whatever the declared type says)
  await Promise.allSettled([(lms as TestLms | undefined)?.close(), (lrs as TestLrs | undefined)?.close()]);
});

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CATEGORY_MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const verbOf = (statement: StoredStatement) => statement.verb.id.replace('http://adlnet.gov/expapi/verbs/', '');
const DEFINED = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated']);
/** The cmi5 defined statements (the allowed ones, lessons and answers, left out). */
const defined = (statements: StoredStatement[]) => statements.filter((statement) => DEFINED.has(verbOf(statement)));

interface Cmi5Context {
  registration?: string;
  extensions?: Record<string, unknown>;
  contextActivities?: { category?: { id: string }[] };
}

/** The statements of a registration the LRS stored, in the order they were made. */
async function statementsOf(registration: string): Promise<StoredStatement[]> {
  const all = await lrs.statements();
  return all.filter((statement) => (statement.context as Cmi5Context | undefined)?.registration === registration).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

/** The database of the learner the page was launched for (each LMS learner has their own: src/domain/lms/learner-database.ts). */
function learnerDatabase(page: Page): string {
  const actor = new URL(page.url()).searchParams.get('actor');
  if (!actor) throw new Error(`the page has no cmi5 actor: ${page.url()}`);
  return cmi5LearnerDatabase(JSON.parse(actor) as Parameters<typeof cmi5LearnerDatabase>[0]);
}

/** Takes the final assessment, `right` answers right (the keys as the app stored them); `stopAfter` leaves it after that many answers. */
async function takeFinal(page: Page, right: number, stopAfter = 20) {
  await page.getByRole('link', { name: 'Final assessment' }).first().click();
  // "Retake" where a final was taken already (on this device, or on another one of the registration).
  await page.getByRole('button', { name: ui.en.start, exact: true }).or(page.getByRole('button', { name: 'Retake with new questions' })).click();
  // The attempt is stored when its first question shows.
  await expect(page.getByText(ui.en.progress(1, 20))).toBeVisible();
  const attempt = await storedFinal(page, learnerDatabase(page));
  if (!attempt) throw new Error('no final assessment was stored');
  for (const [index, question] of attempt.questions.slice(0, stopAfter).entries()) {
    await expect(page.getByText(ui.en.progress(index + 1, 20))).toBeVisible();
    await answer(page, 'en', localizeQuestion(question, 'en'), index < right);
    await page.getByRole('button', { name: ui.en.confirm }).click();
  }
}

/** The LMS's own record of what the registration announced (kept in the State API). */
const ANNOUNCED = 'https://w3id.org/xapi/sentinelle/state/announced';
/** The learner's record, kept for the other devices (src/features/lms/record-sync.ts). */
const RECORD_STATE = 'https://w3id.org/xapi/sentinelle/state/record';

/** Whether the page is loaded and in the session (its Exit button shown, no problem). */
async function inSession(page: Page) {
  await expect(page.getByRole('button', { name: 'Exit the course' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('cmi5: initialized, passed at the mastery score, terminated, in order, with reloads mid-session on one token; another device of the registration passes no second time', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const learner = `cmi5-${Date.now()}`;
  await page.goto(`${lms.url}/cmi5/launch?learner=${learner}&mode=Normal&languages=en-US,fr-FR`);
  // The learner's preferences (en-US first) chose the language.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NATO and the fight against terrorism');
  await inSession(page);
  const session = lms.cmi5(learner);
  if (!session) throw new Error('the LMS did not launch');
  await expect.poll(async () => defined(await statementsOf(session.registration)).map(verbOf)).toEqual(['initialized']);

  // A reload the page asks for (location.reload(), as its "Reload" buttons do), and one by the
  // reload key (the page sees F5 before the browser reloads): the session goes on, on the same
  // token (the fetch URL is not POSTed again), with no terminated sent.
  await page.evaluate(() => window.location.reload());
  await inSession(page);
  await page.keyboard.press('F5');
  await page.reload();
  await inSession(page);
  expect(session.fetches).toBe(1);
  expect(defined(await statementsOf(session.registration)).map(verbOf)).toEqual(['initialized']);
  await expect(page.getByText('Your session with the training platform ended')).toHaveCount(0);

  await takeFinal(page, 17);
  await expect(page.locator('.results__score')).toHaveText('17 right answers out of 20 (85%)');
  await page.getByRole('button', { name: 'Exit the course' }).click();
  // Back to the LMS's returnURL once terminated is sent.
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();

  const stored = await statementsOf(session.registration);
  expect(defined(stored).map(verbOf)).toEqual(['initialized', 'passed', 'terminated']);
  // Each answer, as a cmi5 allowed statement, between initialized and terminated, without the cmi5 category.
  const verbs = stored.map(verbOf);
  expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(20);
  expect(verbs[0]).toBe('initialized');
  expect(verbs.at(-1)).toBe('terminated');
  for (const allowed of stored.filter((statement) => verbOf(statement) === 'answered')) {
    expect((allowed.context as Cmi5Context).contextActivities?.category?.map((category) => category.id) ?? []).not.toContain(CATEGORY_CMI5);
  }
  expect(session.fetches).toBe(1);
  expect(session.refused).toBe(0);
  for (const statement of stored) {
    expect(validate(statement), statement.id).toEqual([]);
    const context = statement.context as Cmi5Context;
    expect(context.extensions?.[SESSION_ID]).toBe(session.sessionId);
    if (DEFINED.has(verbOf(statement))) expect(context.contextActivities?.category?.map((category) => category.id)).toContain(CATEGORY_CMI5);
    expect(context.registration).toBe(session.registration);
    expect((statement.actor as { account: { name: string } }).account.name).toBe(learner);
  }
  const passed = defined(stored)[1];
  expect(passed?.result).toMatchObject({ success: true, score: { scaled: 0.85 } });
  expect((passed?.context as Cmi5Context).contextActivities?.category?.map((category) => category.id)).toContain(CATEGORY_MOVE_ON);
  // What the registration announced is in its State API document, for the other devices.
  expect(lms.state(session.registration, ANNOUNCED)).toEqual({ completed: false, passed: true });

  // Another device (an empty browser), the same registration: it passes the final again, and
  // fails one, but the registration has its passed: neither passed nor failed goes a second time.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(`${lms.url}/cmi5/launch?learner=${learner}&mode=Normal&languages=en&registration=${session.registration}`);
  await inSession(otherPage);
  const second = lms.cmi5(learner);
  if (!second || second.sessionId === session.sessionId) throw new Error('the LMS did not launch a second session');
  await takeFinal(otherPage, 20);
  await expect(otherPage.locator('.results__score')).toHaveText('20 right answers out of 20 (100%)');
  await otherPage.getByRole('button', { name: 'Exit the course' }).click();
  await expect(otherPage.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();
  await other.close();
  const all = defined(await statementsOf(session.registration));
  expect(all.map(verbOf)).toEqual(['initialized', 'passed', 'terminated', 'initialized', 'terminated']);
  expect((all[3]?.context as Cmi5Context).extensions?.[SESSION_ID]).toBe(second.sessionId);
});

/** Launches a learner, waits for initialized in the LRS, and answers three questions of the final (statements the LRS then holds, or not). */
async function launchAndAnswer(page: Page, learner: string) {
  await page.goto(`${lms.url}/cmi5/launch?learner=${learner}&mode=Normal&languages=en`);
  await inSession(page);
  const session = lms.cmi5(learner);
  if (!session) throw new Error('the LMS did not launch');
  await expect.poll(async () => defined(await statementsOf(session.registration)).map(verbOf)).toEqual(['initialized']);
  return session;
}

/** How many statements wait in the page's outbox (IndexedDB). */
const waitingInOutbox = (page: Page) =>
  page.evaluate(async (name) => {
    const request = indexedDB.open(name);
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const rows = await new Promise<{ state: string }[]>((resolve) => {
      const all = db.transaction('outbox').objectStore('outbox').getAll();
      all.onsuccess = () => resolve(all.result as { state: string }[]);
    });
    db.close();
    return rows.filter((row) => row.state === 'pending').length;
  }, learnerDatabase(page));

/** The registration's statements once they stop changing (nothing arrives after the last look). */
async function settledStatements(registration: string) {
  let before = -1;
  let stored: StoredStatement[] = [];
  await expect
    .poll(async () => {
      stored = await statementsOf(registration);
      const same = stored.length === before;
      before = stored.length;
      return same && stored.length > 0;
    }, { intervals: [1_000] })
    .toBe(true);
  return stored;
}

test('cmi5: closing the page sends what waits, then terminated, last', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const learner = `close-${Date.now()}`;
  const session = await launchAndAnswer(page, learner);
  // The LRS fails while three questions are answered: their statements wait in the outbox.
  lms.refuseStatements(503);
  await takeFinal(page, 3, 3);
  await expect(page.getByText(ui.en.progress(4, 20))).toBeVisible();
  await expect.poll(() => waitingInOutbox(page)).toBe(3);
  lms.refuseStatements(null);
  const before = session.posts.length;
  await page.close({ runBeforeUnload: true });
  const stored = await settledStatements(session.registration);
  expect(stored.map(verbOf)).toEqual(['initialized', 'answered', 'answered', 'answered', 'terminated']);
  // One last request carried them, what waited first.
  expect(session.posts.slice(before)).toEqual([['answered', 'answered', 'answered', 'terminated']]);
  for (const statement of stored) expect(validate(statement), statement.id).toEqual([]);
  await context.close();
});

test('cmi5: a final below the mastery score is announced as failed when the session ends, before terminated, even when the page is closed', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const session = await launchAndAnswer(page, `failed-${Date.now()}`);
  await takeFinal(page, 10);
  await expect(page.locator('.results__score')).toHaveText('10 right answers out of 20 (50%)');
  // One of passed and failed per session: a failure waits for the session's end (a pass later in the session would replace it).
  await expect.poll(async () => (await statementsOf(session.registration)).filter((statement) => verbOf(statement) === 'answered').length).toBe(20);
  expect(defined(await statementsOf(session.registration)).map(verbOf)).toEqual(['initialized']);
  await page.close({ runBeforeUnload: true });
  const stored = await settledStatements(session.registration);
  expect(defined(stored).map(verbOf)).toEqual(['initialized', 'failed', 'terminated']);
  expect(defined(stored)[1]?.result).toMatchObject({ success: false, score: { scaled: 0.5 } });
  expect(stored.at(-1) && verbOf(stored.at(-1) as StoredStatement)).toBe('terminated');
  for (const statement of stored) expect(validate(statement), statement.id).toEqual([]);
  await context.close();
});

test('cmi5: going to another address ends the session with terminated', async ({ page }) => {
  test.setTimeout(120_000);
  const session = await launchAndAnswer(page, `away-${Date.now()}`);
  await page.goto('about:blank');
  const stored = await settledStatements(session.registration);
  expect(defined(stored).map(verbOf)).toEqual(['initialized', 'terminated']);
  expect(stored.at(-1)?.result).toMatchObject({ duration: expect.stringMatching(/^PT/) });
});

test('cmi5: the browser\'s reload button ends the session; the reloaded page says so, sends nothing more and leads back to the LMS', async ({ page }) => {
  test.setTimeout(150_000);
  const session = await launchAndAnswer(page, `button-${Date.now()}`);
  // page.reload() is the browser's own reload: the page sees no event before pagehide.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Your session with the training platform ended when this page was left or reloaded' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exit the course' })).toHaveCount(0);
  expect(session.fetches).toBe(1);
  // The course still works, on this device: answers after the end are kept, not sent.
  await takeFinal(page, 2, 2);
  await expect(page.getByText(ui.en.progress(3, 20))).toBeVisible();
  const stored = await settledStatements(session.registration);
  expect(stored.map(verbOf)).toEqual(['initialized', 'terminated']);
  await page.getByRole('link', { name: 'Back to the training platform' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();
  expect((await statementsOf(session.registration)).map(verbOf)).toEqual(['initialized', 'terminated']);
});

test('cmi5: Exit while the LRS fails says so, keeps everything, and goes back to the LMS once it is sent', async ({ page }) => {
  test.setTimeout(120_000);
  const session = await launchAndAnswer(page, `refused-${Date.now()}`);
  lms.refuseStatements(503);
  await takeFinal(page, 1, 1);
  await page.getByRole('button', { name: 'Exit the course' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your training platform did not record your latest progress');
  await expect(alert).toContainText('error 503 on POST statements');
  // Not "ended and saved" while the LMS holds none of it.
  await expect(page.getByText('Your session has ended and your progress is saved')).toHaveCount(0);
  expect(page.url()).toContain('/content/cmi5/');
  lms.refuseStatements(null);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();
  const stored = await settledStatements(session.registration);
  expect(stored.map(verbOf)).toEqual(['initialized', 'answered', 'terminated']);
});

test('cmi5: Browse mode sends neither completed, passed nor failed', async ({ page }) => {
  test.setTimeout(150_000);
  const learner = `browse-${Date.now()}`;
  await page.goto(`${lms.url}/cmi5/launch?learner=${learner}&mode=Browse&languages=en`);
  await expect(page.getByRole('button', { name: 'Exit the course' })).toBeVisible();
  const session = lms.cmi5(learner);
  if (!session) throw new Error('the LMS did not launch');
  await takeFinal(page, 20);
  await expect(page.locator('.results__score')).toHaveText('20 right answers out of 20 (100%)');
  await page.getByRole('button', { name: 'Exit the course' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();
  const stored = await statementsOf(session.registration);
  expect(defined(stored).map(verbOf)).toEqual(['initialized', 'terminated']);
  for (const statement of stored) expect(validate(statement), statement.id).toEqual([]);
});

test('cmi5: the progress kept in the State API brings the lessons read and the quiz attempts to another device', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const learner = `state-${Date.now()}`;
  const lesson = allLessons('en')[0];
  if (!lesson) throw new Error('the course has no lesson');
  await page.goto(`${lms.url}/cmi5/launch?learner=${learner}&mode=Normal&languages=en`);
  await page.getByRole('link', { name: lesson.title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const atBottom = () => page.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2);
  for (let step = 0; step < 40 && !(await atBottom()); step++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(800);
  }
  await expect(page.locator('.lesson__meta .badge')).toHaveText('Read', { timeout: 10_000 });
  const session = lms.cmi5(learner);
  if (!session) throw new Error('the LMS did not launch');
  await expect.poll(async () => (await statementsOf(session.registration)).map(verbOf)).toContain('experienced');
  await page.getByRole('link', { name: 'NATO and the fight against terrorism' }).first().click();
  await takeFinal(page, 17);
  await expect(page.locator('.results__score')).toHaveText('17 right answers out of 20 (85%)');
  await page.getByRole('button', { name: 'Exit the course' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();

  // Another device, the same registration: a new session, the lesson read and the final taken come back.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(`${lms.url}/cmi5/launch?learner=${learner}&mode=Normal&languages=en&registration=${session.registration}`);
  await expect(otherPage.getByText(`1 of ${allLessons('en').length} lessons read`)).toBeVisible();
  await otherPage.getByRole('link', { name: 'Record' }).first().click();
  await expect(otherPage.getByText(/^Best final assessment: 85 ?% \(17 of 20\) on /)).toBeVisible();
  await other.close();
});

test('cmi5: on a shared computer each learner has their own progress: a second learner gets none of the first one\'s, and the first gets theirs back', async ({ page }) => {
  test.setTimeout(150_000);
  const first = `shared-a-${Date.now()}`;
  const second = `shared-b-${Date.now()}`;
  const firstSession = await launchAndAnswer(page, first);
  await takeFinal(page, 3, 3);
  await expect(page.getByText(ui.en.progress(4, 20))).toBeVisible();
  const firstDatabase = learnerDatabase(page);
  const attempt = await storedFinal(page, firstDatabase);
  if (!attempt) throw new Error('no final assessment was stored');
  await page.getByRole('button', { name: 'Exit the course' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();

  // Another learner, the same browser: a fresh start, in a database of their own.
  const secondSession = await launchAndAnswer(page, second);
  expect(learnerDatabase(page)).not.toBe(firstDatabase);
  await page.getByRole('link', { name: 'Final assessment' }).first().click();
  await expect(page.getByRole('button', { name: ui.en.start, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Exit the course' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();
  // Nothing of the first learner's reached the second one's registration.
  const secondStored = await settledStatements(secondSession.registration);
  expect(secondStored.map(verbOf)).toEqual(['initialized', 'terminated']);
  expect(JSON.stringify(lms.state(secondSession.registration, RECORD_STATE) ?? null)).not.toContain(attempt.id);

  // The first learner again, on their registration: their unfinished final opens at the question they were on.
  await page.goto(`${lms.url}/cmi5/launch?learner=${first}&mode=Normal&languages=en&registration=${firstSession.registration}`);
  await inSession(page);
  await page.getByRole('link', { name: 'Final assessment' }).first().click();
  await expect(page.getByText(ui.en.progress(4, 20))).toBeVisible();
});

test('cmi5: what an earlier session left unsent is set aside at the next launch, not sent with the new session\'s token', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext();
  let page = await context.newPage();
  const learner = `stale-${Date.now()}`;
  const first = await launchAndAnswer(page, learner);
  // The LRS fails from here on, the page's last request included: the answers and terminated stay in the outbox.
  lms.refuseStatements(503);
  await takeFinal(page, 2, 2);
  await expect.poll(() => waitingInOutbox(page)).toBe(2);
  const turnedAway = first.turnedAway;
  await page.close({ runBeforeUnload: true });
  // The page's last request (keepalive) fails too before the LRS recovers.
  await expect.poll(() => first.turnedAway).toBeGreaterThan(turnedAway);
  lms.refuseStatements(null);

  // The next launch, the same registration: a new session, which sends only its own statements.
  page = await context.newPage();
  await page.goto(`${lms.url}/cmi5/launch?learner=${learner}&mode=Normal&languages=en&registration=${first.registration}`);
  await inSession(page);
  const second = lms.cmi5(learner);
  if (!second || second.sessionId === first.sessionId) throw new Error('the LMS did not launch a second session');
  await page.getByRole('link', { name: 'Record' }).first().click();
  await expect(page.getByText(/^2 statements were set aside: the last belong to an earlier session with your training platform/)).toBeVisible();
  await page.getByRole('button', { name: 'Exit the course' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();
  const stored = await settledStatements(first.registration);
  const ofSession = (sessionId: string) => stored.filter((statement) => (statement.context as Cmi5Context).extensions?.[SESSION_ID] === sessionId).map(verbOf);
  expect(ofSession(first.sessionId)).toEqual(['initialized']);
  expect(defined(stored.filter((statement) => (statement.context as Cmi5Context).extensions?.[SESSION_ID] === second.sessionId)).map(verbOf)).toEqual(['initialized', 'terminated']);
  // The answers themselves stay in the learner's record on the device.
  await context.close();
});
