import { Link } from 'react-router';
import type { LessonRef } from '@/content/course-types';
import { lessonPath } from '@/domain/course-ids';
import { useCourse } from '@/features/course-reader/hooks/use-course';

/** A link to the lesson section a question comes from, named after that section. */
export function SourceLink({ source, label }: { source: LessonRef; label: (section: string) => string }) {
  const { outline, lang } = useCourse();
  const lesson = outline.units.flatMap((unit) => unit.lessons).find((l) => l.unitId === source.unitId && l.id === source.lessonId);
  const section = lesson?.sections.find((s) => s.id === source.sectionId);
  const name = section ? `${lesson?.title} › ${section.title}` : (lesson?.title ?? '');
  return <Link to={lessonPath(lang, source.unitId, source.lessonId, source.sectionId)}>{label(name)}</Link>;
}
