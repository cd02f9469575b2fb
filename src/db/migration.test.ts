import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { compileRealCourse } from '../../scripts/course-files.ts';
import { learnerHistory, withoutQuestions, type History } from '../../scripts/record-fixtures.ts';
import type { FactBase } from '@/content/course-types';
import { GENERATOR_VERSION, scoreStoredAttempt, withRebuiltQuestions } from '@/domain/attempt/stored-attempt';
import { rebuildQuiz } from '@/domain/quiz/generate-quiz';
import { buildRecord, courseQuizIds, seal } from '@/domain/record/build-record';
import type { CompletionRecord, CompletionRecordV1 } from '@/domain/record/record-schema';
import { recordStatements } from '@/domain/record/xapi';
import { cardsFromAttempts, cardFactIds } from '@/domain/review/history';
import { isCorrect } from '@/domain/quiz/question';
import { DATABASE_NAME, SentinelleDb } from './db';
import { importRecordText, readRecordSources } from './record-repository';
import { getDb, openStorage } from './storage';

const course = compileRealCourse();
const NOW = Date.UTC(2026, 10, 23, 12);
const BEFORE = 'a'.repeat(64);
const AFTER = 'b'.repeat(64);

/** The schema as the app shipped it before stored questions (versions 1 and 2 of db.ts). */
function shippedSchema(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ lessonProgress: 'key, unitId, updatedAt', quizAttempts: 'id, quizId, startedAt', profile: 'id', activity: '++id, at, type' });
  db.version(2).stores({ quizAttempts: 'id, quizId, startedAt, [quizId+startedAt], updatedAt', activity: '++id, at, type, subject' });
  return db;
}

/** The course's facts with one event a year later: the kind of content update that used to change history. */
function factsWithOneChange(history: History): { facts: FactBase; changedEvent: string } {
  const facts = structuredClone(course.facts);
  const used = new Set(history.attempts.flatMap((a) => a.questions.flatMap((q) => q.facts)));
  const event = facts.events.find((e) => used.has(`event:${e.id}`) && e.date.year < 2024);
  if (!event) throw new Error('no event to change');
  event.date = { ...event.date, year: event.date.year + 1 };
  return { facts, changedEvent: event.id };
}

const history = learnerHistory(31, { attempts: 30, lessonsOpened: 0.6, skill: 0.6, unfinished: 0.2 });
const sorted = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('upgrading the database to stored questions (version 3)', () => {
  it('gives attempts saved by the shipped schema their questions, once, marked rebuilt, and keeps their answers and scores', async () => {
    const legacy = withoutQuestions(history);
    const old = shippedSchema(DATABASE_NAME);
    await old.table('quizAttempts').bulkPut(legacy.attempts);
    await old.table('lessonProgress').bulkPut(history.lessonProgress);
    await old.table('profile').put({ id: 'learner', lang: 'fr', ...history.profile, lastPlace: { path: '/en/capabilities/dat-programme/check', lang: 'en', kind: 'quiz', at: 5 } });
    await old.table('activity').add({ at: 1, type: 'quiz-started', subject: 'final' });
    old.close();

    // The app's own path: openStorage loads the fact base only because this database needs it.
    const load = vi.fn(async () => ({ facts: course.facts, contentVersion: BEFORE, rebuild: withRebuiltQuestions }));
    const loadReviews = vi.fn(async () => ({ replay: cardsFromAttempts }));
    await openStorage(load, loadReviews);
    expect(load).toHaveBeenCalledTimes(1);
    expect(loadReviews).toHaveBeenCalledTimes(1);
    const db = getDb();
    expect(db.verno).toBe(5);
    const attempts = sorted(await db.quizAttempts.toArray());
    expect(attempts).toHaveLength(history.attempts.length);
    for (const [i, original] of sorted(history.attempts).entries()) {
      const attempt = attempts[i];
      expect(attempt).toMatchObject({ id: original.id, responses: original.responses, questionIds: original.questionIds, contentVersion: BEFORE, generatorVersion: GENERATOR_VERSION, questionsRebuilt: true });
      // Today's generator gives the same questions the learner saw (the fixture stored them when "shown").
      expect(attempt?.questions).toEqual(original.questions);
      expect(attempt?.score).toEqual(original.score);
      if (original.finishedAt !== undefined && attempt) expect(scoreStoredAttempt(attempt)).toEqual(original.score);
    }
    expect(await db.lessonProgress.count()).toBe(history.lessonProgress.length);
    expect((await db.profile.get('learner'))?.lastPlace).toEqual({ kind: 'quiz', quiz: { kind: 'lesson-check', unitId: 'capabilities', lessonId: 'dat-programme' }, lang: 'en', at: 5 });
    expect(db.tables.map((t) => t.name)).not.toContain('activity');
    // The same upgrade went on to version 5: the rebuilt questions' answers became review cards.
    expect(await db.reviewCards.count()).toBe(cardsFromAttempts(history.attempts).cards.length);
    expect(await db.reviewCards.count()).toBeGreaterThan(0);

    // Opened again, nothing is rebuilt a second time.
    db.close();
    const again = new SentinelleDb(DATABASE_NAME, { questions: { facts: factsWithOneChange(history).facts, contentVersion: AFTER, rebuild: withRebuiltQuestions } });
    await again.open();
    expect(sorted(await again.quizAttempts.toArray())).toEqual(attempts);
    again.close();
    await db.open();
  });
});

/** The schema as the app shipped it with the LRS outbox (versions 1 to 4 of db.ts), before review cards. */
function outboxSchema(name: string): Dexie {
  const db = shippedSchema(name);
  db.version(3).stores({ activity: null });
  db.version(4).stores({ outbox: 'id, [state+queuedAt], &key', delivery: 'id', deployment: 'id' });
  return db;
}

describe('upgrading the database to review cards (version 5)', () => {
  it('turns every graded answer already given into the cards of its facts, in the order given, with a log of each', async () => {
    const name = `${DATABASE_NAME}-review-upgrade`;
    const old = outboxSchema(name);
    await old.table('quizAttempts').bulkPut(history.attempts);
    old.close();

    const db = new SentinelleDb(name, { reviews: { replay: cardsFromAttempts } });
    await db.open();
    expect(db.verno).toBe(5);
    expect(sorted(await db.quizAttempts.toArray())).toEqual(sorted(history.attempts));

    // What each fact went through: its answers, oldest first.
    const answers = new Map<string, { at: number; correct: boolean }[]>();
    for (const attempt of history.attempts)
      for (const [questionId, response] of Object.entries(attempt.responses)) {
        const question = attempt.questions.find((q) => q.id === questionId);
        if (!question) continue;
        for (const factId of cardFactIds(question)) answers.set(factId, [...(answers.get(factId) ?? []), { at: response.answeredAt, correct: response.correct ?? isCorrect(question, response.optionIds) }]);
      }
    expect(answers.size).toBeGreaterThan(20);
    const cards = await db.reviewCards.toArray();
    expect(cards.map((card) => card.factId).sort()).toEqual([...answers.keys()].sort());
    for (const card of cards) {
      const given = (answers.get(card.factId) ?? []).sort((a, b) => a.at - b.at);
      expect(card.reps).toBe(given.length);
      expect(card.lastReview).toBe(given.at(-1)?.at);
      expect(card.due).toBeGreaterThan(card.lastReview ?? 0);
    }
    const logs = await db.reviewLogs.toArray();
    expect(logs.length).toBe([...answers.values()].reduce((sum, list) => sum + new Set(list.map((a) => a.at)).size, 0));
    // A fact last missed comes back sooner than one last answered right after the same number of answers.
    const lastWrong = cards.filter((card) => (answers.get(card.factId) ?? []).sort((a, b) => a.at - b.at).at(-1)?.correct === false);
    const lastRight = cards.filter((card) => (answers.get(card.factId) ?? []).sort((a, b) => a.at - b.at).at(-1)?.correct === true);
    expect(lastWrong.length).toBeGreaterThan(0);
    expect(lastRight.length).toBeGreaterThan(0);
    for (const card of lastWrong) expect(logs.find((log) => log.factId === card.factId && log.at === card.lastReview)?.rating).toBe(1);
    for (const card of lastRight) expect(logs.find((log) => log.factId === card.factId && log.at === card.lastReview)?.rating).toBe(3);
    const interval = (card: { due: number; lastReview?: number }) => card.due - (card.lastReview ?? 0);
    const [missedOnce, knownOnce] = [lastWrong.filter((c) => c.reps === 1).map(interval), lastRight.filter((c) => c.reps === 1).map(interval)];
    expect(missedOnce.length * knownOnce.length).toBeGreaterThan(0);
    expect(Math.max(...missedOnce)).toBeLessThan(Math.min(...knownOnce));

    // Opened again, nothing is replayed a second time.
    db.close();
    const again = new SentinelleDb(name, { reviews: { replay: () => ({ cards: [], logs: [] }) } });
    await again.open();
    expect(await again.reviewCards.count()).toBe(cards.length);
    again.close();
    await Dexie.delete(name);
  });

  it('opened without the scheduler, keeps every attempt and starts with no cards (the next answers make them)', async () => {
    const name = `${DATABASE_NAME}-review-upgrade-bare`;
    const old = outboxSchema(name);
    await old.table('quizAttempts').bulkPut(history.attempts);
    old.close();
    const db = new SentinelleDb(name);
    await db.open();
    expect(await db.quizAttempts.count()).toBe(history.attempts.length);
    expect(await db.reviewCards.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});

describe('after a fact changes in the course', () => {
  const { facts: changed, changedEvent } = factsWithOneChange(history);
  const context = (rebuildFacts: FactBase) => ({ courseId: course.id, quizIds: courseQuizIds(course.outlines.fr), rebuild: { facts: rebuildFacts, contentVersion: AFTER }, lang: 'en' as const, now: NOW });
  const exportRecord = (attempts: History['attempts'], contentVersion: string) =>
    buildRecord({ courseId: course.id, contentVersion, build: 'test', outlines: course.outlines, profile: history.profile, lessonProgress: history.lessonProgress, attempts, now: NOW });

  it('would change what a seed gives (so the test below means something)', () => {
    const touched = history.attempts.filter((a) => a.questions.some((q) => q.facts.includes(`event:${changedEvent}`)));
    expect(touched.length).toBeGreaterThan(0);
    const differs = touched.some((a) => JSON.stringify(rebuildQuiz(changed, a.seed, a.questionIds)) !== JSON.stringify(a.questions));
    expect(differs).toBe(true);
  });

  it("leaves past attempts' questions, scores and statement ids as they were", async () => {
    const db = getDb();
    await Promise.all(db.tables.map((t) => t.clear()));
    await db.quizAttempts.bulkPut(history.attempts);
    await db.lessonProgress.bulkPut(history.lessonProgress);
    await db.profile.put({ id: 'learner', lang: 'fr', ...history.profile });
    const before = exportRecord((await readRecordSources('fr', NOW)).attempts, BEFORE);

    // The app is updated: new content version, new facts. The rows on the device are read as stored.
    const after = exportRecord((await readRecordSources('fr', NOW)).attempts, AFTER);
    expect(after.course.contentVersion).toBe(AFTER);
    expect(after.quizAttempts).toEqual(before.quizAttempts);
    expect(after.questions).toEqual(before.questions);
    expect(after.texts).toEqual(before.texts);
    const ids = (record: CompletionRecord) => recordStatements(record).map((s) => s.id);
    expect(ids(after)).toEqual(ids(before));
    expect(ids(after).length).toBeGreaterThan(history.attempts.length);
  });

  it('still imports a record exported before the change, with the questions it carries', async () => {
    const before = exportRecord(history.attempts, BEFORE);
    const text = JSON.stringify(before, null, 2);
    const db = getDb();
    await Promise.all(db.tables.map((t) => t.clear()));
    expect(await importRecordText(text, text.length, context(changed))).toMatchObject({ ok: true, summary: { attemptsAdded: history.attempts.length } });
    expect(sorted(await db.quizAttempts.toArray())).toEqual(sorted(history.attempts));
  });

  it('still imports a version-1 record (no questions): converted on read, questions rebuilt and marked, answers and scores kept', async () => {
    const v3 = exportRecord(history.attempts, BEFORE);
    const { integrity: _i, questions: _q, texts: _t, review: _r, ...rest } = v3;
    const v1: CompletionRecordV1 = seal({
      ...rest,
      version: 1,
      quizAttempts: v3.quizAttempts.map(({ questions: _qs, contentVersion: _c, generatorVersion: _g, questionsRebuilt: _r, ...attempt }) => attempt),
    } as unknown as Parameters<typeof seal>[0]) as unknown as CompletionRecordV1;
    const text = JSON.stringify(v1);
    const db = getDb();
    await Promise.all(db.tables.map((t) => t.clear()));
    expect(await importRecordText(text, text.length, context(course.facts))).toMatchObject({ ok: true, summary: { attemptsAdded: history.attempts.length } });
    const imported = sorted(await db.quizAttempts.toArray());
    for (const [i, original] of sorted(history.attempts).entries()) {
      expect(imported[i]).toMatchObject({ id: original.id, responses: original.responses, ...(original.score ? { score: original.score } : {}), questionsRebuilt: true, contentVersion: AFTER, generatorVersion: GENERATOR_VERSION });
      expect(imported[i]?.questions).toEqual(original.questions);
    }
  });
});
