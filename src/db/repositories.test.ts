import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, SentinelleDb } from './db';
import { addReadingTime, getAllLessonProgress, getLessonProgress, markSectionsSeen, resetProgress } from './progress-repository';
import { getProfile, saveDisplayName, saveLastPlace } from './profile-repository';
import { createAttempt, finishAttempt, getLatestAttempt, saveAnswer, setCurrentQuestion, type AnswerReview } from './quiz-repository';
import { recordAnswerInTransaction, reviewTables } from './review-recorder';
import { classifyStorageError, getDb, onStorageProblem, openStorage, safeWrite } from './storage';

const lesson = { unitId: 'capabilities', lessonId: 'dat-programme', sectionIds: ['a', 'b', 'c'] };
const NO_QUESTIONS = { questions: [], contentVersion: 'c'.repeat(64), generatorVersion: 1 };

beforeEach(async () => {
  await openStorage();
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('lesson progress', () => {
  it('merges seen sections across saves and marks the lesson read once all are seen', async () => {
    await markSectionsSeen(lesson, ['a'], 'a', 'en', 1000);
    await markSectionsSeen(lesson, ['c'], 'c', 'fr', 2000);
    expect(await getLessonProgress('capabilities', 'dat-programme')).toMatchObject({ sectionsSeen: ['a', 'c'], lastSectionId: 'c', lastLang: 'fr', startedAt: 1000 });
    await markSectionsSeen(lesson, ['b'], 'b', 'fr', 3000);
    const row = await getLessonProgress('capabilities', 'dat-programme');
    expect(row).toMatchObject({ sectionsSeen: ['a', 'b', 'c'], readAt: 3000 });
  });

  it('adds reading time without losing time added by another tab', async () => {
    await markSectionsSeen(lesson, ['a'], 'a', 'en', 1000);
    await Promise.all([addReadingTime('capabilities', 'dat-programme', 5000, 2000), addReadingTime('capabilities', 'dat-programme', 7000, 2100)]);
    expect((await getLessonProgress('capabilities', 'dat-programme'))?.timeSpentMs).toBe(12000);
  });

  it('reset erases what settings say (lessons read, every quiz attempt, the last place) and keeps the name and learner id', async () => {
    await markSectionsSeen(lesson, ['a'], 'a', 'en', 1000);
    await saveDisplayName('Ada Lovelace', 'en', 1000);
    await saveLastPlace({ kind: 'lesson', unitId: 'capabilities', lessonId: 'dat-programme', sectionId: 'a', lang: 'en', at: 1000 });
    await createAttempt({ ...NO_QUESTIONS, id: 'x', quizId: 'final', mode: 'exam', seed: 1, lang: 'en', questionIds: ['q1'], responses: {}, current: 0, startedAt: 1000 });
    await getDb().reviewCards.put({ factId: 'fact-x', due: 2, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, createdAt: 1 });
    await getDb().reviewLogs.put({ id: 'fact-x@1', factId: 'fact-x', at: 1, rating: 3, source: 'quiz', questionId: 'q1', questionType: 'event-year', due: 2 });
    const learnerId = (await getProfile())?.learnerId;
    await resetProgress(5000);
    expect(await getAllLessonProgress()).toEqual([]);
    expect(await getDb().quizAttempts.count()).toBe(0);
    expect(await getDb().reviewCards.count()).toBe(0);
    expect(await getDb().reviewLogs.count()).toBe(0);
    const profile = await getProfile();
    expect(profile?.lastPlace).toBeUndefined();
    expect(profile).toMatchObject({ displayName: 'Ada Lovelace', learnerId, lang: 'en' });
    // Nothing else is left behind: beyond these (and the review tables, emptied), the database holds only the LRS outbox
    // (statements already made are still sent, as settings say), the sender's state and the
    // site's configuration; no activity log.
    const kept = ['delivery', 'deployment', 'lessonProgress', 'outbox', 'profile', 'quizAttempts', 'reviewCards', 'reviewLogs', 'reviewSessions'];
    expect(getDb().tables.map((table) => table.name).sort()).toEqual(kept);
    const raw = await new Promise<string[]>((resolve, reject) => {
      const request = indexedDB.open(DATABASE_NAME);
      request.onsuccess = () => {
        resolve([...request.result.objectStoreNames]);
        request.result.close();
      };
      request.onerror = () => reject(request.error);
    });
    expect(raw.sort()).toEqual(kept);
  });
});

describe('quiz attempts', () => {
  const attempt = { ...NO_QUESTIONS, id: 'a1', quizId: 'lesson:u/l', mode: 'practice' as const, seed: 7, lang: 'fr' as const, questionIds: ['q1', 'q2', 'q3'], responses: {}, current: 0, startedAt: 1000 };

  it('saves each answer at once with its time and language, and never overwrites one', async () => {
    await createAttempt(attempt);
    await saveAnswer('a1', 'q1', ['x'], 'fr', 2000, true);
    await saveAnswer('a1', 'q1', ['y'], 'en', 2500);
    await setCurrentQuestion('a1', 1, 2600);
    await saveAnswer('a1', 'q2', ['z'], 'en', 3000);
    const row = await getLatestAttempt('lesson:u/l');
    expect(row?.responses).toEqual({ q1: { optionIds: ['x'], answeredAt: 2000, lang: 'fr', correct: true }, q2: { optionIds: ['z'], answeredAt: 3000, lang: 'en' } });
    expect(row?.current).toBe(1);
  });

  it('keeps the first answer when two tabs answer the same question at once', async () => {
    await createAttempt(attempt);
    await Promise.all([saveAnswer('a1', 'q1', ['x'], 'fr', 2000), saveAnswer('a1', 'q1', ['y'], 'en', 2001), saveAnswer('a1', 'q2', ['z'], 'en', 2002)]);
    const row = await getLatestAttempt('lesson:u/l');
    expect(Object.keys(row?.responses ?? {}).sort()).toEqual(['q1', 'q2']);
    expect(row?.responses.q1?.optionIds).toEqual(['x']);
  });

  it('finishes an attempt once, and returns the latest attempt of a quiz', async () => {
    await createAttempt(attempt);
    await finishAttempt('a1', { correct: 2, total: 3, ratio: 2 / 3, passed: false }, 5000);
    await finishAttempt('a1', { correct: 3, total: 3, ratio: 1, passed: true }, 6000);
    expect((await getLatestAttempt('lesson:u/l'))?.score?.correct).toBe(2);
    await createAttempt({ ...attempt, id: 'a2', startedAt: 7000 });
    expect((await getLatestAttempt('lesson:u/l'))?.id).toBe('a2');
    expect(await saveAnswer('a1', 'q3', ['x'], 'fr', 8000)).toBe(true);
    expect((await getDb().quizAttempts.get('a1'))?.responses.q3).toBeUndefined();
  });
});

describe('answers move review cards', () => {
  const question = (id: string, facts: string[]) => ({
    id,
    type: 'event-year' as const,
    layout: 'shuffled' as const,
    prompt: { fr: id, en: id },
    options: [{ id: 'x', text: { fr: 'x', en: 'x' } }],
    answer: ['x'],
    explanation: { fr: '', en: '' },
    facts,
    source: { unitId: 'u', lessonId: 'l' },
  });
  const checkWith = (questions: ReturnType<typeof question>[]) => ({ ...NO_QUESTIONS, id: 'c1', quizId: 'lesson:u/l', mode: 'practice' as const, seed: 1, lang: 'en' as const, questionIds: questions.map((q) => q.id), questions, responses: {}, current: 0, startedAt: 1000 });
  const review = (evidence: AnswerReview['evidence'] = {}): AnswerReview => ({ tables: reviewTables, record: recordAnswerInTransaction, evidence });
  const DAY = 86_400_000;
  const NOW = Date.UTC(2026, 11, 1, 9);
  const ratingOf = async (factId: string) => (await getDb().reviewLogs.where('factId').equals(factId).toArray()).map((log) => log.rating);

  it('rates wrong Again, right Good, right after a change of mind or unusually slowly Hard, for every fact of the question', async () => {
    await createAttempt(checkWith([question('q1', ['event:fact-a']), question('q2', ['event:fact-b', 'event:fact-c']), question('q3', ['event:fact-d']), question('q4', ['event:fact-e'])]));
    await saveAnswer('c1', 'q1', ['y'], 'en', NOW, false, review({ responseMs: 4000 }));
    await saveAnswer('c1', 'q2', ['x'], 'en', NOW + 1, true, review({ responseMs: 5000 }));
    await saveAnswer('c1', 'q3', ['x'], 'en', NOW + 2, true, review({ changedAnswer: true, responseMs: 3000 }));
    await saveAnswer('c1', 'q4', ['x'], 'en', NOW + 3, true, review({ responseMs: 95_000 }));
    expect(await ratingOf('event:fact-a')).toEqual([1]);
    expect(await ratingOf('event:fact-b')).toEqual([3]);
    expect(await ratingOf('event:fact-c')).toEqual([3]);
    expect(await ratingOf('event:fact-d')).toEqual([2]);
    expect(await ratingOf('event:fact-e')).toEqual([2]);
    const cards = new Map((await getDb().reviewCards.toArray()).map((card) => [card.factId, card]));
    expect([...cards.keys()].sort()).toEqual(['event:fact-a', 'event:fact-b', 'event:fact-c', 'event:fact-d', 'event:fact-e']);
    // Missed today, due before a fact answered right today; never sooner than tomorrow.
    expect(cards.get('event:fact-a')?.due).toBeLessThan(cards.get('event:fact-b')?.due ?? 0);
    expect((cards.get('event:fact-a')?.due ?? 0) - NOW).toBeGreaterThanOrEqual(DAY);
  });

  it('moves the same card for a scenario item and a generated question on one fact (both `kind:id`)', async () => {
    await createAttempt(checkWith([question('q1', ['event:fact-a']), { ...question('q2', ['event:fact-a', 'event:fact-b']), type: 'scenario' as const } as unknown as ReturnType<typeof question>]));
    await saveAnswer('c1', 'q1', ['y'], 'en', NOW, false, review());
    await saveAnswer('c1', 'q2', ['x'], 'en', NOW + 1000, true, review());
    expect(await ratingOf('event:fact-a')).toEqual([1, 3]);
    expect((await getDb().reviewCards.get('event:fact-a'))?.reps).toBe(2);
    expect((await getDb().reviewCards.get('event:fact-a'))?.createdAt).toBe(NOW);
    expect(await getDb().reviewCards.get('fact-a')).toBeUndefined();
  });

  it('counts an answer once, even when a second tab gives it again, and moves nothing without a grade', async () => {
    await createAttempt(checkWith([question('q1', ['event:fact-a']), question('q2', ['event:fact-b'])]));
    await Promise.all([saveAnswer('c1', 'q1', ['x'], 'en', NOW, true, review()), saveAnswer('c1', 'q1', ['y'], 'en', NOW + 5, false, review())]);
    await saveAnswer('c1', 'q2', ['x'], 'en', NOW, undefined, review());
    expect(await ratingOf('event:fact-a')).toEqual([3]);
    expect((await getDb().reviewCards.get('event:fact-a'))?.reps).toBe(1);
    expect(await getDb().reviewCards.get('event:fact-b')).toBeUndefined();
  });
});

describe('profile', () => {
  it('keeps the newest place, whichever tab saves last', async () => {
    await saveLastPlace({ kind: 'lesson', unitId: 'a', lessonId: 'b', sectionId: 'c', lang: 'fr', at: 2000 });
    await saveLastPlace({ kind: 'lesson', unitId: 'a', lessonId: 'b', sectionId: 'old', lang: 'en', at: 1000 });
    expect((await getProfile())?.lastPlace).toEqual({ kind: 'lesson', unitId: 'a', lessonId: 'b', sectionId: 'c', lang: 'fr', at: 2000 });
    expect((await getProfile())?.learnerId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('storage errors', () => {
  it('recognise a full disk, even wrapped in an AbortError', () => {
    expect(classifyStorageError({ name: 'QuotaExceededError' })).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classifyStorageError({ name: 'DatabaseClosedError' })).toBe('outdated');
  });

  it('report a failed write instead of throwing it', async () => {
    const problems: string[] = [];
    const stop = onStorageProblem((problem) => problems.push(problem));
    const failed = await safeWrite(() => Promise.reject(Object.assign(new Error('disk full'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })));
    stop();
    expect(failed).toBe(false);
    expect(problems).toEqual(['quota']);
  });
});

describe('schema migration', () => {
  it('opens data written with the first schema version without losing any of it', async () => {
    const name = `${DATABASE_NAME}-migration-test`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ lessonProgress: 'key, unitId, updatedAt', quizAttempts: 'id, quizId, startedAt', profile: 'id', activity: '++id, at, type' });
    const progress = { key: 'u/l', unitId: 'u', lessonId: 'l', sectionsSeen: ['a'], sectionCount: 2, lastSectionId: 'a', lastLang: 'fr', timeSpentMs: 1200, startedAt: 1, updatedAt: 2 };
    const attempts = [1, 2].map((n) => ({ id: `a${n}`, quizId: 'final', mode: 'exam', seed: n, lang: 'en', questionIds: ['q'], responses: { q: { optionIds: ['x'], answeredAt: 3, lang: 'en' } }, current: 0, startedAt: n, updatedAt: n }));
    const profile = { id: 'learner', learnerId: '00000000-0000-4000-8000-000000000000', displayName: 'Ada', lang: 'fr', lastPlace: { path: '/fr/u/l#a', lang: 'fr', kind: 'lesson', at: 2 }, createdAt: 1, updatedAt: 1 };
    await v1.table('lessonProgress').put(progress);
    await v1.table('quizAttempts').bulkPut(attempts);
    await v1.table('profile').put(profile);
    await v1.table('activity').add({ at: 1, type: 'quiz-started', subject: 'final' });
    v1.close();

    const current = new SentinelleDb(name);
    await current.open();
    expect(current.verno).toBeGreaterThan(1);
    expect(await current.lessonProgress.toArray()).toEqual([progress]);
    // Opened without the course (no question source): the attempts stay, marked rebuilt, with no questions.
    expect(await current.quizAttempts.toArray()).toEqual(attempts.map((a) => ({ ...a, questions: [], contentVersion: '0'.repeat(64), generatorVersion: 1, questionsRebuilt: true })));
    expect(await current.profile.get('learner')).toEqual({ ...profile, lastPlace: { kind: 'lesson', unitId: 'u', lessonId: 'l', sectionId: 'a', lang: 'fr', at: 2 } });
    expect(current.tables.map((table) => table.name)).not.toContain('activity');
    expect((await current.quizAttempts.where('[quizId+startedAt]').between(['final', -Infinity], ['final', Infinity]).last())?.id).toBe('a2');
    current.close();
  });
});
