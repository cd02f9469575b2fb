import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useParams, useSearchParams } from 'react-router';
import { PageHead } from '@/components/page-head';
import type { FactBase } from '@/content/course-types';
import { saveLastPlace } from '@/db/profile-repository';
import { scoreStoredAttempt } from '@/domain/attempt/stored-attempt';
import { homePath, lessonPath, passMarkPercent, quizRefFromParams } from '@/domain/course-ids';
import { localizeQuestion } from '@/domain/quiz/question';
import { quizDefinition, type QuizDefinition } from '@/domain/quiz/quiz-definitions';
import { quizLength } from '@/domain/quiz/quiz-length';
import { useCourse } from '@/features/course-reader/hooks/use-course';
import { QuestionCard } from './components/question-card';
import { QuizResults } from './components/quiz-results';
import { useOfflineStore } from '@/features/offline/offline-store';
import { useLatestAttempt } from './hooks/use-latest-attempt';
import { newSeed, useQuizStore } from './quiz-store';

export interface QuizRouteData {
  facts: FactBase;
}

/** The quiz the address names: a lesson check, a unit quiz or the final assessment. */
function useDefinition(): QuizDefinition {
  const { unitId, lessonId } = useParams();
  return useMemo(() => quizDefinition(quizRefFromParams({ unitId, lessonId })), [unitId, lessonId]);
}

/**
 * Runs a quiz: intro, one question at a time, feedback or not by mode, then the results.
 * The attempt is read live from IndexedDB: a reload, another tab or a language switch shows
 * the same question with the answers given so far.
 */
export function QuizPage() {
  const { facts } = useLoaderData<QuizRouteData>();
  const { outline, lang } = useCourse();
  const { t } = useTranslation(['quiz', 'common']);
  const definition = useDefinition();
  const loaded = useLatestAttempt(definition.id);
  const latest = loaded?.attempt;
  const { start, answer, advance, saving } = useQuizStore();
  // The questions as they were shown when the attempt started (stored with it), never rebuilt.
  // An unfinished attempt missing some (rebuilt by an upgrade from a course that had lost
  // them) cannot be resumed: offer a new one instead.
  const attempt = latest && latest.finishedAt === undefined && latest.questions.length < latest.questionIds.length ? undefined : latest;
  const questions = attempt?.questions;
  const localized = useMemo(() => (questions ?? []).map((q) => localizeQuestion(q, lang)), [questions, lang]);

  const unit = outline.units.find((u) => u.id === (definition.scope.kind === 'course' ? '' : definition.scope.unitId));
  const lessonId = definition.scope.kind === 'lesson' ? definition.scope.lessonId : undefined;
  const lesson = unit?.lessons.find((l) => l.id === lessonId);
  const title =
    definition.kind === 'lesson-check'
      ? t('title.lessonCheck', { lesson: lesson?.title ?? '' })
      : definition.kind === 'unit-quiz'
        ? t('title.unitQuiz', { unit: unit?.title ?? '' })
        : t('title.finalAssessment');
  const back = lesson && unit ? { to: lessonPath(lang, unit.id, lesson.id), label: t('results.backToLesson') } : { to: homePath(lang), label: t('results.backToCourse') };

  // ?seed=N reproduces a quiz (authors checking what a learner saw, screenshots); otherwise a fresh seed.
  const [params] = useSearchParams();
  const requestedSeed = Number(params.get('seed'));
  const begin = () => void start(definition, facts, !attempt && params.has('seed') && Number.isInteger(requestedSeed) ? requestedSeed >>> 0 : newSeed(), lang);
  const finished = attempt?.finishedAt !== undefined;
  const inProgress = attempt !== undefined && !finished;

  useEffect(() => {
    if (finished) document.getElementById('results-title')?.focus();
  }, [finished]);
  const currentIndex = attempt?.current;
  useEffect(() => {
    if (inProgress) void saveLastPlace({ kind: 'quiz', quiz: definition.ref, question: currentIndex ?? 0, lang, at: Date.now() });
  }, [inProgress, definition.ref, lang, currentIndex]);

  const current = attempt ? localized[attempt.current] : undefined;
  const setQuestionOnScreen = useOfflineStore((state) => state.setQuestionOnScreen);
  const questionOnScreen = inProgress && current !== undefined;
  useEffect(() => {
    setQuestionOnScreen(questionOnScreen);
    return () => setQuestionOnScreen(false);
  }, [questionOnScreen, setQuestionOnScreen]);

  // A lesson with few independent facts gets a shorter check (never a repeated fact): say so.
  const count = useMemo(() => quizLength(facts, definition), [facts, definition]);
  const intro =
    definition.mode === 'practice'
      ? t('intro.practice', { count })
      : t('intro.exam', { count, passMark: passMarkPercent(definition.kind) });

  // The built page (and the first render, while the attempt is read) shows the intro, its
  // button disabled until the browser knows whether an attempt is to be resumed.
  return (
    <div className="page page--narrow quiz">
      <PageHead title={`${title} · ${t('common:appName')}`} description={intro} />
      <h1>{title}</h1>
      <noscript>
        <p className="quiz__noscript">{t('noScript')}</p>
      </noscript>
      {!attempt ? (
        <div className="quiz__intro">
          <p>{intro}</p>
          <button type="button" className="button button--primary" onClick={begin} disabled={!loaded || saving}>
            {t('intro.start')}
          </button>
        </div>
      ) : finished ? (
        <QuizResults questions={localized} attempt={attempt} score={attempt.score ?? scoreStoredAttempt(attempt)} passMark={passMarkPercent(definition.kind)} onRetake={begin} back={back} />
      ) : current ? (
        <QuestionCard
          key={current.id}
          question={current}
          number={attempt.current + 1}
          total={attempt.questionIds.length}
          mode={definition.mode}
          response={attempt.responses[current.id]?.optionIds}
          isLast={attempt.current === attempt.questionIds.length - 1}
          busy={saving}
          onAnswer={async (optionIds, evidence) => {
            await answer(attempt, current, optionIds, lang, evidence);
            if (definition.mode === 'exam') await advance(attempt);
          }}
          onNext={() => void advance(attempt)}
        />
      ) : null}
    </div>
  );
}
