import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRealCourse } from '../../../scripts/course-files.ts';
import type { StoredAttempt } from '@/domain/attempt/stored-attempt';
import { lessonKey, lessonPath, quizId } from '@/domain/course-ids';
import { courseLessonRefs, courseStatus, recordAttempts, recordLessons, type StoredLessonProgress } from '@/domain/record/build-record';
import { compactProgress, decodeSuspendData, encodeSuspendData, lmsStatus, mergeProgress, quizOrder, type CompactProgress } from './lms-progress';

const course = compileRealCourse();
const outline = course.outlines.fr;
const lessons = outline.units.flatMap((unit) => unit.lessons);
const [firstUnit, ...otherUnits] = outline.units;
const [firstLesson] = lessons;
if (!firstUnit || !firstLesson) throw new Error('the course has no lesson');

const lessonRow = (lesson: (typeof lessons)[number], seen: string[], now = 1000): StoredLessonProgress => ({
  key: lessonKey(lesson.unitId, lesson.id),
  unitId: lesson.unitId,
  lessonId: lesson.id,
  sectionsSeen: seen,
  sectionCount: lesson.sections.length,
  lastLang: 'fr',
  timeSpentMs: 0,
  startedAt: now,
  ...(seen.length === lesson.sections.length ? { readAt: now } : {}),
  updatedAt: now,
});

const finished = (id: string, ratio: number, at = 2000): StoredAttempt => ({
  id: `${id}-${at}`,
  quizId: id,
  mode: 'practice',
  seed: 1,
  lang: 'fr',
  questionIds: [],
  questions: [],
  contentVersion: 'v',
  generatorVersion: 1,
  responses: {},
  current: 0,
  startedAt: at,
  finishedAt: at + 1,
  score: { correct: Math.round(ratio * 20), total: 20, ratio, passed: ratio >= 0.8 },
  updatedAt: at + 1,
});

/** The worst case: every section of every lesson seen, every quiz finished at 100 %. */
const everything: CompactProgress = { sections: lessons.map((lesson) => (1 << lesson.sections.length) - 1), best: quizOrder(outline).map(() => 100) };

describe('suspend data', () => {
  it('fits SCORM 1.2’s 4,096 characters (and 2004’s 64,000) at the worst case', () => {
    const text = encodeSuspendData(outline, everything);
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(decodeSuspendData(outline, text)).toEqual(everything);
  });

  it('holds no lesson with more sections than a mask can count', () => {
    expect(Math.max(...lessons.map((lesson) => lesson.sections.length))).toBeLessThanOrEqual(30);
  });

  it('reads back what it wrote, for any progress', () => {
    const progress = fc.record({
      sections: fc.tuple(...lessons.map((lesson) => fc.integer({ min: 0, max: (1 << lesson.sections.length) - 1 }))),
      best: fc.tuple(...quizOrder(outline).map(() => fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }))),
    });
    fc.assert(
      fc.property(progress, (value) => {
        expect(decodeSuspendData(outline, encodeSuspendData(outline, value))).toEqual(value);
      }),
    );
  });

  it('refuses suspend data of another course structure, format or damaged', () => {
    const text = encodeSuspendData(outline, everything);
    const otherOutline = { units: [{ ...firstUnit, lessons: firstUnit.lessons.slice(1) }, ...otherUnits] };
    expect(decodeSuspendData(otherOutline, text)).toBeNull();
    expect(decodeSuspendData(outline, text.replace(/^s1/, 's9'))).toBeNull();
    expect(decodeSuspendData(outline, text.slice(0, -3))).toBeNull();
    expect(decodeSuspendData(outline, text.replace(/\|2s\./, '|zzzzzz.'))).toBeNull();
    expect(decodeSuspendData(outline, '')).toBeNull();
    expect(decodeSuspendData(outline, 'not ours at all')).toBeNull();
  });

  it('keeps the longest address within SCORM 1.2’s 255-character location', () => {
    const longest = Math.max(...lessons.flatMap((lesson) => lesson.sections.map((section) => lessonPath('en', lesson.unitId, lesson.id, section.id).length)));
    expect(longest).toBeLessThanOrEqual(255);
  });
});

describe('lmsStatus', () => {
  it('says not attempted, then incomplete, for a learner who has not finished', () => {
    expect(lmsStatus(outline, compactProgress(outline, [], []))).toEqual({ completion: 'not attempted', success: 'unknown', progressMeasure: 0 });
    const status = lmsStatus(outline, compactProgress(outline, [lessonRow(firstLesson, firstLesson.sections.map((s) => s.id))], []));
    expect(status.completion).toBe('incomplete');
    expect(status.progressMeasure).toBeCloseTo(1 / (2 * lessons.length));
  });

  it('completes the course when every lesson is read and every check taken, whatever their scores', () => {
    const rows = lessons.map((lesson) => lessonRow(lesson, lesson.sections.map((s) => s.id)));
    const checks = lessons.map((lesson) => finished(quizId({ kind: 'lesson-check', unitId: lesson.unitId, lessonId: lesson.id }), 0.2));
    const status = lmsStatus(outline, compactProgress(outline, rows, checks));
    expect(status).toEqual({ completion: 'completed', success: 'unknown', progressMeasure: 1 });
    // One section short of one lesson: not completed.
    const short = [...rows.slice(1), lessonRow(firstLesson, firstLesson.sections.slice(1).map((s) => s.id))];
    expect(lmsStatus(outline, compactProgress(outline, short, checks)).completion).toBe('incomplete');
  });

  it('passes at 80 % on the final assessment, keeps the best score, and fails below', () => {
    const final = quizId({ kind: 'final-assessment' });
    expect(lmsStatus(outline, compactProgress(outline, [], [finished(final, 0.75)]))).toMatchObject({ success: 'failed', scaled: 0.75 });
    expect(lmsStatus(outline, compactProgress(outline, [], [finished(final, 0.75), finished(final, 0.8, 3000), finished(final, 0.6, 4000)]))).toMatchObject({ success: 'passed', scaled: 0.8 });
  });

  it('agrees with the completion record’s status for the same progress', () => {
    const rows = lessons.slice(0, 5).map((lesson) => lessonRow(lesson, lesson.sections.map((s) => s.id)));
    const attempts = [finished(quizId({ kind: 'lesson-check', unitId: firstLesson.unitId, lessonId: firstLesson.id }), 1), finished(quizId({ kind: 'final-assessment' }), 0.85)];
    const record = courseStatus(recordLessons(course.outlines, rows), recordAttempts(attempts), courseLessonRefs(outline));
    const status = lmsStatus(outline, compactProgress(outline, rows, attempts));
    expect(status.completion === 'completed').toBe(record.completion === 'completed');
    expect(status.success).toBe(record.success);
    expect(status.scaled).toBe(record.finalScore?.ratio);
  });
});

describe('mergeProgress', () => {
  it('keeps every section seen and the better score of each quiz', () => {
    expect(mergeProgress({ sections: [0b101, 0], best: [null, 40, 90] }, { sections: [0b011, 0b1], best: [70, null, 60] })).toEqual({ sections: [0b111, 0b1], best: [70, 40, 90] });
  });
});
