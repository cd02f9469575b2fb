import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData } from 'react-router';
import { PageHead } from '@/components/page-head';
import type { Section } from '@/content/course-types';
import { Blocks, InlineText } from './components/course-text';
import { LessonPager } from './components/lesson-pager';
import { TableOfContents } from './components/table-of-contents';
import { lessonsInOrder, type LessonRouteData } from './course-data';
import { useSectionSpy } from './hooks/use-section-spy';
import { lessonStatus } from '@/domain/progress/progress';
import { LessonStatusBadge } from '@/features/progress/components/status-badges';
import { useLessonProgress } from '@/features/progress/hooks/use-learner-data';
import { useLessonTracking } from '@/features/progress/hooks/use-lesson-tracking';
import { useCourse } from './hooks/use-course';
import { homePath, quizPath } from '@/domain/course-ids';

/** A lesson: objectives, table of contents, sections, key points, source, previous/next. */
export function LessonPage() {
  const { lesson } = useLoaderData<LessonRouteData>();
  const { outline, lang } = useCourse();
  const { t } = useTranslation(['course', 'common', 'quiz']);
  const unit = outline.units.find((candidate) => candidate.id === lesson.unitId);
  const order = lessonsInOrder(outline);
  const position = order.findIndex((item) => item.unitId === lesson.unitId && item.id === lesson.id);
  const sectionIds = useMemo(() => lesson.sections.map((section) => section.id), [lesson]);
  useSectionSpy(sectionIds);
  useLessonTracking({ unitId: lesson.unitId, lessonId: lesson.id, sectionIds }, lang);
  const progress = useLessonProgress(lesson.unitId, lesson.id);
  const context = { lang, glossary: lesson.glossary };
  const source = outline.sources.find((candidate) => candidate.id === lesson.source.document);
  const quote = (text: string) => (lang === 'fr' ? `« ${text} »` : `“${text}”`);

  return (
    <div className="page lesson">
      <PageHead title={`${lesson.title} · ${t('common:appName')}`} description={lesson.summary} />
      <nav aria-label={t('lesson.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={homePath(lang)}>{outline.title}</Link>
          </li>
          <li>
            <Link to={`${homePath(lang)}#unit-${lesson.unitId}`}>{unit?.title}</Link>
          </li>
        </ol>
      </nav>
      <header className="lesson__header">
        <h1>{lesson.title}</h1>
        <p className="lesson__meta">
          {t('readingTime', { count: lesson.readingMinutes })} <LessonStatusBadge status={progress && lessonStatus(progress.row)} />
        </p>
        <p className="lesson__summary">{lesson.summary}</p>
      </header>
      <div className="lesson__layout">
        <aside className="lesson__aside">
          <TableOfContents sections={lesson.sections} />
        </aside>
        <article className="lesson__body">
          <section className="callout callout--objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{t('lesson.objectives')}</h2>
            <p>{t('lesson.objectivesIntro')}</p>
            <ul>
              {lesson.objectives.map((objective, index) => (
                <li key={index}>
                  <InlineText nodes={objective} context={context} />
                </li>
              ))}
            </ul>
          </section>
          {lesson.sections.map((section) => (
            <LessonSection key={section.id} section={section} context={context} />
          ))}
          <section className="callout callout--check" aria-labelledby="check-title">
            <h2 id="check-title">{t('quiz:entry.lessonCheck')}</h2>
            <p>{t('quiz:entry.lessonCheckHint')}</p>
            <Link className="button button--primary" to={quizPath(lang, { kind: 'lesson-check', unitId: lesson.unitId, lessonId: lesson.id })}>
              {t('quiz:intro.start')}
            </Link>
          </section>
          <footer className="lesson__source">
            <h2 className="lesson__source-title">{t('lesson.source')}</h2>
            <p>
              {source?.title}
              {' — '}
              {t('lesson.sourceSections', { sections: lesson.source.sections.map(quote).join(' › ') })}
            </p>
          </footer>
        </article>
      </div>
      <LessonPager lang={lang} previous={order[position - 1]} next={order[position + 1]} />
    </div>
  );
}

function LessonSection({ section, context }: { section: Section; context: Parameters<typeof Blocks>[0]['context'] }) {
  const Heading = section.level === 2 ? 'h2' : 'h3';
  const className = section.kind === 'content' ? `lesson-section lesson-section--level${section.level}` : `callout callout--${section.kind}`;
  return (
    <section className={className} aria-labelledby={section.id}>
      <Heading id={section.id} tabIndex={-1}>
        <InlineText nodes={section.title} context={context} />
      </Heading>
      <Blocks blocks={section.blocks} context={context} />
    </section>
  );
}
