import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonRef } from '@/content/course-types';
import { lessonPath } from '@/domain/course-ids';
import type { LocalizedQuestion } from '@/domain/quiz/question';
import { useCourse } from '@/features/course-reader/hooks/use-course';

/** A link to the lesson section a question comes from, named after that section. */
export function SourceLink({ source, label }: { source: LessonRef; label: (section: string) => string }) {
  const { outline, lang } = useCourse();
  const lesson = outline.units.flatMap((unit) => unit.lessons).find((l) => l.unitId === source.unitId && l.id === source.lessonId);
  const section = lesson?.sections.find((s) => s.id === source.sectionId);
  const name = section ? `${lesson?.title} › ${section.title}` : (lesson?.title ?? '');
  return <Link to={lessonPath(lang, source.unitId, source.lessonId, source.sectionId)}>{label(name)}</Link>;
}

/** "Review the section" for the section a question comes from, then, for scenario items, the other sections it rests on. */
export function SourceLinks({ question }: { question: Pick<LocalizedQuestion, 'source' | 'sources'> }) {
  const { t } = useTranslation('quiz');
  const others = (question.sources ?? []).filter(
    (source) => source.unitId !== question.source.unitId || source.lessonId !== question.source.lessonId || source.sectionId !== question.source.sectionId,
  );
  return (
    <>
      <p>
        <SourceLink source={question.source} label={(section) => t('feedback.review', { section })} />
      </p>
      {others.length > 0 ? (
        <>
          <p className="feedback__sources-label">{t('feedback.seeAlso')}</p>
          <ul className="feedback__sources">
            {others.map((source) => (
              <li key={`${source.unitId}/${source.lessonId}#${source.sectionId ?? ''}`}>
                <SourceLink source={source} label={(section) => section} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
