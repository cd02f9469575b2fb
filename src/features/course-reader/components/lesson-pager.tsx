import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang, LessonSummary } from '@/content/course-types';
import { lessonPath } from '@/domain/course-ids';

/** Previous and next lesson in course order. */
export function LessonPager({ lang, previous, next }: { lang: Lang; previous?: LessonSummary; next?: LessonSummary }) {
  const { t } = useTranslation('course');
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label={t('lesson.pagination')}>
      {previous ? (
        <Link className="pager__link pager__link--previous" to={lessonPath(lang, previous.unitId, previous.id)} rel="prev">
          <span className="pager__hint">{t('lesson.previous')}</span>
          <span className="pager__title">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="pager__link pager__link--next" to={lessonPath(lang, next.unitId, next.id)} rel="next">
          <span className="pager__hint">{t('lesson.next')}</span>
          <span className="pager__title">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
