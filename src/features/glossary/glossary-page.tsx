import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHead } from '@/components/page-head';
import { lessonPath } from '@/domain/course-ids';
import { useCourse } from '@/features/course-reader/hooks/use-course';

/** Every acronym of the course with its expansion and definition, then the notions the course explains. */
export function GlossaryPage() {
  const { outline } = useCourse();
  const { t } = useTranslation(['course', 'common']);
  const lessonTitle = (unitId: string, lessonId: string) =>
    outline.units.find((unit) => unit.id === unitId)?.lessons.find((lesson) => lesson.id === lessonId)?.title ?? lessonId;
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
      {outline.concepts.length > 0 && (
        <section aria-labelledby="glossary-concepts">
          <h2 id="glossary-concepts">{t('glossary.conceptsTitle')}</h2>
          <p>{t('glossary.conceptsIntro')}</p>
          <dl className="glossary__list">
            {outline.concepts.map((concept) => (
              <div key={concept.id} className="glossary__entry glossary__entry--concept" id={`concept-${concept.id}`}>
                <dt>
                  <dfn>{concept.term}</dfn>
                  <span className="glossary__basis">{t('glossary.explanationLabel')}</span>
                </dt>
                <dd>
                  <p>{concept.note}</p>
                  <p className="glossary__used-in">
                    {t('glossary.usedIn')}{' '}
                    {concept.sections.map((section, index) => (
                      <span key={`${section.unitId}/${section.lessonId}#${section.sectionId ?? ''}`}>
                        {index > 0 && ', '}
                        <Link to={lessonPath(outline.lang, section.unitId, section.lessonId, section.sectionId)}>{lessonTitle(section.unitId, section.lessonId)}</Link>
                      </span>
                    ))}
                  </p>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
