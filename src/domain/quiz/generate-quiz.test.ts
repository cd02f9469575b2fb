import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '@/content/compile-course';
import type { FactBase, LocalizedText } from '@/content/course-types';
import { COURSE_ID, COURSES_DIR, readCourseFiles } from '../../../scripts/course-files';
import { formatFactDate } from '../format-fact-date';
import { dateSpan, tooClose } from './distractors';
import { generateBilingualQuiz, generateQuestionBank, generateQuiz, rebuildQuiz, selectQuestions, type QuizScope } from './generate-quiz';
import { QUESTION_TYPES, isCorrect, type Question } from './question';

const compiled = compileCourse(readCourseFiles(join(COURSES_DIR, COURSE_ID)));
if (!compiled.ok) throw new Error('the course must compile');
const facts: FactBase = compiled.course.facts;
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const RUNS = { numRuns: 60 };

const scopes: QuizScope[] = [
  { kind: 'course' },
  ...[...new Set(facts.lessons.map((l) => l.unitId))].map((unitId): QuizScope => ({ kind: 'unit', unitId })),
  ...facts.lessons.map((l): QuizScope => ({ kind: 'lesson', unitId: l.unitId, lessonId: l.lessonId })),
];
const scopeArb = fc.constantFrom(...scopes);

/** What the fact base says the right answer of `question` is, worked out independently. */
function expectedAnswer(question: Question): string[] | 'true-or-false' {
  const [kind, id = ''] = question.id.split(':');
  const event = facts.events.find((e) => e.id === id);
  switch (kind) {
    case 'event-year':
      return [`y:${event?.date.year}`];
    case 'event-date': {
      const d = event?.date;
      const pad = (n?: number) => String(n ?? 0).padStart(2, '0');
      return [`d:${d?.year}-${pad(d?.month)}${d?.day !== undefined ? `-${pad(d.day)}` : ''}`];
    }
    case 'date-event':
      return [`e:${id}`];
    case 'purpose':
    case 'purpose-reverse':
      return [`x:${id}`];
    case 'location':
      return [`c:${id}`];
    case 'figure':
      return [`n:${facts.figures.find((f) => f.id === id)?.value}`];
    case 'acronym':
      return [`t:${id}`];
    case 'set-member':
      return [`m:${id}:${question.id.split(':')[2]}`];
    case 'which-first':
    case 'chronological-order': {
      const ids = question.id.split(':').slice(1);
      const sorted = [...ids].sort((a, b) => {
        const [x, y] = [facts.events.find((e) => e.id === a), facts.events.find((e) => e.id === b)];
        return (x ? dateSpan(x.date, x.end)[0] : 0) - (y ? dateSpan(y.date, y.end)[0] : 0);
      });
      return kind === 'which-first' ? [`e:${sorted[0]}`] : sorted.map((e) => `e:${e}`);
    }
    case 'scenario': {
      const scenario = facts.scenarios?.find((s) => s.id === id);
      return question.options.filter((o) => o.text.fr === scenario?.key.fr && o.text.en === scenario.key.en).map((o) => o.id);
    }
    default:
      return 'true-or-false';
  }
}

function checkQuestion(question: Question) {
  const ids = question.options.map((o) => o.id);
  expect(new Set(ids).size, question.id).toBe(ids.length);
  for (const lang of ['fr', 'en'] as const) {
    const texts = question.options.map((o) => o.text[lang].toLowerCase());
    expect(new Set(texts).size, `${question.id} ${lang}`).toBe(texts.length);
    for (const text of texts) expect(text).not.toMatch(/^(all|none|tous|toutes|aucun)\b.*(above|ci-dessus)/);
    expect(question.prompt[lang].trim(), question.id).not.toBe('');
    expect(question.explanation[lang].trim(), question.id).not.toBe('');
  }
  const expected = expectedAnswer(question);
  if (expected === 'true-or-false') {
    expect(question.answer[0], question.id).toBe(question.id.endsWith(':true') ? 'true' : 'false');
  } else {
    expect(question.answer, question.id).toEqual(expected);
  }
  if (question.layout === 'ordering') {
    expect(question.options.length).toBeGreaterThanOrEqual(3);
    expect(question.options.length).toBeLessThanOrEqual(5);
    expect([...question.answer].sort()).toEqual([...ids].sort());
    expect(ids, 'an ordering question is not shown already in order').not.toEqual(question.answer);
  } else {
    expect(question.answer).toHaveLength(1);
    expect(ids).toContain(question.answer[0]);
  }
  if (question.layout === 'shuffled' && question.options.length === 4) {
    for (const [i, a] of question.options.entries()) {
      for (const b of question.options.slice(i + 1)) expect(tooClose(a.text as LocalizedText, b.text as LocalizedText), `${question.id}: ${a.id} ~ ${b.id}`).toBe(false);
    }
  }
  if (question.layout === 'ascending') {
    const numbers = question.options.map((o) => Number(o.id.replace(/^[a-z]:/, '').replaceAll('-', '')));
    expect(numbers, question.id).toEqual([...numbers].sort((a, b) => a - b));
  }
}

describe('generateQuiz', () => {
  it('gives each question exactly one right answer, which the fact base confirms, and distinct options', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        for (const question of generateBilingualQuiz(facts, { seed, count: 10, scope })) checkQuestion(question);
      }),
      RUNS,
    );
  });

  it('gives the same quiz for the same seed', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        expect(generateQuiz(facts, { seed, count: 10, scope, lang: 'fr' })).toEqual(generateQuiz(facts, { seed, count: 10, scope, lang: 'fr' }));
      }),
      RUNS,
    );
  });

  it('gives the same questions and answers in French and English', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        const fr = generateQuiz(facts, { seed, count: 20, scope, lang: 'fr' });
        const en = generateQuiz(facts, { seed, count: 20, scope, lang: 'en' });
        expect(en.map((q) => [q.id, q.answer, q.options.map((o) => o.id)])).toEqual(fr.map((q) => [q.id, q.answer, q.options.map((o) => o.id)]));
      }),
      RUNS,
    );
  });

  it('fills a 5-question knowledge check for every lesson, without two questions on one fact', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const lesson of facts.lessons) {
          const quiz = generateBilingualQuiz(facts, { seed, count: 5, scope: { kind: 'lesson', unitId: lesson.unitId, lessonId: lesson.lessonId } });
          expect(quiz, lesson.lessonId).toHaveLength(5);
          expect(new Set(quiz.map((q) => q.id)).size).toBe(5);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('spreads a 20-question final assessment across units and types, each right position as often as another', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const quiz = generateBilingualQuiz(facts, { seed, count: 20, scope: { kind: 'course' } });
        expect(quiz).toHaveLength(20);
        const facts_ = quiz.flatMap((q) => q.facts);
        expect(new Set(facts_).size, 'no fact asked twice').toBe(facts_.length);
        expect(new Set(quiz.map((q) => q.source.unitId)).size).toBeGreaterThanOrEqual(5);
        expect(new Set(quiz.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
        const positions = [0, 0, 0, 0];
        for (const q of quiz.filter((q) => q.layout === 'shuffled' && q.options.length === 4)) {
          const index = q.options.findIndex((o) => o.id === q.answer[0]);
          positions[index] = (positions[index] ?? 0) + 1;
        }
        expect(Math.max(...positions) - Math.min(...positions)).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('avoids the previous attempt’s questions when the pool allows', () => {
    fc.assert(
      fc.property(seeds, seeds, (first, second) => {
        const scope: QuizScope = { kind: 'unit', unitId: 'chronology' };
        const previous = selectQuestions(facts, { seed: first, count: 10, scope });
        const retake = selectQuestions(facts, { seed: second, count: 10, scope, avoid: previous });
        expect(retake.filter((id) => previous.includes(id))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('rebuilds a quiz exactly from its seed and question ids', () => {
    fc.assert(
      fc.property(seeds, scopeArb, (seed, scope) => {
        const quiz = generateBilingualQuiz(facts, { seed, count: 10, scope });
        expect(rebuildQuiz(facts, seed, quiz.map((q) => q.id))).toEqual(quiz);
      }),
      RUNS,
    );
  });
});

describe('generateQuestionBank', () => {
  const bank = generateQuestionBank(facts, { seed: 1 });

  it('holds at least 200 distinct questions, every type, and at least 5 for every lesson', () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(bank.length).toBeGreaterThanOrEqual(200);
    expect(new Set(bank.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    for (const lesson of facts.lessons) {
      expect(bank.filter((q) => q.source.lessonId === lesson.lessonId).length, lesson.lessonId).toBeGreaterThanOrEqual(5);
    }
  });

  it('passes every check, whatever the seed', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const question of generateQuestionBank(facts, { seed })) checkQuestion(question);
      }),
      { numRuns: 8 },
    );
  });

  it('never offers as a wrong date one that overlaps the event', () => {
    for (const question of bank.filter((q) => q.type === 'date-event')) {
      const event = facts.events.find((e) => `e:${e.id}` === question.answer[0]);
      for (const option of question.options.filter((o) => o.id !== question.answer[0])) {
        const other = facts.events.find((e) => `e:${e.id}` === option.id);
        if (!event || !other) throw new Error('unknown event');
        const [a, b] = [dateSpan(event.date, event.end), dateSpan(other.date, other.end)];
        expect(a[0] <= b[1] && b[0] <= a[1], `${question.id} offers ${other.id}`).toBe(false);
      }
    }
  });

  it('states dates in true/false questions exactly as the fact base when they are true', () => {
    for (const question of bank.filter((q) => q.id.startsWith('true-false:event:') && q.id.endsWith(':true'))) {
      const event = facts.events.find((e) => e.id === question.id.split(':')[2]);
      if (!event) throw new Error('unknown event');
      expect(question.prompt.fr).toContain(formatFactDate(event.date, 'fr', { ...(event.end ? { end: event.end } : {}), ...(event.qualifier ? { qualifier: event.qualifier } : {}) }));
      expect(isCorrect(question, ['true'])).toBe(true);
    }
  });
});
