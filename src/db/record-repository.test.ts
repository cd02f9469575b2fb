import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileRealCourse } from '../../scripts/course-files.ts';
import { learnerHistory, type History } from '../../scripts/record-fixtures.ts';
import { buildRecord, courseQuizIds, seal } from '@/domain/record/build-record';
import type { CompletionRecord } from '@/domain/record/record-schema';
import { outlineDescriptions, recordStatements } from '@/domain/record/xapi';
import { importRecordText, readRecordSources } from './record-repository';
import { getDb, openStorage } from './storage';

const course = compileRealCourse();
const NOW = Date.UTC(2026, 10, 23, 12);
const context = { courseId: course.id, quizIds: courseQuizIds(course.outlines.fr), rebuild: { facts: course.facts, contentVersion: 'b'.repeat(64) }, lang: 'en' as const, now: NOW };

async function store(history: History) {
  const db = getDb();
  await db.profile.put({ id: 'learner', lang: 'fr', ...history.profile });
  await db.lessonProgress.bulkPut(history.lessonProgress);
  await db.quizAttempts.bulkPut(history.attempts);
}

async function exportText(): Promise<string> {
  const sources = await readRecordSources('en', NOW);
  return JSON.stringify(buildRecord({ courseId: course.id, contentVersion: 'b'.repeat(64), build: 'test', outlines: course.outlines, ...sources, now: NOW }));
}

async function snapshot() {
  const db = getDb();
  const [profile, lessons, attempts] = await Promise.all([db.profile.toArray(), db.lessonProgress.toArray(), db.quizAttempts.toArray()]);
  return { profile, lessons: lessons.sort((a, b) => a.key.localeCompare(b.key)), attempts: attempts.sort((a, b) => a.id.localeCompare(b.id)) };
}

async function clear() {
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
}

beforeEach(async () => {
  await openStorage();
  await clear();
});

describe('export then import', () => {
  it('gives back the same progress on a fresh device', async () => {
    await store(learnerHistory(21, { attempts: 8, lessonsOpened: 0.7, skill: 0.6, unfinished: 0.3 }));
    const before = await snapshot();
    const text = await exportText();
    await clear();
    // The fresh device made its own profile on the first visit.
    await getDb().profile.put({ id: 'learner', learnerId: crypto.randomUUID(), displayName: '', lang: 'en', createdAt: NOW, updatedAt: NOW });
    const result = await importRecordText(text, text.length, context);
    expect(result).toMatchObject({ ok: true, summary: { lessonsAdded: before.lessons.length, attemptsAdded: before.attempts.length } });
    const after = await snapshot();
    expect(after.lessons).toEqual(before.lessons);
    expect(after.attempts).toEqual(before.attempts);
    expect(after.profile[0]).toMatchObject({ learnerId: before.profile[0]?.learnerId, displayName: before.profile[0]?.displayName });
  });

  it('importing the same record twice changes nothing the second time', async () => {
    await store(learnerHistory(22, { attempts: 3, lessonsOpened: 0.5, skill: 0.6, unfinished: 0.3 }));
    const text = await exportText();
    const before = await snapshot();
    expect(await importRecordText(text, text.length, context)).toEqual({ ok: true, summary: { lessonsAdded: 0, lessonsUpdated: 0, attemptsAdded: 0, attemptsUpdated: 0 } });
    expect((await snapshot()).attempts).toEqual(before.attempts);
  });

  it('keeps local progress and adds what the record has', async () => {
    const history = learnerHistory(23, { attempts: 4, lessonsOpened: 0.5, skill: 0.9, unfinished: 0 });
    await store({ ...history, attempts: history.attempts.slice(0, 2) });
    const partial = await exportText();
    await clear();
    await store({ ...history, attempts: history.attempts.slice(2) });
    expect(await importRecordText(partial, partial.length, context)).toMatchObject({ ok: true, summary: { attemptsAdded: 2 } });
    expect((await snapshot()).attempts.map((a) => a.id).sort()).toEqual(history.attempts.map((a) => a.id).sort());
  });
});

describe('a bad file', () => {
  it('changes nothing, whatever is wrong with it', async () => {
    await store(learnerHistory(24, { attempts: 3, lessonsOpened: 0.5, skill: 0.5, unfinished: 0.5 }));
    const text = await exportText();
    const before = await snapshot();
    const bad = fc.oneof(
      fc.integer({ min: 1, max: text.length - 1 }).map((n) => text.slice(0, n)),
      fc.tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1 })).map(([at, c]) => text.slice(0, at) + c + text.slice(at + 1)),
      fc.jsonValue().map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(bad, async (candidate) => {
        const result = await importRecordText(candidate, candidate.length, context);
        if (result.ok) expect(result.summary).toEqual({ lessonsAdded: 0, lessonsUpdated: 0, attemptsAdded: 0, attemptsUpdated: 0 });
        else expect('problem' in result).toBe(true);
      }),
      { numRuns: 60 },
    );
    const after = await snapshot();
    expect(after.lessons).toEqual(before.lessons);
    expect(after.attempts).toEqual(before.attempts);
  });

  it('is all or nothing: a write failing half-way leaves the database as it was', async () => {
    await store(learnerHistory(25, { attempts: 3, lessonsOpened: 0.6, skill: 0.5, unfinished: 0 }));
    const text = await exportText();
    await clear();
    const before = await snapshot();
    const failing = vi.spyOn(getDb().quizAttempts, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
    expect(await importRecordText(text, text.length, context)).toEqual({ ok: false, storage: 'quota' });
    failing.mockRestore();
    expect(await snapshot()).toEqual(before);
  });

  it('a resealed hostile record (right digest, wrong content) is refused, or imports without breaking anything', async () => {
    // One history, generated once (the quiz generator is not what this test is about), stored afresh for every run.
    const history = learnerHistory(26, { attempts: 4, lessonsOpened: 0.5, skill: 0.7, unfinished: 0.3 });
    await store(structuredClone(history));
    const original = JSON.parse(await exportText()) as CompletionRecord;
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      else leaves.push(path);
    };
    walk(original, []);
    const setAt = (record: CompletionRecord, path: (string | number)[], value: unknown) => {
      let target = record as unknown as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      const last = path.at(-1);
      if (last !== undefined) target[last] = value;
    };
    const attempt = (r: CompletionRecord) => r.quizAttempts[0] as CompletionRecord['quizAttempts'][number];
    const targeted: ((r: CompletionRecord) => void)[] = [
      (r) => attempt(r).questionIds.push('constructor'),
      (r) => attempt(r).questionIds.push('__proto__'),
      (r) => (attempt(r).updatedAt = '2099-01-01T00:00:00.000Z'),
      (r) => (r.exportedAt = '2099-01-01T00:00:00.000Z'),
      (r) => (attempt(r).score = { correct: 0, total: 0, ratio: 0, passed: true }),
      (r) => (attempt(r).quizId = 'lesson:nowhere/none'),
      (r) => (r.status.success = 'passed'),
      (r) => (attempt(r).startedAt = '2099-01-01T00:00:00.000Z'),
      (r) => attempt(r).questions.reverse(),
      (r) => (attempt(r).questions[0] = r.questions.length),
      (r) => ((r.questions[0] as CompletionRecord['questions'][number]).prompt = r.texts.length),
    ];
    const mutation = fc.oneof(
      fc.constantFrom(...targeted),
      fc.tuple(fc.constantFrom(...leaves), fc.jsonValue()).map(([path, value]) => (r: CompletionRecord) => setAt(r, path, value)),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (mutate) => {
        await clear();
        await store(structuredClone(history));
        const before = await snapshot();
        const copy = structuredClone(original);
        mutate(copy);
        const text = JSON.stringify(seal(copy));
        const result = await importRecordText(text, text.length, context);
        if (!result.ok) expect(await snapshot()).toEqual(before);
        // Whatever was accepted, the record and its statements still build.
        const sources = await readRecordSources('fr', NOW);
        const record = buildRecord({ courseId: course.id, contentVersion: 'b'.repeat(64), build: 'test', outlines: course.outlines, ...sources, now: NOW });
        expect(() => recordStatements(record, { descriptions: outlineDescriptions(course.outlines) })).not.toThrow();
      }),
      { numRuns: 80 },
    );
    for (const [i, mutate] of targeted.entries()) {
      const copy = structuredClone(original);
      mutate(copy);
      const text = JSON.stringify(seal(copy));
      expect(await importRecordText(text, text.length, context), `targeted mutation ${i}`).toMatchObject({ ok: false });
    }
  });
});

describe('spaced review across devices', () => {
  const history = learnerHistory(12, { attempts: 10, lessonsOpened: 0.5, skill: 0.5, unfinished: 0 });
  const cardsNow = async () => (await getDb().reviewCards.toArray()).sort((a, b) => a.factId.localeCompare(b.factId));

  it('re-importing an exported record on a fresh device gives the same cards, and importing it twice changes nothing', async () => {
    await clear();
    await store(history);
    const { cardsFromAttempts } = await import('@/domain/review/history');
    const { cards, logs } = cardsFromAttempts(history.attempts);
    await getDb().reviewCards.bulkPut(cards);
    await getDb().reviewLogs.bulkPut(logs);
    const before = await cardsNow();
    const text = await exportText();

    await clear();
    expect(await importRecordText(text, text.length, context)).toMatchObject({ ok: true });
    expect(await cardsNow()).toEqual(before);
    expect(await getDb().reviewLogs.count()).toBe(logs.length);
    expect(await importRecordText(text, text.length, context)).toMatchObject({ ok: true });
    expect(await cardsNow()).toEqual(before);
    expect(await getDb().reviewLogs.count()).toBe(logs.length);
  });

  it('adds the answers of both devices: a card is what the joined log gives, in the order answered', async () => {
    await clear();
    const { cardsFromAttempts } = await import('@/domain/review/history');
    const { cardsFromLog } = await import('@/domain/review/schedule');
    const [first, ...rest] = [...history.attempts].sort((a, b) => a.startedAt - b.startedAt);
    if (!first) throw new Error('no attempt');
    // This device took the first attempt; the record holds the others.
    await store({ ...history, attempts: rest });
    const exported = cardsFromAttempts(rest);
    await getDb().reviewCards.bulkPut(exported.cards);
    await getDb().reviewLogs.bulkPut(exported.logs);
    const text = await exportText();
    await clear();
    await store({ ...history, attempts: [first] });
    const local = cardsFromAttempts([first]);
    await getDb().reviewCards.bulkPut(local.cards);
    await getDb().reviewLogs.bulkPut(local.logs);

    expect(await importRecordText(text, text.length, context)).toMatchObject({ ok: true });
    const joined = cardsFromLog([...local.logs, ...exported.logs]).sort((a, b) => a.factId.localeCompare(b.factId));
    expect(await cardsNow()).toEqual(joined);
    expect(joined).toEqual(cardsFromAttempts(history.attempts).cards.sort((a, b) => a.factId.localeCompare(b.factId)));
  });
});
