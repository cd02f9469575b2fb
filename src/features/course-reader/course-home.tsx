import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHead } from '@/components/page-head';
import { ProgressBar } from '@/components/progress-bar';
import { lessonStatus, quizStatus, shareRead } from '@/domain/progress/progress';
import { lessonKey, lessonPath, pagePath, quizId, quizPath } from '@/domain/course-ids';
import { ContinueCard } from '@/features/progress/components/continue-card';
import { LessonStatusBadge, QuizStatusBadge } from '@/features/progress/components/status-badges';
import { useCourseProgress } from '@/features/progress/hooks/use-course-progress';
import { ReviewDue } from '@/features/review/components/review-due';
import { lessonsInOrder } from './course-data';
import { useCourse } from './hooks/use-course';

/** The course home: where to continue, progress, and the units with their lessons and quizzes. */
export function CourseHome() {
  const { outline, lang } = useCourse();
  const { t } = useTranslation(['course', 'common', 'quiz', 'progress']);
  const progress = useCourseProgress();
  const lessons = lessonsInOrder(outline);
  const first = lessons[0];
  const totalMinutes = lessons.reduce((sum, lesson) => sum + lesson.readingMinutes, 0);
  const lessonMap = progress?.lessons ?? new Map();
  const keys = (items: { unitId: string; id: string }[]) => items.map((l) => lessonKey(l.unitId, l.id));
  const readCount = keys(lessons).filter((key) => lessonStatus(lessonMap.get(key)) === 'read').length;
  // The course is in the built page; the learner's progress (read from the device after the
  // first render) fills in placeholders of the same size: nothing moves when it arrives.
  const quizState = (quizId: string) => (progress ? quizStatus(progress.attempts.get(quizId) ?? []) : undefined);
  const lessonState = (key: string) => (progress ? lessonStatus(lessonMap.get(key)) : undefined);
  const share = (items: { unitId: string; id: string }[]) => (progress ? shareRead(keys(items), lessonMap) : undefined);

  return (
    <div className="page home">
      <PageHead title={`${outline.title} · ${t('common:appName')}`} description={outline.description} />
      <section className="hero">
        <h1>{outline.title}</h1>
        <p className="hero__lead">{outline.description}</p>
        <p className="hero__meta">
          {t('home.lessonCount', { count: lessons.length })}
          {' · '}
          {t('readingTime', { count: totalMinutes })}
        </p>
        <div className="hero__actions">
          {first ? (
            <Link className="button button--primary" to={lessonPath(lang, first.unitId, first.id)}>
              {t('home.start')}
            </Link>
          ) : null}
          <Link className="button" to={quizPath(lang, { kind: 'final-assessment' })}>
            {t('quiz:entry.finalAssessment')}
          </Link>
          <QuizStatusBadge status={quizState(quizId({ kind: 'final-assessment' }))} />
          <ReviewDue lang={lang} />
        </div>
      </section>
      <div className="home__progress">
        <ContinueCard progress={progress} outline={outline} first={first} />
        <section className="course-progress" aria-labelledby="course-progress-title">
          <h2 id="course-progress-title">{t('progress:course.title')}</h2>
          <p aria-busy={!progress || undefined}>{t('progress:course.lessonsRead', { read: progress ? readCount : '–', total: lessons.length })}</p>
          <ProgressBar value={share(lessons)} label={t('progress:course.barCourse')} />
        </section>
      </div>
      <ol className="units">
        {outline.units.map((unit, index) => (
          <li key={unit.id} className="unit-card" id={`unit-${unit.id}`}>
            <h2 className="unit-card__title">
              <span className="unit-card__number">{t('home.unitLabel', { number: index + 1 })}</span>
              {unit.title}
            </h2>
            <p className="unit-card__meta">{t('home.lessonCount', { count: unit.lessons.length })}</p>
            <ProgressBar value={share(unit.lessons)} label={t('progress:course.barUnit', { unit: unit.title })} className="progress--small" />
            <ol className="lesson-list">
              {unit.lessons.map((lesson) => {
                const check = quizState(quizId({ kind: 'lesson-check', unitId: unit.id, lessonId: lesson.id }));
                return (
                  <li key={lesson.id}>
                    <Link to={lessonPath(lang, lesson.unitId, lesson.id)} className="lesson-list__link">
                      <span className="lesson-list__title">{lesson.title}</span>
                      <span className="lesson-list__meta">
                        <span className="lesson-list__time">{t('readingTime', { count: lesson.readingMinutes })}</span>
                        <LessonStatusBadge status={lessonState(lessonKey(unit.id, lesson.id))} />
                        {check === undefined || check.state === 'not-started' ? null : <QuizStatusBadge status={check} />}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ol>
            <p className="unit-card__quiz">
              <Link to={quizPath(lang, { kind: 'unit-quiz', unitId: unit.id })}>{`${t('quiz:entry.unitQuiz')} · ${unit.title}`}</Link>{' '}
              <QuizStatusBadge status={quizState(quizId({ kind: 'unit-quiz', unitId: unit.id }))} />
            </p>
          </li>
        ))}
      </ol>
      <section className="explore" aria-labelledby="explore-title">
        <h2 id="explore-title">{t('home.explore')}</h2>
        <div className="explore__grid">
          <Link className="explore__card" to={pagePath(lang, 'chronology')}>
            <span className="explore__title">{t('common:nav.chronology')}</span>
            <span>{t('home.chronologyCard')}</span>
          </Link>
          <Link className="explore__card" to={pagePath(lang, 'glossary')}>
            <span className="explore__title">{t('common:nav.glossary')}</span>
            <span>{t('home.glossaryCard')}</span>
          </Link>
        </div>
      </section>
    </div>
  );
}
