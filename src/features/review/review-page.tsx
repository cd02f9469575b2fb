import './review-i18n';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData } from 'react-router';
import { PageHead } from '@/components/page-head';
import type { FactBase, Lang } from '@/content/course-types';
import { localizeQuestion } from '@/domain/quiz/question';
import { REVIEW_SESSION_SIZE } from '@/domain/review/review-session';
import { useCourse } from '@/features/course-reader/hooks/use-course';
import { useOfflineStore } from '@/features/offline/offline-store';
import { QuestionCard } from '@/features/quiz/components/question-card';
import { newSeed } from '@/features/quiz/quiz-store';
import { useNow } from './hooks/use-now';
import { useReviewState, type ReviewState } from './hooks/use-review-state';
import { useReviewStore } from './review-store';

export interface ReviewRouteData {
  facts: FactBase;
}

/** A due date as the learner reads it: the day, in their language. */
export const formatDueDate = (time: number, lang: Lang) => new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full' }).format(time);

/**
 * Spaced review: how many facts are due today, then a session of up to 20 of them, each asked by
 * a question made for the session, with feedback and the next due date after each answer. The
 * session is read live from IndexedDB: a reload or another tab shows the same question.
 */
export function ReviewPage() {
  const { facts } = useLoaderData<ReviewRouteData>();
  const { lang } = useCourse();
  const { t } = useTranslation(['review', 'common']);
  const now = useNow();
  const state = useReviewState(now);
  const { start, answer, advance, saving } = useReviewStore();
  const session = state?.session;
  const inProgress = session !== undefined && session.finishedAt === undefined;
  const questions = session?.questions;
  const localized = useMemo(() => (questions ?? []).map((q) => localizeQuestion(q, lang)), [questions, lang]);
  const current = inProgress ? localized[session.current] : undefined;
  const response = current && session ? session.responses[current.id] : undefined;

  const setQuestionOnScreen = useOfflineStore((s) => s.setQuestionOnScreen);
  const questionOnScreen = current !== undefined;
  useEffect(() => {
    setQuestionOnScreen(questionOnScreen);
    return () => setQuestionOnScreen(false);
  }, [questionOnScreen, setQuestionOnScreen]);
  const finishedId = session?.finishedAt !== undefined ? session.id : undefined;
  useEffect(() => {
    if (finishedId) document.getElementById('review-summary')?.focus();
  }, [finishedId]);

  return (
    <div className="page page--narrow review">
      <PageHead title={`${t('title')} · ${t('common:appName')}`} description={t('intro')} />
      <h1>{t('title')}</h1>
      {current && session ? (
        <>
          <QuestionCard
            key={current.id}
            question={current}
            number={session.current + 1}
            total={session.items.length}
            mode="practice"
            response={response?.optionIds}
            isLast={session.current === session.items.length - 1}
            busy={saving}
            onAnswer={(optionIds, evidence) => void answer(session.id, current.id, optionIds, lang, evidence)}
            onNext={() => void advance(session.id)}
          />
          <p className="review__next" role="status">
            {response ? t('next', { date: formatDueDate(response.due, lang) }) : null}
          </p>
        </>
      ) : (
        <ReviewSummary state={state} lang={lang} busy={saving || now === undefined} onStart={() => void start(facts, newSeed(), lang)} />
      )}
    </div>
  );
}

/** Before a session: what is due today (or when the next review is), the last session's result, the button. */
function ReviewSummary({ state, lang, busy, onStart }: { state: ReviewState | undefined; lang: Lang; busy: boolean; onStart: () => void }) {
  const { t } = useTranslation(['review', 'common']);
  const session = state?.session;
  const done = session?.finishedAt !== undefined ? { correct: session.items.filter((item) => session.responses[item.questionId]?.correct).length, total: session.items.length } : undefined;
  const due = state?.dueToday ?? 0;
  return (
    <div className="review__summary">
      <p>{t('intro')}</p>
      <div id="review-summary" tabIndex={-1} aria-busy={!state || undefined} aria-live="polite">
        {done ? <p className="review__done">{t('done', done)}</p> : null}
        {!state ? (
          <p>{t('common:loading')}</p>
        ) : state.cards === 0 ? (
          <p>{t('nothingYet')}</p>
        ) : due > 0 ? (
          <>
            <p className="review__due">{t('due', { count: due })}</p>
            <p>{t('sessionSize', { count: Math.min(due, REVIEW_SESSION_SIZE) })}</p>
          </>
        ) : (
          <>
            <p className="review__due">{t('noneDue')}</p>
            {state.nextDue !== undefined ? <p>{t('nextDue', { date: formatDueDate(state.nextDue, lang) })}</p> : null}
          </>
        )}
      </div>
      {!state || due > 0 ? (
        <button type="button" className="button button--primary" onClick={onStart} disabled={!state || busy}>
          {t('start')}
        </button>
      ) : null}
    </div>
  );
}
