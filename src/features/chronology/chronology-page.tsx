import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHead } from '@/components/page-head';
import { useHydrated } from '@/components/use-hydrated';
import type { CourseEvent } from '@/content/course-types';
import { formatFactDate } from '@/domain/format-fact-date';
import { lessonPath } from '@/domain/course-ids';
import { useCourse } from '@/features/course-reader/hooks/use-course';

/** The course's dated milestones as a timeline, filterable by theme (kept in the address). */
export function ChronologyPage() {
  const { outline, lang } = useCourse();
  const { t } = useTranslation(['course', 'common']);
  const [params, setParams] = useSearchParams();
  const themeIds = new Set(outline.themes.map((theme) => theme.id));
  // The built page shows every theme; a filter in the address applies once in the browser.
  const hydrated = useHydrated();
  const selected = hydrated ? params.get('theme') : null;
  const active = selected && themeIds.has(selected) ? selected : null;
  const events = outline.events.filter((event) => !active || event.theme === active);
  const themeLabel = (id: string) => outline.themes.find((theme) => theme.id === id)?.label ?? id;

  const byYear = new Map<number, CourseEvent[]>();
  for (const event of events) byYear.set(event.date.year, [...(byYear.get(event.date.year) ?? []), event]);

  const choose = (theme: string | null) => setParams(theme ? { theme } : {}, { replace: true, preventScrollReset: true });

  return (
    <div className="page chronology">
      <PageHead title={`${t('chronology.title')} · ${t('common:appName')}`} description={t('chronology.intro')} />
      <h1>{t('chronology.title')}</h1>
      <p className="page__lead">{t('chronology.intro')}</p>
      <div className="filters" role="group" aria-labelledby="filter-label">
        <span id="filter-label" className="filters__label">
          {t('chronology.filterLabel')}
        </span>
        <button type="button" className="chip" aria-pressed={active === null} onClick={() => choose(null)}>
          {t('chronology.all')}
        </button>
        {outline.themes.map((theme) => (
          <button
            key={theme.id}
            type="button"
            className={`chip chip--${theme.id}`}
            aria-pressed={active === theme.id}
            onClick={() => choose(theme.id)}
          >
            {theme.label}
          </button>
        ))}
      </div>
      <p className="chronology__count" role="status">
        {t('chronology.count', { count: events.length })}
      </p>
      <ol className="timeline">
        {[...byYear.entries()].map(([year, yearEvents]) => (
          <li key={year} className="timeline__year">
            <h2 className="timeline__year-title">{year}</h2>
            <ol className="timeline__events">
              {yearEvents.map((event) => (
                <li key={event.id} className={`timeline__event timeline__event--${event.theme}`}>
                  <p className="timeline__date">
                    {formatFactDate(event.date, lang, {
                      ...(event.end ? { end: event.end } : {}),
                      ...(event.qualifier ? { qualifier: event.qualifier } : {}),
                    })}
                  </p>
                  <p className="timeline__label">{event.label}</p>
                  <p className="timeline__footer">
                    <span className={`tag tag--${event.theme}`}>{themeLabel(event.theme)}</span>
                    <Link
                      to={lessonPath(lang, event.section.unitId, event.section.lessonId, event.section.sectionId)}
                      aria-label={t('chronology.readMoreAbout', { label: event.label })}
                    >
                      {t('chronology.readMore')}
                    </Link>
                  </p>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
