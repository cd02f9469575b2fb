import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useParams, useSearchParams } from 'react-router';
import type { FactBase } from '@/content/course-types';
import { allAnswered, scoreAttempt } from '@/domain/quiz/attempt';
import { rebuildQuiz } from '@/domain/quiz/generate-quiz';
import { localizeQuestion } from '@/domain/quiz/question';
import { finalAssessment, lessonCheck, unitQuiz, type QuizDefinition } from '@/domain/quiz/quiz-definitions';
import { lessonPath } from '@/features/course-reader/course-data';
import { useCourse } from '@/features/course-reader/hooks/use-course';
import { QuestionCard } from './components/question-card';
import { QuizResults } from './components/quiz-results';
import { newSeed, useQuizStore } from './quiz-store';

export interface QuizRouteData {
  facts: FactBase;
}

/** The quiz the address names: a lesson check, a unit quiz or the final assessment. */
function useDefinition(): QuizDefinition {
  const { unitId, lessonId } = useParams();
  if (unitId && lessonId) return lessonCheck(unitId, lessonId);
  if (unitId) return unitQuiz(unitId);
  return finalAssessment;
}

/** Runs a quiz: intro, one question at a time, feedback or not by mode, then the results. */
export function QuizPage() {
  const { facts } = useLoaderData<QuizRouteData>();
  const { outline, lang } = useCourse();
  const { t } = useTranslation(['quiz', 'common']);
  const definition = useDefinition();
  const attempt = useQuizStore((state) => state.attempts[definition.id]);
  const { start, answer, goTo, finish } = useQuizStore();
  const questions = useMemo(() => (attempt ? rebuildQuiz(facts, attempt.seed, attempt.questionIds) : []), [facts, attempt]);
  const localized = useMemo(() => questions.map((q) => localizeQuestion(q, lang)), [questions, lang]);

  const unit = outline.units.find((u) => u.id === (definition.scope.kind === 'course' ? '' : definition.scope.unitId));
  const lesson = definition.scope.kind === 'lesson' ? unit?.lessons.find((l) => l.id === (definition.scope as { lessonId: string }).lessonId) : undefined;
  const title =
    definition.kind === 'lesson-check'
      ? t('title.lessonCheck', { lesson: lesson?.title ?? '' })
      : definition.kind === 'unit-quiz'
        ? t('title.unitQuiz', { unit: unit?.title ?? '' })
        : t('title.finalAssessment');
  const back = lesson && unit ? { to: lessonPath(lang, lesson), label: t('results.backToLesson') } : { to: `/${lang}`, label: t('results.backToCourse') };

  // ?seed=N reproduces a quiz (authors checking what a learner saw, screenshots); otherwise a fresh seed.
  const [params] = useSearchParams();
  const requestedSeed = Number(params.get('seed'));
  const begin = () => start(definition, facts, !attempt && Number.isInteger(requestedSeed) && params.has('seed') ? requestedSeed >>> 0 : newSeed(), Date.now());
  const finished = attempt?.finishedAt !== undefined;

  useEffect(() => {
    if (finished) document.getElementById('results-title')?.focus();
  }, [finished]);

  const current = attempt ? localized[attempt.current] : undefined;
  const isLast = attempt ? attempt.current === attempt.questionIds.length - 1 : false;
  const advance = () => {
    if (!attempt) return;
    if (isLast && allAnswered(attempt)) finish(definition.id, Date.now());
    else goTo(definition.id, attempt.current + 1);
  };

  return (
    <div className="page page--narrow quiz">
      <title>{`${title} · ${t('common:appName')}`}</title>
      <h1>{title}</h1>
      {!attempt ? (
        <div className="quiz__intro">
          <p>
            {definition.mode === 'practice'
              ? t('intro.practice', { count: definition.count })
              : t('intro.exam', { count: definition.count, passMark: Math.round(definition.passMark * 100) })}
          </p>
          <button type="button" className="button button--primary" onClick={begin}>
            {t('intro.start')}
          </button>
        </div>
      ) : finished ? (
        <QuizResults questions={localized} attempt={attempt} score={scoreAttempt(attempt, questions)} passMark={definition.passMark} onRetake={begin} back={back} />
      ) : current ? (
        <QuestionCard
          key={current.id}
          question={current}
          number={attempt.current + 1}
          total={attempt.questionIds.length}
          mode={definition.mode}
          response={attempt.responses[current.id]?.optionIds}
          isLast={isLast}
          onAnswer={(optionIds) => {
            answer(definition.id, current.id, optionIds, Date.now());
            if (definition.mode === 'exam') {
              if (isLast) finish(definition.id, Date.now());
              else goTo(definition.id, attempt.current + 1);
            }
          }}
          onNext={advance}
        />
      ) : null}
    </div>
  );
}
