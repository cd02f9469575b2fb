import { describe, expect, it } from 'vitest';
import { compileRealCourse } from '../../../scripts/course-files.ts';
import { passMarkPercent, QUIZ_KINDS, type QuizRef } from '@/domain/course-ids';
import { generateQuiz } from '@/domain/quiz/generate-quiz';
import { quizDefinition } from '@/domain/quiz/quiz-definitions';
import { GENERATOR_VERSION, questionsAsShown, scoreStoredAttempt, withRebuiltQuestions, type StoredAttempt } from './stored-attempt';

const course = compileRealCourse();
const REFS: Record<(typeof QUIZ_KINDS)[number], QuizRef> = {
  // A lesson with five independent facts: its check has the full length (the pass mark test reads every score of it).
  'lesson-check': { kind: 'lesson-check', unitId: 'threat-awareness', lessonId: 'intelligence-sharing' },
  'unit-quiz': { kind: 'unit-quiz', unitId: 'capabilities' },
  'final-assessment': { kind: 'final-assessment' },
};

function attemptOf(ref: QuizRef, seed: number): StoredAttempt {
  const definition = quizDefinition(ref);
  const questions = questionsAsShown(course.facts, { seed, count: definition.count, scope: definition.scope });
  return { id: 'x', quizId: definition.id, mode: definition.mode, seed, lang: 'fr', questionIds: questions.map((q) => q.id), questions, contentVersion: 'c'.repeat(64), generatorVersion: GENERATOR_VERSION, responses: {}, current: 0, startedAt: 0, updatedAt: 0 };
}

/** The attempt with its first `right` questions answered with the key and the rest with a wrong option. */
function answered(attempt: StoredAttempt, right: number): StoredAttempt {
  const responses = Object.fromEntries(
    attempt.questions.map((q, i) => {
      const wrong = q.layout === 'ordering' ? [...q.answer].reverse() : [q.options.find((o) => !q.answer.includes(o.id))?.id ?? ''];
      return [q.id, { optionIds: i < right ? [...q.answer] : wrong, answeredAt: 1, lang: 'fr' as const }];
    }),
  );
  return { ...attempt, responses };
}

describe('stored questions', () => {
  it('are the quiz generated in French and in English with the same seed, joined: the same ids, texts and keys', () => {
    for (const seed of [1, 2, 3]) {
      const definition = quizDefinition(REFS['final-assessment']);
      const options = { seed, count: definition.count, scope: definition.scope };
      const stored = questionsAsShown(course.facts, options);
      const fr = generateQuiz(course.facts, { ...options, lang: 'fr' });
      const en = generateQuiz(course.facts, { ...options, lang: 'en' });
      expect(stored.map((q) => q.id)).toEqual(fr.map((q) => q.id));
      stored.forEach((q, i) => {
        expect(q.prompt).toEqual({ fr: fr[i]?.prompt, en: en[i]?.prompt });
        expect(q.explanation).toEqual({ fr: fr[i]?.explanation, en: en[i]?.explanation });
        expect(q.options.map((o) => o.text.fr)).toEqual(fr[i]?.options.map((o) => o.text));
        expect(q.options.map((o) => o.text.en)).toEqual(en[i]?.options.map((o) => o.text));
        expect(q.answer).toEqual(fr[i]?.answer);
        expect(q.source).toEqual(fr[i]?.source);
      });
    }
  });

  it('rebuilt for an old attempt, are marked so and are what its seed gives', () => {
    const attempt = attemptOf(REFS['unit-quiz'], 9);
    const { questions, contentVersion: _c, generatorVersion: _g, ...legacy } = attempt;
    const rebuilt = withRebuiltQuestions(legacy, course.facts, 'd'.repeat(64));
    expect(rebuilt).toMatchObject({ questionsRebuilt: true, contentVersion: 'd'.repeat(64), generatorVersion: GENERATOR_VERSION });
    expect(rebuilt.questions).toEqual(questions);
  });
});

describe('the pass mark', () => {
  it('shown for each quiz is the one its score is held to', () => {
    for (const kind of QUIZ_KINDS) {
      const attempt = attemptOf(REFS[kind], 5);
      const total = attempt.questions.length;
      expect(total).toBe(quizDefinition(REFS[kind]).count);
      for (let right = 0; right <= total; right++) {
        const score = scoreStoredAttempt(answered(attempt, right));
        expect(score.correct).toBe(right);
        // The learner reads "Pass mark: N %": passing means reaching N % of the questions.
        expect(score.passed, `${kind}, ${right}/${total}`).toBe((right / total) * 100 >= passMarkPercent(kind));
      }
    }
  });
});
