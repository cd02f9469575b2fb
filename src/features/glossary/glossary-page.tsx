import { useTranslation } from 'react-i18next';
import { PageHead } from '@/components/page-head';
import { useCourse } from '@/features/course-reader/hooks/use-course';

/** Every acronym of the course with its expansion and definition. */
export function GlossaryPage() {
  const { outline } = useCourse();
  const { t } = useTranslation(['course', 'common']);
  return (
    <div className="page page--narrow glossary">
      <PageHead title={`${t('glossary.title')} · ${t('common:appName')}`} description={t('glossary.intro')} />
      <h1>{t('glossary.title')}</h1>
      <p className="page__lead">{t('glossary.intro')}</p>
      <dl className="glossary__list">
        {outline.glossary.map((term) => (
          <div key={term.id} className="glossary__entry" id={`term-${term.id}`}>
            <dt>
              <abbr>{term.abbr}</abbr>
              <span className="glossary__expansion">{term.expansion}</span>
            </dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
