import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useLocation, useParams, useSearchParams } from 'react-router';
import { PageHead } from '@/components/page-head';
import type { FactBase } from '@/content/course-types';
import { saveLastPlace } from '@/db/profile-repository';
import { scoreAttempt } from '@/domain/quiz/attempt';
import { rebuildQuiz } from '@/domain/quiz/generate-quiz';
import { localizeQuestion } from '@/domain/quiz/question';
import { finalAssessment, lessonCheck, unitQuiz, type QuizDefinition } from '@/domain/quiz/quiz-definitions';
import { lessonPath } from '@/features/course-reader/course-data';
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
  if (unitId && lessonId) return lessonCheck(unitId, lessonId);
  if (unitId) return unitQuiz(unitId);
  return finalAssessment;
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
  const location = useLocation();
  const loaded = useLatestAttempt(definition.id);
  const latest = loaded?.attempt;
  const { start, answer, advance, saving } = useQuizStore();
  // Rebuilt only when the attempt's questions change, not on every saved answer.
  const seed = latest?.seed;
  const questionKey = latest?.questionIds.join('|');
  const questions = useMemo(() => (seed !== undefined && questionKey ? rebuildQuiz(facts, seed, questionKey.split('|')) : []), [facts, seed, questionKey]);
  // An unfinished attempt whose questions this version of the course no longer has (content
  // updated, or a record from another version) cannot be resumed: offer a new one instead.
  const attempt = latest && latest.finishedAt === undefined && questions.length < latest.questionIds.length ? undefined : latest;
  const localized = useMemo(() => questions.map((q) => localizeQuestion(q, lang)), [questions, lang]);

  const unit = outline.units.find((u) => u.id === (definition.scope.kind === 'course' ? '' : definition.scope.unitId));
  const lessonId = definition.scope.kind === 'lesson' ? definition.scope.lessonId : undefined;
  const lesson = unit?.lessons.find((l) => l.id === lessonId);
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
  const begin = () => void start(definition, facts, !attempt && params.has('seed') && Number.isInteger(requestedSeed) ? requestedSeed >>> 0 : newSeed(), lang, location.pathname);
  const finished = attempt?.finishedAt !== undefined;
  const inProgress = attempt !== undefined && !finished;

  useEffect(() => {
    if (finished) document.getElementById('results-title')?.focus();
  }, [finished]);
  const currentIndex = attempt?.current;
  useEffect(() => {
    if (inProgress) void saveLastPlace({ path: location.pathname, lang, kind: 'quiz', at: Date.now() });
  }, [inProgress, location.pathname, lang, currentIndex]);

  const current = attempt ? localized[attempt.current] : undefined;
  const setQuestionOnScreen = useOfflineStore((state) => state.setQuestionOnScreen);
  const questionOnScreen = inProgress && current !== undefined;
  useEffect(() => {
    setQuestionOnScreen(questionOnScreen);
    return () => setQuestionOnScreen(false);
  }, [questionOnScreen, setQuestionOnScreen]);

  const intro =
    definition.mode === 'practice'
      ? t('intro.practice', { count: definition.count })
      : t('intro.exam', { count: definition.count, passMark: Math.round(definition.passMark * 100) });

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
        <QuizResults questions={localized} attempt={attempt} score={attempt.score ?? scoreAttempt(attempt, questions)} passMark={definition.passMark} onRetake={begin} back={back} />
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
          onAnswer={async (optionIds) => {
            await answer(attempt, current, optionIds, lang);
            if (definition.mode === 'exam') await advance(attempt, facts, lang);
          }}
          onNext={() => void advance(attempt, facts, lang)}
        />
      ) : null}
    </div>
  );
}
