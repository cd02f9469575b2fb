import { readFileSync } from 'node:fs';
import validation from '@learninglocker/xapi-validation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRealCourse } from '../../../scripts/course-files.ts';
import { learnerHistory, ungraded, type History } from '../../../scripts/record-fixtures.ts';
import { buildRecord, courseLessonRefs, seal, type RecordInput } from './build-record';
import { canonicalJson, recordDigest } from './digest';
import { mergeAttempt, mergeLessonProgress, mergeProfile, rowsFromRecord } from './merge-record';
import { parseRecord } from './parse-record';
import { completionRecordSchema, MAX_RECORD_BYTES, recordJsonSchema, type CompletionRecord } from './record-schema';
import { isoDuration, outlineDescriptions, recordStatements } from './xapi';

// The package is CommonJS with an `exports.default`; Vitest may hand either shape over.
const validate = ((validation as unknown as { default?: typeof validation }).default ?? validation) as (statement: unknown) => unknown[];

const course = compileRealCourse();
const CONTENT_VERSION = 'a'.repeat(64);
const input = (history: History, now = Date.UTC(2026, 10, 23)): RecordInput => ({
  courseId: course.id,
  contentVersion: CONTENT_VERSION,
  build: 'test',
  outlines: course.outlines,
  ...history,
  now,
});
const shape = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
  attempts: fc.integer({ min: 0, max: 12 }),
  lessonsOpened: fc.double({ min: 0, max: 1, noNaN: true }),
  skill: fc.double({ min: 0, max: 1, noNaN: true }),
  unfinished: fc.double({ min: 0, max: 1, noNaN: true }),
});
/** What an attempt made by hand for a test stores beside its questions (none here). */
const NO_QUESTIONS = { questions: [], contentVersion: CONTENT_VERSION, generatorVersion: 1 };
const historyOf = ({ seed, ...rest }: { seed: number; attempts: number; lessonsOpened: number; skill: number; unfinished: number }) => learnerHistory(seed, rest);

/** Every lesson read and checked, and a final assessment at `ratio`: the course done. */
function finishedCourse(finalCorrect: number): History {
  const history = learnerHistory(7, { attempts: 0, lessonsOpened: 1, skill: 1, unfinished: 0 });
  let t = Date.UTC(2026, 5, 1);
  for (const row of history.lessonProgress) {
    row.sectionsSeen = course.outlines.fr.units.flatMap((u) => u.lessons).find((l) => l.id === row.lessonId)?.sections.map((s) => s.id) ?? [];
    row.readAt = row.updatedAt;
  }
  for (const ref of courseLessonRefs(course.outlines.fr)) {
    t += 60_000;
    history.attempts.push({ id: `check-${ref.lessonId}`, quizId: `lesson:${ref.unitId}/${ref.lessonId}`, mode: 'practice', seed: 1, lang: 'fr', questionIds: [], ...NO_QUESTIONS, responses: {}, current: 0, startedAt: t, finishedAt: t + 1000, score: { correct: 0, total: 0, ratio: 0, passed: false }, updatedAt: t + 1000 });
  }
  history.attempts.push({ id: 'final-1', quizId: 'final', mode: 'exam', seed: 2, lang: 'en', questionIds: [], ...NO_QUESTIONS, responses: {}, current: 0, startedAt: t + 5000, finishedAt: t + 9000, score: { correct: finalCorrect, total: 20, ratio: finalCorrect / 20, passed: finalCorrect / 20 >= 0.8 }, updatedAt: t + 9000 });
  return history;
}

describe('completion record', () => {
  it('matches its strict schema and its own digest, for any learner history', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const record = buildRecord(input(historyOf(s)));
        expect(completionRecordSchema.safeParse(record).success).toBe(true);
        expect(recordDigest(record)).toBe(record.integrity.digest);
        expect(record.lessons).toHaveLength(courseLessonRefs(course.outlines.fr).length);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('gives back, once imported, exactly the rows it was built from', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const history = historyOf(s);
        const text = JSON.stringify(buildRecord(input(history)));
        const parsed = parseRecord(text, text.length, { courseId: course.id });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
        const rows = rowsFromRecord(parsed.record);
        expect(rows.profile).toEqual(history.profile);
        expect(rows.lessonProgress.sort((a, b) => a.key.localeCompare(b.key))).toEqual([...history.lessonProgress].sort((a, b) => a.key.localeCompare(b.key)));
        expect(rows.attempts.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...history.attempts].sort((a, b) => a.id.localeCompare(b.id)));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('marks every answer right or wrong as the quiz scored it, grading answers saved without a grade on the stored questions', () => {
    const history = learnerHistory(3, { attempts: 10, lessonsOpened: 0.5, skill: 0.5, unfinished: 0 });
    const record = buildRecord(input(history));
    for (const attempt of record.quizAttempts) expect(attempt.responses.filter((r) => r.correct).length).toBe(attempt.score?.correct);
    expect(buildRecord(input(ungraded(history)))).toEqual(record);
    // An attempt without its questions (rebuilt from a course that had lost them) leaves old answers ungraded.
    const lost = ungraded(history);
    lost.attempts = lost.attempts.map((a) => ({ ...a, questions: [], questionsRebuilt: true as const }));
    expect(buildRecord(input(lost)).quizAttempts.every((a) => a.responses.every((r) => r.correct === undefined))).toBe(true);
  });

  it('states the completion rules: every lesson read and checked is completed; 80 % at the final is passed', () => {
    const passed = buildRecord(input(finishedCourse(16))).status;
    expect(passed).toMatchObject({ completion: 'completed', success: 'passed', finalScore: { correct: 16, ratio: 0.8 }, passMark: 0.8 });
    expect(passed.completedAt).toBeDefined();
    expect(passed.passedAt).toBe(passed.finalScoreAt);

    const failed = buildRecord(input(finishedCourse(15))).status;
    expect(failed).toMatchObject({ completion: 'completed', success: 'failed', finalScore: { ratio: 0.75 } });
    expect(failed.passedAt).toBeUndefined();

    const oneCheckMissing = finishedCourse(20);
    oneCheckMissing.attempts = oneCheckMissing.attempts.filter((a) => a.id !== 'check-dat-programme');
    expect(buildRecord(input(oneCheckMissing)).status).toMatchObject({ completion: 'in-progress', success: 'passed' });

    const oneLessonUnread = finishedCourse(20);
    const first = oneLessonUnread.lessonProgress[0];
    if (first) {
      first.sectionsSeen = first.sectionsSeen.slice(0, 1);
      delete first.readAt;
    }
    expect(buildRecord(input(oneLessonUnread)).status.completion).toBe('in-progress');
    expect(buildRecord(input({ ...oneLessonUnread, lessonProgress: [], attempts: [] })).status).toMatchObject({ completion: 'not-started', success: 'not-attempted' });
  });

  it('still builds when a stored name holds invalid text (half an emoji)', () => {
    const history = learnerHistory(4, { attempts: 1, lessonsOpened: 0.2, skill: 0.5, unfinished: 0 });
    const record = buildRecord(input({ ...history, profile: { ...history.profile, displayName: 'Ana \ud83d' } }));
    expect(record.learner.displayName).toBe('Ana \ufffd');
    expect(recordDigest(record)).toBe(record.integrity.digest);
  });

  it('gives each unit the average of its lessons\' best check scores', () => {
    const history = finishedCourse(16);
    const check = (lessonId: string, correct: number, id: string, t: number) => ({
      id,
      quizId: `lesson:introduction/${lessonId}`,
      mode: 'practice' as const,
      seed: 1,
      lang: 'fr' as const,
      questionIds: [],
      ...NO_QUESTIONS,
      responses: {},
      current: 0,
      startedAt: t,
      finishedAt: t + 1000,
      score: { correct, total: 5, ratio: correct / 5, passed: correct / 5 >= 0.8 },
      updatedAt: t + 1000,
    });
    history.attempts = history.attempts.filter((a) => !a.quizId.startsWith('lesson:introduction/'));
    history.attempts.push(check('why-terrorism', 2, 'a', 1000), check('why-terrorism', 4, 'b', 5000), check('nato-framework', 3, 'c', 9000));
    const intro = buildRecord(input(history)).units.find((unit) => unit.unitId === 'introduction');
    expect(intro).toMatchObject({ checksTaken: 2, bestChecksAverage: 0.7 });
  });

  it('does not count a knowledge check or a final assessment left unfinished', () => {
    const history = finishedCourse(18);
    for (const attempt of history.attempts.filter((a) => a.id === 'check-dat-programme' || a.id === 'final-1')) {
      delete attempt.finishedAt;
      delete attempt.score;
    }
    expect(buildRecord(input(history)).status).toMatchObject({ completion: 'in-progress', success: 'not-attempted', checksTaken: 23 });
  });

  it('is described by the committed JSON Schema file (npm run schema regenerates it)', () => {
    for (const version of [1, 2] as const) {
      const committed = JSON.parse(readFileSync(`schemas/completion-record.v${version}.schema.json`, 'utf8')) as unknown;
      expect(committed).toEqual(recordJsonSchema(version));
    }
  });
});

describe('xAPI statements', () => {
  it('all pass the xAPI validator with no warnings, for any learner history', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const record = buildRecord(input(historyOf(s)));
        const statements = recordStatements(record, { base: 'https://lrs.example.org/sentinelle/', descriptions: outlineDescriptions(course.outlines) });
        for (const statement of statements) expect(validate(JSON.parse(JSON.stringify(statement)))).toEqual([]);
        expect(new Set(statements.map((st) => st.id)).size).toBe(statements.length);
        const answers = record.quizAttempts.reduce((sum, a) => sum + a.responses.length, 0);
        expect(statements.filter((st) => st.verb.id.endsWith('/answered'))).toHaveLength(answers);
      }),
      { numRuns: 25 },
    );
  });

  it('uses ADL verbs, an account actor, https ids under the base, language maps and real times', () => {
    const record = buildRecord(input(finishedCourse(17)));
    const statements = recordStatements(record, { base: 'https://lrs.example.org/x', descriptions: outlineDescriptions(course.outlines) });
    const lessonRead = statements.find((s) => s.verb.id.endsWith('/experienced'));
    expect(lessonRead?.object.definition?.description?.['fr-FR']).toBe(course.outlines.fr.units.flatMap((u) => u.lessons).find((l) => lessonRead?.object.id.endsWith(`/lessons/${l.id}`))?.summary);
    const verbs = new Set(statements.map((s) => s.verb.id.split('/').at(-1)));
    expect(verbs).toEqual(new Set(['experienced', 'passed', 'failed', 'completed']));
    for (const s of statements) {
      expect(s.actor.account).toEqual({ homePage: 'https://lrs.example.org', name: record.learner.id });
      expect(s.object.id.startsWith('https://lrs.example.org/x/courses/countering-terrorism')).toBe(true);
      expect(Object.keys(s.object.definition?.name ?? { 'fr-FR': 1, 'en-US': 1 }).sort()).toEqual(['en-US', 'fr-FR']);
      if (s.object.definition?.description) expect(Object.keys(s.object.definition.description).sort()).toEqual(['en-US', 'fr-FR']);
    }
    const course_ = statements.filter((s) => s.object.id === 'https://lrs.example.org/x/courses/countering-terrorism');
    expect(course_.map((s) => s.verb.display['en-US'])).toEqual(['completed', 'passed']);
    expect(course_[1]?.result).toEqual({ score: { scaled: 0.85, raw: 17, min: 0, max: 20 }, success: true });
    expect(course_[1]?.timestamp).toBe(record.status.passedAt);
    // The same record gives the same statement ids: an LRS will not store them twice.
    expect(recordStatements(record, { base: 'https://lrs.example.org/x' }).map((s) => s.id)).toEqual(statements.map((s) => s.id));
  });

  it('never gives one statement id to two different statements, across exports as progress goes on', () => {
    const history = learnerHistory(9, { attempts: 6, lessonsOpened: 0.8, skill: 0.6, unfinished: 0.2 });
    const later: History = { ...history, lessonProgress: history.lessonProgress.map((row) => ({ ...row, timeSpentMs: row.timeSpentMs + 60_000, lastLang: row.lastLang === 'fr' ? 'en' : 'fr' })) };
    const content = (s: ReturnType<typeof recordStatements>[number]) => JSON.stringify({ ...s, object: s.object.id, context: { ...s.context, contextActivities: null } });
    const seen = new Map<string, string>();
    for (const h of [history, later]) {
      for (const s of recordStatements(buildRecord(input(h)))) {
        const known = seen.get(s.id);
        if (known !== undefined) expect(content(s)).toBe(known);
        seen.set(s.id, content(s));
      }
    }
  });

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(61_000)).toBe('PT1M1S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  });
});

describe('merging an imported record', () => {
  const base = learnerHistory(11, { attempts: 0, lessonsOpened: 0.3, skill: 1, unfinished: 0 }).lessonProgress[0];
  if (!base) throw new Error('no lesson');

  it('keeps a lesson read and adds up sections, whichever side is newer', () => {
    const read = { ...base, readAt: 5000, updatedAt: 5000, sectionsSeen: ['a', 'b'], sectionCount: 2 };
    const newerUnread = { ...base, readAt: undefined, updatedAt: 9000, sectionsSeen: ['a'], sectionCount: 2, lastSectionId: 'a' };
    delete newerUnread.readAt;
    const merged = mergeLessonProgress(read, newerUnread);
    expect(merged).toMatchObject({ readAt: 5000, updatedAt: 9000, sectionsSeen: ['a', 'b'], lastSectionId: 'a' });
    expect(mergeLessonProgress(newerUnread, read)).toEqual(merged);
  });

  it('never loses a finished or passed attempt, nor replaces an answer', () => {
    const attempt = { id: 'x', quizId: 'final', mode: 'exam' as const, seed: 1, lang: 'fr' as const, questionIds: ['q1', 'q2'], ...NO_QUESTIONS, current: 1, startedAt: 1000, updatedAt: 2000, responses: { q1: { optionIds: ['a'], answeredAt: 1500, lang: 'fr' as const } } };
    const passed = { ...attempt, finishedAt: 3000, score: { correct: 2, total: 2, ratio: 1, passed: true }, updatedAt: 3000 };
    const failedLater = { ...attempt, finishedAt: 8000, score: { correct: 1, total: 2, ratio: 0.5, passed: false }, updatedAt: 8000 };
    expect(mergeAttempt(passed, failedLater).score?.passed).toBe(true);
    expect(mergeAttempt(failedLater, passed).score?.passed).toBe(true);
    expect(mergeAttempt(attempt, passed).finishedAt).toBe(3000);
    const elsewhere = { ...attempt, updatedAt: 4000, current: 0, responses: { q1: { optionIds: ['b'], answeredAt: 1800, lang: 'en' as const }, q2: { optionIds: ['c'], answeredAt: 3900, lang: 'en' as const } } };
    const merged = mergeAttempt(attempt, elsewhere);
    expect(merged.responses).toEqual({ q1: { optionIds: ['a'], answeredAt: 1500, lang: 'fr' }, q2: { optionIds: ['c'], answeredAt: 3900, lang: 'en' } });
    expect(merged.current).toBe(0);
  });

  it('keeps the older identity and the newer name', () => {
    const device = { learnerId: 'new-device', displayName: '', createdAt: 9000, updatedAt: 9000 };
    const record = { learnerId: 'original', displayName: 'Élodie', createdAt: 1000, updatedAt: 2000 };
    expect(mergeProfile(device, record)).toEqual({ learnerId: 'original', displayName: 'Élodie', createdAt: 1000, updatedAt: 9000 });
    expect(mergeProfile(undefined, record)).toEqual(record);
  });
});

describe('reading a record file', () => {
  const history = learnerHistory(5, { attempts: 4, lessonsOpened: 0.5, skill: 0.7, unfinished: 0.3 });
  const record = buildRecord(input(history));
  const text = JSON.stringify(record);
  const read = (t: string) => parseRecord(t, new TextEncoder().encode(t).length, { courseId: course.id });
  const codeOf = (t: string) => {
    const result = read(t);
    return result.ok ? 'ok' : result.problem.code;
  };
  const resealed = (change: (r: CompletionRecord) => void) => {
    const copy = structuredClone(record);
    change(copy);
    return JSON.stringify(seal(copy));
  };

  it('accepts the record as exported', () => {
    expect(read(text)).toEqual({ ok: true, record });
  });

  it('names what is wrong with a bad file', () => {
    expect(codeOf('')).toBe('empty');
    expect(codeOf('{"format":')).toBe('not-json');
    expect(codeOf('[1,2]')).toBe('not-a-record');
    expect(codeOf(JSON.stringify({ ...record, version: 4 }))).toBe('unsupported-version');
    expect(read(JSON.stringify({ ...record, status: { ...record.status, lessonsRead: 'many' } }))).toMatchObject({ ok: false, problem: { code: 'invalid', path: 'status.lessonsRead' } });
    expect(codeOf(JSON.stringify({ ...record, learner: { ...record.learner, displayName: 'Mallory' } }))).toBe('digest-mismatch');
    expect(codeOf(resealed((r) => (r.course.id = 'another-course')))).toBe('other-course');
    expect(read(resealed((r) => r.quizAttempts.push(structuredClone(r.quizAttempts[0] as CompletionRecord['quizAttempts'][number]))))).toMatchObject({ ok: false, problem: { code: 'inconsistent', path: 'quizAttempts[4].id' } });
    expect(parseRecord('{}', MAX_RECORD_BYTES + 1, { courseId: course.id })).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });

  it('never throws and never accepts a changed file: truncated, mistyped, hostile or mutated', () => {
    const json = fc.jsonValue();
    const hostile = fc.oneof(
      fc.integer({ min: 1, max: text.length - 1 }).map((n) => text.slice(0, n)),
      fc.tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([at, s]) => text.slice(0, at) + s + text.slice(at + 1)),
      fc.tuple(fc.constantFrom(...Object.keys(record)), json).map(([key, value]) => JSON.stringify({ ...record, [key]: value })),
      fc.tuple(fc.integer({ min: 0, max: 3 }), json).map(([i, value]) => JSON.stringify({ ...record, quizAttempts: record.quizAttempts.map((a, j) => (j === i ? { ...a, responses: value } : a)) })),
      fc.constantFrom(
        `{"__proto__":{"polluted":true},${text.slice(1)}`,
        text.replace('"learner":{', '"learner":{"constructor":{"prototype":{"polluted":true}},'),
        '['.repeat(100_000) + ']'.repeat(100_000),
        text.replace(/"displayName":"[^"]*"/, '"displayName":"\\ud800"'),
        text.replace(/"seed":\d+/, '"seed":1e400'),
        JSON.stringify({ ...record, lessons: Array.from({ length: 5000 }, () => record.lessons[0]) }),
      ),
      json.map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(hostile, (candidate) => {
        const result = read(candidate);
        if (result.ok) expect(canonicalJson(result.record)).toBe(canonicalJson(record));
        else expect(result.problem.code).toMatch(/^(too-large|empty|not-json|not-a-record|unsupported-version|invalid|digest-mismatch|other-course|inconsistent)$/);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
