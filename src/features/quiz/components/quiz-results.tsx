import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Score } from '@/domain/quiz/scoring';
import { isCorrect, type LocalizedQuestion } from '@/domain/quiz/question';
import type { QuizAttemptRow } from '@/db/db';
import { lessonKey, lessonPath } from '@/domain/course-ids';
import { useCourse } from '@/features/course-reader/hooks/use-course';
import { answerText, askedText, chosenReason as reason } from './question-card';
import { SourceLinks } from './source-link';

interface Props {
  questions: LocalizedQuestion[];
  attempt: QuizAttemptRow;
  score: Score;
  /** The pass mark as a whole percentage (the one the score was held to). */
  passMark: number;
  onRetake: () => void;
  back: { to: string; label: string };
}

/** Score, pass or fail, and every question with the learner's answer and the right one. */
export function QuizResults({ questions, attempt, score, passMark, onRetake, back }: Props) {
  const { t } = useTranslation('quiz');
  const { outline, lang } = useCourse();
  const percent = Math.round(score.ratio * 100);
  const missed = questions.filter((q) => !isCorrect(q, attempt.responses[q.id]?.optionIds ?? []));
  const lessonsToReview = [...new Map(missed.map((q) => [lessonKey(q.source.unitId, q.source.lessonId), q.source])).values()];
  const lessonTitle = (unitId: string, lessonId: string) => outline.units.flatMap((u) => u.lessons).find((l) => l.unitId === unitId && l.id === lessonId)?.title ?? lessonId;

  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1}>
        {t('results.title')}
      </h2>
      <div className={`results__summary ${score.passed ? 'results__summary--passed' : 'results__summary--failed'}`} role="status">
        <p className="results__verdict">{score.passed ? t('results.passed') : t('results.failed')}</p>
        <p className="results__score">{t('results.score', { correct: score.correct, total: score.total, percent })}</p>
        <p className="results__mark">{t('results.passMark', { passMark })}</p>
      </div>
      <div className="results__actions">
        <button type="button" className="button button--primary" onClick={onRetake}>
          {t('intro.retake')}
        </button>
        <Link className="button" to={back.to}>
          {back.label}
        </Link>
      </div>
      {lessonsToReview.length > 0 ? (
        <>
          <h3>{t('results.lessonsToReview')}</h3>
          <ul>
            {lessonsToReview.map((source) => (
              <li key={lessonKey(source.unitId, source.lessonId)}>
                <Link to={lessonPath(lang, source.unitId, source.lessonId)}>{lessonTitle(source.unitId, source.lessonId)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('results.review')}</h3>
      <ol className="review">
        {questions.map((question) => {
          const response = attempt.responses[question.id]?.optionIds;
          const right = response !== undefined && isCorrect(question, response);
          return (
            <li key={question.id} className={`review__item ${right ? 'review__item--right' : 'review__item--wrong'}`}>
              <p className="review__prompt">
                <span className="review__mark">{right ? t('feedback.correct') : t('feedback.incorrect')}</span> {askedText(question)}
              </p>
              {question.situation ? <p className="review__situation">{question.situation}</p> : null}
              <p>{response ? t('results.yourAnswer', { answer: answerText(question, response) }) : t('results.noAnswer')}</p>
              {right ? null : <p className="review__right">{t('results.rightAnswer', { answer: answerText(question, question.answer) })}</p>}
              {right || !reason(question, response) ? null : <p className="review__reason">{t('feedback.whyNot', { reason: reason(question, response) })}</p>}
              <p className="review__explanation">{question.explanation}</p>
              <SourceLinks question={question} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
