import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileRealCourse } from '../../scripts/course-files.ts';
import { completedCourseHistory } from '../../scripts/record-fixtures.ts';
import { statementMaker } from '@/domain/lrs/statements-for-change';
import { buildRecordContent } from '@/domain/record/build-record';
import { recordStatements } from '@/domain/record/xapi';
import { setStatementMaker } from './outbox-hook';
import { markSectionsSeen } from './progress-repository';
import { saveDeployment } from './deployment-repository';
import { createAttempt, finishAttempt, saveAnswer } from './quiz-repository';
import { importRecordRows } from './record-repository';
import { queueStatements } from './outbox-repository';
import { getDb, openStorage } from './storage';

const course = compileRealCourse();
const context = { courseId: course.id, contentVersion: 'c'.repeat(64), build: 'test', outlines: course.outlines, base: 'https://lms.example.org/xapi' };
const maker = statementMaker(context);
const history = completedCourseHistory(4, 0.85);
const NOW = Date.UTC(2026, 11, 1, 12);
/** The value, or the test fails here. */
function given<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('the fixture lacks it');
  return value;
}

/** What the record's export would give for the database as it is now. */
async function exported(): Promise<string[]> {
  const db = getDb();
  const [profile, lessonProgress, attempts, deployment] = await Promise.all([db.profile.get('learner'), db.lessonProgress.toArray(), db.quizAttempts.toArray(), db.deployment.get('deployment')]);
  const record = buildRecordContent({ ...context, profile: given(profile), lessonProgress, attempts, now: NOW });
  return recordStatements(record, { base: context.base, account: { ...(deployment?.actorHomePage ? { homePage: deployment.actorHomePage } : {}) } }).map((s) => s.id).sort();
}
const queued = async () => (await getDb().outbox.toArray()).map((row) => row.id).sort();

beforeEach(async () => {
  await openStorage();
  await Promise.all(getDb().tables.map((table) => table.clear()));
  await getDb().profile.put({ ...history.profile, id: 'learner', lang: 'fr' } as never);
  setStatementMaker(maker);
});

describe('statements queued with the progress that causes them', () => {
  it('equal, one by one, what the export of the same history gives (same ids)', async () => {
    await saveDeployment({ actorHomePage: 'https://training.example.org', lrs: { endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic x' }, readAt: NOW });
    // Replay the history through the repositories, in time order, as the app writes it.
    for (const lesson of history.lessonProgress) {
      const sectionIds = course.lessons[`fr/${lesson.unitId}/${lesson.lessonId}`]?.sections.map((section) => section.id) ?? lesson.sectionsSeen;
      await markSectionsSeen({ unitId: lesson.unitId, lessonId: lesson.lessonId, sectionIds }, sectionIds, undefined, lesson.lastLang, lesson.readAt ?? lesson.updatedAt);
    }
    for (const attempt of history.attempts) {
      await createAttempt({ ...attempt, responses: {}, current: 0, finishedAt: undefined, score: undefined } as never);
      for (const [questionId, response] of Object.entries(attempt.responses)) await saveAnswer(attempt.id, questionId, response.optionIds, response.lang, response.answeredAt, response.correct);
      if (attempt.finishedAt !== undefined && attempt.score) await finishAttempt(attempt.id, attempt.score, attempt.finishedAt);
    }
    const ids = await queued();
    expect(ids.length).toBeGreaterThan(150);
    expect(ids).toEqual(await exported());
    const rows = await getDb().outbox.toArray();
    expect(rows.every((row) => row.state === 'pending' && row.statement?.actor.account.homePage === 'https://training.example.org')).toBe(true);
    expect(rows.filter((row) => row.statement?.verb.id.endsWith('/completed'))).toHaveLength(1);
  });

  it('queue an answer in the transaction that saves it, and nothing when the answer is refused', async () => {
    const attempt = given(history.attempts[0]);
    await createAttempt({ ...attempt, responses: {}, current: 0, finishedAt: undefined, score: undefined } as never);
    const [questionId, response] = given(Object.entries(attempt.responses)[0]);
    await saveAnswer(attempt.id, questionId, response.optionIds, response.lang, response.answeredAt, response.correct);
    expect(await getDb().outbox.count()).toBe(1);
    // The same question again: the answer is never replaced, and no second statement is made.
    await saveAnswer(attempt.id, questionId, ['other'], response.lang, response.answeredAt + 5, false);
    expect(await getDb().outbox.count()).toBe(1);
  });

  it('queue nothing while no LRS is set', async () => {
    setStatementMaker(null);
    const attempt = given(history.attempts[0]);
    await createAttempt({ ...attempt, responses: {}, current: 0, finishedAt: undefined, score: undefined } as never);
    const [questionId, response] = given(Object.entries(attempt.responses)[0]);
    await saveAnswer(attempt.id, questionId, response.optionIds, response.lang, response.answeredAt, response.correct);
    expect(await getDb().outbox.count()).toBe(0);
  });

  it('queue what an imported record adds, in the import’s transaction', async () => {
    const outcome = await importRecordRows({ profile: history.profile, lessonProgress: history.lessonProgress, attempts: history.attempts }, 'fr', NOW);
    expect(outcome.ok).toBe(true);
    expect(await queued()).toEqual(await exported());
    const before = await getDb().outbox.count();
    await importRecordRows({ profile: history.profile, lessonProgress: history.lessonProgress, attempts: history.attempts }, 'fr', NOW + 1000);
    expect(await getDb().outbox.count()).toBe(before);
  });

  it('never cost the learner a save: when statements cannot be made, the answer is saved and the history queued again later', async () => {
    const attempt = given(history.attempts[1]);
    await createAttempt({ ...attempt, responses: {}, current: 0, finishedAt: undefined, score: undefined } as never);
    const [questionId, response] = given(Object.entries(attempt.responses)[0]);
    setStatementMaker({ ...maker, answer: () => { throw new Error('statement could not be made'); } });
    expect(await saveAnswer(attempt.id, questionId, response.optionIds, response.lang, response.answeredAt, response.correct)).toBe(true);
    expect((await getDb().quizAttempts.get(attempt.id))?.responses[questionId]).toBeDefined();
    expect(await getDb().outbox.count()).toBe(0);
    expect((await getDb().delivery.get('lrs'))?.historyPending).toBe(true);
  });

  it('queue one statement per event: a lesson reopened in the other language, or a new organisation id, sends nothing twice', async () => {
    const lesson = given(history.lessonProgress[0]);
    const sectionIds = lesson.sectionsSeen;
    await markSectionsSeen({ unitId: lesson.unitId, lessonId: lesson.lessonId, sectionIds }, sectionIds, undefined, 'fr', NOW);
    const first = await getDb().outbox.count();
    expect(first).toBeGreaterThan(0);
    // Reopened in English: the lesson's last language changes, its `experienced` would get a new id.
    await markSectionsSeen({ unitId: lesson.unitId, lessonId: lesson.lessonId, sectionIds }, sectionIds, undefined, 'en', NOW + 1000);
    const db = getDb();
    const [profile, lessons, attempts] = await Promise.all([db.profile.get('learner'), db.lessonProgress.toArray(), db.quizAttempts.toArray()]);
    await queueStatements(maker.all({ profile: given(profile) }, lessons, attempts, NOW + 2000), NOW + 2000);
    await queueStatements(maker.all({ profile: given(profile), account: { name: 'staff-4521' } }, lessons, attempts, NOW + 3000), NOW + 3000);
    expect(await getDb().outbox.count()).toBe(first);
  });
});

describe('review answers queued as they are given', () => {
  it('are the export\'s review statements, same ids, marked as review', async () => {
    const { cardsFromAttempts } = await import('@/domain/review/history');
    const { planReview } = await import('@/domain/review/review-session');
    const { dueCards } = await import('@/domain/review/schedule');
    const { createReviewSession, saveReviewAnswer } = await import('./review-session-repository');
    const { reviewExtension } = await import('@/domain/record/xapi');
    const { cards, logs } = cardsFromAttempts(history.attempts);
    await getDb().reviewCards.bulkPut(cards);
    await getDb().reviewLogs.bulkPut(logs);
    const later = NOW + 40 * 86_400_000;
    const plan = planReview(course.facts, dueCards(cards, later), 8, 4);
    expect(plan.items.length).toBe(4);
    await createReviewSession({ id: 's1', seed: 8, lang: 'en', items: plan.items, questions: plan.questions, contentVersion: context.contentVersion, generatorVersion: 1, responses: {}, current: 0, startedAt: later });
    for (const [i, question] of plan.questions.entries()) await saveReviewAnswer('s1', question.id, i % 2 ? question.answer : [question.options.find((o) => !question.answer.includes(o.id))?.id ?? ''], 'en', later + (i + 1) * 10_000);

    const marked = reviewExtension(context.base);
    const rows = await getDb().outbox.toArray();
    const reviewRows = rows.filter((row) => row.statement?.context.extensions?.[marked]);
    expect(reviewRows).toHaveLength(4);
    const db = getDb();
    const [profile, sessions] = await Promise.all([db.profile.get('learner'), db.reviewSessions.toArray()]);
    const record = buildRecordContent({ ...context, profile: given(profile), lessonProgress: [], attempts: [], review: { cards: [], log: [], sessions }, now: later + 100_000 });
    const fromExport = recordStatements(record, { base: context.base, account: {} }).filter((s) => s.context.extensions?.[marked]);
    expect(reviewRows.map((row) => row.id).sort()).toEqual(fromExport.map((s) => s.id).sort());

    // A record imported on a device with an LRS queues its review answers too, with the same ids.
    await getDb().outbox.clear();
    await getDb().reviewSessions.clear();
    expect(await importRecordRows({ profile: history.profile, lessonProgress: [], attempts: [], review: { cards: [], log: [], sessions } }, 'fr', later + 200_000)).toMatchObject({ ok: true });
    const imported = (await getDb().outbox.toArray()).filter((row) => row.statement?.context.extensions?.[marked]);
    expect(imported.map((row) => row.id).sort()).toEqual(fromExport.map((s) => s.id).sort());
  });
});
