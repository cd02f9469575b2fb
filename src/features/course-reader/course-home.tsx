import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lessonPath, lessonsInOrder } from './course-data';
import { useCourse } from './hooks/use-course';

/** The course home: its units, each with its lessons and their reading time. */
export function CourseHome() {
  const { outline, lang } = useCourse();
  const { t } = useTranslation(['course', 'common', 'quiz']);
  const first = lessonsInOrder(outline)[0];
  const totalMinutes = lessonsInOrder(outline).reduce((sum, lesson) => sum + lesson.readingMinutes, 0);
  return (
    <div className="page home">
      <title>{`${outline.title} · ${t('common:appName')}`}</title>
      <section className="hero">
        <h1>{outline.title}</h1>
        <p className="hero__lead">{outline.description}</p>
        <p className="hero__meta">
          {t('home.lessonCount', { count: lessonsInOrder(outline).length })}
          {' · '}
          {t('readingTime', { count: totalMinutes })}
        </p>
        <div className="hero__actions">
          {first ? (
            <Link className="button button--primary" to={lessonPath(lang, first)}>
              {t('home.start')}
            </Link>
          ) : null}
          <Link className="button" to={`/${lang}/assessment`}>
            {t('quiz:entry.finalAssessment')}
          </Link>
        </div>
      </section>
      <ol className="units">
        {outline.units.map((unit, index) => (
          <li key={unit.id} className="unit-card" id={`unit-${unit.id}`}>
            <h2 className="unit-card__title">
              <span className="unit-card__number">{t('home.unitLabel', { number: index + 1 })}</span>
              {unit.title}
            </h2>
            <p className="unit-card__meta">{t('home.lessonCount', { count: unit.lessons.length })}</p>
            <ol className="lesson-list">
              {unit.lessons.map((lesson) => (
                <li key={lesson.id}>
                  <Link to={lessonPath(lang, lesson)} className="lesson-list__link">
                    <span className="lesson-list__title">{lesson.title}</span>
                    <span className="lesson-list__time">{t('readingTime', { count: lesson.readingMinutes })}</span>
                  </Link>
                </li>
              ))}
            </ol>
            <p className="unit-card__quiz">
              <Link to={`/${lang}/${unit.id}/quiz`}>{`${t('quiz:entry.unitQuiz')} · ${unit.title}`}</Link>
            </p>
          </li>
        ))}
      </ol>
      <section className="explore" aria-labelledby="explore-title">
        <h2 id="explore-title">{t('home.explore')}</h2>
        <div className="explore__grid">
          <Link className="explore__card" to={`/${lang}/chronology`}>
            <span className="explore__title">{t('common:nav.chronology')}</span>
            <span>{t('home.chronologyCard')}</span>
          </Link>
          <Link className="explore__card" to={`/${lang}/glossary`}>
            <span className="explore__title">{t('common:nav.glossary')}</span>
            <span>{t('home.glossaryCard')}</span>
          </Link>
        </div>
      </section>
    </div>
  );
}
