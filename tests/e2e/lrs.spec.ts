/**
 * Statements reach a real Learning Record Store (Learning Locker's statements service, in
 * memory, started here on 127.0.0.1) from the built app: online, offline then online, through
 * an outage, with refused credentials, with one statement refused, and from two tabs, each
 * statement stored exactly once. The LRS's front (scripts/lrs/test-lrs.ts) logs every request.
 */
import validation from '@learninglocker/xapi-validation';
import type { BrowserContext, Page } from '@playwright/test';
import { startTestLrs, type StoredStatement, type TestLrs } from '../../scripts/lrs/test-lrs.ts';
import { lessonUrl } from './course-fixture';
import { controlledByServiceWorker, expect, test } from './fixtures';
import { readLesson, takeQuiz } from './quiz-helpers';

const validate = ((validation as unknown as { default?: typeof validation }).default ?? validation) as (statement: unknown) => unknown[];
/** playwright.config.ts allows this origin in the preview's connect-src. */
const LRS_PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

let lrs: TestLrs;

test.describe.configure({ mode: 'serial' });
// One LRS on one port: the desktop project runs this file (playwright.config.ts keeps it off the phone project).

test.beforeAll(async () => {
  lrs = await startTestLrs(LRS_PORT);
});
test.afterAll(async () => {
  await lrs?.close();
});
test.beforeEach(() => {
  lrs.refuse(null);
  lrs.failWith(null);
});

/** The learner's anonymous id: the account name of their statements. */
async function learnerId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = indexedDB.open('sentinelle');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const profile = await new Promise<{ learnerId: string } | undefined>((resolve) => {
      const get = db.transaction('profile').objectStore('profile').get('learner');
      get.onsuccess = () => resolve(get.result as { learnerId: string } | undefined);
    });
    db.close();
    return profile?.learnerId ?? '';
  });
}

/** Ids of every statement this device made (pending, set aside or sent), from its outbox. */
async function outboxIds(page: Page): Promise<{ id: string; state: string }[]> {
  return page.evaluate(async () => {
    const request = indexedDB.open('sentinelle');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const rows = await new Promise<{ id: string; state: string }[]>((resolve) => {
      const all = db.transaction('outbox').objectStore('outbox').getAll();
      all.onsuccess = () => resolve(all.result as { id: string; state: string }[]);
    });
    db.close();
    return rows.map(({ id, state }) => ({ id, state }));
  });
}

const statementsOf = async (learner: string) => (await lrs.statements()).filter((s) => (s.actor as { account?: { name?: string } }).account?.name === learner);

/** How often each id was stored by a successful request (the front's log). */
function timesStored(ids: readonly string[]): Map<string, number> {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const entry of lrs.log) {
    if (entry.status < 200 || entry.status >= 300 || (entry.method !== 'POST' && entry.method !== 'PUT')) continue;
    for (const id of entry.ids) if (counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Enters the LRS in settings (as a learner given an address and a key), tests it, saves. */
async function enterLrs(page: Page, key = 'sentinelle:test-secret') {
  await page.goto('/en/settings');
  // Typed into the prerendered page before it is hydrated, the address would be lost: the
  // storage figure shows once the page is live.
  await expect(page.getByText(/ used of /)).toBeVisible();
  await page.getByLabel('LRS address (xAPI endpoint)').fill(lrs.endpoint);
  await page.getByLabel('Key', { exact: true }).fill(key);
  await page.getByRole('button', { name: 'Test the connection' }).click();
  await expect(page.getByText(/^Connected: the LRS answers|^The LRS refused the key/)).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved. Your progress will be sent to this LRS.')).toBeVisible();
}

/**
 * Reads a lesson to the end. The lesson's first section is given time on screen before the
 * scrolling starts: right after the settings page, the app is busy queueing the history.
 */
async function read(page: Page, unitId: string, lessonId: string) {
  await page.goto(lessonUrl('en', unitId, lessonId));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(1500);
  await readLesson(page, lessonUrl('en', unitId, lessonId), 'Read');
}

async function expectAllDelivered(page: Page, learner: string, timeout = 15_000) {
  await expect.poll(async () => (await outboxIds(page)).filter((row) => row.state === 'pending').length, { timeout }).toBe(0);
  const made = (await outboxIds(page)).filter((row) => row.state === 'sent').map((row) => row.id);
  const stored = await statementsOf(learner);
  expect(stored.map((s) => s.id).sort()).toEqual([...made].sort());
  for (const [id, times] of timesStored(made)) expect(times, `statement ${id} stored by ${times} requests`).toBe(1);
  for (const statement of stored) expect(validate(statement), statement.id).toEqual([]);
  return stored;
}

test('a lesson read online reaches the site’s LRS within 5 seconds', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/config.json', (route) => route.fulfill({ json: { lrs: { endpoint: lrs.endpoint, auth: lrs.auth }, actor: { homePage: 'https://training.example.org' } } }));
  await page.goto('/en');
  await read(page, 'introduction', 'why-terrorism');
  const learner = await learnerId(page);
  await expect
    .poll(async () => (await statementsOf(learner)).filter((s) => s.verb.id === VERB('experienced')).map((s) => s.object.id), { timeout: 5_000 })
    .toEqual([expect.stringMatching(/\/units\/introduction\/lessons\/why-terrorism$/)]);
  const [experienced] = await statementsOf(learner);
  expect((experienced?.actor as { account: { homePage: string } }).account.homePage).toBe('https://training.example.org');
  await page.goto('/en/record');
  await expect(page.getByText('Everything has been sent.')).toBeVisible();
  await context.close();
});

test('studied offline, everything arrives once the device is online again', async ({ context, page }) => {
  test.setTimeout(150_000);
  await enterLrs(page);
  const learner = await learnerId(page);
  await controlledByServiceWorker(page);
  await context.setOffline(true);
  await takeQuiz(page, 'en', '/en/threat-awareness/intelligence-sharing/check', 5, 'practice');
  await read(page, 'introduction', 'nato-framework');
  await page.goto('/en/record');
  await expect(page.getByTestId('delivery-waiting')).toHaveText(/^\d+ statements wait to be sent\.$/);
  await expect(page.getByText('You are offline: statements will be sent when the connection returns.')).toBeVisible();
  expect(await statementsOf(learner)).toEqual([]);
  await context.setOffline(false);
  const stored = await expectAllDelivered(page, learner);
  expect(stored.filter((s) => s.verb.id === VERB('answered'))).toHaveLength(5);
  expect(stored.filter((s) => s.verb.id === VERB('experienced'))).toHaveLength(1);
  await expect(page.getByText('Everything has been sent.')).toBeVisible();
});

test('the LRS stops and comes back: everything studied meanwhile arrives, each statement once', async ({ page }) => {
  // After some failures the backoff waits up to a minute or two (full jitter, doubling from 2 s).
  test.setTimeout(240_000);
  await enterLrs(page);
  const learner = await learnerId(page);
  await lrs.down();
  await takeQuiz(page, 'en', '/en/capabilities/operations-and-missions/check', 5, 'practice');
  await page.goto('/en/record');
  await expect(page.getByText(/^The LRS could not be reached/)).toBeVisible({ timeout: 15_000 });
  await lrs.up();
  await expectAllDelivered(page, learner, 150_000);
  await expect(page.getByText('Everything has been sent.')).toBeVisible();
});

test('refused credentials: a clear message, nothing lost, and everything sent once the key is fixed', async ({ page }) => {
  await enterLrs(page, 'sentinelle:wrong');
  const learner = await learnerId(page);
  await takeQuiz(page, 'en', '/en/threat-awareness/intelligence-sharing/check', 5, 'practice');
  await page.goto('/en/record');
  await expect(page.getByText(/^The LRS refused the credentials \(401\)\. Nothing is lost/)).toBeVisible({ timeout: 10_000 });
  const waiting = (await outboxIds(page)).filter((row) => row.state === 'pending').length;
  expect(waiting).toBeGreaterThanOrEqual(6);
  await enterLrs(page);
  const stored = await expectAllDelivered(page, learner);
  expect(stored.length).toBe(waiting);
});

test('a statement the LRS refuses is set aside while the others arrive', async ({ page }) => {
  lrs.refuse((statement) => statement.verb.id === VERB('experienced'), 'Lessons are not accepted by this LRS');
  await enterLrs(page);
  const learner = await learnerId(page);
  await read(page, 'introduction', 'why-terrorism');
  await takeQuiz(page, 'en', '/en/threat-awareness/intelligence-sharing/check', 5, 'practice');
  await page.goto('/en/record');
  await expect(page.getByText(/^1 statement was refused by the LRS and set aside: “Lessons are not accepted by this LRS · Refused/)).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await outboxIds(page)).filter((row) => row.state === 'pending').length, { timeout: 15_000 }).toBe(0);
  const stored = await statementsOf(learner);
  expect(stored.filter((s) => s.verb.id === VERB('experienced'))).toEqual([]);
  expect(stored.filter((s) => s.verb.id === VERB('answered'))).toHaveLength(5);
  expect((await outboxIds(page)).filter((row) => row.state === 'set-aside')).toHaveLength(1);
});

test('two tabs studying at once: each statement is sent once', async ({ context }: { context: BrowserContext }) => {
  // Two quizzes at once, each answer a write and a send: slow on a loaded machine.
  test.setTimeout(150_000);
  const first = await context.newPage();
  await enterLrs(first);
  const learner = await learnerId(first);
  const second = await context.newPage();
  await Promise.all([takeQuiz(first, 'en', '/en/chronology/from-1999-to-2002/check', 5, 'practice'), takeQuiz(second, 'en', '/en/chronology/from-2003-to-2016/check', 5, 'practice')]);
  const stored = await expectAllDelivered(first, learner);
  expect(stored.filter((s: StoredStatement) => s.verb.id === VERB('answered'))).toHaveLength(10);
});
